/**
 * Odd entries in a repository, generated: a symbolic link to a file or a folder
 * inside and outside the repository, a dangling link, a folder where a file is
 * expected, a file where a folder is expected, a Markdown file with an upper-case
 * or long extension, a FIFO — in case, meeting, queue, plan and mandate folders,
 * and as hf.yaml itself. Every command that reads the repository runs on them
 * with a cold and a warm cache: no crash, no stack trace, nothing read from
 * outside the repository (the files there hold a marker that must never show),
 * and `hf validate` names every one of them; a command that stops names the path.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/index.js';
import { copyBundled, hf, HF_BIN, removeDir, type RunResult } from '../helpers/cli.js';
import { argsOf, INVOCATIONS, NOT_READING, type Invocation } from '../helpers/invocations.js';
import { REPO_ROOT } from '../helpers/bundled.js';

/** Text that exists only outside the repository. */
const MARK = 'UTENFOR-REPOET-7391';
const CASE = (title: string) => `---\nsaksnr: "2024.95"\norgan: SSU\nmøte: 2024-09-26\ntittel: ${title}\n---\n${title}\n`;
const C33 = 'cases/ssu/2024/2024.33-planer-tiltak-og-prioriteringer-kommuner-siv-og-helsefelleskap-2025.md';
const canFifo = process.platform !== 'win32' && spawnSync('mkfifo', ['--help']).status === 0;

interface Odd {
  path: string;
  what: string;
  make(dir: string, outside: string): void;
}

const link = (target: (dir: string, outside: string) => string, type?: 'dir') => (dir: string, outside: string, path: string) => symlinkSync(target(dir, outside), join(dir, path), type);
const kinds: Record<string, (dir: string, outside: string, path: string) => void> = {
  'link to a file inside': link((dir) => join(dir, C33)),
  'link to a file outside': link((_d, outside) => join(outside, 'hemmelig.md')),
  'link to a folder inside': link((dir) => join(dir, 'cases', 'fsu', '2024'), 'dir'),
  'link to a folder outside': link((_d, outside) => join(outside, 'mappe'), 'dir'),
  'dangling link': link((_d, outside) => join(outside, 'finnes-ikke.md')),
  'folder named like a file': (dir, _o, path) => mkdirSync(join(dir, path), { recursive: true }),
  'file where a folder belongs': (dir, _o, path) => writeFileSync(join(dir, path), 'ikke en mappe\n'),
  'upper-case or long extension': (dir, _o, path) => writeFileSync(join(dir, path), CASE('Stor endelse')),
  ...(canFifo ? { FIFO: (dir: string, _o: string, path: string) => void spawnSync('mkfifo', [join(dir, path)]) } : {}),
};

/** Where each kind of entry goes: one place per kind and kind of folder, with a name hf would otherwise read. */
const PLACES: Record<string, string[]> = {
  'link to a file inside': ['cases/ssu/2024/2024.90-lenke-inne.md', 'mandates/lenke.md'],
  'link to a file outside': ['cases/ssu/2024/2024.91-lenke-ute.md', 'cases/ssu/ko/2024-09-02-lenke.md', 'meetings/ssu/2024-12-05.md', 'plans/2025/lenke.md'],
  'link to a folder inside': ['cases/fsu/2023'],
  'link to a folder outside': ['cases/pm/2026', 'plans/2031'],
  'dangling link': ['meetings/ssu/2024-12-12.md', 'cases/ssu/2024/2024.96-borte.md'],
  'folder named like a file': ['cases/ssu/2024/2024.92-mappe.md', 'meetings/ssu/2024-12-19.md', 'mandates/mappe.md'],
  'file where a folder belongs': ['cases/ssu/2026', 'plans/2030', 'meetings/fil'],
  'upper-case or long extension': ['cases/ssu/2024/2024.93-stor.MD', 'cases/ssu/2024/2024.97-blandet.Md', 'mandates/ssu.markdown'],
  FIFO: ['cases/ssu/2024/2024.94-fifo.md', 'cases/ssu/ko/2024-09-01-fifo.md', 'meetings/ssu/2024-12-26.md'],
};

const ODD: Odd[] = Object.entries(kinds).flatMap(([what, make]) => PLACES[what]!.map((path) => ({ path, what, make: (dir: string, outside: string) => make(dir, outside, path) })));

/** An outside folder: a case file, a folder of cases and an hf.yaml, each holding the marker. */
function makeOutside(): string {
  const outside = mkdtempSync(join(tmpdir(), 'hf-outside-'));
  writeFileSync(join(outside, 'hemmelig.md'), CASE(MARK));
  mkdirSync(join(outside, 'mappe'));
  writeFileSync(join(outside, 'mappe', '2025.1-hemmelig.md'), CASE(MARK));
  return outside;
}

/** Runs hf like hfAsync, but stops it after 20 s: a read that waits for a FIFO's writer must fail the test, not hang it. */
function hfAsync(cwd: string, args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [HF_BIN, ...args], { cwd, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', HF_NOW: '2026-11-28', LANG: 'C', ...env }, timeout: 20_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code, signal) => resolve({ code: code ?? -1, stdout, stderr: signal ? `${stderr}\n(stopped by ${signal})` : stderr }));
  });
}

/** Runs every invocation, a few at a time. */
async function sweep(dir: string, out: string): Promise<{ inv: Invocation; r: RunResult }[]> {
  const results: { inv: Invocation; r: RunResult }[] = [];
  const queue = [...INVOCATIONS];
  const worker = async () => {
    for (let inv = queue.shift(); inv; inv = queue.shift()) results.push({ inv, r: await hfAsync(dir, argsOf(inv, out), { HF_CHROME: join(out, 'ingen-nettleser') }) });
  };
  await Promise.all([worker(), worker(), worker()]);
  return results;
}

/** A run that stopped the way a user can act on: no crash, no stack trace, nothing from outside. */
function expectSound({ inv, r }: { inv: Invocation; r: RunResult }): void {
  const label = `hf ${inv.args.join(' ')}\n${r.stderr}`;
  expect([0, 1, 2], label).toContain(r.code);
  expect(r.stderr, label).not.toMatch(/intern feil|internal error/);
  expect(r.stderr, label).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(r.stdout + r.stderr, label).not.toContain(MARK);
}

it('every command that reads a repository is run by these tests', () => {
  const covered = new Set([...INVOCATIONS.map((i) => i.covers), ...NOT_READING]);
  expect(COMMANDS.map((c) => c.name).filter((n) => !covered.has(n))).toEqual([]);
});

describe('odd entries in the data folders', () => {
  let dir: string;
  let outside: string;
  let out: string;
  beforeAll(() => {
    dir = copyBundled('hf-odd-');
    outside = makeOutside();
    out = mkdtempSync(join(tmpdir(), 'hf-odd-out-'));
    mkdirSync(join(dir, 'cases', 'ssu', 'ko'), { recursive: true });
    for (const o of ODD) o.make(dir, outside);
  });
  afterAll(() => {
    removeDir(dir);
    removeDir(outside);
    removeDir(out);
  });

  it('hf validate names every one of them, cold and from the cache', () => {
    for (const pass of ['cold', 'warm']) {
      const r = hf(dir, ['validate', '--format', 'json']);
      expect(r.stderr, pass).toBe('');
      const found = (JSON.parse(r.stdout) as { diagnostics: { file: string; ruleId: string }[] }).diagnostics;
      for (const o of ODD) expect(found.filter((d) => d.file === o.path && d.ruleId === 'file-location').length, `${pass}: ${o.what} at ${o.path}`).toBe(1);
      expect(r.stdout).not.toContain(MARK);
    }
  });

  it('every command runs soundly with a cold and with a warm cache, and one that stops names the path', async () => {
    rmSync(join(dir, '.hf-cache'), { recursive: true, force: true });
    for (const pass of ['cold', 'warm']) {
      // What the first pass wrote (the website) must not stop the second.
      for (const f of ['site', 'noark']) rmSync(join(out, f), { recursive: true, force: true });
      for (const result of await sweep(dir, out)) {
        expectSound(result);
        if (result.r.code !== 2) continue;
        // A stop names an odd entry, or is one the bundled repository gives anyway (no such file, not held yet, no browser).
        const named = ODD.some((o) => result.r.stderr.includes(o.path));
        expect(named || /finnes-ikke\.docx|ikke holdt|nettleser|Chrome/.test(result.r.stderr), `${pass}: hf ${result.inv.args.join(' ')}\n${result.r.stderr}`).toBe(true);
      }
    }
  }, 120_000);

  it('numbering stops at a folder named like a case file, naming it, instead of skipping its number silently', () => {
    const r = hf(dir, ['new-case', '--organ', 'SSU', '--title', 'Ny sak', '--meeting', '2024-09-26']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cases/ssu/2024/2024.92-mappe.md er en mappe, ikke en saksfil, men navnet holder av saksnummer 2024.92');
  });

  it('writing into a linked folder is refused with the link named', () => {
    // No meeting: the year is this year (HF_NOW), whose folder is the link.
    const r = hf(dir, ['new-case', '--organ', 'PM', '--title', 'Ny sak']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('hf skriver ikke gjennom den symbolske lenken cases/pm/2026');
    expect(readFileSync(join(outside, 'mappe', '2025.1-hemmelig.md'), 'utf8')).toBe(CASE(MARK));
  });
});

describe('files a document takes in', () => {
  it('an attachment or a logo that is a link out of the repository is refused, naming it, and never read', () => {
    const dir = copyBundled('hf-odd-doc-');
    const outside = makeOutside();
    try {
      const attachment = 'vedlegg/ssu/2024/2024.34-palliasjon-til-voksne-pasienter.md';
      writeFileSync(join(outside, 'vedlegg.md'), `# ${MARK}\n`);
      rmSync(join(dir, attachment));
      symlinkSync(join(outside, 'vedlegg.md'), join(dir, attachment));
      // The packet as PDF reads every attachment before it needs a browser.
      const packet = hf(dir, ['agenda', 'SSU', '2024-09-26', '--with-papers', '-o', join(outside, 'pakke.pdf')], { HF_CHROME: join(outside, 'ingen-nettleser') });
      expect(packet.code).toBe(2);
      expect(packet.stderr).toContain(`\`${attachment}\` ligger utenfor repoet`);

      writeFileSync(join(outside, 'logo.png'), Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
      mkdirSync(join(dir, 'profil'));
      symlinkSync(join(outside, 'logo.png'), join(dir, 'profil', 'logo.png'));
      writeFileSync(join(dir, 'hf.yaml'), readFileSync(join(dir, 'hf.yaml'), 'utf8') + '\nprofil:\n  logo: profil/logo.png\n');
      const notice = hf(dir, ['agenda', 'SSU', '2024-09-26', '-o', join(outside, 'innkalling.docx')]);
      expect(notice.code).toBe(2);
      expect(notice.stderr).toContain('`profil/logo.png` (profil.logo i hf.yaml) ligger utenfor repoet');
    } finally {
      removeDir(dir);
      removeDir(outside);
    }
  });
});

describe('hf.yaml that is not a plain file', () => {
  let outside: string;
  let out: string;
  /** Each kind of hf.yaml, made over a repository whose cache was just warmed with the real one. */
  const CONFIGS: Record<string, (dir: string, outside: string) => void> = {
    'a link to a file outside': (d, o) => symlinkSync(join(o, 'hf.yaml'), join(d, 'hf.yaml')),
    'a link to a file inside': (d) => {
      renameSync(join(d, 'hf.yaml'), join(d, 'oppsett.yaml'));
      symlinkSync(join(d, 'oppsett.yaml'), join(d, 'hf.yaml'));
    },
    'a dangling link': (d, o) => symlinkSync(join(o, 'finnes-ikke.yaml'), join(d, 'hf.yaml')),
    'a folder': (d) => mkdirSync(join(d, 'hf.yaml')),
    ...(canFifo ? { 'a FIFO': (d: string) => void spawnSync('mkfifo', [join(d, 'hf.yaml')]) } : {}),
  };
  // One of each way hf.yaml is read: the whole repository (validate, list), through the cache's summary (agenda), alone (new-case).
  const REPO_COMMANDS = INVOCATIONS.filter((i) => ['validate', 'agenda', 'list', 'new-case'].includes(i.covers));

  beforeAll(() => {
    outside = makeOutside();
    out = mkdtempSync(join(tmpdir(), 'hf-config-out-'));
    // Another partnership's hf.yaml outside: English, and a body whose name is the marker.
    const real = readFileSync(join(REPO_ROOT, 'hf.yaml'), 'utf8');
    writeFileSync(join(outside, 'hf.yaml'), real.replace('språk: nb', 'språk: en').replace('navn: Partnerskapsmøtet', `navn: ${MARK}`));
  });
  afterAll(() => {
    removeDir(outside);
    removeDir(out);
  });

  for (const [what, make] of Object.entries(CONFIGS)) {
    it(`${what}: every command refuses it with a usage error naming it, with a warm cache too, and nothing reads it`, async () => {
      const dir = copyBundled('hf-config-');
      try {
        // Warm: the cache and the cache's summary were made with the real hf.yaml.
        expect(hf(dir, ['validate']).code).toBeLessThan(2);
        expect(hf(dir, ['agenda', 'SSU', '2024-09-26']).code).toBe(0);
        if (what !== 'a link to a file inside') rmSync(join(dir, 'hf.yaml'));
        make(dir, outside);
        const expected = what === 'a folder' || what === 'a FIFO' ? 'er ikke en vanlig fil' : 'er en symbolsk lenke';
        const runs = await Promise.all(REPO_COMMANDS.map(async (inv) => ({ inv, r: await hfAsync(dir, argsOf(inv, out)) })));
        for (const { inv, r } of runs) {
          expectSound({ inv, r });
          expect(r.code, `hf ${inv.args.join(' ')}`).toBe(2);
          expect(r.stderr).toContain(`${join(dir, 'hf.yaml')} ${expected}`);
        }
        // Completion and help read hf.yaml too (body codes, the language): not this one.
        const complete = hf(dir, ['__complete', '--', 'agenda', '']);
        expect(complete.stdout).not.toContain(MARK);
        expect(hf(dir, ['--help']).stdout).toContain('Bruk: hf');
      } finally {
        removeDir(dir);
      }
    }, 60_000);
  }
});
