# sengen の各コマンドが作業を終えたときに表示する文言：書き出したファイル、数、
# 要約、進み具合。数は複数形を選ぶ（$count、$pages…）。日本語には複数形が
# ないため、[one] と [other] には同じ文を書いている。

## すべてのコマンドに共通

# 「out/shizuoka-2024.fr.pdf を書き出しました（4ページ、91234バイト）」。PDF ではない
# ファイルでは $pages は -1。
report-wrote = { $file } を書き出しました（{ $pages ->
    [-1] { $bytes }バイト
    [one] { $pages }ページ、{ $bytes }バイト
   *[other] { $pages }ページ、{ $bytes }バイト
}）
# 診断の後に表示する、エラーと警告の数。
report-problems = { $errors ->
    [0] 警告: { $warnings ->
        [one] 警告が{ $warnings }件あります
       *[other] 警告が{ $warnings }件あります
    }
   *[other] エラー: { $errors ->
        [one] 問題が{ $errors }件見つかりました
       *[other] 問題が{ $errors }件見つかりました
    }{ $warnings ->
        [0] {""}
        [one] （ほかに警告が{ $warnings }件あります）
       *[other] （ほかに警告が{ $warnings }件あります）
    }
}
# 注記の数（$codes：「85 × T104」）。$then：shown、fixable、hidden のいずれか。
report-notes = 注記: PDF ではすでに正しく印刷されている箇所について、注記が{ $count ->
    [one] { $count }件
   *[other] { $count }件
}あります（{ $codes }）{ $then ->
    [fixable] 。`--notes` で表示し、`--fix` でファイルに反映できます
    [hidden] 。`--notes` で表示できます
   *[shown] {""}
}
# 内部での失敗（終了コード 2）：sengen 自身の失敗、または実行環境の失敗。
report-internal = エラー: { $error }

## sengen build

report-no-threads = エラー: 処理のためのスレッドを{ $jobs }個開始できません（{ $error }）
report-nothing-written = 注記: 何も書き出していません
report-nothing-written-for = 注記: { $dir } については何も書き出していません
report-internal-in = エラー: { $dir }：{ $error }
# 一括作成の進み具合の表示：現在の位置、全体の数、最後に作成した宣言。
report-batch-progress = 宣言 {"{"}pos{"}"}/{"{"}len{"}"} {"{"}msg{"}"}
# 一括作成の要約。
report-batch = 宣言{ $declarations }件を{ $seconds }秒で処理しました（{ $threads ->
    [one] スレッド{ $threads }個
   *[other] スレッド{ $threads }個
}）：作成{ $built }件（PDF { $files }個、{ $pages }ページ）{ $failed ->
    [0] {""}
   *[other] 、失敗{ $failed }件：{ $names }
}
# 一括作成のうち、作成した宣言一つ。
report-built = { $dir } を作成しました：PDF { $pdfs ->
    [one] { $pdfs }個
   *[other] { $pdfs }個
}、{ $pages }ページ{ $warnings ->
    [0] {""}
    [one] （警告{ $warnings }件。`sengen check { $dir }` で確認できます）
   *[other] （警告{ $warnings }件。`sengen check { $dir }` で確認できます）
}
report-build-notes = 注記: PDF ではすでに正しく印刷されている箇所について、注記が{ $count ->
    [one] { $count }件
   *[other] { $count }件
}あります（`sengen check { $dir } --notes` で表示できます）
report-build-warnings = 警告: 本文に警告が{ $count ->
    [one] { $count }件
   *[other] { $count }件
}あります：
report-build-check = {"  "}`sengen check { $dir }` で一つずつ確認できます{ $fixable ->
    [0] {""}
   *[other] 。そのうち{ $fixable }件は `--fix` で修正できます
}

## sengen watch（$changed：変更されたファイル。$files：その数。最初の作成では 0）

report-rebuilt = { $files ->
    [0] 最初の作成
   *[other] { $changed } が変更されました
}：PDF を{ $pdfs ->
    [one] { $pdfs }個
   *[other] { $pdfs }個
}書き出しました（{ $pages }ページ、{ $ms }ミリ秒）{ $warnings ->
    [0] {""}
    [one] 。警告{ $warnings }件（`sengen check { $dir }` で確認できます）
   *[other] 。警告{ $warnings }件（`sengen check { $dir }` で確認できます）
}
report-not-rebuilt = { $files ->
    [0] 最初の作成
   *[other] { $changed } が変更されました
}：作成できませんでした（{ $ms }ミリ秒）。前の PDF はそのまま残しています

## sengen diff

report-nothing-compared = 注記: 何も比較していません
report-comparing = { $old }（{ $old_fingerprint }）と { $new }（{ $new_fingerprint }）を比較しています
report-no-change = 変更はありません
report-diff-summary = { $reworded ->
    [one] 要素
   *[other] 要素
}：文の変更{ $reworded }件、追加{ $added }件、削除{ $removed }件、移動{ $moved }件、ID の変更{ $renamed }件。{ $facts ->
    [one] 事実
   *[other] 事実
}：変更{ $facts }件
report-diff-facts = 事実：
report-diff-blocks = 要素：
report-diff-text = 本文（[-削除-] {"{"}+挿入+{"}"}）：
# 一方の草案に値がない事実。
report-diff-none = （なし）
# 移動した要素：「history（workshop-1 から冒頭へ）」。
report-diff-moved = { $id }（{ $from } から { $to } へ）
# 最初の節より前にある要素の位置。
report-diff-opening = 冒頭
# 要素に起きたこと：reworded、added、removed、moved、renamed。
report-diff-kind = { $kind ->
    [reworded] 文の変更
    [added] 追加
    [removed] 削除
    [moved] 移動
   *[renamed] ID の変更
}
# 古い草案と新しい草案での、変更の位置（$sides：both、old、new、none）。
report-diff-places = { $sides ->
    [both] { $old } → { $new }
    [old] 変更前：{ $old }
    [new] 変更後：{ $new }
   *[none] （sengen の定型文言）
}
report-wrote-file = { $file } を書き出しました

## sengen xliff import

report-xliff-imported = { $lang }：翻訳単位{ $changed ->
    [one] { $changed }件
   *[other] { $changed }件
}を変更し、{ $reviewed }件を確認済みとして記録しました{ $stale ->
    [0] {""}
   *[other] 。{ $stale }件は古い原文からの翻訳として取り込みました（要更新）
}

## sengen explain

report-explain-one = `sengen explain CODE` で、それぞれのコードの説明を表示できます。
# 説明の最初の行（$severity：error、warning、note のいずれか）。
report-explain-header = { $code }（{ $severity ->
    [error] エラー
    [warning] 警告
   *[note] 注記
}）：{ $summary }
report-explain-renamed = { $old } は { $code } の旧名です。
report-explain-unknown = エラー: sengen には `{ $code }` という診断コードはありません
    {"  "}= ヒント: `sengen explain` で、すべてのコードの一覧を表示できます

## sengen new

report-new-builds = `sengen build { $dir }` で作成できます。本文を、実際の宣言の本文に置き換えてください
report-new-to-fill = 作成する前に記入が必要な項目：
report-new-check = `sengen check { $dir }` で、それぞれの項目と、書き込む場所を確認できます
# 記入が必要な declaration.toml の事実。そのキーで示す（meeting.opens…）。
new-to-fill-key = { $key }
new-to-fill-delegation = 代表団 `{ $id }`：数（count）または署名者（members）
# `sengen new --from` が declaration.toml の、記入が必要な箇所の上に書き込むコメント。
new-note-meeting = この会議{ $edition ->
    [0] {""}
   *[other] （第{ $edition }回）
}の日程（opens、closes）を記入してください。
new-note-adoption = 採択の日と場所（date、place）を記入してください。
new-note-delegation = 代表団 `{ $id }` の署名者（count、または [[delegations.members]]）を記入してください。

## sengen serve

report-serve-page = {"  "}{ $dir } のページです（このコンピューターからだけ開けます）。Ctrl-C で停止します
report-serve-no-browser = 注記: ブラウザーを開けませんでした。上のアドレスを開いてください
report-serve-stopped = sengen serve：停止しました

## sengen import

report-imported = { $file } を { $dir } に取り込みました：節{ $sections ->
    [one] { $sections }件
   *[other] { $sections }件
}、小節{ $subsections ->
    [one] { $subsections }件
   *[other] { $subsections }件
}、段落{ $paragraphs ->
    [one] { $paragraphs }件
   *[other] { $paragraphs }件
}、箇条{ $items ->
    [one] { $items }件
   *[other] { $items }件
}、取組{ $commitments ->
    [one] { $commitments }件
   *[other] { $commitments }件
}
# 取り込みの報告の見出し（$heading：blocks、facts-found、facts-replaced、changes、notes）。
report-import-heading = { $heading ->
    [blocks] 要素：
    [facts-found] 見つかった事実：
    [facts-replaced] 変数として書いた事実：
    [changes] 変更：
   *[notes] 注記：
}
report-import-written-with-errors = 注記: フォルダーは書き出しました。作成する前に、上に示した `sengen check` の指摘を直してください
report-import-to-review = `sengen check { $dir }` の指摘のうち、確認が必要なもの：警告{ $count ->
    [one] { $count }件
   *[other] { $count }件
}

## sengen check

report-fixed = { $file } で、指摘{ $count ->
    [one] { $count }件
   *[other] { $count }件
}を修正しました
report-no-problems = { $id }：問題は見つかりませんでした

## sengen translations

# $count：指定された文言の数。すべての文言なら 0。
report-reviewed = { $lang } の{ $count ->
    [0] すべての文言
   *[other] 文言 { $ids }
}を、確認済みとして { $lock } に記録しました
report-translations = { $lang }（原文 { $source }）：最新{ $current }件、要更新{ $stale }件、未確認{ $unreviewed }件、未翻訳{ $missing }件
# $status：stale、unreviewed、missing のいずれか。
report-translations-ids = {"  "}{ $status ->
    [stale] 要更新
    [unreviewed] 未確認
   *[missing] 未翻訳
}：{ $ids }

## sengen man

report-no-man-pages = エラー: man ページを書き出せません（{ $reason }）

## 独自のテンプレートでの作成（制限付きの子プロセスで行う）

report-limited-cannot-start = エラー: 独自のテンプレートでの作成を開始できませんでした

## sengen verify の報告（src/cmd/verify.rs）

verify-summary = { $file }：署名欄 { $fields } 件のうち { $signed } 件に署名済み（版数 { $revisions }）
verify-unsigned = 未署名（{ $count } 件）：{ $fields }
verify-field-signed = { $n }. { $field }（{ $signatory }）：署名者 { $signer }{ $organization ->
    [none] {""}
   *[other] （{ $organization }）
}、署名日時 { $time }（署名者のコンピューターの時計による）、{ $algorithm }、第 { $revision } 版
verify-check = {"   "}{ $holds ->
    [yes] ✓
    [no] ✗
   *[unknown] ·
} { $check ->
    [covers] { $holds ->
        [yes] 署名の値そのものを除き、署名時のファイル全体を覆っています
       *[other] 署名時のファイル全体を覆っていません
    }
    [intact] { $holds ->
        [yes] 署名された内容は変わっておらず、署名は添付の証明書で検証できました
        [no] 署名された内容が変わったか、署名を検証できません
       *[unknown] 未確認（署名された範囲が見つかりません）
    }
    [in-place] { $holds ->
        [yes] 署名した欄にそのまま入っています
        [no] この欄で行われた署名ではありません
       *[unknown] 未確認
    }
    [later] { $holds ->
        [yes] その後の版は署名を加えただけです
       *[other] その後の版で署名以外の変更があります
    }
    [timestamped] タイムスタンプトークン付き（その署名は sengen では検証しません）
   *[trusted] { $holds ->
        [yes] 証明書は信頼する証明書（--trust）につながっています
        [no] 証明書は信頼する証明書につながっていません
       *[unknown] 証明書の信頼性は署名者の認証局が保証するものとして判定していません（判定するには --trust 証明書ファイル を指定）
    }
}
verify-origin-build = ファイルの最初の版は、この宣言から作成した { $file } とバイト単位で一致します（フィンガープリント { $fingerprint }{ $fields ->
    [yes] 、署名欄を含む
   *[no] {""}
}）。
verify-origin-other = ファイルの最初の版は、現在のこの宣言から作成したものではありません（下記 V009）。
verify-verdict = { $holds ->
    [yes] すべての確認項目を満たしています。
   *[no] 満たしていない確認項目があります：
}

# src/cmd/block.rs
report-block-added = 追加しました: { $id }
report-block-removed = 削除しました: { $ids }（{ $count } 件の要素と、その文）
report-block-moved = 移動しました: { $id }
report-block-to-translate = { $lang }: 翻訳が必要な文が { $count } 件あります
report-language-added = { $lang } を追加しました。すべての文が翻訳待ちです（`sengen xliff export DIR --lang { $lang }` で翻訳者に送れます）
