#!/usr/bin/env python3
"""What `sengen watch` costs after an edit, measured, not felt: starts a watch
on a copy of the Shizuoka declaration, then 20 times edits one paragraph of
fr.ftl (a different word each time), and waits for sengen to report the
three PDFs written. Prints, as medians over the 20 edits:
  - reported: the rebuild as sengen times it (first file event seen → PDFs
    written, including its 15 ms wait for the save to settle);
  - end to end: from just before the file is written to the moment sengen's
    line is read here (adds the file event's delivery and the pipe).

    python3 benches/watch_latency.py [path/to/sengen] [edits]
"""
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BINARY = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "target" / "release" / "sengen"
EDITS = int(sys.argv[2]) if len(sys.argv) > 2 else 20
ANCHOR = "construire un dialogue politique"


def main():
    work = Path(tempfile.mkdtemp(prefix="sengen-watch-"))
    try:
        declaration = work / "shizuoka-2024"
        shutil.copytree(ROOT / "fixtures" / "shizuoka-2024", declaration)
        text = (declaration / "fr.ftl").read_text(encoding="utf-8")
        assert ANCHOR in text
        watch = subprocess.Popen(
            [str(BINARY), "watch", str(declaration), "-o", str(work / "out")],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, bufsize=1,
        )
        first = watch.stdout.readline()
        if not first.startswith("first build: wrote 3 PDFs"):
            sys.exit(f"unexpected first line: {first!r}")
        reported, end_to_end = [], []
        for edit in range(1, EDITS + 1):
            time.sleep(0.3)  # let the previous rebuild's echoes settle
            edited = text.replace(ANCHOR, f"{ANCHOR} (version {edit})", 1)
            start = time.perf_counter()
            (declaration / "fr.ftl").write_text(edited, encoding="utf-8")
            line = watch.stdout.readline()
            end_to_end.append((time.perf_counter() - start) * 1000)
            match = re.match(r"changed fr\.ftl: wrote 3 PDFs \(\d+ pages\) in (\d+) ms", line)
            if not match:
                sys.exit(f"unexpected line after edit {edit}: {line!r}")
            reported.append(int(match.group(1)))
        watch.terminate()
        watch.wait()
        print(f"watch, {EDITS} one-paragraph edits, 3 PDFs each: "
              f"reported median {statistics.median(reported):.0f} ms "
              f"(min {min(reported)}, max {max(reported)}); "
              f"end to end median {statistics.median(end_to_end):.0f} ms")
        print(f"WATCH_REPORTED_MS={statistics.median(reported):.1f}")
        print(f"WATCH_END_TO_END_MS={statistics.median(end_to_end):.1f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
