# sengen 自身の文言のうち、個々の診断に属さないもの：診断の表示のしかた、
# コードの表。英語は、すべての言語の代わりに使われる言語（フォールバック）になる。

## 診断の表示のしかた

# 診断の各ヒントの前：「= ヒント: …」。
diagnostic-hint = ヒント:
# 診断のコードの前の語：エラー[S003]、警告[T101]、注記[T104]。
diagnostic-severity = { $severity ->
    [error] エラー
    [warning] 警告
   *[note] 注記
}
# ほかから来た文をそのまま示すもの（Typst 自身のメッセージ）。
raw-text = { $text }

## docs/format.md のコードの表（英語のみ：ドキュメントの言語）

codes-table-generated = <!-- src/diagnostic/codes.rs から生成。`SENGEN_BLESS=1 cargo test --test integration codes_table` で書き直されます。 -->
codes-table-header = | コード | 重大度 | 意味 |
codes-table-formerly = （旧名：{ $names }）
codes-table-renamed = 0.2 で、一つの文字が一つの系統を表すように名前を変更しました：{ $renames }。このリリースでは、旧名も `sengen explain` でまだ使えます。

## sengen やコンピューターの側で処理に失敗したとき（終了コード 2）

# システムがファイルを受け付けなかった理由（$kind：not-found、permission-denied、
# already-exists、storage-full、read-only、is-a-folder、not-a-folder、other。
# $detail：システム自身の文）。
# 英語ではシステム自身の文を示す。ほかの言語では、よくある理由を $kind によって
# 自分の言葉で言ってもよい。
io-reason = { $kind ->
    [not-found] ファイルまたはフォルダーが見つかりません
    [permission-denied] アクセスする権限がありません
    [already-exists] 同じ名前のファイルまたはフォルダーがすでにあります
    [storage-full] ディスクの空き容量が足りません
    [read-only] ディスクまたはフォルダーが読み取り専用です
    [is-a-folder] ファイルではなくフォルダーです
    [not-a-folder] フォルダーではありません
   *[other] { $detail }
}
# $action：write、read、create、create-the-output-folder、create-a-temporary-folder-in。
internal-io = { $action ->
    [write] { $path } に書き込めません（{ $reason }）。書き込む権限と、ディスクの空き容量を確認してください
    [read] { $path } を読み込めません（{ $reason }）。ファイルがあるか、読み取る権限があるかを確認してください
    [create] { $path } を作成できません（{ $reason }）。書き込む権限と、ディスクの空き容量を確認してください
    [create-the-output-folder] 出力先フォルダー { $path } を作成できません（{ $reason }）。出力先の場所と、書き込む権限を確認してください
   *[create-a-temporary-folder-in] { $path } の中に一時フォルダーを作成できません（{ $reason }）。書き込む権限と、ディスクの空き容量を確認してください
}
internal-environment = 実行環境の問題のため、処理を続けられません（{ $what }：{ $detail }）
internal-wording = sengen の定型文言（locales/{ $lang }）を読み込めません（{ $detail }）。sengen の不具合です。このメッセージを添えてご報告ください
internal-profile = sengen の言語の設定（locales/{ $lang }/profile.toml）を読み込めません（{ $detail }）。sengen の不具合です。このメッセージを添えてご報告ください
internal-template = sengen のテンプレート（templates/{ $template }）を使えません（{ $detail }）。sengen の不具合です。このメッセージを添えてご報告ください
internal-format = 日付や数の表記を作れません（{ $what }：{ $detail }）
internal-typst = Typst が、生成された文書を組版できませんでした。sengen のテンプレートの不具合です。この宣言を添えてご報告ください。
    { $report }
internal-pdf = Typst が PDF を書き出せませんでした（{ $detail }）
internal-fields = PDF に署名欄（電子署名フィールド）を追加できませんでした（{ $detail }）
internal-panic = 組版の途中で処理が異常終了しました（{ $detail }）。sengen の不具合です。この宣言を添えてご報告ください
internal-broken = { $detail }（sengen の不具合です。このメッセージを添えてご報告ください）
