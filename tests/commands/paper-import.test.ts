/**
 * `hf paper import`: a case paper written in Word (built with the `docx`
 * package) becomes the case file's Markdown text, its picture a file beside the
 * case, and `hf paper` then shows the headings, the numbered list, the table,
 * the link and the picture. A case with a text is replaced only with --force;
 * --dry-run writes nothing; an identity number is refused.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';
import { readHtml } from '../helpers/doc-text.js';
import { makeNationalId } from '../helpers/national-id.js';
import { PNG, wordPaper } from '../helpers/word-paper.js';
import { editDocumentXml } from '../helpers/word-typing.js';

const CASE_30 = 'cases/ssu/2024/2024.30-samhandlingsdata-og-styringsinformasjon.md';
const CASE_29 = 'cases/ssu/2024/2024.29-delavtale-om-utskrivningsklare-pasienter.md';

function split(text: string): { head: string; body: string } {
  const end = text.indexOf('\n---\n', 4) + 5;
  return { head: text.slice(0, end), body: text.slice(end) };
}

describe('hf paper import', () => {
  let dir: string;
  beforeEach(async () => {
    dir = copyBundled();
    writeFileSync(join(dir, 'sak.docx'), await wordPaper());
  });
  afterEach(() => removeDir(dir));

  it('writes the text as Markdown and the picture beside the case; hf paper shows each part', () => {
    const before = readFileSync(join(dir, CASE_29), 'utf8');
    const r = hf(dir, ['paper', 'import', 'ssu', '2024.29', 'sak.docx']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Skrev saksfremlegget til SSU 2024.29 (cases/ssu/2024/2024.29-delavtale-om-utskrivningsklare-pasienter.md) og 1 bilder.');
    const after = readFileSync(join(dir, CASE_29), 'utf8');
    // The frontmatter is kept byte for byte.
    expect(split(after).head).toBe(split(before).head);
    const body = split(after).body;
    // The title of the Word paper is not this case's title: it stays, as the paper's own title (its `#` heading).
    expect(body.startsWith('# Samhandlingsdata og styringsinformasjon\n\n## Bakgrunn\n')).toBe(true);
    expect(body).toContain('### Funn\n\n1. Flere innleggelser\n   - særlig blant eldre\n2. Kortere liggetid\n');
    expect(body).toContain('| Larvik | 120 | 135 |');
    expect(body).toContain('[Helsedirektoratets statistikk](https://www.helsedirektoratet.no/statistikk)');
    expect(body).toContain('![Figur 1: Innleggelser per kommune](2024.29-bilde-1.png)');
    expect(readFileSync(join(dir, 'cases/ssu/2024/2024.29-bilde-1.png')).equals(PNG)).toBe(true);
    // The picture is a file beside the case, which hf validate does not take for anything (0 errors, as before).
    expect(hf(dir, ['validate']).stdout).toMatch(/\(0 feil, \d+ advarsler\)/);

    const paper = hf(dir, ['paper', 'ssu', '2024.29', '--format', 'html']);
    expect(paper.code, paper.stderr).toBe(0);
    const text = readHtml(paper.stdout);
    const headings = [...paper.stdout.matchAll(/<h(\d)>([\s\S]*?)<\/h\1>/g)].map((h) => `${h[1]} ${h[2]}`);
    expect(headings).toEqual(['1 Samhandlingsdata og styringsinformasjon', '2 Bakgrunn', '3 Funn', '2 Forslag til vedtak']);
    expect(paper.stdout).toMatch(/<ol>\s*<li>(<p>)?Flere innleggelser/);
    expect(paper.stdout).toContain('<a href="https://www.helsedirektoratet.no/statistikk"');
    const table = text.tables.find((t) => t[0]?.[0]?.[0] === 'Kommune')!;
    expect(table.slice(1).map((row) => row.map((cell) => cell.join(' ')))).toEqual([
      ['Larvik', '120', '135'],
      ['Horten | Holmestrand', '80', '77'],
    ]);
    expect(paper.stdout).toContain('Figur 1: Innleggelser per kommune');
  });

  it('replaces a text the case has only with --force, and --dry-run writes nothing', () => {
    const before = readFileSync(join(dir, CASE_30));
    const dry = hf(dir, ['paper', 'import', 'ssu', '2024.30', 'sak.docx', '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain(`--- a/${CASE_30}`);
    expect(dry.stdout).toContain('+## Bakgrunn');
    expect(dry.stdout).toContain('Uten --force ville hf ikke skrevet dette: SSU 2024.30 har allerede et saksfremlegg.');
    expect(readFileSync(join(dir, CASE_30)).equals(before)).toBe(true);
    expect(existsSync(join(dir, 'cases/ssu/2024/2024.30-bilde-1.png'))).toBe(false);

    const refused = hf(dir, ['paper', 'import', 'ssu', '2024.30', 'sak.docx']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('SSU 2024.30 har allerede et saksfremlegg, og hf erstatter det bare når du ber om det');
    expect(readFileSync(join(dir, CASE_30)).equals(before)).toBe(true);
    expect(readdirSync(join(dir, 'cases/ssu/2024')).filter((f) => !f.endsWith('.md'))).toEqual([]);

    const forced = hf(dir, ['paper', 'import', 'ssu', '2024.30', 'sak.docx', '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    // The title of the paper is the case's own title: it is not repeated in the text.
    expect(split(readFileSync(join(dir, CASE_30), 'utf8')).body.startsWith('## Bakgrunn\n')).toBe(true);
    const again = hf(dir, ['paper', 'import', 'ssu', '2024.30', 'sak.docx']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('Saksfremlegget til SSU 2024.30 er allerede slik dokumentet er.');
  });

  it('reads back a case paper hf wrote and someone edited, without hf\'s header table and title', async () => {
    expect(hf(dir, ['paper', 'ssu', '2024.30', '-o', 'hf.docx']).code).toBe(0);
    // Unedited, it reads back as exactly the text the case has.
    expect(hf(dir, ['paper', 'import', 'ssu', '2024.30', 'hf.docx']).stdout).toContain('Saksfremlegget til SSU 2024.30 er allerede slik dokumentet er.');
    const edited = await editDocumentXml(readFileSync(join(dir, 'hf.docx')), (xml) => xml.replace('Bakgrunn', 'Bakgrunn og formål'));
    writeFileSync(join(dir, 'hf.docx'), edited);
    const r = hf(dir, ['paper', 'import', 'ssu', '2024.30', 'hf.docx', '--force']);
    expect(r.code, r.stderr).toBe(0);
    const body = split(readFileSync(join(dir, CASE_30), 'utf8')).body;
    expect(body.startsWith('# Styringsdata for utvikling og oppfølging av tjenestene\n\n## Bakgrunn og formål\n')).toBe(true);
    expect(body).not.toContain('Saksnr.');
    expect(body).not.toContain('# Samhandlingsdata og styringsinformasjon');
  });

  it('refuses an identity number in the paper and names the case and its number in a bad call', async () => {
    let id = '';
    for (let i = 0; !id && i < 1000; i++) id = makeNationalId({ kind: 'fnr', rest: 0, day: 3, month: 4, yy: 77, individual: i }) ?? '';
    writeFileSync(join(dir, 'pii.docx'), await editDocumentXml(await wordPaper(), (xml) => xml.replace('Tabellen viser antall pasienter:', `Pasient ${id} er nevnt.`)));
    const before = readFileSync(join(dir, CASE_29));
    const r = hf(dir, ['paper', 'import', 'ssu', '2024.29', 'pii.docx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`hf skriver ikke ${CASE_29}: teksten inneholder noe som ser ut som et fødselsnummer`);
    expect(r.stdout + r.stderr).not.toContain(id);
    expect(readFileSync(join(dir, CASE_29)).equals(before)).toBe(true);
    expect(existsSync(join(dir, 'cases/ssu/2024/2024.29-bilde-1.png'))).toBe(false);

    const missing = hf(dir, ['paper', 'import', 'ssu', '2024.99', 'sak.docx']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Fant ingen sak SSU 2024.99');
    const noFile = hf(dir, ['paper', 'import', 'ssu', '2024.29', 'finnes-ikke.docx']);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain('Fant ikke filen `finnes-ikke.docx`');
  });
});
