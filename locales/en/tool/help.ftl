# The help of the command line (`sengen --help`, `sengen build --help`…), by
# command and option: generated from the doc comments of src/cli.rs, the
# English's one source (`SENGEN_BLESS=1 cargo test --bin sengen help` rewrites
# it); the other languages translate it.

help =
    sengen (宣言, "declaration"): turns a declaration written as data into signing-ready PDFs, and checks drafts before anyone signs them.

    A declaration is a folder: `declaration.toml` (structure and facts) and one `<lang>.ftl` per language (the text). See docs/format.md.

help-after =
    Exit status: 0 success, 1 invalid input (diagnostics were printed), 2 internal or environment failure.

help-ui_lang =
    The language sengen speaks to you in: en, fr or ja. By default the one SENGEN_LANG names, else the system's (LC_ALL, LC_MESSAGES, LANG), else English

help-build =
    Build the PDFs of a declaration: one per language, and a bilingual one

help-build-after =
    Examples:
      sengen build fixtures/shizuoka-2024 -o out
          writes out/shizuoka-2024.fr.pdf, out/shizuoka-2024.ja.pdf and
          out/shizuoka-2024.fr-ja.pdf (French and Japanese side by side)
      sengen build fixtures/shizuoka-2024 -o out --lang fr --emit typst
          only the French PDF, and out/shizuoka-2024.fr.typ, the generated Typst source
      sengen build fixtures/shizuoka-2024 -o out --layout sequential
          only the bilingual PDF, the French text then the Japanese text
      sengen build fixtures/shizuoka-2024 fixtures/aix-2022 -o out
      sengen build declarations/ -o out --jobs 2
          a batch: every declaration folder named, or inside the folder named

help-build-dirs =
    The declaration folders (each holding declaration.toml and <lang>.ftl files), or folders of declaration folders. Several make a batch

help-build-out =
    Folder to write the PDFs into (created if needed)

help-build-languages =
    Build only this language (repeatable); all of the declaration's by default

help-build-layouts =
    Which PDFs to build (repeatable); by default `single` and `columns`

help-build-attach_source =
    Embed the declaration's source files (declaration.toml, the .ftl files) in each PDF, which is then PDF/A-3a rather than PDF/A-2a

help-build-signature_fields =
    Add an empty electronic signature field over each signatory's signature box, for signing the PDF with a certificate (PAdES)

help-build-emit =
    Also write an intermediate form beside each PDF

help-build-templates =
    A folder whose <name>.typ.hbs files replace sengen's templates of the same name; its other files (a logo…) are the only files the document can read. See docs/format.md

help-build-source_date_epoch =
    The PDFs' creation date, in seconds since 1970-01-01 UTC (the reproducible-builds convention); the adoption date by default

help-build-jobs =
    How many threads to typeset with (default: one per core)

help-build-format =
    How to print what the build found and wrote

help-watch =
    Build a declaration, then rebuild its PDFs each time one of its files is saved, until interrupted (Ctrl-C). A failed rebuild prints its problems and keeps the last good PDFs

help-watch-after =
    Example:
      sengen watch fixtures/shizuoka-2024 -o out

help-watch-dir =
    The declaration folder to watch

help-watch-out =
    Folder to write the PDFs into (created if needed)

help-watch-languages =
    Build only this language (repeatable); all of the declaration's by default

help-watch-layouts =
    Which PDFs to build (repeatable); by default `single` and `columns`

help-watch-attach_source =
    Embed the declaration's source files (declaration.toml, the .ftl files) in each PDF, which is then PDF/A-3a rather than PDF/A-2a

help-watch-signature_fields =
    Add an empty electronic signature field over each signatory's signature box, for signing the PDF with a certificate (PAdES)

help-watch-emit =
    Also write an intermediate form beside each PDF

help-watch-templates =
    A folder whose <name>.typ.hbs files replace sengen's templates of the same name; its other files (a logo…) are the only files the document can read. See docs/format.md

help-watch-source_date_epoch =
    The PDFs' creation date, in seconds since 1970-01-01 UTC (the reproducible-builds convention); the adoption date by default

help-check =
    Check a declaration without building it: report every problem found

help-check-after =
    Examples:
      sengen check fixtures/shizuoka-2024
      sengen check fixtures/shizuoka-2024 --format json --deny warnings
      sengen check fixtures/shizuoka-2024 --fix      rewrites the .ftl files for the fixable findings

help-check-dir =
    The declaration folder

help-check-format =
    How to print the findings

help-check-deny =
    Treat warnings as errors (exit 1 when there are any)

help-check-fix =
    Rewrite the .ftl files for the findings that have a certain fix

help-check-notes =
    Also show the notes: what the PDF already prints right though the file does not say so (straight apostrophes), otherwise only counted

help-translations =
    List, per translated language, which messages are missing, stale or current; record reviewed translations in translations.lock

help-translations-after =
    Examples:
      sengen translations fixtures/shizuoka-2024
      sengen translations fixtures/shizuoka-2024 --mark-reviewed ja preamble title
          records that the Japanese preamble and title match the current French text

help-translations-dir =
    The declaration folder

help-translations-mark_reviewed =
    Record these messages of this language (all when none are named) as translated from the current source text

help-translations-ids =
    The messages to mark as reviewed

help-translations-add =
    Add a language to translate the declaration into (its .ftl, empty: every message to translate)

help-new =
    Start a new declaration folder: the small example of docs/format.md in the languages asked, or the next version of an earlier one

help-new-after =
    Examples:
      sengen new lyon-2030 --lang fr --lang ja
          the small example, in French and Japanese: it builds at once
      sengen new cannes-2026 --from fixtures/shizuoka-2024
          the next edition: the text and structure of Shizuoka, edition 9, a draft;
          `sengen check cannes-2026` then names each fact to fill in

help-new-dir =
    The folder to create; its name is the declaration's id (`cannes-2026`)

help-new-languages =
    A language of the example (repeatable; the first is the source)

help-new-from =
    The earlier declaration to start the next version from

help-diff =
    Show what changed between two drafts: the facts, the blocks added, removed, moved or renamed, and the words of each reworded message; with -o, write redline PDFs (the new draft with the changes marked)

help-diff-after =
    Examples:
      sengen diff drafts/shizuoka-v3 drafts/shizuoka-v4
          every change, with the file and line of each in both drafts
      sengen diff drafts/shizuoka-v3 drafts/shizuoka-v4 -o redline --lang ja
          and the Japanese redline, redline/shizuoka-2024-redline.ja.pdf
      sengen diff fixtures/shizuoka-2024 --since HEAD~1
          the folder against itself one commit earlier (needs git)
      sengen diff drafts/v3 drafts/v4 --format json
          the same as one JSON object

    Exit status: 0 whether or not the drafts differ (the summary says which),
    1 when a draft is invalid or the arguments cannot work, 2 on a failure of
    sengen or of git.

help-diff-old =
    The earlier draft's folder; with --since, the one folder, compared with itself at a revision

help-diff-new =
    The later draft's folder

help-diff-since =
    Compare the folder with what it held at this git revision (a commit, a branch, a tag, HEAD~1)

help-diff-out =
    Write the redline PDFs into this folder (created if needed)

help-diff-languages =
    Compare only this language's text, and write only its redlines (repeatable); all by default

help-diff-layouts =
    Which redline PDFs to write (repeatable), as for a build

help-diff-wording =
    Also compare sengen's own wording (the dateline), which follows the facts and is otherwise left out

help-diff-format =
    How to print the changes

help-diff-source_date_epoch =
    The redlines' creation date, in seconds since 1970-01-01 UTC

help-import =
    Make a declaration folder from the draft it arrives in: a .docx, a PDF, or text marked up as drafts circulate (`#` headings, bold lines, `-` and `1.` entries, <sup>); or bring a later draft into a folder (--into)

help-import-after =
    Examples:
      sengen import fixtures/seeds/shizuoka-2024.txt --lang fr -o shizuoka-2024
          the seed as a declaration folder: its sections found by its numbered
          workshops, its facts (counts, edition, days) found in the preamble
      sengen import draft.docx --lang fr -o cannes-2026 --adoption 2026-10-30 --place Cannes
          the facts the draft does not state, given
      sengen import takamatsu-2014.pdf --lang fr -o takamatsu-2014
          an earlier edition as its website gives it: lines joined into
          paragraphs, page numbers and running headers left out
      sengen import draft-2.docx --lang fr --into cannes-2026
          a later draft: changed messages updated (their translations then stale),
          new ones added, those the draft no longer has reported

    See docs/import.md.

help-import-file =
    The draft: a .docx, a PDF (an earlier edition), or marked-up text in UTF-8 (.txt, .md)

help-import-lang =
    The draft's language

help-import-out =
    The new folder to write (absent or empty); its name is the declaration's id

help-import-into =
    An existing declaration to bring this later draft into

help-import-sections =
    A regular expression naming the section headings; the other headings are sub-sections (by default, a numbered series of headings tells)

help-import-preamble =
    The paragraph where the preamble starts, by its first words (those before it are left out; otherwise the preamble is all before the title)

help-import-title =
    The title's paragraph, by its first words (otherwise the first heading)

help-import-dateline =
    The place-and-date line, by its first words, anywhere after the title (otherwise a short line with a date right under it)

help-import-closing =
    The closing's first paragraph, by its first words: it and all after it (otherwise the paragraphs after the last commitments)

help-import-edition =
    The edition of the meeting (otherwise found in the meeting's name)

help-import-meeting =
    The meeting's days, FIRST..LAST (otherwise found in the preamble)

help-import-adoption =
    The day of adoption (otherwise found under the title)

help-import-place =
    The place of adoption, as the dateline names it (otherwise found in the title)

help-import-counts =
    A delegation and its number of signatories, ID=N (repeatable; otherwise found in the preamble)

help-import-final_text =
    The draft is the adopted text (no draft watermark)

help-serve =
    Open the declaration in a browser: both languages side by side, each message editable, checked as it is typed, the pages previewed, the PDFs built. Serves on 127.0.0.1 only, until Ctrl-C

help-serve-after =
    Examples:
      sengen serve fixtures/shizuoka-2024 --open
          prints http://127.0.0.1:8140/?token=… and opens it in the browser
      sengen serve fixtures/shizuoka-2024 --port 0 -o out
          any free port; "Build the PDFs" writes into out/

help-serve-dir =
    The declaration folder (default: this one); a folder without a declaration yet opens on starting one

help-serve-port =
    The port on 127.0.0.1 (0: any free one)

help-serve-open =
    Open the page in the default browser

help-serve-out =
    Where "Build the PDFs" writes them

help-block =
    Change the structure: add a block after another (its text in every language at once), remove one with its messages, move one

help-block-add =
    Add a section, sub-section, paragraph, list entry or commitment after a block, its text given per language (the translations may wait)

help-block-add-after =
    Example:
      sengen block add fixtures/shizuoka-2024 commitment --after commitment-4 --text fr="Nous…" --text ja="…"
          adds commitment-5 after commitment-4, in fr.ftl and ja.ftl

help-block-add-dir =
    The declaration folder

help-block-add-kind =
    What to add

help-block-add-follows =
    The id of the block it follows

help-block-add-texts =
    Its text in a language, as LANG=TEXT; the source language's is required

help-block-remove =
    Remove a block and its messages in every language (a section or a sub-section with everything under it)

help-block-remove-after =
    Example:
      sengen block remove fixtures/shizuoka-2024 panel-2

help-block-remove-dir =
    The declaration folder

help-block-remove-id =
    The id of the block to remove

help-block-move =
    Move a block up, down, or into another section (a heading moves with everything under it)

help-block-move-after =
    Examples:
      sengen block move fixtures/shizuoka-2024 panel-2 --up
      sengen block move fixtures/shizuoka-2024 panel-2 --into conclusion

help-block-move-dir =
    The declaration folder

help-block-move-id =
    The id of the block to move

help-block-move-up =
    One place up

help-block-move-down =
    One place down

help-block-move-into =
    To the end of the section or sub-section with this heading id

help-xliff =
    Exchange a translation with translation tools (memoQ, Trados, OmegaT, Weblate…) as XLIFF: export it, import it back

help-xliff-export =
    Write a translation as an XLIFF file for a translation tool

help-xliff-export-after =
    Examples:
      sengen xliff export fixtures/shizuoka-2024 --lang ja
          writes shizuoka-2024.ja.xlf (XLIFF 1.2) here
      sengen xliff export fixtures/shizuoka-2024 --lang ja --only stale --version 2.0 -o ja.xlf
          only what needs translating or reviewing, in XLIFF 2.0

help-xliff-export-dir =
    The declaration folder

help-xliff-export-lang =
    The translated language to export

help-xliff-export-out =
    The file to write (default: <id>.<lang>.xlf in the current folder)

help-xliff-export-only =
    Which units: all, or only those stale, unreviewed or missing

help-xliff-import =
    Bring a translator's XLIFF file back into the declaration's .ftl file

help-xliff-import-after =
    Example:
      sengen xliff import fixtures/shizuoka-2024 shizuoka-2024.ja.xlf
          writes the changed translations into ja.ftl, records the final ones as
          reviewed in translations.lock, then checks the declaration

help-xliff-import-dir =
    The declaration folder

help-xliff-import-file =
    The XLIFF file, as the translation tool saved it

help-xliff-import-accept_stale =
    Take units translated from an older source text; they stay marked stale

help-verify =
    Verify a signed PDF: each signature, in the order of the fields (who signed, when, whether the file is as it was signed, whether later revisions only added signatures); with DIR, whether the PDF is that declaration's build

help-verify-after =
    Examples:
      sengen verify signed/shizuoka-2024.fr-ja.pdf
      sengen verify signed/shizuoka-2024.fr-ja.pdf fixtures/shizuoka-2024
          and whether its first revision is that declaration's build, byte for byte
      sengen verify signed.pdf --trust lgpki-root.pem --format json

    Exit status: 0 when every check holds, 1 when one does not (each named with
    its field and revision), 2 on a failure of sengen.

help-verify-pdf =
    The signed PDF

help-verify-dir =
    The declaration folder the PDF should be the build of

help-verify-trust =
    Certificates to trust (PEM): each signer's certificate must chain to one of them; without it, the chain is reported, not judged

help-verify-source_date_epoch =
    The creation date the PDF was built with, in seconds since 1970-01-01 UTC, if it was built with one

help-verify-format =
    How to print the report

help-fingerprint =
    Print the SHA-256 fingerprint of a declaration's sources (schema file, texts, templates and fixed wording), as its PDFs show it on every page

help-fingerprint-dir =
    The declaration folder

help-fingerprint-templates =
    The template folder the PDFs are built with, if any

help-schema =
    Print the JSON Schema of declaration.toml

help-explain =
    Explain a diagnostic code (`sengen explain S003`), or list them all

help-explain-after =
    Examples:
      sengen explain X001
      sengen explain          every code, with its severity and what it means

help-explain-code =
    A diagnostic code, as sengen printed it (`S003`, `t104`…); all when none

help-completions =
    Print a shell's completion script for sengen

help-completions-after =
    Examples:
      sengen completions bash > ~/.local/share/bash-completion/completions/sengen
      sengen completions zsh > ~/.zfunc/_sengen

help-completions-shell =
    The shell to complete in

help-man =
    Print sengen's man page, or write one page per command into a folder

help-man-after =
    Examples:
      sengen man | man -l -
      sengen man ~/.local/share/man/man1

help-man-dir =
    A folder to write sengen.1 and a page per command into (sengen-build.1…); without it, sengen.1 is printed
