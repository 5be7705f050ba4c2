/**
 * One meeting from end to end, on a copy of the Nordvik fixture (SSU, 8 May
 * 2025): the working document of the minutes is written as .docx, typed into
 * the way Word saves it — apologies with a reason, a deputy, a conflict of
 * interest, every conclusion, a follow-up — and imported; the case files then
 * hold exactly what was typed, the minutes are final and print it, the meeting
 * has its quorum, the minutes are approved, and a later edit of an approved
 * conclusion fails validation until a correction is recorded.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hf, removeDir } from '../helpers/cli.js';
import { copyNordvik } from '../helpers/nordvik.js';
import { editDocumentXml, typeLikeWord } from '../helpers/word-typing.js';

const DURING = { HF_NOW: '2025-05-08' };
const AFTER = { HF_NOW: '2025-05-09' };
const CASE9 = 'cases/ssu/2025/2025.9-godkjenning-av-innkalling-og-dagsorden.md';
const CASE10 = 'cases/ssu/2025/2025.10-referat.md';
const CASE11 = 'cases/ssu/2025/2025.11-felles-rutine-for-utskrivning.md';
const MEETING = 'meetings/ssu/2025-05-08.md';

const data = (dir: string, file: string) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, file), 'utf8'))![1]!) as Record<string, unknown>;

function errors(dir: string, env: Record<string, string>) {
  const r = hf(dir, ['validate', '--format', 'json'], env);
  return (JSON.parse(r.stdout) as { diagnostics: { file: string; line: number; column: number; ruleId: string; severity: string }[] }).diagnostics.filter((d) => d.severity === 'error');
}

describe('the minutes of a meeting, typed in Word and read back', () => {
  let dir: string;
  beforeAll(() => {
    dir = copyNordvik();
  });
  afterAll(() => removeDir(dir));

  it('writes what was typed into the files', async () => {
    const w = hf(dir, ['minutes', 'ssu', '2025-05-08', '--working', '-o', 'referat.docx'], DURING);
    expect(w.code, w.stderr).toBe(0);
    const typed = await editDocumentXml(readFileSync(join(dir, 'referat.docx')), (xml) =>
      typeLikeWord(xml, {
        'hf:tilstede:SSU 2025-05-08': ['Kari Vik', 'Oda Fjell (vara for Ola Berg)', 'Anne Li', 'Per Dal', 'Tor Lund'],
        'hf:frafall:SSU 2025-05-08': ['Ola Berg (sykdom)', 'Eva Ås'],
        'hf:konklusjon:SSU 2025.9': ['Innkalling og dagsorden godkjennes.'],
        'hf:konklusjon:SSU 2025.10': ['Referatet godkjennes.'],
        'hf:inhabil:SSU 2025.11': ['Tor Lund (ledet arbeidsgruppen som skrev rutinen; hjemmel: fvl. § 6 andre ledd)'],
        'hf:behandling:SSU 2025.11': ['Nina Nes la fram FSUs innstilling.'],
        'hf:konklusjon:SSU 2025.11': ['SSU vedtar den felles rutinen for utskrivning slik FSU anbefaler.', 'Rutinen evalueres etter ett år.'],
        'hf:oppfølging:SSU 2025.11': ['Rutinen tas i bruk i alle kommunene (ansvar: FSU; frist: 01.09.2025)'],
      }),
    );
    writeFileSync(join(dir, 'referat.docx'), typed);
    const r = hf(dir, ['minutes', 'import', 'referat.docx'], AFTER);
    expect(r.code, r.stderr).toBe(0);

    expect(data(dir, MEETING)).toMatchObject({
      tilstede: ['Kari Vik', { navn: 'Oda Fjell', vara_for: 'Ola Berg' }, 'Anne Li', 'Per Dal', 'Tor Lund'],
      frafall: [{ navn: 'Ola Berg', grunn: 'sykdom' }, 'Eva Ås'],
    });
    expect(data(dir, CASE9).konklusjon).toBe('Innkalling og dagsorden godkjennes.');
    expect(data(dir, CASE10).konklusjon).toBe('Referatet godkjennes.');
    expect(data(dir, CASE11)).toMatchObject({
      inhabil: [{ navn: 'Tor Lund', grunn: 'ledet arbeidsgruppen som skrev rutinen', hjemmel: 'fvl. § 6 andre ledd' }],
      behandling: 'Nina Nes la fram FSUs innstilling.',
      konklusjon: 'SSU vedtar den felles rutinen for utskrivning slik FSU anbefaler.\n\nRutinen evalueres etter ett år.\n',
      oppfølging: [{ hva: 'Rutinen tas i bruk i alle kommunene', ansvar: 'FSU', frist: '2025-09-01', status: 'åpen' }],
    });
    expect(errors(dir, AFTER)).toEqual([]);
  });

  it('prints it in the minutes, which are final', () => {
    const r = hf(dir, ['minutes', 'ssu', '2025-05-08'], AFTER);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^# Referat – Strategisk samarbeidsutvalg/m);
    expect(r.stdout).not.toContain('Utkast');
    expect(r.stdout).toContain('Oda Fjell (vara for Ola Berg)');
    expect(r.stdout).toContain('Ola Berg');
    expect(r.stdout).toContain('sykdom');
    expect(r.stdout).toContain('Tor Lund');
    expect(r.stdout).toContain('fvl. § 6 andre ledd');
    expect(r.stdout).toContain('SSU vedtar den felles rutinen for utskrivning slik FSU anbefaler.');
    expect(r.stdout).toContain('Rutinen evalueres etter ett år.');
  });

  it('is approved, and an approved conclusion edited later fails validation until the correction is recorded', () => {
    const approve = hf(dir, ['minutes', 'approve', 'ssu', '2025-05-08', '--by-email', '2025-05-12'], { HF_NOW: '2025-05-12' });
    expect(approve.code, approve.stderr).toBe(0);
    const path = join(dir, CASE11);
    writeFileSync(path, readFileSync(path, 'utf8').replace('Rutinen evalueres etter ett år.', 'Rutinen evalueres etter seks måneder.'));
    const found = errors(dir, { HF_NOW: '2025-05-13' });
    expect(found.map((f) => `${f.ruleId} ${f.file}`)).toEqual([`minutes-approved ${CASE11}`]);
    expect(found[0]!.line).toBeGreaterThan(1);
    const correct = hf(dir, ['minutes', 'correct', 'ssu', '2025-05-08', '--text', 'Evalueringen i sak 2025.11 er etter seks måneder.'], { HF_NOW: '2025-05-13' });
    expect(correct.code, correct.stderr).toBe(0);
    expect(errors(dir, { HF_NOW: '2025-05-13' })).toEqual([]);
  });
});
