/**
 * `hf <command>` loads only its own spec (src/commands/index.ts), so the table
 * must name every command of the full program, in help order, each entry
 * loading the spec of the command it is listed under; and every command has a
 * folder of its own holding its spec.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram, commandName, createProgram } from '../../src/cli/program.js';
import { COMMANDS, findCommand } from '../../src/commands/index.js';
import { REPO_ROOT } from '../helpers/bundled.js';

const io = { cwd: process.cwd(), env: {}, stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
const setup = { lang: 'nb' as const, io, exit: { code: 0 } };

describe('command table', () => {
  it('lists every command of the full program, in its order, each entry loading its own spec', async () => {
    const program = await buildProgram(setup, '0.0.0');
    expect(COMMANDS.map((c) => c.name)).toEqual(program.commands.map((c) => c.name()));
    for (const entry of COMMANDS) {
      const spec = await entry.load();
      expect(spec.name).toBe(entry.name);
      expect(spec.aliases ?? [], entry.name).toEqual(entry.aliases ?? []);
      const alone = createProgram(setup, '0.0.0', [spec]);
      expect(alone.commands.map((c) => c.name())).toEqual([entry.name]);
    }
  });

  it('keeps each command in one folder with its spec', () => {
    const visible = COMMANDS.filter((c) => !c.name.startsWith('_'));
    expect(visible.length).toBeGreaterThan(20);
    for (const entry of visible) {
      expect(existsSync(join(REPO_ROOT, 'src', 'commands', entry.name, 'spec.ts')), entry.name).toBe(true);
    }
  });

  it('finds the command after global options, and leaves help and unknown words to the full program', () => {
    expect(commandName(['validate', '--no-cache'])).toBe('validate');
    expect(commandName(['--lang', 'en', '--debug', 'new-case'])).toBe('new-case');
    expect(commandName(['--lang=en', 'agenda', 'SSU'])).toBe('agenda');
    expect(commandName(['--help'])).toBeUndefined();
    expect(commandName(['help', 'validate'])).toBeUndefined();
    expect(commandName([])).toBeUndefined();
    expect(findCommand('no-such-command')).toBeUndefined();
    expect(findCommand('deadlines')?.name).toBe('frister');
  });
});
