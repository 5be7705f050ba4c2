/**
 * The cache never changes a result: the same broken repository validated without
 * the cache, with a cold cache and with a warm one gives the same diagnostics and
 * the same records, also after files are edited, touched, deleted and renamed.
 * Nor do worker threads: loading on several threads gives what one thread gives.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { openCache } from '../../src/repo/cache.js';
import { readRepository } from '../../src/repo/read.js';
import { validateSource } from '../../src/rules/engine.js';
import { REPO_ROOT } from '../helpers/bundled.js';
import { hf } from '../helpers/cli.js';

const TODAY = '2024-10-01';

/** Validates `root` the way `hf validate` does, with or without the cache. */
async function validate(root: string, useCache: boolean) {
  const cache = useCache ? openCache(root) : undefined;
  const source = cache ? cache.read() : readRepository(root);
  const result = await validateSource(source, { today: TODAY, lang: 'en', onLoaded: (repo, findings) => cache?.save(repo.files, findings) });
  const { cases, meetings, plans, planRows, mandates } = result.repo;
  return {
    diagnostics: result.diagnostics,
    records: JSON.parse(JSON.stringify({ cases, meetings, plans, planRows, mandates })) as unknown,
    crashed: result.crashed,
    stats: cache?.stats,
  };
}

/** Cold (no cache) and warm must agree; returns the warm run's cache statistics. */
async function expectSameAsCold(root: string) {
  const cold = await validate(root, false);
  const warm = await validate(root, true);
  expect(warm.crashed).toEqual([]);
  expect(warm.diagnostics).toStrictEqual(cold.diagnostics);
  expect(warm.records).toStrictEqual(cold.records);
  return { stats: warm.stats!, diagnostics: cold.diagnostics };
}

/**
 * Dates every data file a minute back. A file changed within two seconds of the run
 * that cached it is compared by content the next time (the file system's clock may
 * be too coarse to show a second change); this keeps the hit counts below exact.
 */
function age(root: string): void {
  const past = new Date(Date.now() - 60_000);
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.md')) utimesSync(join(entry.parentPath, entry.name), past, past);
  }
}

const CASE_DIR = 'cases/ssu/2024';
const broken: Record<string, string | Buffer> = {
  [`${CASE_DIR}/2024.90-syntaks.md`]: '---\nsaksnr: "2024.90"\norgan: SSU\ntittel: "Uavsluttet\n---\n',
  [`${CASE_DIR}/2024.91-dobbel.md`]: '---\nsaksnr: "2024.91"\norgan: SSU\ntittel: A\ntittel: B\n---\n',
  [`${CASE_DIR}/2024.92-ukjent-felt.md`]: '---\nsaksnr: "2024.92"\norgan: SSU\ntittel: Ukjent felt\ntittle: x\n---\nSe SSU 2024.999 og sak 2024.17.\n',
  [`${CASE_DIR}/2024.93-tall.md`]: '---\nsaksnr: 2024.930\norgan: SSU\ntittel: Tall\n---\n',
  [`${CASE_DIR}/2024.94-latin1.md`]: Buffer.from('---\nsaksnr: "2024.94"\norgan: SSU\ntittel: Bl\xe5b\xe6r\n---\n', 'latin1'),
  [`${CASE_DIR}/2024.95-konflikt.md`]: '---\nsaksnr: "2024.95"\norgan: SSU\ntittel: K\n---\n<<<<<<< HEAD\na\n=======\nb\n>>>>>>> x\n',
  [`${CASE_DIR}/2024.96-uten.md`]: 'Ingen frontmatter her.\n',
  [`${CASE_DIR}/2024.97-anker.md`]: '---\nsaksnr: "2024.97"\norgan: SSU\ntittel: &a Helse & omsorg\nbehandling: *a\n---\n',
  [`${CASE_DIR}/2024.98-crlf.md`]: '\ufeff---\r\nsaksnr: "2024.98"\r\norgan: SSU\r\ntittel: CRLF & BOM\r\nmøte: 2024-13-45\r\n---\r\nTekst.\r\n',
  [`${CASE_DIR}/2024.99-uendelig.md`]: '---\nsaksnr: "2024.99"\norgan: SSU\ntittel: Uendelig\npunkter: [.inf, -0, .nan]\n---\n',
  [`${CASE_DIR}/2024.90-syntaks (1).md`]: '---\nsaksnr: "2024.90"\n---\n',
  'cases/ssu/feil-sted.md': '---\norgan: SSU\ntittel: Feil sted\n---\n',
};

describe('validation cache', () => {
  let root: string;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'hf-cache-'));
    cpSync(join(REPO_ROOT, 'hf.yaml'), join(root, 'hf.yaml'));
    for (const d of ['cases', 'meetings', 'plans', 'mandates']) cpSync(join(REPO_ROOT, d), join(root, d), { recursive: true });
    for (const [path, content] of Object.entries(broken)) writeFileSync(join(root, path), content);
    age(root);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('gives the same diagnostics cold and warm, and a warm run reads no file again', async () => {
    const first = await expectSameAsCold(root);
    // The corpus is broken in many ways, so the comparison means something.
    const rules = new Set(first.diagnostics.map((d) => d.ruleId));
    for (const id of ['yaml', 'schema', 'saksnr-quoted', 'encoding', 'conflict-marker', 'frontmatter', 'file-location', 'reference-resolves']) expect(rules).toContain(id);
    const again = await expectSameAsCold(root);
    // Read again: the file with NaN (JSON cannot keep it), and the sync-conflict copy and the
    // misplaced file, which are reported by name and never loaded.
    expect(again.stats.read).toBe(3);
    expect(again.stats.hits).toBeGreaterThan(50);
  });

  it('sees an edited file', async () => {
    const path = join(root, CASE_DIR, '2024.92-ukjent-felt.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('tittle: x', 'tittel2: y\nsakstype: [Ukjent]'));
    const { stats, diagnostics } = await expectSameAsCold(root);
    expect(stats.read).toBeGreaterThanOrEqual(1);
    age(root);
    expect(diagnostics.some((d) => d.file.endsWith('2024.92-ukjent-felt.md') && d.message.includes('tittel2'))).toBe(true);
  });

  it('sees a change that keeps the size and the modification time', async () => {
    const path = join(root, CASE_DIR, '2024.91-dobbel.md');
    const before = statSync(path);
    writeFileSync(path, readFileSync(path, 'utf8').replace('tittel: B', 'tittle: B'));
    utimesSync(path, before.atime, before.mtime);
    expect(statSync(path).size).toBe(before.size);
    const { diagnostics } = await expectSameAsCold(root);
    expect(diagnostics.some((d) => d.file.endsWith('2024.91-dobbel.md') && d.ruleId === 'schema')).toBe(true);
  });

  it('takes a touched file with the same content from the cache', async () => {
    await validate(root, true);
    const path = join(root, CASE_DIR, '2024.93-tall.md');
    const later = new Date(Date.now() - 60_000);
    utimesSync(path, later, later);
    const { stats } = await expectSameAsCold(root);
    expect(stats.read).toBeGreaterThanOrEqual(1);
  });

  it('sees deleted and renamed files', async () => {
    unlinkSync(join(root, CASE_DIR, '2024.96-uten.md'));
    renameSync(join(root, CASE_DIR, '2024.97-anker.md'), join(root, CASE_DIR, '2024.80-anker.md'));
    renameSync(join(root, 'cases/ssu/feil-sted.md'), join(root, CASE_DIR, '2024.81-feil-sted.md'));
    const { diagnostics } = await expectSameAsCold(root);
    expect(diagnostics.some((d) => d.file.includes('2024.96-uten'))).toBe(false);
    expect(diagnostics.some((d) => d.file.includes('2024.80-anker'))).toBe(true);
    expect(diagnostics.some((d) => d.file.includes('feil-sted.md') && d.ruleId === 'file-location')).toBe(false);
  });

  it('keeps every other entry when it is written again after one file changed', async () => {
    age(root);
    await validate(root, true);
    const path = join(root, CASE_DIR, '2024.92-ukjent-felt.md');
    writeFileSync(path, readFileSync(path, 'utf8') + '\nEndret igjen.\n');
    const past = new Date(Date.now() - 60_000);
    utimesSync(path, past, past);
    // That file is read again, with the files that are never cached, and the cache is
    // written anew with every other entry as it was.
    const once = await expectSameAsCold(root);
    expect(once.stats.hits).toBeGreaterThan(50);
    // Then every entry is taken from that cache: only the files that are never cached are read.
    const again = await expectSameAsCold(root);
    expect(again.stats.read).toBe(once.stats.read - 1);
    expect(again.stats.hits).toBe(once.stats.hits + 1);
  });

  it('starts afresh when hf.yaml changes', async () => {
    await validate(root, true);
    const path = join(root, 'hf.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^navn: .*$/m, 'navn: Helsefellesskapet i Test'));
    const { stats } = await expectSameAsCold(root);
    expect(stats.hits).toBe(0);
  });

  it('ignores a cache it did not write itself (committed to git or copied)', async () => {
    await validate(root, true);
    const copy = mkdtempSync(join(tmpdir(), 'hf-cache-copy-'));
    try {
      cpSync(root, copy, { recursive: true });
      age(copy);
      const { stats } = await expectSameAsCold(copy);
      expect(stats.hits).toBe(0);
      // Its own cache then works as usual.
      expect((await expectSameAsCold(copy)).stats.hits).toBeGreaterThan(50);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('keeps working with a damaged cache file', async () => {
    await validate(root, true);
    const index = readdirSync(join(root, '.hf-cache')).find((f) => f.endsWith('.jsonl'))!;
    writeFileSync(join(root, '.hf-cache', index), '{"key": "x", "entries": [');
    const { stats } = await expectSameAsCold(root);
    expect(stats.hits).toBe(0);
  });

  it('hf validate prints the same with --no-cache, cold and warm, and creates a git-ignored cache', async () => {
    rmSync(join(root, '.hf-cache'), { recursive: true, force: true });
    const none = hf(root, ['validate', '--format', 'json', '--no-cache']);
    expect(() => statSync(join(root, '.hf-cache'))).toThrow();
    const cold = hf(root, ['validate', '--format', 'json']);
    const warm = hf(root, ['validate', '--format', 'json']);
    expect(none.code).toBe(1);
    expect(cold).toEqual(none);
    expect(warm).toEqual(none);
    expect(readFileSync(join(root, '.hf-cache', '.gitignore'), 'utf8')).toMatch(/^\*$/m);
  });

  it('gives the same records and diagnostics when worker threads load the files', async () => {
    // The worker threads run the built hf (dist/), as the command line does.
    const dist = (file: string) => import(pathToFileURL(join(REPO_ROOT, 'dist', file)).href);
    const engine = (await dist('rules/engine.js')) as typeof import('../../src/rules/engine.js');
    const read = (await dist('repo/read.js')) as typeof import('../../src/repo/read.js');
    const cacheOf = (await dist('repo/cache.js')) as typeof import('../../src/repo/cache.js');
    const run = async (workers: number, useCache = false) => {
      const cache = useCache ? cacheOf.openCache(root) : undefined;
      const result = await engine.validateSource(cache ? cache.read() : read.readRepository(root), {
        today: TODAY,
        lang: 'en',
        workers,
        onLoaded: (repo, findings) => cache?.save(repo.files, findings),
      });
      const { cases, meetings, plans, planRows, mandates } = result.repo;
      return { diagnostics: result.diagnostics, crashed: result.crashed, records: JSON.parse(JSON.stringify({ cases, meetings, plans, planRows, mandates })) as unknown };
    };
    const one = await run(0);
    expect(one.diagnostics.length).toBeGreaterThan(10);
    for (const workers of [1, 3]) expect(await run(workers)).toStrictEqual(one);
    // A cache written by workers, then read.
    rmSync(join(root, '.hf-cache'), { recursive: true, force: true });
    expect(await run(2, true)).toStrictEqual(one);
    expect(await run(2, true)).toStrictEqual(one);
    // And the same through the command line.
    const json = (env: Record<string, string>) => hf(root, ['validate', '--format', 'json', '--no-cache'], env);
    expect(json({ HF_WORKERS: '2' })).toEqual(json({ HF_WORKERS: '0' }));
  });

  it('takes a mandate\'s headings from the cache: a warm run does not load remark', async () => {
    const script = (dir: string) => `
      const dist = ${JSON.stringify(pathToFileURL(join(REPO_ROOT, 'dist')).href)};
      const { openCache } = await import(dist + '/repo/cache.js');
      const { validateSource } = await import(dist + '/rules/engine.js');
      const { headingParser } = await import(dist + '/repo/headings.js');
      const cache = openCache(${JSON.stringify(dir)});
      const result = await validateSource(cache.read(), { today: '${TODAY}', lang: 'en', onLoaded: (repo, f) => cache.save(repo.files, f) });
      console.log(JSON.stringify({ remark: !!headingParser(), hits: cache.stats.hits, mandates: result.repo.mandates.length, sections: result.findings.filter((f) => f.ruleId === 'mandate-sections').length }));`;
    const run = () => JSON.parse(spawnSync(process.execPath, ['--input-type=module', '-e', script(root)], { encoding: 'utf8' }).stdout) as { remark: boolean; hits: number; mandates: number; sections: number };
    rmSync(join(root, '.hf-cache'), { recursive: true, force: true });
    age(root);
    const cold = run();
    expect(cold.mandates).toBeGreaterThan(0);
    expect(cold.remark).toBe(true);
    const warm = run();
    expect(warm.hits).toBeGreaterThan(50);
    expect(warm.remark).toBe(false);
    expect(warm.sections).toBe(cold.sections);
  });
});
