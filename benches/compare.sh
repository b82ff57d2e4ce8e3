#!/usr/bin/env bash
# sengen against the tools a user would otherwise pick, on the same work (the
# Shizuoka declaration: French, Japanese, and both side by side), whole
# processes timed with hyperfine; then sengen's own targets (check, watch,
# memory, batch). Installs what it needs (Debian packages, typst-cli 0.15.1
# with cargo), prints a table of medians and ratios. Every figure comes from
# this one run: compare only within it, the machine is shared and noisy.
#
#   bash benches/compare.sh            # RUNS=15 by default (LuaLaTeX: 5)
#
# - typst-cli compiles the very sources sengen generates (`--emit typst`), with
#   the same fonts (`--font-path fonts --ignore-system-fonts`), the same
#   `sys.inputs`, the same PDF standards, one process per output, as a user
#   would run it.
# - LuaLaTeX typesets benches/latex/*.tex (see generate.py there), the same
#   text with the same fonts; its .aux is warm (a second run), which favours it,
#   and it writes untagged PDFs, less work than sengen's PDF/A-2a + PDF/UA-1.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
runs=${RUNS:-15}
latex_runs=${LATEX_RUNS:-5}

need_apt=()
command -v hyperfine >/dev/null || need_apt+=(hyperfine)
command -v lualatex >/dev/null || need_apt+=(texlive-luatex texlive-lang-japanese)
kpsewhich paracol.sty >/dev/null 2>&1 || need_apt+=(texlive-latex-extra)
[ -x /usr/bin/time ] || need_apt+=(time)
if [ ${#need_apt[@]} -gt 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
typst=$(command -v typst || true)
if [ -z "$typst" ] || ! "$typst" --version | grep -q '^typst 0\.15\.1'; then
    typst=$root/target/bench-tools/bin/typst
    [ -x "$typst" ] || cargo install --locked --quiet typst-cli@0.15.1 --root "$root/target/bench-tools"
fi

cargo build --release --locked --quiet
bin=$root/target/release/sengen
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The sources sengen typesets, for typst-cli.
"$bin" build fixtures/shizuoka-2024 -o "$work/typst" --emit typst >/dev/null 2>&1
stamp=1732147200
outputs=(fr ja fr-ja)
for n in "${outputs[@]}"; do
    python3 - "$work/typst/shizuoka-2024.$n.inputs.json" "$typst" "$root/fonts" \
        "$work/typst/shizuoka-2024.$n.typ" "$work/cli.$n.pdf" "$stamp" > "$work/typst-$n.sh" <<'PY'
import json, shlex, sys
inputs, typst, fonts, source, pdf, stamp = sys.argv[1:]
args = [typst, "compile", "--font-path", fonts, "--ignore-system-fonts",
        "--pdf-standard", "a-2a", "--pdf-standard", "ua-1", "--creation-timestamp", stamp]
for key, value in json.load(open(inputs)).items():
    args.append(f"--input={key}={value}")
print("exec " + " ".join(shlex.quote(a) for a in args + [source, pdf]))
PY
done
echo "exec $bin build $root/fixtures/shizuoka-2024 -o $work/sengen >/dev/null 2>&1" > "$work/sengen.sh"
echo "exec $bin check $root/fixtures/shizuoka-2024 >/dev/null 2>&1" > "$work/check.sh"

# LuaLaTeX on the equivalent documents, fonts from the project; two warm-up runs
# (its font cache, and the .aux that gives the page count).
mkdir -p "$work/latex"
for n in "${outputs[@]}"; do
    sed "s#\.\./\.\./fonts/#$root/fonts/#g" "benches/latex/shizuoka.$n.tex" > "$work/latex/shizuoka.$n.tex"
    echo "cd $work/latex && exec lualatex -interaction=batchmode -halt-on-error shizuoka.$n.tex >/dev/null" > "$work/latex-$n.sh"
    bash "$work/latex-$n.sh"; bash "$work/latex-$n.sh"
done

echo "== whole processes (hyperfine, $runs runs; LuaLaTeX $latex_runs)" >&2
hyperfine --style basic --warmup 3 --runs "$runs" --export-json "$work/fast.json" \
    -n "sengen build (3 PDFs)" "bash $work/sengen.sh" \
    -n "sengen check" "bash $work/check.sh" \
    -n "typst-cli fr" "bash $work/typst-fr.sh" \
    -n "typst-cli ja" "bash $work/typst-ja.sh" \
    -n "typst-cli fr-ja" "bash $work/typst-fr-ja.sh" >&2
hyperfine --style basic --warmup 1 --runs "$latex_runs" --export-json "$work/latex.json" \
    -n "lualatex fr" "bash $work/latex-fr.sh" \
    -n "lualatex ja" "bash $work/latex-ja.sh" \
    -n "lualatex fr-ja" "bash $work/latex-fr-ja.sh" >&2

echo "== peak memory (/usr/bin/time, median of 5)" >&2
peak() {
    for _ in 1 2 3 4 5; do /usr/bin/time -f %M bash "$1" 2>&1 >/dev/null | tail -n1; done | sort -n | sed -n 3p
}
{
    echo "sengen build (3 PDFs)=$(peak "$work/sengen.sh")"
    for n in "${outputs[@]}"; do echo "typst-cli $n=$(peak "$work/typst-$n.sh")"; done
} > "$work/memory.txt"

echo "== watch (20 one-paragraph edits)" >&2
python3 benches/watch_latency.py "$bin" 20 | tee "$work/watch.txt" >&2

echo "== batch of 20 declarations, --jobs 1 and 2" >&2
for i in $(seq -w 1 20); do
    cp -r fixtures/shizuoka-2024 "$work/batch-$i"
    sed -i "s/^id = \"shizuoka-2024\"/id = \"shizuoka-$i\"/" "$work/batch-$i/declaration.toml"
    mkdir -p "$work/batch"; mv "$work/batch-$i" "$work/batch/$i"
done
hyperfine --style basic --warmup 1 --runs 3 --export-json "$work/batch.json" \
    -n "batch -j 1" "$bin build $work/batch -o $work/b1 --jobs 1 >/dev/null 2>&1" \
    -n "batch -j 2" "$bin build $work/batch -o $work/b2 --jobs 2 >/dev/null 2>&1" >&2

python3 - "$work" <<'PY'
import json, re, statistics, sys
work = sys.argv[1]
median = {}
for name in ("fast", "latex", "batch"):
    for r in json.load(open(f"{work}/{name}.json"))["results"]:
        median[r["command"]] = statistics.median(r["times"])
memory = dict(line.strip().split("=") for line in open(f"{work}/memory.txt") if "=" in line)
watch = open(f"{work}/watch.txt").read()
reported = float(re.search(r"WATCH_REPORTED_MS=([\d.]+)", watch).group(1))
end_to_end = float(re.search(r"WATCH_END_TO_END_MS=([\d.]+)", watch).group(1))
ms = lambda s: f"{s * 1000:.0f} ms"
sengen = median["sengen build (3 PDFs)"]
typst = sum(median[f"typst-cli {n}"] for n in ("fr", "ja", "fr-ja"))
latex = sum(median[f"lualatex {n}"] for n in ("fr", "ja", "fr-ja"))
print("| command | median | peak memory |")
print("|---|---:|---:|")
for command, seconds in median.items():
    mem = memory.get(command)
    print(f"| {command} | {ms(seconds)} | {int(mem) // 1024 if mem else ''}{' MB' if mem else ''} |")
print(f"| sum of the three typst-cli runs | {ms(typst)} | |")
print(f"| sum of the three lualatex runs | {ms(latex)} | |")
print()
verdict = lambda ok: "met" if ok else "MISSED"
ratio = sengen / typst
speedup = latex / sengen
cli_peak = max(int(memory[f"typst-cli {n}"]) for n in ("fr", "ja", "fr-ja"))
cli_low = min(int(memory[f"typst-cli {n}"]) for n in ("fr", "ja", "fr-ja"))
mem_ratio = int(memory["sengen build (3 PDFs)"]) / cli_peak
batch = median["batch -j 1"] / median["batch -j 2"]
print("| target | measured | |")
print("|---|---:|---|")
print(f"| 3 PDFs in one sengen build ≤ 0.5× the three typst-cli runs | {ratio:.2f}× | {verdict(ratio <= 0.5)} |")
print(f"| sengen ≥ 30× faster than LuaLaTeX | {speedup:.1f}× | {verdict(speedup >= 30)} |")
print(f"| watch: rebuild of 3 PDFs after a one-paragraph edit ≤ 100 ms (median of 20) | {reported:.0f} ms reported, {end_to_end:.0f} ms end to end | {verdict(reported <= 100)} |")
print(f"| sengen check ≤ 50 ms | {ms(median['sengen check'])} | {verdict(median['sengen check'] <= 0.05)} |")
print(f"| peak memory of the 3-PDF build ≤ 1.5× one typst-cli run | {mem_ratio:.2f}× the largest run ({int(memory['sengen build (3 PDFs)']) / cli_low:.2f}× the smallest) | {verdict(mem_ratio <= 1.5)} |")
print(f"| batch of 20: 2 threads ≥ 1.7× faster than 1 | {batch:.2f}× | {verdict(batch >= 1.7)} |")
PY
