# コマンドライン自体の文言：引数の誤りを、読む人の言語で伝える
# （英語では、clap 自身の文をそのまま表示する）。

# $kind：invalid-value、unknown-argument、unknown-command、conflict、
# missing-argument、missing-command、number-of-values、not-utf8、other。
# $argument、$value、$valid（指定できる値）、$command、$prior（同時に使えない
# 引数）、$detail（clap の文）。
cli-error = エラー: { $kind ->
    [invalid-value] 「{ $argument }」に指定した値「{ $value }」は正しくありません
    [unknown-argument] 「{ $argument }」という引数はありません
    [unknown-command] 「{ $command }」というコマンドはありません
    [conflict] 「{ $argument }」は「{ $prior }」と同時には指定できません
    [missing-argument] 必要な引数が指定されていません：{ $argument }
    [missing-command] コマンドを指定してください
    [number-of-values] 「{ $argument }」に指定した値の数が正しくありません
    [not-utf8] UTF-8 として読めない引数があります
   *[other] { $detail }
}
cli-possible-values = {"  "}（指定できる値：{ $valid }）
cli-tip = {"  "}ヒント: 「{ $suggested }」の誤りではありませんか
cli-usage = 使い方: { $usage }
cli-more = 詳しくは、「--help」を付けて実行してください。

## ヘルプ自体の見出しと、すべてのコマンドにあるフラグ

# $heading：usage、commands、options、arguments のいずれか。
help-heading = { $heading ->
    [usage] 使い方:
    [commands] コマンド
    [options] オプション
   *[arguments] 引数
}
# $flag：help または version。
help-builtin = { $flag ->
    [help] ヘルプを表示する
   *[version] バージョンを表示する
}
