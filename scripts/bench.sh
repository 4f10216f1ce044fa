#!/usr/bin/env bash
# Every benchmark of the project in one run, then one table of ratios against the tool
# each compares with (Hugo, WeasyPrint, linkchecker). Each script's full output is kept
# in bench-out/all/<name>.log.
#
#   make bench               full corpora (long on 2 cores)
#   QUICK=1 make bench       small corpora: the same comparisons in a few minutes
set -euo pipefail
cd "$(dirname "$0")/.."
logs=bench-out/all
mkdir -p "$logs"

if [ -n "${QUICK:-}" ]; then
  export RUNS=1 SAMPLE=10 CAMPAIGNS=20 UNITS=10
  check_pages=1000
  validate_campaigns=100
else
  check_pages=10000
  validate_campaigns=1000
fi

swift build -c release --product niemyet --static-swift-stdlib >/dev/null
export NIEMYET_BIN="$PWD/.build/release/niemyet"

run() { # NAME COMMAND...: runs one benchmark, its output to the terminal and its log
  local name=$1
  shift
  echo "== $name: $*"
  local started=$SECONDS
  "$@" 2>&1 | tee "$logs/$name.log"
  echo "($name took $((SECONDS - started)) s)"
}

run validate env CAMPAIGNS="$validate_campaigns" scripts/bench-validate.sh
run site scripts/bench-site.sh
run posters scripts/bench-posters.sh
run check scripts/bench-check.sh "$check_pages"

python3 - "$logs" "${QUICK:+QUICK=1 }make bench" <<'PY'
import re, subprocess, sys
logs, command = sys.argv[1], sys.argv[2]
def log(name):
    return open(f"{logs}/{name}.log", encoding="utf-8").read()
rows = []
site = re.search(r"ratio niemyet cold / hugo\s+(\S+)\s+(\S+)\s+(\S+)", log("site"))
header = re.search(r"Site build vs Hugo: (.*)", log("site"))
if site:
    rows.append(("site build vs Hugo", header.group(1) if header else "",
                 f"wall {site.group(1)}, CPU {site.group(2)}, peak RSS {site.group(3)} (niemyet cold / Hugo; < 1 is better)"))
rebuild = re.search(r"niemyet rebuild, one unit edited\s+(\S+)", log("site"))
hugo = re.search(r"^hugo \(\d+ pages\)\s+(\S+)", log("site"), re.M)
if rebuild and hugo:
    rows.append(("site rebuild, one unit edited", header.group(1) if header else "",
                 f"{rebuild.group(1)} s, {float(rebuild.group(1)) / float(hugo.group(1)):.2f} x a full Hugo build"))
with_posters = re.search(r"same with posters, one unit edited\s+(\S+)", log("site"))
if with_posters:
    rows.append(("site rebuild with posters (default build), one unit edited", "same",
                 f"{with_posters.group(1)} s"))
posters = re.search(r"ratio per poster, one core each \(WeasyPrint / niemyet\): wall (\S+), CPU (\S+)", log("posters"))
count = re.search(r"niemyet poster, 2 cores: (\d+) posters", log("posters"))
if posters:
    rows.append(("posters vs WeasyPrint", f"{count.group(1) if count else '?'} posters",
                 f"niemyet {posters.group(1)} faster per poster, CPU {posters.group(2)} (WeasyPrint / niemyet)"))
check = re.search(r"niemyet / linkchecker: (\S+) faster, (\S+) the memory", log("check"))
pages = re.search(r"pages: (\d+) on 16 hosts", log("check"))
if check:
    rows.append(("check vs linkchecker", f"{pages.group(1) if pages else '?'} pages on 16 loopback hosts",
                 f"niemyet {check.group(1)} faster, {check.group(2)} the memory"))
for run in ("cold", "warm"):
    validate = re.search(rf"validate \({run}\): (.*)", log("validate"))
    if validate:
        rows.append((f"validate, {run} (no comparison tool)", "", validate.group(1)))
date = subprocess.run(["date", "-u", "+%Y-%m-%d %H:%M UTC"], capture_output=True, text=True).stdout.strip()
print()
print(f"Summary: `{command}`, {date}")
print("| benchmark | corpus | ratio |")
print("|---|---|---|")
for row in rows:
    print("| " + " | ".join(row) + " |")
missing = {"site", "posters", "check"} - {r[0].split()[0] for r in rows}
if missing:
    print(f"no ratio found in: {', '.join(sorted(missing))} (see {logs}/)", file=sys.stderr)
    sys.exit(1)
PY
