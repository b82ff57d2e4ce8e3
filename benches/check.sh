#!/usr/bin/env bash
# Whole-process timings of `sengen check` and `sengen build` on the Shizuoka
# declaration, with hyperfine (installed from Debian's packages if missing).
# Compare runs made in the same session: the machine is shared and noisy.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine >/dev/null; }
cargo build --release --locked
bin=target/release/sengen
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
hyperfine --warmup 3 --runs 30 --export-markdown "$out/table.md" \
    "$bin check fixtures/shizuoka-2024" \
    "$bin build fixtures/shizuoka-2024 -o $out --lang fr" \
    "$bin build fixtures/shizuoka-2024 -o $out"
cat "$out/table.md"
