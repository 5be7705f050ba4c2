/** `hf init` in a terminal asks for what the options leave out. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { parse } from 'yaml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CommandContext } from '../../src/commands/shared/context.js';
import { removeDir } from '../helpers/cli.js';

const asked: string[] = [];
vi.mock('@inquirer/prompts', () => ({
  input: vi.fn(async (q: { message: string }) => {
    asked.push(q.message);
    return q.message.startsWith('Navnet') ? '  Helsefellesskapet i Innlandet ' : 'UU-RUS=Underutvalg rus, FAG-IKT=Faggruppe IKT';
  }),
  select: vi.fn(async (q: { message: string; choices: { value: string }[] }) => {
    asked.push(q.message);
    expect(q.choices.map((c) => c.value)).toEqual(['nb', 'nn', 'en']);
    return 'nn';
  }),
  checkbox: vi.fn(async (q: { message: string; choices: { value: string; checked: boolean }[] }) => {
    asked.push(q.message);
    expect(q.choices.map((c) => [c.value, c.checked])).toEqual([['PM', true], ['SSU', true], ['FSU', true]]);
    return ['PM', 'SSU'];
  }),
}));

let dir = '';
afterEach(() => {
  removeDir(dir);
  asked.length = 0;
});

function terminalContext(cwd: string): CommandContext {
  const stream = new Writable({ write: (_c, _e, done) => done() }) as Writable & { isTTY: boolean };
  stream.isTTY = true;
  // The prompts are replaced above, so standard input is only asked whether it is a terminal.
  return { cwd, debug: false, stdout: stream, stderr: stream, stdin: { isTTY: true } as never, env: {}, now: new Date('2026-11-28T12:00:00Z') };
}

describe('hf init in a terminal', () => {
  it('asks for the name, the language and the bodies, offering PM, SSU and FSU', async () => {
    dir = mkdtempSync(join(tmpdir(), 'hf-init-ask-'));
    const { run } = await import('../../src/commands/init/init.js');
    expect(await run('innlandet', {}, terminalContext(dir))).toBe(0);
    expect(asked).toEqual([
      'Navnet på helsefellesskapet',
      'Språk i dokumenter og meldinger',
      'Organer (mellomrom velger, enter går videre)',
      'Flere organer? KODE=Navn, skilt med komma (kan stå tomt)',
    ]);
    const config = parse(readFileSync(join(dir, 'innlandet', 'hf.yaml'), 'utf8')) as { navn: string; språk: string; organer: { kode: string; navn: string }[] };
    expect(config.navn).toBe('Helsefellesskapet i Innlandet');
    expect(config.språk).toBe('nn');
    expect(config.organer.map((b) => `${b.kode}=${b.navn}`)).toEqual([
      'PM=Partnerskapsmøtet',
      'SSU=Strategisk samarbeidsutvalg',
      'UU-RUS=Underutvalg rus',
      'FAG-IKT=Faggruppe IKT',
    ]);
  });

  it('asks only for what the options leave out', async () => {
    dir = mkdtempSync(join(tmpdir(), 'hf-init-ask-'));
    const { run } = await import('../../src/commands/init/init.js');
    expect(await run(undefined, { name: 'HF', body: ['SSU'] }, terminalContext(dir))).toBe(0);
    expect(asked).toEqual(['Språk i dokumenter og meldinger']);
  });
});
