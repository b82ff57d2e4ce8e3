#!/usr/bin/env python3
"""Proves that a change of sengen's code changed no document.

Builds every fixture in every layout (and with --attach-source, and with
--emit typst), then records, for each file written, what a reader would see:

- the SHA-256 of its bytes;
- for a PDF, per page: its text (pdftotext) and its picture (pdftoppm, 50 dpi,
  grey), each hashed after the fingerprint's digits are masked;
- for a generated Typst source, its text with the fingerprint's digits masked.

The fingerprint covers sengen's templates and wording, so a refactor that
touches a template changes every footer while changing nothing else: masking
its digits (in the text, and their boxes in the picture) leaves exactly what
must not change.

    python3 tools/same_outputs.py record target/release/sengen > tools/outputs-before.tsv
    python3 tools/same_outputs.py compare target/release/sengen tools/outputs-before.tsv

`compare` prints each difference and exits 1 if there is one. A file whose
bytes are identical passes at once; one whose bytes differ passes when every
page's masked text and picture are the same (the note says which).
"""

import hashlib
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = ["shizuoka-2024", "aix-2022", "forum-2027", "lyon-2030"]
# (name, extra arguments, needs two languages)
BUILDS = [
    ("default", ["--emit", "typst"], False),
    ("sequential", ["--layout", "sequential", "--emit", "typst"], True),
    ("attached", ["--attach-source"], False),
]
HEX = re.compile(r"[0-9a-f]{12,64}")
DPI = 50


def sha(data):
    return hashlib.sha256(data).hexdigest()[:16]


def masked(text):
    return HEX.sub(lambda m: "#" * len(m.group(0)), text)


def run(args, **kw):
    return subprocess.run(args, check=True, capture_output=True, **kw)


def languages(fixture):
    text = open(os.path.join(ROOT, "fixtures", fixture, "declaration.toml"), encoding="utf-8").read()
    match = re.search(r"^languages\s*=\s*\[([^\]]*)\]", text, re.M)
    return len(re.findall(r'"[^"]+"', match.group(1))) if match else 1


def fingerprint_boxes(pdf, page):
    """The boxes (in points) of the words of a page that are fingerprint digits."""
    html = run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), pdf, "-"]).stdout.decode()
    words = [
        (tuple(float(m.group(i)) for i in range(1, 5)), m.group(5))
        for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', html)
    ]
    boxes = []
    for i, (box, word) in enumerate(words):
        if HEX.search(word):
            # A right-aligned footer moves its label with the digits' width:
            # "SHA-256" just before the digits is masked with them.
            previous = words[i - 1] if i > 0 else None
            if previous and previous[1] == "SHA-256" and abs(previous[0][1] - box[1]) < 1:
                box = (previous[0][0], box[1], box[2], box[3])
            boxes.append(box)
    return boxes


def page_picture(pdf, page, work):
    """The page at DPI in grey, fingerprint digits painted white, hashed."""
    prefix = os.path.join(work, "page")
    run(["pdftoppm", "-gray", "-r", str(DPI), "-f", str(page), "-l", str(page), "-singlefile", pdf, prefix])
    data = open(prefix + ".pgm", "rb").read()
    # Binary PGM: "P5\n<width> <height>\n<max>\n" then one byte per pixel.
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
    width, height = int(header.group(1)), int(header.group(2))
    pixels = bytearray(data[header.end():])
    scale = DPI / 72.0
    for x0, y0, x1, y1 in fingerprint_boxes(pdf, page):
        left, right = max(0, int(x0 * scale) - 2), min(width, int(x1 * scale) + 3)
        top, bottom = max(0, int(y0 * scale) - 2), min(height, int(y1 * scale) + 3)
        for y in range(top, bottom):
            pixels[y * width + left:y * width + right] = b"\xff" * (right - left)
    return sha(bytes(pixels))


def describe(path, work):
    """Lines of `key value` describing one output file."""
    data = open(path, "rb").read()
    lines = [("bytes", sha(data))]
    if path.endswith(".pdf"):
        info = run(["pdfinfo", path]).stdout.decode()
        pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
        lines.append(("pages", str(pages)))
        for page in range(1, pages + 1):
            text = run(["pdftotext", "-f", str(page), "-l", str(page), path, "-"]).stdout.decode()
            lines.append((f"page {page} text", sha(masked(text).encode())))
            # The same lines in another order: pdftotext's reading order
            # around a draft's diagonal watermark shifts with the width of
            # the fingerprint's digits, though nothing on the page moved.
            sorted_lines = sorted(l for l in masked(text).splitlines() if l.strip())
            lines.append((f"page {page} lines", sha("\n".join(sorted_lines).encode())))
            lines.append((f"page {page} picture", page_picture(path, page, work)))
    elif path.endswith(".typ"):
        lines.append(("masked", sha(masked(data.decode()).encode())))
    return lines


def record(sengen):
    rows = []
    with tempfile.TemporaryDirectory() as work:
        for fixture in FIXTURES:
            for name, extra, bilingual in BUILDS:
                if bilingual and languages(fixture) < 2:
                    continue
                out = os.path.join(work, fixture, name)
                run([sengen, "build", os.path.join("fixtures", fixture), "-o", out, *extra], cwd=ROOT)
                for file in sorted(os.listdir(out)):
                    for key, value in describe(os.path.join(out, file), work):
                        rows.append(f"{fixture}/{name}/{file}\t{key}\t{value}")
    return rows


def compare(sengen, before_file):
    before = [line.rstrip("\n") for line in open(before_file, encoding="utf-8") if line.strip() and not line.startswith("#")]
    now = record(sengen)
    old = {tuple(r.split("\t")[:2]): r.split("\t")[2] for r in before}
    new = {tuple(r.split("\t")[:2]): r.split("\t")[2] for r in now}
    problems = []
    identical, same_reading, same_order = [], [], []
    files = sorted({k[0] for k in old} | {k[0] for k in new})
    for file in files:
        keys = sorted({k for k in old if k[0] == file} | {k for k in new if k[0] == file})
        if old.get((file, "bytes")) is not None and old.get((file, "bytes")) == new.get((file, "bytes")):
            identical.append(file)
            continue
        differ = [k[1] for k in keys if k[1] != "bytes" and old.get(k) != new.get(k)]
        # Text in another order, with the same lines and the same picture, reads the same.
        reordered = [d for d in differ if d.endswith(" text") and d[:-5] + " lines" not in differ and d[:-5] + " picture" not in differ]
        differ = [d for d in differ if d not in reordered]
        if reordered:
            same_order.append(f"{file} ({', '.join(reordered)})")
        if (file, "bytes") not in old:
            problems.append(f"{file}: new file")
        elif (file, "bytes") not in new:
            problems.append(f"{file}: no longer written")
        elif differ or not any(k[1] != "bytes" for k in keys):
            problems.append(f"{file}: differs ({', '.join(differ) or 'bytes'})")
        else:
            same_reading.append(file)
    print(f"{len(identical)} files byte-identical, {len(same_reading)} the same once the fingerprint is masked, {len(problems)} different")
    for file in same_reading:
        print(f"  same text and pictures, other fingerprint: {file}")
    for file in same_order:
        print(f"  same lines and pictures, text extracted in another order: {file}")
    for problem in problems:
        print(f"  DIFFERENT: {problem}")
    return 1 if problems else 0


def main():
    if len(sys.argv) >= 3 and sys.argv[1] == "record":
        print("# tools/same_outputs.py record: fixture/build/file, what, SHA-256 (first 16 digits)")
        print("\n".join(record(os.path.abspath(sys.argv[2]))))
        return 0
    if len(sys.argv) >= 4 and sys.argv[1] == "compare":
        return compare(os.path.abspath(sys.argv[2]), sys.argv[3])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
