#!/usr/bin/env python3
"""What `sengen serve` costs after an edit, measured: starts a server on a
copy of the Shizuoka declaration, then saves one paragraph 20 times (a
different word each time) as the page does, asking for the French preview
with the save, and prints medians over the 20 edits:
  - end to end: from the request sent to the preview's pages received here
    (the save, the check of the folder with the new text, the write, the
    layout of the edition and its pages as SVG, the JSON over loopback);
  - server: the same as the server times it;
  - preview: the layout and SVG alone.
Then how much CPU the server uses while nobody asks it anything (5 s).

    python3 benches/serve_latency.py [path/to/sengen] [edits]
"""
import json
import os
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
EDITS = int(sys.argv[2]) if len(sys.argv) > 2 else 20
WORDS = ["publiée", "adoptée", "présentée", "signée", "annoncée"]


def cpu_ticks(pid):
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def main():
    work = Path(tempfile.mkdtemp(prefix="sengen-serve-"))
    try:
        declaration = work / "shizuoka-2024"
        shutil.copytree(ROOT / "fixtures" / "shizuoka-2024", declaration)
        server = subprocess.Popen(
            [str(BINARY), "serve", str(declaration), "--port", "0", "-o", str(work / "out")],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, bufsize=1,
        )
        url = server.stdout.readline().strip().split(" ", 2)[2]
        base_url, token = url.split("/?token=")

        def call(method, path, body=None):
            request = urllib.request.Request(
                base_url + path, method=method,
                data=json.dumps(body).encode() if body is not None else None,
                headers={"X-Sengen-Token": token, "Content-Type": "application/json"},
            )
            with urllib.request.urlopen(request) as response:
                return json.loads(response.read())

        state = call("GET", "/api/state")
        block = next(b for b in state["blocks"] if b["id"] == "partnership")["texts"]["fr"]
        warm = call("GET", "/api/preview?layout=fr")  # warm: the first layout of the session
        have = [page["hash"] for page in warm["pages"]]
        end_to_end, server_ms, preview_ms = [], [], []
        for i in range(EDITS):
            # Each save a real change (an unchanged text writes nothing and lays nothing out).
            text = block["text"].replace("feuille de route", f"feuille de route {WORDS[i % len(WORDS)]} ({i})", 1)
            assert text != block["text"], "the paragraph no longer says « feuille de route »"
            started = time.perf_counter()
            answer = call("POST", "/api/save", {"lang": "fr", "id": "partnership", "text": text, "base": block["base"], "layout": "fr", "have": have})
            end_to_end.append((time.perf_counter() - started) * 1000)
            assert answer["preview"]["pages"], "no preview"
            server_ms.append(answer["ms"])
            preview_ms.append(answer["preview"]["ms"])
            # The page keeps the pages it has: it names them by their hashes.
            have = [page["hash"] for page in answer["preview"]["pages"]]
            update = answer["update"]
            blocks = update["whole"]["blocks"] if update.get("whole") else update["blocks"]
            block = next(b for b in blocks if b["id"] == "partnership")["texts"]["fr"]
        time.sleep(1)
        before = cpu_ticks(server.pid)
        time.sleep(5)
        idle = cpu_ticks(server.pid) - before
        server.terminate()
        server.wait()
        med = statistics.median
        print(f"| {EDITS} edits of one paragraph, French preview | median | min | max |")
        print("|---|---:|---:|---:|")
        for name, values in [("end to end", end_to_end), ("server", server_ms), ("preview (layout + PNG of the pages changed)", preview_ms)]:
            print(f"| {name} | {med(values):.1f} ms | {min(values):.1f} ms | {max(values):.1f} ms |")
        hz = os.sysconf("SC_CLK_TCK")
        print(f"\nidle for 5 s: {idle} CPU ticks ({idle * 1000 / hz:.0f} ms of CPU)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
