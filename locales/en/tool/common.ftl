# sengen's own words that are not one diagnostic's: how a diagnostic is
# printed, the table of codes. English is every language's fallback.

## How a diagnostic is printed

# Before each hint of a diagnostic: « = hint: … ».
diagnostic-hint = hint:
# The word before a diagnostic's code: error[S003], warning[T101], note[T104].
diagnostic-severity = { $severity ->
    [error] error
    [warning] warning
   *[note] note
}
# A text from elsewhere, shown as it is (a message of Typst's own).
raw-text = { $text }

## The table of codes in docs/format.md (English only: the documentation's)

codes-table-generated = <!-- Generated from src/diagnostic/codes.rs: `SENGEN_BLESS=1 cargo test --test integration codes_table` rewrites it. -->
codes-table-header = | code | severity | meaning |
codes-table-formerly = (formerly { $names })
codes-table-renamed = Renamed in 0.2, so that one letter names one family: { $renames }. The former names are still accepted by `sengen explain` in this release.

## When sengen or the machine fails (exit 2)

# Why the system refused a file ($kind: not-found, permission-denied,
# already-exists, storage-full, read-only, is-a-folder, not-a-folder, other;
# $detail: the system's own words).
# In English, the system's own words; other languages may say the common
# ones by $kind.
io-reason = { $detail }
# $action: write, read, create, create-the-output-folder, create-a-temporary-folder-in.
internal-io = cannot { $action ->
    [write] write
    [read] read
    [create] create
    [create-the-output-folder] create the output folder
   *[create-a-temporary-folder-in] create a temporary folder in
} { $path }: { $reason }
internal-environment = { $what }: { $detail }
internal-wording = locales/{ $lang }: { $detail }
internal-profile = locales/{ $lang }/profile.toml: { $detail }
internal-template = templates/{ $template }: { $detail }
internal-format = formatting { $what }: { $detail }
internal-typst = Typst could not typeset the generated document; this is a bug in sengen's templates.
    { $report }
internal-pdf = Typst could not write the PDF: { $detail }
internal-fields = the signature fields could not be added to the PDF: { $detail }
internal-panic = typesetting panicked: { $detail }
internal-broken = { $detail } (a bug in sengen)
