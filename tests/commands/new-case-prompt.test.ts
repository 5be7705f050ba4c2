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
    expect(meetings).toContain('I køen: nummereres når den settes på et møte (hf schedule)');
    expect(meetings).toContain('Et nytt møte …');
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

  it('offers the queue first when the body has no upcoming meeting, and numbers nothing', async () => {
    const { ctx, output } = terminal();
    ctx.now = new Date('2024-12-01T10:00:00Z');
    const done = run({ organ: 'SSU', type: ['Orientering'], responsible: ['Sekretariatet'] }, ctx);
    await screen.next();
    screen.type('Budsjett 2025');
    screen.keypress('enter');
    await screen.next();
    const meetings = screen.getScreen();
    expect(meetings).toContain('Hvilket møte skal saken til?');
    expect(meetings).not.toMatch(/\d{4}-\d{2}-\d{2} \(/); // no upcoming meeting to offer
    screen.keypress('enter');
    await expect(done).resolves.toBe(0);
    expect(output()).toContain('La saken i køen til SSU: cases/ssu/ko/2024-12-01-budsjett-2025.md');
    expect(output()).not.toMatch(/SSU-sak 202[45]\./);
  });

  it('makes a new meeting with its standing items when asked, and numbers the case after them', async () => {
    const { ctx, output } = terminal();
    ctx.now = new Date('2024-12-01T10:00:00Z');
    const done = run({ organ: 'SSU', type: ['Beslutning'], responsible: ['Sekretariatet'] }, ctx);
    await screen.next();
    screen.type('Budsjett 2025');
    screen.keypress('enter');
    await screen.next();
    screen.keypress('down');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Datoen for det nye møtet');
    screen.type('30.02.2025');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Skriv en dato som finnes');
    screen.keypress('backspace');
    for (let i = 0; i < 10; i++) screen.keypress('backspace');
    screen.type('12.02.25');
    screen.keypress('enter');
    await expect(done).resolves.toBe(0);
    expect(output()).toContain('meetings/ssu/2025-02-12.md');
    // Godkjenning and Referat first (2025.1, 2025.2), then the case: agenda order.
    expect(output()).toContain('Opprettet SSU-sak 2025.3: cases/ssu/2025/2025.3-budsjett-2025.md');
    expect(readFileSync(join(dir, 'cases/ssu/2025/2025.3-budsjett-2025.md'), 'utf8')).toContain('møte: 2025-02-12');
  });
});
