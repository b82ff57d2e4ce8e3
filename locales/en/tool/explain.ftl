# sengen's explanations of its diagnostic codes (`sengen explain CODE`), and the
# one-line summary of each (`sengen explain`, the table of codes in docs/format.md).
# A code stays a code in every language. Braces and a line's first `[`, `*` or `.`
# are written as string literals ({"{"}, {"["}) so that they read as text.

## The families of codes, by their letter

family-S = the declaration's files and their structure (`declaration.toml`)
family-F = the Fluent text files (`<lang>.ftl`)
family-G = glyphs: characters the fonts cannot draw
family-B = bad characters: invisible, or lost in a conversion
family-X = facts typed into the prose instead of taken from the data
family-P = parity between the languages
family-L = languages and translations (`translations.lock`)
family-T = typography
family-R = templates and typesetting
family-I = importing a draft from a word processor (`sengen import`)
family-V = signed PDFs (`sengen verify`)
family-C = the command line and the environment

## S001
S001-summary = a file or the declaration folder cannot be read
S001 =
    sengen could not read a file it needs: the declaration folder itself, its
    declaration.toml, or one of its <lang>.ftl files. The message gives the reason
    the system gave (no such file, permission denied).

    Example:
        sengen build fixtures/shizuoka-2042      (a folder that does not exist)

    Give the folder that holds declaration.toml and the <lang>.ftl files, and check
    that you may read them.

## S002
S002-summary = a file is not valid UTF-8
S002 =
    Every text file of a declaration is read as UTF-8. A file saved in another
    encoding (Shift_JIS, Windows-1252, UTF-16) stops at its first byte that is not
    UTF-8; the diagnostic points at it.

    Example: a ja.ftl saved by an old editor in Shift_JIS.

    Save the file again as UTF-8 (every modern editor offers it).

## S003
S003-summary = `declaration.toml` is not valid TOML, or does not match the format
S003 =
    declaration.toml is TOML, and every key it may hold is listed in
    docs/format.md. A syntax error, an unknown key (often a misspelling), a
    missing key or a value of the wrong type is reported at its place.

    Example:
        {"["}meeting]
        editon = 12        # unknown field `editon`, expected one of `edition`, ...

    Correct the spelling, add the missing key or give the value its type; an editor
    that reads docs/declaration.schema.json completes and checks the file as you type.

## S004
S004-summary = a text file is larger than 8 MB
S004 =
    A whole declaration is rarely over 1 MB. Time and memory grow with the text
    (about 3 s and 250 MB per MB), so a larger file is refused before it exhausts
    the machine.

    Example: a ja.ftl into which a whole report was pasted by mistake.

    Check that this is the right file.

## S010
S010-summary = the edition is 0
S010 =
    `meeting.edition` counts the meetings of the series from 1.

    Example:
        {"["}meeting]
        edition = 0

    The first meeting of a series is edition 1.

## S011
S011-summary = the meeting closes before it opens
S011 =
    `meeting.closes` is a day before `meeting.opens`.

    Example:
        opens = 2024-11-21
        closes = 2024-11-18

    Swap the two dates, or correct one of them.

## S012
S012-summary = the declaration is adopted outside the meeting's days
S012 =
    A declaration is adopted during its meeting: `adoption.date` must fall between
    `meeting.opens` and `meeting.closes`.

    Example:
        {"["}meeting]
        opens = 2024-11-18
        closes = 2024-11-21
        {"["}adoption]
        date = 2024-11-22

    Correct the adoption date or the meeting's days.

## S013
S013-summary = the declaration's id cannot name the output files
S013 =
    The id names every output (`shizuoka-2024` gives shizuoka-2024.fr.pdf), so it
    is made of lowercase letters, digits and single hyphens.

    Example:
        id = "Shizuoka 2024"

    Write it `shizuoka-2024`.

## S014
S014-summary = a date has a time of day, or is not a date
S014 =
    Dates in declaration.toml are TOML local dates, without a time or an offset.

    Example:
        date = 2024-11-21T10:00:00

    Write `date = 2024-11-21`.

## S015
S015-summary = a delegation's id is not valid
S015 =
    A delegation's id names its count in the text (`{"{"} $japan-count {"}"}`), so it
    starts with a letter and holds lowercase letters, digits and single hyphens.

    Example:
        id = "Japan"

    Write `id = "japan"`.

## S016
S016-summary = two delegations have the same id
S016 =
    Each delegation needs its own id: the text could not tell `{"{"} $japan-count {"}"}`
    of one from the other's.

    Give each delegation its own id.

## S017
S017-summary = the declaration has no language
S017 =
    `languages` lists the declaration's languages, each with its <tag>.ftl; an empty
    list leaves nothing to build.

    Example:
        languages = []

    Write for instance `languages = ["fr", "ja"]`.

## S018
S018-summary = a language is not a BCP 47 tag
S018 =
    Languages are named by BCP 47 tags: `fr`, `ja`, `en`, `fr-CA`.

    Example:
        languages = ["French"]

    Write `languages = ["fr"]`.

## S019
S019-summary = a language is listed twice
S019 =
    Each language is listed once in `languages`.

    Example:
        languages = ["fr", "ja", "fr"]

    Remove the repetition.

## S020
S020-summary = a language has no text file
S020 =
    Each language listed needs its text, in <tag>.ftl beside declaration.toml.

    Example: `languages = ["fr", "ja"]` in a folder with fr.ftl only.

    Create ja.ftl, with the text in Japanese, or remove the language.

## S021
S021-summary = a sub-section comes before any section
S021 =
    A `subsection` heading belongs to the section before it; one before the first
    `section` belongs to none.

    Example:
        body = [
          {"{"} subsection = "w1-mobility" {"}"},
          {"{"} section = "workshop-1" {"}"},
        ]

    Start a section first, or make the heading a `section`.

## S022
S022-summary = a list names no message
S022 =
    An `items` or `commitments` block lists the messages of its entries; an empty
    one would print nothing.

    Example:
        {"{"} items = [] {"}"}

    Name at least one message, or remove the block.

## S023
S023-summary = a section or sub-section is empty
S023 =
    A heading with nothing under it is almost always a block forgotten or put in
    the wrong place.

    Example:
        {"{"} section = "workshop-1" {"}"},
        {"{"} section = "workshop-2" {"}"},

    Add the section's paragraphs or lists, or remove the heading.

## S024
S024-summary = a message id is used twice in the structure
S024 =
    Each block has its own message. The same id twice prints the same text twice,
    almost always a copy-paste slip.

    Example:
        {"{"} paragraph = "context" {"}"},
        {"{"} paragraph = "context" {"}"},

    Give the second block its own message (copy the text under a new id if it
    really repeats).

## S025
S025-summary = a setting names a language that is not in `languages`
S025 =
    `translation.provisional`, `calendar` and `bilingual.pair` may only name
    languages of the declaration.

    Example:
        languages = ["fr", "ja"]
        {"["}calendar]
        jp = "japanese"

    Write `ja`, the tag the declaration lists.

## S026
S026-summary = `bilingual.pair` is not two different languages
S026 =
    The bilingual PDF sets two languages side by side: `pair` names the left
    column's language, then the right one's.

    Example:
        {"["}bilingual]
        pair = ["fr", "fr"]

    Write `pair = ["fr", "ja"]`.

## S027
S027-summary = a delegation has neither a count nor members
S027 =
    The signature pages need to know how many sign for a delegation: list its
    signatories, or give `count` when they are not known yet.

    Example:
        {"["}[delegations]]
        id = "france"

    Add `count = 19`, or the delegation's [[delegations.members]].

## S028
S028-summary = a delegation's count disagrees with its list of members
S028 =
    When a delegation lists its members, its count is the length of the list; a
    `count` that says otherwise is a contradiction the text would repeat.

    Example:
        count = 20         # but 19 [[delegations.members]] follow

    Remove `count` (it is computed), or correct it; if the list is partial, say
    `complete = false`.

## S029
S029-summary = a fact the declaration must give is not given
S029 =
    A declaration needs the days of its meeting (when it has one), the day and
    the place of its adoption. Each missing one is named, all at once; `sengen new
    --from` leaves them out on purpose, for the secretariat to fill in.

    Example:
        {"["}adoption]
        place = "adoption-place"      # no `date`

    Add `date = 2026-10-16` under [adoption].

## S040
S040-summary = `signatures.order` does not name each delegation once
S040 =
    `[signatures] order.<lang>` gives the order of the parties in that language's
    copy, as delegation ids: each delegation once, and nothing else.

    Example:
        {"["}signatures]
        order.en = ["ashford-bay"]           # leaves out midorikawa

    Name every delegation: `order.en = ["ashford-bay", "midorikawa"]`.

## F001
F001-summary = a Fluent syntax error
F001 =
    A <lang>.ftl file is Fluent: `id = text`, continuation lines indented,
    placeables in braces. The diagnostic points where the syntax breaks, and at the
    entry it broke when it started on an earlier line (an unclosed `{"{"}`).

    Example:
        title = Déclaration de {"{"} -host-city

    Close the placeable: `{"{"} -host-city {"}"}`.

## F002
F002-summary = a message or term is defined twice
F002 =
    Each message and term of a file has one definition; with two, which one the
    document prints would depend on their order.

    Example:
        title = Déclaration de Shizuoka
        title = Déclaration de Lyon

    Give each message its own id, or delete one of them.

## F003
F003-summary = an unknown variable
F003 =
    The text reads the declaration's facts as variables (`{"{"} $japan-count {"}"}`,
    `{"{"} $meeting-dates {"}"}`); any other variable has no value. The hint lists the
    variables this declaration supplies and the closest one.

    Example:
        preamble = Nous, représentants de {"{"} $japon-count {"}"} collectivités japonaises

    Write `{"{"} $japan-count {"}"}`; docs/format.md lists every variable.

## F004
F004-summary = a reference to a message the file does not define
F004 =
    `{"{"} title {"}"}` inside a message prints the message `title`; it must exist in the
    same file.

    Example:
        closing = Ainsi adoptée, la {"{"} titel {"}"}.

    Correct the id, or define the message.

## F005
F005-summary = a reference to a term the file does not define
F005 =
    `{"{"} -host-city {"}"}` prints the term `-host-city`, defined in the same file as
    `-host-city = Shizuoka`.

    Example:
        title = Déclaration de {"{"} -host-cty {"}"}

    Correct the name, or define the term.

## F006
F006-summary = an unknown function
F006 =
    Messages may call the functions sengen provides (`NUMBER`); any other has no
    meaning.

    Example:
        preamble = {"{"} UPPER($japan-count) {"}"} collectivités

    Remove the call, or use NUMBER.

## F007
F007-summary = an override of a message sengen's wording does not have
F007 =
    A declaration's <lang>.ftl may replace any message of sengen's own wording
    (the dateline, the labels of the signatures…) by defining it with the prefix
    `sengen-`: `sengen-dateline = …`. The id after the prefix must be one of
    sengen's; the hint suggests the closest, and `docs/format.md` lists them.

    Example:
        sengen-date-line = Fait à {"{"} $place {"}"}, le {"{"} $date {"}"}

    Write `sengen-dateline`.

## F010
F010-summary = a message the structure needs has no text in a language
F010 =
    Every message declaration.toml names (a heading, a paragraph, a place, a
    signatory's government) needs a text in every language, or the PDFs of that
    language would have a hole. A message with attributes only has no text either.

    Example: `{"{"} paragraph = "context" {"}"}` in declaration.toml, and no `context = …`
    in ja.ftl.

    Add the message to that language's file (the hint suggests a close id if the
    one named is misspelt).

## F011
F011-summary = a message cannot be resolved
F011 =
    Fluent could not resolve the message in that language: a reference loops, or
    a selector has no variant for the value. sengen never prints `{"{"}$x{"}"}` on paper.

    Example:
        a = {"{"} b {"}"}
        b = {"{"} a {"}"}

    Break the loop, or add the missing variant.

## F020
F020-summary = a message that no structure uses
F020 =
    A message no block, signatory or other message uses is usually a leftover, or
    an id misspelt on one side (the misspelt one then shows as F010 as well).

    Name it in declaration.toml, or delete it.

## G001
G001-summary = a character no font of its language can draw
G001 =
    Every character of the text must be drawable by the fonts sengen typesets that
    language with (compiled into sengen), or the PDF would show an empty box.

    Example: 𠮷 (U+20BB7, a variant of 吉) in ja.ftl; a NUL byte pasted with the text.

    Use the common form of the character (吉), or a description; ask for a font that
    has it if the name must be written so.

## B001
B001-summary = a bidirectional control character
B001 =
    Characters such as U+202E (RIGHT-TO-LEFT OVERRIDE) are invisible and reorder
    the text around them: what a reader sees is not what the file says. Neither
    French nor Japanese needs them.

    `sengen check --fix` deletes them; keep one only to quote a right-to-left script.

## B002
B002-summary = a zero-width character in Japanese text
B002 =
    Zero-width spaces (U+200B) and joiners pasted from word processors are
    invisible: they break searches in the PDF and Japanese line breaking.

    `sengen check --fix` deletes them.

## B003
B003-summary = U+FFFD �, the mark of a character lost in a conversion
B003 =
    U+FFFD replaces a character a program could not convert: the original
    character is gone. Fluent also gives it for `{"{"}"\uD800"{"}"}`, half of a UTF-16 pair.

    Example:
        place = Shizuoka, le 21 novembre 2024 � 10 h

    Type what the original says.

## X001
X001-summary = a count in the prose contradicts the delegations
X001 =
    A number of local governments typed into the text disagrees with the
    delegations of declaration.toml: one of them is wrong, and the signature pages
    follow the data.

    Example: the preamble says « 37 collectivités japonaises » and the Japanese
    delegation lists 36 members.

    Write the count as a variable (`{"{"} $japan-count {"}"}`), so the text follows the data.

## X002
X002-summary = a count or an edition typed by hand
X002 =
    The number in the text matches the data today, but typed by hand it will not
    follow the data when the data changes (the next draft, the next edition).

    Example:
        meeting = 8<sup>e</sup> Rencontres franco-japonaises

    `sengen check --fix` replaces it by its variable (`{"{"} $edition-ordinal {"}"}`).

## X003
X003-summary = the prose names an edition later than the next one
X003 =
    The text names an edition of the series after the next one: a typo, or a text
    copied from a later declaration.

    Example: « les 10<sup>e</sup> Rencontres » in the declaration of the 8th.

    Use `{"{"} $edition-ordinal {"}"}` or `{"{"} $next-edition-ordinal {"}"}`.

## X004
X004-summary = the prose dates a day of the meeting in another year
X004 =
    A date typed in the text falls on one of the meeting's days, but in another
    year: almost always last time's text, not updated.

    Example: « le 21 novembre 2023 » in the declaration of a meeting of 18–21
    November 2024.

    Use `{"{"} $meeting-dates {"}"}`, `{"{"} $adoption-date {"}"}`…, which follow the data.

## P001
P001-summary = a list inside a message has another number of entries in another language
P001 =
    A message that holds a list on its lines (lines starting with -, ・, ①, 1.)
    must list as many entries in every language, or one version says more than the
    other.

    Make the lists agree, or make the list an `items` block in declaration.toml.

## L001
L001-summary = sengen has no wording or rules for a language
L001 =
    sengen writes some words itself (the dateline, the labels of the signature
    pages, ordinals, dates) and typesets each language by its rules; both come
    from sengen's locales/<tag>/ folder. A language without one cannot be built.

    Example:
        languages = ["ko"]

    Use a language sengen has (the hint lists them), or add locales/<tag>/ to
    sengen: its wording (sengen.ftl) and its profile (profile.toml).

## L010
L010-summary = a translation is stale
L010 =
    translations.lock records, for each translated message, the source text it was
    reviewed against. The source changed since: the translation may no longer say
    the same thing.

    Update the translation, then record it:
        sengen translations DIR --mark-reviewed ja <id>

## L011
L011-summary = a translation was never recorded as reviewed
L011 =
    The declaration keeps a translations.lock, but this translated message is not
    in it: no one has recorded checking it against the source.

    Check it, then: sengen translations DIR --mark-reviewed ja <id>

## L020
L020-summary = `translations.lock` is invalid
L020 =
    translations.lock is TOML written by `sengen translations --mark-reviewed`:
    a table per translated language, `message-id = "hash"` in each.

    Delete it to start over, and record the reviewed translations again.

## L021
L021-summary = `--mark-reviewed` cannot record a message
L021 =
    `sengen translations --mark-reviewed LANG [ID…]` records translations of LANG
    as reviewed. LANG must be one of the declaration's translated languages (not
    its source language), and each ID a message of the source with a text in LANG.

    Example:
        sengen translations fixtures/shizuoka-2024 --mark-reviewed ja titel

    Correct the language or the id.

## L030
L030-summary = an XLIFF file cannot be read
L030 =
    `sengen xliff import` reads an XLIFF 1.2 or 2.0 file as hostile input: it
    must be well-formed XML in UTF-8, of at most 16 MB, without a DTD (a DTD can
    declare entities that expand to gigabytes, or read files: sengen reads none)
    and without entities other than XML's own (&lt; &amp;…).

    Example: an XLIFF file that starts with <!DOCTYPE xliff [ <!ENTITY …> ]>.

    Save the file again from the translation tool, or export it again.

## L031
L031-summary = an XLIFF unit the declaration does not have
L031 =
    Each unit of an XLIFF file is a message of the declaration's source text
    (its id, `id.attr` for an attribute, `-term` for a term), once. A unit of
    another id comes from another declaration, or from a draft whose message has
    been removed or renamed since.

    Export the file again (`sengen xliff export`) and translate that one.

## L032
L032-summary = an XLIFF unit translated from an older source text
L032 =
    The source text of the unit has changed since the file was exported: the
    translation may say what the text no longer says. The hints show the text
    the translation was made from and today's.

    Translate the unit again from a new export, or take it as it is with
    `sengen xliff import DIR FILE --accept-stale`: it is then marked stale
    (L010) until someone reviews it.

## L033
L033-summary = a protected code of an XLIFF unit is missing, added or altered
L033 =
    The codes of a unit stand for what the text does not spell out: a variable
    ({"{"} $japan-count {"}"}), a term ({"{"} -host-city {"}"}), a message, a superscript. A
    translation keeps each of them and adds none; a code whose id or meaning
    changed would print something else, or nothing.

    Put the code back as the tool shows it in the source.

## L034
L034-summary = an XLIFF file for a language that is no translation of the declaration
L034 =
    `sengen xliff` exchanges a translation: its target language must be one of
    the declaration's languages other than the first (the source).

    Example:
        sengen xliff export fixtures/shizuoka-2024 --lang fr     (French is the source)

## L035
L035-summary = an XLIFF unit that is locked was changed
L035 =
    A message that chooses among variants (a Fluent selector, such as plural
    forms) is exported locked, with a note: translation tools have no common way
    of editing Fluent variants. Its target is not imported.

    Translate it in the <lang>.ftl file itself.

## T101
T101-summary = French: a narrow no-break space before ; ! ?
T101 =
    French typography puts a narrow no-break space (U+202F) before ; ! and ?, so
    the sign never starts a line.

    Example: « Agissons ! » typed with an ordinary space.

    `sengen check --fix` puts it in.

## T102
T102-summary = French: a no-break space before :
T102 =
    French typography puts a no-break space (U+00A0) before a colon (not between
    digits, as in 10:30, nor in an address, as in https:).

    `sengen check --fix` puts it in.

## T103
T103-summary = French: narrow no-break spaces inside « »
T103 =
    French guillemets take a narrow no-break space (U+202F) inside: « texte ».

    `sengen check --fix` puts them in.

## T104
T104-summary = French: a straight apostrophe
T104 =
    French writes the apostrophe ’ (U+2019). The PDF already prints ’ for a
    straight apostrophe between two letters, so this is a note, not a warning:
    the PDF is right, and the file is right too when it says so.

    `sengen check --fix` replaces it.

## T105
T105-summary = French: a straight double quote
T105 =
    French quotes with guillemets: « … », with narrow no-break spaces inside.

    Replace the quotes by hand (which one opens is yours to say).

## T106
T106-summary = French: a long ordinal suffix
T106 =
    French ordinals take the short suffix: 1re, 1res, 8e, not 1ère or 8ème.

    Example: « la 2ème édition » is written « la 2<sup>e</sup> édition ».

## T107
T107-summary = French: an ordinal without its superscript
T107 =
    French ordinals set their suffix as a superscript: 8<sup>e</sup>.

    `sengen check --fix` adds it; a variable such as `{"{"} $edition-ordinal {"}"}` is
    better where the ordinal is a fact.

## T108
T108-summary = French: several spaces in a row
T108 =
    One space separates words; several in a row are a typing slip (the PDF would
    show one, the file misleads).

    `sengen check --fix` leaves one.

## T109
T109-summary = French: a hyphen between spaces
T109 =
    Between spaces a dash is meant: the en dash – (U+2013).

    `sengen check --fix` replaces it.

## T201
T201-summary = Japanese: half-width punctuation beside Japanese
T201 =
    Beside Japanese characters, punctuation is full-width: 、。（）！？.

    Example: 静岡市(日本) is written 静岡市（日本）.

    `sengen check --fix` replaces it (with the full stop and comma the text uses).

## T202
T202-summary = Japanese: an ASCII quote beside Japanese
T202 =
    Japanese quotes with 「」 (and 『』 inside them), not with " or '.

    Replace the quotes by hand.

## T203
T203-summary = Japanese: two kinds of full stop or comma
T203 =
    A Japanese text uses one full stop (。 or ．) and one comma (、 or ，)
    throughout; sengen takes the one the text uses most.

    `sengen check --fix` replaces the others.

## T204
T204-summary = Japanese: letters or digits in the other width
T204 =
    Latin letters and digits in Japanese text are half-width (2024年) or full-width
    (２０２４年) as the declaration's house rule says
    (`typography.japanese-alphanumerics`, half-width by default).

    `sengen check --fix` converts them.

## R001
R001-summary = Typst cannot typeset the source sengen's own templates made
R001 =
    The Typst source sengen generates from its own templates is always valid; if
    Typst rejects it, that is a bug in sengen, reported as an internal failure
    (exit 2) with Typst's message against the generated source.

    Please report it, with the declaration that shows it.

## R002
R002-summary = Typst cannot typeset the source a custom template made
R002 =
    With `--templates DIR`, the generated source is the templates'. Typst rejected
    it: it is not valid Typst, or it reads a file it may not (an absolute path, `../`,
    the declaration's folder, a package): a document reads only the files of its
    template folder. The hint quotes the generated line.

    Example: `#image("/etc/passwd")` in a template.

    Correct the template; copy the files it needs into its folder.

## R003
R003-summary = Typst warns about the generated source
R003 =
    Typst typeset the document but warned about it (a font it does not know, a
    layout that did not converge). sengen's own templates give none, so the cause
    is usually a custom template; the warning points into the generated source
    (`--emit typst` writes it).

    Example: `#text(font: "Helvetica")` in a template: sengen has only its own fonts.

## R030
R030-summary = the template folder or one of its files cannot be read
R030 =
    `--templates DIR` must be a readable folder; each of its files is read into
    memory before typesetting (16 MB at the most each).

    Check the path and the files' permissions.

## R031
R031-summary = a link in the template folder leads outside it
R031 =
    A template may read only the files of its own folder: a link to a file
    elsewhere would let a document read what its author did not put there.

    Copy the file into the template folder instead of linking to it.

## R032
R032-summary = a template is not valid Handlebars
R032 =
    A `<name>.typ.hbs` file of the template folder does not parse as Handlebars;
    the diagnostic points at the place.

    Example:
        {"{"}{"{"}#each body{"}"}{"}"} … (no {"{"}{"{"}/each{"}"}{"}"})

    Close the block.

## R033
R033-summary = a template names something its context does not have
R033 =
    Templates run in Handlebars' strict mode: a misspelt variable is an error, not
    an empty string on paper. docs/format.md lists what each template receives.

    Example:
        {"{"}{"{"}edition.titel{"}"}{"}"}

    Write `{"{"}{"{"}edition.title{"}"}{"}"}`.

## V001
V001-summary = the file is not a PDF sengen can read
V001 =
    `sengen verify` reads the signed PDF as the signatories returned it. It
    could not: the file is missing, not a PDF, encrypted, damaged, or
    larger than 256 MB. A copy printed to PDF, or scanned, keeps the look of
    the signatures but none of the signatures themselves.

    Ask the secretariat for the signed file as the last signatory sent it.

## V002
V002-summary = the PDF has no signature
V002 =
    Nothing in the file is signed, so nothing can be verified. A PDF built
    with `sengen build --signature-fields` has one empty field for each
    signatory; each signs their own, one after the other (docs/signing.md).

## V003
V003-summary = a signature does not cover the file as it was when signed
V003 =
    A PDF signature covers a byte range: the whole file as it was when the
    signature was made, but the signature's own value. Here the range does
    not end where a revision of the file ends, or leaves out more than the
    value: bytes that the signature does not protect could be anything.

    Do not rely on this copy; ask for the file as it was signed.

## V004
V004-summary = a signature does not match the bytes it signed: the file was changed
V004 =
    The signature states the digest (SHA-256…) of the bytes it signed. The
    bytes of its range no longer have that digest: something in the file,
    as it was signed, has been changed since, even one byte.

    Do not rely on this copy; ask for the file as the last signatory
    returned it.

## V005
V005-summary = a signature does not verify, or cannot be read
V005 =
    The signature's value does not verify with the public key of the
    certificate it carries, or sengen cannot read it: it is no CMS
    signature of the kind PAdES uses, or it uses an algorithm sengen does
    not verify (sengen verifies RSA PKCS #1 v1.5 and PSS, ECDSA P-256 and
    P-384, with SHA-256, SHA-384 or SHA-512).

## V006
V006-summary = a revision after a signature changes more than signatures
V006 =
    Each signatory signs in an incremental update: the file as it was,
    then what the signature adds (its value in its field, an appearance,
    the metadata's date). A revision after a signature that changes a page,
    what a page shows, an annotation, the structure, or a field already
    signed changes the text or the look of what was signed.

    The signature still covers the file as it was; the report names the
    revision and the object changed. Ask for the file as it was signed.

## V007
V007-summary = a signature was moved to another field
V007 =
    A signature is made in one field: the field of one signatory. In the
    file as it was signed, this signature was in another field (or in
    none): it was moved afterwards, and would stand for another signatory.

## V008
V008-summary = a signer's certificate does not chain to a certificate you trust
V008 =
    With `--trust CERTS`, each signer's certificate must chain, through
    the certificates the signature carries, to one in CERTS (the root
    certificate of the LGPKI, of an eIDAS trust service…), each link's
    signature verified and each certificate valid when the signature was
    made. Without `--trust`, sengen reports who signed and does not judge
    the certificate: that is the signer's authority's to vouch for.

## V009
V009-summary = the PDF is not the build of the declaration given
V009 =
    With a declaration folder, `sengen verify` builds that declaration in
    memory and requires the signed file's first revision to be that build,
    byte for byte: then what was signed is exactly the adopted text. It is
    not: the fingerprint the pages state says whether the sources differ
    (another draft, another declaration) or only the build (another
    version of sengen, another SOURCE_DATE_EPOCH, templates of your own).

## I001
I001-summary = the file to import is neither a .docx nor text
I001 =
    `sengen import` reads a .docx (Word 2007 and later, LibreOffice's "Word
    document") or text in UTF-8 marked up as drafts circulate by e-mail. A Word
    97–2003 file (.doc), an empty file, a zip archive that is no Word document, or
    text in another encoding is refused, and nothing is written.

    Example:
        sengen import draft.doc --lang fr -o shizuoka-2024

    Open the file in the word processor and save it as .docx (or as UTF-8 text).

## I002
I002-summary = the file to import is too large, or expands too far (a zip bomb)
I002 =
    A .docx of a declaration is a few hundred kB. sengen refuses a file over 32 MB,
    a part that would expand beyond 64 MB or 200 times its compressed size (what
    a zip bomb does), and text over 8 MB, before reading them.

    Check that this is the right file; remove large images from the draft.

## I003
I003-summary = the XML inside a .docx cannot be read safely
I003 =
    The parts of a .docx are XML as a word processor writes it. One with a DTD, an
    entity XML does not define itself (the mechanism of the billion laughs and of
    external entities), another encoding than UTF-8, or malformed XML is refused,
    with its part, line and column.

    Example:
        word/document.xml, line 2, column 1: a DTD, which sengen never reads

    Save the draft again from the word processor.

## I004
I004-summary = the .docx has tracked changes
I004 =
    A draft with tracked changes holds two texts, the old and the new: which one
    to import is for the secretariat to decide, not for sengen.

    Accept or reject every change in the word processor (Review → Accept all, or
    Reject all), save, then import it again.

## I005
I005-summary = something in the draft has no place in a declaration
I005 =
    Tables, images, footnotes, endnotes, comments and text boxes have no
    counterpart in a declaration's structure: they are left out, each named with
    its paragraph, so that nothing disappears unnoticed.

    If it belongs to the text, write it as paragraphs or list entries in the
    draft, or add it to the .ftl by hand.

## I006
I006-summary = the draft has no title
I006 =
    The title block is the first heading of the draft: a paragraph in a heading
    or title style, a short paragraph wholly in bold or italics, or a line marked
    `# …` in a text file. A draft without any cannot be read as a declaration.

    Make the title a heading in the draft, or name it by its first words:
    `--title "Déclaration de"`.

## I007
I007-summary = a fact the declaration needs is neither given nor found
I007 =
    A declaration needs the day and place of its adoption and the number of its
    signatories. `sengen import` looks for them where declarations state them (the
    date under the title, the place in « Déclaration de … », the counts in the
    preamble); what it cannot find must be given.

    Example:
        sengen import draft.docx --lang fr -o cannes-2026 --adoption 2026-10-30 --place Cannes --count japan=30 --count france=20

    Every missing fact is named at once.

## I008
I008-summary = `--sections` is not a regular expression
I008 =
    `--sections PATTERN` names the section headings (the others are
    sub-sections) with a regular expression.

    Example:
        sengen import seed.txt --lang fr -o out --sections '^(Atelier|Conclusion)'

## I009
I009-summary = `sengen import` cannot write where it is asked
I009 =
    A first import writes a new folder (`-o DIR`, absent or empty); a later draft
    goes `--into` an existing declaration folder, in its source language.

    Example:
        sengen import draft-2.docx --lang fr --into shizuoka-2024

## I010
I010-summary = a paragraph named on `sengen import`'s command line is not found, or not where it can be
I010 =
    Where a draft's look misleads (a cover line before the preamble, a title not
    set as a heading, the place and date at the end, a closing after something
    other than the commitments), the paragraphs are named by the words they
    start with: `--preamble`, `--title`, `--dateline`, `--closing`. Case, spacing
    and the kind of apostrophe do not matter. The words must name one paragraph;
    the preamble stands before the title, the place and date and the closing after
    it, and the closing is paragraphs only.

    Example:
        sengen import draft.docx --lang fr -o lyon-2025 --title "Déclaration de Lyon" --dateline "Fait à Lyon"

## I011
I011-summary = the draft gives a fact twice, with two values
I011 =
    `sengen import` takes a fact it finds only when the draft agrees with itself:
    the edition as the meeting's name, the title and the preamble each name it
    first, the number of local governments of each delegation wherever the
    preamble counts them. When two places give two values, neither is chosen:
    both are named, with their places, and nothing is written.

    Correct the draft, or say which is right on the command line (`--edition 9`,
    `--count japan=31`).

## I012
I012-summary = the meeting's days are found, but not its edition
I012 =
    A declaration records the meeting it was adopted at with its edition: the
    edition writes « 9e Rencontres » or 第9回 wherever the text needs it,
    and the days are the meeting's. When the draft gives the days but no edition
    can be found, the days are not recorded, and the import says so rather than
    drop them unseen.

    Give the edition on the command line (`--edition 9`), or write it in the
    meeting's name in the draft.

## C001
C001-summary = `--lang` names a language the declaration does not have
C001 =
    `--lang TAG` builds only some of the declaration's languages; the hint lists
    them.

    Example:
        sengen build fixtures/lyon-2030 --lang ja      (a declaration in French only)

## C002
C002-summary = `--layout columns` and `--layout sequential` together
C002 =
    Both write the one bilingual PDF, in two ways; a build makes one of them.

    Choose one bilingual layout per build.

## C003
C003-summary = a bilingual layout for a declaration in one language
C003 =
    `--layout columns` and `--layout sequential` need a declaration in two languages.

    Build it without --layout, or with `--layout single`.

## C004
C004-summary = `SOURCE_DATE_EPOCH` is not a number of seconds
C004 =
    SOURCE_DATE_EPOCH (or --source-date-epoch) sets the PDFs' creation date, as
    seconds since 1970-01-01 UTC: the reproducible-builds convention.

    Example:
        SOURCE_DATE_EPOCH=yesterday sengen build …

    Write `SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)`, or unset it.

## C005
C005-summary = two declarations of a batch have the same id
C005 =
    PDFs are named after the declaration's id, so two declarations with one id in
    a batch would overwrite each other's PDFs. The later one, in the order given, is
    refused.

    Give each declaration its own id, or build them into different output folders.

## C006
C006-summary = the output folder is inside the template folder
C006 =
    Every file of the template folder becomes part of the document (and of its
    fingerprint): PDFs written there would change the next build's input, and no two
    builds would give the same bytes.

    Write the PDFs elsewhere.

## C007
C007-summary = `sengen new` cannot write the folder asked
C007 =
    `sengen new DIR` writes a new folder: DIR must not exist or be empty (sengen
    never overwrites a declaration), its name must give the declaration's id
    (`cannes-2026`), and each `--lang` a language sengen has an example text in.

    Example:
        sengen new fixtures/shizuoka-2024 --from fixtures/shizuoka-2024

    Name a new folder: `sengen new cannes-2026 --from fixtures/shizuoka-2024`.

## C008
C008-summary = `sengen diff --since` for a folder outside a git repository
C008 =
    `sengen diff DIR --since REV` compares the folder with what it held at a git
    revision, so the folder must be inside a git repository (a clone, or a folder
    `git init` made).

    Example:
        sengen diff ~/Downloads/shizuoka-2024 --since HEAD~1

    Give both drafts as folders instead: `sengen diff OLD-FOLDER NEW-FOLDER`.

## C009
C009-summary = `sengen diff --since` names no commit, or one without the folder
C009 =
    The revision of `--since` must be a commit of the folder's repository (a commit
    id, a branch, a tag, `HEAD~2`…), and the folder must have existed then, with its
    `declaration.toml`.

    Example:
        sengen diff fixtures/shizuoka-2024 --since draft-3
            when no branch or tag is named draft-3

    `git log --oneline -- DIR` lists the commits that changed the folder.

## C010
C010-summary = a value on the command line is not what it must be
C010 =
    Some options take a value of a given form: a date as `2024-11-21`, the
    meeting's days as `2024-11-18..2024-11-21`, a delegation's count as
    `japan=35`. Every value that is not is named at once, before any work.

    Example:
        sengen import seed.txt --lang fr -o out --adoption 21/11/2024

## C011
C011-summary = `sengen serve` cannot listen on the port asked
C011 =
    `sengen serve` listens on 127.0.0.1 only, on the port `--port` names (8140 by
    default). When another program, often another `sengen serve`, holds that port,
    it says so rather than start elsewhere unseen.

    Open the address the other one printed, stop it (Ctrl-C), or give another
    port: `--port 0` takes any free one.

## C012
C012-summary = a file changed on disk while sengen was changing it
C012 =
    sengen reads a declaration's files, makes a change in memory, checks it, and
    only then writes the files it changes. If another program (a text editor, a
    synchronised folder, a second `sengen serve`) saved one of those files in the
    meantime, sengen writes nothing rather than overwrite that work.

    Make the change again: it will be made on what the file now says.

## C013
C013-summary = a change names a message, block, fact or file the declaration does not have
C013 =
    A change to a declaration (from the page of `sengen serve`, an import, a
    review) names what it changes: a message of a language, a block of the
    structure, a fact of declaration.toml. When the declaration has no such
    thing (it was renamed or removed meanwhile, or the change came from another
    declaration), nothing is written.

    Reload the page, or take the change from this declaration's own files.

## C014
C014-summary = `--ui-lang` names a language sengen does not speak
C014 =
    sengen speaks to you in English, French or Japanese: its diagnostics,
    hints, reports and explanations. `--ui-lang` chooses one of them; without
    it, sengen follows SENGEN_LANG, then the system's language (LC_ALL,
    LC_MESSAGES, LANG), then English. A language sengen writes documents in
    but does not speak (German) is accepted, and English is spoken.

    Example:
        sengen check fixtures/shizuoka-2024 --ui-lang ko

    Give en, fr or ja.

## F012
F012-summary = placeables nested too deep
F012 =
    A message's placeables ({"{"} … {"}"}) may hold others: a variable inside a
    select, a select inside a variant. sengen reads up to 32 levels: a real text
    needs two or three, and thousands of nested braces (a slip of the keyboard,
    or a hostile file) would exhaust the reader. The file is not read further.

    Example:
        title = {"{"}{"{"}{"{"}{"{"}{"{"}{"{"}{"{"}{"{"} … (opened 40 times)

    Close each brace you open, or remove the extra ones.

## S041
S041-summary = a delegation has more signatories than sengen lays out
S041 =
    Each signatory gets a block on the signature pages. A meeting of the series
    gathers a few dozen local governments; sengen lays out up to 1000 per
    delegation. A larger count is nearly always a typo (a zero too many), and
    tens of thousands of blocks would take minutes and gigabytes to typeset.

    Example:
        {"["}{"["}delegations]]
        id = "japan"
        count = 35000

    Correct the count.

## C015
C015-summary = an earlier build stopped while it replaced its PDFs
C015 =
    A build writes every PDF beside its place first, then puts them all in
    place one after the other. If it is stopped in between (the machine shut
    down, the process killed), some PDFs are the new ones and some the old: a
    mixed set, whose fingerprints differ. The next build into that folder
    says so, and writes them again.

    Example:
        warning[C015]: an earlier build into out stopped while it replaced
        shizuoka-2024.fr-ja.pdf, shizuoka-2024.fr.pdf, shizuoka-2024.ja.pdf

    Nothing to do when this build writes them all; otherwise build the others
    too, or compare the fingerprints on their pages.

## C016
C016-summary = a file dropped on the page is refused
C016 =
    The page of `sengen serve` takes the files of a negotiation: a draft (a
    Word .docx, or marked-up text), a translator's XLIFF. Each is hostile until
    checked: it may be at most 32 MB, its name is only a name, and it is read
    with the same limits as the commands read files (a PDF draft first in a
    process of its own, with limits on its memory and time, as `sengen
    import` reads one). Nothing is written when a file is refused.

    Example:
        error[C016]: huge.docx is 40.0 MB: too large for the page

    Check it is the right file: a declaration's draft is a few hundred kB.

## R034
R034-summary = a build with your templates was stopped: too much memory or time
R034 =
    Templates are code, which Typst runs. sengen's own templates typeset a
    declaration in seconds; a template of yours runs with limits (4 GB of
    memory, 300 s of processor time), so that a mistake in it (a loop that
    never ends, an array of a billion numbers) cannot hang or exhaust the
    machine. When it passes a limit, the build is stopped and nothing is
    written.

    Example:
        #for i in range(2000000000) {"["} … ]

    Find what the template makes too much of, or repeats for ever.

## R035
R035-summary = your templates give no signature box for a signature field
R035 =
    With --signature-fields, each signatory gets an electronic signature
    field laid exactly over the space its block leaves to sign in. sengen's
    own template labels the two corners of that space; a template of yours
    that replaces `signature-block` must label them too, or sengen cannot
    know where the field goes. Nothing is written.

    Keep the 16 mm block of sengen's style.typ.hbs, with its two labels
    (`"sengen-sig-" + field` at its top left, `"sengen-sig-end-" + field`
    placed at its bottom right).

## F013
F013-summary = the title is too long to be the PDF's title
F013 =
    The title of a declaration is also the title of its PDF, which archives
    and readers show. A PDF for archiving (PDF/A) bounds such a text; a title
    of more than 1000 characters is surely a paragraph pasted in its place.

    Example:
        title = Déclaration de Lyon … (three pages of text)

    Keep the title to a line or two, and move the rest into the text.
