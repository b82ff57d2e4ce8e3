#!/usr/bin/env bash
# sengen import, whole process, in one hyperfine run: the seed (marked-up
# text), its .docx (fixtures/import/shizuoka-2024.docx), and that .docx ten
# and twenty times as long (its body repeated, made here), to see time grow
# linearly.
#
#   bash benches/import.sh             # RUNS=15 by default
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
# The .docx ten times: the body's paragraphs after the title block, ten times over.
for times in 10 20; do
python3 - "$root/fixtures/import/shizuoka-2024.docx" "$work/x$times.docx" "$times" <<'PY'
import re, sys, zipfile
source, target, times = sys.argv[1], sys.argv[2], int(sys.argv[3])
with zipfile.ZipFile(source) as z, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
    for item in z.infolist():
        data = z.read(item.filename)
        if item.filename == "word/document.xml":
            xml = data.decode()
            start = xml.index("<w:body>") + len("<w:body>")
            end = xml.index("<w:sectPr")
            paragraphs = re.findall(r"<w:p>.*?</w:p>|<w:p .*?</w:p>", xml[start:end], re.S)
            head, rest = "".join(paragraphs[:3]), "".join(paragraphs[3:])
            xml = xml[:start] + head + rest * times + xml[end:]
            data = xml.encode()
        out.writestr(item, data)
PY
done
hyperfine --warmup 3 --runs "$runs" -N --export-json "$work/import.json" \
    --prepare "rm -rf $work/out" \
    -n "seed (text)" "$bin import fixtures/seeds/shizuoka-2024.txt --lang fr -o $work/out/shizuoka-2024" \
    -n "seed (.docx)" "$bin import fixtures/import/shizuoka-2024.docx --lang fr -o $work/out/shizuoka-2024" \
    -n ".docx × 10" "$bin import $work/x10.docx --lang fr -o $work/out/shizuoka-2024" \
    -n ".docx × 20" "$bin import $work/x20.docx --lang fr -o $work/out/shizuoka-2024" >/dev/null
python3 - "$work/import.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
base = results[1]["median"]
print("| import | median | ratio to the seed's .docx |")
print("|---|---:|---:|")
for r in results:
    print(f"| {r['command']} | {r['median'] * 1000:.1f} ms | {r['median'] / base:.2f}× |")
PY
