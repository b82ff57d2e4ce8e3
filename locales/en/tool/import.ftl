# What `sengen import` says of a draft: where each block came from, the facts
# it found, what it wrote as variables, its decisions, the changes of a later
# draft. $place is a place in the draft (« paragraph 3 », « line 12 »).

## Places in a draft

place-paragraph = paragraph { $number }
place-line = line { $number }
place-page = paragraph { $number } (page { $page })
# Several places of one kind ($kind: paragraph or line): « paragraphs 3, 12 and 20 ».
place-list = { $kind ->
    [line] { $count ->
        [one] line { $last }
       *[other] lines { $first } and { $last }
    }
   *[paragraph] { $count ->
        [one] paragraph { $last }
       *[other] paragraphs { $first } and { $last }
    }
}

## What became what

import-block = { $place } → { $id }
import-found-edition = edition { $edition }: « { $text } » ({ $place })
import-found-count = { $count } local governments of the delegation `{ $id }`: the preamble ({ $place })
import-found-adoption = adopted on { $date }: « { $text } » ({ $place })
import-found-meeting = the meeting from { $opens } to { $closes }: the preamble ({ $place })
import-found-place = adopted at { $place }: the title « { $title } »
import-replaced = { $place }, { $id }: { $typed } → { $variable }

## Decisions on the way

import-note-before-preamble = { $places } before the preamble left out (--preamble)
import-note-joined = { $first } and { $second } joined: the first stops mid-sentence, the second starts in lower case
import-note-sections = sections: the headings « { $word } N » ({ $count } of them), and the headings after them that are not followed by a list; the others are sub-sections
import-note-facts-as-typed = { $id }: its facts stay as typed (as variables, the text would read otherwise)
import-note-heading-number = { $place }: « { $number } », the number Word's list gives this heading, kept in its text
import-note-numbered-heading = { $place }: « { $text } », a bold paragraph numbered alone by a list, taken as a heading, its number kept
import-note-own-notice = { $place }: the notice sengen prints on a provisional translation, left out (sengen prints it again from the facts)
import-note-own-dateline = { $place }: the dateline sengen prints above the signatures, left out (sengen prints it again from the facts)
import-note-pdf-tagged = the PDF is tagged: its paragraphs, headings and list entries are those its structure tree names; what it marks as page furniture is left out
import-note-pdf-untagged = the PDF is not tagged: its paragraphs are read from its layout (lines joined where the spacing, the indents and the line ends say so)
import-note-pdf-tags-ignored = the PDF's tags hold too little of its text to be trusted: its paragraphs are read from its layout instead
import-note-pdf-furniture = « { $text } » left out as page furniture (page { $pages })
import-note-pdf-word-joined = « { $cut } » at a line's end joined with the next line: « { $joined } »
import-note-pdf-figures = { $count ->
    [one] a figure
   *[other] { $count } figures
} left out (page { $pages }): signature blocks and pictures are made from the facts, not imported
import-note-pdf-signature-pages = the signature pages left out (page { $pages }): the signatories are facts of declaration.toml, not text
import-note-pdf-other-languages = the PDF's tags give its paragraphs in { $languages }: only those in { $lang } are read ({ $count } others left out)
import-note-pdf-turned-text = { $count } characters set at an angle (a watermark) left out

## A later draft brought in (--into)

# $verb: updated or added.
import-change = { $verb ->
    [updated] updated
   *[added] added
} { $id } ({ $place })
import-change-left-out = left out { $id }: the draft no longer has it; its message stays in { $lang }.ftl
import-change-to-translate = { $lang }.ftl lacks the { $count } new { $count ->
    [one] message: translate it
   *[other] messages: translate them
} (sengen xliff export { $dir } --lang { $lang } --only stale)
