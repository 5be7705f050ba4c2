/**
 * The meeting cycle through the command line, on copies of the Nordvik fixture:
 * quorum with and without, and lost only to a conflict of interest; minutes
 * approved, then an approved conclusion edited (validation fails with file and
 * line) until a correction is recorded; deadlines on a fixed clock, and their
 * calendar alarms read back by ical.js; a case referred from FSU to SSU.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hf, removeDir, type RunResult } from '../helpers/cli.js';
import { copyNordvik, NORDVIK_NOW } from '../helpers/nordvik.js';

const AT = { HF_NOW: NORDVIK_NOW };
/** The day after SSU's meeting of 8 May, where the minutes of 6 March were approved. */
const AFTER = { HF_NOW: '2025-05-09' };

const dirs: string[] = [];
function fixture(): string {
  const dir = copyNordvik();
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach(removeDir));

const edit = (dir: string, path: string, from: string | RegExp, to: string) => {
  const file = join(dir, path);
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  expect(next, `${path}: ${String(from)}`).not.toBe(text);
  writeFileSync(file, next);
};

/** The diagnostics of one rule from `hf validate --format json`. */
function findings(dir: string, env: Record<string, string>, rule?: string): { file: string; line: number; column: number; ruleId: string; message: string }[] {
  const r = hf(dir, ['validate', '--format', 'json'], env);
  const all = (JSON.parse(r.stdout) as { diagnostics: { file: string; line: number; column: number; ruleId: string; message: string; severity: string }[] }).diagnostics;
  return all.filter((d) => (rule ? d.ruleId === rule : d.severity === 'error'));
}

const CASE3 = 'cases/ssu/2025/2025.3-fordeling-av-samhandlingsmidler.md';
const CASE7 = 'cases/ssu/2025/2025.7-handlingsplan-2025.md';
const SSU_MEETING = 'meetings/ssu/2025-03-06.md';

describe('quorum', () => {
  it('holds at every decision of the fixture', () => {
    const dir = fixture();
    const r = hf(dir, ['validate'], AT);
    expect(r.code).toBe(0);
    expect(findings(dir, AT)).toEqual([]);
  });

  it('fails for every decision when too few were present, at the conclusion of each', () => {
    const dir = fixture();
    edit(dir, SSU_MEETING, /tilstede:\n[\s\S]*?\nfrafall:/, 'tilstede:\n  - Kari Vik\n  - Per Dal\nfrafall:');
    expect(hf(dir, ['validate'], AT).code).toBe(1);
    const found = findings(dir, AT, 'quorum');
    expect(found.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual([
      'cases/ssu/2025/2025.1-godkjenning-av-innkalling-og-dagsorden.md:9:13',
      'cases/ssu/2025/2025.2-referat.md:9:13',
      `${CASE3}:14:13`,
      `${CASE7}:9:13`,
    ]);
    expect(found[0]!.message).toBe('SSU var ikke beslutningsdyktig i sak 2025.1: 2 av 6 medlemmer var til stede, minst 3 må være det');
  });

  it('fails for one case only because of conflicts of interest, and holds once they are taken away', () => {
    const dir = fixture();
    edit(dir, CASE3, 'inhabil:\n', 'inhabil:\n  - navn: Kari Vik\n    grunn: Nordvik kommune er søker\n  - navn: Tor Lund\n    grunn: Østvik kommune er søker\n');
    const found = findings(dir, AT, 'quorum');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: CASE3, line: 18, column: 13 });
    expect(found[0]!.message).toBe('SSU var ikke beslutningsdyktig i sak 2025.3 etter at Kari Vik, Tor Lund, Anne Li fratrådte som inhabil: 2 av 6 medlemmer igjen');
    // The minutes say who left and that the body could not decide the case.
    const md = hf(dir, ['minutes', 'ssu', '2025-03-06'], AT).stdout;
    expect(md).toContain('*Ikke beslutningsdyktig i saken: 2 av 6 medlemmer (minst 3 må være til stede; ingen til stede fra kommunene).*');
    edit(dir, CASE3, /inhabil:\n[\s\S]*?forslag_til_konklusjon/, 'forslag_til_konklusjon');
    expect(findings(dir, AT, 'quorum')).toEqual([]);
  });
});

describe('approving the minutes', () => {
  let dir = '';
  beforeAll(() => {
    dir = fixture();
  });

  it('is refused before the meeting, without a way, and for minutes that are not final', () => {
    const early = hf(dir, ['minutes', 'approve', 'ssu', '2025-05-08', '--by-email', '2025-05-10'], AT);
    expect(early.code).toBe(2);
    expect(early.stderr).toContain('Møtet SSU 2025-05-08 er ikke holdt ennå');
    expect(hf(dir, ['minutes', 'approve', 'ssu', '2025-03-06'], AFTER).stderr).toContain('Oppgi enten --in eller --by-email');
    const unfinished = hf(dir, ['minutes', 'approve', 'ssu', '2025-05-08', '--by-email', '2025-05-12'], { HF_NOW: '2025-05-12' });
    expect(unfinished.code).toBe(2);
    expect(unfinished.stderr).toContain('Referatet er ikke endelig: SSU 2025.9, SSU 2025.10, SSU 2025.11 mangler konklusjon');
  });

  it('--dry-run writes nothing', () => {
    const before = readFileSync(join(dir, SSU_MEETING), 'utf8');
    const r = hf(dir, ['minutes', 'approve', 'ssu', '2025-03-06', '--in', 'SSU 2025.10', '--dry-run', '--json'], AFTER);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ organ: 'SSU', dato: '2025-03-06', dryRun: true, godkjent: { dato: '2025-05-08', sak: 'SSU 2025.10' } });
    expect(Object.keys(json.godkjent.sjekksum)).toContain('2025.7');
    expect(readFileSync(join(dir, SSU_MEETING), 'utf8')).toBe(before);
  });

  it('records the approval in the Referat case of the next meeting, and the minutes say so', () => {
    const r = hf(dir, ['minutes', 'approve', 'ssu', '2025-03-06', '--in', 'SSU 2025.10'], AFTER);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Referatet fra SSU 2025-03-06 er godkjent i sak SSU 2025.10 (2025-05-08): meetings/ssu/2025-03-06.md');
    const text = readFileSync(join(dir, SSU_MEETING), 'utf8');
    expect(text).toContain('godkjent:\n  dato: 2025-05-08\n  sak: "SSU 2025.10"\n  sjekksum:\n    møte: {dato: "');
    expect(findings(dir, AFTER, 'minutes-approved')).toEqual([]);
    expect(hf(dir, ['minutes', 'ssu', '2025-03-06'], AFTER).stdout).toContain('**Godkjent:** i sak SSU 2025.10, 08.05.25');
    expect(hf(dir, ['minutes', 'approve', 'ssu', '2025-03-06', '--by-email', '2025-05-10'], AFTER).stderr).toContain('Referatet ble godkjent 2025-05-08 allerede');
  });

  it('makes a later edit of an approved conclusion a validation error, with file and line', () => {
    // The proposal is not part of the approved minutes: changing it is no error.
    edit(dir, CASE7, 'forslag_til_konklusjon: Handlingsplan 2025 vedtas.', 'forslag_til_konklusjon: Handlingsplan 2025 vedtas som lagt fram.');
    expect(findings(dir, AFTER, 'minutes-approved')).toEqual([]);
    edit(dir, CASE7, '\nkonklusjon: Handlingsplan 2025 vedtas.', '\nkonklusjon: Handlingsplan 2025 vedtas med endringer i tiltak 3.');
    const r = hf(dir, ['validate'], AFTER);
    expect(r.code).toBe(1);
    const found = findings(dir, AFTER, 'minutes-approved');
    expect(found).toEqual([
      expect.objectContaining({ file: CASE7, line: 9, column: 1, message: 'Feltet konklusjon i sak SSU 2025.7 er endret etter at referatet ble godkjent 2025-05-08' }),
    ]);
    expect(r.stdout).toContain('hf minutes correct ssu 2025-03-06');
  });

  it('accepts the edit once recorded as a correction, which the minutes show', () => {
    const r = hf(dir, ['minutes', 'correct', 'ssu', '2025-03-06', '--text', 'Konklusjonen i sak 2025.7 er rettet etter innspill.', '--date', '2025-05-12'], AFTER);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Rettelsen er ført inn i meetings/ssu/2025-03-06.md: sak 2025.7');
    expect(findings(dir, AFTER, 'minutes-approved')).toEqual([]);
    expect(hf(dir, ['validate'], AFTER).code).toBe(0);
    const md = hf(dir, ['minutes', 'ssu', '2025-03-06'], AFTER).stdout;
    expect(md).toContain('## Rettelser etter godkjenning\n\n- 12.05.25: Konklusjonen i sak 2025.7 er rettet etter innspill.');
    expect(md).toContain('*Konklusjon:* Handlingsplan 2025 vedtas med endringer i tiltak 3.');
    // Nothing more to correct; a second change needs its own correction.
    expect(hf(dir, ['minutes', 'correct', 'ssu', '2025-03-06', '--text', 'Igjen.'], AFTER).stderr).toContain('Ingenting i referatet fra SSU 2025-03-06 er endret siden det ble godkjent');
    edit(dir, SSU_MEETING, 'sted: Nordvik rådhus, møterom 2', 'sted: Nordvik rådhus, møterom 3');
    expect(findings(dir, AFTER, 'minutes-approved')).toEqual([expect.objectContaining({ file: SSU_MEETING, line: 6, column: 1 })]);
  });

  it('is recorded by e-mail as well, and refuses a date before the meeting', () => {
    const other = fixture();
    expect(hf(other, ['minutes', 'approve', 'fsu', '2025-04-03', '--by-email', '2025-04-01'], AT).stderr).toContain('kan ikke godkjennes 2025-04-01');
    const r = hf(other, ['minutes', 'approve', 'fsu', '2025-04-03', '--by-email', '2025-04-10'], AT);
    expect(r.code).toBe(0);
    expect(readFileSync(join(other, 'meetings/fsu/2025-04-03.md'), 'utf8')).toContain('godkjent:\n  dato: 2025-04-10\n  per_epost: true\n');
    expect(hf(other, ['validate'], AT).code).toBe(0);
  });
});

describe('draft minutes', () => {
  it('--draft makes final minutes a draft; a held meeting with unfinished cases is one anyway', () => {
    const dir = fixture();
    expect(hf(dir, ['minutes', 'ssu', '2025-03-06'], AT).stdout).toContain('# Referat – Strategisk samarbeidsutvalg (SSU)');
    expect(hf(dir, ['minutes', 'ssu', '2025-03-06', '--draft'], AT).stdout).toContain('# Utkast til referat – Strategisk samarbeidsutvalg (SSU)');
    const held = hf(dir, ['minutes', 'ssu', '2025-05-08'], AFTER);
    expect(held.stdout).toContain('*Utkast: 3 av sakene mangler konklusjon (2025.9, 2025.10, 2025.11).');
    expect(held.stdout).toContain('**Ikke ferdig behandlet: konklusjonen mangler.**');
    expect(held.stderr).toContain('advarsel: SSU 2025.11 «Felles rutine for utskrivning» har ingen konklusjon i referatet');
  });
});

describe('deadlines', () => {
  it('hf frister lists what is due and overdue on a fixed clock', () => {
    const dir = fixture();
    const r = hf(dir, ['frister'], AT);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').map((l) => l.trimEnd())).toEqual([
      'Frister per 2025-04-20:',
      'Frist       Organ  Møte        Hva                Status',
      '2025-04-17  FSU    2025-04-03  referat sendes     FORFALT for 3 dager siden',
      '2025-04-24  SSU    2025-05-08  saksfrist          om 4 dager',
      '2025-05-01  SSU    2025-05-08  innkalling sendes  om 11 dager',
      '3 frist(er), 1 forfalt.',
      '',
    ]);
    const en = hf(dir, ['deadlines', '--body', 'ssu', '--lang', 'en'], AT);
    expect(en.stdout).toContain('2025-04-24  SSU   2025-05-08  cases in');
    expect(en.stdout).not.toContain('FSU');
    // Once the minutes are recorded as sent, they are no longer due.
    edit(dir, 'meetings/fsu/2025-04-03.md', 'innkalling_sendt: 2025-03-28', 'innkalling_sendt: 2025-03-28\nreferat_sendt: 2025-04-22');
    const json = JSON.parse(hf(dir, ['frister', '--json'], { HF_NOW: '2025-04-22' }).stdout);
    expect(json.frister.map((d: { organ: string; hva: string; dager_igjen: number }) => `${d.organ} ${d.hva} ${d.dager_igjen}`)).toEqual(['SSU saksfrist 2', 'SSU innkalling 9']);
  });

  it('says so when no body has deadlines', () => {
    const dir = fixture();
    edit(dir, 'hf.yaml', /    frister:\n      saker: 14\n      innkalling: 7\n      referat: 14\n/, '');
    edit(dir, 'mandates/fsu.md', /frister:\n  saker: 10\n  innkalling: 5\n  referat: 14\n/, '');
    expect(hf(dir, ['frister'], AT).stdout).toBe('Ingen organer har frister: skriv frister under organet i hf.yaml eller i mandatet.\n');
  });

  it('hf calendar adds them as all-day events with an alarm the day before, read back by ical.js', () => {
    const dir = fixture();
    const r = hf(dir, ['calendar'], AT);
    expect(r.stderr).toBe('');
    const comp = new ICAL.Component(ICAL.parse(r.stdout));
    const events = comp.getAllSubcomponents('vevent');
    const byUid = new Map(events.map((v) => [String(v.getFirstPropertyValue('uid')), v]));
    const cases = byUid.get('ssu-2025-05-08-cases@helsefellesskapet-nordvik')!;
    expect(cases).toBeDefined();
    const event = new ICAL.Event(cases);
    expect(event.summary).toBe('Saksfrist: Strategisk samarbeidsutvalg (SSU) 2025-05-08');
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2025-04-24');
    const alarm = cases.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    const trigger = alarm.getFirstPropertyValue('trigger') as ICAL.Duration;
    expect(trigger.toSeconds()).toBe(-15 * 3600);
    // The notice already sent has no alarm; the overdue FSU minutes have one.
    expect(byUid.get('ssu-2025-03-06-notice@helsefellesskapet-nordvik')!.getFirstSubcomponent('valarm')).toBeNull();
    expect(byUid.get('fsu-2025-04-03-minutes@helsefellesskapet-nordvik')!.getFirstSubcomponent('valarm')).not.toBeNull();
    expect(events.filter((v) => String(v.getFirstPropertyValue('uid')).match(/-(cases|notice|minutes)@/))).toHaveLength(9);
  });
});

describe('hf refer', () => {
  let dir = '';
  let refer: RunResult;
  beforeAll(() => {
    dir = fixture();
    refer = hf(dir, ['refer', 'fsu', '2025.3', '--to', 'ssu', '--meeting', '2025-05-08', '--json'], AT);
  });
  const NEW = 'cases/ssu/2025/2025.12-kompetansedeling-mellom-kommunene-og-sykehuset.md';
  const FSU3 = 'cases/fsu/2025/2025.3-kompetansedeling.md';

  it('opens the case in the receiving body with its own next number, linked both ways', () => {
    expect(refer.stderr).toBe('');
    expect(JSON.parse(refer.stdout)).toEqual({
      saksnr: '2025.12',
      organ: 'SSU',
      møte: '2025-05-08',
      tittel: 'Kompetansedeling mellom kommunene og sykehuset',
      innstilling_fra: 'FSU 2025.3',
      path: NEW,
      oppdatert: FSU3,
      dryRun: false,
    });
    expect(readFileSync(join(dir, NEW), 'utf8')).toMatch(/^---\nsaksnr: "2025.12"\norgan: SSU\nmøte: 2025-05-08\ntittel: Kompetansedeling mellom kommunene og sykehuset\nsakstype: \[Beslutning\]\ninnstilling_fra: "FSU 2025.3"\n---\n/);
    expect(readFileSync(join(dir, FSU3), 'utf8')).toContain('konklusjon: FSU anbefaler at SSU oppretter et felles hospiteringsprogram.\noversendt_til: ["SSU 2025.12"]\n---\n');
    // FSU's own numbering is untouched; no claim is left behind.
    expect(readdirSync(join(dir, 'cases/fsu/2025'))).toHaveLength(3);
    expect(readdirSync(join(dir, 'cases/ssu/2025')).filter((f) => f.startsWith('.'))).toEqual([]);
    expect(hf(dir, ['validate'], AT).code).toBe(0);
  });

  it('the receiving notice shows the recommendation with the sending body’s conclusion', () => {
    const md = hf(dir, ['agenda', 'ssu', '2025-05-08'], AT).stdout;
    expect(md).toContain(
      '| **2025.12**<br>Beslutning | **Kompetansedeling mellom kommunene og sykehuset**<br><br>*Innstilling fra FSU (FSU 2025.3)*<br><br>> *Konklusjon:* FSU anbefaler at SSU oppretter et felles hospiteringsprogram. |',
    );
  });

  it('hf show shows the whole chain from either end', () => {
    for (const args of [['show', 'SSU', '2025.12'], ['show', 'FSU', '2025.3']]) {
      const out = hf(dir, args, AT).stdout;
      expect(out).toContain('Saksgang mellom organer\n  FSU 2025.3 (2025-04-03)  Kompetansedeling mellom kommunene og sykehuset');
      expect(out).toContain('      Konklusjon: FSU anbefaler at SSU oppretter et felles hospiteringsprogram.\n  SSU 2025.12 (2025-05-08)  Kompetansedeling mellom kommunene og sykehuset');
    }
    const json = JSON.parse(hf(dir, ['show', 'SSU', '2025.12', '--json'], AT).stdout);
    expect(json.history.referrals.map((r: { ref: string; current: boolean }) => `${r.ref}${r.current ? ' *' : ''}`)).toEqual(['FSU 2025.3', 'SSU 2025.12 *']);
  });

  it('refuses a second referral to the same body, its own body, and --dry-run writes nothing', () => {
    const again = hf(dir, ['refer', 'fsu', '2025.3', '--to', 'ssu', '--meeting', '2025-05-08'], AT);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('FSU 2025.3 er allerede sendt til SSU (SSU 2025.12)');
    expect(hf(dir, ['refer', 'fsu', '2025.1', '--to', 'fsu', '--meeting', '2025-04-03'], AT).stderr).toContain('FSU 2025.1 hører allerede til FSU');
    const dry = hf(dir, ['refer', 'fsu', '2025.1', '--to', 'ssu', '--meeting', '2025-05-08', '--dry-run'], AT);
    expect(dry.stdout).toContain('Ville opprettet SSU-sak 2025.13 med innstillingen fra FSU 2025.1');
    expect(existsSync(join(dir, 'cases/ssu/2025/2025.13-godkjenning-av-innkalling-og-dagsorden.md'))).toBe(false);
    expect(readFileSync(join(dir, 'cases/fsu/2025/2025.1-godkjenning-av-innkalling-og-dagsorden.md'), 'utf8')).not.toContain('oversendt_til');
  });

  it('documents of one meeting are the same from the cache as from the whole repository', () => {
    hf(dir, ['validate'], AT);
    const cached = hf(dir, ['agenda', 'ssu', '2025-05-08'], AT);
    const minutes = hf(dir, ['minutes', 'fsu', '2025-04-03'], AT);
    rmSync(join(dir, '.hf-cache'), { recursive: true, force: true });
    expect(hf(dir, ['agenda', 'ssu', '2025-05-08'], AT)).toEqual(cached);
    expect(hf(dir, ['minutes', 'fsu', '2025-04-03'], AT)).toEqual(minutes);
  });
});
