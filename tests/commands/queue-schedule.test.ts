/**
 * The case queue: `hf new-case --queue`, `hf queue`, and `hf schedule`, which
 * numbers queued cases in agenda order when they are placed on a meeting,
 * standing items first as the body's configuration says.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';

let dir: string;
beforeEach(() => {
  dir = copyBundled('hf-queue-');
});
afterEach(() => removeDir(dir));

const on = (date: string) => ({ HF_NOW: date });
const read = (p: string) => readFileSync(join(dir, p), 'utf8');

function queue(body: string, title: string, day: string, ...extra: string[]) {
  const r = hf(dir, ['new-case', '--queue', '--organ', body, '--title', title, '--json', ...extra], on(day));
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { path: string; saksnr: null };
}

function schedule(args: string[], day = '2024-10-10') {
  const r = hf(dir, ['schedule', ...args, '--json'], on(day));
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as { saker: { saksnr: string | null; tittel: string; from: string; path: string; fast_sak: string | null }[] };
}

function meeting(body: string, date: string, ...extra: string[]) {
  const r = hf(dir, ['new-meeting', body, date, ...extra], on('2024-10-01'));
  expect(r.code).toBe(0);
}

describe('hf new-case --queue and hf queue', () => {
  it('queues cases without a number and lists them in the order they arrived', () => {
    expect(queue('SSU', 'Beredskap', '2024-10-03')).toEqual(expect.objectContaining({ saksnr: null, path: 'cases/ssu/ko/2024-10-03-beredskap.md' }));
    queue('SSU', 'Budsjett 2025', '2024-10-01', '--type', 'Beslutning');
    queue('FSU', 'Legevakt', '2024-10-02');
    expect(read('cases/ssu/ko/2024-10-01-budsjett-2025.md')).toBe('---\norgan: SSU\ntittel: Budsjett 2025\nsakstype: [Beslutning]\n---\n\n## Bakgrunn\n\n## Forslag til vedtak\n');
    const list = JSON.parse(hf(dir, ['queue', '--json'], on('2024-10-05')).stdout) as { organ: string; nr: number; navn: string; tittel: string }[];
    expect(list.map((e) => [e.organ, e.nr, e.navn, e.tittel])).toEqual([
      ['SSU', 1, '2024-10-01-budsjett-2025', 'Budsjett 2025'],
      ['SSU', 2, '2024-10-03-beredskap', 'Beredskap'],
      ['FSU', 1, '2024-10-02-legevakt', 'Legevakt'],
    ]);
    const text = hf(dir, ['queue', 'SSU'], { ...on('2024-10-05'), COLUMNS: '120' }).stdout;
    expect(text).toContain('SSU – 2 i køen');
    expect(text.indexOf('budsjett-2025')).toBeLessThan(text.indexOf('beredskap'));
    expect(hf(dir, ['queue', 'PM'], on('2024-10-05')).stdout).toBe('Ingen saker i køen til PM.\n');
    // A queued case is valid as it is.
    expect(JSON.parse(hf(dir, ['validate', '--format', 'json'], on('2024-09-20')).stdout).summary.errors).toBe(0);
  });

  it('gives a second case with the same title and day its own file', () => {
    queue('SSU', 'Budsjett', '2024-10-01');
    expect(queue('SSU', 'Budsjett', '2024-10-01').path).toBe('cases/ssu/ko/2024-10-01-budsjett-2.md');
  });
});

describe('hf schedule', () => {
  beforeEach(() => {
    mkdirSync(join(dir, 'meetings/ssu'), { recursive: true });
  });

  it('numbers the whole queue in queue order by default, and moves the files', () => {
    meeting('SSU', '2024-11-28', '--no-standing');
    queue('SSU', 'Beredskap', '2024-10-03');
    queue('SSU', 'Budsjett 2025', '2024-10-01');
    const out = schedule(['SSU', '2024-11-28']);
    expect(out.saker.map((s) => [s.saksnr, s.tittel, s.path])).toEqual([
      ['2024.36', 'Budsjett 2025', 'cases/ssu/2024/2024.36-budsjett-2025.md'],
      ['2024.37', 'Beredskap', 'cases/ssu/2024/2024.37-beredskap.md'],
    ]);
    expect(read('cases/ssu/2024/2024.36-budsjett-2025.md')).toBe('---\nsaksnr: "2024.36"\norgan: SSU\nmøte: 2024-11-28\ntittel: Budsjett 2025\n---\n\n## Bakgrunn\n\n## Forslag til vedtak\n');
    expect(readdirSync(join(dir, 'cases/ssu/ko'))).toEqual([]);
    expect(JSON.parse(hf(dir, ['validate', '--format', 'json'], on('2024-10-10')).stdout).summary.errors).toBe(0);
  });

  it('numbers in the order given', () => {
    meeting('SSU', '2024-11-28', '--no-standing');
    queue('SSU', 'Beredskap', '2024-10-03');
    queue('SSU', 'Budsjett 2025', '2024-10-01');
    queue('SSU', 'Rehabilitering', '2024-10-04');
    const out = schedule(['SSU', '2024-11-28', 'rehabilitering', 'cases/ssu/ko/2024-10-03-beredskap.md']);
    expect(out.saker.map((s) => [s.saksnr, s.tittel])).toEqual([
      ['2024.36', 'Rehabilitering'],
      ['2024.37', 'Beredskap'],
    ]);
    // The case not named stays in the queue.
    expect(readdirSync(join(dir, 'cases/ssu/ko'))).toEqual(['2024-10-01-budsjett-2025.md']);
  });

  it('puts the meeting’s standing items first when the body numbers them', () => {
    meeting('SSU', '2024-11-28', '--queue');
    queue('SSU', 'Beredskap', '2024-10-03');
    queue('SSU', 'Budsjett 2025', '2024-10-01');
    const out = schedule(['SSU', '2024-11-28', 'beredskap', 'budsjett-2025']);
    expect(out.saker.map((s) => [s.saksnr, s.tittel, s.fast_sak])).toEqual([
      ['2024.36', 'Godkjenning av innkalling og dagsorden', 'godkjenning'],
      ['2024.37', 'Referat fra forrige møte', 'referat'],
      ['2024.38', 'Beredskap', null],
      ['2024.39', 'Budsjett 2025', null],
    ]);
    expect(read('cases/ssu/2024/2024.37-referat-fra-forrige-mote.md')).toContain('saksnr: "2024.37"\norgan: SSU\nmøte: 2024-11-28\ntittel: Referat fra forrige møte\nfast_sak: referat\nreferater: ["SSU 2024-09-26"]\n');
    expect(JSON.parse(hf(dir, ['validate', '--format', 'json'], on('2024-10-10')).stdout).summary.errors).toBe(0);
  });

  it('keeps standing items unnumbered, named after the meeting, when the body does not number them', () => {
    meeting('FSU', '2024-11-14', '--queue');
    expect(existsSync(join(dir, 'cases/fsu/2024/2024-11-14-godkjenning-av-innkalling-og-dagsorden.md'))).toBe(true);
    queue('FSU', 'Legevakt', '2024-10-03');
    queue('FSU', 'Habilitering', '2024-10-04');
    // An Eventuelt item queued by hand for this meeting: unnumbered, and last.
    writeFileSync(join(dir, 'cases/fsu/ko/2024-10-02-eventuelt.md'), '---\norgan: FSU\nmøte: 2024-11-14\ntittel: Eventuelt\nfast_sak: eventuelt\n---\n');
    const out = schedule(['FSU', '2024-11-14']);
    expect(out.saker.map((s) => [s.saksnr, s.tittel, s.path])).toEqual([
      ['2024.19', 'Legevakt', 'cases/fsu/2024/2024.19-legevakt.md'],
      ['2024.20', 'Habilitering', 'cases/fsu/2024/2024.20-habilitering.md'],
      [null, 'Eventuelt', 'cases/fsu/2024/2024-11-14-eventuelt.md'],
    ]);
    expect(read('cases/fsu/2024/2024-11-14-eventuelt.md')).toBe('---\norgan: FSU\nmøte: 2024-11-14\ntittel: Eventuelt\nfast_sak: eventuelt\n---\n');
    expect(JSON.parse(hf(dir, ['validate', '--format', 'json'], on('2024-10-10')).stdout).summary.errors).toBe(0);
  });

  it('edits a hand-written queued file in place: BOM, CRLF and comments survive', () => {
    meeting('SSU', '2024-11-28', '--no-standing');
    mkdirSync(join(dir, 'cases/ssu/ko'), { recursive: true });
    const original = '\ufeff---\r\norgan: SSU # skrevet for hånd\r\ntittel: "Håndskrevet"\r\n---\r\nTekst med æøå.\r\n';
    writeFileSync(join(dir, 'cases/ssu/ko/handskrevet.md'), original);
    const out = schedule(['SSU', '2024-11-28', 'handskrevet']);
    expect(out.saker[0]).toMatchObject({ saksnr: '2024.36', path: 'cases/ssu/2024/2024.36-handskrevet.md' });
    expect(readFileSync(join(dir, 'cases/ssu/2024/2024.36-handskrevet.md')).toString('utf8')).toBe(
      '\ufeff---\r\nsaksnr: "2024.36"\r\norgan: SSU # skrevet for hånd\r\nmøte: 2024-11-28\r\ntittel: "Håndskrevet"\r\n---\r\nTekst med æøå.\r\n',
    );
  });

  it('--dry-run moves nothing', () => {
    meeting('SSU', '2024-11-28', '--no-standing');
    queue('SSU', 'Beredskap', '2024-10-03');
    const r = hf(dir, ['schedule', 'SSU', '2024-11-28', '--dry-run'], on('2024-10-10'));
    expect(r.stdout).toContain('Ville satt 1 saker på møtet SSU 2024-11-28:\n  SSU-sak 2024.36 Beredskap: cases/ssu/ko/2024-10-03-beredskap.md → cases/ssu/2024/2024.36-beredskap.md');
    expect(existsSync(join(dir, 'cases/ssu/ko/2024-10-03-beredskap.md'))).toBe(true);
    expect(existsSync(join(dir, 'cases/ssu/2024/2024.36-beredskap.md'))).toBe(false);
  });

  it('names what it cannot do', () => {
    meeting('SSU', '2024-11-28', '--queue');
    meeting('SSU', '2024-12-12', '--queue');
    queue('SSU', 'Budsjett', '2024-10-03');
    queue('SSU', 'Budsjett', '2024-10-04');
    const missing = hf(dir, ['schedule', 'SSU', '2024-11-28', 'beredskap'], on('2024-10-10'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('`beredskap` er ikke i køen til SSU');
    expect(missing.stderr).toContain('hf queue SSU');
    const ambiguous = hf(dir, ['schedule', 'SSU', '2024-11-28', 'budsjett'], on('2024-10-10'));
    expect(ambiguous.stderr).toContain('`budsjett` passer med flere saker i køen: 2024-10-03-budsjett, 2024-10-04-budsjett');
    const twice = hf(dir, ['schedule', 'SSU', '2024-11-28', '2024-10-03-budsjett', 'cases/ssu/ko/2024-10-03-budsjett.md'], on('2024-10-10'));
    expect(twice.stderr).toContain('er nevnt to ganger');
    const other = hf(dir, ['schedule', 'SSU', '2024-11-28', 'cases/ssu/ko/2024-10-01-referat-fra-forrige-mote-2.md'], on('2024-10-10'));
    expect(other.stderr).toContain('venter på møtet 2024-12-12, ikke 2024-11-28');
    const noMeeting = hf(dir, ['schedule', 'SSU', '2024-11-29'], on('2024-10-10'));
    expect(noMeeting.code).toBe(2);
    expect(noMeeting.stderr).toContain('SSU har ikke noe møte 2024-11-29');
    expect(readdirSync(join(dir, 'cases/ssu/ko'))).toHaveLength(6);
  });
});
