#!/usr/bin/env bash
# Validation speed on a synthetic city: 1,000 campaigns x 50 units (51,000 files,
# 50,000 registrations). Prints wall time, CPU time and peak memory; see BENCHMARKS.md.
# SHAPE=inline writes the same registrations into each campaign.md (`units:`), so the
# 50,000 registrations are in 1,000 files: what file count costs, apart from YAML.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${SHARED:-../shared}"
out="${BENCH_OUT:-$(mktemp -d)}"
campaigns="${CAMPAIGNS:-1000}"
swift build -c release --product niemyet --static-swift-stdlib >/dev/null
python3 "$shared/bench/gen_corpus.py" "$out/city" --campaigns "$campaigns" --units 50 >/dev/null
if [ "${SHAPE:-}" = inline ]; then
  python3 - "$out/city/Campaigns" <<'PY'
import os, sys
root = sys.argv[1]
for campaign in sorted(os.listdir(root)):
    folder = os.path.join(root, campaign)
    units = os.path.join(folder, "units")
    if not os.path.isdir(units):
        continue
    text = open(os.path.join(folder, "campaign.md"), encoding="utf-8").read()
    head, body = text[4:].split("\n---\n", 1)
    entries = []
    for name in sorted(os.listdir(units)):
        unit = open(os.path.join(units, name), encoding="utf-8").read()[4:].split("\n---\n", 1)[0]
        lines = unit.splitlines()
        entries.append("  - unit: " + name[:-3] + "\n" + "\n".join("    " + line for line in lines))
        os.remove(os.path.join(units, name))
    os.rmdir(units)
    with open(os.path.join(folder, "campaign.md"), "w", encoding="utf-8") as f:
        f.write("---\n" + head + "\nunits:\n" + "\n".join(entries) + "\n---\n" + body)
PY
fi
files=$(find "$out/city/Campaigns" -name '*.md' | wc -l)
# Files written less than a second before a run are never cached: let the corpus settle.
sleep 1
# Warm the page cache, then measure without the load cache (.niemyet/, "cold": every
# file parsed, the cache written) and with it ("warm": nothing changed since).
.build/release/niemyet validate "$out/city" >/dev/null
for run in cold warm; do
  # Moved aside, not deleted: on ext4, creating thousands of files right after deleting
  # thousands makes each new inode's allocation scan the freed ones (kernel time, not ours).
  [ "$run" = cold ] && mv "$out/city/.niemyet" "$out/cache-of-first-run"
  /usr/bin/time -f "%e %U %S %M" -o "$out/time" .build/release/niemyet validate "$out/city" >/dev/null
  read -r wall user sys rss < "$out/time"
  printf 'validate (%s%s): %s files, wall %ss, cpu %ss, peak %s MB, %s us/file (cpu)\n' \
    "$run" "${SHAPE:+, $SHAPE}" "$files" "$wall" "$(echo "$user + $sys" | bc)" "$((rss / 1024))" \
    "$(echo "($user + $sys) * 1000000 / $files" | bc)"
done
