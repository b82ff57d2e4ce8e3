#!/usr/bin/env bash
# Runs every fuzz target for a while (default 600 s each) on its committed
# corpus, and prints executions and crashes per target.
#   bash fuzz/run.sh            # 10 minutes each
#   SECONDS_EACH=60 bash fuzz/run.sh diagnostic_spans
# Needs a nightly toolchain (`rustup toolchain install nightly`) and cargo-fuzz
# (`cargo install cargo-fuzz`). The targets are safe Rust: they run without a
# sanitizer (`-s none`), looking for panics, aborts, timeouts and memory blow-ups.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${SECONDS_EACH:-600}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(load_declaration text_to_markup diagnostic_spans xliff_import docx_read pdf_read page_edit verify_pdf folder_archive)
mkdir -p fuzz/logs
for target in "${targets[@]}"; do
    # The committed seeds stay in corpus/; what the run learns goes to a scratch corpus.
    scratch=fuzz/scratch/$target
    mkdir -p "$scratch"
    log=fuzz/logs/$target.log
    set +e
    cargo +nightly fuzz run -s none "$target" "$scratch" "fuzz/corpus/$target" -- \
        -max_total_time="$seconds" -rss_limit_mb=4096 -timeout=20 -max_len=262144 \
        > "$log" 2>&1
    status=$?
    set -e
    runs=$(grep -Eo 'Done [0-9]+ runs' "$log" | grep -Eo '[0-9]+' || echo '?')
    crashes=$(ls fuzz/artifacts/"$target" 2>/dev/null | wc -l)
    echo "$target: exit $status, $runs executions in ${seconds} s, $crashes crash files (fuzz/artifacts/$target), log $log"
done
