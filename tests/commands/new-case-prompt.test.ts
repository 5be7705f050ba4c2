/**
 * `hf new-case` in a terminal with options missing asks for them: the body, the
 * title, the case types and the meeting are offered as choices from hf.yaml and
 * the body's upcoming meetings. Driven through @inquirer/testing's screen, which
 * must be imported before the code that uses the prompts.
 */
import { screen } from '@inquirer/testing/vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/commands/new-case/new-case.js';
import type { CommandContext } from '../../src/commands/shared/context.js';
import { copyBundled, removeDir } from '../helpers/cli.js';

let dir: string;
beforeEach(() => {
  dir = copyBundled('hf-prompt-');
});
afterEach(() => removeDir(dir));

function terminal(): { ctx: CommandContext; output: () => string } {
  let text = '';
  const stdout = Object.assign(
    new Writable({
      write(chunk, _enc, done) {
        text += String(chunk);
        done();
      },
    }),
    { isTTY: true },
  );
  const ctx: CommandContext = {
    cwd: dir,
    debug: false,
    stdout,
    stderr: stdout,
    stdin: Object.create(process.stdin, { isTTY: { value: true } }) as CommandContext['stdin'],
    env: {},
    now: new Date('2024-09-20T10:00:00Z'),
  };
  return { ctx, output: () => text };
}

describe('hf new-case in a terminal', () => {
  it('asks for body, title, types, meeting and responsible, then creates the case', async () => {
    const { ctx, output } = terminal();
    const done = run({}, ctx);

    await screen.next();
    expect(screen.getScreen()).toContain('Hvilket organ skal behandle saken?');
    expect(screen.getScreen()).toContain('PM — Partnerskapsmøtet');
    expect(screen.getScreen()).toContain('SSU — Strategisk samarbeidsutvalg');
    screen.keypress('down');
    screen.keypress('enter');

    await screen.next();
    expect(screen.getScreen()).toContain('Tittel');
    screen.type('Budsjett 2025');
    screen.keypress('enter');

    await screen.next();
    expect(screen.getScreen()).toContain('Sakstype');
    expect(screen.getScreen()).toContain('Orientering');
    expect(screen.getScreen()).toContain('Vedtak');
    screen.keypress('space');
    screen.keypress('down');
    screen.keypress('down');
    screen.keypress('space');
    screen.keypress('enter');

    await screen.next();
    const meetings = screen.getScreen();
    expect(meetings).toContain('Hvilket møte skal saken til?');
    expect(meetings).toContain('2024-09-26 (torsdag 26. september 2024)');
    expect(meetings).not.toContain('2024-05-23'); // held already
    expect(meetings).toContain('Ikke bestemt ennå (nummer for 2024)');
    screen.keypress('enter');

    await screen.next();
    expect(screen.getScreen()).toContain('Ansvar');
    screen.type('Kommune, SiV');
    screen.keypress('enter');

    await expect(done).resolves.toBe(0);
    expect(output()).toContain('Opprettet SSU-sak 2024.36: cases/ssu/2024/2024.36-budsjett-2025.md');
    const text = readFileSync(join(dir, 'cases/ssu/2024/2024.36-budsjett-2025.md'), 'utf8');
    expect(text).toContain('saksnr: "2024.36"\norgan: SSU\nmøte: 2024-09-26\ntittel: Budsjett 2025\nsakstype: [Orientering, Diskusjon]\nansvar: [Kommune, SiV]\n---\n');
  });

  it('asks only for what is missing, and offers no meeting choice in the queue', async () => {
    const { ctx, output } = terminal();
    const done = run({ organ: 'FSU', type: ['Orientering'], queue: true, responsible: ['Sekretariatet'] }, ctx);
    await screen.next();
    expect(screen.getScreen()).toContain('Tittel');
    expect(screen.getScreen()).not.toContain('organ');
    screen.type('Legevakt');
    screen.keypress('enter');
    await expect(done).resolves.toBe(0);
    expect(output()).toContain('La saken i køen til FSU: cases/fsu/ko/2024-09-20-legevakt.md');
  });
});
