#!/usr/bin/env bash
# Validation speed on a synthetic city: 1,000 campaigns x 50 units (51,000 files,
# 50,000 registrations). Prints wall time, CPU time and peak memory; see BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${SHARED:-../shared}"
out="${BENCH_OUT:-$(mktemp -d)}"
campaigns="${CAMPAIGNS:-1000}"
swift build -c release --product niemyet >/dev/null
python3 "$shared/bench/gen_corpus.py" "$out/city" --campaigns "$campaigns" --units 50 >/dev/null
files=$(find "$out/city/Campaigns" -name '*.md' | wc -l)
# Files written less than a second before a run are never cached: let the corpus settle.
sleep 1
# Warm the page cache, then measure without the load cache (.niemyet/, "cold": every
# file parsed, the cache written) and with it ("warm": nothing changed since).
.build/release/niemyet validate "$out/city" >/dev/null
for run in cold warm; do
  [ "$run" = cold ] && rm -rf "$out/city/.niemyet"
  /usr/bin/time -f "%e %U %S %M" -o "$out/time" .build/release/niemyet validate "$out/city" >/dev/null
  read -r wall user sys rss < "$out/time"
  printf 'validate (%s): %s files, wall %ss, cpu %ss, peak %s MB, %s us/file (cpu)\n' \
    "$run" "$files" "$wall" "$(echo "$user + $sys" | bc)" "$((rss / 1024))" \
    "$(echo "($user + $sys) * 1000000 / $files" | bc)"
done
