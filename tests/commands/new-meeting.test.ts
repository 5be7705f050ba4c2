/**
 * `hf new-meeting`: the meeting file with defaults from the body's previous
 * meeting, and the standing items numbered (SSU) or named after the date (FSU).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';

const NOW = { HF_NOW: '2024-10-01' };
let dir: string;
beforeEach(() => {
  dir = copyBundled('hf-new-meeting-');
});
afterEach(() => removeDir(dir));

const read = (p: string) => readFileSync(join(dir, p), 'utf8');

describe('hf new-meeting for a body that numbers its standing items', () => {
  it('creates the meeting with defaults from the previous meeting and numbered standing items', () => {
    const r = hf(dir, ['new-meeting', 'SSU', '2024-11-28'], NOW);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'Opprettet møtet SSU 2024-11-28: meetings/ssu/2024-11-28.md',
        '  SSU-sak 2024.36 Godkjenning av innkalling og dagsorden: cases/ssu/2024/2024.36-godkjenning-av-innkalling-og-dagsorden.md',
        '  SSU-sak 2024.37 Referat fra forrige møte: cases/ssu/2024/2024.37-referat-fra-forrige-mote.md',
        'Tid, sted, møteleder og referent er hentet fra forrige møte (2024-09-26).',
        '',
      ].join('\n'),
    );
    expect(read('meetings/ssu/2024-11-28.md')).toBe(
      [
        '---',
        'organ: SSU',
        'dato: 2024-11-28',
        'start: "12:30"',
        'slutt: "15:30"',
        'sted: SiV møterom 028, bak kantinen',
        'referent: Rannveig Velken',
        'sekretariat: [Rannveig Velken, Runar Danielsen]',
        '---',
        '',
      ].join('\n'),
    );
    expect(read('cases/ssu/2024/2024.36-godkjenning-av-innkalling-og-dagsorden.md')).toBe(
      ['---', 'saksnr: "2024.36"', 'organ: SSU', 'møte: 2024-11-28', 'tittel: Godkjenning av innkalling og dagsorden', 'fast_sak: godkjenning', 'forslag_til_konklusjon: Innkalling og dagsorden godkjennes.', '---', ''].join('\n'),
    );
    expect(read('cases/ssu/2024/2024.37-referat-fra-forrige-mote.md')).toContain('fast_sak: referat\nreferater: ["SSU 2024-09-26"]\n');
    const v = hf(dir, ['validate', '--format', 'json'], NOW);
    expect(JSON.parse(v.stdout).summary.errors).toBe(0);
  });

  it('takes given values over the previous meeting’s', () => {
    const r = hf(dir, ['new-meeting', 'ssu', '2024-11-28', '--start', '9:00', '--end', '11.30', '--place', 'Teams', '--chair', 'Guro Winsvold', '--minute-taker', 'Runar Danielsen'], NOW);
    expect(r.code).toBe(0);
    const text = read('meetings/ssu/2024-11-28.md');
    expect(text).toContain('start: "09:00"\nslutt: "11.30"\nsted: Teams\nmøteleder: Guro Winsvold\nreferent: Runar Danielsen\n');
  });

  it('with --queue leaves the standing items in the queue for hf schedule', () => {
    const r = hf(dir, ['new-meeting', 'SSU', '2024-11-28', '--queue', '--json'], NOW);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.faste_saker.map((s: { saksnr: string | null; path: string }) => [s.saksnr, s.path])).toEqual([
      [null, 'cases/ssu/ko/2024-10-01-godkjenning-av-innkalling-og-dagsorden.md'],
      [null, 'cases/ssu/ko/2024-10-01-referat-fra-forrige-mote.md'],
    ]);
    expect(read('cases/ssu/ko/2024-10-01-godkjenning-av-innkalling-og-dagsorden.md')).toContain('\nmøte: 2024-11-28\n');
    expect(JSON.parse(hf(dir, ['validate', '--format', 'json'], NOW).stdout).summary.errors).toBe(0);
  });
});

describe('hf new-meeting for a body that does not number its standing items', () => {
  it('names the standing items after the meeting date', () => {
    const r = hf(dir, ['new-meeting', 'FSU', '2024-11-14', '--json'], NOW);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ organ: 'FSU', dato: '2024-11-14', path: 'meetings/fsu/2024-11-14.md', forrige_møte: '2024-09-05' });
    expect(out.faste_saker.map((s: { saksnr: string | null; path: string }) => [s.saksnr, s.path])).toEqual([
      [null, 'cases/fsu/2024/2024-11-14-godkjenning-av-innkalling-og-dagsorden.md'],
      [null, 'cases/fsu/2024/2024-11-14-referat-fra-forrige-mote.md'],
    ]);
    expect(read('cases/fsu/2024/2024-11-14-referat-fra-forrige-mote.md')).not.toContain('saksnr');
    expect(read('cases/fsu/2024/2024-11-14-referat-fra-forrige-mote.md')).toContain('referater: ["FSU 2024-09-05"]');
    expect(read('meetings/fsu/2024-11-14.md')).toContain('sted: OT4, rom 220, SIV HF.\nreferent: Rannveig Velken\n');
    expect(JSON.parse(hf(dir, ['validate', '--format', 'json'], NOW).stdout).summary.errors).toBe(0);
  });

  it('for a body with no earlier meeting, leaves the details to be filled in', () => {
    const r = hf(dir, ['new-meeting', 'FU-IKT', '2024-11-01'], NOW);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('FU-IKT har ikke noe tidligere møte');
    expect(read('meetings/fu-ikt/2024-11-01.md')).toBe('---\norgan: FU-IKT\ndato: 2024-11-01\n---\n');
    expect(read('cases/fu-ikt/2024/2024-11-01-referat-fra-forrige-mote.md')).not.toContain('referater');
  });
});

describe('what hf new-meeting refuses', () => {
  it('never overwrites a meeting', () => {
    const before = read('meetings/ssu/2024-09-26.md');
    const r = hf(dir, ['new-meeting', 'SSU', '2024-09-26'], NOW);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Møtet SSU 2024-09-26 finnes allerede (meetings/ssu/2024-09-26.md)');
    expect(read('meetings/ssu/2024-09-26.md')).toBe(before);
    expect(readdirSync(join(dir, 'cases/ssu/2024')).some((n) => n.startsWith('2024.36'))).toBe(false);
  });

  it('names a bad date, time or body', () => {
    expect(hf(dir, ['new-meeting', 'SSU', '2024-02-30'], NOW).stderr).toContain('`2024-02-30` leses som 30. februar 2024, en dato som ikke finnes');
    expect(hf(dir, ['new-meeting', 'SSU', '2024-11-28', '--start', '25:00'], NOW).stderr).toContain('`25:00` er ikke et klokkeslett');
    expect(hf(dir, ['new-meeting', 'NOPE', '2024-11-28'], NOW).stderr).toContain('Organet `NOPE` finnes ikke i hf.yaml');
    expect(existsSync(join(dir, 'meetings/ssu/2024-11-28.md'))).toBe(false);
  });

  it('--dry-run writes nothing', () => {
    const r = hf(dir, ['new-meeting', 'SSU', '2024-11-28', '--dry-run'], NOW);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Ville opprettet møtet SSU 2024-11-28: meetings/ssu/2024-11-28.md');
    expect(r.stdout).toContain('cases/ssu/2024/2024.37-referat-fra-forrige-mote.md\n---\nsaksnr: "2024.37"');
    expect(existsSync(join(dir, 'meetings/ssu/2024-11-28.md'))).toBe(false);
  });

  it('without standing items, creates only the meeting', () => {
    const r = hf(dir, ['new-meeting', 'SSU', '2024-11-28', '--no-standing', '--json'], NOW);
    expect(JSON.parse(r.stdout).faste_saker).toEqual([]);
    expect(readdirSync(join(dir, 'cases/ssu/2024')).some((n) => n.startsWith('2024.36'))).toBe(false);
  });
});
