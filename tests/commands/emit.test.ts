import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsageError, type CommandContext } from '../../src/commands/shared/context.js';
import { emitDocument, formatOfFile } from '../../src/commands/shared/emit.js';
import type { Doc } from '../../src/render/ir.js';

const doc: Doc = { title: 'Innkalling SSU 26.09.24', lang: 'nb', partnership: 'Helsefellesskapet i Vestfold', blocks: [{ type: 'heading', level: 1, text: ['Innkalling'] }] };

let dir: string;
let out: string;

function ctx(): CommandContext {
  const stdout = new PassThrough();
  stdout.on('data', (d) => (out += d));
  return { cwd: dir, debug: false, stdout, stderr: new PassThrough(), stdin: new PassThrough(), env: {}, now: new Date('2024-09-20T12:00:00Z') };
}

async function usageError(p: Promise<unknown>): Promise<UsageError> {
  try {
    await p;
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error('expected a usage error');
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hf-emit-'));
  writeFileSync(join(dir, 'hf.yaml'), 'navn: X\norganer: []\n');
  out = '';
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('emitDocument', () => {
  it('writes Markdown to standard output by default, HTML with --format html', async () => {
    await emitDocument(doc, {}, ctx(), dir);
    expect(out).toBe('*Helsefellesskapet i Vestfold*\n\n# Innkalling\n');
    out = '';
    await emitDocument(doc, { format: 'html' }, ctx(), dir);
    expect(out.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(readdirSync(dir)).toEqual(['hf.yaml']);
  });

  it('writes a file with -o, choosing the format from its extension, and says so', async () => {
    await emitDocument(doc, { output: 'innkalling.html' }, ctx(), dir);
    expect(readFileSync(join(dir, 'innkalling.html'), 'utf8')).toContain('<h1>Innkalling</h1>');
    expect(out).toBe('Skrev innkalling.html\n');
  });

  it('writes Word to a default file name when no -o is given, never to the terminal', async () => {
    await emitDocument(doc, { format: 'docx', defaultName: 'innkalling-ssu-2024-09-26' }, ctx(), dir);
    const bytes = readFileSync(join(dir, 'innkalling-ssu-2024-09-26.docx'));
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(out).toBe('Skrev innkalling-ssu-2024-09-26.docx\n');
  });

  it('refuses to overwrite without --force, and replaces with it', async () => {
    writeFileSync(join(dir, 'innkalling.md'), 'gammel');
    const e = await usageError(emitDocument(doc, { output: 'innkalling.md' }, ctx(), dir));
    expect(e.message).toBe('Filen `innkalling.md` finnes allerede og blir ikke overskrevet');
    expect(e.hint).toContain('--force');
    expect(readFileSync(join(dir, 'innkalling.md'), 'utf8')).toBe('gammel');
    await emitDocument(doc, { output: 'innkalling.md', force: true }, ctx(), dir);
    expect(readFileSync(join(dir, 'innkalling.md'), 'utf8')).toContain('# Innkalling');
    // Written through a temporary file that is gone afterwards.
    expect(readdirSync(dir).sort()).toEqual(['hf.yaml', 'innkalling.md']);
  });

  it('refuses a format that contradicts the file name, and an unknown format, listing the formats it writes', async () => {
    const e = await usageError(emitDocument(doc, { output: 'innkalling.docx', format: 'md' }, ctx(), dir));
    expect(e.message).toContain('.docx');
    const txt = await usageError(emitDocument(doc, { format: 'txt' }, ctx(), dir));
    expect(txt.message).toBe('hf kan ikke skrive formatet `txt`; formatene er md, html, docx og pdf');
    expect(existsSync(join(dir, 'innkalling.docx'))).toBe(false);
  });

  it('refuses a file name whose extension it cannot write, instead of writing Markdown into it', async () => {
    for (const name of ['innkalling.doc', 'innkalling.odt', 'innkalling.txt', 'innkalling.PDFX']) {
      const e = await usageError(emitDocument(doc, { output: name }, ctx(), dir));
      expect(e.message).toBe(`hf kan ikke skrive .${name.split('.')[1]}-filer (\`${name}\`); formatene er md, html, docx og pdf`);
      expect(e.hint).toContain('-o innkalling.docx');
    }
    expect(readdirSync(dir)).toEqual(['hf.yaml']);
  });

  it('takes PDF from the extension, and gives the browser problem as a usage error with its hint, writing nothing', async () => {
    expect(formatOfFile('pakke.PDF')).toBe('pdf');
    const e = await usageError(emitDocument(doc, { output: 'innkalling.pdf' }, { ...ctx(), env: { HF_CHROME: join(dir, 'ingen-chrome') } }, dir));
    expect(e.message).toBe(`HF_CHROME peker på \`${join(dir, 'ingen-chrome')}\`, som ikke finnes`);
    expect(e.hint).toContain('HF_CHROME');
    expect(readdirSync(dir)).toEqual(['hf.yaml']);
  });

  it('never writes through a symbolic link, into a folder, a missing folder or a data folder', async () => {
    writeFileSync(join(dir, 'target.md'), 'mål');
    symlinkSync(join(dir, 'target.md'), join(dir, 'lenke.md'));
    expect((await usageError(emitDocument(doc, { output: 'lenke.md', force: true }, ctx(), dir))).message).toContain('symbolsk lenke');
    expect(readFileSync(join(dir, 'target.md'), 'utf8')).toBe('mål');
    mkdirSync(join(dir, 'ut'));
    expect((await usageError(emitDocument(doc, { output: 'ut', force: true }, ctx(), dir))).message).toContain('er en mappe');
    expect((await usageError(emitDocument(doc, { output: 'finnes-ikke/a.md' }, ctx(), dir))).message).toContain('finnes ikke');
    mkdirSync(join(dir, 'cases'));
    expect((await usageError(emitDocument(doc, { output: 'cases/innkalling.md' }, ctx(), dir))).message).toContain('datamappen');
  });

  it('speaks English with --lang en', async () => {
    writeFileSync(join(dir, 'a.md'), 'x');
    const e = await usageError(emitDocument(doc, { output: 'a.md' }, { ...ctx(), lang: 'en' }, dir));
    expect(e.message).toBe('The file `a.md` already exists and is not overwritten');
  });

  it('knows the formats by extension', () => {
    expect(formatOfFile('a.MD')).toBe('md');
    expect(formatOfFile('a.htm')).toBe('html');
    expect(formatOfFile('dir.x/a.docx')).toBe('docx');
    expect(formatOfFile('a.pdf')).toBe('pdf');
    expect(formatOfFile('a.doc')).toBeUndefined();
    expect(formatOfFile('noext')).toBeUndefined();
  });
});
