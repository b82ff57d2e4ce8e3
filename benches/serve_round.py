#!/usr/bin/env python3
"""What a negotiation round's steps cost on the page of `sengen serve`,
against the commands that do the same, in the same session: starts a server
on a declaration imported from the round's first draft (with Japanese to
translate), then times each step RUNS times as the page asks it, and the
same step as a command (a whole process, as a person at a terminal runs it):
  - a later draft's changes planned (POST /api/draft) vs `sengen import
    --into` on a copy (which also writes);
  - a block added then removed (POST /api/block twice) vs `sengen block add`
    then `sengen block remove`;
  - the Japanese XLIFF (GET /api/xliff) vs `sengen xliff export`;
  - a comparison with the first draft and its redline PDF (POST
    /api/compare) vs `sengen diff` of two folders with `-o`.
Prints medians in milliseconds and the page's time as a ratio of the
command's.

    python3 benches/serve_round.py [path/to/sengen] [runs]
"""
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BINARY = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "target" / "release" / "sengen"
RUNS = int(sys.argv[2]) if len(sys.argv) > 2 else 15
DRAFTS = ROOT / "fixtures" / "serve" / "round"


def run(*args, may_find=False):
    """A command; one that fails is no baseline (exit 1 allowed where the
    command writes, then reports a translation still to do)."""
    done = subprocess.run([str(BINARY), *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0 and not (may_find and done.returncode == 1):
        sys.exit(f"sengen {' '.join(args)} failed:\n{done.stderr}")


def median_ms(job):
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        job()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main():
    work = Path(tempfile.mkdtemp())
    folder = work / "lyon-2028"
    run("import", str(DRAFTS / "draft-1.docx"), "-o", str(folder), "--lang", "fr")
    run("translations", str(folder), "--add", "ja")
    first = work / "first" / "lyon-2028"
    shutil.copytree(folder, first)
    # The comparison's command: the two drafts as two folders, in French
    # (the page's folder has Japanese still to translate: it compares French).
    before = work / "before" / "lyon-2028"
    after = work / "after" / "lyon-2028"
    run("import", str(DRAFTS / "draft-1.docx"), "-o", str(before), "--lang", "fr")
    shutil.copytree(before, after)
    run("import", str(DRAFTS / "draft-2.docx"), "--into", str(after), "--lang", "fr")
    server = subprocess.Popen([str(BINARY), "serve", str(folder), "--port", "0", "-o", str(work / "out")],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    url = server.stdout.readline().split("sengen serve: ")[1].strip()
    base, token = url.split("/?token=")

    def ask(method, path, body=None, kind="application/json"):
        request = urllib.request.Request(base + path, data=body, method=method,
                                         headers={"X-Sengen-Token": token, "Content-Type": kind})
        with urllib.request.urlopen(request) as answer:
            return answer.read()

    draft = (DRAFTS / "draft-2.docx").read_bytes()
    first_draft = (DRAFTS / "draft-1.docx").read_bytes()
    add = json.dumps({"action": "add", "kind": "item", "after": "atelier-2-societe-2",
                      "texts": {"fr": "Jumeler les écoles."}}).encode()
    remove = json.dumps({"action": "remove", "id": "atelier-2-societe-3"}).encode()

    def into_copy():
        copy = work / "copy" / "lyon-2028"
        shutil.rmtree(copy.parent, ignore_errors=True)
        shutil.copytree(first, copy)
        run("import", str(DRAFTS / "draft-2.docx"), "--into", str(copy), "--lang", "fr", may_find=True)

    def copy_only():
        copy = work / "copy" / "lyon-2028"
        shutil.rmtree(copy.parent, ignore_errors=True)
        shutil.copytree(first, copy)

    steps = [
        ("a later draft's changes",
         lambda: ask("POST", "/api/draft?name=draft-2.docx&ui=en", draft, "application/octet-stream"),
         lambda: (into_copy()), copy_only),
        ("a block added, then removed",
         lambda: (ask("POST", "/api/block", add), ask("POST", "/api/block", remove)),
         lambda: (run("block", "add", str(folder), "item", "--after", "atelier-2-societe-2", "--text", "fr=Jumeler les écoles."),
                  run("block", "remove", str(folder), "atelier-2-societe-3")), None),
        ("the Japanese XLIFF",
         lambda: ask("GET", "/api/xliff?lang=ja"),
         lambda: run("xliff", "export", str(folder), "--lang", "ja", "-o", str(work / "ja.xlf")), None),
        ("compared with the first draft, redline PDF",
         lambda: ask("POST", "/api/compare?name=draft-1.docx&ui=en", first_draft, "application/octet-stream"),
         lambda: run("diff", str(before), str(after), "-o", str(work / "redline")), None),
    ]
    try:
        print(f"{'step':<45} {'page ms':>9} {'command ms':>11} {'ratio':>7}")
        for name, page, command, overhead in steps:
            if name.startswith("compared"):
                # The page's folder now holds the second draft, as `after` does.
                ask("POST", "/api/draft/accept", b'{"ui":"en"}')
            page_ms = median_ms(page)
            command_ms = median_ms(command)
            # The copy the command works on is not the command's cost.
            if overhead:
                command_ms -= median_ms(overhead)
            print(f"{name:<45} {page_ms:>9.1f} {command_ms:>11.1f} {page_ms / command_ms:>7.2f}")
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
