/**
 * `hf export noark`, end to end with the test Chromium: the package on disk has
 * the checksums and sizes its XML names, a second export is byte for byte the
 * same, restricted content planted in the data is in no byte of any file nor in
 * the text of any PDF (read with pdfjs), and `--from` takes the newer meetings
 * and, in git, the older ones changed since.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumEnv } from '../helpers/browser.js';
import { copyBundled, hf, removeDir, type RunResult } from '../helpers/cli.js';
import { all, child, parseXml } from '../export/noark/xml-tree.js';
import { concludeMeeting, F14, PUBLIC_ATTACHMENT_BYTES, SECRETS, plantRestricted } from '../export/noark/plant.js';

let dir: string;
let outs: string;
let env: Record<string, string>;

function exportTo(name: string, args: string[] = [], cwd = dir): RunResult & { folder: string } {
  const folder = join(outs, name);
  return { ...hf(cwd, ['export', 'noark', folder, ...args], env), folder };
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((f) => join(folder, f))
    .filter((f) => statSync(f).isFile())
    .map((f) => relative(folder, f).split('\\').join('/'))
    .sort();
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    parts.push(content.items.map((x) => ('str' in x ? x.str : '')).join(' '));
  }
  await doc.destroy();
  return parts.join('\n');
}

beforeAll(() => {
  dir = copyBundled('hf-noark-cli-');
  outs = mkdtempSync(join(tmpdir(), 'hf-noark-out-'));
  env = chromiumEnv();
  concludeMeeting(dir, 'SSU', '2024-09-26');
  plantRestricted(dir);
});
afterAll(() => {
  removeDir(dir);
  removeDir(outs);
});

describe('hf export noark', () => {
  let first: ReturnType<typeof exportTo>;
  beforeAll(() => {
    first = exportTo('first');
  }, 120_000);

  it('writes arkivstruktur.xml and the documents, and says what it wrote', () => {
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/Skrev arkivpakken til .*: 4 møter, 36 saker, \d+ dokumenter/);
    expect(first.stderr).toContain('ikke PDF/A');
    const files = filesUnder(first.folder);
    expect(files).toContain('arkivstruktur.xml');
    expect(files).toContain('dokumenter/ssu/2024-09-26/innkalling.pdf');
    expect(files).toContain('dokumenter/ssu/2024-09-26/referat.pdf');
    expect(files).toContain('dokumenter/ssu/2024-09-26/2024.32-saksfremlegg.pdf');
  });

  it('names in the XML the size and SHA-256 of every file on disk, and every file', () => {
    const root = parseXml(readFileSync(join(first.folder, 'arkivstruktur.xml'), 'utf8'));
    const listed = all(root, 'dokumentobjekt').map((o) => {
      const path = child(o, 'referanseDokumentfil')!;
      const bytes = readFileSync(join(first.folder, path));
      expect(child(o, 'sjekksum'), path).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(child(o, 'filstoerrelse'), path).toBe(String(bytes.length));
      return path;
    });
    expect(listed.sort()).toEqual(filesUnder(first.folder).filter((f) => f !== 'arkivstruktur.xml'));
  });

  it('puts no restricted text in any byte of the package or in the text of any PDF', async () => {
    const files = filesUnder(first.folder);
    let publicText = '';
    for (const f of files) {
      const bytes = readFileSync(join(first.folder, f));
      const texts = [bytes.toString('utf8'), bytes.toString('latin1'), bytes.toString('utf16le')];
      // Without whitespace: a PDF's text comes back in pieces (ligatures, kerning), "o ff entlighet".
      if (f.endsWith('.pdf') && !f.includes('vedlegg')) texts.push((await pdfText(bytes)).replace(/\s+/g, ''));
      for (const secret of SECRETS) for (const t of texts) expect(t.toLowerCase(), `${secret} in ${f}`).not.toContain(secret.toLowerCase());
      if (f.endsWith('innkalling.pdf') && f.includes('ssu/2024-09-26')) publicText = texts[texts.length - 1]!;
    }
    // The text extraction works: the public parts of the notice are read back.
    expect(publicText).toContain('MidlerfraHSØ');
    expect(publicText).toContain('Samhandlingsdata');
    expect(publicText).toContain('Unntattoffentlighet,offl.§13');
    expect(readFileSync(join(first.folder, 'dokumenter/ssu/2024-09-26/2024.27-vedlegg-1.pdf'), 'utf8')).toBe(PUBLIC_ATTACHMENT_BYTES);
  });

  it('gives the same bytes, systemIDs included, when run again', () => {
    const second = exportTo('second');
    expect(second.code, second.stderr).toBe(0);
    const files = filesUnder(second.folder);
    expect(files).toEqual(filesUnder(first.folder));
    for (const f of files) expect(readFileSync(join(second.folder, f)).equals(readFileSync(join(first.folder, f))), f).toBe(true);
  }, 120_000);

  it('does not write over an earlier package without --force', () => {
    const again = exportTo('first');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('finnes og er ikke tom');
    expect(again.stderr).toContain('--force');
  });

  it('refuses a --from that is not a date', () => {
    const r = exportTo('bad-date', ['--from', '2024-13-01']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2024-13-01');
  });
});

describe('hf export noark --from', () => {
  const folders = (folder: string) => all(parseXml(readFileSync(join(folder, 'arkivstruktur.xml'), 'utf8')), 'mappe').map((f) => child(f, 'mappeID'));

  it('outside git, takes the meetings on or after the date and says that it cannot see changes', () => {
    const r = exportTo('from', ['--from', '2024-09-01']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('ikke i git');
    expect(folders(r.folder)).toEqual(['FSU 2024-09-05', 'SSU 2024-09-26']);
  }, 120_000);

  it('in git, also takes an older meeting whose case changed since the date', () => {
    const repo = copyBundled('hf-noark-git-');
    try {
      let clock = Date.parse('2024-06-01T10:00:00Z') / 1000;
      const git = (...args: string[]) => {
        clock += 60;
        const date = `${clock} +0000`;
        execFileSync('git', args, {
          cwd: repo,
          env: { PATH: process.env.PATH ?? '', HOME: repo, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: join(repo, '.no-gitconfig'), GIT_AUTHOR_NAME: 'Sekretariatet', GIT_AUTHOR_EMAIL: 's@example.org', GIT_COMMITTER_NAME: 'Sekretariatet', GIT_COMMITTER_EMAIL: 's@example.org', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
        });
      };
      git('init', '-q');
      git('add', '.');
      git('commit', '-q', '-m', 'Møtene før sommeren');
      const plain = exportTo('git-before', ['--from', '2024-09-01'], repo);
      expect(plain.code, plain.stderr).toBe(0);
      expect(folders(plain.folder)).toEqual(['FSU 2024-09-05', 'SSU 2024-09-26']);
      // A correction to SSU 2024.14 (meeting 2024-05-23) in September.
      writeFileSync(join(repo, F14), readFileSync(join(repo, F14), 'utf8').replace('Presentasjonen tas til orientering.', 'Presentasjonen tas til orientering (rettet).'));
      clock = Date.parse('2024-09-10T10:00:00Z') / 1000;
      git('commit', '-q', '-am', 'Rettelse i referatet fra mai');
      const after = exportTo('git-after', ['--from', '2024-09-01'], repo);
      expect(after.code, after.stderr).toBe(0);
      expect(after.stderr).not.toContain('ikke i git');
      expect(folders(after.folder)).toEqual(['SSU 2024-05-23', 'FSU 2024-09-05', 'SSU 2024-09-26']);
    } finally {
      removeDir(repo);
    }
  }, 180_000);
});
