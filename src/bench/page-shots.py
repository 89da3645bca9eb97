#!/usr/bin/env python3
"""Screenshots of the analysts' page (main page and one run's page) at several window sizes.

Speaks the W3C WebDriver protocol to chromedriver with urllib only (no selenium):

    src/bench/page-shots.py --base http://127.0.0.1:8080 --user ana --password-file PW \
        --out /tmp/shots [--run ID] [--sizes 390x844,1366x900,1920x1080]

Starts chromedriver on a free port, opens a headless Chromium session, signs in through the page's
form, then for each size sets the window so the viewport is WxH, opens / and /runs/ID (ID: --run, or
the first /runs/N link of the main page) and saves main-WxH.png and run-WxH.png (the viewport).
"""
import argparse
import base64
import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

CHROMEDRIVER = "/usr/bin/chromedriver"
CHROMIUM = "/usr/bin/chromium"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Driver:
    def __init__(self, port):
        self.url = "http://127.0.0.1:%d" % port
        self.session = None

    def call(self, method, path, body=None, timeout=120):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.url + path, data=data, method=method,
                                     headers={"Content-Type": "application/json; charset=utf-8"})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                return json.loads(resp.read().decode() or "{}").get("value")
        except urllib.error.HTTPError as e:
            raise RuntimeError("%s %s: %s %s" % (method, path, e.code, e.read().decode()[:500]))

    def s(self, method, path, body=None, timeout=120):
        return self.call(method, "/session/%s%s" % (self.session, path), body, timeout)

    def start(self, w, h):
        caps = {"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "pageLoadStrategy": "normal",
            "goog:chromeOptions": {
                "binary": CHROMIUM,
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu",
                         "--disable-dev-shm-usage",
                         "--force-device-scale-factor=1", "--window-size=%d,%d" % (w, h)],
            }}}}
        value = self.call("POST", "/session", caps, timeout=180)
        self.session = value["sessionId"]

    def go(self, url):
        self.s("POST", "/url", {"url": url}, timeout=180)
        for _ in range(100):
            if self.js("return document.readyState") == "complete":
                break
            time.sleep(0.2)

    def js(self, script, *args):
        return self.s("POST", "/execute/sync", {"script": script, "args": list(args)})

    def find(self, css):
        value = self.s("POST", "/element", {"using": "css selector", "value": css})
        return next(iter(value.values()))

    def type(self, css, text):
        el = self.find(css)
        self.s("POST", "/element/%s/clear" % el, {})
        self.s("POST", "/element/%s/value" % el, {"text": text})

    def click(self, css):
        self.s("POST", "/element/%s/click" % self.find(css), {})

    def viewport(self, w, h):
        """Sets the window so that the page's viewport (innerWidth x innerHeight) is w x h."""
        self.s("POST", "/window/rect", {"x": 0, "y": 0, "width": w, "height": h})
        for _ in range(3):
            iw, ih = self.js("return [window.innerWidth, window.innerHeight]")
            if (iw, ih) == (w, h):
                break
            rect = self.s("GET", "/window/rect")
            self.s("POST", "/window/rect", {"width": rect["width"] + w - iw,
                                            "height": rect["height"] + h - ih})
        return self.js("return [window.innerWidth, window.innerHeight]")

    def shot(self, path):
        png = base64.b64decode(self.s("GET", "/screenshot", timeout=180))
        with open(path, "wb") as f:
            f.write(png)
        return len(png)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", required=True, help="the page's address, e.g. http://127.0.0.1:8080")
    ap.add_argument("--user", required=True)
    ap.add_argument("--password-file", help="a file whose first line is the password (else PARLEY_PASSWORD)")
    ap.add_argument("--out", required=True, help="folder for the PNG files")
    ap.add_argument("--run", help="the run (execution) id whose page to take; default: the main page's first run link")
    ap.add_argument("--sizes", default="390x844,1366x900,1920x1080")
    ap.add_argument("--settle", type=float, default=3.0, help="seconds to wait after a page loads (its scripts fill it)")
    a = ap.parse_args()

    if a.password_file:
        with open(a.password_file) as f:
            password = f.readline().rstrip("\n")
    else:
        password = os.environ["PARLEY_PASSWORD"]
    base = a.base.rstrip("/")
    sizes = [tuple(int(n) for n in s.split("x")) for s in a.sizes.split(",")]
    os.makedirs(a.out, exist_ok=True)

    port = free_port()
    proc = subprocess.Popen([CHROMEDRIVER, "--port=%d" % port], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    d = Driver(port)
    try:
        for _ in range(150):
            try:
                if d.call("GET", "/status", timeout=5).get("ready"):
                    break
            except Exception:
                pass
            time.sleep(0.2)
        d.start(*sizes[0])

        d.go(base + "/login")
        d.type("#user", a.user)
        d.type("#password", password)
        d.click("#sign-in")
        time.sleep(a.settle)
        d.go(base + "/")
        if d.js("return !!document.querySelector('#password')"):
            sys.exit("page-shots: still the sign-in form after signing in: %s" % d.js("return document.body.innerText")[:300])

        run = a.run
        if not run:
            for _ in range(20):
                hrefs = d.js("return Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href'))")
                ids = [m.group(1) for h in hrefs for m in [re.search(r"/runs/(\d+)", h)] if m]
                if ids:
                    run = ids[0]
                    break
                time.sleep(0.5)
            if not run:
                sys.exit("page-shots: no /runs/N link on the main page; give --run")
        print("run page: /runs/%s" % run)

        for w, h in sizes:
            vw, vh = d.viewport(w, h)
            for name, path in (("main", "/"), ("run", "/runs/%s" % run)):
                d.go(base + path)
                time.sleep(a.settle)
                d.js("window.scrollTo(0, 0)")
                sw, cw = d.js("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
                url = d.js("return location.pathname")
                title = d.js("return document.title")
                out = os.path.join(a.out, "%s-%dx%d.png" % (name, w, h))
                n = d.shot(out)
                print("%s: %s (%r), viewport %dx%d, page width %d of %d, %d bytes"
                      % (out, url, title, vw, vh, sw, cw, n))
    finally:
        try:
            if d.session:
                d.s("DELETE", "")
        except Exception:
            pass
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


if __name__ == "__main__":
    main()
