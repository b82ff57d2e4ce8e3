# コマンドラインのヘルプ（`sengen --help`、`sengen build --help` など）を、コマンドと
# オプションごとに記す。英語版は src/cli.rs のドキュメントコメントから生成され、それが
# 英語の唯一の原文である（`SENGEN_BLESS=1 cargo test --bin sengen help` で書き直される）。
# ほかの言語はそれを翻訳する。

help =
    sengen（宣言）：データとして書かれた宣言から、署名できる状態の PDF を作成します。署名の前に草案を検査することもできます。

    宣言は一つのフォルダーです。`declaration.toml`（構成と事実）と、言語ごとに一つの `<lang>.ftl`（本文）からなります。詳しくは docs/format.md をご覧ください。

help-after =
    終了コード：0 は成功、1 は入力の誤り（診断を表示済み）、2 は内部エラーまたは実行環境の問題です。

help-ui_lang =
    sengen の表示言語（en、fr、ja）。既定では SENGEN_LANG で指定した言語、なければシステムの言語（LC_ALL、LC_MESSAGES、LANG）、それもなければ英語

help-build =
    宣言の PDF を作成する：言語ごとに一つと、対訳 PDF を一つ

help-build-after =
    例：
      sengen build fixtures/shizuoka-2024 -o out
          out/shizuoka-2024.fr.pdf、out/shizuoka-2024.ja.pdf、
          out/shizuoka-2024.fr-ja.pdf（フランス語と日本語を左右に並べたもの）を書き出す
      sengen build fixtures/shizuoka-2024 -o out --lang fr --emit typst
          フランス語の PDF と、生成した Typst の組版データ out/shizuoka-2024.fr.typ だけ
      sengen build fixtures/shizuoka-2024 -o out --layout sequential
          対訳 PDF だけ。フランス語の本文の後に日本語の本文を続ける
      sengen build fixtures/shizuoka-2024 fixtures/aix-2022 -o out
      sengen build declarations/ -o out --jobs 2
          一括作成：指定した宣言のフォルダーすべて、または指定したフォルダーの中のものすべて

help-build-dirs =
    宣言のフォルダー（それぞれ declaration.toml と <lang>.ftl ファイルを含むもの）、または宣言のフォルダーを収めたフォルダー。複数指定すると一括で作成する

help-build-out =
    PDF の出力先フォルダー（なければ作成する）

help-build-languages =
    この言語だけを作成する（複数指定可）。既定では宣言のすべての言語

help-build-layouts =
    作成する PDF の種類（複数指定可）。既定は `single` と `columns`

help-build-attach_source =
    宣言の原稿ファイル（declaration.toml と .ftl ファイル）を各 PDF に埋め込む。その場合、PDF は PDF/A-2a ではなく PDF/A-3a になる

help-build-signature_fields =
    証明書で PDF に署名できるよう（PAdES）、各署名者の署名欄に空の電子署名フィールドを置く

help-build-emit =
    各 PDF と同じ場所に、中間形式のファイルも書き出す

help-build-templates =
    sengen の同名のテンプレートの代わりに使う <name>.typ.hbs ファイルを入れたフォルダー。文書が読めるファイルは、このフォルダーにあるほかのファイル（ロゴなど）だけ。docs/format.md を参照

help-build-source_date_epoch =
    PDF の作成日時。1970-01-01 UTC からの秒数で指定する（reproducible builds の慣習）。既定は採択日

help-build-jobs =
    組版に使うスレッドの数（既定：CPU のコアごとに一つ）

help-build-format =
    作成中に見つかったことと、書き出したファイルの表示形式

help-watch =
    宣言を作成し、そのファイルのどれかが保存されるたびに PDF を作り直す（Ctrl-C で中断するまで）。作り直しに失敗したときは問題を表示し、最後に正しく作成できた PDF を残す

help-watch-after =
    例：
      sengen watch fixtures/shizuoka-2024 -o out

help-watch-dir =
    監視する宣言のフォルダー

help-watch-out =
    PDF の出力先フォルダー（なければ作成する）

help-watch-languages =
    この言語だけを作成する（複数指定可）。既定では宣言のすべての言語

help-watch-layouts =
    作成する PDF の種類（複数指定可）。既定は `single` と `columns`

help-watch-attach_source =
    宣言の原稿ファイル（declaration.toml と .ftl ファイル）を各 PDF に埋め込む。その場合、PDF は PDF/A-2a ではなく PDF/A-3a になる

help-watch-signature_fields =
    証明書で PDF に署名できるよう（PAdES）、各署名者の署名欄に空の電子署名フィールドを置く

help-watch-emit =
    各 PDF と同じ場所に、中間形式のファイルも書き出す

help-watch-templates =
    sengen の同名のテンプレートの代わりに使う <name>.typ.hbs ファイルを入れたフォルダー。文書が読めるファイルは、このフォルダーにあるほかのファイル（ロゴなど）だけ。docs/format.md を参照

help-watch-source_date_epoch =
    PDF の作成日時。1970-01-01 UTC からの秒数で指定する（reproducible builds の慣習）。既定は採択日

help-check =
    宣言を作成せずに検査し、見つかった問題をすべて報告する

help-check-after =
    例：
      sengen check fixtures/shizuoka-2024
      sengen check fixtures/shizuoka-2024 --format json --deny warnings
      sengen check fixtures/shizuoka-2024 --fix      自動で直せる指摘について .ftl ファイルを書き換える

help-check-dir =
    宣言のフォルダー

help-check-format =
    指摘の表示形式

help-check-deny =
    警告をエラーとして扱う（警告が一つでもあれば終了コード 1）

help-check-fix =
    確実な直し方がある指摘について、.ftl ファイルを書き換える

help-check-notes =
    注記も表示する。注記とは、ファイルの書き方とは違っても PDF では正しく印刷されるもの（まっすぐなアポストロフィ）で、指定しなければ件数だけを示す

help-translations =
    翻訳先の言語ごとに、未翻訳・要更新・最新の文言を一覧にする。確認済みの翻訳を translations.lock に記録する

help-translations-after =
    例：
      sengen translations fixtures/shizuoka-2024
      sengen translations fixtures/shizuoka-2024 --mark-reviewed ja preamble title
          日本語の前文と表題が、現在のフランス語の本文に合っていることを記録する

help-translations-dir =
    宣言のフォルダー

help-translations-mark_reviewed =
    この言語の指定した文言（指定がなければすべて）を、現在の原文から翻訳されたものとして記録する

help-translations-ids =
    確認済みにする文言

help-translations-add =
    宣言を翻訳する言語を追加します（その .ftl は空で、すべての文が翻訳待ちになります）

help-new =
    新しい宣言のフォルダーを作成する。中身は、指定した言語での docs/format.md の小さな見本、または以前の宣言の次の版

help-new-after =
    例：
      sengen new lyon-2030 --lang fr --lang ja
          フランス語と日本語の小さな見本。そのまま PDF を作成できる
      sengen new cannes-2026 --from fixtures/shizuoka-2024
          次の回：静岡の本文と構成をもとにした第9回の草案。
          その後 `sengen check cannes-2026` で、記入すべき事実が一つずつ示される

help-new-dir =
    作成するフォルダー。その名前が宣言の ID になる（`cannes-2026`）

help-new-languages =
    見本の言語（複数指定可。最初のものが原文）

help-new-from =
    次の版のもとにする以前の宣言

help-diff =
    二つの草案の間の変更を表示する：事実、追加・削除・移動・名前変更された要素、書き換えられた各文言の語句。-o を指定すると、比較版の PDF（変更箇所を示した新しい草案）も書き出す

help-diff-after =
    例：
      sengen diff drafts/shizuoka-v3 drafts/shizuoka-v4
          すべての変更を、両方の草案でのファイルと行とともに表示する
      sengen diff drafts/shizuoka-v3 drafts/shizuoka-v4 -o redline --lang ja
          さらに日本語の比較版 redline/shizuoka-2024-redline.ja.pdf を書き出す
      sengen diff fixtures/shizuoka-2024 --since HEAD~1
          フォルダーを、1コミット前の自分自身と比べる（git が必要）
      sengen diff drafts/v3 drafts/v4 --format json
          同じ内容を、一つの JSON オブジェクトで出力する

    終了コード：草案に違いがあってもなくても 0（違いの有無は要約に示されます）、
    草案が正しくないか、引数では処理できない場合は 1、
    sengen または git の障害の場合は 2 です。

help-diff-old =
    前の草案のフォルダー。--since を指定した場合は、ある版（リビジョン）の時点の自分自身と比べる一つのフォルダー

help-diff-new =
    後の草案のフォルダー

help-diff-since =
    フォルダーを、この git の版（コミット、ブランチ、タグ、HEAD~1 など）の時点の内容と比べる

help-diff-out =
    比較版の PDF の出力先フォルダー（なければ作成する）

help-diff-languages =
    この言語の本文だけを比べ、その比較版だけを書き出す（複数指定可）。既定ではすべての言語

help-diff-layouts =
    書き出す比較版 PDF の種類（複数指定可）。作成（build）のときと同じ

help-diff-wording =
    sengen の定型文言（署名欄の上の日付と場所の行）も比べる。定型文言は事実に従って変わるため、指定しなければ比較から除く

help-diff-format =
    変更の表示形式

help-diff-source_date_epoch =
    比較版の作成日時（1970-01-01 UTC からの秒数）

help-import =
    届いた形の草案から宣言のフォルダーを作成する。草案は .docx、PDF、または回覧される草案のように目印を付けたテキスト（`#` の見出し、太字の行、`-` や `1.` の項目、<sup>）。または、後の草案をフォルダーに取り込む（--into）

help-import-after =
    例：
      sengen import fixtures/seeds/shizuoka-2024.txt --lang fr -o shizuoka-2024
          元のテキストから宣言のフォルダーを作る：節は番号の付いた分科会から、
          事実（数、回、日程）は前文から見つける
      sengen import draft.docx --lang fr -o cannes-2026 --adoption 2026-10-30 --place Cannes
          草案に書かれていない事実を指定する
      sengen import takamatsu-2014.pdf --lang fr -o takamatsu-2014
          ウェブサイトで公開されている過去の回の宣言：行を段落にまとめ、
          ページ番号や各ページの見出しは除く
      sengen import draft-2.docx --lang fr --into cannes-2026
          後の草案：変更された文言を更新し（その翻訳は要更新になる）、新しい文言を
          追加し、草案からなくなった文言を報告する

    詳しくは docs/import.md をご覧ください。

help-import-file =
    草案。.docx、PDF（過去の回の宣言など）、または目印を付けた UTF-8 のテキスト（.txt、.md）

help-import-lang =
    草案の言語

help-import-out =
    書き出す新しいフォルダー（存在しないか空のもの）。その名前が宣言の ID になる

help-import-into =
    この後の草案を取り込む、既存の宣言

help-import-sections =
    節の見出しを指定する正規表現。それ以外の見出しは小節になる（既定では、番号の付いた一連の見出しで判断する）

help-import-preamble =
    前文が始まる段落を、その書き出しの語句で指定する（それより前の段落は取り込まない。指定しなければ、表題より前のすべてが前文になる）

help-import-title =
    表題の段落を、その書き出しの語句で指定する（指定しなければ最初の見出し）

help-import-dateline =
    場所と日付の行を、その書き出しの語句で指定する。表題より後のどこにあってもよい（指定しなければ、表題のすぐ下にある日付を含む短い行）

help-import-closing =
    結語の最初の段落を、その書き出しの語句で指定する。その段落以降がすべて結語になる（指定しなければ、最後の取組の後の段落）

help-import-edition =
    会議の回（指定しなければ会議名から見つける）

help-import-meeting =
    会議の日程。FIRST..LAST の形で指定する（指定しなければ前文から見つける）

help-import-adoption =
    採択日（指定しなければ表題の下から見つける）

help-import-place =
    採択地。署名欄の上の日付と場所の行に書く名前で指定する（指定しなければ表題から見つける）

help-import-counts =
    代表団とその署名者の数。ID=N の形で指定する（複数指定可。指定しなければ前文から見つける）

help-import-final_text =
    草案が採択された本文である（「草案」の透かしを入れない）

help-serve =
    宣言をブラウザーで開く：二つの言語を左右に並べ、各文言を編集し、入力しながら検査し、ページをプレビューし、PDF を作成できる。127.0.0.1 だけで、Ctrl-C で止めるまで待ち受ける

help-serve-after =
    例：
      sengen serve fixtures/shizuoka-2024 --open
          http://127.0.0.1:8140/?token=… を表示し、ブラウザーで開く
      sengen serve fixtures/shizuoka-2024 --port 0 -o out
          空いている任意のポートを使う。「PDFを作成」で out/ に書き出す

help-serve-dir =
    宣言のフォルダー（省略時は現在のフォルダー）。まだ宣言のないフォルダーでは、宣言を始める画面が開きます

help-serve-port =
    127.0.0.1 上のポート（0：空いている任意のポート）

help-serve-open =
    既定のブラウザーでページを開く

help-serve-out =
    「PDFを作成」で PDF を書き出すフォルダー

help-block =
    構成を変更します。要素を別の要素の後に追加する（すべての言語の本文を一度に）、文ごと削除する、移動する

help-block-add =
    見出し、小見出し、段落、箇条書きの項目、または約束事項を、ある要素の後に追加します。本文は言語ごとに指定します（翻訳は後でもかまいません）

help-block-add-after =
    例：
      sengen block add fixtures/shizuoka-2024 commitment --after commitment-4 --text fr="Nous…" --text ja="…"
          commitment-4 の後に commitment-5 を追加し、fr.ftl と ja.ftl に書き込みます

help-block-add-dir =
    宣言のフォルダー

help-block-add-kind =
    追加する要素の種類

help-block-add-follows =
    直前に来る要素の ID

help-block-add-texts =
    ある言語での本文（LANG=TEXT の形）。原文の言語の本文は必須です

help-block-remove =
    要素と、すべての言語のその文を削除します（見出しや小見出しは、その下のすべてと一緒に）

help-block-remove-after =
    例：
      sengen block remove fixtures/shizuoka-2024 panel-2

help-block-remove-dir =
    宣言のフォルダー

help-block-remove-id =
    削除する要素の ID

help-block-move =
    要素を上へ、下へ、または別の見出しの中へ移動します（見出しは、その下のすべてと一緒に移動します）

help-block-move-after =
    例：
      sengen block move fixtures/shizuoka-2024 panel-2 --up
      sengen block move fixtures/shizuoka-2024 panel-2 --into conclusion

help-block-move-dir =
    宣言のフォルダー

help-block-move-id =
    移動する要素の ID

help-block-move-up =
    一つ上へ

help-block-move-down =
    一つ下へ

help-block-move-into =
    この ID の見出しまたは小見出しの末尾へ

help-xliff =
    翻訳ツール（memoQ、Trados、OmegaT、Weblate など）と XLIFF で翻訳をやり取りする：書き出しと取り込み

help-xliff-export =
    翻訳を、翻訳ツール用の XLIFF ファイルに書き出す

help-xliff-export-after =
    例：
      sengen xliff export fixtures/shizuoka-2024 --lang ja
          shizuoka-2024.ja.xlf（XLIFF 1.2）を現在のフォルダーに書き出す
      sengen xliff export fixtures/shizuoka-2024 --lang ja --only stale --version 2.0 -o ja.xlf
          翻訳または確認が必要なものだけを、XLIFF 2.0 で書き出す

help-xliff-export-dir =
    宣言のフォルダー

help-xliff-export-lang =
    書き出す翻訳先の言語

help-xliff-export-out =
    書き出すファイル（既定：現在のフォルダーの <id>.<lang>.xlf）

help-xliff-export-only =
    書き出す翻訳単位：すべて、または要更新・未確認・未翻訳のものだけ

help-xliff-import =
    翻訳者から戻った XLIFF ファイルを、宣言の .ftl ファイルに取り込む

help-xliff-import-after =
    例：
      sengen xliff import fixtures/shizuoka-2024 shizuoka-2024.ja.xlf
          変更された翻訳を ja.ftl に書き込み、確定したものを確認済みとして
          translations.lock に記録してから、宣言を検査する

help-xliff-import-dir =
    宣言のフォルダー

help-xliff-import-file =
    翻訳ツールが保存したままの XLIFF ファイル

help-xliff-import-accept_stale =
    古い原文から翻訳された翻訳単位も取り込む（要更新の印は残る）

help-verify =
    署名済み PDF を確認する：署名欄の順に各署名について（署名者、署名日時、ファイルが署名時のままか、その後の版が署名を加えただけか）。フォルダーを指定すると、PDF がその宣言から作成したものかも確認する

help-verify-after =
    例：
      sengen verify signed/shizuoka-2024.fr-ja.pdf
      sengen verify signed/shizuoka-2024.fr-ja.pdf fixtures/shizuoka-2024
          最初の版がその宣言から作成したものとバイト単位で一致するかも確認
      sengen verify signed.pdf --trust lgpki-root.pem --format json

    終了コード：すべての確認項目を満たせば 0、満たさないものがあれば 1（欄と版を
    示す）、sengen 自体の障害なら 2。

help-verify-pdf =
    署名済み PDF

help-verify-dir =
    PDF の作成元であるはずの宣言のフォルダー

help-verify-trust =
    信頼する証明書（PEM）。各署名者の証明書がそのいずれかにつながることを求める。指定しなければ、証明書の連鎖は示すだけで判定しない

help-verify-source_date_epoch =
    PDF を作成したときに作成日時を指定していた場合、その日時（1970-01-01 UTC からの秒数）

help-verify-format =
    報告の表示形式

help-fingerprint =
    宣言の原稿（構成のファイル、本文、テンプレート、定型文言）の SHA-256 ハッシュ値を表示する。PDF の各ページに示されるものと同じ

help-fingerprint-dir =
    宣言のフォルダー

help-fingerprint-templates =
    PDF の作成に使うテンプレートのフォルダー（使う場合）

help-schema =
    declaration.toml の JSON Schema を表示する

help-explain =
    診断コードを説明する（`sengen explain S003`）。指定しなければすべてを一覧にする

help-explain-after =
    例：
      sengen explain X001
      sengen explain          すべてのコードを、重大度と意味とともに一覧にする

help-explain-code =
    sengen が表示したとおりの診断コード（`S003`、`t104` など）。指定しなければすべて

help-completions =
    シェル用の sengen の補完スクリプトを出力する

help-completions-after =
    例：
      sengen completions bash > ~/.local/share/bash-completion/completions/sengen
      sengen completions zsh > ~/.zfunc/_sengen

help-completions-shell =
    補完を行うシェル

help-man =
    sengen の man ページを表示する。またはコマンドごとに1ページずつフォルダーに書き出す

help-man-after =
    例：
      sengen man | man -l -
      sengen man ~/.local/share/man/man1

help-man-dir =
    sengen.1 とコマンドごとのページ（sengen-build.1 など）を書き出すフォルダー。指定しなければ sengen.1 を表示する
