#!/usr/bin/env bash
# Benchmark of `niemyet check` against Debian's linkchecker, in one run, on the same pages.
#
#   scripts/bench-check.sh [PAGES]        (default 10000)
#   BENCH_OUT=/dev/shm/niemyet-bench scripts/bench-check.sh   (evidence on tmpfs)
#   NIEMYET_BIN=path/to/niemyet scripts/bench-check.sh      (skip the release build)
#
# A Python asyncio server listens on 127.0.0.1 ... 127.0.0.16 (one port), answers every
# page after 50 ms and records, per host, the most connections open and requests in
# flight at once. niemyet checks PAGES registered units spread over the 16 hosts (one
# procedure each); linkchecker then fetches the same pages from an index linking them.
# Prints wall time, pages/s, peak memory (max RSS) and per-host concurrency of both.
set -euo pipefail
cd "$(dirname "$0")/.."
pages="${1:-10000}"
hosts=16
out="${BENCH_OUT:-bench-out/check}"
rm -rf "$out"
mkdir -p "$out"

if [ -n "${NIEMYET_BIN:-}" ]; then
  niemyet="$NIEMYET_BIN"
else
  swift build -c release --product niemyet --static-swift-stdlib >/dev/null
  niemyet="$(swift build -c release --show-bin-path)/niemyet"
fi

cat >"$out/server.py" <<'PY'
import asyncio, json, sys

port_file, hosts, pages = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
PAGE = ("<!doctype html><html><head><meta charset=\"utf-8\"><title>Niêm yết</title></head><body>"
        "<h1>Niêm yết công khai</h1><table><tr><th>Thủ tục</th><th>Thời gian rút ngắn</th></tr>"
        "<tr><td>Thủ tục cấp bản sao trích lục hộ tịch</td><td>01 buổi</td></tr></table></body></html>").encode()
stats = {}

def fresh():
    return {"open": 0, "max_open": 0, "inflight": 0, "max_inflight": 0, "requests": 0}

async def serve(host, reader, writer):
    s = stats[host]
    s["open"] += 1; s["max_open"] = max(s["max_open"], s["open"])
    try:
        while True:
            try:
                head = await reader.readuntil(b"\r\n\r\n")
            except (asyncio.IncompleteReadError, ConnectionError):
                break
            line = head.split(b"\r\n", 1)[0].decode("latin-1")
            path = line.split(" ")[1] if " " in line else "/"
            if path == "/__stats":
                body = json.dumps(stats).encode()
            elif path == "/__reset":
                for h in stats: stats[h] = fresh()
                body = b"{}"
            else:
                s["inflight"] += 1; s["max_inflight"] = max(s["max_inflight"], s["inflight"]); s["requests"] += 1
                await asyncio.sleep(0.05)
                s["inflight"] -= 1
                if path == "/index.html":
                    links = "".join(f'<a href="http://127.0.0.{1 + n % hosts}:{port}/u/{n}">{n}</a>\n' for n in range(pages))
                    body = f"<html><body>{links}</body></html>".encode()
                elif path.startswith("/u/"):
                    body = PAGE
                else:
                    writer.write(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"); await writer.drain(); continue
            ctype = b"application/json" if path.startswith("/__") else b"text/html; charset=utf-8"
            # "LinkChecker:" lets linkchecker go beyond 10 requests per second to a host.
            writer.write(b"HTTP/1.1 200 OK\r\nLinkChecker: bench\r\nContent-Type: " + ctype + b"\r\nContent-Length: "
                         + str(len(body)).encode() + b"\r\n\r\n" + body)
            await writer.drain()
            if b"connection: close" in head.lower():
                break
    finally:
        s["open"] -= 1
        writer.close()

async def main():
    global port
    first = await asyncio.start_server(lambda r, w: serve("127.0.0.1", r, w), "127.0.0.1", 0, backlog=1024)
    port = first.sockets[0].getsockname()[1]
    stats["127.0.0.1"] = fresh()
    servers = [first]
    for n in range(2, hosts + 1):
        host = f"127.0.0.{n}"
        stats[host] = fresh()
        servers.append(await asyncio.start_server(lambda r, w, h=host: serve(h, r, w), host, port, backlog=1024))
    with open(port_file + ".tmp", "w") as f: f.write(str(port))
    import os; os.rename(port_file + ".tmp", port_file)
    await asyncio.gather(*(s.serve_forever() for s in servers))

asyncio.run(main())
PY

python3 "$out/server.py" "$out/port" "$hosts" "$pages" &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 100); do [ -f "$out/port" ] && break; sleep 0.1; done
port="$(cat "$out/port")"

# The project: one campaign registering every page as a unit's posting.
mkdir -p "$out/project/Campaigns/bench" "$out/project/Site"
printf 'title: Benchmark\nbase_url: https://cchc.example.gov.vn/\ncontact: { email: cchc@example.gov.vn }\n' \
  >"$out/project/Site/site.yaml"
python3 - "$out/project/Campaigns/bench/campaign.md" "$pages" "$hosts" "$port" <<'PY'
import sys
path, pages, hosts, port = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
with open(path, "w") as f:
    f.write("---\ntitle: Tháng cao điểm\norganizer: Ủy ban nhân dân\nstart: 2021-06-01\nend: 2021-07-01\nunits:\n")
    for n in range(pages):
        f.write(f"  - unit: u{n}\n    name: Đơn vị {n}\n    block: ward\n"
                f"    posting_url: http://127.0.0.{1 + n % hosts}:{port}/u/{n}\n"
                "    procedures:\n      - name: Thủ tục cấp bản sao trích lục hộ tịch\n"
                "        standard: 01 ngày làm việc\n        reduced: 01 buổi\n")
    f.write("---\n\nBenchmark.\n")
PY

stats() { curl -s "http://127.0.0.1:$port/__stats"; }
reset() { curl -s "http://127.0.0.1:$port/__reset" >/dev/null; }
measure() { # name, command...: wall seconds and max RSS (KB) from GNU time
  local name="$1"; shift
  /usr/bin/time -f "%U %S %e %M" -o "$out/$name.time" "$@" >"$out/$name.out" 2>"$out/$name.err" || true
}

measure validate "$niemyet" validate "$out/project"
reset
NO_COLOR=1 measure niemyet "$niemyet" check "$out/project" --format json
stats >"$out/niemyet.stats"
reset
# linkchecker limits itself to 10 requests per second per host unless told otherwise.
printf '[checking]\nthreads=64\nmaxrequestspersecond=1000\n' >"$out/linkcheckerrc"
measure linkchecker linkchecker -f "$out/linkcheckerrc" --no-robots --check-extern -r 1 -t 64 --no-status -o csv \
  "http://127.0.0.1:$port/index.html"
stats >"$out/linkchecker.stats"

python3 - "$out" "$pages" <<'PY'
import json, sys
out, pages = sys.argv[1], int(sys.argv[2])
def timing(name):
    user, system, wall, rss = open(f"{out}/{name}.time").read().split()[-4:]
    return float(wall), int(rss) / 1024, float(user) + float(system)
def stats(name):
    s = json.load(open(f"{out}/{name}.stats"))
    return (sum(h["requests"] for h in s.values()), max(h["max_open"] for h in s.values()),
            max(h["max_inflight"] for h in s.values()))
report = json.load(open(f"{out}/niemyet.out"))
vwall, vrss, vcpu = timing("validate")
nwall, nrss, ncpu = timing("niemyet")
lwall, lrss, lcpu = timing("linkchecker")
nreq, nopen, ninflight = stats("niemyet")
lreq, lopen, linflight = stats("linkchecker")
lines = [
    f"pages: {pages} on 16 hosts, 50 ms per answer; posted by niemyet: {report['summary']['posted']}",
    "| tool | requests | wall s | CPU s | pages/s | peak RSS MB | max conns/host | max in flight/host |",
    "|---|---|---|---|---|---|---|---|",
    f"| niemyet check | {nreq} | {nwall:.2f} | {ncpu:.2f} | {pages / nwall:.0f} | {nrss:.0f} | {nopen} | {ninflight} |",
    f"| (of which validate) | - | {vwall:.2f} | {vcpu:.2f} | - | {vrss:.0f} | - | - |",
    f"| linkchecker -t 64 | {lreq} | {lwall:.2f} | {lcpu:.2f} | {pages / lwall:.0f} | {lrss:.0f} | {lopen} | {linflight} |",
    f"niemyet after loading and validating the project: {pages / (nwall - vwall):.0f} pages/s",
    f"niemyet / linkchecker: {lwall / nwall:.1f}x faster, {nrss / lrss:.2f}x the memory",
]
print("\n".join(lines))
open(f"{out}/results.md", "w").write("\n".join(lines) + "\n")
PY
