# `sengen import` が草案について伝えること：各要素がどこから来たか、見つけた事実、
# 変数として書いたもの、途中の判断、後の草案での変更。$place は草案の中の場所
# （「第3段落」「12行目」）。

## 草案の中の場所

place-paragraph = 第{ $number }段落
place-line = { $number }行目
place-page = 第{ $number }段落（{ $page }ページ）
# 同じ種類の複数の場所（$kind：paragraph または line）：「第3, 12段落と第20段落」。
place-list = { $kind ->
    [line] { $count ->
        [one] { $last }行目
       *[other] { $first }行目と{ $last }行目
    }
   *[paragraph] { $count ->
        [one] 第{ $last }段落
       *[other] 第{ $first }段落と第{ $last }段落
    }
}

## 何が何になったか

import-block = { $place } → { $id }
import-found-edition = 第{ $edition }回：「{ $text }」（{ $place }）
import-found-count = 代表団 `{ $id }` の自治体数 { $count }：前文（{ $place }）
import-found-adoption = 採択日 { $date }：「{ $text }」（{ $place }）
import-found-meeting = 会期 { $opens }〜{ $closes }：前文（{ $place }）
import-found-place = 採択地 { $place }：表題「{ $title }」
import-replaced = { $place }、{ $id }：{ $typed } → { $variable }

## 途中の判断

import-note-before-preamble = 前文より前にある{ $places }は取り込みませんでした（--preamble）
import-note-joined = { $first }と{ $second }を一つの段落にしました。前の段落が文の途中で終わり、次の段落が小文字で始まっているためです
import-note-sections = 節：「{ $word } N」という見出し（{ $count }個）と、その後にある、箇条書きが続かない見出しを節としました。それ以外の見出しは小節です
import-note-facts-as-typed = { $id }：事実は書かれたままにしてあります（変数にすると、文の読み方が変わってしまうためです）
import-note-heading-number = { $place }：Word の段落番号がこの見出しに付けている「{ $number }」を、見出しの文字として残しました
import-note-numbered-heading = { $place }：「{ $text }」は、一つだけ番号の付いた太字の段落なので、番号ごと見出しとしました
import-note-own-notice = { $place }：sengen が仮訳に付ける注記のため除きました（事実から改めて印刷されます）
import-note-own-dateline = { $place }：sengen が署名欄の上に印刷する日付と場所の行のため除きました（事実から改めて印刷されます）
import-note-pdf-tagged = この PDF はタグ付きです。段落・見出し・箇条書きの項目は構造ツリーのとおりに読み、ページの飾り（ヘッダー・フッターなど）として示された部分は除きました
import-note-pdf-untagged = この PDF はタグ付きではありません。段落はレイアウトから読み取りました（行間・字下げ・行末から判断して行をまとめています）
import-note-pdf-tags-ignored = この PDF のタグには本文の一部しか含まれていないため信頼できません。段落はレイアウトから読み取りました
import-note-pdf-furniture = 「{ $text }」はページの飾りとして除きました（{ $pages }ページ）
import-note-pdf-word-joined = 行末の「{ $cut }」を次の行とつなげました：「{ $joined }」
import-note-pdf-figures = 図 { $count }点を除きました（{ $pages }ページ）。署名欄や画像は事実から作られるため、取り込みません
import-note-pdf-signature-pages = 署名ページを除きました（{ $pages }ページ）。署名者は declaration.toml の事実で、本文ではありません
import-note-pdf-other-languages = この PDF のタグでは段落が { $languages } で書かれています。{ $lang } の段落だけを読み、ほかの { $count } 段落は除きました
import-note-pdf-turned-text = 斜めに置かれた文字（透かし）{ $count }字を除きました

## 後の草案の取り込み（--into）

# $verb：updated（更新）または added（追加）。
import-change = { $id }（{ $place }）を{ $verb ->
    [updated] 更新しました
   *[added] 追加しました
}
import-change-left-out = { $id } は取り込みませんでした。草案にはもうありませんが、その文言は { $lang }.ftl に残っています
import-change-to-translate = { $lang }.ftl には、新しい文言{ $count }件の翻訳がありません。{ $count ->
    [one] 翻訳してください
   *[other] 翻訳してください
}（sengen xliff export { $dir } --lang { $lang } --only stale）
