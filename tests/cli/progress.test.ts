import { describe, expect, it } from 'vitest';
import { progressFor, progressWanted, SILENT } from '../../src/commands/shared/progress.js';

function fakeStream(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, isTTY, columns: 60, write: (s: string) => chunks.push(s) };
}

describe('progress on a terminal', () => {
  it('draws a counter after the delay and clears it when done', () => {
    const stream = fakeStream(true);
    let now = 0;
    const p = progressFor(stream, {}, { delay: 100, interval: 50, clock: () => now });
    p.start('Kontrollerer filer', 1000);
    p.tick(10);
    expect(stream.chunks).toEqual([]); // still within the delay
    now = 150;
    p.tick(490);
    now = 160;
    p.tick(1); // within the interval: not redrawn
    now = 250;
    p.tick(499);
    p.done();
    expect(stream.chunks).toEqual([
      '\rKontrollerer filer 500/1000 (50 %)\x1b[K',
      '\rKontrollerer filer 1000/1000 (100 %)\x1b[K',
      '\r\x1b[K',
    ]);
  });

  it('counts without a total', () => {
    const stream = fakeStream(true);
    let now = 0;
    const p = progressFor(stream, {}, { delay: 0, interval: 0, clock: () => now++ });
    p.start('Leser', undefined);
    p.tick(3);
    expect(stream.chunks).toEqual(['\rLeser 3\x1b[K']);
  });

  it('stays silent in CI, off a terminal and on a dumb terminal', () => {
    expect(progressWanted({ isTTY: true }, {})).toBe(true);
    expect(progressWanted({ isTTY: true }, { CI: 'true' })).toBe(false);
    expect(progressWanted({ isTTY: true }, { CI: '1' })).toBe(false);
    expect(progressWanted({ isTTY: true }, { CI: 'false' })).toBe(true);
    expect(progressWanted({ isTTY: false }, {})).toBe(false);
    expect(progressWanted({}, {})).toBe(false);
    expect(progressWanted({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
    const ci = fakeStream(true);
    const p = progressFor(ci, { CI: 'true' }, { delay: 0, interval: 0 });
    expect(p).toBe(SILENT);
    p.start('x', 2);
    p.tick(2);
    p.done();
    expect(ci.chunks).toEqual([]);
  });

  it('never draws nor clears when the work was quick', () => {
    const stream = fakeStream(true);
    const p = progressFor(stream, {}, { delay: 1000, clock: () => 0 });
    p.start('x', 5);
    p.tick(5);
    p.done();
    expect(stream.chunks).toEqual([]);
  });
});

describe('progress of work without steps', () => {
  it('shows the label and the seconds while the work runs, then clears the line', async () => {
    const stream = fakeStream(true);
    const p = progressFor(stream, {}, { delay: 0, interval: 10 });
    const result = await p.during('Lager Word-dokumentet', new Promise<string>((resolve) => setTimeout(() => resolve('ferdig'), 700)));
    expect(result).toBe('ferdig');
    expect(stream.chunks[0]).toMatch(/^\rLager Word-dokumentet … \d s\x1b\[K$/);
    expect(stream.chunks.at(-1)).toBe('\r\x1b[K');
  });

  it('passes failures through and shows nothing when silent', async () => {
    const stream = fakeStream(false);
    const p = progressFor(stream, {}, { delay: 0 });
    await expect(p.during('x', Promise.reject(new Error('feil')))).rejects.toThrow('feil');
    expect(await SILENT.during('x', Promise.resolve(3))).toBe(3);
    expect(stream.chunks).toEqual([]);
  });
});
