#!/usr/bin/env python3
"""Open built pages in headless Chromium and run axe-core on each (WCAG 2.x A and AA).

  axe_check.py SITE_DIR ARTEFACTS_DIR PAGE [PAGE...]

SITE_DIR is served on 127.0.0.1 (a free port) for the run, so that the pages load
their own stylesheet and script under the site's Content-Security-Policy. Each PAGE is
a path inside it ("index.html", "campaign/index.html"). For each page it saves
screenshots 375 px and 1280 px wide and the printed PDF in ARTEFACTS_DIR, prints one JSON line with the
violations, and the exit status is 1 when any page has a violation.
"""
import base64
import functools
import http.server
import json
import os
import sys
import threading

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

# The WCAG 2.0, 2.1 and 2.2 level A and AA rules, as far as the bundled axe-core knows them.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
RUN_AXE = """
var callback = arguments[arguments.length - 1];
var known = {};
axe.getRules().forEach(function (rule) { rule.tags.forEach(function (t) { known[t] = true; }); });
var tags = arguments[0].filter(function (t) { return known[t]; });
axe.run(document, {runOnly: {type: "tag", values: tags}, resultTypes: ["violations"]})
  .then(function (r) { callback({version: axe.version, tags: tags, violations: r.violations, passes: r.passes.length}); },
        function (e) { callback({error: String(e)}); });
"""
WIDTHS = [375, 1280]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--hide-scrollbars", "--force-device-scale-factor=1"]:
        options.add_argument(flag)
    service = Service(executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    return webdriver.Chrome(service=service, options=options)


def full_page_screenshot(driver, width, path):
    driver.set_window_size(width, 900)
    height = driver.execute_script(
        "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)")
    driver.set_window_size(width, min(max(int(height), 600), 8000))
    # axe scrolls elements into view while it checks contrast: shoot from the top.
    driver.execute_script("window.scrollTo(0, 0)")
    driver.save_screenshot(path)


def main():
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    site, artefacts, pages = sys.argv[1], sys.argv[2], sys.argv[3:]
    os.makedirs(artefacts, exist_ok=True)
    handler = functools.partial(QuietHandler, directory=site)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = "http://127.0.0.1:%d/" % server.server_address[1]
    failed = False
    driver = browser()
    driver.set_script_timeout(120)
    try:
        for page in pages:
            driver.set_window_size(1280, 900)
            driver.get(base + page)
            axe = Axe(driver)
            axe.inject()
            results = driver.execute_async_script(RUN_AXE, WCAG_TAGS)
            if "error" in results:
                print(json.dumps({"page": page, "error": results["error"]}))
                failed = True
                continue
            violations = [
                {"id": v["id"], "impact": v.get("impact"), "help": v["help"],
                 "nodes": [n.get("target") for n in v.get("nodes", [])][:5]}
                for v in results["violations"]
            ]
            name = page.replace("/", "_").replace(".html", "") or "index"
            shots = []
            for width in WIDTHS:
                path = os.path.join(artefacts, "%s-%d.png" % (name, width))
                full_page_screenshot(driver, width, path)
                shots.append(path)
            # The print stylesheet: the page as Chromium prints it, with the paper size
            # the stylesheet asks for (@page size: A4).
            printed = driver.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": False})
            pdf = os.path.join(artefacts, "%s.pdf" % name)
            with open(pdf, "wb") as out:
                out.write(base64.b64decode(printed["data"]))
            shots.append(pdf)
            # Usable at 320 px: nothing wider than the viewport but scrollable table regions.
            driver.set_window_size(320, 800)
            overflow = driver.execute_script(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth")
            print(json.dumps({"page": page, "axe": results["version"], "tags": results["tags"],
                              "passes": results["passes"], "violations": violations,
                              "overflow_at_320": overflow, "screenshots": shots}, ensure_ascii=False))
            if violations or overflow:
                failed = True
    finally:
        driver.quit()
        server.shutdown()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
