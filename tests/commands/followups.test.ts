import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';
import { copyFjord, FJORD_NOW } from '../helpers/fjord.js';

let dir: string;
beforeAll(() => {
  dir = copyBundled('hf-followups-');
});
afterAll(() => removeDir(dir));

describe('hf followups on the bundled data', () => {
  it('lists the open items overdue first, with case, what, who and due', () => {
    const r = hf(dir, ['followups'], { HF_NOW: '2024-10-01' });
    expect(r.code).toBe(0);
    const blocks = r.stdout.trim().split('\n\n');
    expect(blocks[0]).toBe(
      [
        'SSU 2024.17  Status og videre tilnærming til revisjon av delavtale beredskap',
        '  Hva: Saken settes på agendaen i SSU-møtet 26. september',
        '  Ansvar: SiV og kommunene',
        '  Frist: SSU-møtet 26.09.2024 [FORFALT]',
        '  Følges opp i: SSU 2024.28',
      ].join('\n'),
    );
    expect(blocks[1]).toMatch(/^SSU 2024\.16  Rehabilitering\n/);
    expect(blocks[2]).toMatch(/^PM 2024\.4  Handlingsplan/);
    expect(blocks[3]).toBe('3 punkt(er), 1 forfalt.');
  });

  it('filters by body and speaks English on request', () => {
    const r = hf(dir, ['followups', '--body', 'pm', '--lang', 'en'], { HF_NOW: '2024-10-01' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('PM 2024.4  Handlingsplan');
    expect(r.stdout).not.toContain('SSU 2024.17');
    expect(r.stdout).toContain('Due: 28.11.2024 [open]');
    expect(r.stdout).toContain('1 item(s), 0 overdue.');
  });

  it('gives JSON for scripts', () => {
    const r = hf(dir, ['followups', '--json'], { HF_NOW: '2024-09-20' });
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.today).toBe('2024-09-20');
    expect(data.items.map((i: { case: string; overdue: boolean }) => [i.case, i.overdue])).toEqual([
      ['SSU 2024.17', false],
      ['SSU 2024.16', false],
      ['PM 2024.4', false],
    ]);
    expect(data.items[0]).toMatchObject({ owner: 'SiV og kommunene', meeting: '2024-09-26', status: 'åpen', followedUpBy: 'SSU 2024.28' });
  });

  it('refuses an unknown body with exit code 2', () => {
    const r = hf(dir, ['followups', '--body', 'XYZ']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Organet `XYZ` finnes ikke i hf.yaml');
  });

  it('shows an item without owner, which hf validate warns about', () => {
    const file = join(dir, 'cases/ssu/2024/2024.16-rehabilitering.md');
    const original = readFileSync(file, 'utf8');
    try {
      writeFileSync(file, original.replace('    ansvar: Arbeidsgruppen rehabilitering\n', ''));
      const r = hf(dir, ['followups', '--body', 'SSU'], { HF_NOW: '2024-10-01' });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Ansvar: (ingen ansvarlig – se hf validate)');
      const v = hf(dir, ['validate', '--format', 'json'], { HF_NOW: '2024-10-01' });
      const found = JSON.parse(v.stdout).diagnostics.filter((d: { ruleId: string }) => d.ruleId === 'followup-owner');
      expect(found).toMatchObject([{ file: 'cases/ssu/2024/2024.16-rehabilitering.md', line: 18, severity: 'warning' }]);
    } finally {
      writeFileSync(file, original);
    }
  });
});

describe('the notice of SSU 26.09.2024', () => {
  it('lists the open follow-up of SSU 2024.17 under its own heading', () => {
    const r = hf(dir, ['agenda', 'ssu', '2024-09-26'], { HF_NOW: '2024-09-20' });
    expect(r.code).toBe(0);
    const section = r.stdout.slice(r.stdout.indexOf('## Oppfølging av tidligere vedtak'));
    expect(section).toContain('**SSU 2024.17**');
    expect(section).toContain('Saken settes på agendaen i SSU-møtet 26. september');
    expect(section).toContain('SiV og kommunene');
  });
});

describe('hf followups on Fjordfellesskapet', () => {
  let fjord: string;
  beforeAll(() => {
    fjord = copyFjord();
  });
  afterAll(() => removeDir(fjord));

  it('lists the open items, the overdue one first', () => {
    const r = hf(fjord, ['followups', '--json'], { HF_NOW: FJORD_NOW });
    expect(r.code).toBe(0);
    const items = JSON.parse(r.stdout).items;
    expect(items.map((i: { case: string; dueDate: string; overdue: boolean }) => [i.case, i.dueDate, i.overdue])).toEqual([
      ['SSU 2025.3', '2025-12-31', true],
      ['UU-BU 2025.1', '2026-03-17', false],
      ['SSU 2025.4', '2026-04-23', false],
    ]);
  });

  it('gives a sub-committee the items it owns in another body\'s decisions', () => {
    const r = hf(fjord, ['followups', '--body', 'UU-PHR'], { HF_NOW: FJORD_NOW });
    expect(r.stdout).toContain('SSU 2025.3  Felles ROP-team – statusrapport');
    expect(r.stdout).toContain('  Ansvar: UU-PHR');
    expect(r.stdout).toContain('  Frist: 31.12.2025 [FORFALT]');
    expect(r.stdout).toContain('1 punkt(er), 1 forfalt.');
  });

  it('shows closed items with the case that closed them on request', () => {
    const r = hf(fjord, ['followups', '--all', '--body', 'SSU'], { HF_NOW: FJORD_NOW });
    expect(r.stdout).toContain('SSU 2025.2  Felles ROP-team – status');
    expect(r.stdout).toContain('  Frist: SSU-møtet 18.09.2025 [lukket]\n  Lukket i: SSU 2025.3');
  });

  it('warns about an item without owner, and lists it as such', () => {
    const dir = copyFjord();
    try {
      const file = join(dir, 'cases/ssu/2025/2025.4-helsestasjon-for-ungdom.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('    ansvar: Sekretariatet\n', ''));
      const r = hf(dir, ['followups', '--body', 'SSU'], { HF_NOW: FJORD_NOW });
      expect(r.stdout).toContain('SSU 2025.4  Helsestasjon for ungdom\n  Hva: Avklare finansiering av helsestasjon for ungdom\n  Ansvar: (ingen ansvarlig – se hf validate)');
      const v = hf(dir, ['validate', '--format', 'json'], { HF_NOW: FJORD_NOW });
      expect(JSON.parse(v.stdout).diagnostics).toMatchObject([{ ruleId: 'followup-owner', file: 'cases/ssu/2025/2025.4-helsestasjon-for-ungdom.md', line: 10, column: 5, severity: 'warning' }]);
    } finally {
      removeDir(dir);
    }
  });

  it('refuses a closed item that does not say where it was closed', () => {
    const dir = copyFjord();
    try {
      const file = join(dir, 'cases/ssu/2025/2025.2-felles-rop-team-status.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('    lukket_i: "SSU 2025.3"\n', ''));
      const v = hf(dir, ['validate', '--format', 'json'], { HF_NOW: FJORD_NOW });
      expect(v.code).toBe(1);
      expect(JSON.parse(v.stdout).diagnostics).toMatchObject([{ ruleId: 'followup-closed', line: 13, column: 13, severity: 'error' }]);
    } finally {
      removeDir(dir);
    }
  });
});
