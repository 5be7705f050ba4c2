/**
 * Several files changed as one: all or nothing, byte for byte, also when the
 * process is killed half-way (the journal lets a later run undo or finish it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyChanges, completeJournal, ConflictError, pendingJournals, rollbackJournal, TransactionError, type FileChange } from '../../src/repo/transaction.js';
import { REPO_ROOT } from '../helpers/bundled.js';

let root: string;
const enc = (s: string) => new TextEncoder().encode(s);
const A = '\ufeff---\r\nsaksnr: "2024.36"\r\norgan: SSU\r\n---\r\nSe SSU-sak 2024.36.\r\n';
const B = '---\nsaksnr: "2024.2"\n---\nTekst\n';
const C = 'slettes\n';

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'hf-tx-'));
  writeFileSync(join(root, 'hf.yaml'), 'navn: T\n');
  mkdirSync(join(root, 'cases/ssu/2024'), { recursive: true });
  writeFileSync(join(root, 'cases/ssu/2024/2024.36-a.md'), A);
  writeFileSync(join(root, 'cases/ssu/2024/2024.2-b.md'), B);
  writeFileSync(join(root, 'cases/ssu/2024/2024.3-c.md'), C);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function plan(): FileChange[] {
  return [
    { from: 'cases/ssu/2024/2024.36-a.md', to: 'cases/ssu/2024/2024.37-a.md', before: enc(A), after: enc(A.replace(/2024\.36/g, '2024.37')) },
    { from: 'cases/ssu/2024/2024.2-b.md', to: 'cases/ssu/2024/2024.2-b.md', before: enc(B), after: enc(B.replace('Tekst', 'Se SSU-sak 2024.37')) },
    { to: 'cases/ssu/2025/2025.1-ny.md', after: enc('ny\n') },
    { from: 'cases/ssu/2024/2024.3-c.md', before: enc(C) },
  ];
}

function snapshot(): Record<string, string | null> {
  const files = ['cases/ssu/2024/2024.36-a.md', 'cases/ssu/2024/2024.37-a.md', 'cases/ssu/2024/2024.2-b.md', 'cases/ssu/2025/2025.1-ny.md', 'cases/ssu/2024/2024.3-c.md'];
  return Object.fromEntries(files.map((f) => [f, existsSync(join(root, f)) ? readFileSync(join(root, f)).toString('latin1') : null]));
}

describe('applyChanges', () => {
  it('moves, changes, creates and deletes, and leaves no journal', () => {
    applyChanges(root, plan(), { description: 'test' });
    const s = snapshot();
    expect(s['cases/ssu/2024/2024.36-a.md']).toBeNull();
    expect(readFileSync(join(root, 'cases/ssu/2024/2024.37-a.md'), 'utf8')).toBe(A.replace(/2024\.36/g, '2024.37'));
    expect(readFileSync(join(root, 'cases/ssu/2024/2024.2-b.md'), 'utf8')).toContain('Se SSU-sak 2024.37');
    expect(s['cases/ssu/2025/2025.1-ny.md']).toBe('ny\n');
    expect(s['cases/ssu/2024/2024.3-c.md']).toBeNull();
    expect(pendingJournals(root)).toEqual([]);
  });

  for (const failAt of [0, 1, 2, 3]) {
    it(`restores every file byte for byte when step ${failAt + 1} fails`, () => {
      const before = snapshot();
      let error: unknown;
      try {
        applyChanges(root, plan(), {
          description: 'test',
          beforeStep: (i) => {
            if (i === failAt) throw new Error('disk full');
          },
        });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(TransactionError);
      expect((error as TransactionError).restored).toBe(true);
      expect(snapshot()).toEqual(before);
      expect(pendingJournals(root)).toEqual([]);
    });
  }

  it('refuses a plan when a file changed after it was made, writing nothing', () => {
    const changes = plan();
    writeFileSync(join(root, 'cases/ssu/2024/2024.2-b.md'), B + 'endret\n');
    const before = snapshot();
    expect(() => applyChanges(root, changes, { description: 'test' })).toThrow(ConflictError);
    expect(snapshot()).toEqual(before);
    expect(existsSync(join(root, '.hf-journal'))).toBe(false);
  });

  it('refuses to move a file onto an existing one', () => {
    writeFileSync(join(root, 'cases/ssu/2024/2024.37-a.md'), 'i veien\n');
    expect(() => applyChanges(root, plan(), { description: 'test' })).toThrow(/2024\.37-a\.md: exists/);
  });
});

describe('after a crash half-way', () => {
  /** Runs the plan in a child process that is killed (SIGKILL) before step `killAt`. */
  function crash(killAt: number): void {
    const module = pathToFileURL(join(REPO_ROOT, 'dist/repo/transaction.js')).href;
    const script = `
      const { applyChanges } = await import(${JSON.stringify(module)});
      const bytes = (s) => s && Buffer.from(s, 'base64');
      const changes = JSON.parse(process.argv[1]).map((c) => ({ ...c, before: bytes(c.before), after: bytes(c.after) }));
      applyChanges(process.argv[2], changes, { description: 'omnummerering', beforeStep: (i) => { if (i === ${killAt}) process.kill(process.pid, 'SIGKILL'); } });
    `;
    const dec = (b?: Uint8Array) => (b ? Buffer.from(b).toString('base64') : undefined);
    const changes = plan().map((c) => ({ ...c, before: dec(c.before), after: dec(c.after) }));
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(changes), root]);
    expect([r.signal, r.stderr.toString()]).toEqual(['SIGKILL', '']);
  }

  it('leaves a journal from which the change can be undone', () => {
    const before = snapshot();
    crash(2);
    expect(snapshot()).not.toEqual(before);
    const pending = pendingJournals(root);
    expect(pending).toHaveLength(1);
    expect(pending[0]!.journal.description).toBe('omnummerering');
    const report = rollbackJournal(root, pending[0]!.path);
    expect(report.conflicts).toEqual([]);
    expect(snapshot()).toEqual(before);
    expect(pendingJournals(root)).toEqual([]);
  });

  it('or finished', () => {
    crash(1);
    const [pending] = pendingJournals(root);
    const report = completeJournal(root, pending!.path);
    expect(report.conflicts).toEqual([]);
    applyChangesExpected();
    expect(pendingJournals(root)).toEqual([]);
  });

  it('leaves alone, and names, a file someone changed after the crash', () => {
    crash(2);
    writeFileSync(join(root, 'cases/ssu/2024/2024.2-b.md'), 'redigert etterpå\n');
    const [pending] = pendingJournals(root);
    const report = rollbackJournal(root, pending!.path);
    expect(report.conflicts).toEqual(['cases/ssu/2024/2024.2-b.md']);
    expect(readFileSync(join(root, 'cases/ssu/2024/2024.2-b.md'), 'utf8')).toBe('redigert etterpå\n');
    expect(readFileSync(join(root, 'cases/ssu/2024/2024.36-a.md'), 'utf8')).toBe(A);
    expect(pendingJournals(root)).toHaveLength(1);
  });
});

function applyChangesExpected() {
  expect(existsSync(join(root, 'cases/ssu/2024/2024.36-a.md'))).toBe(false);
  expect(readFileSync(join(root, 'cases/ssu/2024/2024.37-a.md'), 'utf8')).toBe(A.replace(/2024\.36/g, '2024.37'));
  expect(readFileSync(join(root, 'cases/ssu/2024/2024.2-b.md'), 'utf8')).toBe(B.replace('Tekst', 'Se SSU-sak 2024.37'));
  expect(readFileSync(join(root, 'cases/ssu/2025/2025.1-ny.md'), 'utf8')).toBe('ny\n');
  expect(existsSync(join(root, 'cases/ssu/2024/2024.3-c.md'))).toBe(false);
}
