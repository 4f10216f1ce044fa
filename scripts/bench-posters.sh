#!/usr/bin/env bash
# Poster printing speed: 1,000 A4 unit posters (and each campaign's summary) from the
# shared benchmark corpus, and the time per poster against WeasyPrint printing an
# equivalent HTML poster (same text, same Noto Sans, same table and QR code) in the
# same run. Goal: at least 100 posters per second on 2 cores.
#
#   scripts/bench-posters.sh            (SAMPLE=50 WeasyPrint posters, RUNS=3 timed runs)
#
# Needs: scripts/install-deps.sh bench (hyperfine, weasyprint), the shared corpus
# generator at ../shared/bench/gen_corpus.py (SHARED overrides it).
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
out=${BENCH_OUT:-bench-out/posters}
sample=${SAMPLE:-50}
runs=${RUNS:-3}

rm -rf "$out"
mkdir -p "$out"
python3 "$shared/bench/gen_corpus.py" "$out/corpus" --campaigns 20 --units 50 >/dev/null
swift build -c release --product niemyet --static-swift-stdlib >/dev/null
bin=.build/release/niemyet
"$bin" validate "$out/corpus" >/dev/null

# niemyet: the whole corpus (validation included), on both cores and on one.
hyperfine --style none --warmup 1 --runs "$runs" --export-json "$out/niemyet-2cores.json" \
  "$bin poster $out/corpus --size A4 --out $out/site" >/dev/null
hyperfine --style none --warmup 1 --runs "$runs" --export-json "$out/niemyet-1core.json" \
  "taskset -c 0 $bin poster $out/corpus --size A4 --out $out/site" >/dev/null
hyperfine --style none --warmup 1 --runs "$runs" --export-json "$out/validate.json" \
  "$bin validate $out/corpus" >/dev/null
unit_posters=$(find "$out/site/posters" -name '*.pdf' ! -name 'tong-hop.pdf' | wc -l)
summaries=$(find "$out/site/posters" -name 'tong-hop.pdf' | wc -l)

# WeasyPrint: the same poster as HTML for the first $sample units, printed in one
# Python process (so its start-up is not counted against it), on one core.
/usr/bin/python3 - "$out" "$sample" <<'PY'
import ctypes, glob, html, json, os, sys, time
import yaml
from weasyprint import HTML

out, sample = sys.argv[1], int(sys.argv[2])
corpus = os.path.join(out, "corpus")

class QRcode(ctypes.Structure):
    _fields_ = [("version", ctypes.c_int), ("width", ctypes.c_int), ("data", ctypes.POINTER(ctypes.c_ubyte))]
qr = ctypes.CDLL("libqrencode.so.4")
qr.QRcode_encodeString.restype = ctypes.POINTER(QRcode)
qr.QRcode_encodeString.argtypes = [ctypes.c_char_p, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_int]

def qr_svg(url):
    # Same symbol as niemyet: level M (1), 8-bit mode (2), case-sensitive.
    code = qr.QRcode_encodeString(url.encode(), 0, 1, 2, 1).contents
    w = code.width
    rects = "".join(f'<rect x="{x + 4}" y="{y + 4}" width="1" height="1"/>'
                    for y in range(w) for x in range(w) if code.data[y * w + x] & 1)
    return f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w + 8} {w + 8}" width="34mm" height="34mm">{rects}</svg>'

def front(path):
    text = open(path, encoding="utf-8").read()
    return yaml.safe_load(text.split("---")[1])

def vi(date):
    return f"ngày {date.day} tháng {date.month} năm {date.year}"

site = yaml.safe_load(open(os.path.join(corpus, "Site/site.yaml"), encoding="utf-8"))
contact = site.get("contact") or {}
css = """
@page { size: A4; margin: 14mm; }
body { font-family: 'Noto Sans'; color: #141414; margin: 0; }
.org { text-align: center; font-weight: bold; font-size: 12pt; }
h1 { text-align: center; color: #a81212; font-size: 22pt; margin: 6pt 0 4pt; }
.slogan { text-align: center; font-style: italic; color: #a81212; font-size: 14pt; }
.dates { text-align: center; font-size: 11.5pt; border-bottom: 0.75pt solid #616161; padding-bottom: 8pt; }
h2 { text-align: center; color: #0d3373; font-size: 22pt; margin: 8pt 0; }
h3 { font-size: 13pt; margin: 0 0 6pt; }
table { width: 100%; border-collapse: collapse; }
th { text-align: left; font-size: 9.5pt; color: #616161; border-bottom: 0.75pt solid #616161; }
td { border-bottom: 0.75pt solid #616161; padding: 5pt 0; vertical-align: top; }
td.name { width: 47%; font-size: 14pt; } td.std { width: 19%; font-size: 11pt; color: #616161; }
td.red { font-size: 18pt; font-weight: bold; color: #a81212; }
footer { position: fixed; bottom: 0; left: 0; right: 0; border-top: 0.75pt solid #616161; padding-top: 6pt; }
.courtesy { text-align: center; font-style: italic; color: #a81212; font-size: 11pt; }
.contact { font-size: 9.5pt; float: left; width: 70%; } .qr { float: right; text-align: center; font-size: 8pt; color: #616161; width: 44mm; }
"""
units = []
for campaign_dir in sorted(glob.glob(os.path.join(corpus, "Campaigns", "*"))):
    if not os.path.isdir(campaign_dir):
        continue
    campaign = front(os.path.join(campaign_dir, "campaign.md"))
    for unit_file in sorted(glob.glob(os.path.join(campaign_dir, "units", "*.md"))):
        units.append((os.path.basename(campaign_dir), campaign, os.path.basename(unit_file)[:-3], front(unit_file)))
units = units[:sample]

documents = []
for campaign_id, campaign, unit_id, unit in units:
    rows = "".join(
        f'<tr><td class="name">{n}. {html.escape(p["name"])}</td><td class="std">{html.escape(str(p.get("standard", "")))}</td>'
        f'<td class="red">{html.escape(str(p.get("reduced", "")))}</td></tr>'
        for n, p in enumerate(unit.get("procedures") or [], 1))
    url = f'{site["base_url"]}{campaign_id}/{unit_id}/'
    lines = [site.get("organization")] + [f"{k}: {contact[k]}" for k in ("address", "phone", "email") if contact.get(k)]
    documents.append(f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><style>{css}</style></head><body>
<div class="org">{html.escape(campaign["organizer"])}</div><h1>{html.escape(campaign["title"])}</h1>
<div class="slogan">{html.escape(campaign.get("slogan") or "")}</div>
<div class="dates">Từ {vi(campaign["start"])} đến {vi(campaign["end"])}</div>
<h2>{html.escape(unit["name"])}</h2><h3>Thủ tục hành chính được rút ngắn thời gian giải quyết</h3>
<table><tr><th>Tên thủ tục</th><th>Thời gian thường lệ</th><th>Nay chỉ còn</th></tr>{rows}</table>
<footer><div class="courtesy">{html.escape(campaign.get("courtesy") or "“4 xin, 4 luôn”")}</div>
<div class="contact">{"<br>".join(html.escape(str(l)) for l in lines if l)}</div>
<div class="qr">{qr_svg(url)}<br>Quét mã để xem thông tin của đơn vị</div></footer></body></html>""")

folder = os.path.join(out, "weasyprint")
os.makedirs(folder, exist_ok=True)
HTML(string=documents[0]).write_pdf(os.path.join(folder, "warmup.pdf"))
start, cpu = time.perf_counter(), time.process_time()
for index, document in enumerate(documents):
    HTML(string=document).write_pdf(os.path.join(folder, f"{index}.pdf"))
elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
json.dump({"posters": len(documents), "seconds": elapsed, "cpu": cpu}, open(os.path.join(out, "weasyprint.json"), "w"))
PY

python3 - "$out" "$unit_posters" "$summaries" <<'PY'
import json, sys
out, units, summaries = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
def result(name):
    return json.load(open(f"{out}/{name}.json"))["results"][0]
two, one, validate = result("niemyet-2cores"), result("niemyet-1core"), result("validate")
weasy = json.load(open(f"{out}/weasyprint.json"))
posters = units + summaries
cpu = lambda r: (r["user"] + r["system"]) / posters
print(f"niemyet poster, 2 cores: {posters} posters ({units} units + {summaries} summaries) in {two['median']:.2f} s "
      f"= {posters / two['median']:.0f} posters/s (validation alone: {validate['median']:.2f} s)")
print(f"niemyet poster, 1 core:  {one['median']:.2f} s = {posters / one['median']:.0f} posters/s, "
      f"{one['median'] / posters * 1000:.1f} ms per poster, CPU {cpu(one) * 1000:.1f} ms per poster")
per_weasy, cpu_weasy = weasy["seconds"] / weasy["posters"], weasy["cpu"] / weasy["posters"]
print(f"WeasyPrint, 1 core:      {weasy['posters']} posters in {weasy['seconds']:.2f} s = {per_weasy * 1000:.1f} ms per poster, "
      f"CPU {cpu_weasy * 1000:.1f} ms per poster")
print(f"ratio per poster, one core each (WeasyPrint / niemyet): wall {per_weasy / (one['median'] / posters):.0f}x, "
      f"CPU {cpu_weasy / cpu(one):.0f}x")
PY
