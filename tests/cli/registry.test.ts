/**
 * `hf <command>` loads only its own registration module (command-modules.ts), so
 * that table must name every command of the full program (registry.ts), in the
 * same order, each module registering the command it is listed under.
 */
import { describe, expect, it } from 'vitest';
import { commandName, createProgram, registrationOf } from '../../src/cli/program-base.js';
import { buildProgram } from '../../src/cli/program.js';
import { COMMAND_MODULES } from '../../src/cli/command-modules.js';

const io = { cwd: process.cwd(), env: {}, stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
const setup = { lang: 'nb' as const, io, exit: { code: 0 } };

describe('command registrations', () => {
  it('lists every command of the full program, in its order, each module registering its command', async () => {
    const visible = buildProgram(setup, '0.0.0').commands.map((c) => c.name()).filter((n) => !n.startsWith('_'));
    expect(Object.keys(COMMAND_MODULES)).toEqual(visible);
    for (const name of visible) {
      const register = await registrationOf(name);
      expect(register, name).toBeDefined();
      const alone = createProgram(setup, '0.0.0', [register!]);
      expect(alone.commands.map((c) => c.name())).toContain(name);
    }
  });

  it('finds the command after global options, and leaves help and unknown words to the full program', async () => {
    expect(commandName(['validate', '--no-cache'])).toBe('validate');
    expect(commandName(['--lang', 'en', '--debug', 'new-case'])).toBe('new-case');
    expect(commandName(['--lang=en', 'agenda', 'SSU'])).toBe('agenda');
    expect(commandName(['--help'])).toBeUndefined();
    expect(commandName(['help', 'validate'])).toBeUndefined();
    expect(commandName(['__complete', 'va'])).toBeUndefined();
    expect(commandName([])).toBeUndefined();
    expect(await registrationOf('no-such-command')).toBeUndefined();
  });
});
