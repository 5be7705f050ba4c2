/**
 * `hf new-case` end to end in temporary copies of the bundled repository: the
 * next number per body and year, follow-ups, templates, dry runs, JSON output and
 * the messages for what is missing or wrong.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';

const NOW = { HF_NOW: '2024-09-20' };
let dir: string;

beforeEach(() => {
  dir = copyBundled('hf-new-case-');
});
afterEach(() => removeDir(dir));

function newCase(args: string[], env: Record<string, string> = NOW) {
  return hf(dir, ['new-case', ...args], env);
}

function json(args: string[], env: Record<string, string> = NOW): { saksnr: string | null; path: string; organ: string; tittel: string; [k: string]: unknown } {
  const r = newCase([...args, '--json'], env);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

describe('the next number', () => {
  it('continues each body’s own sequence for the year', () => {
    expect(json(['--organ', 'SSU', '--title', 'Budsjett 2025'])).toMatchObject({ saksnr: '2024.36', path: 'cases/ssu/2024/2024.36-budsjett-2025.md' });
    expect(json(['--organ', 'SSU', '--title', 'Beredskap'])).toMatchObject({ saksnr: '2024.37' });
    expect(json(['--organ', 'FSU', '--title', 'Legevakt'])).toMatchObject({ saksnr: '2024.19', path: 'cases/fsu/2024/2024.19-legevakt.md' });
    expect(json(['--organ', 'pm', '--title', 'Handlingsplan 2026'])).toMatchObject({ saksnr: '2024.5', organ: 'PM' });
  });

  it('starts at 1 for a body with no cases yet this year, and creates the folder', () => {
    expect(json(['--organ', 'FU-IKT', '--title', 'Felles journal'])).toMatchObject({ saksnr: '2024.1', path: 'cases/fu-ikt/2024/2024.1-felles-journal.md' });
    expect(json(['--organ', 'SSU', '--title', 'Nytt år'], { HF_NOW: '2025-01-06' })).toMatchObject({ saksnr: '2025.1', path: 'cases/ssu/2025/2025.1-nytt-ar.md' });
    expect(existsSync(join(dir, 'cases/ssu/2025/2025.1-nytt-ar.md'))).toBe(true);
  });

  it('compares numbers as integers: 2024.9 is followed by 2024.10, then 2024.11', () => {
    const numbers = [];
    for (let i = 0; i < 7; i++) numbers.push(json(['--organ', 'PM', '--title', `Sak ${i}`]).saksnr);
    expect(numbers).toEqual(['2024.5', '2024.6', '2024.7', '2024.8', '2024.9', '2024.10', '2024.11']);
    expect(readdirSync(join(dir, 'cases/pm/2024')).filter((n) => n.startsWith('2024.10-'))).toEqual(['2024.10-sak-5.md']);
  });

  it('takes the year from the meeting, not from today', () => {
    mkdirSync(join(dir, 'meetings/ssu'), { recursive: true });
    writeFileSync(join(dir, 'meetings/ssu/2025-02-13.md'), '---\norgan: SSU\ndato: 2025-02-13\n---\n');
    expect(json(['--organ', 'SSU', '--title', 'Årsrapport', '--meeting', '2025-02-13'])).toMatchObject({ saksnr: '2025.1', møte: '2025-02-13' });
  });

  it('never reuses a number: a gap below the highest number stays a gap', () => {
    const gone = join(dir, 'cases/ssu/2024/2024.35-faglig-samarbeidsutvalg-fsu.md');
    expect(existsSync(gone)).toBe(true);
    // Removing the highest number is the only way to get it again; a lower gap is never filled.
    writeFileSync(join(dir, 'cases/ssu/2024/2024.40-senere.md'), '---\nsaksnr: "2024.40"\norgan: SSU\ntittel: Senere\n---\n');
    expect(json(['--organ', 'SSU', '--title', 'Neste'])).toMatchObject({ saksnr: '2024.41' });
  });
});

describe('the file', () => {
  it('has the frontmatter of the data format and the case-paper skeleton, and validates', () => {
    const r = json(['--organ', 'SSU', '--title', 'Samhandling: neste steg', '--type', 'orientering', '--type', 'Diskusjon', '--meeting', '2024-09-26', '--responsible', 'Kommune', '--responsible', 'SiV', '--handler', 'Sekretariatet']);
    expect(readFileSync(join(dir, r.path), 'utf8')).toBe(
      [
        '---',
        'saksnr: "2024.36"',
        'organ: SSU',
        'møte: 2024-09-26',
        'tittel: "Samhandling: neste steg"',
        'sakstype: [Orientering, Diskusjon]',
        'ansvar: [Kommune, SiV]',
        'saksbehandler: Sekretariatet',
        '---',
        '',
        '## Bakgrunn',
        '',
        '## Forslag til vedtak',
        '',
      ].join('\n'),
    );
    const v = hf(dir, ['validate', '--format', 'json'], NOW);
    expect(JSON.parse(v.stdout).diagnostics.filter((d: { file: string }) => d.file === r.path)).toEqual([]);
    expect(v.code).toBe(0);
  });

  it('uses the body’s own template, filling in title and number', () => {
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'templates/ssu.md'), '## Saksfremlegg {saksnr}: {tittel}\n\n## Bakgrunn\n\n## Vurdering\n\n## Forslag til vedtak\n');
    writeFileSync(join(dir, 'templates/sak.md'), '## Felles mal for {organnavn}\n');
    const ssu = json(['--organ', 'SSU', '--title', 'Budsjett']);
    expect(readFileSync(join(dir, ssu.path), 'utf8')).toContain('\n## Saksfremlegg 2024.36: Budsjett\n\n## Bakgrunn\n\n## Vurdering\n');
    const fsu = json(['--organ', 'FSU', '--title', 'Budsjett']);
    expect(readFileSync(join(dir, fsu.path), 'utf8')).toContain('\n## Felles mal for Faglig samarbeidsutvalg\n');
  });

  it('refuses to overwrite: a file in the way makes the case take the next number', () => {
    writeFileSync(join(dir, 'cases/ssu/2024/2024.36-budsjett.md'), 'hand-written\n');
    expect(json(['--organ', 'SSU', '--title', 'Budsjett'])).toMatchObject({ saksnr: '2024.37' });
    expect(readFileSync(join(dir, 'cases/ssu/2024/2024.36-budsjett.md'), 'utf8')).toBe('hand-written\n');
  });
});

describe('follow-ups', () => {
  it('copies the title and records the earlier case', () => {
    mkdirSync(join(dir, 'meetings/ssu'), { recursive: true });
    writeFileSync(join(dir, 'meetings/ssu/2024-11-28.md'), '---\norgan: SSU\ndato: 2024-11-28\n---\n');
    const r = json(['--follow-up', 'SSU 2024.17', '--meeting', '2024-11-28']);
    expect(r).toMatchObject({ saksnr: '2024.36', organ: 'SSU', oppfølging_av: 'SSU 2024.17', tittel: 'Status og videre tilnærming til revisjon av delavtale beredskap' });
    const text = readFileSync(join(dir, r.path), 'utf8');
    expect(text).toContain('\noppfølging_av: "SSU 2024.17"\n');
    expect(text).toContain('\ntittel: Status og videre tilnærming til revisjon av delavtale beredskap\n');
    expect(hf(dir, ['validate'], NOW).code).toBe(0);
  });

  it('can move a matter to another body with its own title', () => {
    const r = json(['--follow-up', 'FSU-sak 2024.16', '--organ', 'SSU', '--title', 'Handlingsplan fra FSU']);
    expect(r).toMatchObject({ saksnr: '2024.36', organ: 'SSU', oppfølging_av: 'FSU 2024.16', tittel: 'Handlingsplan fra FSU' });
  });

  it('names a follow-up of a case that does not exist', () => {
    const r = newCase(['--follow-up', 'SSU 2024.99']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Saken SSU 2024.99 finnes ikke (ingen fil i cases/ssu/2024)');
    // A number alone names the case only when one body has it: SSU and FSU both have a 2024.17.
    const both = newCase(['--follow-up', '2024.17']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('Saksnummer 2024.17 finnes i flere organer: SSU 2024.17, FSU 2024.17');
    const bad = newCase(['--follow-up', 'SSU 24.17']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('`24.17` er ikke et saksnummer');
  });
});

describe('dry run and output', () => {
  it('--dry-run shows the file and writes nothing', () => {
    const before = readdirSync(join(dir, 'cases/ssu/2024')).sort();
    const r = newCase(['--organ', 'SSU', '--title', 'Budsjett', '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Ville opprettet SSU-sak 2024.36: cases/ssu/2024/2024.36-budsjett.md');
    expect(r.stdout).toContain('saksnr: "2024.36"\norgan: SSU\ntittel: Budsjett\n---\n\n## Bakgrunn');
    expect(readdirSync(join(dir, 'cases/ssu/2024')).sort()).toEqual(before);
    const j = JSON.parse(newCase(['--organ', 'SSU', '--title', 'Budsjett', '--dry-run', '--json']).stdout);
    expect(j).toMatchObject({ saksnr: '2024.36', dryRun: true });
    expect(j.content).toContain('## Forslag til vedtak');
  });

  it('prints the number and the path', () => {
    const r = newCase(['--organ', 'SSU', '--title', 'Budsjett']);
    expect(r).toMatchObject({ code: 0, stdout: 'Opprettet SSU-sak 2024.36: cases/ssu/2024/2024.36-budsjett.md\n' });
    const en = newCase(['--organ', 'SSU', '--title', 'Budget', '--lang', 'en']);
    expect(en.stdout).toBe('Created SSU case 2024.37: cases/ssu/2024/2024.37-budget.md\n');
  });
});

describe('without a terminal', () => {
  it('fails with exit 2 and names every missing option', () => {
    const r = newCase([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Mangler --organ og --title; uten terminal kan ikke hf spørre etter dem');
    expect(r.stderr).toContain('hf new-case --organ SSU --title');
    const one = newCase(['--organ', 'SSU']);
    expect(one.stderr).toContain('Mangler --title;');
    expect(one.stderr).not.toContain('--organ og');
    const en = newCase(['--title', 'X', '--lang', 'en']);
    expect(en.stderr).toContain('Missing --organ; without a terminal hf cannot ask for it');
  });

  it('names an unknown body, case type or meeting', () => {
    const body = newCase(['--organ', 'XYZ', '--title', 'X']);
    expect(body.code).toBe(2);
    expect(body.stderr).toContain('Organet `XYZ` finnes ikke i hf.yaml');
    expect(body.stderr).toContain('SSU, FSU');
    const type = newCase(['--organ', 'SSU', '--title', 'X', '--type', 'Vedtaksak']);
    expect(type.code).toBe(2);
    expect(type.stderr).toContain('Sakstypen `Vedtaksak` finnes ikke i hf.yaml');
    const meeting = newCase(['--organ', 'SSU', '--title', 'X', '--meeting', '2024-11-28']);
    expect(meeting.code).toBe(2);
    expect(meeting.stderr).toContain('SSU har ikke noe møte 2024-11-28 (meetings/ssu/2024-11-28.md finnes ikke)');
    expect(meeting.stderr).toContain('hf new-meeting SSU 2024-11-28');
    const date = newCase(['--organ', 'SSU', '--title', 'X', '--meeting', '31.11.2024']);
    expect(date.stderr).toContain('`31.11.2024` leses som 31. november 2024, en dato som ikke finnes');
    expect(readdirSync(join(dir, 'cases/ssu/2024')).some((n) => n.startsWith('2024.36'))).toBe(false);
  });
});
