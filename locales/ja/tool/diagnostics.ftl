# sengen の診断の文言：メッセージ、ラベル、ヒントを、それぞれが属するコードごとに
# 並べる（ラベルは共通）。変数は診断の値（ファイル名、引用した文字列、数）。
# 各項目の上のコメントは、sengen がそれを使う場所を示す。

# src/check/languages.rs
S017-declaration-has-no-language = 宣言に言語が一つも指定されていません
S018-not-language-tag = `{ $tag }` は言語タグではありません
S019-listed-twice = `{ $tag }` が2回書かれています
L001-sengen-has-no-fixed = sengen には `{ $tag }` の定型文言がないため、この言語では宣言を作成できません
S020-no-text-file = `{ $tag }` の本文ファイル（{ $tag }.ftl）がありません
S025-names-which-not-one = { $what } に `{ $tag }` が書かれていますが、宣言の言語（`languages`）にはありません
S026-bilingual-edition-pairs-two = 対訳版には、異なる二つの言語を指定する必要があります
S017-list-at-least-one-hint = 言語を一つ以上書いてください（例：`languages = ["fr"]`）
S018-use-bcp-47-tag-hint = `fr`、`ja`、`en` のような BCP 47 の言語タグで書いてください
S019-list-each-language-once-hint = 各言語は1回だけ書いてください
L001-languages-with-wording-add-hint = 定型文言がある言語：{ $available }。この言語に対応するには、sengen に locales/{ $tag }/ を追加する必要があります
S020-create-ftl-beside-declaration-hint = declaration.toml と同じフォルダーに { $tag }.ftl を作成し、その言語の本文を書いてください
S025-declaration-s-languages-are-hint = この宣言の言語は { $languages } です
S026-write-pair-fr-ja-hint = `pair = ["fr", "ja"]` のように、左の列の言語、右の列の言語の順に書いてください
label-empty-list = 空の一覧
label-not-bcp-47 = BCP 47 ではない
label-again = 2回目
label-unsupported-language = 対応していない言語
label-needs-ftl = { $tag }.ftl が必要
label-not-languages = `languages` にない
label-not-pair = 二つの言語になっていない

# src/check/lint/glyphs.rs
B001-bidirectional-control-character-u = 文字の並ぶ向きを変える、目に見えない制御文字（U+{ $character }）があります
B002-zero-width-character-u = 日本語の本文に、目に見えないゼロ幅の文字（U+{ $character }）があります
B003-u-fffd-mark-character = 置換文字「�」（U+FFFD）があります。変換の際に失われた文字の跡です
G001-cannot-drawn = { $name } は、この言語のフォント（{ $families }）にない文字です。PDF では空の四角になってしまいます
B001-neither-french-nor-japanese-hint = フランス語にも日本語にも必要のない文字です。右から左に書く文字（アラビア文字など）を引用している場合を除き、削除してください
B002-usually-pasted-from-word-hint = 多くは、ワープロソフトから貼り付けたときに紛れ込んだものです。削除してください
B003-text-went-through-wrong-hint = 本文が誤った文字コードで変換されたか、\u の書き方で UTF-16 の2文字一組の片方だけを指定しています。元の文書に書かれているとおりに入力し直してください
G001-text-set-replace-character-hint = { $tag } の本文は { $families } で組版します。その文字を一般的な字形か説明の文に置き換えるか、その字を含むフォントを依頼してください
label-invisible-can-reorder-hide-text = 目に見えない文字：前後の文字の並びを入れ替えたり隠したりします{ $escaped ->
    [yes] （\u の書き方で記述）
   *[no] {""}
}
label-invisible = 目に見えない文字{ $escaped ->
    [yes] （\u の書き方で記述）
   *[no] {""}
}
label-character-was-lost-here = ここで文字が失われています{ $escaped ->
    [yes] （\u の書き方で記述）
   *[no] {""}
}
label-no-glyph = { $name } の字形がありません{ $escaped ->
    [yes] （\u の書き方で記述）
   *[no] {""}
}

# src/check/lint/parity.rs
P001-lists-entries = `{ $id }` の箇条書きの項目数が言語によって違います（{ $lang } は{ $count }項目、{ $source } は{ $source_count }項目）
P001-list-written-inside-message-hint = 文言の中に書いた箇条書きは、すべての言語で項目数をそろえてください。または、declaration.toml で `items` の要素にしてください
label-entries = { $count }項目
label-entries-2 = { $count }項目

# src/check/lint/prose.rs
X001-text-says-but-delegations = 本文には { $number } とありますが、代表団のデータでは { $counts }（合計 { $total }）です
X002-count-typed-hand = 数 { $number } が手で書き込まれています
X003-text-names-edition-but = 本文には第{ $number }回とありますが、この宣言は第{ $edition }回です
X002-edition-typed-hand = 会議の回（第{ $number }回）が手で書き込まれています
X004-text-dates-but = { $day ->
    [meeting] 本文で、会期中の日付が{ $year }年になっていますが、会議は{ $years }年です
   *[adoption] 本文で、採択日が{ $year }年になっていますが、採択は{ $years }年です
}
X001-write-count-variable-delegation-hint = 数を変数（{"{"} $<delegation>-count {"}"}。<delegation> は代表団の ID）で書けば、本文がデータに合わせて変わります
X002-use-so-text-follows-hint = { $variable } を使ってください。本文がデータに合わせて変わります
X003-edition-comes-from-meeting-hint = 会議の回は declaration.toml の `meeting.edition` から取られます。{"{"} $edition-ordinal {"}"} または {"{"} $next-edition-ordinal {"}"} を使ってください
label-typed-hand = { $number } を手で記入
label-typed-hand-2 = 手で記入
label-wrong-year = 年の誤り？

# src/check/lint/translations.rs
label-translation = 翻訳
label-source = 原文
label-reviewed-against-version = この版の原文で確認済み

# src/check/lint/typography.rs
T103-use-narrow-no-break = { $open } の後には狭いノーブレークスペース（U+202F）を入れてください
T103-missing-narrow-no-break = { $open } の後に狭いノーブレークスペース（U+202F）がありません
T104-straight-apostrophe = まっすぐなアポストロフィ（'）が使われています
T105-straight-double-quote = まっすぐな二重引用符（"）が使われています
T108-several-spaces-row = スペースが連続しています
T109-hyphen-between-spaces = スペースに挟まれたハイフンがあります
# $name：narrow または no-break。フランス語で必要なスペースの種類。
T109-use-before = { $character } の前には{ $name ->
    [narrow] 狭いノーブレークスペース（U+202F）
   *[no-break] ノーブレークスペース（U+00A0）
}を入れてください
T109-missing-before = { $character } の前に{ $name ->
    [narrow] 狭いノーブレークスペース（U+202F）
   *[no-break] ノーブレークスペース（U+00A0）
}がありません
T106-written = « { $number }{ $suffix } » は « { $number }{ $short } » と書きます
T107-ordinal-needs-superscript = 序数 « { $number }{ $suffix } » の語尾は上付き文字にします
T201-half-width-japanese-text = 日本語の本文に半角の「{ $character }」があります
T202-ascii-quote-japanese-text = 日本語の本文に半角の引用符「{ $character }」があります
T203-where-rest-text-uses = 本文のほかの箇所では「{ $wanted }」を使っていますが、ここは「{ $character }」になっています
T204-japanese-text = 日本語の本文に{ $found ->
    [full-width] 全角
    [half-width] 半角
   *[other] { $found }
}の「{ $character }」があります
T103-french-puts-u-202f-hint = フランス語では、ギュメ（« »）の内側に狭いノーブレークスペース（U+202F）を入れ、{ $open } が行末に来ないようにします
T103-french-puts-u-202f-hint-2 = フランス語では、ギュメ（« »）の内側に狭いノーブレークスペース（U+202F）を入れます
T104-french-uses-apostrophe-u-hint = フランス語のアポストロフィは ’（U+2019）です
T105-french-quotes-with-guillemets-hint = フランス語の引用にはギュメ { $open } … { $close } を使い、内側に狭いノーブレークスペースを入れます
T108-one-space-separates-words-hint = 単語の間のスペースは一つにしてください
T109-between-spaces-dash-meant-hint = スペースに挟まれている場合は、ハイフンではなく二分ダッシュ「–」（U+2013）を使います
T109-french-puts-before-so-hint = フランス語では { $character } の前に{ $name ->
    [narrow] 狭いノーブレークスペース（U+202F）
   *[no-break] ノーブレークスペース（U+00A0）
}を入れ、{ $character } が行頭に来ないようにします
T109-french-puts-before-hint = フランス語では { $character } の前に{ $name ->
    [narrow] 狭いノーブレークスペース（U+202F）
   *[no-break] ノーブレークスペース（U+00A0）
}を入れます
T106-french-ordinals-take-short-hint = フランス語の序数は、短い語尾を上付き文字にします：{ $number }<sup>{ $short }</sup>
T107-write-sup-sup-use-hint = { $number }<sup>{ $suffix }</sup> と書くか、{"{"} $edition-ordinal {"}"} のような変数を使ってください
T201-japanese-text-uses-full-hint = 日本語の本文では全角の「{ $full }」を使います
T203-use-one-full-stop-hint = 句点と読点は、本文全体でそれぞれ一つの種類にそろえてください
label-breakable-wide-space = 改行される、または幅の広いスペース
label-here = ここ
label-text = '
label-text-2 = "
label-text-3 = -
label-space = このスペース
label-long-ordinal-suffix = 長い語尾
label-no-superscript = 上付きになっていない
label-half-width = 半角
label-ascii-quote = 半角の引用符
label-other-form = もう一方の形

# src/check/lint/unused.rs
F020-not-used-structure = 文言 `{ $name }` は構成のどこでも使われていません
F020-name-declaration-toml-delete-hint = declaration.toml で指定するか、削除してください。どちらか一方で ID のつづりを誤っている場合も、ここに示されます
label-unused-message = 使われていない文言

# src/check/messages.rs
# $what：message（文言）または term（共通語句）。
F002-defined-twice = { $what ->
    [message] 文言
   *[term] 共通語句
} `{ $name }` が2回定義されています
F010-has-no-text-ftl = { $lang }.ftl の `{ $id }` には本文がなく、属性だけがあります
F010-has-no-text-ftl-2 = `{ $id }` の本文が { $lang }.ftl にありません
F006-unknown-function = `{ $name }` という関数はありません
F003-unknown-variable = `${ $name }` という変数はありません
F007-sengen-s-wording-has = sengen の定型文言には、置き換えられる文言 `{ $wording }` はありません
F002-give-each-message-own-hint = それぞれの文言に別の ID を付けるか、どちらかを削除してください
F010-give-text-hint = 本文を書いてください：`{ $id } = …`
F010-did-you-mean-hint = `{ $close }` の誤りではありませんか
F010-add-ftl-hint = または、{ $lang }.ftl に `{ $id } = …` を加えてください
F006-available-functions-hint = 使える関数：{ $functions }
F003-exists-declaration-adopted-at-hint = `${ $name }` は、会議で採択される宣言のための変数です。declaration.toml に [meeting] の表（edition、opens、closes）を加えるか、この変数を使わずに本文を書いてください
F003-variables-sengen-supplies-are-hint = sengen が用意している変数：{ $listed }
F003-first-edition-can-refer-hint = 第1回の宣言は、次の回（$next-edition-ordinal）は参照できますが、前の回は参照できません
F007-did-you-mean-hint = `{ $override_prefix }{ $close }` の誤りではありませんか
F007-names-override-messages-sengen-hint = `{ $override_prefix }` で始まる ID は、定型文言の置き換えを表します。sengen の定型文言にある文言：{ $ids }
F007-did-you-mean-hint-2 = `{ $sigil }{ $close }` の誤りではありませんか
label-defined-again-here = ここで再び定義
label-no-value = 本文がない
label-missing-ftl = { $lang }.ftl にない
label-not-defined-file = このファイルで定義されていない
label-not-function-sengen-provides = sengen の関数ではない
label-fact-meeting-declaration-adopted-at = 会議の事実（この宣言には会議がない）
label-first-edition-has-no-previous = 第1回には前の回がない
label-no-such-fact-declaration-toml = declaration.toml にない事実
label-not-message-sengen-s-wording = sengen の定型文言にない
label-first-defined-here = 最初の定義
label-used-here = ここで使用

# src/check/mod.rs
S010-edition-must-1-more = 会議の回は1以上でなければなりません
S011-meeting-closes-before-opens = 会議の最終日が初日より前になっています
S012-adopted-outside-meeting-s = 採択日（{ $date }）が会議の会期から外れています
# $key：meeting.opens、meeting.closes、adoption.date、adoption.place のいずれか。
# $what はそのハイフン版（meeting-opens…）で、セレクター用。
S029-not-given = { $what ->
    [meeting-opens] 会議の初日
    [meeting-closes] 会議の最終日
    [adoption-date] 採択（または署名）の日
   *[adoption-place] 採択（または署名）の場所
}が書かれていません（`{ $key }`）
S013-cannot-name-output-files = `{ $text }` は出力ファイルの名前に使えません
S014-expected-date-without-time = ここには、時刻を含まない日付を書く必要があります
S010-first-meeting-series-edition-hint = 一連の会議の最初の回は 1 です
S011-swap-opens-closes-correct-hint = `opens` と `closes` を入れ替えるか、どちらかを正しい日付に直してください
S012-declaration-adopted-during-meeting-hint = 宣言は会議の会期中に採択されるものです
S029-fill-hint = { $what ->
    [meeting-opens] {"["}meeting] の下に `opens = YYYY-MM-DD` を書き加えてください
    [meeting-closes] {"["}meeting] の下に `closes = YYYY-MM-DD` を書き加えてください
    [adoption-date] {"["}adoption] の下に `date = YYYY-MM-DD` を書き加えてください
   *[adoption-place] {"["}adoption] の下に `place = "<文言の ID>"` を書き加えてください。<文言の ID> は、署名欄の上の日付と場所の行で場所を表す文言の ID です
}
S013-use-lowercase-letters-digits-hint = 半角の英小文字、数字、連続しないハイフンだけで書いてください（例：`shizuoka-2024`）
S014-write-toml-date-such-hint = 2024-11-21 のように、TOML の日付の形で書いてください
label-edition-0 = 第0回
label-closing-day = 最終日
label-adoption-day = 採択日
label-lacks = { $what ->
    [meeting-opens] {"["}meeting]
    [meeting-closes] {"["}meeting]
   *[other] {"["}adoption]
} にない
label-invalid-id = 正しくない ID
label-has-time-no-date = 時刻を含むか、日付ではない
label-opening-day = 初日
label-meeting-opens = 会議の初日
label-closes = 最終日

# src/check/signatories.rs
S015-not-valid-delegation-id = `{ $id }` は代表団の ID として正しくありません
S016-two-delegations-are-called = 二つの代表団が同じ ID `{ $id }` になっています
S027-delegation-has-neither-count = 代表団 `{ $id }` には、数（count）も署名者の一覧（members）もありません
S028-count-but-delegation-lists = `count = { $declared }` となっていますが、代表団 `{ $id }` の署名者の一覧は{ $listed }件です
S040-signatures-order-names-twice = `signatures.order.{ $lang }` に `{ $id }` が2回書かれています
S040-signatures-order-names-which = `signatures.order.{ $lang }` に `{ $id }` が書かれていますが、そのような代表団はありません
S040-signatures-order-leaves-out = `signatures.order.{ $lang }` に { $left_out } が書かれていません
S015-start-with-letter-use-hint = 英字で始め、半角の英小文字、数字、連続しないハイフンだけで書いてください（`japan`）
S016-give-each-delegation-own-hint = 代表団ごとに別の ID を付けてください
S027-list-signatories-under-delegations-hint = 署名者を [[delegations.members]] の下に並べるか、まだ決まっていない場合は `count` で数を指定してください
S040-name-each-delegation-once-hint = 各代表団を1回ずつ書いてください
S040-delegations-are-vec-hint = 代表団は { $delegations } です
S040-order-names-every-delegation-hint = 並び順には、すべての代表団を1回ずつ書きます
label-second-one = 2番目
label-how-many-sign = 署名する自治体の数は？
label-declared = { $declared } と記入
label-no-such-delegation = 存在しない代表団
label-incomplete = 一部だけ
label-first-one = 1番目

# src/check/structure.rs
S021-sub-section-outside-any = どの節にも属さない小節があります
S022-empty-list = 箇条書きが空です
S023-section-empty = 節 `{ $id }` の中身が空です
S023-sub-section-empty = 小節 `{ $id }` の中身が空です
S024-used-twice-structure = `{ $id }` が構成の中で2回使われています
S021-start-section-first-make-hint = 先に節を始めるか、この見出しを `section`（節）にしてください
S022-name-at-least-one-hint = 文言を一つ以上指定するか、この要素を削除してください
S023-add-paragraphs-lists-remove-hint = その節の段落や箇条書きを加えるか、見出しを削除してください
S024-each-block-needs-own-hint = 要素ごとに専用の文言が必要です。同じ文を繰り返す場合は、その文を新しい ID で複製してください
label-sub-section-comes-before-first = この小節は最初の `section` より前にあります
label-no-message-ids = 文言の ID がない
label-nothing-follows-heading = この見出しの下に何もない
label-used-again-here = ここで再び使用
label-first-used-here = 最初の使用

# src/cmd/import.rs
# $form：オプションがとる値の種類。date、days、count、words のいずれか。
C010-not = { $option } { $value }：{ $form ->
    [date] 日付（2024-11-21 の形）になっていません
    [days] 初日と最終日（2024-11-18..2024-11-21 の形）になっていません
    [count] 代表団の ID と数（japan=35 の形）になっていません
    [text] 言語と本文（ja="…" のような形）になっていません
   *[words] 段落の書き出しの語句（"Déclaration de" のような形）になっていません
}
C010-write-hint = { $form ->
    [date] 日付を 2024-11-21 の形で書いてください
    [days] 初日と最終日を 2024-11-18..2024-11-21 の形で書いてください
    [count] 代表団の ID と数を japan=35 の形で書いてください
    [text] 言語と本文を ja="…" のように書いてください
   *[words] 段落の書き出しの語句を "Déclaration de" のように書いてください
}

# src/edit/mod.rs
S001-cannot-read-declaration-folder = 宣言のフォルダー { $dir } を読み込めません（{ $reason }）
C013-declaration-has-no-file = 宣言に、変更するファイル { $name } がありません
S002-not-valid-utf-8 = { $name } が UTF-8 で保存されていません
C012-changed-disk-while-sengen = sengen が変更している間に、{ $path } がディスク上で変更されました。何も書き込んでいません
S001-give-folder-holds-declaration-hint = declaration.toml と <lang>.ftl ファイルが入っているフォルダーを指定してください
C013-change-can-name-only-hint = 変更できるのは、この宣言の言語とファイルだけです
S002-save-file-utf-8-hint = ファイルを UTF-8 で保存し直してください
C012-another-program-saved-meanwhile-hint = その間に、別のプログラムがファイルを保存しました。今のファイルの内容をもとに、もう一度変更してください

# src/import/docx.rs
I001-text = { $name } { $why }
I002-too-large-import = { $name } は大きすぎるため取り込めません（{ $what }）
I002-expands-bytes-far-beyond = { $name }：{ $path } は展開すると{ $size }バイトになり、文書としては大きすぎます（zip 爆弾のおそれがあります）
I003-line-column = { $name }：{ $path }、{ $line }行目、{ $column }列目：{ $why }
I004-has-tracked-changes-at = { $name } に変更履歴が残っています（第{ $max }段落）
I002-declaration-s-docx-few-hint = 宣言の .docx は数百 kB 程度です。正しいファイルかどうか確認してください。大きな画像を削除してから保存し直してください
I002-sengen-imports-drafts-saved-hint = sengen が取り込むのは、ワープロソフトで保存した草案です。このファイルはワープロソフトで作られたものではありません
I003-sengen-reads-xml-word-hint = sengen が読み込むのは、ワープロソフトが書き出す、DTD や実体を含まない XML です。ワープロソフトから草案を保存し直してください
I004-accept-reject-every-change-hint = ワープロソフトで、すべての変更を反映するか元に戻し（Word では「校閲」→「すべての変更を反映」または「すべての変更を元に戻す」）、保存してから、もう一度取り込んでください

# src/import/merge.rs
I009-written-draft-cannot-text = { $dir } の原文は { $source_language } で書かれています。{ $lang } の草案を、その本文として取り込むことはできません
I009-import-draft-lang-translations-hint = { $source_language } の草案を取り込んでください（--lang { $source_language }）。翻訳は `sengen xliff` で取り込みます

# src/import/mod.rs
I008-sections-not-pattern = --sections { $pattern } は正規表現として正しくありません（{ $error }）
# $what：table、image、text-box、footnote、endnote、comment。
I005-has-no-place-declaration = { $name }、{ $place }：{ $what ->
    [table] 表
    [image] 画像
    [text-box] テキストボックス
    [footnote] 脚注
    [endnote] 文末脚注
   *[comment] コメント
}は宣言に入れられないため、取り込みませんでした
L001-lang-sengen-has-no = --lang { $lang }：sengen には、この言語の定型文言と規則がありません
I002-too-large-import-has = { $name } は大きすぎるため取り込めません（{ $size }バイト）
I001-cannot-read-not-file = { $name } を読み込めません。ファイルではなく{ $kind ->
    [folder] フォルダー
    [fifo] 名前付きパイプ
    [device] デバイス
   *[other] 特殊なファイル
}です
I001-cannot-read = { $name } を読み込めません（{ $reason }）
I001-neither-docx-nor-utf = { $name } は .docx でも UTF-8 のテキストでもありません（{ $line }行目、{ $column }列目が UTF-8 ではありません）
I001-pdf-encrypted = は暗号化された PDF で、パスワードがないと sengen は開けません
I001-pdf-encrypted-hint = 送り主に、保護のない PDF か、元の .docx を依頼してください
I001-pdf-unreadable = は sengen が読める PDF ではありません（構造が壊れているか、ページがありません）
I001-pdf-no-text = には読み取れる文字がありません（{ $pages }ページが{ $images ->
    [0] 文字なしで描かれています
   *[other] 画像です。スキャンした文書です
}）
I001-pdf-no-text-hint = .docx か、ワープロソフトから保存した PDF を依頼してください。または、スキャンした文書に文字認識（OCR）をかけ、その結果を取り込んで、数字をすべて確認してください
I002-pdf-pages = { $count }ページあります
I002-pdf-stopped = { $name } の読み込みを中止しました（{ $limit ->
    [time] 草案の読み込みに使える時間（CPU時間{ $seconds }秒）を超えました
   *[memory] 草案の読み込みに使えるメモリー（{ $gigabytes } GB）を超えました。ファイルの圧縮された部分が際限なく展開されます
}）
I002-pdf-stopped-hint = ワープロソフトで作られたファイルではないか、壊れています。.docx か、保存し直した PDF を依頼してください
I002-pdf-glyphs = { $count }文字を超えています
# $what：adoption、place、counts のいずれか。
I007-not-found-draft = { $name }：草案の中に{ $what ->
    [adoption] 採択日
    [place] 採択の場所
   *[counts] 署名者の数
}が見つかりません
I009-already-exists-not-empty = { $dir } はすでに存在し、空ではありません
I008-regular-expression-matching-section-hint = 節の見出しに一致する正規表現を指定してください（例："^(Atelier|Conclusion)"）
I005-if-belongs-text-write-hint = 本文に含めるべきものなら、草案の中で段落や箇条書きの項目として書くか、手作業で .ftl ファイルに加えてください
L001-languages-sengen-knows-hint = sengen が対応している言語：{ $available }
I002-sengen-imports-drafts-up-hint = sengen が取り込める草案は { $limit } MB までです。正しいファイルかどうか確認してください
I001-give-draft-file-docx-hint = 草案はファイル（.docx、または UTF-8 のテキスト）で指定してください
I001-check-path-file-s-hint = 指定した場所（パス）と、ファイルのアクセス権を確認してください
I002-declaration-s-text-rarely-hint = 宣言の本文が 1 MB を超えることはまれです。正しいファイルかどうか確認してください
I001-save-draft-docx-text-hint = 草案を .docx か、UTF-8 のテキストとして保存し直してください
I007-give-command-line-hint = 草案からの推定です。確認のうえ、コマンドラインで指定してください：{ $example }
I007-give-command-line-unknown-hint = コマンドラインで指定してください：{ $what ->
    [adoption] --adoption YYYY-MM-DD（宣言を採択する日）
    [place] --place に続けて、採択する都市の名前
   *[counts] { $example }（N は各代表団の自治体の数）
}
I009-import-writes-new-folder-hint = 取り込みでは新しいフォルダーに書き出します。後の草案を既存の宣言に取り込むには、--into DIR を使ってください
# $what：edition または count。$id：数えられた代表団。
I011-fact-given-twice = { $name }：草案の中で{ $what ->
    [edition] 回次
   *[count] `{ $id }` の自治体の数
}が2か所で異なっています：{ $first }（{ $first_place }）と { $second }（{ $second_place }）
I011-say-which-hint = 正しい方をコマンドラインで指定してください：{ $what ->
    [edition] --edition { $first } または --edition { $second }
   *[count] --count { $id }={ $first } または --count { $id }={ $second }
}
I012-meeting-without-edition = { $name }：会議の日程（{ $opens }～{ $closes }）は見つかりましたが、回次が見つかりません。会議は記録されていません
I012-give-edition-hint = コマンドラインで回次を指定するか（--edition 9）、草案の会議名に回次を書いてください（第9回、« 9e Rencontres »）

# src/import/structure.rs
I010-no-paragraph-starts-with = { $option } { $words }：{ $name } には、この語句で始まる段落がありません
I010-vec-start-with-these = { $option } { $words }：{ $name } では、{ $places }がこの語句で始まっています
# $side：before（前）または after（後）。
I010-not-title = { $option }：{ $place }が表題（{ $title }）の{ $side ->
    [before] 前
   *[after] 後
}にありません
I006-has-no-title-no = { $name } に表題がありません（見出しになっている段落がありません）
I010-dateline-closing-name-same = --dateline と --closing が同じ段落（{ $place }）を指しています
I010-closing-what-would-closing = --closing：結語になるはずの部分にある{ $place }が、見出しか箇条書きの項目になっています
I010-give-first-words-paragraph-hint = 段落の書き出しの語句を、草案に書かれているとおりに指定してください（大文字と小文字、空白、アポストロフィの種類は区別しません）
I010-give-more-paragraph-s-hint = 段落が一つに絞れるよう、書き出しの語句をもっと長く指定してください
# $what：preamble、dateline、closing のいずれか。$side：before または after。
I010-stands-title-name-another-hint = { $what ->
    [preamble] 前文
    [dateline] 場所と日付の行
   *[closing] 結語
}は表題の{ $side ->
    [before] 前
   *[after] 後
}に置きます。別の段落を指定するか、--title で表題を指定してください
I006-make-title-heading-heading-hint = 草案の中で表題を見出し（見出しのスタイル、または太字）にするか、テキストファイルでは `# 表題` と書くか、--title "Déclaration de" のように表題を指定してください
I010-place-date-line-own-hint = 場所と日付は独立した行です。--closing には、結語の最初の段落を指定してください
I010-closing-paragraphs-end-text-hint = 結語は、本文の最後にある段落です。もっと後の段落を指定してください

# src/load/git.rs
S002-not-valid-utf-8-2 = { $revision }/{ $name } が UTF-8 で保存されていません
C009-did-not-exist-at = { $dir } は { $rev } の時点では存在しませんでした
C008-not-inside-git-repository = { $dir } は git リポジトリの中にないため、--since で比べる履歴がありません
# $why：not-a-name または not-a-commit。
C009-since = --since { $rev }：`{ $rev }` は{ $why ->
    [not-a-name] 版（リビジョン）の名前ではありません
   *[not-a-commit] このリポジトリのコミットではありません
}
S002-revision-s-file-cannot-hint = その版のファイルは比較できません。別の版と比べてください
C009-git-log-oneline-lists-hint = `git log --oneline -- { $dir }` で、そのフォルダーがある版の一覧を表示できます
C008-give-both-drafts-folders-hint = 代わりに、二つの草案をどちらもフォルダーで指定してください：sengen diff OLD-FOLDER NEW-FOLDER
C009-name-commit-branch-tag-hint = コミット、ブランチ、タグのいずれかを指定してください。`git log --oneline -- { $dir }` で、そのフォルダーを変更したコミットの一覧を表示できます

# src/load/lock.rs
L020-invalid = { $lock_file } が正しくありません（{ $detail }）
L020-written-sengen-translations-mark-hint = { $lock_file } は `sengen translations --mark-reviewed` が書き込むファイルです。最初からやり直すには、このファイルを削除してください

# src/load/mod.rs
S001-cannot-read-there-no = { $path } を読み込めません。そのファイルは存在しません
# $error：fluent-syntax 自身の英語の文。$kind：どのエラーか（expected-token（期待した
# 文字は $token）、expected-character、message-without-value、term-without-value、
# closing-brace、no-default-variant、unterminated-string、escape、expected-expression、
# other）。その言語自身の文で伝えるためのもの。
F001-fluent-syntax-error = { $kind ->
    [expected-token] Fluent の書き方に誤りがあります。ここには「{ $token }」が必要です（文言は「名前 = 本文」の形で書き、差し込む部分は「{"{"}」と「{"}"}」で囲みます）
    [expected-character] Fluent の書き方に誤りがあります。ここには、半角の英字で始まる名前が必要です（文言や変数の名前は英字で始め、半角の英数字とハイフン「-」だけで書きます）
    [message-without-value] 文言に本文がありません。「名前 =」の後に本文を書いてください
    [term-without-value] 共通語句（先頭に「-」を付けた名前）に本文がありません。「-名前 =」の後に本文を書いてください
    [closing-brace] 閉じかっこ「{"}"}」に対応する開きかっこ「{"{"}」がありません
    [no-default-variant] 場合分けに既定の候補がありません。候補の一つに「*」を付けてください
    [unterminated-string] 引用符「"」で始めた文字列が、同じ行の中で閉じられていません
    [escape] 「\」で始まる書き方（エスケープ）が正しくありません。使えるのは \" \\ \uXXXX \UXXXXXX だけです
    [expected-expression] 「{"{"} {"}"}」の中に、差し込むもの（変数、文言の ID、引用符で囲んだ文字列など）が書かれていません
   *[other] Fluent の書き方に誤りがあります（{ $error }）
}
S004-mb-sengen-reads-text = { $name } は { $size } MB あります。sengen が読み込めるテキストファイルは { $limit } MB までです
# $message：TOML の読み込み処理自身の英語の文。$site：エラーのある場所（key、table、
# value、escape、syntax）。$field：エラーが示す項目の名前（ない場合もある）。
S003-invalid-declaration-toml = { $site ->
    [key] declaration.toml に、使えない項目 `{ $field }` があります。つづりの誤りかもしれません（{ $message }）
    [table] declaration.toml に、必要な項目 `{ $field }` がありません（{ $message }）
    [value] declaration.toml の値の種類が正しくありません（{ $message }）
    [escape] declaration.toml で、\u を使った文字の指定が正しくありません（{ $message }）
   *[syntax] declaration.toml が TOML の書き方になっていません（{ $message }）
}
S001-declaration-folder-needs-declaration-hint = 宣言のフォルダーには declaration.toml が必要です。docs/format.md を参照してください
S004-whole-declaration-rarely-over-hint = 宣言全体でも 1 MB を超えることはまれです。正しいファイルかどうか確認してください
S001-declaration-s-files-are-hint = 宣言のファイルは通常のファイルでなければなりません。これを削除するか、名前を変えてください
label-byte-not-utf-8 = このバイトが UTF-8 ではない
label-entry = この項目

# src/load/templates.rs
R030-cannot-read-template-folder = テンプレートのフォルダー { $dir } を読み込めません（{ $reason }）
R030-cannot-read = { $shown } を読み込めません（{ $reason }）
S002-not-valid-utf-8-3 = { $shown } が UTF-8 で保存されていません
R030-cannot-read-folder = フォルダー { $dir } を読み込めません
R030-cannot-read-2 = { $name } を読み込めません（{ $reason }）
R031-leads-outside-template-folder = { $name } は、テンプレートのフォルダーの外（{ $target }）を指すリンクです
R030-larger-than-16-mb = { $name } は 16 MB を超えています
R030-templates-takes-folder-name-hint = --templates には、<name>.typ.hbs ファイルが入ったフォルダーを指定してください
S002-save-template-utf-8-hint = テンプレートを UTF-8 で保存し直してください
R030-link-template-folder-must-hint = テンプレートのフォルダー内のリンクは、そのフォルダー内のファイルを指していなければなりません
R031-templates-may-read-only-hint = テンプレートが読めるのは、自分のフォルダーにあるファイルだけです。ファイルそのものをフォルダーにコピーしてください

# src/localize/mod.rs
F011-cannot-resolved = `{ $id }` の本文を { $lang } で組み立てられません（{ $error }）
F011-check-message-s-variables-hint = 文言の変数と参照を確認してください。docs/format.md を参照してください
label-message = この文言

# src/localize/wording.rs
F011-cannot-resolved-2 = `{ $override_id }` の本文を { $tag } で組み立てられません（{ $error }）
F011-override-receives-hint = `{ $id }` を置き換える文言が使える変数：{ $count ->
    [0] なし（固有の変数はありません）
   *[other] { $variables }
}
label-override = この置き換え

# src/new.rs
C007-sengen-has-no-example = sengen には `{ $lang }` の見本の本文がありません
S001-cannot-read = { $schema_path } を読み込めません
S003-invalid = { $schema_path } が正しくありません（{ $message }）
C007-folder-cannot-name-declaration = フォルダー名 { $dir } は宣言の ID に使えません
C007-folder-to-name = 「{ $name }」は新しい宣言のフォルダー名にできません
C007-folder-to-name-hint = 宣言にちなんで、小文字のローマ字・数字・ハイフンで名前を付けてください（宣言の ID になります）：`lyon-2028`
C007-languages-with-example-vec-hint = 見本がある言語：{ $languages }
S001-from-takes-folder-earlier-hint = --from には、以前の宣言のフォルダーを指定してください
S003-sengen-check-earlier-declaration-hint = 以前の宣言に `sengen check` を実行すると、何が誤っているかがわかります
C007-name-folder-after-declaration-hint = フォルダーには、宣言の ID になる名前を半角の英字と数字で付けてください：`cannes-2026`
C007-sengen-new-writes-new-hint = sengen new は新しいフォルダーに書き出し、既存のフォルダーを上書きすることはありません。別の名前を指定してください

# src/options.rs
C002-layout-columns-layout-sequential = --layout columns と --layout sequential は、どちらも対訳 PDF を作成するため、同時には指定できません
C004-source-date-epoch-not = SOURCE_DATE_EPOCH={ $value } が秒数になっていません
C006-output-folder-inside-template = 出力先フォルダー { $out } が、テンプレートのフォルダー { $templates } の中にあります
C002-choose-one-bilingual-layout-hint = 1回の作成につき、対訳のレイアウトを一つ選んでください
C004-set-seconds-since-1970-hint = 1970-01-01 からの秒数を指定してください（例：`SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)`）
C006-every-file-template-folder-hint = テンプレートのフォルダーにあるファイルは、すべて文書の一部になります。PDF はほかの場所に書き出してください

# src/pipeline.rs
C005-has-id-their-pdfs = { $dir } の ID `{ $id }` が { $earlier } と同じです。このままでは互いの PDF を上書きしてしまいます
C001-lang-declaration-has-no = --lang { $lang }：宣言にこの言語はありません
C003-bilingual-layout-needs-declaration = 対訳のレイアウトには、二つの言語で書かれた宣言が必要です
C005-give-each-declaration-own-hint = 宣言ごとに別の ID を付けるか、別々の出力先フォルダーに作成してください
C001-languages-are-hint = この宣言の言語：{ $have }
C003-declaration-only-hint = この宣言は { $have } だけで書かれています

# src/render/mod.rs
R032-template-not-valid-handlebars = テンプレート `{ $name }` が Handlebars として正しくありません
R033-template-cannot-filled = テンプレート `{ $name }` にデータを差し込めません（{ $reason }）
R033-docs-format-md-lists-hint = テンプレートで使える名前は docs/format.md に載っています。厳格モードのため、それ以外の名前はエラーになります

# src/serve/mod.rs
C011-port-127-0-0 = 127.0.0.1 のポート { $port } は使用中です。ほかの `sengen serve` が起動していませんか
C011-open-address-one-printed-hint = もう一方が表示したアドレスを開くか、もう一方を停止する（Ctrl-C）か、別のポートを指定してください。--port 0 を指定すると、空いているポートが使われます

# src/translations.rs
L021-not-message-source = `{ $id }` は原文（{ $tag }）の文言ではありません
L021-has-no-text-mark = `{ $id }` には、確認済みとして記録する { $lang } の本文がありません
L021-name-messages-ftl-sengen-hint = { $tag }.ftl の文言を指定してください。`sengen translations DIR` で、文言の一覧を状態ごとに表示できます
L021-translate-ftl-first-hint = 先に { $lang }.ftl で翻訳してください

# src/typeset/mod.rs
R003-typst = Typst：{ $message }
R002-typst-cannot-typeset-what = { $dir } のテンプレートから作った組版データを、Typst が組版できません（{ $message }）
R002-at-generated-source-hint = 生成された組版データの { $rendered }:{ $line }:{ $column }：{ $text }
label-generated-source = 生成された組版データの中

# src/xliff/import.rs
L030-mb-sengen-reads-xliff = { $shown } は { $size } MB あります。sengen が読み込める XLIFF ファイルは { $limit } MB までです
S001-cannot-read-not-file = { $shown } を読み込めません。ファイルではなく{ $kind ->
    [folder] フォルダー
    [fifo] 名前付きパイプ
    [device] デバイス
   *[other] 特殊なファイル
}です
L034-xliff-file-names-no = XLIFF ファイルに翻訳先の言語が指定されていません
L031-unit-comes-twice = 翻訳単位 `{ $id }` が2回あります
L031-no-message-ftl = `{ $id }` は { $tag }.ftl の文言ではありません
L035-locked-target-was-ignored = `{ $id }` は編集禁止の翻訳単位のため、その訳文は取り込みませんでした
L032-was-translated-from-older = `{ $id }` は、古い { $tag } の原文から翻訳されています
L033-text = `{ $id }`：{ $problem }
L033-foreign-element = sengen が書き出さないインライン要素（{ $equiv }）があります。訳文に入れられるのは、その翻訳単位のコードだけです
L033-code-added = コード `{ $code }` はこの翻訳単位のものではありません。コードが追加されています
L033-code-altered = コード `{ $code }` が変更されています。このコードは { $equiv } ではなく { $known } を表します
L033-code-twice = コード `{ $code }` が2回あります
L033-code-missing-from-target = `{ $id }`：コード `{ $code }`（{ $equiv }）が訳文にありません
L030-declaration-s-xliff-tens-hint = 宣言の XLIFF ファイルは数十 kB 程度です。正しいファイルかどうか確認してください
S001-give-xliff-file-translation-hint = 翻訳ツールで保存した XLIFF ファイルを指定してください
L030-xliff-files-are-utf-hint = XLIFF ファイルは UTF-8 で保存するものです。翻訳ツールから保存し直してください
L034-export-again-with-sengen-hint = `sengen xliff export DIR --lang LANG` で、もう一度書き出してください
L031-unit-per-message-remove-hint = 翻訳単位は文言ごとに一つです。どちらかを削除してください
L031-xliff-comes-from-another-hint = この XLIFF ファイルは、別の宣言か、その文言が削除される前の古い草案から来たものです。もう一度書き出してください
L031-other-declaration = この XLIFF ファイルは宣言 { $theirs } から書き出されたもので、{ $ours } のものではありません
L031-other-declaration-hint = 翻訳者には { $ours } の XLIFF ファイルを送り、それに翻訳したものを取り込んでください
L035-translate-ftl-itself-hint = { $tag }.ftl の中で直接翻訳してください
L032-then-hint = 翻訳したときの原文：{ $text }
L032-now-hint = 現在の原文：{ $text }
L032-translate-unit-again-from-hint = 新しく書き出したファイルからこの翻訳単位を翻訳し直すか、`--accept-stale` を付けてそのまま取り込んでください（その場合、要更新のまま記録されます）
L033-codes-stand-variables-terms-hint = コードは、本文の変数、共通語句、上付き文字を表します。翻訳ツールが示すとおりにすべて残し、新たに加えないでください
L033-put-back-where-translation-hint = 訳文の中の適切な位置に戻してください。戻さないと、そのコードが表すものが PDF から抜け落ちます
label-no-target-language-1-2 = target-language（1.2）または trgLang（2.0）がない
label-unknown-unit = 不明な翻訳単位
label-message-with-variants = 候補から選ぶ文言
label-translated-from-version = この版の原文から翻訳
label-code = このコード
label-target = この訳文の中
label-first-here = 最初の位置

# src/xliff/read.rs
L030-sengen-reads-xliff-1-hint = sengen は、翻訳ツールが保存する XLIFF 1.2 と 2.0（UTF-8 の正しい形式の XML で、DOCTYPE を含まないもの）を読み込みます。はっきりしない場合は、ファイルをもう一度書き出してください
L030-not-well-formed-xml = XML の形式が正しくありません（{ $error }）
L030-xliff-file-not-utf = XLIFF ファイルが UTF-8 で保存されていません
L030-entity-not-xml-s = 実体 &{ $reference }; は XML 自体が定める実体ではありません。sengen はそれ以外の実体を展開しません
L030-undecodable-text = 文字として読み取れないテキストがあります（{ $error }）
read-not-xliff-1-2 = XLIFF 1.2 または 2.0 のファイルではありません（最上位の要素が、どちらの名前空間の <xliff> 要素でもありません）
read-unit-without-id = ID のない翻訳単位があります
read-not-xliff-file-holds = XLIFF ファイルではありません（XML の要素が一つもありません）

# src/import/docx.rs
I001-empty-0-bytes = は空のファイルです（0バイト）
I001-word-97-2003-document = は Word 97–2003 の文書（.doc）です。sengen はこの形式を読み込みません
I001-not-docx-not-zip = は .docx ではありません（zip 形式になっていません）
I001-not-readable-zip-archive = は zip 形式として読み込めません（{ $error }）
I001-zip-archive-but-no = は zip 形式ですが、Word 文書ではありません（word/document.xml がありません）
I002-has-unreadable = の中の { $path } を読み込めません（{ $error }）
I002-has-damaged = の中の { $path } が壊れています（{ $error }）
I001-save-draft-again-from-hint = ワープロソフトから、草案を .docx として保存し直してください
I001-open-word-processor-save-hint = ワープロソフトでファイルを開いて .docx（Word 文書）として保存し、そのファイルを取り込んでください
I001-docx-saved-word-libreoffice-hint = Word や LibreOffice で保存した .docx は zip 形式です。草案を .docx として保存するか、テキストファイル（.txt、.md）を指定してください
I001-save-draft-again-docx-hint = 草案を .docx として保存し直してください
I001-save-draft-word-document-hint = 草案を Word 文書（.docx）として保存してください
I001-holds-files = ファイルが{ $count }個含まれています

# src/check/lint/prose.rs
X004-days-come-from-data-hint = { $day ->
    [meeting] 会議の日付は declaration.toml から取られます。{"{"} $meeting-dates {"}"}、{"{"} $adoption-date {"}"} などを使ってください
   *[adoption] 採択日は declaration.toml から取られます。{"{"} $adoption-date {"}"} を使ってください
}

# src/check/lint/translations.rs：ページでは、ヒントはページのボタンの名前を示す。
L010-stale = `{ $id }` の { $lang } の翻訳は要更新です。翻訳した後に、原文（{ $source }）が変更されました
L010-stale-hint = { $where ->
    [page] 翻訳を更新してから、「{ mark-reviewed }」を押してください
   *[terminal] 翻訳を更新してから、`sengen translations DIR --mark-reviewed { $lang } { $id }` を実行してください
}
L011-unreviewed = `{ $id }` の { $lang } の翻訳は、まだ確認済みとして記録されていません
L011-unreviewed-hint = { $where ->
    [page] 原文（{ $source }）と照らし合わせて確認してから、「{ mark-reviewed }」を押してください
   *[terminal] 原文（{ $source }）と照らし合わせて確認してから、`sengen translations DIR --mark-reviewed { $lang } { $id }` を実行してください
}

# src/check/lint/typography.rs
T202-japanese-quotes-hint = 日本語の引用には{ $open }{ $close }を使います（その中では{ $inner_open }{ $inner_close }を使います）
T204-width-hint = この宣言では、英字と数字を{ $wanted ->
    [full-width] 全角
    [half-width] 半角
   *[other] { $wanted }
}で書きます（この文字なら「{ $other }」）。declaration.toml の `typography.japanese-alphanumerics` で決められています
label-width = { $found ->
    [full-width] 全角
    [half-width] 半角
   *[other] { $found }
}

# src/check/messages.rs
F004-undefined-message = 定義されていない文言 `{ $name }` を参照しています
F004-or-define-hint = または、{ $lang }.ftl に `{ $name } = …` を定義してください
F005-undefined-term = 定義されていない共通語句 `-{ $name }` を参照しています
F005-or-define-hint = または、{ $lang }.ftl に `-{ $name } = …` を定義してください

# src/check/signatories.rs
S028-remove-count-hint = `count` を削除する（数は一覧から自動で計算されます）か、正しい数に直してください。一覧が一部だけの場合は、`complete = false` と書いてください
S028-partial-list-hint = 一部だけの一覧に、`count` の数より多くの署名者を書くことはできません

# src/edit/mod.rs：宣言にないものを指定した変更
C013-no-message = 宣言に文言 `{ $id }` がありません
C013-no-message-hint = 変更できるのは、本文に定義されている文言だけです
C013-message-exists = 文言 `{ $id }` はすでにあります
C013-message-exists-hint = 新しい文言には、まだ使われていない ID を付けてください
C013-toml-unreadable = declaration.toml を TOML として読み取れません
C013-toml-unreadable-hint = `sengen check` で誤りの位置がわかります。先にそれを直してください
C013-no-fact = 宣言に、設定する `{ $path }` がありません
C013-no-fact-hint = 変更できるのは、宣言にある事実だけです
C013-no-block = 構成に要素 `{ $id }` がありません
C013-no-block-hint = 変更できるのは、構成にある要素だけです
C013-block-exists = 構成に要素 `{ $id }` はすでにあります
C013-block-exists-hint = 新しい要素には、まだ使われていない ID を付けてください
C013-language-exists = この宣言はすでに { $lang } で書かれています
C013-language-exists-hint = 言語は一度だけ追加します。その文は、その言語の .ftl で翻訳します
C013-block-needs-text = 新しい要素には、宣言の原文の言語（{ $lang }）の本文が必要です
C013-block-needs-text-hint = { $lang } の本文を入力してください。翻訳は空欄のままにして、後で入力できます
C013-block-no-language = この宣言は { $lang } で書かれていません
C013-block-no-language-hint = 宣言の言語の本文だけを指定してください
C013-block-no-place = `{ $id }` の後には、この種類の要素を置けません
C013-block-no-place-hint = 小見出しは見出しの中に追加してください。結びの後には何も追加できません
C013-cannot-move = `{ $id }` は{ $way ->
    [up] 上へ移動できません。そこで同じ種類の最初の要素です
    [down] 下へ移動できません。そこで同じ種類の最後の要素です
   *[into] そこへ移動できません
    }
C013-cannot-move-hint = { $way ->
    [into] 段落や項目は見出しか小見出しの中へ、小見出しは見出しの中へ移動できます
   *[other] 代わりに、別の見出しの中へ移動してください
    }

# src/load/mod.rs：Fluent の構文エラー。`$error` は fluent-syntax 自身の英語の文。
# `$kind` はどのエラーかを示す（expected-token（期待した文字は `$token`）、
# expected-character、message-without-value、term-without-value、closing-brace、
# no-default-variant、unterminated-string、escape、expected-expression、other）。
# その言語自身の文で伝えるためのもの。
F001-default-variant-hint = 候補の一つに `*` を付けて、既定の候補にしてください（例：`*[other]`）
F001-closing-brace-hint = 閉じかっこ `{"}"}` を文字として書くには、`{"{"}"{"}"}"{"}"}` と書きます
F001-message-value-hint = 文言には、`=` の後に本文が必要です
F001-syntax-hint = Fluent の書き方：`id = 本文` の形で書き、続きの行は字下げします。docs/format.md を参照してください

# src/load/mod.rs：declaration.toml の中でエラーがある場所ごとに、何をすればよいか
# （`$site`：key、table、value、escape、syntax）。
S003-site-hint = { $site ->
    [key] つづりを確認してください。書ける項目は、すべて docs/format.md に載っています
    [table] 足りない項目を加えてください。各表に必要な項目は docs/format.md に載っています
    [value] 値の種類が正しくありません。各項目の値の種類は docs/format.md に載っています
    [escape] \u で指定する文字が正しくありません。\uD800〜\uDFFF は UTF-16 の2文字一組の片方で、誤った書き出しによるものです。文字そのものを書いてください
   *[syntax] declaration.toml の書き方は docs/format.md を参照してください
}

# src/translations.rs
L021-not-a-translation = `{ $lang }` はこの宣言の翻訳先の言語ではありません（原文の言語は { $source } です）
L021-no-translation-hint = 一つの言語だけの宣言には、確認する翻訳がありません
L021-translated-languages-hint = この宣言の翻訳先の言語：{ $languages }

# src/xliff/mod.rs
L034-no-translation-hint = 一つの言語だけの宣言には、やり取りする翻訳がありません
L034-translated-languages-hint = この宣言の翻訳先の言語：{ $languages }
L034-no-language = 宣言に言語が一つもありません
L034-not-a-translation = `{ $lang }` は { $id } の翻訳先の言語ではありません（原文の言語は { $source } です）

# src/xliff/import.rs
label-target-language = ファイルの翻訳先の言語
label-exported-from = 別の宣言から書き出されたファイル

# src/xliff/read.rs
L030-dtd = XLIFF ファイルに DTD が含まれています。DTD では実体を定義できるため、sengen は DTD を一切読みません

# src/main.rs
C014-unknown-ui-lang = --ui-lang { $lang }：sengen はこの言語で表示できません
C014-ui-languages-hint = sengen が表示に使える言語：{ $languages }

# src/import/docx.rs：.docx の一部を受け付けない理由（I003 の末尾）。
I003-not-well-formed = XML の形式が正しくありません（{ $error }）
I003-dtd = DTD があります（DTD では実体を定義できるため、sengen は DTD を一切読みません）
I003-not-utf8 = UTF-8 ではありません
I003-entity = 実体 &{ $reference }; は XML 自体が定める実体ではありません。sengen はそれ以外の実体を展開しません
I003-undecodable = 文字として読み取れないテキストがあります（{ $error }）

# src/load/mod.rs：sengen が読み込める深さを超えて入れ子になった差し込み。
F012-too-deep = 波かっこ「{"{"} {"}"}」の入れ子が{ $deepest }段を超えています
F012-too-deep-hint = 本文に必要な「{"{"} {"}"}」の入れ子は、多くても2〜3段です。開いた波かっこを閉じるか、余分な波かっこを削除してください
label-too-deep = この「{"{"}」で入れ子が1段深くなりすぎています

# src/check/signatories.rs：sengen が配置できる数を超える署名者。
S041-too-many-signatories = 代表団 `{ $id }` の署名者が{ $count }件になっています。sengen が配置できるのは、1代表団あたり{ $most }件までです
S041-too-many-hint = 数を確認してください（0が一つ多くありませんか）。署名者が{ $most }件を超える代表団は、宣言では考えられません
label-too-many = 多すぎる

# src/xliff/read.rs、src/import/docx.rs：実際のファイルではあり得ない深さまで入れ子になった要素。
L030-too-deep = 要素の入れ子が{ $deepest }段を超えています。翻訳ツールが書き出すファイルではありません
I003-too-deep = 要素の入れ子が{ $deepest }段を超えています。ワープロソフトが書き出すものではありません

# src/xliff/import.rs：訳文の中に文字として書かれた上付き文字。
L033-sup-as-text = 訳文で <sup> が文字として書かれています。上付き文字は、翻訳単位のコードとして入れてください
label-sup-as-text = 文字として書かれた <sup>

# src/pipeline.rs：PDF を置き換えている途中で止まった作成。
C015-interrupted = 以前の { $dir } への作成が、{ $files } を置き換えている途中で止まっています。これらの PDF には、2回の作成のものが混ざっているおそれがあります
C015-interrupted-hint = { $left ->
    [0] 今回の作成で、すべて書き直されます
   *[other] 今回の作成では { $files } は書き直されません。それらも作成するか、PDF に印刷されたハッシュ値が一致することを確認してください
}
C016-upload-too-large = { $name } は { $size } MB あり、ページで受け付けるには大きすぎます
C016-upload-too-large-hint = ページで受け付けるのは { $limit } MB までのファイルです。宣言の草案は数百 KB 程度なので、正しいファイルか確認してください
C016-upload-cut = { $name } が最後まで届きませんでした
C016-upload-cut-hint = もう一度ページに置いてください
C016-archive-unreadable = { $name } は読み込める zip アーカイブではありません（{ $error }）
C016-archive-too-many = { $name } には { $count } 個のファイルがあり、宣言のフォルダーにしては多すぎます
C016-archive-no-declaration = { $name } には宣言のフォルダーがありません（最上位にも、最上位のフォルダーにも declaration.toml がありません）
C016-archive-file-too-large = { $name }：{ $file } は宣言のファイルとしては大きすぎます
C016-archive-not-utf-8 = { $name }：{ $file } は UTF-8 のテキストではありません
C016-archive-hint = sengen が読む形の宣言フォルダー（declaration.toml、.ftl ファイル、translations.lock）の .zip か、.docx の草案と比較してください

# src/load/templates.rs
R030-not-a-file = { $shown } を読み込めません。ファイルではなく{ $kind ->
    [folder] フォルダー
    [fifo] 名前付きパイプ
    [device] デバイス
   *[other] 特殊なファイル
}です
R030-folder-too-large = テンプレートのフォルダー { $dir } の中身が { $limit } MB を超えています
R030-folder-too-large-hint = テンプレートのフォルダーに置くのは、テンプレートと少しの画像です。文書で使わないものを削除してください

# src/cmd/limited.rs：独自のテンプレートでの作成が、制限によって止められたもの（$limit：memory または time）。
R034-templates-stopped = テンプレートが、作成に使える{ $limit ->
    [time] 時間（プロセッサー時間で{ $seconds }秒）
   *[memory] メモリー（{ $gigabytes } GB）
}を超えたため、作成を止めました
R034-templates-stopped-hint = { $limit ->
    [time] テンプレートの繰り返しが長すぎます（とても大きな範囲に対する `for`、終わらない繰り返しなど）。テンプレートを直してください
   *[memory] テンプレートが非常に大きなものを作っています（巨大な配列、何百万回も繰り返した文字列など）。テンプレートを直してください
}

# src/typeset/mod.rs: --signature-fields with templates of one's own that label no signature box.
R035-no-signature-box = { $dir } のテンプレートには署名欄 { $field } の枠がないため、--signature-fields で電子署名フィールドを置けません
R035-no-signature-box-hint = 独自の `signature-block` にも、sengen 標準の style.typ.hbs にある高さ 16 mm のブロックと二つのラベル（`sengen-sig-` と `sengen-sig-end-` に欄の `field` を付けたもの）を残すか、--signature-fields なしで作成してください

# src/xliff/import.rs：最初の50件より後の、文言ではない翻訳単位。
L031-more-unknown = ほかにも、{ $tag }.ftl の文言ではない翻訳単位が { $count } 件あります
# src/import/mod.rs
I009-not-a-folder = { $dir } はフォルダーではなく、ファイルです
I002-too-many-paragraphs = { $name } には段落が { $count } 個あります。宣言の草案の段落は多くても { $most } 個です
I002-too-many-paragraphs-hint = 正しいファイルか確認してください。宣言の草案は数ページの長さです
# src/localize/mod.rs：PDF の表題にするには長すぎる表題。
F013-title-too-long = { $lang } の表題 `{ $id }` は { $length } 文字あります。PDF の表題は { $longest } 文字までです
F013-title-too-long-hint = 表題は1〜2行にとどめ、残りは前文か段落に移してください
label-title = この表題

# src/verify/mod.rs, src/cmd/verify.rs: sengen verify.
V001-unreadable = { $file } は sengen が読める PDF ではありません（{ $detail }）
V001-unreadable-hint = 署名者から返送された署名済み PDF そのものを指定してください（PDF に印刷し直したものやスキャンしたものには署名が残りません）
V001-cannot-read = { $file } を読み込めません（{ $reason }）
V001-not-a-file = ファイルではありません
V001-too-large = { $megabytes } MB を超えています
V002-no-signature = { $file } { $fields ->
    [0] には署名欄も署名もありません
   *[other] はまだ署名されていません（署名欄 { $fields } 件のいずれにも署名がありません）
}
V002-no-signature-hint = { $fields ->
    [0] 各署名者が署名できるよう、`sengen build --signature-fields` で PDF を作成してください
   *[other] 各署名者が自分の署名欄に署名してから（docs/signing.md）、署名済みファイルを確認してください
}
V003-byte-range = { $field } の署名は、署名時のファイル全体を覆っていません（{ $why ->
    [not-four-numbers] バイト範囲が 0 から始まる四つの数になっていません
    [not-a-revision] バイト範囲がファイルの版の終わりで終わっていません
    [gap] バイト範囲から除かれた部分が署名の値そのものと一致しません
   *[no-dictionary] 署名辞書がありません
}）
V003-byte-range-hint = 署名は、署名の値そのものを除き、署名時のファイル全体を覆うものです。このファイルは改変されたか、PAdES に従わないツールで署名されています
V004-digest = { $field } の署名が、署名された内容と一致しません（第 { $revision } 版）。署名の後でファイルが変更されています
V004-digest-hint = このファイルは信頼しないでください。最後の署名者が返送した署名済みファイルを事務局から改めて受け取ってください
V005-not-verified = { $field } の署名（第 { $revision } 版）{ $kind ->
    [signature] は、添付の証明書で検証できません
    [unsupported] は、sengen が検証できないアルゴリズムを使っています（{ $detail }）
   *[unreadable] は、CMS 署名として読み取れません（{ $detail }）
}
V005-not-verified-hint = { $kind ->
    [signature] その証明書の鍵で作られた署名ではないか、改変されています。署名者に署名し直してもらってください
    [unsupported] sengen が検証できるのは RSA（PKCS #1 v1.5、PSS）と ECDSA P-256・P-384（SHA-256、-384、-512）です。この署名は署名者側のツールで確認してください
   *[unreadable] 署名ツールが PAdES で使う形式の CMS 署名（ETSI.CAdES.detached、adbe.pkcs7.detached）を書き込んでいません。PAdES 対応のツールで署名し直してください
}
V006-changed-after-signing = 第 { $revision } 版で、署名の後に{ $kind ->
    [page] ページ
    [content] コンテンツストリーム（ページに表示される内容）
    [structure] 文書構造（読み上げソフトが読む内容）
    [annotation] 注釈
    [field] フォームフィールド
    [signed-field] 署名済みの欄
    [catalog] 文書カタログ
    [appearance] 外観
    [metadata] メタデータ
    [signature] 署名辞書
    [font] フォント
   *[other] オブジェクト
}（オブジェクト { $object }）が{ $how ->
    [added] 追加
    [removed] 削除
   *[changed] 変更
}されています{ $others ->
    [0] {""}
   *[other] （ほかに { $others } 個のオブジェクトも）
}。署名以外の変更です
V006-changed-after-signing-hint = 署名の後の版でできるのは署名欄への署名だけです。署名されたときのファイルは、この一つ前の版までです
V007-moved = 現在 { $field } にある署名は{ $known ->
    [yes] 、欄 { $signed_in } で行われたものです
   *[no] 、署名時のファイルのどの欄で行われたものでもありません
}。署名が移されています
V007-moved-hint = 署名は、それを行った欄の署名者のものです。署名されたときのファイルを受け取ってください
V008-not-trusted = { $signer }（欄 { $field }）の証明書は{ $why ->
    [expired] 、署名時に有効ではありませんでした
   *[no-issuer] 、信頼する証明書につながっていません
}
V008-not-trusted-hint = --trust で指定したファイルに、署名者の認証局（LGPKI、eIDAS のトラストサービスなど）のルート証明書（と中間証明書）が入っているか確認してください
V008-no-certificates = { $file } に読み取れる証明書がありません（PEM 形式：-----BEGIN CERTIFICATE-----）
V008-no-certificates-hint = 信頼する証明書の PEM ファイル（各署名者の認証局のルート証明書）を指定してください
V009-not-this-build = { $file } は、現在の { $dir } から作成したものではありません（{ $fingerprint ->
    [same] ページのフィンガープリント（{ $declared }）は同じですが、バイトが異なります
    [other] ページのフィンガープリントは { $stated }、宣言のものは { $declared } です
   *[unread] 宣言のどの PDF もこのファイルの最初の版と一致しません
}）
V009-not-this-build-hint = { $fingerprint ->
    [same] 同じ原稿を、別のバージョンの sengen か別の設定（SOURCE_DATE_EPOCH、独自のテンプレート）で作成したものです。同じ設定で作成して比べてください
   *[other] 別の原稿（別の草案、または別の宣言）から作成された PDF です
}
V009-declaration-invalid = { $dir } から PDF を作成できないため、比べられません
V009-declaration-invalid-hint = 宣言自体の問題を以下に示します。PDF を作成した時点のフォルダー（その版の `git worktree add`）を指定してください
