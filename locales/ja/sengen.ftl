# sengenが宣言の本文の前後に自ら書き入れる日本語の定型文言。
# locales/ 以下のすべての言語が同じIDを定義する。

# 回次：第8回。
edition-ordinal = 第{ $n }回

# 会期。$first-reduced と $last-reduced は両端に共通する部分を省いた形
# （2024年11月18日〜21日）。
date-range = { $first }〜{ $last-reduced }
date-single = { $first }

# 署名欄の上の日付・場所：2024年11月21日　静岡市にて
dateline = { $date }　{ $place }にて

# 日付の中の「日」と、元号の年（元年）。
day-of-month = { $day }

# 日の序数（格式ある日付の行のための $day-ordinal）：21日。
day-ordinal = { $day }日

year-of-era = { $year ->
    [1] 元
   *[other] { $year }
}

# 仮訳であることの表示：各ページ上部の表示と、表題下の注記。
provisional-label = 仮訳
provisional-note = 本書は仮訳であり、{ $authentic }による本文のみを正文とする。

language-name = { $tag ->
    [fr] フランス語
    [ja] 日本語
    [en] 英語
    [de] ドイツ語
   *[other] { $tag }
}
list-separator = 、

commitment-number = { $n }．

# Keywords of the PDF's metadata, comma-separated.
document-keywords = 宣言, 日仏自治体交流会議, 自治体間協力, 日本, フランス

# Before the full fingerprint, at the end of the document.
fingerprint-label = 原稿のSHA-256ハッシュ値：

# The diagonal watermark of a draft, and the draft's date under it.
draft-watermark = 草案
draft-version = { $date }版

# 署名欄：見出し、各欄の項目名、読み上げ用の説明。
signatures-heading = 署名
signature-number = { $n }
signature-government = 自治体名
signature-title = 役職
signature-name = 氏名
signature-signature = 署名
signature-seal = 印
signature-block = 署名欄 { $n }／{ $count }
signature-blank = 記入欄
# 電子署名欄の説明（読み上げ用）。署名者が分かっていればその名、なければ側と欄番号。
signature-field = { $kind ->
    [known] 署名：{ $signatory }
    [grouped] 署名：{ $group } { $block }
   *[alone] 署名：{ $block }
}
signature-field-separator = {" "}

# 比較版（sengen diff）：透かし、両版を示す見出し、変更された事実の枠、
# 読み上げで変更の前に聞こえる語、移動した節の注記。
comparison-watermark = 比較
comparison-header = 比較：{ $old } → { $new }
comparison-version = { $version }（SHA-256 { $fingerprint }）
comparison-facts-heading = 変更された事実
comparison-no-fact = 事実の変更はない。
comparison-fact = { $fact }：{ $old } → { $new }
comparison-fact-label = { $fact ->
    [status] 文書の状態
    [draft-date] 案の日付
    [edition] 会議の回
    [opens] 初日
    [closes] 最終日
    [adoption-date] 採択日
    [adoption-place] 採択地
    [count] 署名自治体数（{ $delegation }）
    [member] 署名者 { $number }（{ $delegation }）
   *[delegation] 代表団（{ $delegation }）の署名自治体数
}
comparison-status = { $status ->
    [draft] 案
   *[final] 採択文
}
comparison-inserted = 挿入
comparison-deleted = 削除
comparison-moved-from = ［「{ $place }」から移動］
comparison-moved-to = ［「{ $place }」へ移動］
comparison-opening = 冒頭
