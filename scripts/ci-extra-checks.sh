#!/usr/bin/env bash
# Checks of the documents hf writes with independent Debian programs, run by
# .ci/run after `npm test`: poppler-utils (pdfinfo, pdffonts, pdftotext) read
# the PDFs, LibreOffice opens the Word files and converts them, and converts a
# Word attachment in the meeting packet. npm test reads the same PDFs with
# pdf.js; these are the programs an archive or a member's computer would use.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

need_install=0
for tool in pdfinfo pdffonts pdftotext soffice; do command -v "$tool" >/dev/null || need_install=1; done
fc-list 2>/dev/null | grep -qi carlito || need_install=1
if [ "$need_install" = 1 ]; then
  # Carlito has Calibri's widths, so LibreOffice lays out the Word files as Word would.
  apt-get update
  apt-get install -y --no-install-recommends poppler-utils libreoffice-writer-nogui fonts-crosextra-carlito
fi

# The Chromium npm test unpacked (tests/setup/chromium.ts), unless HF_CHROME names another.
cache="$root/node_modules/.cache/hf-chromium"
export HF_CHROME="${HF_CHROME:-$cache/chromium}"
[ -d "$cache/fontconfig" ] && export FONTCONFIG_PATH="${FONTCONFIG_PATH:-$cache/fontconfig}"
export HF_NOW=2026-11-28 NO_COLOR=1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp hf.yaml "$work/"
cp -r cases meetings plans mandates vedlegg "$work/"
cd "$work"
hf() { node "$root/bin/hf.js" "$@"; }
fail() { echo "ci-extra-checks: $*" >&2; exit 1; }
ok() { echo "ok: $*"; }

# A Word attachment in the packet, converted by LibreOffice.
node --input-type=module -e "
  const { toDocx } = await import('$root/dist/render/write-docx.js');
  const fs = await import('node:fs');
  fs.writeFileSync('vedlegg/ssu/2024/tilsagn.docx', await toDocx({ title: 'Tilsagn', lang: 'nb', partnership: 'HSØ', blocks: [{ type: 'paragraph', text: ['Tilsagnsbrevet fra Helse Sør-Øst om samhandlingsmidler.'] }] }));
"
case32=cases/ssu/2024/2024.32-samhandlingsmidler-jfr-nasjonal-helse-og-samhandlingsplan.md
sed -i 's/^    saksfremlegg: true$/    saksfremlegg: true\n  - tittel: Tilsagnsbrev fra HSØ\n    fil: vedlegg\/ssu\/2024\/tilsagn.docx/' "$case32"
grep -q 'tilsagn.docx' "$case32" || fail "could not plant the Word attachment"

# --- The meeting packet as PDF ---------------------------------------------
hf agenda ssu 2024-09-26 --with-papers -o pakke.pdf
pdfinfo pakke.pdf > pakke.info
pages=$(awk '/^Pages:/ { print $2 }' pakke.info)
[ "$pages" -ge 20 ] || fail "the packet has $pages pages"
grep -q '^Tagged: *yes' pakke.info || fail "the packet is not tagged"
grep -q '^Title: *Møtepakke SSU 26.09.24' pakke.info || fail "the packet has no title"
grep -q '^Author: *Helsefellesskapet i Vestfold' pakke.info || fail "the packet has no author"
pdfinfo -f 1 -l "$pages" pakke.pdf > pakke.sizes
grep -E '^Page +[0-9]+ size' pakke.sizes | grep -v '(A4)' && fail "a page of the packet is not A4"
# Every font embedded (pdffonts: the "emb" column).
pdffonts pakke.pdf | awk 'NR > 2 && $(NF-4) != "yes" { bad = 1; print } END { exit bad }' || fail "a font of the packet is not embedded"
pdftotext -layout pakke.pdf pakke.txt
for n in 24 25 26 27 28 29 30 31 32 33 34 35; do grep -q "2024\.$n" pakke.txt || fail "2024.$n is not in the packet"; done
tr -s ' \n' ' ' < pakke.txt > pakke.flat
for c in 'Referatene tas til orientering' 'Mandat for Mandat Samhandlingsforum for ledere for psykisk helse og rus i Vestfold godkjennes.' 'Utkast til konkretisert mandat legges fram i SSU 28.november.'; do
  grep -qF "$c" pakke.flat || fail "the packet lacks «$c»"
done
grep -q "Side 1 av $pages" pakke.txt || fail "page 1 is not numbered «Side 1 av $pages»"
grep -q "Side $pages av $pages" pakke.txt || fail "the last page is not numbered"
grep -q 'Tilsagnsbrevet fra Helse Sør-Øst' pakke.txt || fail "the Word attachment was not converted into the packet"
ok "packet: $pages pages, tagged, A4, fonts embedded, every case and proposed conclusion, the Word attachment converted"

# --- The action plan as PDF: no word broken inside a cell --------------------
hf plan 2025 -o plan.pdf >/dev/null
pdffonts plan.pdf | awk 'NR > 2 && $(NF-4) != "yes" { bad = 1 } END { exit bad }' || fail "a font of the plan is not embedded"
pdftotext -layout plan.pdf plan.txt
for w in Arbeidsform Kontinuerlig samarbeidsarena Prosjektpilotering; do grep -q "$w" plan.txt || fail "«$w» is broken in the plan PDF"; done
ok "plan PDF: whole words in the matrix"

# --- Word files open in LibreOffice and convert --------------------------------
hf plan 2025 -o plan.docx >/dev/null
hf agenda ssu 2024-09-26 --with-papers -o pakke.docx >/dev/null 2>&1
hf minutes pm 2024-05-30 -o pm.docx >/dev/null
mkdir lo
soffice --headless --norestore -env:UserInstallation="file://$work/lo-profile" --convert-to pdf --outdir lo plan.docx pakke.docx pm.docx >/dev/null 2>&1
for f in plan pakke pm; do [ -s "lo/$f.pdf" ] || fail "LibreOffice could not convert $f.docx"; done
pdftotext -layout lo/plan.pdf lo/plan.txt
for w in Arbeidsform Kontinuerlig samarbeidsarena; do grep -q "$w" lo/plan.txt || fail "«$w» is broken in the Word plan"; done
pdfinfo -f 1 -l 4 lo/plan.pdf > lo/plan.info
grep -q '841.* x 595' lo/plan.info || fail "the Word plan has no landscape pages"
pdftotext -layout lo/pm.pdf lo/pm.txt
grep -q 'Christina Bratli, ordfører, Horten kommune' lo/pm.txt || fail "the PM minutes lack the chair with role and organisation"
ok "Word: plan, packet and PM minutes open and convert in LibreOffice; the plan's words whole"
