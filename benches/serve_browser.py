#!/usr/bin/env python3
"""The page of `sengen serve` as it is felt, in the browser: 20 saves of a
paragraph of Shizuoka, each timed from Save to the updated preview painted
(two animation frames after the preview changed), with the bytes the save's
answer took on the wire and the server's own share. Run against this
version's page and against a baseline's (today's page before a change), in
the same session, one after the other, in Debian's chromium through
chromedriver (plain WebDriver over HTTP: no Python package needed).

    python3 benches/serve_browser.py                      # builds both
    SENGEN_BASELINE=/path/to/old/sengen python3 benches/serve_browser.py
    SENGEN_CURRENT=/path/to/new/sengen SENGEN_BASELINE=... python3 benches/serve_browser.py
    BASELINE_REV=67fdadc SAVES=20 python3 benches/serve_browser.py

Prints a Markdown table: per page and layout, the median (and the 10th and
90th percentiles) of Save → painted, of the bytes per save, and of the
server's share, then the ratios of this page to the baseline's.
"""
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAVES = int(os.environ.get("SAVES", "20"))
BASELINE_REV = os.environ.get("BASELINE_REV", "67fdadc")


def build_current():
    if os.environ.get("SENGEN_CURRENT"):
        return Path(os.environ["SENGEN_CURRENT"])
    subprocess.run(["cargo", "build", "--release", "--locked", "--quiet"], cwd=ROOT, check=True)
    return ROOT / "target/release/sengen"


def build_baseline():
    if os.environ.get("SENGEN_BASELINE"):
        return Path(os.environ["SENGEN_BASELINE"])
    tree = ROOT / "target/bench-baseline-tree"
    if not tree.exists():
        subprocess.run(["git", "worktree", "add", "--detach", str(tree), BASELINE_REV], cwd=ROOT, check=True)
    subprocess.run(["cargo", "build", "--release", "--locked", "--quiet"], cwd=tree, check=True,
                   env={**os.environ, "CARGO_TARGET_DIR": str(ROOT / "target/bench-baseline")})
    return ROOT / "target/bench-baseline/release/sengen"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Browser:
    """A chromium session through chromedriver, by plain WebDriver."""

    def __init__(self):
        self.port = free_port()
        self.driver = subprocess.Popen(["chromedriver", f"--port={self.port}"],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        options = {"binary": "/usr/bin/chromium", "args": [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--window-size=1600,1000", "--no-first-run", "--disable-extensions",
            "--proxy-server=127.0.0.1:9"]}
        answer = self.call("POST", "/session", {"capabilities": {"alwaysMatch": {
            "browserName": "chrome", "goog:chromeOptions": options, "timeouts": {"script": 120000}}}})
        self.session = answer["sessionId"]

    def call(self, method, path, body=None):
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}{path}", method=method,
                                         data=json.dumps(body).encode() if body is not None else None,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=300) as response:
            return json.loads(response.read())["value"]

    def goto(self, url):
        self.call("POST", f"/session/{self.session}/url", {"url": url})

    def run(self, script, *args):
        return self.call("POST", f"/session/{self.session}/execute/sync", {"script": script, "args": list(args)})

    def run_async(self, script, *args):
        return self.call("POST", f"/session/{self.session}/execute/async", {"script": script, "args": list(args)})

    def wait(self, script, what, seconds=60):
        started = time.time()
        while not self.run(script):
            if time.time() - started > seconds:
                raise SystemExit(f"waited in vain for {what}")
            time.sleep(0.05)

    def close(self):
        try:
            self.call("DELETE", f"/session/{self.session}")
        finally:
            self.driver.kill()


# One save, as a person makes it: the text typed (an input event on the
# block's text box: the page's textarea, or the new page's Fluent view), Save
# clicked; timed until the preview changed and two frames were painted.
SAVE = """
const [selector, text, done] = arguments;
const cell = document.querySelector(selector);
const toggle = cell.querySelector('.toggle-source');
if (toggle && cell.dataset.mode !== 'source') toggle.click();
const area = cell.querySelector('textarea');
area.value = text;
area.dispatchEvent(new Event('input'));
performance.clearResourceTimings();
const preview = document.getElementById('preview');
const before = preview.dataset.version;
const measured = (window.sengenSaves || []).length;
const started = performance.now();
const observer = new MutationObserver(() => {
  if (preview.dataset.version === before) return;
  observer.disconnect();
  requestAnimationFrame(() => requestAnimationFrame(() => {
    const ms = performance.now() - started;
    const entry = performance.getEntriesByType('resource').filter(e => e.name.endsWith('/api/save')).pop();
    // The new page clears the resource timings itself and keeps what it
    // measured of each save (window.sengenSaves): its bytes and the
    // server's own time; the old page leaves the entry here.
    // The server's share: from the request sent to the answer's first byte.
    if (entry) { done({ ms, bytes: entry.transferSize, server: entry.responseStart - entry.requestStart }); return; }
    const own = () => {
      if ((window.sengenSaves || []).length <= measured) { requestAnimationFrame(own); return; }
      const saved = window.sengenSaves.at(-1);
      done({ ms, bytes: saved.bytes, server: saved.server, own: saved.ms });
    };
    own();
  }));
});
observer.observe(preview, { attributes: true, attributeFilter: ['data-version'] });
cell.querySelector('.save').click();
"""


def measure(binary, layout, browser):
    work = Path(tempfile.mkdtemp())
    shutil.copytree(ROOT / "fixtures/shizuoka-2024", work / "shizuoka-2024")
    server = subprocess.Popen([str(binary), "serve", str(work / "shizuoka-2024"), "--port", "0", "-o", str(work / "out")],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                              env={**os.environ, "SENGEN_LANG": "en"})
    url = server.stdout.readline().strip().split("sengen serve: ")[1]
    port = url.split(":")[2].split("/")[0]
    try:
        browser.goto(url)
        browser.run("localStorage.clear();")
        browser.goto(url)
        browser.wait("return !!document.querySelector('#layout option')", "the page")
        browser.run(f"const l = document.getElementById('layout'); l.value = '{layout}'; l.dispatchEvent(new Event('change'));")
        browser.wait("return document.querySelectorAll('#preview .page img, #preview .page svg').length > 0", "the preview")
        time.sleep(1.0)
        selector = '.cell[data-lang="fr"][data-id="partnership"]'
        state = json.loads(urllib.request.urlopen(urllib.request.Request(
            f"http://127.0.0.1:{port}/api/state", headers={"Cookie": f"sengen-token={url.split('token=')[1]}"})).read())
        original = next(b for b in state["blocks"] if b["id"] == "partnership")["texts"]["fr"]["text"]
        results = []
        for n in range(SAVES):
            # Each save a different word, as a negotiator would change it.
            text = original.replace("feuille de route", f"feuille de route n° {n + 1}")
            results.append(browser.run_async(SAVE, selector, text))
            time.sleep(0.2)
        return results
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(work, ignore_errors=True)


def quantiles(values):
    values = sorted(values)
    pick = lambda q: values[min(len(values) - 1, int(q * len(values)))]
    return statistics.median(values), pick(0.1), pick(0.9)


def main():
    current = build_current()
    baseline = build_baseline()
    rows = {}
    browser = Browser()
    try:
        for layout in ["fr-ja", "fr"]:
            for name, binary in [("baseline", baseline), ("this page", current)]:
                results = measure(binary, layout, browser)
                rows[(name, layout)] = (
                    quantiles([r["ms"] for r in results]),
                    quantiles([r["bytes"] for r in results]),
                    quantiles([r["server"] for r in results]),
                )
    finally:
        browser.close()
    print(f"| page | layout | Save → preview painted (median, p10–p90) | bytes per save (median) | server's share (request → first byte, median) |")
    print("|---|---|---:|---:|---:|")
    for (name, layout), (ms, size, server) in rows.items():
        print(f"| {name} | {layout} | {ms[0]:.0f} ms ({ms[1]:.0f}–{ms[2]:.0f}) | {size[0]:,.0f} | {server[0]:.0f} ms |")
    print()
    for layout in ["fr-ja", "fr"]:
        base, this = rows[("baseline", layout)], rows[("this page", layout)]
        print(f"{layout}: time {this[0][0] / base[0][0]:.2f}× the baseline, bytes {this[1][0] / max(base[1][0], 1):.3f}×")


if __name__ == "__main__":
    sys.exit(main())
