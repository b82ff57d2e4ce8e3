#!/usr/bin/env bash
# sengen diff against sengen build, in one hyperfine run: the comparison of
# Shizuoka with its amended draft writing every redline PDF (French,
# Japanese, bilingual), the same comparison reporting only, and the build of
# Shizuoka's three PDFs, the baseline. Prints the ratios to the build.
#
#   bash benches/diff.sh             # RUNS=15 by default
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
old=fixtures/shizuoka-2024
new=fixtures/shizuoka-2024-amended
hyperfine --warmup 3 --runs "$runs" -N --export-json "$work/diff.json" \
    -n "build (3 PDFs)" "$bin build $old -o $work/build" \
    -n "diff, 3 redline PDFs" "$bin diff $old $new -o $work/redline" \
    -n "diff, report only" "$bin diff $old $new" >/dev/null
python3 - "$work/diff.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
base = results[0]["median"]
print("| command | median | ratio to the build |")
print("|---|---:|---:|")
for r in results:
    print(f"| {r['command']} | {r['median'] * 1000:.0f} ms | {r['median'] / base:.2f}× |")
PY
