/**
 * The working document of the minutes, typed into as Word saves it and as
 * LibreOffice reshapes it, read back with `hf minutes import`: the case files
 * then hold exactly what was typed and nothing else changed; --dry-run writes
 * nothing; a document older than a case it would change is refused, naming the
 * case; an identity number is refused.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';
import { makeNationalId } from '../helpers/national-id.js';
import { editDocumentXml, saveLikeLibreOffice, typeAfterBookmark, typeLikeLibreOffice, typeLikeWord } from '../helpers/word-typing.js';

const MEETING = ['ssu', '2024-09-26'];
const CASE_24 = 'cases/ssu/2024/2024.24-godkjenning-av-innkalling-og-dagsorden.md';
const CASE_28 = 'cases/ssu/2024/2024.28-status-og-videre-tilnaerming-til-revisjon-av-delavtale.md';
const CASE_31 = 'cases/ssu/2024/2024.31-midler-fra-hso.md';
const MEETING_FILE = 'meetings/ssu/2024-09-26.md';

/** Every file of the repository copy, by path. */
function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!name.endsWith('.docx')) out.set(relative(dir, path).split('\\').join('/'), readFileSync(path));
    }
  };
  walk(dir);
  return out;
}

function changedFiles(before: Map<string, Buffer>, after: Map<string, Buffer>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((p) => !before.get(p)?.equals(after.get(p) ?? Buffer.alloc(0)) || !after.has(p)).sort();
}

function frontmatter(text: string): { data: Record<string, unknown>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text)!;
  return { data: parse(m[1]!) as Record<string, unknown>, body: m[2]! };
}

async function working(dir: string, name = 'referat.docx'): Promise<Uint8Array> {
  const r = hf(dir, ['minutes', ...MEETING, '--working', '-o', name]);
  expect(r.code, r.stderr).toBe(0);
  return readFileSync(join(dir, name));
}

function anId(): string {
  for (let individual = 0; individual < 1000; individual++) {
    const v = makeNationalId({ kind: 'fnr', rest: 0, day: 12, month: 3, yy: 81, individual });
    if (v) return v;
  }
  throw new Error('none');
}

describe('hf minutes import of a document typed into in Word', () => {
  let dir: string;
  beforeEach(() => {
    dir = copyBundled();
  });
  afterEach(() => removeDir(dir));

  const TYPED: Record<string, string[]> = {
    'hf:konklusjon:SSU 2024.24': ['Innkalling og dagsorden godkjennes.'],
    'hf:konklusjon:SSU 2024.28': ['SiV og kommunene legger fram **et felles forslag** til revidert delavtale.', 'Saken settes opp igjen i november.'],
    'hf:oppfølging:SSU 2024.28': ['Forslag til revidert delavtale (ansvar: SiV og kommunene; møte: 28.11.2024)'],
    'hf:behandling:SSU 2024.31': ['Erik Nordberg orienterte om tildelingene.'],
    'hf:inhabil:SSU 2024.31': ['Erik Nordberg (styremedlem i en søker; hjemmel: fvl. § 6 første ledd bokstav e)'],
    'hf:tilstede:SSU 2024-09-26': ['faste medlemmer', 'Kari Vara (vara for Kjersti Norheim; fra sak 2024.26)'],
    'hf:frafall:SSU 2024-09-26': ['Kjersti Norheim (sykdom)'],
  };

  it('writes exactly the typed fields and nothing else; --dry-run first writes nothing', async () => {
    const doc = await working(dir);
    writeFileSync(join(dir, 'typed.docx'), await editDocumentXml(doc, (xml) => typeLikeWord(xml, TYPED)));
    const before = snapshot(dir);

    const dry = hf(dir, ['minutes', 'import', 'typed.docx', '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain(`--- a/${CASE_28}`);
    expect(dry.stdout).toContain('+konklusjon: Innkalling og dagsorden godkjennes.');
    expect(dry.stdout).toContain('(prøvekjøring: ingenting er skrevet)');
    expect(changedFiles(before, snapshot(dir))).toEqual([]);

    const r = hf(dir, ['minutes', 'import', 'typed.docx']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Endret 4 filer:');
    const after = snapshot(dir);
    expect(changedFiles(before, after)).toEqual([CASE_24, CASE_28, CASE_31, MEETING_FILE].sort());
    expect(existsSync(join(dir, '.hf-journal')) ? readdirSync(join(dir, '.hf-journal')) : []).toEqual([]);

    const expected: Record<string, Record<string, unknown>> = {
      [CASE_24]: { konklusjon: 'Innkalling og dagsorden godkjennes.' },
      [CASE_28]: {
        konklusjon: 'SiV og kommunene legger fram **et felles forslag** til revidert delavtale.\n\nSaken settes opp igjen i november.\n',
        oppfølging: [{ hva: 'Forslag til revidert delavtale', ansvar: 'SiV og kommunene', møte: '2024-11-28', status: 'åpen' }],
      },
      [CASE_31]: {
        behandling: 'Erik Nordberg orienterte om tildelingene.',
        inhabil: [{ navn: 'Erik Nordberg', grunn: 'styremedlem i en søker', hjemmel: 'fvl. § 6 første ledd bokstav e' }],
      },
      [MEETING_FILE]: {
        tilstede: ['faste medlemmer', { navn: 'Kari Vara', vara_for: 'Kjersti Norheim', fra_sak: '2024.26' }],
        frafall: [{ navn: 'Kjersti Norheim', grunn: 'sykdom' }],
      },
    };
    for (const [file, fields] of Object.entries(expected)) {
      const old = frontmatter(before.get(file)!.toString('utf8'));
      const now = frontmatter(after.get(file)!.toString('utf8'));
      expect(now.data, file).toEqual({ ...old.data, ...fields });
      expect(now.body, file).toBe(old.body);
    }
    // The rest of each file is byte for byte as it was: the new keys are one block of inserted lines.
    for (const file of [CASE_24, CASE_28, CASE_31, MEETING_FILE]) {
      const old = before.get(file)!.toString('utf8');
      const now = after.get(file)!.toString('utf8');
      let prefix = 0;
      while (prefix < old.length && old[prefix] === now[prefix]) prefix++;
      let suffix = 0;
      while (suffix < old.length - prefix && old[old.length - 1 - suffix] === now[now.length - 1 - suffix]) suffix++;
      expect(prefix + suffix, file).toBe(old.length);
    }

    // The same document read again changes nothing, and is not taken for a stale one.
    const again = hf(dir, ['minutes', 'import', 'typed.docx']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('Ingen endringer');
    expect(changedFiles(after, snapshot(dir))).toEqual([]);
  });

  it('a document made after the import shows what was typed, and reading it back changes nothing', async () => {
    const doc = await working(dir);
    writeFileSync(join(dir, 'typed.docx'), await editDocumentXml(doc, (xml) => typeLikeWord(xml, TYPED)));
    expect(hf(dir, ['minutes', 'import', 'typed.docx']).code).toBe(0);
    const before = snapshot(dir);
    await working(dir, 'igjen.docx');
    const r = hf(dir, ['minutes', 'import', 'igjen.docx']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Ingen endringer');
    expect(changedFiles(before, snapshot(dir))).toEqual([]);
  });

  it('refuses a document made before a case it would change was edited, naming that case only', async () => {
    const doc = await working(dir);
    const path = join(dir, CASE_28);
    writeFileSync(path, readFileSync(path, 'utf8').replace('oppfølging_av:', 'behandling: Skrevet i filen etter at dokumentet ble laget.\noppfølging_av:'));
    writeFileSync(join(dir, 'typed.docx'), await editDocumentXml(doc, (xml) => typeLikeWord(xml, { 'hf:konklusjon:SSU 2024.28': ['Ny konklusjon.'], 'hf:konklusjon:SSU 2024.24': ['Godkjent.'] })));
    const before = snapshot(dir);
    const r = hf(dir, ['minutes', 'import', 'typed.docx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('hf leser ikke inn typed.docx: SSU 2024.28 er endret etter at dokumentet ble laget');
    expect(r.stderr).not.toContain('2024.24');
    expect(r.stderr).toContain('hf minutes SSU 2024-09-26 --working');
    expect(changedFiles(before, snapshot(dir))).toEqual([]);
    // --dry-run refuses as well.
    expect(hf(dir, ['minutes', 'import', 'typed.docx', '--dry-run']).code).toBe(2);
  });

  it('refuses a case that is no longer on the agenda of the meeting', async () => {
    const doc = await working(dir);
    const path = join(dir, CASE_24);
    writeFileSync(path, readFileSync(path, 'utf8').replace('møte: 2024-09-26', 'møte: 2024-11-28'));
    writeFileSync(join(dir, 'typed.docx'), await editDocumentXml(doc, (xml) => typeLikeWord(xml, { 'hf:konklusjon:SSU 2024.24': ['Godkjent.'] })));
    const r = hf(dir, ['minutes', 'import', 'typed.docx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('SSU 2024.24 (ikke lenger på sakslisten)');
  });

  it('makes the meeting file when the meeting has none, with what was typed', async () => {
    rmSync(join(dir, MEETING_FILE));
    const doc = await working(dir);
    writeFileSync(join(dir, 'typed.docx'), await editDocumentXml(doc, (xml) => typeLikeWord(xml, { 'hf:frafall:SSU 2024-09-26': ['Kjersti Norheim', 'Christian Reissig (sykdom)'] })));
    const r = hf(dir, ['minutes', 'import', 'typed.docx']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`SSU 2024-09-26: frafall (ny fil ${MEETING_FILE})`);
    expect(readFileSync(join(dir, MEETING_FILE), 'utf8')).toBe('---\norgan: SSU\ndato: 2024-09-26\nfrafall:\n  - Kjersti Norheim\n  - navn: Christian Reissig\n    grunn: sykdom\n---\n');
    expect(hf(dir, ['validate', MEETING_FILE]).code).toBe(0);
  });

  it('says that approved minutes need a correction when the import changes them', async () => {
    expect(hf(dir, ['minutes', 'approve', 'ssu', '2024-05-23', '--in', 'SSU 2024.25']).code).toBe(0);
    const r0 = hf(dir, ['minutes', 'ssu', '2024-05-23', '--working', '-o', 'godkjent.docx']);
    expect(r0.code, r0.stderr).toBe(0);
    writeFileSync(join(dir, 'typed.docx'), await editDocumentXml(readFileSync(join(dir, 'godkjent.docx')), (xml) => typeLikeWord(xml, { 'hf:innspill:SSU 2024.16': ['Et nytt innspill.'] })));
    const r = hf(dir, ['minutes', 'import', 'typed.docx']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('merk: referatet fra SSU 2024-05-23 er godkjent; før inn endringen med `hf minutes correct SSU 2024-05-23 --text "…"`');
    expect(hf(dir, ['validate']).stdout).toContain('minutes-approved');
  });

  it('refuses an identity number in what was typed, without showing it, and writes nothing', async () => {
    const id = anId();
    const doc = await working(dir);
    writeFileSync(join(dir, 'typed.docx'), await editDocumentXml(doc, (xml) => typeLikeWord(xml, { 'hf:konklusjon:SSU 2024.31': [`Gjelder pasient ${id}.`] })));
    const before = snapshot(dir);
    for (const args of [['--dry-run'], []]) {
      const r = hf(dir, ['minutes', 'import', 'typed.docx', ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`hf skriver ikke ${CASE_31.replace(/\./g, '\\.')}: teksten inneholder noe som ser ut som et fødselsnummer`));
      expect(r.stdout + r.stderr).not.toContain(id);
    }
    expect(changedFiles(before, snapshot(dir))).toEqual([]);
  });

  it('refuses a follow-up with a date that is not one, naming the case', async () => {
    const doc = await working(dir);
    writeFileSync(join(dir, 'typed.docx'), await editDocumentXml(doc, (xml) => typeLikeWord(xml, { 'hf:oppfølging:SSU 2024.28': ['Noe (frist: 31.11.2024)'] })));
    const r = hf(dir, ['minutes', 'import', 'typed.docx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Oppfølgingen i SSU 2024.28 har datoen `31.11.2024`, som ikke er en dato');
  });

  it('refuses a Word file that is not a working document, and a file that is not Word', async () => {
    expect(hf(dir, ['minutes', ...MEETING, '-o', 'vanlig.docx']).code).toBe(0);
    const r = hf(dir, ['minutes', 'import', 'vanlig.docx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('`vanlig.docx` er ikke et arbeidsdokument for referat laget av hf');
    writeFileSync(join(dir, 'tekst.docx'), 'ikke en zip');
    const t = hf(dir, ['minutes', 'import', 'tekst.docx']);
    expect(t.code).toBe(2);
    expect(t.stderr).toContain('`tekst.docx` er ikke et Word-dokument (.docx)');
    expect(t.stderr).not.toMatch(/at .*\.js/);
  });
});

describe('hf minutes import of a document saved by LibreOffice', () => {
  let dir: string;
  beforeEach(() => {
    dir = copyBundled();
  });
  afterEach(() => removeDir(dir));

  it('reads the whole cell of each control, and takes a placeholder left as text for nothing typed', async () => {
    const doc = await working(dir);
    const reshaped = await editDocumentXml(doc, (xml) => typeLikeLibreOffice(saveLikeLibreOffice(xml), 'Konklusjon – SSU 2024.28', ['Første avsnitt.', 'Andre avsnitt, skrevet etter kontrollen.']));
    // Nothing of Word's markup is left: no tags, no placeholder flags.
    const xml = await editDocumentXml(reshaped, (x) => x).then(async (b) => (await import('jszip')).default.loadAsync(b)).then((z) => z.file('word/document.xml')!.async('string'));
    expect(xml).not.toContain('<w:tag ');
    expect(xml).not.toContain('showingPlcHdr');
    writeFileSync(join(dir, 'lo.docx'), reshaped);
    const before = snapshot(dir);
    const r = hf(dir, ['minutes', 'import', 'lo.docx']);
    expect(r.code, r.stderr).toBe(0);
    expect(changedFiles(before, snapshot(dir))).toEqual([CASE_28]);
    expect(frontmatter(readFileSync(join(dir, CASE_28), 'utf8')).data.konklusjon).toBe('Første avsnitt.\n\nAndre avsnitt, skrevet etter kontrollen.\n');
  });

  it('finds the fields by the bookmarks of their rows once LibreOffice has dropped the aliases too', async () => {
    const doc = await working(dir);
    const { openDocx } = await import('../../src/docx/package.js');
    // The bookmark of the Konklusjon row of SSU 2024.31.
    const bookmark = [...openDocx(doc).properties].find(([, v]) => v === 'konklusjon SSU 2024.31')![0].replace('hf.field.', '');
    const twice = await editDocumentXml(doc, (xml) => typeAfterBookmark(saveLikeLibreOffice(xml, true), bookmark, ['Tildelingene tas til orientering.', 'SSU ber om en oversikt.']));
    const xml = await (await import('jszip')).default.loadAsync(twice).then((z) => z.file('word/document.xml')!.async('string'));
    expect(xml).not.toContain('<w:alias ');
    writeFileSync(join(dir, 'lo2.docx'), twice);
    const before = snapshot(dir);
    const r = hf(dir, ['minutes', 'import', 'lo2.docx']);
    expect(r.code, r.stderr).toBe(0);
    expect(changedFiles(before, snapshot(dir))).toEqual([CASE_31]);
    expect(frontmatter(readFileSync(join(dir, CASE_31), 'utf8')).data.konklusjon).toBe('Tildelingene tas til orientering.\n\nSSU ber om en oversikt.\n');
  });
});

describe('hf minutes --working', () => {
  let dir: string;
  beforeEach(() => {
    dir = copyBundled();
  });
  afterEach(() => removeDir(dir));

  it('writes a Word file named after the meeting, and refuses --public and other formats', () => {
    const r = hf(dir, ['minutes', ...MEETING, '--working']);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(dir, 'arbeidsreferat-ssu-2024-09-26.docx'))).toBe(true);
    const pub = hf(dir, ['minutes', ...MEETING, '--working', '--public', '-o', 'x.docx']);
    expect(pub.code).toBe(2);
    expect(pub.stderr).toContain('Arbeidsdokumentet kan ikke være offentlig');
    const md = hf(dir, ['minutes', ...MEETING, '--working', '-o', 'x.md']);
    expect(md.code).toBe(2);
    expect(md.stderr).toContain('Arbeidsdokumentet er et Word-dokument, ikke `x.md`');
    expect(existsSync(join(dir, 'x.md')) || existsSync(join(dir, 'x.docx'))).toBe(false);
  });

  it('keeps the fence lines of a restricted section, so the section is still restricted when it comes back', async () => {
    const file = 'cases/ssu/2024/2024.16-rehabilitering.md';
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8').replace(
      /konklusjon: \|\n/,
      'konklusjon: |\n  Offentlig innledning.\n\n  ::: skjermet offl. § 13\n  Opplysninger om en enkeltperson.\n  :::\n\n',
    );
    writeFileSync(path, text);
    const r = hf(dir, ['minutes', 'ssu', '2024-05-23', '--working', '-o', 'referat.docx']);
    expect(r.code, r.stderr).toBe(0);
    const doc = readFileSync(join(dir, 'referat.docx'));
    const { openDocx } = await import('../../src/docx/package.js');
    const { readFields } = await import('../../src/docx/fields.js');
    const conclusion = readFields(openDocx(doc)).find((f) => f.key === 'SSU 2024.16' && f.field === 'konklusjon')!;
    expect(conclusion.markdown).toContain('\n\n::: skjermet offl. § 13\n\nOpplysninger om en enkeltperson.\n\n:::\n\n');
    const before = snapshot(dir);
    // Read back untouched, and read back after LibreOffice: nothing changes.
    for (const bytes of [doc, await editDocumentXml(doc, saveLikeLibreOffice)]) {
      writeFileSync(join(dir, 'tilbake.docx'), bytes);
      const back = hf(dir, ['minutes', 'import', 'tilbake.docx']);
      expect(back.code, back.stderr).toBe(0);
      expect(back.stdout).toContain('Ingen endringer');
    }
    expect(changedFiles(before, snapshot(dir))).toEqual([]);
  });
});
