#!/usr/bin/env bash
# Preview server vs `hugo server` on the same generated pages, in one run (see BENCHMARKS.md).
#   scripts/bench-serve.sh [WORK_DIR]     EDITS=10 by default; CAMPAIGNS/UNITS override the corpus size
# Starts `niemyet serve` and `hugo server` on 127.0.0.1, then edits one unit's name in
# both sources EDITS times and measures, for each tool, the time from the write until
# the unit's page is served with the new name (polled every 5 ms), plus the time from
# start until the first page is served, and each tool's own report of a rebuild's time
# ("built in N ms", hugo's "Total in N ms"). Prints medians and the niemyet / hugo ratios.
# NIEMYET=path runs that binary instead of building this checkout's.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=${1:-$root/bench-out/serve}
edits=${EDITS:-10}
campaigns=${CAMPAIGNS:-20}
units=${UNITS:-20}
corpus_script=${CORPUS:-$root/../shared/bench/gen_corpus.py}

command -v hugo >/dev/null || { echo "hugo is missing: scripts/install-deps.sh bench" >&2; exit 2; }

if [ -z "${NIEMYET:-}" ]; then
  swift build -c release --product niemyet --static-swift-stdlib >/dev/null
fi
niemyet=${NIEMYET:-$root/.build/release/niemyet}

rm -rf "$work" && mkdir -p "$work"
python3 "$corpus_script" "$work/project" --hugo "$work/hugo" --campaigns "$campaigns" --units "$units" >/dev/null
pages=$(find "$work/project/Campaigns" -name '*.md' | wc -l)

WORK=$work NIEMYET=$niemyet EDITS=$edits PAGES=$pages CAMPAIGNS=$campaigns UNITS=$units python3 - <<'PYTHON'
import os, re, signal, socket, statistics, subprocess, time, urllib.error, urllib.request

work, niemyet, edits = os.environ["WORK"], os.environ["NIEMYET"], int(os.environ["EDITS"])
campaign = sorted(os.listdir(f"{work}/project/Campaigns"))[0]
unit = sorted(os.listdir(f"{work}/project/Campaigns/{campaign}/units"))[0][:-3]
sources = {
    "niemyet": (f"{work}/project/Campaigns/{campaign}/units/{unit}.md", "name: "),
    "hugo": (f"{work}/hugo/content/{campaign}/{unit}.md", "title: "),
}

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]

def get(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", "replace")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None

def wait_for(url, marker=None, limit=300.0):
    start = time.monotonic()
    while time.monotonic() - start < limit:
        body = get(url)
        if body is not None and (marker is None or marker in body):
            return time.monotonic() - start
        time.sleep(0.005)
    raise SystemExit(f"timed out waiting for {url} ({marker})")

def start(tool):
    if tool == "niemyet":
        process = subprocess.Popen([niemyet, "serve", f"{work}/project", "--port", "0"],
                                   stdout=subprocess.PIPE, stderr=open(f"{work}/niemyet.log", "w"), text=True)
        began = time.monotonic()
        url = process.stdout.readline().strip()
    else:
        port = free_port()
        url = f"http://127.0.0.1:{port}/"
        process = subprocess.Popen(["hugo", "server", "--source", f"{work}/hugo", "--bind", "127.0.0.1",
                                    "--port", str(port), "--baseURL", url, "--appendPort=false"],
                                   stdout=open(f"{work}/hugo.log", "w"), stderr=subprocess.STDOUT)
        began = time.monotonic()
    page = f"{url}{campaign}/{unit}/"
    wait_for(page)
    return process, page, time.monotonic() - began

def edit(tool, marker):
    path, key = sources[tool]
    with open(path, encoding="utf-8") as f:
        text = f.read()
    text = re.sub(rf'^{key}"([^"]*?)( BENCH\d+)?"$', lambda m: f'{key}"{m.group(1)} {marker}"', text, count=1, flags=re.M)
    began = time.monotonic()
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return began

results = {}
for tool in ("niemyet", "hugo"):
    process, page, startup = start(tool)
    latencies = []
    try:
        for n in range(edits):
            marker = f"BENCH{tool}{n}"
            began = edit(tool, marker)
            wait_for(page, marker)
            latencies.append(time.monotonic() - began)
            time.sleep(0.3)  # let watchers settle before the next edit
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
    # Each tool's own word on its rebuilds, the first (initial) build left out.
    pattern = r"\((?:built in|dựng trong) (\d+) ms\)" if tool == "niemyet" else r"Total in (\d+) ms"
    with open(f"{work}/{tool}.log", encoding="utf-8", errors="replace") as log:
        reported = [int(ms) for ms in re.findall(pattern, log.read())]
    if tool == "niemyet":
        reported = reported[1:]  # hugo reports its first build apart ("Built in")
    rebuild = statistics.median(reported) / 1000 if reported else float("nan")
    results[tool] = (startup, statistics.median(latencies), max(latencies), rebuild)

n, h = results["niemyet"], results["hugo"]
print(f"Preview vs hugo server: {os.environ['CAMPAIGNS']} campaigns x {os.environ['UNITS']} units "
      f"({os.environ['PAGES']} source files), {edits} edits, {os.cpu_count()} cores")
print(f"{'':34} {'start (s)':>10} {'edit->page median (s)':>22} {'max (s)':>9} {'rebuild, own report (s)':>24}")
print(f"{'niemyet serve':34} {n[0]:10.3f} {n[1]:22.3f} {n[2]:9.3f} {n[3]:24.3f}")
print(f"{'hugo server':34} {h[0]:10.3f} {h[1]:22.3f} {h[2]:9.3f} {h[3]:24.3f}")
print(f"{'ratio niemyet / hugo':34} {n[0] / h[0]:10.2f} {n[1] / h[1]:22.2f} {n[2] / h[2]:9.2f} {n[3] / h[3]:24.2f}")
PYTHON
