#!/usr/bin/env bash
# Makes the pictures of the user guides (docs/huong-dan, docs/guide) with the project's
# own commands, so that they show the site and posters exactly as niemyet makes them:
#   1. builds niemyet (debug),
#   2. `niemyet build` of the repository's sample project (Campaigns/, Site/) into a
#      temporary folder, with --clock 2021-06-10 so the 2021 campaign shows as running,
#   3. serves that folder on 127.0.0.1 and photographs the home, campaign, unit and
#      results pages with headless Chromium (selenium) at 1280 px and 375 px wide,
#   4. renders the first page of a poster PDF with pdftoppm.
# Needs what `scripts/install-deps.sh test` installs (chromium, chromium-driver,
# poppler-utils and the .venv with selenium).
#   scripts/docs-screenshots.sh [OUTPUT_DIR]      (default: docs/images)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/docs/images}"
python="$root/.venv/bin/python"
if ! "$python" -c "import selenium" 2>/dev/null; then
  echo "selenium is missing: run scripts/install-deps.sh test first" >&2
  exit 2
fi
mkdir -p "$out"

(cd "$root" && swift build --product niemyet >&2)
niemyet="$(cd "$root" && swift build --show-bin-path)/niemyet"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -R "$root/Campaigns" "$root/Site" "$work/"
"$niemyet" build "$work" --out "$work/public" --clock 2021-06-10 >&2

# The poster of the Quận 12 unit, page 1 at 60 dpi (about 500 × 700 px for A4).
pdftoppm -png -r 60 -f 1 -l 1 -singlefile \
  "$work/public/posters/2021-thang-cao-diem-quan-12/ubnd-quan-12.pdf" "$out/poster-ubnd-quan-12"

SITE="$work/public" OUT="$out" "$python" - <<'PY'
import functools
import http.server
import os
import threading

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

site, out = os.environ["SITE"], os.environ["OUT"]
pages = {
    "trang-chu": "",
    "chien-dich": "2021-thang-cao-diem-quan-12/",
    "don-vi": "2021-thang-cao-diem-quan-12/ubnd-quan-12/",
    "ket-qua": "2022-thang-hanh-dong-thanh-pho/ket-qua/",
}
# Width -> the tallest picture kept: the top of the page, enough to recognise it,
# small enough (well under 250 KB) for the repository.
sizes = {1280: 1000, 375: 1400}


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=site))
threading.Thread(target=server.serve_forever, daemon=True).start()
base = f"http://127.0.0.1:{server.server_address[1]}/"

options = webdriver.ChromeOptions()
options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
flags = ["--headless=new", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars"]
if os.geteuid() == 0:
    flags.append("--no-sandbox")
for flag in flags:
    options.add_argument(flag)
driver = webdriver.Chrome(
    service=Service(executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)
try:
    for name, path in pages.items():
        for width, tallest in sizes.items():
            metrics = {"width": width, "height": 800, "deviceScaleFactor": 1, "mobile": width < 600}
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
            driver.get(base + path)
            height = driver.execute_script(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)")
            metrics["height"] = min(int(height), tallest)
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
            driver.execute_script("window.scrollTo(0, 0)")
            target = os.path.join(out, f"{name}-{width}.png")
            driver.save_screenshot(target)
            print(target)
finally:
    driver.quit()
    server.shutdown()
PY
echo "$out/poster-ubnd-quan-12.png"
