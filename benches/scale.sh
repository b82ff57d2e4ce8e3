#!/usr/bin/env bash
# Scale: how time and peak memory of `sengen build` (and `check`) grow with
# the number of signatories (250 → 1,000, the most a delegation may have) and with the size of the text
# (0.5 → 2 MB), on declarations written by benches/scale.py. Median of
# RUNS (3) whole processes each; the last columns divide by the size, so a
# roughly linear growth shows as a roughly constant figure.
#
#   bash benches/scale.sh
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
runs=${RUNS:-3}
cargo build --release --locked --quiet
bin=$root/target/release/sengen
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Prints "seconds kilobytes" of the median run of a command.
measure() {
    for _ in $(seq "$runs"); do
        /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -n1
    done | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}

printf '| input | pages | build | peak memory | check | build per unit | memory per unit |\n'
printf '|---|---:|---:|---:|---:|---:|---:|\n'
for spec in "signatories 250 1000" "signatories 500 1000" "signatories 1000 1000" \
            "bytes 500000 1000000" "bytes 1000000 1000000" "bytes 2000000 1000000"; do
    set -- $spec
    kind=$1 amount=$2 unit=$3
    dir=$work/$kind-$amount
    python3 benches/scale.py "$kind" "$amount" "$dir"
    read -r seconds kb < <(measure "$bin" build "$dir" -o "$dir/out")
    read -r check_seconds _ < <(measure "$bin" check "$dir")
    pages=$(pdfinfo "$dir/out/lyon-2030.fr.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
    label=$([ "$kind" = signatories ] && echo "$amount signatories" || echo "$((amount / 1000)) kB of text")
    per=$([ "$kind" = signatories ] && echo "1,000 signatories" || echo "MB")
    python3 -c "
s, kb, c, a, u = $seconds, $kb, $check_seconds, $amount, $unit
print(f'| $label | $pages | {s:.2f} s | {kb/1024:.0f} MB | {c:.2f} s | {s/(a/u):.2f} s per $per | {kb/1024/(a/u):.0f} MB per $per |')"
done
