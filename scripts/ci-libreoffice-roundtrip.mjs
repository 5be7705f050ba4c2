/**
 * The working document of the minutes through LibreOffice, which rewrites the
 * whole file (run by scripts/ci-libreoffice-roundtrip.sh after `npm test`).
 *
 * In a copy of the bundled data:
 *  1. the working document, untouched, saved by LibreOffice and read back,
 *     changes nothing (its placeholders, kept as text, are not taken for text);
 *  2. typed into as Word saves it, then saved by LibreOffice, it puts exactly
 *     the typed conclusions, follow-up, attendance and conflict of interest
 *     into the files, and nothing else changes;
 *  3. typed into after LibreOffice saved it (where only the controls' aliases
 *     are left) and saved by LibreOffice again (which drops the aliases too,
 *     so the rows' bookmarks name the fields), the same.
 *
 * LibreOffice 7.4 keeps the text typed inside a content control, but not its
 * bold or italics (the paragraphs after the first, which it moves out of the
 * control, keep theirs).
 *
 * Needs `soffice` (Debian: libreoffice-writer-nogui), a built dist/ and the
 * development dependencies (jszip).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HF = join(ROOT, 'bin', 'hf.js');
const work = mkdtempSync(join(tmpdir(), 'hf-lo-'));
const data = join(work, 'data');
const profile = join(work, 'profile');
let failures = 0;

function check(ok, what) {
  console.log(`${ok ? 'ok' : 'FAILED'}  ${what}`);
  if (!ok) failures++;
}

function hf(args) {
  const r = spawnSync(process.execPath, [HF, ...args], { cwd: data, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: work, NO_COLOR: '1', HF_NOW: '2024-09-26', LANG: 'C' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Saves `file` (in the data folder) with LibreOffice as .docx, in place. */
function libreOffice(file) {
  const out = join(work, 'lo-out');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out);
  const r = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'docx', '--outdir', out, join(data, file)], { encoding: 'utf8', timeout: 180_000 });
  if (r.status !== 0) throw new Error(`soffice failed (${r.status}): ${r.stderr}`);
  writeFileSync(join(data, file), readFileSync(join(out, file)));
}

async function editXml(file, edit) {
  const zip = await JSZip.loadAsync(readFileSync(join(data, file)));
  const xml = await zip.file('word/document.xml').async('string');
  zip.file('word/document.xml', edit(xml));
  writeFileSync(join(data, file), await zip.generateAsync({ type: 'uint8array' }));
}

async function documentXml(file) {
  return (await JSZip.loadAsync(readFileSync(join(data, file)))).file('word/document.xml').async('string');
}

const esc = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraph = (text) =>
  `<w:p>${text
    .split(/(\*\*[^*]+\*\*)/)
    .filter(Boolean)
    .map((part) => (part.startsWith('**') ? `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${esc(part.slice(2, -2))}</w:t></w:r>` : `<w:r><w:t xml:space="preserve">${esc(part)}</w:t></w:r>`))
    .join('')}</w:p>`;

/** Word: the placeholder run of the control tagged `tag` replaced by the typed paragraphs, the placeholder flag dropped. */
function typeLikeWord(xml, tag, paragraphs) {
  const at = xml.indexOf(`<w:tag w:val="${tag}"/>`);
  if (at < 0) throw new Error(`no control ${tag}`);
  const start = xml.lastIndexOf('<w:sdt>', at);
  const end = xml.indexOf('</w:sdt>', at) + 8;
  const sdt = xml
    .slice(start, end)
    .replace('<w:showingPlcHdr/>', '')
    .replace(/<w:sdtContent>[\s\S]*<\/w:sdtContent>/, `<w:sdtContent>${paragraphs.map(paragraph).join('')}</w:sdtContent>`);
  return xml.slice(0, start) + sdt + xml.slice(end);
}

/** In a file LibreOffice saved: the text of the control named `alias` replaced, further paragraphs after its paragraph. */
function typeLikeLibreOffice(xml, alias, paragraphs) {
  const at = xml.indexOf(`w:val="${alias}"`);
  if (at < 0) throw new Error(`no control named ${alias}`);
  const pStart = xml.lastIndexOf('<w:p>', at) >= 0 ? Math.max(xml.lastIndexOf('<w:p>', at), xml.lastIndexOf('<w:p ', at)) : -1;
  const pEnd = xml.indexOf('</w:p>', at) + 6;
  const [first, ...rest] = paragraphs;
  const p = xml.slice(pStart, pEnd).replace(/<w:sdtContent>[\s\S]*<\/w:sdtContent>/, `<w:sdtContent><w:r><w:t xml:space="preserve">${esc(first)}</w:t></w:r></w:sdtContent>`);
  return xml.slice(0, pStart) + p + rest.map(paragraph).join('') + xml.slice(pEnd);
}

function snapshot() {
  const out = new Map();
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!name.endsWith('.docx')) out.set(relative(data, path), readFileSync(path));
    }
  };
  walk(data);
  return out;
}

function changed(before, after) {
  return [...new Set([...before.keys(), ...after.keys()])].filter((p) => !before.get(p)?.equals(after.get(p) ?? Buffer.alloc(0))).sort();
}

function frontmatter(file) {
  return parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(data, file), 'utf8'))[1]);
}

function fresh() {
  rmSync(data, { recursive: true, force: true });
  mkdirSync(data);
  cpSync(join(ROOT, 'hf.yaml'), join(data, 'hf.yaml'));
  for (const d of ['cases', 'meetings', 'plans', 'mandates']) cpSync(join(ROOT, d), join(data, d), { recursive: true });
  const r = hf(['minutes', 'ssu', '2024-09-26', '--working', '-o', 'referat.docx']);
  if (r.code !== 0) throw new Error(`hf minutes --working failed: ${r.stderr}`);
}

const CASE_24 = 'cases/ssu/2024/2024.24-godkjenning-av-innkalling-og-dagsorden.md';
const CASE_28 = 'cases/ssu/2024/2024.28-status-og-videre-tilnaerming-til-revisjon-av-delavtale.md';
const CASE_31 = 'cases/ssu/2024/2024.31-midler-fra-hso.md';
const MEETING = 'meetings/ssu/2024-09-26.md';

try {
  const version = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  console.log(`LibreOffice: ${(version.stdout || version.stderr || '').trim()}`);

  // 1. Untouched.
  fresh();
  let before = snapshot();
  libreOffice('referat.docx');
  const saved = await documentXml('referat.docx');
  console.log(`LibreOffice kept ${(saved.match(/<w:tag /g) ?? []).length} tags and ${(saved.match(/<w:alias /g) ?? []).length} aliases of the content controls`);
  let r = hf(['minutes', 'import', 'referat.docx']);
  check(r.code === 0 && r.stdout.includes('Ingen endringer'), `untouched document through LibreOffice changes nothing (${r.code}: ${(r.stdout + r.stderr).trim().split('\n')[0]})`);
  check(changed(before, snapshot()).length === 0, 'no file changed');

  // 2. Typed in Word, saved by LibreOffice.
  fresh();
  before = snapshot();
  await editXml('referat.docx', (xml) =>
    [
      ['hf:konklusjon:SSU 2024.24', ['Innkalling og dagsorden godkjennes.']],
      // LibreOffice 7.4 keeps the text inside a content control but not its bold or italics: the bold is in the second paragraph.
      ['hf:konklusjon:SSU 2024.28', ['SiV og kommunene legger fram et felles forslag til revidert delavtale.', 'Saken settes opp igjen **i november**.']],
      ['hf:oppfølging:SSU 2024.28', ['Forslag til revidert delavtale (ansvar: SiV og kommunene; møte: 28.11.2024)']],
      ['hf:inhabil:SSU 2024.31', ['Erik Nordberg (styremedlem i en søker; hjemmel: fvl. § 6)']],
      ['hf:tilstede:SSU 2024-09-26', ['faste medlemmer', 'Kari Vara (vara for Kjersti Norheim)']],
      ['hf:frafall:SSU 2024-09-26', ['Kjersti Norheim (sykdom)']],
    ].reduce((x, [tag, text]) => typeLikeWord(x, tag, text), xml),
  );
  libreOffice('referat.docx');
  r = hf(['minutes', 'import', 'referat.docx']);
  check(r.code === 0, `typed in Word, saved by LibreOffice, imported (${r.code}: ${(r.stdout + r.stderr).trim()})`);
  check(JSON.stringify(changed(before, snapshot())) === JSON.stringify([CASE_24, CASE_28, CASE_31, MEETING].sort()), `exactly the four files changed: ${changed(before, snapshot()).join(', ')}`);
  check(frontmatter(CASE_24).konklusjon === 'Innkalling og dagsorden godkjennes.', 'the conclusion of SSU 2024.24');
  check(
    frontmatter(CASE_28).konklusjon === 'SiV og kommunene legger fram et felles forslag til revidert delavtale.\n\nSaken settes opp igjen **i november**.\n',
    `the conclusion of SSU 2024.28: ${JSON.stringify(frontmatter(CASE_28).konklusjon)}`,
  );
  check(
    JSON.stringify(frontmatter(CASE_28).oppfølging) === JSON.stringify([{ hva: 'Forslag til revidert delavtale', ansvar: 'SiV og kommunene', møte: '2024-11-28', status: 'åpen' }]),
    'the follow-up of SSU 2024.28',
  );
  check(JSON.stringify(frontmatter(CASE_31).inhabil) === JSON.stringify([{ navn: 'Erik Nordberg', grunn: 'styremedlem i en søker', hjemmel: 'fvl. § 6' }]), 'the conflict of interest in SSU 2024.31');
  check(
    JSON.stringify([frontmatter(MEETING).tilstede, frontmatter(MEETING).frafall]) ===
      JSON.stringify([['faste medlemmer', { navn: 'Kari Vara', vara_for: 'Kjersti Norheim' }], [{ navn: 'Kjersti Norheim', grunn: 'sykdom' }]]),
    'the attendance of the meeting',
  );
  for (const file of [CASE_24, CASE_28, CASE_31, MEETING]) {
    const old = before.get(file).toString('utf8');
    const now = readFileSync(join(data, file), 'utf8');
    let prefix = 0;
    while (prefix < old.length && old[prefix] === now[prefix]) prefix++;
    let suffix = 0;
    while (suffix < old.length - prefix && old[old.length - 1 - suffix] === now[now.length - 1 - suffix]) suffix++;
    check(prefix + suffix === old.length, `${file}: the rest of the file is as it was`);
  }

  // 3. Typed after LibreOffice saved it, saved by LibreOffice again.
  fresh();
  before = snapshot();
  libreOffice('referat.docx');
  await editXml('referat.docx', (xml) => typeLikeLibreOffice(xml, 'Konklusjon – SSU 2024.31', ['Tildelingene tas til orientering.', 'SSU ber om en oversikt over søknadene.']));
  libreOffice('referat.docx');
  r = hf(['minutes', 'import', 'referat.docx']);
  check(r.code === 0, `typed in LibreOffice, imported (${r.code}: ${(r.stdout + r.stderr).trim()})`);
  check(JSON.stringify(changed(before, snapshot())) === JSON.stringify([CASE_31]), `only SSU 2024.31 changed: ${changed(before, snapshot()).join(', ')}`);
  check(frontmatter(CASE_31).konklusjon === 'Tildelingene tas til orientering.\n\nSSU ber om en oversikt over søknadene.\n', `the conclusion of SSU 2024.31: ${JSON.stringify(frontmatter(CASE_31).konklusjon)}`);
} catch (error) {
  console.error(error);
  failures++;
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures) {
  console.error(`${failures} check(s) failed`);
  process.exit(1);
}
console.log('The working document of the minutes survives LibreOffice.');
