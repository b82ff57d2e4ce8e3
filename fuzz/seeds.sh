#!/usr/bin/env bash
# Writes the seed corpora of the fuzz targets from the project's fixtures:
# every declaration folder as one load_declaration input (its files joined by
# the byte 0x1E), every paragraph of their text files as a text_to_markup input.
# The seeds are committed (fuzz/corpus/<target>/seed-*); rerun after adding fixtures.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=fuzz/corpus
mkdir -p "$corpus/load_declaration" "$corpus/text_to_markup" "$corpus/diagnostic_spans" \
    "$corpus/xliff_import" "$corpus/docx_read" "$corpus/page_edit" "$corpus/pdf_read"
rm -f "$corpus"/*/seed-*
for dir in fixtures/*/ fixtures/invalid/*/; do
    [ -e "$dir/declaration.toml" ] || [ -e "$dir/fr.ftl" ] || continue
    name=$(basename "$dir")
    out="$corpus/load_declaration/seed-$name"
    : > "$out"
    first=1
    for file in declaration.toml fr.ftl ja.ftl en.ftl translations.lock; do
        [ $first = 1 ] || printf '\036' >> "$out"
        first=0
        [ -e "$dir/$file" ] && cat "$dir/$file" >> "$out"
    done
done
# Each Fluent message of the real declarations, as text.
n=0
for file in fixtures/shizuoka-2024/*.ftl fixtures/aix-2022/*.ftl fixtures/forum-2027/*.ftl; do
    while IFS= read -r line; do
        n=$((n + 1))
        printf '%s' "$line" > "$corpus/text_to_markup/seed-$n"
    done < <(grep -E '^[a-z].* = .{20,}' "$file" | sed -E 's/^[^=]*= //' | head -40)
done
# Source files with multi-byte text for the span target (arbitrary decodes them).
cp fixtures/shizuoka-2024/ja.ftl "$corpus/diagnostic_spans/seed-ja"
cp fixtures/invalid/several-problems/declaration.toml "$corpus/diagnostic_spans/seed-toml"
# Shizuoka's Japanese XLIFF in both versions, and the bad files of the tests.
sengen=${SENGEN:-target/debug/sengen}
work=$(mktemp -d)
cp fixtures/shizuoka-2024/* "$work"
"$sengen" xliff export "$work" --lang ja --version 1.2 -o "$corpus/xliff_import/seed-1.2" > /dev/null
"$sengen" xliff export "$work" --lang ja --version 2.0 -o "$corpus/xliff_import/seed-2.0" > /dev/null
cp docs/xliff-shizuoka.ja.xlf "$corpus/xliff_import/seed-docs"
rm -rf "$work"
# The .docx drafts LibreOffice saved, and a few bytes that are almost one.
for docx in fixtures/import/*.docx; do cp "$docx" "$corpus/docx_read/seed-$(basename "$docx" .docx)"; done
printf 'PK\003\004' > "$corpus/docx_read/seed-zip-header"
# PDF drafts: LibreOffice's, untagged and tagged, Japanese, an earlier edition.
for pdf in fixtures/import/pdf/*.pdf fixtures/import/pdf/corpus/fr-1-nantes.pdf fixtures/import/pdf/corpus/ja-1-nantes.pdf; do
    cp "$pdf" "$corpus/pdf_read/seed-$(basename "$pdf" .pdf)"
done
printf '%%PDF-1.7\n' > "$corpus/pdf_read/seed-header"
# Texts typed in a block of the page: a message of each language, and mistakes.
m=0
for file in fixtures/shizuoka-2024/fr.ftl fixtures/shizuoka-2024/ja.ftl; do
    while IFS= read -r line; do
        m=$((m + 1))
        printf '%s%s' "$(printf "\\$(printf '%03o' $((m % 256)))")" "$line" > "$corpus/page_edit/seed-$m"
    done < <(grep -E '^[a-z].* = .{20,}' "$file" | sed -E 's/^[^=]*= //' | head -20)
done
printf '\000Voir { $foo' > "$corpus/page_edit/seed-unclosed"
printf '\001Texte.\ninjected = x' > "$corpus/page_edit/seed-injected"
# PDFs to verify: a build with its signature fields (the signed seed,
# seed-signed, was signed once by tests/integration/tools/pades.py and is kept).
work=$(mktemp -d)
"$sengen" build fixtures/midorikawa-ashford-bay --lang en --signature-fields -o "$work" > /dev/null
cp "$work/midorikawa-ashford-bay.en.pdf" "$corpus/verify_pdf/seed-fields"
# PDF drafts sengen made (tagged by Typst): a corpus draft imported, then built.
"$sengen" import fixtures/import/corpus/ja-1-nantes.docx --lang ja -o "$work/ja-1-nantes" > /dev/null
"$sengen" build "$work/ja-1-nantes" -o "$work" > /dev/null
cp "$work/ja-1-nantes.ja.pdf" "$corpus/pdf_read/seed-sengen-ja-1-nantes"
rm -rf "$work"
echo "seeds: $(ls "$corpus"/load_declaration | wc -l) declarations, $n texts, $m page edits"
