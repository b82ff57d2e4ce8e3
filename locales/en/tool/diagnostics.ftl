# sengen's diagnostics: each message, label and hint, by the code it belongs to
# (labels are shared). Variables are the diagnostic's values: a file name, a
# quoted text, a count. The comment above each says where sengen uses it.

# src/check/languages.rs
S017-declaration-has-no-language = the declaration has no language
S018-not-language-tag = `{ $tag }` is not a language tag
S019-listed-twice = `{ $tag }` is listed twice
L001-sengen-has-no-fixed = sengen has no fixed wording for `{ $tag }`
S020-no-text-file = no text file for `{ $tag }`
S025-names-which-not-one = { $what } names `{ $tag }`, which is not one of the languages
S026-bilingual-edition-pairs-two = a bilingual edition pairs two different languages
S017-list-at-least-one-hint = list at least one language, e.g. `languages = ["fr"]`
S018-use-bcp-47-tag-hint = use a BCP 47 tag such as `fr`, `ja` or `en`
S019-list-each-language-once-hint = list each language once
L001-languages-with-wording-add-hint = languages with wording: { $available }; add locales/{ $tag }/ to sengen to support it
S020-create-ftl-beside-declaration-hint = create { $tag }.ftl beside declaration.toml, with the text in that language
S025-declaration-s-languages-are-hint = the declaration's languages are { $languages }
S026-write-pair-fr-ja-hint = write `pair = ["fr", "ja"]`: the left column's language, then the right one's
label-empty-list = empty list
label-not-bcp-47 = not BCP 47
label-again = again
label-unsupported-language = unsupported language
label-needs-ftl = needs { $tag }.ftl
label-not-languages = not in `languages`
label-not-pair = not a pair

# src/check/lint/glyphs.rs
B001-bidirectional-control-character-u = bidirectional control character U+{ $character }
B002-zero-width-character-u = zero-width character U+{ $character } in Japanese text
B003-u-fffd-mark-character = U+FFFD �, the mark of a character lost in a conversion
G001-cannot-drawn = { $name } cannot be drawn by { $families }
B001-neither-french-nor-japanese-hint = neither French nor Japanese needs it; delete it unless the text quotes a right-to-left script
B002-usually-pasted-from-word-hint = usually pasted from a word processor; delete it
B003-text-went-through-wrong-hint = the text went through a wrong encoding (or a \u escape named half of a UTF-16 pair); type what the original says
G001-text-set-replace-character-hint = the { $tag } text is set in { $families }; replace the character (a variant form, or a description) or ask for a font that has it
label-invisible-can-reorder-hide-text = invisible: it can reorder or hide the text around it{ $escaped ->
    [yes] {" "}(written as an escape)
   *[no] {""}
}
label-invisible = invisible{ $escaped ->
    [yes] {" "}(written as an escape)
   *[no] {""}
}
label-character-was-lost-here = a character was lost here{ $escaped ->
    [yes] {" "}(written as an escape)
   *[no] {""}
}
label-no-glyph = no glyph for { $name }{ $escaped ->
    [yes] {" "}(written as an escape)
   *[no] {""}
}

# src/check/lint/parity.rs
P001-lists-entries = `{ $id }` lists { $count } entries in { $lang }, { $source_count } in { $source }
P001-list-written-inside-message-hint = a list written inside a message must have the same entries in every language; or make it an `items` block in declaration.toml
label-entries = { $count } entries
label-entries-2 = { $count } entries

# src/check/lint/prose.rs
X001-text-says-but-delegations = the text says { $number }, but the delegations count { $counts } ({ $total } in all)
X002-count-typed-hand = the count { $number } is typed by hand
X003-text-names-edition-but = the text names edition { $number }, but this is edition { $edition }
X002-edition-typed-hand = edition { $number } is typed by hand
X004-text-dates-but = { $day ->
    [meeting] the text dates a day of the meeting in { $year }, but the meeting is in { $years }
   *[adoption] the text dates the day of adoption in { $year }, but it is adopted in { $years }
}
X001-write-count-variable-delegation-hint = write the count as a variable ({"{"} $<delegation>-count {"}"}) so it follows the data
X002-use-so-text-follows-hint = use { $variable }, so the text follows the data
X003-edition-comes-from-meeting-hint = the edition comes from `meeting.edition` in declaration.toml: use {"{"} $edition-ordinal {"}"} or {"{"} $next-edition-ordinal {"}"}
label-typed-hand = { $number } typed by hand
label-typed-hand-2 = typed by hand
label-wrong-year = wrong year?

# src/check/lint/translations.rs
label-translation = translation
label-source = source
label-reviewed-against-version = reviewed against this version

# src/check/lint/typography.rs
T103-use-narrow-no-break = use a narrow no-break space after { $open }
T103-missing-narrow-no-break = missing narrow no-break space after { $open }
T104-straight-apostrophe = straight apostrophe
T105-straight-double-quote = straight double quote
T108-several-spaces-row = several spaces in a row
T109-hyphen-between-spaces = a hyphen between spaces
# $name: narrow or no-break, the space French wants.
T109-use-before = use a { $name ->
    [narrow] narrow no-break space (U+202F)
   *[no-break] no-break space (U+00A0)
} before { $character }
T109-missing-before = missing { $name ->
    [narrow] narrow no-break space (U+202F)
   *[no-break] no-break space (U+00A0)
} before { $character }
T106-written = « { $number }{ $suffix } » is written « { $number }{ $short } »
T107-ordinal-needs-superscript = the ordinal « { $number }{ $suffix } » needs a superscript
T201-half-width-japanese-text = half-width { $character } in Japanese text
T202-ascii-quote-japanese-text = ASCII quote { $character } in Japanese text
T203-where-rest-text-uses = { $character } where the rest of the text uses { $wanted }
T204-japanese-text = { $found } { $character } in Japanese text
T103-french-puts-u-202f-hint = French puts U+202F inside guillemets, so { $open } never ends a line
T103-french-puts-u-202f-hint-2 = French puts U+202F inside guillemets
T104-french-uses-apostrophe-u-hint = French uses the apostrophe ’ (U+2019)
T105-french-quotes-with-guillemets-hint = French quotes with guillemets: { $open } … { $close }, with narrow no-break spaces inside
T108-one-space-separates-words-hint = one space separates words
T109-between-spaces-dash-meant-hint = between spaces, a dash is meant: the en dash – (U+2013)
T109-french-puts-before-so-hint = French puts a { $name ->
    [narrow] narrow no-break space (U+202F)
   *[no-break] no-break space (U+00A0)
} before { $character }, so it never starts a line
T109-french-puts-before-hint = French puts a { $name ->
    [narrow] narrow no-break space (U+202F)
   *[no-break] no-break space (U+00A0)
} before { $character }
T106-french-ordinals-take-short-hint = French ordinals take the short suffix in superscript: { $number }<sup>{ $short }</sup>
T107-write-sup-sup-use-hint = write { $number }<sup>{ $suffix }</sup>, or use a variable such as {"{"} $edition-ordinal {"}"}
T201-japanese-text-uses-full-hint = Japanese text uses the full-width { $full }
T203-use-one-full-stop-hint = use one full stop and one comma throughout
label-breakable-wide-space = a breakable or wide space
label-here = here
label-text = '
label-text-2 = "
label-text-3 = -
label-space = this space
label-long-ordinal-suffix = long ordinal suffix
label-no-superscript = no superscript
label-half-width = half-width
label-ascii-quote = ASCII quote
label-other-form = the other form

# src/check/lint/unused.rs
F020-not-used-structure = `{ $name }` is not used by the structure
F020-name-declaration-toml-delete-hint = name it in declaration.toml, or delete it; a misspelt id on either side shows up here
label-unused-message = unused message

# src/check/messages.rs
# $what: message or term.
F002-defined-twice = the { $what ->
    [message] message
   *[term] term
} `{ $name }` is defined twice
F010-has-no-text-ftl = `{ $id }` has no text in { $lang }.ftl, only attributes
F010-has-no-text-ftl-2 = `{ $id }` has no text in { $lang }.ftl
F006-unknown-function = unknown function `{ $name }`
F003-unknown-variable = unknown variable `${ $name }`
F007-sengen-s-wording-has = sengen's wording has no message `{ $wording }` to override
F002-give-each-message-own-hint = give each message its own id, or delete one of them
F010-give-text-hint = give it a text: `{ $id } = …`
F010-did-you-mean-hint = did you mean `{ $close }`?
F010-add-ftl-hint = or add `{ $id } = …` to { $lang }.ftl
F006-available-functions-hint = available functions: { $functions }
F003-exists-declaration-adopted-at-hint = `${ $name }` exists for a declaration adopted at a meeting: add a [meeting] table (edition, opens, closes) to declaration.toml, or write the text without it
F003-variables-sengen-supplies-are-hint = the variables sengen supplies are { $listed }
F003-first-edition-can-refer-hint = a first edition can refer to its successor ($next-edition-ordinal), not to a predecessor
F007-did-you-mean-hint = did you mean `{ $override_prefix }{ $close }`?
F007-names-override-messages-sengen-hint = `{ $override_prefix }` names an override; the messages sengen's wording has are { $ids }
F007-did-you-mean-hint-2 = did you mean `{ $sigil }{ $close }`?
label-defined-again-here = defined again here
label-no-value = no value
label-missing-ftl = missing in { $lang }.ftl
label-not-defined-file = not defined in this file
label-not-function-sengen-provides = not a function sengen provides
label-fact-meeting-declaration-adopted-at = a fact of a meeting, in a declaration adopted at none
label-first-edition-has-no-previous = the first edition has no previous one
label-no-such-fact-declaration-toml = no such fact in declaration.toml
label-not-message-sengen-s-wording = not a message of sengen's wording
label-first-defined-here = first defined here
label-used-here = used here

# src/check/mod.rs
S010-edition-must-1-more = the edition must be 1 or more
S011-meeting-closes-before-opens = the meeting closes before it opens
S012-adopted-outside-meeting-s = adopted on { $date }, outside the meeting's days
# $key: meeting.opens, meeting.closes, adoption.date or adoption.place; $what
# the same with a hyphen (meeting-opens…), for selectors.
S029-not-given = { $what ->
    [meeting-opens] the meeting's first day
    [meeting-closes] the meeting's last day
    [adoption-date] the day of adoption (or signature)
   *[adoption-place] the place of adoption (or signature)
} is not given (`{ $key }`)
S013-cannot-name-output-files = `{ $text }` cannot name the output files
S014-expected-date-without-time = expected a date without a time
S010-first-meeting-series-edition-hint = the first meeting of a series is edition 1
S011-swap-opens-closes-correct-hint = swap `opens` and `closes`, or correct one of them
S012-declaration-adopted-during-meeting-hint = a declaration is adopted during its meeting
S029-fill-hint = fill it in: { $what ->
    [meeting-opens] `opens = YYYY-MM-DD` under [meeting]
    [meeting-closes] `closes = YYYY-MM-DD` under [meeting]
    [adoption-date] `date = YYYY-MM-DD` under [adoption]
   *[adoption-place] `place = "<message id>"` under [adoption], the message that names the place in the dateline
}
S013-use-lowercase-letters-digits-hint = use lowercase letters, digits and single hyphens, e.g. `shizuoka-2024`
S014-write-toml-date-such-hint = write a TOML date such as 2024-11-21
label-edition-0 = edition 0
label-closing-day = closing day
label-adoption-day = adoption day
label-lacks = { $what ->
    [meeting-opens] {"["}meeting]
    [meeting-closes] {"["}meeting]
   *[other] {"["}adoption]
} lacks it
label-invalid-id = invalid id
label-has-time-no-date = has a time or no date
label-opening-day = opening day
label-meeting-opens = the meeting opens
label-closes = and closes

# src/check/signatories.rs
S015-not-valid-delegation-id = `{ $id }` is not a valid delegation id
S016-two-delegations-are-called = two delegations are called `{ $id }`
S027-delegation-has-neither-count = the delegation `{ $id }` has neither a count nor members
S028-count-but-delegation-lists = `count = { $declared }`, but the delegation `{ $id }` lists { $listed } members
S040-signatures-order-names-twice = `signatures.order.{ $lang }` names `{ $id }` twice
S040-signatures-order-names-which = `signatures.order.{ $lang }` names `{ $id }`, which is no delegation
S040-signatures-order-leaves-out = `signatures.order.{ $lang }` leaves out { $left_out }
S015-start-with-letter-use-hint = start with a letter; use lowercase letters, digits and single hyphens (`japan`)
S016-give-each-delegation-own-hint = give each delegation its own id
S027-list-signatories-under-delegations-hint = list its signatories under [[delegations.members]], or give `count` when they are not known
S040-name-each-delegation-once-hint = name each delegation once
S040-delegations-are-vec-hint = the delegations are { $delegations }
S040-order-names-every-delegation-hint = an order names every delegation, each once
label-second-one = second one
label-how-many-sign = how many sign?
label-declared = { $declared } declared
label-no-such-delegation = no such delegation
label-incomplete = incomplete
label-first-one = first one

# src/check/structure.rs
S021-sub-section-outside-any = a sub-section outside any section
S022-empty-list = an empty list
S023-section-empty = the section `{ $id }` is empty
S023-sub-section-empty = the sub-section `{ $id }` is empty
S024-used-twice-structure = `{ $id }` is used twice in the structure
S021-start-section-first-make-hint = start a section first, or make this heading a `section`
S022-name-at-least-one-hint = name at least one message, or remove the block
S023-add-paragraphs-lists-remove-hint = add its paragraphs or lists, or remove the heading
S024-each-block-needs-own-hint = each block needs its own message; copy the text under a new id if it repeats
label-sub-section-comes-before-first = this sub-section comes before the first `section`
label-no-message-ids = no message ids
label-nothing-follows-heading = nothing follows this heading
label-used-again-here = used again here
label-first-used-here = first used here

# src/cmd/import.rs
# $form: what the option takes: date, days, count or words.
C010-not = { $option } { $value }: not { $form ->
    [date] a date, 2024-11-21
    [days] the first and last days, 2024-11-18..2024-11-21
    [count] a delegation's id and its count, japan=35
    [text] a language and its text, fr="Nous…"
   *[words] the words its paragraph starts with, "Déclaration de"
}
C010-write-hint = write it as { $form ->
    [date] a date, 2024-11-21
    [days] the first and last days, 2024-11-18..2024-11-21
    [count] a delegation's id and its count, japan=35
    [text] a language and its text, fr="Nous…"
   *[words] the words its paragraph starts with, "Déclaration de"
}

# src/edit/mod.rs
S001-cannot-read-declaration-folder = cannot read the declaration folder { $dir }: { $reason }
C013-declaration-has-no-file = the declaration has no file { $name } to change
S002-not-valid-utf-8 = { $name } is not valid UTF-8
C012-changed-disk-while-sengen = { $path } changed on disk while sengen was changing it: nothing was written
S001-give-folder-holds-declaration-hint = give the folder that holds declaration.toml and the <lang>.ftl files
C013-change-can-name-only-hint = a change can name only the declaration's own languages and files
S002-save-file-utf-8-hint = save the file as UTF-8
C012-another-program-saved-meanwhile-hint = another program saved it meanwhile; make the change again on what it now says

# src/import/docx.rs
I001-text = { $name } { $why }
I002-too-large-import = { $name } is too large to import: it { $what }
I002-expands-bytes-far-beyond = { $name }: { $path } expands to { $size } bytes, far beyond what a document holds (a zip bomb?)
I003-line-column = { $name }: { $path }, line { $line }, column { $column }: { $why }
I004-has-tracked-changes-at = { $name } has tracked changes (at paragraph { $max })
I002-declaration-s-docx-few-hint = a declaration's .docx is a few hundred kB; is this the right file? Remove large images and save it again
I002-sengen-imports-drafts-saved-hint = sengen imports drafts saved by a word processor; this file was not made by one
I003-sengen-reads-xml-word-hint = sengen reads the XML a word processor writes, without DTD or entities; save the draft again from the word processor
I004-accept-reject-every-change-hint = accept or reject every change in the word processor (Review → Accept all, or Reject all), save, then import it again

# src/import/merge.rs
I009-written-draft-cannot-text = { $dir } is written in { $source_language }: a draft in { $lang } cannot be its text
I009-import-draft-lang-translations-hint = import the draft in { $source_language } (--lang { $source_language }); translations come back through `sengen xliff`

# src/import/mod.rs
I008-sections-not-pattern = --sections { $pattern } is not a pattern: { $error }
# $what: table, image, text-box, footnote, endnote, comment.
I005-has-no-place-declaration = { $name }, { $place }: { $what ->
    [table] a table
    [image] an image
    [text-box] a text box
    [footnote] a footnote
    [endnote] an endnote
   *[comment] a comment
} has no place in a declaration and was left out
L001-lang-sengen-has-no = --lang { $lang }: sengen has no wording or rules for this language
I002-too-large-import-has = { $name } is too large to import: it has { $size } bytes
I001-cannot-read-not-file = cannot read { $name }: it is not a file but a { $kind }
I001-cannot-read = cannot read { $name }: { $reason }
I001-neither-docx-nor-utf = { $name } is neither a .docx nor UTF-8 text (line { $line }, column { $column } is not UTF-8)
I001-pdf-encrypted = is an encrypted PDF, and sengen cannot open it without its password
I001-pdf-encrypted-hint = ask whoever sent it for the PDF without protection, or for the .docx it was made from
I001-pdf-unreadable = is not a PDF sengen can read: its structure is damaged or it has no pages
I001-pdf-no-text = has no text to read: { $pages ->
    [one] its page is
   *[other] its { $pages } pages are
} { $images ->
    [0] drawn without letters
   *[other] images (a scan)
}
I001-pdf-no-text-hint = ask for the .docx or a PDF saved from a word processor; or run text recognition (OCR) on the scan and import what it gives, checking every number
I002-pdf-pages = has { $count } pages
I002-pdf-stopped = reading { $name } was stopped: it needed more { $limit ->
    [time] time than reading a draft may take ({ $seconds } s of processor time)
   *[memory] memory than reading a draft may use ({ $gigabytes } GB): a compressed part of it expands without end
}
I002-pdf-stopped-hint = the file was not made by a word processor, or is damaged: ask for the .docx, or for the PDF saved again
I002-pdf-glyphs = has more than { $count } characters
# $what: adoption, place or counts.
I007-not-found-draft = { $name }: { $what ->
    [adoption] the day of adoption
    [place] the place of adoption
   *[counts] the number of signatories
} is not found in the draft
I009-already-exists-not-empty = { $dir } already exists and is not empty
I008-regular-expression-matching-section-hint = a regular expression matching the section headings, such as "^(Atelier|Conclusion)"
I005-if-belongs-text-write-hint = if it belongs to the text, write it as paragraphs or list entries in the draft, or add it to the .ftl by hand
L001-languages-sengen-knows-hint = the languages sengen knows: { $available }
I002-sengen-imports-drafts-up-hint = sengen imports drafts of up to { $limit } MB; is this the right file?
I001-give-draft-file-docx-hint = give the draft as a file: a .docx, or text in UTF-8
I001-check-path-file-s-hint = check the path and the file's permissions
I002-declaration-s-text-rarely-hint = a declaration's text is rarely over 1 MB: is this the right file?
I001-save-draft-docx-text-hint = save the draft as .docx, or as text in UTF-8
# $example: the option as the draft suggests it (--count japan=31 --count france=21).
I007-give-command-line-hint = the draft suggests, to be checked, then given on the command line: { $example }
# $example: the option with N for each number (--count france=N --count japan=N).
I007-give-command-line-unknown-hint = give it on the command line: { $what ->
    [adoption] --adoption YYYY-MM-DD, the day the declaration is adopted
    [place] --place followed by the name of the city where it is adopted
   *[counts] { $example }, N being each delegation's number of local governments
}
I009-import-writes-new-folder-hint = import writes a new folder; to bring a later draft into a declaration, use --into DIR
# $what: edition or count; $id: the delegation counted.
I011-fact-given-twice = { $name }: the draft gives { $what ->
    [edition] the edition
   *[count] the number of local governments of `{ $id }`
} twice, two ways: { $first } ({ $first_place }) and { $second } ({ $second_place })
I011-say-which-hint = say which is right on the command line: { $what ->
    [edition] --edition { $first } or --edition { $second }
   *[count] --count { $id }={ $first } or --count { $id }={ $second }
}
I012-meeting-without-edition = { $name }: the meeting's days ({ $opens } to { $closes }) are found, but not its edition: the meeting is not recorded
I012-give-edition-hint = give its edition on the command line (--edition 9), or write it in the meeting's name as the draft's language does (« 9e Rencontres », 第9回)

# src/import/structure.rs
I010-no-paragraph-starts-with = { $option } { $words }: no paragraph of { $name } starts with these words
I010-vec-start-with-these = { $option } { $words }: { $places } of { $name } start with these words
# $side: before or after.
I010-not-title = { $option }: { $place } is not { $side ->
    [before] before
   *[after] after
} the title ({ $title })
I006-has-no-title-no = { $name } has no title: no paragraph is a heading
I010-dateline-closing-name-same = --dateline and --closing name the same paragraph, { $place }
I010-closing-what-would-closing = --closing: { $place }, in what would be the closing, is a heading or a list entry
I010-give-first-words-paragraph-hint = give the first words of the paragraph as the draft writes them (case, spacing and the kind of apostrophe do not matter)
I010-give-more-paragraph-s-hint = give more of the paragraph's words, enough to name only one
# $what: preamble, dateline or closing; $side: before or after.
I010-stands-title-name-another-hint = { $what ->
    [preamble] the preamble
    [dateline] the place and date
   *[closing] the closing
} stands { $side ->
    [before] before
   *[after] after
} the title; name another paragraph, or the title with --title
I006-make-title-heading-heading-hint = make the title a heading (a heading style, or bold) in the draft, mark it `# Title` in a text file, or name it: --title "Déclaration de"
I010-place-date-line-own-hint = the place and date is a line of its own: --closing names the closing's first paragraph
I010-closing-paragraphs-end-text-hint = the closing is the paragraphs that end the text; name a later paragraph

# src/load/git.rs
S002-not-valid-utf-8-2 = { $revision }/{ $name } is not valid UTF-8
C009-did-not-exist-at = { $dir } did not exist at { $rev }
C008-not-inside-git-repository = { $dir } is not inside a git repository: --since has no history to compare with
# $why: not-a-name or not-a-commit.
C009-since = --since { $rev }: `{ $rev }` { $why ->
    [not-a-name] is not a revision name
   *[not-a-commit] is not a commit of this repository
}
S002-revision-s-file-cannot-hint = that revision's file cannot be compared; compare with another revision
C009-git-log-oneline-lists-hint = `git log --oneline -- { $dir }` lists the revisions that have it
C008-give-both-drafts-folders-hint = give both drafts as folders instead: sengen diff OLD-FOLDER NEW-FOLDER
C009-name-commit-branch-tag-hint = name a commit, a branch or a tag: `git log --oneline -- { $dir }` lists the commits that changed the folder

# src/load/lock.rs
L020-invalid = invalid { $lock_file }: { $detail }
L020-written-sengen-translations-mark-hint = { $lock_file } is written by `sengen translations --mark-reviewed`; delete it to start over

# src/load/mod.rs
S001-cannot-read-there-no = cannot read { $path }: there is no such file
# $error: fluent-syntax's own English; $kind: which error (expected-token,
# with the character in $token; expected-character; message-without-value;
# term-without-value; closing-brace; no-default-variant; unterminated-string;
# escape; expected-expression; other), for a sentence of the language's own.
F001-fluent-syntax-error = Fluent syntax error: { $error }
S004-mb-sengen-reads-text = { $name } is { $size } MB; sengen reads text files of up to { $limit } MB
# $message: the TOML reader's own English; $site: where the error stands
# (key, table, value, escape, syntax); $field: the field it names, if any.
S003-invalid-declaration-toml = invalid declaration.toml: { $message }
S001-declaration-folder-needs-declaration-hint = a declaration folder needs a declaration.toml; see docs/format.md
S004-whole-declaration-rarely-over-hint = a whole declaration is rarely over 1 MB: is this the right file?
S001-declaration-s-files-are-hint = a declaration's files are ordinary files: remove or rename this one
label-byte-not-utf-8 = this byte is not UTF-8
label-entry = in this entry

# src/load/templates.rs
R030-cannot-read-template-folder = cannot read the template folder { $dir }: { $reason }
R030-cannot-read = cannot read { $shown }: { $reason }
S002-not-valid-utf-8-3 = { $shown } is not valid UTF-8
R030-cannot-read-folder = cannot read the folder { $dir }
R030-cannot-read-2 = { $name } cannot be read: { $reason }
R031-leads-outside-template-folder = { $name } leads outside the template folder (to { $target })
R030-larger-than-16-mb = { $name } is larger than 16 MB
R030-templates-takes-folder-name-hint = --templates takes a folder of <name>.typ.hbs files
S002-save-template-utf-8-hint = save the template as UTF-8
R030-link-template-folder-must-hint = a link in the template folder must lead to a file in it
R031-templates-may-read-only-hint = templates may read only the files of their own folder: copy the file into it

# src/localize/mod.rs
F011-cannot-resolved = `{ $id }` cannot be resolved in { $lang }: { $error }
F011-check-message-s-variables-hint = check the message's variables and references; see docs/format.md
label-message = this message

# src/localize/wording.rs
F011-cannot-resolved-2 = `{ $override_id }` cannot be resolved in { $tag }: { $error }
F011-override-receives-hint = an override of `{ $id }` receives { $count ->
    [0] no variables of its own
   *[other] { $variables }
}
label-override = this override

# src/new.rs
C007-sengen-has-no-example = sengen has no example text in `{ $lang }`
S001-cannot-read = cannot read { $schema_path }
S003-invalid = invalid { $schema_path }: { $message }
C007-folder-cannot-name-declaration = the folder { $dir } cannot name a declaration
C007-folder-to-name = « { $name } » cannot be the new declaration's folder
C007-folder-to-name-hint = name it after the declaration, in lower-case Latin letters, digits and hyphens (it becomes its id): `lyon-2028`
C007-languages-with-example-vec-hint = languages with an example: { $languages }
S001-from-takes-folder-earlier-hint = --from takes the folder of an earlier declaration
S003-sengen-check-earlier-declaration-hint = `sengen check` on the earlier declaration says what is wrong
C007-name-folder-after-declaration-hint = name the folder after the declaration, in Latin letters and digits: `cannes-2026`
C007-sengen-new-writes-new-hint = sengen new writes a new folder and never overwrites one: name another

# src/options.rs
C002-layout-columns-layout-sequential = --layout columns and --layout sequential both write the bilingual PDF
C004-source-date-epoch-not = SOURCE_DATE_EPOCH={ $value } is not a number of seconds
C006-output-folder-inside-template = the output folder { $out } is inside the template folder { $templates }
C002-choose-one-bilingual-layout-hint = choose one bilingual layout per build
C004-set-seconds-since-1970-hint = set it to seconds since 1970-01-01, e.g. `SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)`
C006-every-file-template-folder-hint = every file of the template folder becomes part of the document: write the PDFs elsewhere

# src/pipeline.rs
C005-has-id-their-pdfs = { $dir } has the id `{ $id }` of { $earlier }: their PDFs would overwrite each other
C001-lang-declaration-has-no = --lang { $lang }: the declaration has no such language
C003-bilingual-layout-needs-declaration = a bilingual layout needs a declaration in two languages
C005-give-each-declaration-own-hint = give each declaration its own id, or build them into different output folders
C001-languages-are-hint = its languages are: { $have }
C003-declaration-only-hint = this declaration is only in { $have }

# src/render/mod.rs
R032-template-not-valid-handlebars = the template `{ $name }` is not valid Handlebars
R033-template-cannot-filled = the template `{ $name }` cannot be filled: { $reason }
R033-docs-format-md-lists-hint = docs/format.md lists what templates can use; strict mode refuses any other name

# src/serve/mod.rs
C011-port-127-0-0 = port { $port } of 127.0.0.1 is in use: is another `sengen serve` running?
C011-open-address-one-printed-hint = open the address that one printed, stop it (Ctrl-C), or give another port: --port 0 takes any free one

# src/translations.rs
L021-not-message-source = `{ $id }` is not a message of the { $tag } source
L021-has-no-text-mark = `{ $id }` has no { $lang } text to mark as reviewed
L021-name-messages-ftl-sengen-hint = name messages of { $tag }.ftl; `sengen translations DIR` lists them by status
L021-translate-ftl-first-hint = translate it in { $lang }.ftl first

# src/typeset/mod.rs
R003-typst = Typst: { $message }
R002-typst-cannot-typeset-what = Typst cannot typeset what the templates of { $dir } made: { $message }
R002-at-generated-source-hint = at { $rendered }:{ $line }:{ $column } of the generated source: { $text }
label-generated-source = in the generated source

# src/xliff/import.rs
L030-mb-sengen-reads-xliff = { $shown } is { $size } MB; sengen reads XLIFF files of up to { $limit } MB
S001-cannot-read-not-file = cannot read { $shown }: it is not a file but a { $kind }
L034-xliff-file-names-no = the XLIFF file names no target language
L031-unit-comes-twice = the unit `{ $id }` comes twice
L031-no-message-ftl = `{ $id }` is no message of { $tag }.ftl
L035-locked-target-was-ignored = `{ $id }` is locked: its target was ignored
L032-was-translated-from-older = `{ $id }` was translated from an older { $tag } text
L033-text = `{ $id }`: { $problem }
L033-foreign-element = an inline element sengen does not write ({ $equiv }): only the unit's own codes may stand in a target
L033-code-added = the code `{ $code }` is not one of the unit's: a code was added
L033-code-altered = the code `{ $code }` was altered: it stands for { $known }, not { $equiv }
L033-code-twice = the code `{ $code }` comes twice
L033-code-missing-from-target = `{ $id }`: the code `{ $code }` ({ $equiv }) is missing from the target
L030-declaration-s-xliff-tens-hint = a declaration's XLIFF is tens of kilobytes: is this the right file?
S001-give-xliff-file-translation-hint = give the XLIFF file the translation tool saved
L030-xliff-files-are-utf-hint = XLIFF files are UTF-8; save it again from the translation tool
L034-export-again-with-sengen-hint = export it again with `sengen xliff export DIR --lang LANG`
L031-unit-per-message-remove-hint = a unit per message: remove one
L031-xliff-comes-from-another-hint = the XLIFF comes from another declaration, or an older draft whose message was removed: export it again
L031-other-declaration = this XLIFF was exported from the declaration { $theirs }, not from { $ours }
L031-other-declaration-hint = send the translators the XLIFF of { $ours }, and bring back their work on it
L035-translate-ftl-itself-hint = translate it in { $tag }.ftl itself
L032-then-hint = then: { $text }
L032-now-hint = now: { $text }
L032-translate-unit-again-from-hint = translate the unit again from a new export, or take it as it is with `--accept-stale` (it stays marked stale)
L033-codes-stand-variables-terms-hint = codes stand for the variables, terms and superscripts of the text: keep each as the tool shows it, and add none
L033-put-back-where-translation-hint = put it back where the translation needs it: the PDF would lose what it stands for
label-no-target-language-1-2 = no target-language (1.2) or trgLang (2.0)
label-unknown-unit = unknown unit
label-message-with-variants = a message with variants
label-translated-from-version = translated from this version
label-code = this code
label-target = in this target
label-first-here = first here

# src/xliff/read.rs
L030-sengen-reads-xliff-1-hint = sengen reads XLIFF 1.2 and 2.0 as translation tools save them: well-formed XML in UTF-8, without a DOCTYPE; export the file again if in doubt
L030-not-well-formed-xml = not well-formed XML: { $error }
L030-xliff-file-not-utf = the XLIFF file is not in UTF-8
L030-entity-not-xml-s = the entity &{ $reference }; is not XML's: sengen expands no other
L030-undecodable-text = undecodable text: { $error }
read-not-xliff-1-2 = not an XLIFF 1.2 or 2.0 file (its root is not an <xliff> element of either namespace)
read-unit-without-id = a unit without an id
read-not-xliff-file-holds = not an XLIFF file: it holds no XML element

# src/import/docx.rs
I001-empty-0-bytes = is empty (0 bytes)
I001-word-97-2003-document = is a Word 97–2003 document (.doc), which sengen does not read
I001-not-docx-not-zip = is not a .docx: it is not a zip archive
I001-not-readable-zip-archive = is not a readable zip archive ({ $error })
I001-zip-archive-but-no = is a zip archive but no Word document (it has no word/document.xml)
I002-has-unreadable = has an unreadable { $path } ({ $error })
I002-has-damaged = has a damaged { $path } ({ $error })
I001-save-draft-again-from-hint = save the draft again from the word processor, as .docx
I001-open-word-processor-save-hint = open it in the word processor and save it as .docx (Word document), then import that
I001-docx-saved-word-libreoffice-hint = a .docx saved by Word or LibreOffice is a zip archive; save the draft as .docx, or give a text file (.txt, .md)
I001-save-draft-again-docx-hint = save the draft again as .docx
I001-save-draft-word-document-hint = save the draft as a Word document (.docx)
I001-holds-files = holds { $count } files

# src/check/lint/prose.rs
X004-days-come-from-data-hint = { $day ->
    [meeting] the meeting's days come from declaration.toml: use {"{"} $meeting-dates {"}"}, {"{"} $adoption-date {"}"}…
   *[adoption] the day of adoption comes from declaration.toml: use {"{"} $adoption-date {"}"}
}

# src/check/lint/translations.rs: on the page, the hints name its button.
L010-stale = the { $lang } text of `{ $id }` is stale: the { $source } source changed since it was translated
L010-stale-hint = { $where ->
    [page] update the translation, then press « { mark-reviewed } »
   *[terminal] update the translation, then `sengen translations DIR --mark-reviewed { $lang } { $id }`
}
L011-unreviewed = the { $lang } text of `{ $id }` was never recorded as reviewed
L011-unreviewed-hint = { $where ->
    [page] check it against the { $source } text, then press « { mark-reviewed } »
   *[terminal] check it against the { $source } text, then `sengen translations DIR --mark-reviewed { $lang } { $id }`
}

# src/check/lint/typography.rs
T202-japanese-quotes-hint = Japanese quotes with { $open }{ $close } (and { $inner_open }{ $inner_close } inside them)
T204-width-hint = letters and digits are { $wanted } ({ $other }) in this declaration (`typography.japanese-alphanumerics` in declaration.toml)
label-width = { $found }

# src/check/messages.rs
F004-undefined-message = reference to an undefined message `{ $name }`
F004-or-define-hint = or define `{ $name } = …` in { $lang }.ftl
F005-undefined-term = reference to an undefined term `-{ $name }`
F005-or-define-hint = or define `-{ $name } = …` in { $lang }.ftl

# src/check/signatories.rs
S028-remove-count-hint = remove `count` (it is computed from the list), or correct it; if the list is partial, say `complete = false`
S028-partial-list-hint = a partial list cannot hold more members than the count

# src/edit/mod.rs: a change that names what the declaration lacks
C013-no-message = the declaration has no message `{ $id }`
C013-no-message-hint = a change can name only messages the text defines
C013-message-exists = a message `{ $id }` exists already
C013-message-exists-hint = give the new message an id no message has
C013-toml-unreadable = declaration.toml does not read as TOML
C013-toml-unreadable-hint = `sengen check` says where; correct it first
C013-no-fact = the declaration has no `{ $path }` to set
C013-no-fact-hint = a change can set only the facts the declaration has
C013-no-block = the structure has no block `{ $id }`
C013-no-block-hint = a change can name only blocks of the structure
C013-block-exists = the structure has a block `{ $id }` already
C013-block-exists-hint = give the new block an id no block has
C013-language-exists = the declaration is written in { $lang } already
C013-language-exists-hint = a language is added once; its messages are translated in its .ftl
C013-block-needs-text = a new block needs its text in { $lang }, the declaration's source language
C013-block-needs-text-hint = type its { $lang } text; the translations can be left empty and done later
C013-block-no-language = the declaration is not written in { $lang }
C013-block-no-language-hint = give the texts of the declaration's own languages only
C013-block-no-place = nothing of this kind can stand after `{ $id }`
C013-block-no-place-hint = add a sub-section inside a section, and nothing after the closing
C013-cannot-move = `{ $id }` cannot move { $way ->
    [up] up: it is the first of its kind there
    [down] down: it is the last of its kind there
   *[into] there
    }
C013-cannot-move-hint = { $way ->
    [into] a block moves into a section or a sub-section, a sub-section into a section
   *[other] move it into another section instead
    }

# src/load/mod.rs: Fluent's syntax errors. `$error` is fluent-syntax's own
# English text; `$kind` says which error it is (expected-token, with the
# character in `$token`; expected-character; message-without-value;
# term-without-value; closing-brace; no-default-variant; unterminated-string;
# escape; expected-expression; other), for a sentence of the language's own.
F001-default-variant-hint = mark one variant as the default with `*`, e.g. `*[other]`
F001-closing-brace-hint = a literal `{"}"}` must be written `{"{"}"{"}"}"{"}"}`
F001-message-value-hint = a message needs a value after `=`
F001-syntax-hint = Fluent syntax: `id = text`, continuation lines indented; see docs/format.md

# src/load/mod.rs: what to do, by where in declaration.toml the error stands
# (`$site`: key, table, value, escape, syntax).
S003-site-hint = { $site ->
    [key] check the spelling; docs/format.md lists every field
    [table] add the field; docs/format.md lists what each table needs
    [value] the value has the wrong type; docs/format.md gives each field's type
    [escape] a \u escape must name a character: \uD800–\uDFFF are halves of UTF-16 pairs (a bad export); write the character itself
   *[syntax] see docs/format.md for the format of declaration.toml
}

# src/translations.rs
L021-not-a-translation = `{ $lang }` is not a translation of this declaration (its source language is { $source })
L021-no-translation-hint = a declaration in one language has no translation to review
L021-translated-languages-hint = its translated languages are { $languages }

# src/xliff/mod.rs
L034-no-translation-hint = a declaration in one language has no translation to exchange
L034-translated-languages-hint = its translated languages are { $languages }
L034-no-language = the declaration has no language
L034-not-a-translation = `{ $lang }` is not a translation of { $id } (its source language is { $source })

# src/xliff/import.rs
label-target-language = the file's target language
label-exported-from = exported from another declaration

# src/xliff/read.rs
L030-dtd = the XLIFF file declares a DTD: sengen reads none (it could define entities)

# src/main.rs
C014-unknown-ui-lang = --ui-lang { $lang }: sengen does not speak this language
C014-ui-languages-hint = the languages sengen speaks: { $languages }

# src/import/docx.rs: why a part of a .docx is refused (the end of I003).
I003-not-well-formed = not well-formed XML ({ $error })
I003-dtd = a DTD, which sengen never reads (it could define entities)
I003-not-utf8 = not in UTF-8
I003-entity = the entity &{ $reference }; is not XML's own: sengen expands no other
I003-undecodable = undecodable text ({ $error })

# src/load/mod.rs: placeables nested deeper than sengen reads.
F012-too-deep = placeables nested more than { $deepest } deep
F012-too-deep-hint = a text needs two or three levels of {"{"} {"}"} at most: close the braces that were opened, or remove the extra ones
label-too-deep = this {"{"} opens one level too many

# src/check/signatories.rs: a count past what sengen lays out.
S041-too-many-signatories = the delegation `{ $id }` has { $count } signatories; sengen lays out up to { $most } per delegation
S041-too-many-hint = check the count (a zero too many?); a delegation of more than { $most } signatories is not a declaration's
label-too-many = too many

# src/xliff/read.rs, src/import/docx.rs: elements nested past what any real file does.
L030-too-deep = elements nested more than { $deepest } deep: not a file a translation tool writes
I003-too-deep = elements nested more than { $deepest } deep: not a part a word processor writes

# src/xliff/import.rs: a superscript written as text in a target.
L033-sup-as-text = the target writes <sup> as text: a superscript is a code of the unit
label-sup-as-text = <sup> as text

# src/pipeline.rs: a build stopped while it replaced its PDFs.
C015-interrupted = an earlier build into { $dir } stopped while it replaced { $files }: they may come from two builds
C015-interrupted-hint = { $left ->
    [0] this build writes them all again
   *[other] this build does not write { $files } again: build them too, or check their fingerprints agree
}
C016-upload-too-large = { $name } is { $size } MB: too large for the page
C016-upload-too-large-hint = the page takes files of up to { $limit } MB; a declaration's draft is a few hundred kB: check it is the right file
C016-upload-cut = { $name } did not arrive whole
C016-upload-cut-hint = drop it on the page again
C016-archive-unreadable = { $name } is not a readable zip archive ({ $error })
C016-archive-too-many = { $name } holds { $count } files: far more than a declaration's folder
C016-archive-no-declaration = { $name } holds no declaration folder (no declaration.toml at its root or in a folder at its root)
C016-archive-file-too-large = { $name }: { $file } is larger than a declaration's file can be
C016-archive-not-utf-8 = { $name }: { $file } is not UTF-8 text
C016-archive-hint = compare with the .zip of a declaration's folder as sengen reads it (declaration.toml, its .ftl files, translations.lock), or with a .docx draft

# src/load/templates.rs
R030-not-a-file = cannot read { $shown }: it is not a file but a { $kind }
R030-folder-too-large = the template folder { $dir } holds more than { $limit } MB
R030-folder-too-large-hint = a template folder holds templates and a few images: remove what the documents do not use

# src/cmd/limited.rs: a build with a user's templates stopped by its limits ($limit: memory or time).
R034-templates-stopped = the templates needed more { $limit ->
    [time] time than a build may take ({ $seconds } s of processor time)
   *[memory] memory than a build may use ({ $gigabytes } GB)
}: the build was stopped
R034-templates-stopped-hint = { $limit ->
    [time] a template loops for too long (a `for` over a huge range, a loop that never ends): correct it
   *[memory] a template makes something enormous (a huge array, a string repeated millions of times): correct it
}

# src/typeset/mod.rs: --signature-fields with templates of one's own that label no signature box.
R035-no-signature-box = the templates in { $dir } give no signature box for the field { $field }: --signature-fields cannot place it
R035-no-signature-box-hint = keep, in your `signature-block`, the 16 mm block of sengen's own style.typ.hbs with its two labels (`sengen-sig-` and `sengen-sig-end-` and the block's `field`), or build without --signature-fields

# src/xliff/import.rs: the units past the first fifty that are no message.
L031-more-unknown = and { $count } more { $count ->
    [one] unit that is no message
   *[other] units that are no messages
} of { $tag }.ftl

# src/import/mod.rs
I009-not-a-folder = { $dir } is a file, not a folder
I002-too-many-paragraphs = { $name } has { $count } paragraphs; a declaration's draft has at most { $most }
I002-too-many-paragraphs-hint = is this the right file? A declaration's draft is a few pages

# src/localize/mod.rs: a title too long to name a PDF.
F013-title-too-long = the title `{ $id }` is { $length } characters long in { $lang }; a PDF's title has at most { $longest }
F013-title-too-long-hint = a title is a line or two: the rest of the text belongs in the preamble or a paragraph
label-title = this title

# src/verify/mod.rs, src/cmd/verify.rs: sengen verify.
V001-unreadable = { $file } is not a PDF sengen can read: { $detail }
V001-unreadable-hint = give the signed PDF itself, as the signatories returned it (a copy printed to PDF or scanned has no signatures)
V001-cannot-read = cannot read { $file }: { $reason }
V001-not-a-file = it is not a file
V001-too-large = it is larger than { $megabytes } MB
V002-no-signature = { $file } has { $fields ->
    [0] no signature field and no signature
   *[other] no signature yet: none of its { $fields } signature fields is signed
}
V002-no-signature-hint = { $fields ->
    [0] build the PDF with `sengen build --signature-fields`, so that each signatory has a field to sign in
   *[other] each signatory signs its own field (docs/signing.md); then verify the signed file
}
# $why: not-four-numbers, not-a-revision, gap or no-dictionary.
V003-byte-range = the signature in { $field } does not cover the file as it was when signed: { $why ->
    [not-four-numbers] its byte range is not four numbers from 0
    [not-a-revision] its byte range does not end where a revision of the file ends
    [gap] what its byte range leaves out is not exactly its own value
   *[no-dictionary] its signature dictionary is missing
}
V003-byte-range-hint = a signature covers the whole file as it was when it was made, but its own value: this copy was altered, or signed by a tool that does not follow PAdES
V004-digest = the signature in { $field } does not match the bytes it signed (revision { $revision }): the file was changed after it was signed
V004-digest-hint = do not rely on this copy: ask the secretariat for the signed file as the last signatory returned it
# $kind: signature, unsupported or unreadable; $detail: the algorithm or the reader's words.
V005-not-verified = the signature in { $field } (revision { $revision }) { $kind ->
    [signature] does not verify with the certificate it carries
    [unsupported] uses an algorithm sengen does not verify ({ $detail })
   *[unreadable] cannot be read as a CMS signature ({ $detail })
}
V005-not-verified-hint = { $kind ->
    [signature] the signature was not made with the key of that certificate, or was altered: ask the signatory to sign again
    [unsupported] sengen verifies RSA (PKCS #1 v1.5, PSS) and ECDSA P-256 and P-384 with SHA-256, -384 or -512; verify this one with the signer's own tool
   *[unreadable] the signing tool wrote no CMS signature of the kind PAdES uses (ETSI.CAdES.detached, adbe.pkcs7.detached): sign again with a PAdES tool
}
# $how: added, removed or changed; $kind: what the object is; $others: how many more objects the revision changes.
V006-changed-after-signing = revision { $revision } { $how ->
    [added] adds
    [removed] removes
   *[changed] changes
} { $kind ->
    [page] a page
    [content] a content stream (what a page shows)
    [structure] the document's structure (what screen readers read)
    [annotation] an annotation
    [field] a form field
    [signed-field] a field already signed
    [catalog] the document catalog
    [appearance] an appearance
    [metadata] the metadata
    [signature] a signature dictionary
    [font] a font
   *[other] an object
} (object { $object }) after a signature{ $others ->
    [0] {""}
    [one] , and one other object
   *[other] , and { $others } other objects
}: more than signing
V006-changed-after-signing-hint = after a signature, a revision may only fill a signature field; the file as it was signed ends at the revision before this one
# $known: yes when the field it was signed in is named ($signed_in).
V007-moved = the signature now in { $field } { $known ->
    [yes] was made in the field { $signed_in }
   *[no] was made in no field of the file as signed
}: it was moved
V007-moved-hint = a signature stands for the signatory of the field it was made in: ask for the file as it was signed
# $why: no-issuer or expired.
V008-not-trusted = the certificate of { $signer } (field { $field }) { $why ->
    [expired] was not valid when the signature was made
   *[no-issuer] does not chain to a certificate you trust
}
V008-not-trusted-hint = check that the file given with --trust holds the root certificate (and any intermediate) of the signer's authority (LGPKI, an eIDAS trust service)
V008-no-certificates = { $file } holds no certificate that reads (PEM: -----BEGIN CERTIFICATE-----)
V008-no-certificates-hint = give a PEM file of the certificates to trust: the root certificate of each signer's authority
# $fingerprint: same, other or unread; $stated: the first digits the file's pages state.
V009-not-this-build = { $file } is not the build of { $dir } as it stands: { $fingerprint ->
    [same] its pages state the same fingerprint ({ $declared }), but its bytes differ
    [other] its pages state the fingerprint { $stated }, the declaration's is { $declared }
   *[unread] none of the declaration's PDFs is its first revision
}
V009-not-this-build-hint = { $fingerprint ->
    [same] the same sources, built by another version of sengen or with other settings (SOURCE_DATE_EPOCH, your templates): build with them to compare
   *[other] the PDF was made from other sources: another draft, or another declaration
}
V009-declaration-invalid = { $dir } does not build, so the PDF cannot be compared with it
V009-declaration-invalid-hint = its own problems follow; give the folder as it was when the PDF was built (`git worktree add` at that revision)
