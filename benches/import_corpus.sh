#!/usr/bin/env bash
# sengen import of each draft of the corpus (fixtures/import/corpus: four
# Japanese and six French .docx saved by LibreOffice) and of the PDFs
# (fixtures/import/pdf: LibreOffice's, untagged and tagged, an earlier
# edition; and sengen's own French and Japanese PDFs of Shizuoka, built
# here), whole process, against
# the French seed's import (fixtures/seeds/shizuoka-2024.txt) in the same
# hyperfine run; prints each median and its ratio to the seed's.
#
#   bash benches/import_corpus.sh       # RUNS=15 by default
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
runs=${RUNS:-15}
command -v hyperfine >/dev/null || {
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine >/dev/null
}
cargo build --release --locked --quiet
bin=$root/target/release/sengen
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
commands=(-n "seed (fr, text)" "$bin import fixtures/seeds/shizuoka-2024.txt --lang fr -o $work/out/d")
for draft in fixtures/import/corpus/*.docx; do
    name=$(basename "$draft" .docx)
    commands+=(-n "$name" "$bin import $draft --lang ${name%%-*} -o $work/out/d")
done
"$bin" build fixtures/shizuoka-2024 -o "$work/own" --final >/dev/null 2>&1 || "$bin" build fixtures/shizuoka-2024 -o "$work/own" >/dev/null
for pdf in fixtures/import/pdf/*.pdf fixtures/import/pdf/corpus/ja-1-nantes.pdf "$work"/own/shizuoka-2024.fr.pdf "$work"/own/shizuoka-2024.ja.pdf; do
    name=$(basename "$pdf" .pdf)
    lang=fr
    case "$name" in ja-*|*.ja) lang=ja ;; esac
    # --place: a draft without its place must still be read whole.
    commands+=(-n "$name (pdf)" "$bin import $pdf --lang $lang -o $work/out/d --final --place Lyon")
done
hyperfine --warmup 3 --runs "$runs" -N --export-json "$work/import.json" \
    --prepare "rm -rf $work/out" "${commands[@]}" >/dev/null
python3 - "$work/import.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
base = results[0]["median"]
print("| import | median | ratio to the seed's |")
print("|---|---:|---:|")
for r in results:
    print(f"| {r['command']} | {r['median'] * 1000:.1f} ms | {r['median'] / base:.2f}× |")
PY
