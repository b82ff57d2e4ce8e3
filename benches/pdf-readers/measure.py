#!/usr/bin/env python3
"""Measures each candidate PDF text reader (src/main.rs) on real PDFs, with
poppler's pdftotext as the reference for order and completeness:

- text: the share of pdftotext's non-space characters the reader gives in
  the same order (difflib's matching blocks over the two sequences), and
  the share of the reader's characters that are not in pdftotext's text
  (extra: a letter read twice, a wrong character);
- time: the median of 5 runs of the whole process;
- hostile: the same PDFs damaged (cut short, bytes overwritten, seeded so
  every run damages them the same way); each reader must answer (text or an
  error) within 20 s, without a panic.

    python3 benches/pdf-readers/measure.py DIR...   # PDFs found under each DIR

Build first: CARGO_TARGET_DIR=/var/tmp/pdf-readers-target cargo build --release
(in benches/pdf-readers).
"""
import difflib, os, pathlib, random, statistics, subprocess, sys, tempfile, time

READERS = ["hayro", "pdf-extract", "lopdf"]
BIN = pathlib.Path(os.environ.get("CARGO_TARGET_DIR", "/var/tmp/pdf-readers-target")) / "release" / "pdf-readers"


def run(reader, path, limit=20):
    start = time.perf_counter()
    try:
        done = subprocess.run([BIN, reader, path], capture_output=True, timeout=limit)
    except subprocess.TimeoutExpired:
        return "hang", "", limit
    took = time.perf_counter() - start
    if done.returncode == 0:
        return "ok", done.stdout.decode("utf-8", "replace"), took
    return ("panic" if done.returncode == 101 else "error"), "", took


def chars(text):
    return [c for c in text if not c.isspace()]


def order_score(reference, got):
    ref, out = chars(reference), chars(got)
    if not ref:
        return 1.0, 0.0
    matcher = difflib.SequenceMatcher(None, ref, out, autojunk=False)
    same = sum(block.size for block in matcher.get_matching_blocks())
    return same / len(ref), (len(out) - same) / max(len(out), 1)


def damaged(path, work):
    data = path.read_bytes()
    rng = random.Random(path.name)
    made = []
    for n, cut in enumerate([0.5, 0.9, 0.99]):
        out = work / f"{path.stem}.cut{n}.pdf"
        out.write_bytes(data[: int(len(data) * cut)])
        made.append(out)
    for n in range(12):
        bad = bytearray(data)
        for _ in range(40):
            bad[rng.randrange(len(bad))] = rng.randrange(256)
        out = work / f"{path.stem}.bytes{n}.pdf"
        out.write_bytes(bytes(bad))
        made.append(out)
    return made


def main():
    pdfs = sorted(p for d in sys.argv[1:] for p in pathlib.Path(d).rglob("*.pdf"))
    totals = {r: {"found": [], "extra": [], "time": []} for r in READERS}
    print(f"{'file':44} " + " ".join(f"{r:>26}" for r in READERS))
    for pdf in pdfs:
        reference = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True).stdout.decode()
        cells = []
        for reader in READERS:
            times, status, text = [], None, ""
            for _ in range(5):
                status, text, took = run(reader, pdf)
                times.append(took)
            if status != "ok":
                cells.append(f"{status:>26}")
                totals[reader]["found"].append(0.0)
                continue
            found, extra = order_score(reference, text)
            median = statistics.median(times) * 1000
            totals[reader]["found"].append(found)
            totals[reader]["extra"].append(extra)
            totals[reader]["time"].append(median)
            cells.append(f"{found*100:6.1f}% +{extra*100:5.1f}% {median:7.1f} ms")
        print(f"{str(pdf.relative_to(pdf.parents[1])):44} " + " ".join(cells))
    print(f"{'mean (found, extra, ms)':44} " + " ".join(
        f"{statistics.mean(t['found'])*100:6.1f}% +{statistics.mean(t['extra'] or [0])*100:5.1f}% {statistics.mean(t['time'] or [0]):7.1f} ms" for t in totals.values()))
    with tempfile.TemporaryDirectory() as work:
        work = pathlib.Path(work)
        outcomes = {r: {} for r in READERS}
        for pdf in pdfs:
            for bad in damaged(pdf, work):
                for reader in READERS:
                    status, _, _ = run(reader, bad)
                    outcomes[reader][status] = outcomes[reader].get(status, 0) + 1
        print("damaged files (" + str(len(pdfs) * 15) + "): " + "; ".join(
            f"{r}: " + ", ".join(f"{k} {v}" for k, v in sorted(o.items())) for r, o in outcomes.items()))


main()
