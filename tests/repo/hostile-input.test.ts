/**
 * Input written to hurt: files that are huge, deeply nested, code dressed as
 * frontmatter, broken files read twice, and symbolic links out of the repository.
 * Each is refused quickly with a finding, nothing is evaluated, nothing outside
 * the repository is read or written.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadFile } from '../../src/repo/load-file.js';
import { buildRepository } from '../../src/repo/build.js';
import { isInside, readRepository } from '../../src/repo/read.js';
import { createExclusive, UnsafePathError, writeAtomic } from '../../src/repo/write.js';
import { MAX_YAML_BYTES, parseYaml } from '../../src/repo/yaml.js';
import { markdownToBlocks } from '../../src/render/markdown.js';
import { validateSource } from '../../src/rules/engine.js';
import { BASE_FILES } from '../../src/rules/fixture.js';
import { memorySource } from '../helpers/memory.js';
import { removeDir } from '../helpers/cli.js';
import { makeNationalId } from '../helpers/national-id.js';

const enc = (s: string) => new TextEncoder().encode(s);
const PATH = 'cases/ssu/2024/2024.3-x.md';

function timed<T>(f: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = f();
  return { value, ms: performance.now() - t0 };
}

describe('size and nesting are capped before parsing', () => {
  it('refuses a 2 MB frontmatter in well under a second, without building a syntax tree', () => {
    const big = '---\n' + Array.from({ length: 80_000 }, (_, i) => `k${i}: verdi ${i}`).join('\n') + '\n---\n';
    expect(big.length).toBeGreaterThan(1_000_000);
    const { value, ms } = timed(() => loadFile(PATH, enc(big)));
    expect(ms).toBeLessThan(1000);
    expect(value.findings.map((f) => [f.ruleId, f.messageId])).toEqual([['yaml', 'too-large']]);
    expect(value.file.data).toBeUndefined();
    const direct = parseYaml(big.slice(4, -5));
    expect(direct.doc).toBeUndefined();
    expect(direct.problems.map((p) => p.code)).toEqual(['too-large']);
  });

  it('accepts frontmatter just under the cap and refuses it just over', () => {
    const line = 'k: x\n';
    const under = 'tittel: Sak\n' + '# ' + 'x'.repeat(MAX_YAML_BYTES - 20) + '\n';
    expect(parseYaml(under).problems).toEqual([]);
    expect(parseYaml(under + line.repeat(10)).problems.map((p) => p.code)).toEqual(['too-large']);
  });

  it('refuses every shape of deep nesting quickly and never throws', () => {
    const n = 10_000;
    const shapes = {
      flowSeq: 'a: ' + '['.repeat(n) + ']'.repeat(n),
      flowMap: 'a: ' + '{b: '.repeat(n) + '1' + '}'.repeat(n),
      unclosed: 'a: ' + '['.repeat(n),
      blockSeq: 'a:\n' + '- '.repeat(n) + 'x',
      blockMap: Array.from({ length: 300 }, (_, i) => ' '.repeat(i * 2) + `k${i}:`).join('\n') + ' x',
      mixed: 'a: ' + '[{b: '.repeat(n / 2) + '1' + '}]'.repeat(n / 2),
    };
    for (const [name, src] of Object.entries(shapes)) {
      const { value, ms } = timed(() => loadFile(PATH, enc(`---\n${src}\n---\n`)));
      expect(value.findings.map((f) => f.messageId), name).toEqual(['too-deep']);
      expect(ms, name).toBeLessThan(1000);
    }
  });

  it('a deeply nested value in one file leaves every other file validated', async () => {
    const files = {
      ...BASE_FILES,
      'cases/ssu/2024/2024.3-dyp.md': `---\norgan: SSU\ntittel: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n---\n`,
      'cases/ssu/2024/2024.4-ref.md': '---\nsaksnr: "2024.4"\norgan: SSU\nmøte: 2024-09-26\ntittel: Ref\nviser_til: ["SSU 2024.99"]\nkonklusjon: Ok.\n---\n',
    };
    const result = await validateSource(memorySource(files), { today: '2024-09-01', lang: 'en' });
    expect(result.crashed).toEqual([]);
    const ids = result.diagnostics.map((d) => `${d.file.split('/').pop()} ${d.ruleId}`);
    expect(ids).toContain('2024.3-dyp.md yaml');
    expect(ids).toContain('2024.4-ref.md reference-resolves');
  });
});

describe('code is never run', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'hf-code-'))));
  afterEach(() => removeDir(dir));

  const payload = (marker: string) => `require("fs").writeFileSync(${JSON.stringify(marker)}, "pwned")`;

  it('---js, ---JavaScript, ---javascript and ---json are refused unread', () => {
    const marker = join(dir, 'marker');
    for (const lang of ['js', 'JavaScript', 'javascript', 'JS', 'json']) {
      const { file, findings } = loadFile(PATH, enc(`---${lang}\n{ tittel: ${payload(marker)} }\n---\nTekst\n`));
      expect(findings.map((f) => [f.ruleId, f.messageId]), lang).toEqual([['frontmatter', 'language']]);
      expect(file.data).toBeUndefined();
    }
    expect(existsSync(marker)).toBe(false);
  });

  it('a ---js block in the body is text: loaded, validated and rendered without running', () => {
    const marker = join(dir, 'marker');
    const text = `---\norgan: SSU\ntittel: Sak\n---\n## Bakgrunn\n\n---js\nmodule.exports = ${payload(marker)}\n---\n\nSlutt.\n`;
    const { file, findings } = loadFile(PATH, enc(text));
    expect(findings).toEqual([]);
    expect(file.data).toEqual({ organ: 'SSU', tittel: 'Sak' });
    expect(file.body).toContain('---js');
    const blocks = JSON.stringify(markdownToBlocks(file.body));
    expect(blocks).toContain('module.exports');
    expect(existsSync(marker)).toBe(false);
  });

  it('no module imports gray-matter, and it is not a dependency', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as Record<string, Record<string, string> | undefined>;
    for (const field of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
      expect(Object.keys(pkg[field] ?? {}), field).not.toContain('gray-matter');
    }
    const offenders: string[] = [];
    const walk = (d: URL) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        if (e.isDirectory()) walk(new URL(`${e.name}/`, d));
        else if (/\.[cm]?[jt]s$/.test(e.name) && /(?:from\s*|import\s*\(\s*|require\s*\(\s*)['"]gray-matter['"]/.test(readFileSync(new URL(e.name, d), 'utf8'))) offenders.push(e.name);
      }
    };
    walk(new URL('../../src/', import.meta.url));
    walk(new URL('../../bin/', import.meta.url));
    expect(offenders).toEqual([]);
  });
});

describe('no caching of results', () => {
  it('a broken file read twice is reported twice, and a fixed file is then clean', () => {
    const broken = enc('---\norgan: SSU\ntittel: [uavsluttet\n---\n');
    const first = loadFile(PATH, broken).findings;
    const second = loadFile(PATH, broken).findings;
    expect(first.length).toBeGreaterThan(0);
    expect(second).toEqual(first);
    expect(loadFile(PATH, enc('---\norgan: SSU\ntittel: Sak\n---\n')).findings).toEqual([]);
    expect(loadFile(PATH, enc('---\norgan: SSU\ntittel: [uavsluttet\n---\n')).findings).toEqual(first);
    const a = buildRepository(memorySource({ ...BASE_FILES, [PATH]: '---\norgan: SSU\ntittel: [x\n---\n' })).findings.filter((f) => f.file === PATH);
    const b = buildRepository(memorySource({ ...BASE_FILES, [PATH]: '---\norgan: SSU\ntittel: [x\n---\n' })).findings.filter((f) => f.file === PATH);
    expect(a.length).toBeGreaterThan(0);
    expect(b).toEqual(a);
  });
});

describe('symbolic links out of the repository', () => {
  let root: string;
  let outside: string;
  const secret = () => {
    for (let i = 0; i < 1000; i++) {
      const id = makeNationalId({ kind: 'fnr', rest: 0, day: 2, month: 2, yy: 2, individual: i });
      if (id) return id;
    }
    throw new Error('none');
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'hf-link-'));
    outside = mkdtempSync(join(tmpdir(), 'hf-outside-'));
    writeFileSync(join(root, 'hf.yaml'), BASE_FILES['hf.yaml'] as string);
    mkdirSync(join(root, 'cases', 'ssu', '2024'), { recursive: true });
    mkdirSync(join(root, 'cases', 'fsu'), { recursive: true });
    // Outside: a file whose text is broken YAML and holds an identity number.
    writeFileSync(join(outside, 'hemmelig.md'), `---\ntittel: [${secret()}\n---\n`);
    mkdirSync(join(outside, '2024'));
    writeFileSync(join(outside, '2024', '2024.1-x.md'), `---\ntittel: [${secret()}\n---\n`);
  });
  afterEach(() => {
    removeDir(root);
    removeDir(outside);
  });

  it('reports linked files and folders (also a data folder and hf.yaml) and reads nothing behind them', async () => {
    symlinkSync(join(outside, 'hemmelig.md'), join(root, 'cases', 'ssu', '2024', '2024.1-lenke.md'));
    symlinkSync(outside, join(root, 'cases', 'fsu', '2024'), 'dir');
    symlinkSync(outside, join(root, 'meetings'), 'dir');
    const source = readRepository(root);
    expect(source.files.map((f) => f.path)).toEqual(['hf.yaml']);
    const result = await validateSource(source, { today: '2024-09-01', lang: 'en' });
    expect(result.diagnostics.map((d) => [d.file, d.ruleId])).toEqual([
      ['cases/fsu/2024', 'file-location'],
      ['cases/ssu/2024/2024.1-lenke.md', 'file-location'],
      ['meetings', 'file-location'],
    ]);

    const linkedConfig = mkdtempSync(join(tmpdir(), 'hf-link-config-'));
    try {
      symlinkSync(join(root, 'hf.yaml'), join(linkedConfig, 'hf.yaml'));
      const s = readRepository(linkedConfig);
      expect(s.files).toEqual([]);
      expect(s.skipped).toEqual([{ path: 'hf.yaml', reason: 'symlink' }]);
    } finally {
      removeDir(linkedConfig);
    }
  });

  it('never writes through a linked file or into a linked folder, not even a new file', () => {
    symlinkSync(join(outside, 'hemmelig.md'), join(root, 'cases', 'ssu', '2024', '2024.1-lenke.md'));
    symlinkSync(outside, join(root, 'cases', 'fsu', '2024'), 'dir');
    const before = readFileSync(join(outside, 'hemmelig.md'), 'utf8');
    expect(() => writeAtomic(root, 'cases/ssu/2024/2024.1-lenke.md', 'x', { overwrite: true })).toThrow(UnsafePathError);
    expect(() => writeAtomic(root, 'cases/fsu/2024/2024.2-ny.md', 'x')).toThrow(UnsafePathError);
    expect(() => createExclusive(root, 'cases/fsu/2024/2024.3-ny.md', 'x')).toThrow(UnsafePathError);
    expect(() => writeAtomic(root, 'cases/fsu/2024/ny/mappe/fil.md', 'x')).toThrow(UnsafePathError);
    expect(() => writeAtomic(root, '../utenfor.md', 'x')).toThrow(UnsafePathError);
    expect(readFileSync(join(outside, 'hemmelig.md'), 'utf8')).toBe(before);
    expect(readdirSync(outside).sort()).toEqual(['2024', 'hemmelig.md']);
    expect(readdirSync(join(outside, '2024'))).toEqual(['2024.1-x.md']);
    // An ordinary new file in the repository is still fine.
    writeAtomic(root, 'cases/ssu/2024/2024.2-ny.md', 'ok');
    expect(readFileSync(join(root, 'cases/ssu/2024/2024.2-ny.md'), 'utf8')).toBe('ok');
  });

  it('a dangling link is neither inside nor followed', () => {
    symlinkSync(join(outside, 'finnes-ikke.md'), join(root, 'cases', 'ssu', '2024', '2024.5-borte.md'));
    expect(isInside(root, 'cases/ssu/2024/2024.5-borte.md')).toBe(false);
    expect(() => writeAtomic(root, 'cases/ssu/2024/2024.5-borte.md', 'x', { overwrite: true })).toThrow(UnsafePathError);
    expect(existsSync(join(outside, 'finnes-ikke.md'))).toBe(false);
    expect(isInside(root, 'cases/ssu/2024/ny.md')).toBe(true);
  });
});
