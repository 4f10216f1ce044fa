#!/usr/bin/env bash
# Site build vs Hugo on the same generated pages, in one run (see BENCHMARKS.md).
#   scripts/bench-site.sh [WORK_DIR]      RUNS=3 by default; CAMPAIGNS/UNITS override the corpus size
# Prints the wall time and peak memory (RSS) of a full build by each tool, their
# ratios, and the time of niemyet rebuilds after no change and after editing one unit file.
# "cold" builds start without public/ and without the load cache (.niemyet/); "warm"
# builds start without public/ but with the load cache of the previous build.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=${1:-$root/bench-out/site}
runs=${RUNS:-3}
campaigns=${CAMPAIGNS:-200}
units=${UNITS:-50}
corpus_script=${CORPUS:-$root/../shared/bench/gen_corpus.py}
clock=2024-06-01

command -v hugo >/dev/null || { echo "hugo is missing: scripts/install-deps.sh bench" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is missing (Debian package 'time')" >&2; exit 2; }

swift build -c release --product niemyet --static-swift-stdlib >/dev/null
niemyet=$root/.build/release/niemyet
# Hugo writes pages only, so by default niemyet is measured on pages only too; posters are
# measured by scripts/bench-posters.sh. FLAGS= (empty) measures the full build with posters.
flags=${FLAGS---no-posters}

# A previous run's folder is moved aside and deleted after the measurements (see discard).
old="$work.old.$$"
[ -e "$work" ] && mv "$work" "$old"
mkdir -p "$work"
python3 "$corpus_script" "$work/project" --hugo "$work/hugo" --campaigns "$campaigns" --units "$units" >/dev/null
pages=$(find "$work/project/Campaigns" -name '*.md' | wc -l)
# The unit file each run edits: one procedure's reduced turnaround changes.
# Files written less than a second before a run are never cached: let the corpus settle.
sleep 1
unit=$(grep -rl --include='*.md' "reduced: 01 buổi" "$work/project/Campaigns" | sort | head -n 1 || true)
[ -n "$unit" ] || { echo "no unit file to edit in the corpus" >&2; exit 1; }
# The one line edited (and put back) each time, by number: a file may hold both spellings.
line=$(grep -n "reduced: 01 buổi" "$unit" | head -n 1 | cut -d: -f1)
edit() { sed -i "${line}s/reduced: 01 buổi/reduced: 02 giờ/" "$unit"; }
restore() { sed -i "${line}s/reduced: 02 giờ/reduced: 01 buổi/" "$unit"; }

# measure NAME COMMAND...: appends "wall_seconds peak_kilobytes cpu_seconds" of one run to $work/NAME.times
measure() {
  local name=$1; shift
  /usr/bin/time -f "%e %M %U %S" -o "$work/time.out" "$@" >/dev/null 2>"$work/$name.err" || {
    cat "$work/$name.err" >&2; exit 1; }
  awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }' "$work/time.out" >> "$work/$name.times"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
# Outputs of earlier builds are moved aside, not deleted, until the end: on ext4, making
# thousands of files just after deleting thousands of others makes every new inode's
# allocation scan the recently freed ones, which measured the kernel, not the tools
# (1 to 11 s of system CPU for the same niemyet build).
trash=0
discard() {
  for path in "$@"; do
    [ -e "$path" ] || continue
    trash=$((trash + 1))
    mkdir -p "$work/trash" && mv "$path" "$work/trash/$trash"
  done
}

for _ in $(seq "$runs"); do
  discard "$work/project/public" "$work/project/.niemyet" "$work/hugo/public" "$work/hugo/resources"
  measure niemyet "$niemyet" build "$work/project" --clock "$clock" $flags
  measure hugo hugo --quiet --source "$work/hugo" --destination "$work/hugo/public"
  # Warm: the load cache kept, but no published site and no spare copy to start from.
  discard "$work/project/public" "$work/project/.niemyet/site-spare"
  measure warm "$niemyet" build "$work/project" --clock "$clock" $flags
  # Rebuilds are measured in the steady state: the site replaced by the previous build
  # is kept as the spare copy the next one starts from (see Staging.swift).
  "$niemyet" build "$work/project" --clock "$clock" $flags >/dev/null 2>&1
  measure noop "$niemyet" build "$work/project" --clock "$clock" $flags
  edit
  measure incremental "$niemyet" build "$work/project" --clock "$clock" $flags --verbose
  restore
  "$niemyet" build "$work/project" --clock "$clock" $flags >/dev/null 2>&1
done
"$niemyet" build "$work/project" --clock "$clock" $flags --verbose >/dev/null 2>&1
edit
rendered=$("$niemyet" build "$work/project" --clock "$clock" $flags --verbose 2>/dev/null | grep -c '^  ')
restore
# The default command also writes a poster per unit: its rebuilds, measured the same way
# after two builds with posters (the first prints every poster and is not measured).
if [ -n "$flags" ]; then
  for _ in 1 2; do "$niemyet" build "$work/project" --clock "$clock" >/dev/null 2>&1; done
  for _ in $(seq "$runs"); do
    measure posters_noop "$niemyet" build "$work/project" --clock "$clock"
    edit
    measure posters_incremental "$niemyet" build "$work/project" --clock "$clock"
    restore
    "$niemyet" build "$work/project" --clock "$clock" >/dev/null 2>&1
  done
fi
validate=$( { /usr/bin/time -f "%e" "$niemyet" validate "$work/project" >/dev/null; } 2>&1 )
discard "$work/project/.niemyet"
validate_cold=$( { /usr/bin/time -f "%e" "$niemyet" validate "$work/project" >/dev/null; } 2>&1 )

# Ratios are taken run by run (both tools ran back to back), then the median: the
# machine is shared, so a slow moment should hit both sides of one ratio.
column() { cut -d' ' -f"$2" "$work/$1.times"; }
ratios() { paste -d' ' <(column "${2:-niemyet}" "$1") <(column hugo "$1") | awk '{ printf "%.2f\n", $1 / $2 }' | median; }
n_wall=$(column niemyet 1 | median); n_rss=$(column niemyet 2 | median); n_cpu=$(column niemyet 3 | median)
w_wall=$(column warm 1 | median); w_rss=$(column warm 2 | median); w_cpu=$(column warm 3 | median)
h_wall=$(column hugo 1 | median);    h_rss=$(column hugo 2 | median);    h_cpu=$(column hugo 3 | median)
noop=$(column noop 1 | median)
incr=$(column incremental 1 | median)
built=$(find "$work/project/public" -name '*.html' | wc -l)
hugo_built=$(find "$work/hugo/public" -name '*.html' | wc -l)

echo "Site build vs Hugo: $campaigns campaigns x $units units ($pages source files), median of $runs runs, $(nproc) cores"
printf '%-34s %10s %10s %14s\n' "" "wall (s)" "CPU (s)" "peak RSS (MB)"
printf '%-34s %10s %10s %14s\n' "niemyet build, cold ($built pages)" "$n_wall" "$n_cpu" "$((n_rss / 1024))"
printf '%-34s %10s %10s %14s\n' "niemyet build, warm load cache" "$w_wall" "$w_cpu" "$((w_rss / 1024))"
printf '%-34s %10s %10s %14s\n' "hugo ($hugo_built pages)" "$h_wall" "$h_cpu" "$((h_rss / 1024))"
printf '%-34s %10s %10s %14s\n' "ratio niemyet cold / hugo" "$(ratios 1)" "$(ratios 3)" "$(ratios 2)"
printf '%-34s %10s %10s %14s\n' "ratio niemyet warm / hugo" "$(ratios 1 warm)" "$(ratios 3 warm)" "$(ratios 2 warm)"
# Cores kept busy by the cold build (CPU / wall): near 1 means a stage ran on one thread
# (a nested apply once made the whole render serial without any figure above showing it).
printf '%-34s %10s   (of %s cores; hugo %s)\n' "niemyet cold build, CPU / wall" \
  "$(echo "$n_cpu $n_wall" | awk '{ printf "%.2f", $1 / $2 }')" "$(nproc)" \
  "$(echo "$h_cpu $h_wall" | awk '{ printf "%.2f", $1 / $2 }')"
printf '%-34s %10s\n' "niemyet validate, cold" "$validate_cold"
printf '%-34s %10s\n' "niemyet validate, warm load cache" "$validate"
printf '%-34s %10s\n' "niemyet rebuild, nothing changed" "$noop"
printf '%-34s %10s   (%s pages re-rendered)\n' "niemyet rebuild, one unit edited" "$incr" "$rendered"
if [ -n "$flags" ]; then
  printf '%-34s %10s\n' "same with posters, nothing changed" "$(column posters_noop 1 | median)"
  printf '%-34s %10s\n' "same with posters, one unit edited" "$(column posters_incremental 1 | median)"
fi
rm -rf "$work/trash" "$old"
