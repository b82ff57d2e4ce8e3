#!/usr/bin/env bash
# Writes the seed corpora of the fuzz targets from the project's fixtures:
# every declaration folder as one load_declaration input (its files joined by
# the byte 0x1E), every paragraph of their text files as a text_to_markup input.
# The seeds are committed (fuzz/corpus/<target>/seed-*); rerun after adding fixtures.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=fuzz/corpus
mkdir -p "$corpus/load_declaration" "$corpus/text_to_markup" "$corpus/diagnostic_spans"
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
echo "seeds: $(ls "$corpus"/load_declaration | wc -l) declarations, $n texts"
