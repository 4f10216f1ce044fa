#!/usr/bin/env bash
# Fuzz/run.sh SECONDS TARGET...: runs each libFuzzer target for SECONDS, two at a time
# (one per core), from and into Tests/Fuzz/corpus/<target>/, then merges each corpus
# down to its minimal set. Crashes land in Fuzz/findings/<target>/. Logs in Fuzz/logs/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=$1
shift
bin=$(swift build -c release --package-path Fuzz --show-bin-path)
mkdir -p Fuzz/logs
export NIEMYET_FUZZ_PROJECT="$PWD"
# Library memory kept for the process's life is not a finding (see the file).
export LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan.supp"

fuzz() { # TARGET: one timed run, then a merge of what it found into the kept corpus
  local target=$1 corpus=Tests/Fuzz/corpus/$1 found=Fuzz/.build/found/$1
  mkdir -p "$corpus" "$found" "Fuzz/findings/$target"
  "$bin/$target" "$found" "$corpus" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=65536 \
    -artifact_prefix="Fuzz/findings/$target/" -print_final_stats=1 >"Fuzz/logs/$target.log" 2>&1 || {
    echo "$target: FINDING, see Fuzz/logs/$target.log and Fuzz/findings/$target/" >&2
    return 1
  }
  local merged=Fuzz/.build/merged/$target
  rm -rf "$merged" && mkdir -p "$merged"
  "$bin/$target" -merge=1 "$merged" "$corpus" "$found" >>"Fuzz/logs/$target.log" 2>&1
  rm -rf "$corpus" && mv "$merged" "$corpus"
  echo "$target: $(grep -m1 'stat::number_of_executed_units' "Fuzz/logs/$target.log" | awk '{print $2}') runs," \
    "$(grep -o 'cov: [0-9]*' "Fuzz/logs/$target.log" | tail -n 1), corpus $(ls "$corpus" | wc -l) files"
}

status=0
while [ $# -gt 0 ]; do
  pids=()
  for target in "$1" "${2:-}"; do
    [ -n "$target" ] || continue
    fuzz "$target" &
    pids+=($!)
  done
  shift $(($# >= 2 ? 2 : 1))
  for pid in "${pids[@]}"; do wait "$pid" || status=1; done
done
exit $status
