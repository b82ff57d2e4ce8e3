//! The registry of diagnostic codes: every code sengen can report, with its
//! severity, a one-line summary and an explanation with an example. Stages
//! name a `Code`; its severity comes from here, the table of codes in
//! `docs/format.md` is generated from here (a test fails when it is stale),
//! and `sengen explain CODE` prints the explanation.
//!
//! One letter, one family. A renamed code keeps its old name as an alias for
//! a release: `Code::find` accepts it, and the table lists the rename.

use super::Severity;

/// A family of codes: one letter, one subject.
pub struct Family {
    pub letter: char,
    pub subject: &'static str,
}

/// The families, in the order the table lists them.
pub const FAMILIES: &[Family] = &[
    Family {
        letter: 'S',
        subject: "the declaration's files and their structure (`declaration.toml`)",
    },
    Family {
        letter: 'F',
        subject: "the Fluent text files (`<lang>.ftl`)",
    },
    Family {
        letter: 'G',
        subject: "glyphs: characters the fonts cannot draw",
    },
    Family {
        letter: 'B',
        subject: "bad characters: invisible, or lost in a conversion",
    },
    Family {
        letter: 'X',
        subject: "facts typed into the prose instead of taken from the data",
    },
    Family {
        letter: 'P',
        subject: "parity between the languages",
    },
    Family {
        letter: 'L',
        subject: "languages and translations (`translations.lock`)",
    },
    Family {
        letter: 'T',
        subject: "typography",
    },
    Family {
        letter: 'R',
        subject: "templates and typesetting",
    },
    Family {
        letter: 'I',
        subject: "importing a draft from a word processor (`sengen import`)",
    },
    Family {
        letter: 'C',
        subject: "the command line and the environment",
    },
];

/// What the registry says of one code.
pub struct Entry {
    pub code: Code,
    /// `S001`.
    pub name: &'static str,
    pub severity: Severity,
    /// One line, for the table of codes.
    pub summary: &'static str,
    /// What it means, why it matters, an example and what to do.
    pub explanation: &'static str,
    /// Names the code had before, still accepted by `sengen explain`.
    pub renamed_from: &'static [&'static str],
}

macro_rules! registry {
    ($( $code:ident $([$($old:literal),*])? : $severity:ident, $summary:literal, $explanation:literal; )*) => {
        /// A diagnostic code. Its name, severity and explanation are in `REGISTRY`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code { $($code),* }

        /// Every code, in the order of the table of codes.
        pub const REGISTRY: &[Entry] = &[$(
            Entry {
                code: Code::$code,
                name: stringify!($code),
                severity: Severity::$severity,
                summary: $summary,
                explanation: $explanation,
                renamed_from: &[$($($old),*)?],
            },
        )*];
    };
}

impl Code {
    /// The code's entry in the registry.
    pub fn entry(self) -> &'static Entry {
        // The registry lists every variant, in declaration order.
        &REGISTRY[self as usize]
    }

    /// `S001`.
    pub fn name(self) -> &'static str {
        self.entry().name
    }

    pub fn severity(self) -> Severity {
        self.entry().severity
    }

    /// The code a name stands for (case-insensitive), by its name or a former
    /// one; the flag tells which.
    pub fn find(name: &str) -> Option<(Code, bool)> {
        let name = name.trim().to_ascii_uppercase();
        REGISTRY.iter().find_map(|entry| {
            if entry.name == name {
                Some((entry.code, false))
            } else if entry.renamed_from.contains(&name.as_str()) {
                Some((entry.code, true))
            } else {
                None
            }
        })
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// The table of codes as `docs/format.md` shows it (Markdown), generated.
pub fn markdown_table() -> String {
    let mut out = String::from(
        "<!-- Generated from src/diagnostic/codes.rs: `SENGEN_BLESS=1 cargo test --test integration codes_table` rewrites it. -->\n",
    );
    for family in FAMILIES {
        out.push_str(&format!(
            "\n**{}**: {}\n\n| code | severity | meaning |\n|---|---|---|\n",
            family.letter, family.subject
        ));
        for entry in REGISTRY
            .iter()
            .filter(|e| e.name.starts_with(family.letter))
        {
            let severity = entry.severity.name();
            let former = if entry.renamed_from.is_empty() {
                String::new()
            } else {
                format!(" (formerly {})", entry.renamed_from.join(", "))
            };
            out.push_str(&format!(
                "| {}{former} | {severity} | {} |\n",
                entry.name, entry.summary
            ));
        }
    }
    let renamed: Vec<String> = REGISTRY
        .iter()
        .flat_map(|e| {
            e.renamed_from
                .iter()
                .map(move |old| format!("{old} → {}", e.name))
        })
        .collect();
    if !renamed.is_empty() {
        out.push_str(&format!(
            "\nRenamed in 0.2, so that one letter names one family: {}. The former names are \
             still accepted by `sengen explain` in this release.\n",
            renamed.join(", ")
        ));
    }
    out
}

registry! {
    S001: Error, "a file or the declaration folder cannot be read",
"sengen could not read a file it needs: the declaration folder itself, its
declaration.toml, or one of its <lang>.ftl files. The message gives the reason
the system gave (no such file, permission denied).

Example:
    sengen build fixtures/shizuoka-2042      (a folder that does not exist)

Give the folder that holds declaration.toml and the <lang>.ftl files, and check
that you may read them.";

    S002: Error, "a file is not valid UTF-8",
"Every text file of a declaration is read as UTF-8. A file saved in another
encoding (Shift_JIS, Windows-1252, UTF-16) stops at its first byte that is not
UTF-8; the diagnostic points at it.

Example: a ja.ftl saved by an old editor in Shift_JIS.

Save the file again as UTF-8 (every modern editor offers it).";

    S003: Error, "`declaration.toml` is not valid TOML, or does not match the format",
"declaration.toml is TOML, and every key it may hold is listed in
docs/format.md. A syntax error, an unknown key (often a misspelling), a
missing key or a value of the wrong type is reported at its place.

Example:
    [meeting]
    editon = 12        # unknown field `editon`, expected one of `edition`, ...

Correct the spelling, add the missing key or give the value its type; an editor
that reads docs/declaration.schema.json completes and checks the file as you type.";

    S004: Error, "a text file is larger than 8 MB",
"A whole declaration is rarely over 1 MB. Time and memory grow with the text
(about 3 s and 250 MB per MB), so a larger file is refused before it exhausts
the machine.

Example: a ja.ftl into which a whole report was pasted by mistake.

Check that this is the right file.";

    S010: Error, "the edition is 0",
"`meeting.edition` counts the meetings of the series from 1.

Example:
    [meeting]
    edition = 0

The first meeting of a series is edition 1.";

    S011: Error, "the meeting closes before it opens",
"`meeting.closes` is a day before `meeting.opens`.

Example:
    opens = 2024-11-21
    closes = 2024-11-18

Swap the two dates, or correct one of them.";

    S012: Error, "the declaration is adopted outside the meeting's days",
"A declaration is adopted during its meeting: `adoption.date` must fall between
`meeting.opens` and `meeting.closes`.

Example:
    [meeting]
    opens = 2024-11-18
    closes = 2024-11-21
    [adoption]
    date = 2024-11-22

Correct the adoption date or the meeting's days.";

    S013: Error, "the declaration's id cannot name the output files",
"The id names every output (`shizuoka-2024` gives shizuoka-2024.fr.pdf), so it
is made of lowercase letters, digits and single hyphens.

Example:
    id = \"Shizuoka 2024\"

Write it `shizuoka-2024`.";

    S014: Error, "a date has a time of day, or is not a date",
"Dates in declaration.toml are TOML local dates, without a time or an offset.

Example:
    date = 2024-11-21T10:00:00

Write `date = 2024-11-21`.";

    S015: Error, "a delegation's id is not valid",
"A delegation's id names its count in the text (`{ $japan-count }`), so it
starts with a letter and holds lowercase letters, digits and single hyphens.

Example:
    id = \"Japan\"

Write `id = \"japan\"`.";

    S016: Error, "two delegations have the same id",
"Each delegation needs its own id: the text could not tell `{ $japan-count }`
of one from the other's.

Give each delegation its own id.";

    S017: Error, "the declaration has no language",
"`languages` lists the declaration's languages, each with its <tag>.ftl; an empty
list leaves nothing to build.

Example:
    languages = []

Write for instance `languages = [\"fr\", \"ja\"]`.";

    S018: Error, "a language is not a BCP 47 tag",
"Languages are named by BCP 47 tags: `fr`, `ja`, `en`, `fr-CA`.

Example:
    languages = [\"French\"]

Write `languages = [\"fr\"]`.";

    S019: Error, "a language is listed twice",
"Each language is listed once in `languages`.

Example:
    languages = [\"fr\", \"ja\", \"fr\"]

Remove the repetition.";

    S020: Error, "a language has no text file",
"Each language listed needs its text, in <tag>.ftl beside declaration.toml.

Example: `languages = [\"fr\", \"ja\"]` in a folder with fr.ftl only.

Create ja.ftl, with the text in Japanese, or remove the language.";

    S021: Error, "a sub-section comes before any section",
"A `subsection` heading belongs to the section before it; one before the first
`section` belongs to none.

Example:
    body = [
      { subsection = \"w1-mobility\" },
      { section = \"workshop-1\" },
    ]

Start a section first, or make the heading a `section`.";

    S022: Error, "a list names no message",
"An `items` or `commitments` block lists the messages of its entries; an empty
one would print nothing.

Example:
    { items = [] }

Name at least one message, or remove the block.";

    S023: Error, "a section or sub-section is empty",
"A heading with nothing under it is almost always a block forgotten or put in
the wrong place.

Example:
    { section = \"workshop-1\" },
    { section = \"workshop-2\" },

Add the section's paragraphs or lists, or remove the heading.";

    S024: Error, "a message id is used twice in the structure",
"Each block has its own message. The same id twice prints the same text twice,
almost always a copy-paste slip.

Example:
    { paragraph = \"context\" },
    { paragraph = \"context\" },

Give the second block its own message (copy the text under a new id if it
really repeats).";

    S025: Error, "a setting names a language that is not in `languages`",
"`translation.provisional`, `calendar` and `bilingual.pair` may only name
languages of the declaration.

Example:
    languages = [\"fr\", \"ja\"]
    [calendar]
    jp = \"japanese\"

Write `ja`, the tag the declaration lists.";

    S026: Error, "`bilingual.pair` is not two different languages",
"The bilingual PDF sets two languages side by side: `pair` names the left
column's language, then the right one's.

Example:
    [bilingual]
    pair = [\"fr\", \"fr\"]

Write `pair = [\"fr\", \"ja\"]`.";

    S027: Error, "a delegation has neither a count nor members",
"The signature pages need to know how many sign for a delegation: list its
signatories, or give `count` when they are not known yet.

Example:
    [[delegations]]
    id = \"france\"

Add `count = 19`, or the delegation's [[delegations.members]].";

    S028: Error, "a delegation's count disagrees with its list of members",
"When a delegation lists its members, its count is the length of the list; a
`count` that says otherwise is a contradiction the text would repeat.

Example:
    count = 20         # but 19 [[delegations.members]] follow

Remove `count` (it is computed), or correct it; if the list is partial, say
`complete = false`.";

    S029: Error, "a fact the declaration must give is not given",
"A declaration needs the days of its meeting (when it has one), the day and
the place of its adoption. Each missing one is named, all at once; `sengen new
--from` leaves them out on purpose, for the secretariat to fill in.

Example:
    [adoption]
    place = \"adoption-place\"      # no `date`

Add `date = 2026-10-16` under [adoption].";

    S040: Error, "`signatures.order` does not name each delegation once",
"`[signatures] order.<lang>` gives the order of the parties in that language's
copy, as delegation ids: each delegation once, and nothing else.

Example:
    [signatures]
    order.en = [\"ashford-bay\"]           # leaves out midorikawa

Name every delegation: `order.en = [\"ashford-bay\", \"midorikawa\"]`.";

    F001: Error, "a Fluent syntax error",
"A <lang>.ftl file is Fluent: `id = text`, continuation lines indented,
placeables in braces. The diagnostic points where the syntax breaks, and at the
entry it broke when it started on an earlier line (an unclosed `{`).

Example:
    title = Déclaration de { -host-city

Close the placeable: `{ -host-city }`.";

    F002: Error, "a message or term is defined twice",
"Each message and term of a file has one definition; with two, which one the
document prints would depend on their order.

Example:
    title = Déclaration de Shizuoka
    title = Déclaration de Lyon

Give each message its own id, or delete one of them.";

    F003: Error, "an unknown variable",
"The text reads the declaration's facts as variables (`{ $japan-count }`,
`{ $meeting-dates }`); any other variable has no value. The hint lists the
variables this declaration supplies and the closest one.

Example:
    preamble = Nous, représentants de { $japon-count } collectivités japonaises

Write `{ $japan-count }`; docs/format.md lists every variable.";

    F004: Error, "a reference to a message the file does not define",
"`{ title }` inside a message prints the message `title`; it must exist in the
same file.

Example:
    closing = Ainsi adoptée, la { titel }.

Correct the id, or define the message.";

    F005: Error, "a reference to a term the file does not define",
"`{ -host-city }` prints the term `-host-city`, defined in the same file as
`-host-city = Shizuoka`.

Example:
    title = Déclaration de { -host-cty }

Correct the name, or define the term.";

    F006: Error, "an unknown function",
"Messages may call the functions sengen provides (`NUMBER`); any other has no
meaning.

Example:
    preamble = { UPPER($japan-count) } collectivités

Remove the call, or use NUMBER.";

    F007: Error, "an override of a message sengen's wording does not have",
"A declaration's <lang>.ftl may replace any message of sengen's own wording
(the dateline, the labels of the signatures…) by defining it with the prefix
`sengen-`: `sengen-dateline = …`. The id after the prefix must be one of
sengen's; the hint suggests the closest, and `docs/format.md` lists them.

Example:
    sengen-date-line = Fait à { $place }, le { $date }

Write `sengen-dateline`.";

    F010: Error, "a message the structure needs has no text in a language",
"Every message declaration.toml names (a heading, a paragraph, a place, a
signatory's government) needs a text in every language, or the PDFs of that
language would have a hole. A message with attributes only has no text either.

Example: `{ paragraph = \"context\" }` in declaration.toml, and no `context = …`
in ja.ftl.

Add the message to that language's file (the hint suggests a close id if the
one named is misspelt).";

    F011: Error, "a message cannot be resolved",
"Fluent could not resolve the message in that language: a reference loops, or
a selector has no variant for the value. sengen never prints `{$x}` on paper.

Example:
    a = { b }
    b = { a }

Break the loop, or add the missing variant.";

    F020: Warning, "a message that no structure uses",
"A message no block, signatory or other message uses is usually a leftover, or
an id misspelt on one side (the misspelt one then shows as F010 as well).

Name it in declaration.toml, or delete it.";

    G001: Error, "a character no font of its language can draw",
"Every character of the text must be drawable by the fonts sengen typesets that
language with (compiled into sengen), or the PDF would show an empty box.

Example: 𠮷 (U+20BB7, a variant of 吉) in ja.ftl; a NUL byte pasted with the text.

Use the common form of the character (吉), or a description; ask for a font that
has it if the name must be written so.";

    B001: Warning, "a bidirectional control character",
"Characters such as U+202E (RIGHT-TO-LEFT OVERRIDE) are invisible and reorder
the text around them: what a reader sees is not what the file says. Neither
French nor Japanese needs them.

`sengen check --fix` deletes them; keep one only to quote a right-to-left script.";

    B002: Warning, "a zero-width character in Japanese text",
"Zero-width spaces (U+200B) and joiners pasted from word processors are
invisible: they break searches in the PDF and Japanese line breaking.

`sengen check --fix` deletes them.";

    B003: Error, "U+FFFD �, the mark of a character lost in a conversion",
"U+FFFD replaces a character a program could not convert: the original
character is gone. Fluent also gives it for `{\"\\uD800\"}`, half of a UTF-16 pair.

Example:
    place = Shizuoka, le 21 novembre 2024 � 10 h

Type what the original says.";

    X001: Error, "a count in the prose contradicts the delegations",
"A number of local governments typed into the text disagrees with the
delegations of declaration.toml: one of them is wrong, and the signature pages
follow the data.

Example: the preamble says « 37 collectivités japonaises » and the Japanese
delegation lists 36 members.

Write the count as a variable (`{ $japan-count }`), so the text follows the data.";

    X002: Warning, "a count or an edition typed by hand",
"The number in the text matches the data today, but typed by hand it will not
follow the data when the data changes (the next draft, the next edition).

Example:
    meeting = 8<sup>e</sup> Rencontres franco-japonaises

`sengen check --fix` replaces it by its variable (`{ $edition-ordinal }`).";

    X003: Error, "the prose names an edition later than the next one",
"The text names an edition of the series after the next one: a typo, or a text
copied from a later declaration.

Example: « les 10<sup>e</sup> Rencontres » in the declaration of the 8th.

Use `{ $edition-ordinal }` or `{ $next-edition-ordinal }`.";

    X004: Error, "the prose dates a day of the meeting in another year",
"A date typed in the text falls on one of the meeting's days, but in another
year: almost always last time's text, not updated.

Example: « le 21 novembre 2023 » in the declaration of a meeting of 18–21
November 2024.

Use `{ $meeting-dates }`, `{ $adoption-date }`…, which follow the data.";

    P001: Warning, "a list inside a message has another number of entries in another language",
"A message that holds a list on its lines (lines starting with -, ・, ①, 1.)
must list as many entries in every language, or one version says more than the
other.

Make the lists agree, or make the list an `items` block in declaration.toml.";

    L001: Error, "sengen has no wording or rules for a language",
"sengen writes some words itself (the dateline, the labels of the signature
pages, ordinals, dates) and typesets each language by its rules; both come
from sengen's locales/<tag>/ folder. A language without one cannot be built.

Example:
    languages = [\"ko\"]

Use a language sengen has (the hint lists them), or add locales/<tag>/ to
sengen: its wording (sengen.ftl) and its profile (profile.toml).";

    L010: Warning, "a translation is stale",
"translations.lock records, for each translated message, the source text it was
reviewed against. The source changed since: the translation may no longer say
the same thing.

Update the translation, then record it:
    sengen translations DIR --mark-reviewed ja <id>";

    L011: Warning, "a translation was never recorded as reviewed",
"The declaration keeps a translations.lock, but this translated message is not
in it: no one has recorded checking it against the source.

Check it, then: sengen translations DIR --mark-reviewed ja <id>";

    L020: Error, "`translations.lock` is invalid",
"translations.lock is TOML written by `sengen translations --mark-reviewed`:
a table per translated language, `message-id = \"hash\"` in each.

Delete it to start over, and record the reviewed translations again.";

    L021: Error, "`--mark-reviewed` cannot record a message",
"`sengen translations --mark-reviewed LANG [ID…]` records translations of LANG
as reviewed. LANG must be one of the declaration's translated languages (not
its source language), and each ID a message of the source with a text in LANG.

Example:
    sengen translations fixtures/shizuoka-2024 --mark-reviewed ja titel

Correct the language or the id.";

    L030: Error, "an XLIFF file cannot be read",
"`sengen xliff import` reads an XLIFF 1.2 or 2.0 file as hostile input: it
must be well-formed XML in UTF-8, of at most 16 MB, without a DTD (a DTD can
declare entities that expand to gigabytes, or read files: sengen reads none)
and without entities other than XML's own (&lt; &amp;…).

Example: an XLIFF file that starts with <!DOCTYPE xliff [ <!ENTITY …> ]>.

Save the file again from the translation tool, or export it again.";

    L031: Error, "an XLIFF unit the declaration does not have",
"Each unit of an XLIFF file is a message of the declaration's source text
(its id, `id.attr` for an attribute, `-term` for a term), once. A unit of
another id comes from another declaration, or from a draft whose message has
been removed or renamed since.

Export the file again (`sengen xliff export`) and translate that one.";

    L032: Error, "an XLIFF unit translated from an older source text",
"The source text of the unit has changed since the file was exported: the
translation may say what the text no longer says. The hints show the text
the translation was made from and today's.

Translate the unit again from a new export, or take it as it is with
`sengen xliff import DIR FILE --accept-stale`: it is then marked stale
(L010) until someone reviews it.";

    L033: Error, "a protected code of an XLIFF unit is missing, added or altered",
"The codes of a unit stand for what the text does not spell out: a variable
({ $japan-count }), a term ({ -host-city }), a message, a superscript. A
translation keeps each of them and adds none; a code whose id or meaning
changed would print something else, or nothing.

Put the code back as the tool shows it in the source.";

    L034: Error, "an XLIFF file for a language that is no translation of the declaration",
"`sengen xliff` exchanges a translation: its target language must be one of
the declaration's languages other than the first (the source).

Example:
    sengen xliff export fixtures/shizuoka-2024 --lang fr     (French is the source)";

    L035: Warning, "an XLIFF unit that is locked was changed",
"A message that chooses among variants (a Fluent selector, such as plural
forms) is exported locked, with a note: translation tools have no common way
of editing Fluent variants. Its target is not imported.

Translate it in the <lang>.ftl file itself.";

    T101: Warning, "French: a narrow no-break space before ; ! ?",
"French typography puts a narrow no-break space (U+202F) before ; ! and ?, so
the sign never starts a line.

Example: « Agissons ! » typed with an ordinary space.

`sengen check --fix` puts it in.";

    T102: Warning, "French: a no-break space before :",
"French typography puts a no-break space (U+00A0) before a colon (not between
digits, as in 10:30, nor in an address, as in https:).

`sengen check --fix` puts it in.";

    T103: Warning, "French: narrow no-break spaces inside « »",
"French guillemets take a narrow no-break space (U+202F) inside: « texte ».

`sengen check --fix` puts them in.";

    T104: Note, "French: a straight apostrophe",
"French writes the apostrophe ’ (U+2019). The PDF already prints ’ for a
straight apostrophe between two letters, so this is a note, not a warning:
the PDF is right, and the file is right too when it says so.

`sengen check --fix` replaces it.";

    T105: Warning, "French: a straight double quote",
"French quotes with guillemets: « … », with narrow no-break spaces inside.

Replace the quotes by hand (which one opens is yours to say).";

    T106: Warning, "French: a long ordinal suffix",
"French ordinals take the short suffix: 1re, 1res, 8e, not 1ère or 8ème.

Example: « la 2ème édition » is written « la 2<sup>e</sup> édition ».";

    T107: Warning, "French: an ordinal without its superscript",
"French ordinals set their suffix as a superscript: 8<sup>e</sup>.

`sengen check --fix` adds it; a variable such as `{ $edition-ordinal }` is
better where the ordinal is a fact.";

    T108: Warning, "French: several spaces in a row",
"One space separates words; several in a row are a typing slip (the PDF would
show one, the file misleads).

`sengen check --fix` leaves one.";

    T109: Warning, "French: a hyphen between spaces",
"Between spaces a dash is meant: the en dash – (U+2013).

`sengen check --fix` replaces it.";

    T201: Warning, "Japanese: half-width punctuation beside Japanese",
"Beside Japanese characters, punctuation is full-width: 、。（）！？.

Example: 静岡市(日本) is written 静岡市（日本）.

`sengen check --fix` replaces it (with the full stop and comma the text uses).";

    T202: Warning, "Japanese: an ASCII quote beside Japanese",
"Japanese quotes with 「」 (and 『』 inside them), not with \" or '.

Replace the quotes by hand.";

    T203: Warning, "Japanese: two kinds of full stop or comma",
"A Japanese text uses one full stop (。 or ．) and one comma (、 or ，)
throughout; sengen takes the one the text uses most.

`sengen check --fix` replaces the others.";

    T204: Warning, "Japanese: letters or digits in the other width",
"Latin letters and digits in Japanese text are half-width (2024年) or full-width
(２０２４年) as the declaration's house rule says
(`typography.japanese-alphanumerics`, half-width by default).

`sengen check --fix` converts them.";

    R001 ["T001"]: Error, "Typst cannot typeset the source sengen's own templates made",
"The Typst source sengen generates from its own templates is always valid; if
Typst rejects it, that is a bug in sengen, reported as an internal failure
(exit 2) with Typst's message against the generated source.

Please report it, with the declaration that shows it.";

    R002 ["T002"]: Error, "Typst cannot typeset the source a custom template made",
"With `--templates DIR`, the generated source is the templates'. Typst rejected
it: it is not valid Typst, or it reads a file it may not (an absolute path, `../`,
the declaration's folder, a package): a document reads only the files of its
template folder. The hint quotes the generated line.

Example: `#image(\"/etc/passwd\")` in a template.

Correct the template; copy the files it needs into its folder.";

    R003: Warning, "Typst warns about the generated source",
"Typst typeset the document but warned about it (a font it does not know, a
layout that did not converge). sengen's own templates give none, so the cause
is usually a custom template; the warning points into the generated source
(`--emit typst` writes it).

Example: `#text(font: \"Helvetica\")` in a template: sengen has only its own fonts.";

    R030 ["S030"]: Error, "the template folder or one of its files cannot be read",
"`--templates DIR` must be a readable folder; each of its files is read into
memory before typesetting (16 MB at the most each).

Check the path and the files' permissions.";

    R031 ["S031"]: Error, "a link in the template folder leads outside it",
"A template may read only the files of its own folder: a link to a file
elsewhere would let a document read what its author did not put there.

Copy the file into the template folder instead of linking to it.";

    R032 ["S032"]: Error, "a template is not valid Handlebars",
"A `<name>.typ.hbs` file of the template folder does not parse as Handlebars;
the diagnostic points at the place.

Example:
    {{#each body}} … (no {{/each}})

Close the block.";

    R033 ["S033"]: Error, "a template names something its context does not have",
"Templates run in Handlebars' strict mode: a misspelt variable is an error, not
an empty string on paper. docs/format.md lists what each template receives.

Example:
    {{edition.titel}}

Write `{{edition.title}}`.";

    I001: Error, "the file to import is neither a .docx nor text",
"`sengen import` reads a .docx (Word 2007 and later, LibreOffice's \"Word
document\") or text in UTF-8 marked up as drafts circulate by e-mail. A Word
97–2003 file (.doc), an empty file, a zip archive that is no Word document, or
text in another encoding is refused, and nothing is written.

Example:
    sengen import draft.doc --lang fr -o shizuoka-2024

Open the file in the word processor and save it as .docx (or as UTF-8 text).";

    I002: Error, "the file to import is too large, or expands too far (a zip bomb)",
"A .docx of a declaration is a few hundred kB. sengen refuses a file over 32 MB,
a part that would expand beyond 64 MB or 200 times its compressed size (what
a zip bomb does), and text over 8 MB, before reading them.

Check that this is the right file; remove large images from the draft.";

    I003: Error, "the XML inside a .docx cannot be read safely",
"The parts of a .docx are XML as a word processor writes it. One with a DTD, an
entity XML does not define itself (the mechanism of the billion laughs and of
external entities), another encoding than UTF-8, or malformed XML is refused,
with its part, line and column.

Example:
    word/document.xml, line 2, column 1: a DTD, which sengen never reads

Save the draft again from the word processor.";

    I004: Error, "the .docx has tracked changes",
"A draft with tracked changes holds two texts, the old and the new: which one
to import is for the secretariat to decide, not for sengen.

Accept or reject every change in the word processor (Review → Accept all, or
Reject all), save, then import it again.";

    I005: Warning, "something in the draft has no place in a declaration",
"Tables, images, footnotes, endnotes, comments and text boxes have no
counterpart in a declaration's structure: they are left out, each named with
its paragraph, so that nothing disappears unnoticed.

If it belongs to the text, write it as paragraphs or list entries in the
draft, or add it to the .ftl by hand.";

    I006: Error, "the draft has no title",
"The title block is the first heading of the draft: a paragraph in a heading
or title style, a short paragraph wholly in bold or italics, or a line marked
`# …` in a text file. A draft without any cannot be read as a declaration.

Make the title a heading in the draft, or name it by its first words:
`--title \"Déclaration de\"`.";

    I007: Error, "a fact the declaration needs is neither given nor found",
"A declaration needs the day and place of its adoption and the number of its
signatories. `sengen import` looks for them where declarations state them (the
date under the title, the place in « Déclaration de … », the counts in the
preamble); what it cannot find must be given.

Example:
    sengen import draft.docx --lang fr -o cannes-2026 --adoption 2026-10-30 --place Cannes --count japan=30 --count france=20

Every missing fact is named at once.";

    I008: Error, "`--sections` is not a regular expression",
"`--sections PATTERN` names the section headings (the others are
sub-sections) with a regular expression.

Example:
    sengen import seed.txt --lang fr -o out --sections '^(Atelier|Conclusion)'";

    I009: Error, "`sengen import` cannot write where it is asked",
"A first import writes a new folder (`-o DIR`, absent or empty); a later draft
goes `--into` an existing declaration folder, in its source language.

Example:
    sengen import draft-2.docx --lang fr --into shizuoka-2024";

    I010: Error, "a paragraph named on `sengen import`'s command line is not found, or not where it can be",
"Where a draft's look misleads (a cover line before the preamble, a title not
set as a heading, the place and date at the end, a closing after something
other than the commitments), the paragraphs are named by the words they
start with: `--preamble`, `--title`, `--dateline`, `--closing`. Case, spacing
and the kind of apostrophe do not matter. The words must name one paragraph;
the preamble stands before the title, the place and date and the closing after
it, and the closing is paragraphs only.

Example:
    sengen import draft.docx --lang fr -o lyon-2025 --title \"Déclaration de Lyon\" --dateline \"Fait à Lyon\"";

    C001: Error, "`--lang` names a language the declaration does not have",
"`--lang TAG` builds only some of the declaration's languages; the hint lists
them.

Example:
    sengen build fixtures/lyon-2030 --lang ja      (a declaration in French only)";

    C002: Error, "`--layout columns` and `--layout sequential` together",
"Both write the one bilingual PDF, in two ways; a build makes one of them.

Choose one bilingual layout per build.";

    C003: Error, "a bilingual layout for a declaration in one language",
"`--layout columns` and `--layout sequential` need a declaration in two languages.

Build it without --layout, or with `--layout single`.";

    C004: Error, "`SOURCE_DATE_EPOCH` is not a number of seconds",
"SOURCE_DATE_EPOCH (or --source-date-epoch) sets the PDFs' creation date, as
seconds since 1970-01-01 UTC: the reproducible-builds convention.

Example:
    SOURCE_DATE_EPOCH=yesterday sengen build …

Write `SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)`, or unset it.";

    C005: Error, "two declarations of a batch have the same id",
"PDFs are named after the declaration's id, so two declarations with one id in
a batch would overwrite each other's PDFs. The later one, in the order given, is
refused.

Give each declaration its own id, or build them into different output folders.";

    C006: Error, "the output folder is inside the template folder",
"Every file of the template folder becomes part of the document (and of its
fingerprint): PDFs written there would change the next build's input, and no two
builds would give the same bytes.

Write the PDFs elsewhere.";

    C007: Error, "`sengen new` cannot write the folder asked",
"`sengen new DIR` writes a new folder: DIR must not exist or be empty (sengen
never overwrites a declaration), its name must give the declaration's id
(`cannes-2026`), and each `--lang` a language sengen has an example text in.

Example:
    sengen new fixtures/shizuoka-2024 --from fixtures/shizuoka-2024

Name a new folder: `sengen new cannes-2026 --from fixtures/shizuoka-2024`.";

    C008: Error, "`sengen diff --since` for a folder outside a git repository",
"`sengen diff DIR --since REV` compares the folder with what it held at a git
revision, so the folder must be inside a git repository (a clone, or a folder
`git init` made).

Example:
    sengen diff ~/Downloads/shizuoka-2024 --since HEAD~1

Give both drafts as folders instead: `sengen diff OLD-FOLDER NEW-FOLDER`.";

    C009: Error, "`sengen diff --since` names no commit, or one without the folder",
"The revision of `--since` must be a commit of the folder's repository (a commit
id, a branch, a tag, `HEAD~2`…), and the folder must have existed then, with its
`declaration.toml`.

Example:
    sengen diff fixtures/shizuoka-2024 --since draft-3
        when no branch or tag is named draft-3

`git log --oneline -- DIR` lists the commits that changed the folder.";

    C010: Error, "a value on the command line is not what it must be",
"Some options take a value of a given form: a date as `2024-11-21`, the
meeting's days as `2024-11-18..2024-11-21`, a delegation's count as
`japan=35`. Every value that is not is named at once, before any work.

Example:
    sengen import seed.txt --lang fr -o out --adoption 21/11/2024";

    C011: Error, "`sengen serve` cannot listen on the port asked",
"`sengen serve` listens on 127.0.0.1 only, on the port `--port` names (8140 by
default). When another program, often another `sengen serve`, holds that port,
it says so rather than start elsewhere unseen.

Open the address the other one printed, stop it (Ctrl-C), or give another
port: `--port 0` takes any free one.";
    C012: Error, "a file changed on disk while sengen was changing it",
"sengen reads a declaration's files, makes a change in memory, checks it, and
only then writes the files it changes. If another program (a text editor, a
synchronised folder, a second `sengen serve`) saved one of those files in the
meantime, sengen writes nothing rather than overwrite that work.

Make the change again: it will be made on what the file now says.";
    C013: Error, "a change names a message, block, fact or file the declaration does not have",
"A change to a declaration (from the page of `sengen serve`, an import, a
review) names what it changes: a message of a language, a block of the
structure, a fact of declaration.toml. When the declaration has no such
thing (it was renamed or removed meanwhile, or the change came from another
declaration), nothing is written.

Reload the page, or take the change from this declaration's own files.";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_registry_lists_every_code_in_order_once() {
        for (index, entry) in REGISTRY.iter().enumerate() {
            assert_eq!(entry.code as usize, index, "{}", entry.name);
            assert_eq!(format!("{:?}", entry.code), entry.name);
            assert!(
                FAMILIES.iter().any(|f| entry.name.starts_with(f.letter)),
                "{} has no family",
                entry.name
            );
            assert!(
                entry.explanation.lines().count() >= 2,
                "{} needs an explanation",
                entry.name
            );
        }
    }

    #[test]
    fn codes_are_found_by_name_and_former_name() {
        assert_eq!(Code::find("s003"), Some((Code::S003, false)));
        assert_eq!(Code::find("T002"), Some((Code::R002, true)));
        assert_eq!(Code::find("Z999"), None);
        // A former name is never the name of another code.
        for entry in REGISTRY {
            for old in entry.renamed_from {
                assert!(REGISTRY.iter().all(|e| e.name != *old), "{old}");
            }
        }
    }
}
