#!/usr/bin/env bash
# Check at scale: how the time of `sengen check` grows with the number of
# messages (1,000 → 10,000 → 100,000 short paragraphs of Shizuoka, in French
# and Japanese, each its own message, none reviewed: a warning each), on
# declarations written by benches/scale.py. Median of RUNS (3) whole
# processes; the last column is the time per thousand messages, which a
# linear growth keeps constant, and its ratio to the smallest's.
#
#   bash benches/check_scale.sh
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
runs=${RUNS:-3}
cargo build --release --locked --quiet
bin=$root/target/release/sengen
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

median() {
    for _ in $(seq "$runs"); do
        /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -n1
    done | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}

printf '| messages | check | peak memory | per 1,000 messages | ratio to 1,000 |\n'
printf '|---:|---:|---:|---:|---:|\n'
first=""
for n in 1000 10000 100000; do
    dir=$work/m$n
    python3 benches/scale.py messages "$n" "$dir"
    read -r seconds kb < <(median "$bin" check "$dir" --ui-lang en)
    per=$(python3 -c "print(f'{$seconds / ($n / 1000):.4f}')")
    [ -n "$first" ] || first=$per
    python3 -c "print(f'| $n | {$seconds:.2f} s | {$kb/1024:.0f} MB | {$per:.3f} s | {$per/$first:.2f}× |')"
done
