#!/usr/bin/env bash
# What signature fields cost a build: `sengen build` of Shizuoka (54
# signatories, three PDFs) with and without --signature-fields, the two
# alternated RUNS (9) times in one session, whole processes; the median of
# each, and their ratio (the machine is shared: the ratio is what counts).
#
#   bash benches/fields.sh
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
runs=${RUNS:-9}
cargo build --release --locked --quiet
bin=$root/target/release/sengen
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

seconds() {
    local start end
    start=$(date +%s%N)
    "$@" > /dev/null 2>&1
    end=$(date +%s%N)
    echo "$(( (end - start) / 1000000 ))"
}
median() { sort -n | sed -n "$(( (runs + 1) / 2 ))p"; }

: > "$work/plain" ; : > "$work/fields"
for _ in $(seq "$runs"); do
    seconds "$bin" build fixtures/shizuoka-2024 -o "$work/a" >> "$work/plain"
    seconds "$bin" build fixtures/shizuoka-2024 -o "$work/b" --signature-fields >> "$work/fields"
done
plain=$(median < "$work/plain")
fields=$(median < "$work/fields")
bytes_plain=$(cat "$work"/a/*.pdf | wc -c)
bytes_fields=$(cat "$work"/b/*.pdf | wc -c)
printf '| build of Shizuoka (3 PDFs) | median of %s | bytes |\n|---|---:|---:|\n' "$runs"
printf '| without fields | %s ms | %s |\n' "$plain" "$bytes_plain"
printf '| with 54 fields in each PDF | %s ms | %s |\n' "$fields" "$bytes_fields"
awk -v a="$plain" -v b="$fields" 'BEGIN { printf "\nThe fields cost %.1f %% of a build.\n", (b - a) * 100 / a }'
