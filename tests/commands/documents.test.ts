/** `hf agenda`, `hf paper` and `hf minutes` run as a user runs them, in temporary copies of the bundled repository. */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';

let dir: string;
beforeAll(() => {
  dir = copyBundled('hf-docs-');
});
afterAll(() => removeDir(dir));

const golden = (name: string) => readFileSync(new URL(`../render/golden/${name}`, import.meta.url), 'utf8');

describe('hf agenda', () => {
  it('prints the notice of SSU 26.09.24 as Markdown; body codes are case-insensitive', () => {
    const lower = hf(dir, ['agenda', 'ssu', '2024-09-26']);
    expect(lower.stderr).toBe('');
    expect(lower.code).toBe(0);
    expect(lower.stdout).toBe(golden('notice-ssu-2024-09-26.md'));
    expect(hf(dir, ['agenda', 'SSU', '2024-09-26']).stdout).toBe(lower.stdout);
  });

  it('works from a folder below the repository root', () => {
    const r = hf(join(dir, 'cases', 'ssu'), ['agenda', 'ssu', '2024-09-26', '--format', 'html']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(golden('notice-ssu-2024-09-26.html'));
  });

  it('writes a file with -o and refuses to overwrite it without --force', () => {
    const first = hf(dir, ['agenda', 'ssu', '2024-09-26', '-o', 'innkalling.html']);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('Skrev innkalling.html\n');
    const path = join(dir, 'innkalling.html');
    expect(readFileSync(path, 'utf8')).toBe(golden('notice-ssu-2024-09-26.html'));
    writeFileSync(path, 'endret for hånd');
    const again = hf(dir, ['agenda', 'ssu', '2024-09-26', '-o', 'innkalling.html']);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('hf: Filen `innkalling.html` finnes allerede og blir ikke overskrevet\ntips: Legg til --force for å erstatte den, eller velg et annet filnavn med -o.\n');
    expect(readFileSync(path, 'utf8')).toBe('endret for hånd');
    expect(hf(dir, ['agenda', 'ssu', '2024-09-26', '-o', 'innkalling.html', '--force']).code).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(golden('notice-ssu-2024-09-26.html'));
  });

  it('writes Word to a file named after the meeting when no -o is given', () => {
    const r = hf(dir, ['agenda', 'ssu', '2024-09-26', '--format', 'docx']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Skrev innkalling-ssu-2024-09-26.docx\n');
    expect(statSync(join(dir, 'innkalling-ssu-2024-09-26.docx')).size).toBeGreaterThan(5000);
  });

  it('produces the meeting packet with --with-papers: papers, minutes, the mandate and the letter, and names what is left out', () => {
    const r = hf(dir, ['agenda', 'ssu', '2024-09-26', '--with-papers']);
    expect(r.code).toBe(0);
    const notice = golden('notice-ssu-2024-09-26.md');
    // The notice as on its own, but for the attachment the packet does not hold.
    expect(r.stdout.startsWith(notice.slice(0, notice.indexOf('Sak 2024.35')))).toBe(true);
    expect(r.stdout).toContain('Sak 2024.35: Saksfremlegg, Mandat FSU (ikke med i møtepakken)');
    for (const title of [
      '# Styringsdata for utvikling og oppfølging av tjenestene',
      '# Faglig samarbeidsutvalg (FSU) i praksis',
      '## Forslag til vedtak',
      '| Saksnr. | Møteorgan | Type sak | Saksbehandler |',
      '# Referat – Partnerskapsmøtet (PM)',
      '# Samhandlingsforum for ledere psykisk helse og rus i Vestfold – mandat og sammensetning',
      '# Palliasjon til voksne pasienter',
    ]) {
      expect(r.stdout).toContain(title);
    }
    expect(r.stderr).toBe('advarsel: SSU 2024.35 vedlegg 2 «Mandat FSU» er ikke med i møtepakken: saken har bare tittelen, ingen fil (legg til `fil:`)\n');
  });

  it('names what is wrong with the arguments, with a hint', () => {
    const body = hf(dir, ['agenda', 'xyz', '2024-09-26']);
    expect(body.code).toBe(2);
    expect(body.stderr).toContain('Ukjent organ `xyz`');
    expect(body.stderr).toContain('PM, SSU, FSU');
    const date = hf(dir, ['agenda', 'ssu', '31.09.2024']);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('`31.09.2024` leses som 31. september 2024, en dato som ikke finnes');
    const none = hf(dir, ['agenda', 'ssu', '2024-09-27']);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('hf: SSU har ikke noe møte 2024-09-27: verken en møtefil eller saker til møtet\ntips: Møtene i SSU er 2024-05-23, 2024-09-26.\n');
    expect(hf(dir, ['agenda', 'ssu', '2024-09-26', '--format', 'pdf']).code).toBe(2);
    expect(none.stderr).not.toMatch(/at .*\.js/);
  });

  it('speaks English with --lang en', () => {
    const r = hf(dir, ['agenda', 'ssu', '2024-09-26', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# Notice of meeting – Strategisk samarbeidsutvalg (SSU)');
    expect(r.stdout).toContain('**Date/place:** Thursday 26 September 2024, 12:30–15:30');
  });

  it('has examples in its help, among them the README’s', () => {
    const r = hf(dir, ['agenda', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Eksempler:');
    expect(r.stdout).toContain('hf agenda ssu 2024-09-26');
    expect(r.stdout).toContain('--with-papers');
  });

  it('warns about a case file of the body it could not read, and still makes the notice', () => {
    const broken = copyBundled('hf-docs-broken-');
    try {
      writeFileSync(join(broken, 'cases/ssu/2024/2024.36-ny.md'), '---\nsaksnr: "2024.36\norgan: SSU\n---\n');
      const r = hf(broken, ['agenda', 'ssu', '2024-09-26']);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('advarsel: cases/ssu/2024/2024.36-ny.md kunne ikke leses og er ikke med i dokumentet');
      expect(r.stdout).toBe(golden('notice-ssu-2024-09-26.md'));
    } finally {
      removeDir(broken);
    }
  });
});

describe('hf paper', () => {
  it('prints the case paper of SSU 2024.30', () => {
    const r = hf(dir, ['paper', 'ssu', '2024.30']);
    expect(r.code).toBe(0);
    // "Type sak: Beslutning" as the seed's paper has it (the agenda says Diskusjon).
    expect(r.stdout).toContain('| 2024.30 | SSU | Beslutning | Sekretariatet |');
    expect(r.stdout).toContain('## Bakgrunn');
    expect(r.stdout).toContain('## Forslag til vedtak');
  });

  it('says which cases exist when the number is not one of them', () => {
    const r = hf(dir, ['paper', 'ssu', '2024.99']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('hf: Fant ingen sak SSU 2024.99\ntips: Sakene i SSU i 2024 er 2024.11–2024.35.\n');
    expect(hf(dir, ['paper', 'ssu', '2024.030']).stderr).toContain('`2024.030` er ikke et saksnummer');
  });

  it('writes Word with -o', () => {
    mkdirSync(join(dir, 'ut'), { recursive: true });
    const r = hf(dir, ['paper', 'ssu', '2024.35', '-o', 'ut/2024.35.docx']);
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'ut/2024.35.docx'))).toBe(true);
  });
});

describe('hf minutes', () => {
  it('prints the minutes of SSU 23.05.24 without warnings', () => {
    const r = hf(dir, ['minutes', 'ssu', '2024-05-23']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(golden('minutes-ssu-2024-05-23.md'));
    expect(hf(dir, ['minutes', 'pm', '2024-05-30', '--format', 'html']).stdout).toBe(golden('minutes-pm-2024-05-30.html'));
  });

  it('names each case of a held meeting that lacks a conclusion, and exits 0', () => {
    const r = hf(dir, ['minutes', 'fsu', '2024-09-05']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(golden('minutes-fsu-2024-09-05.md'));
    const warned = r.stderr.split('\n').filter((l) => l.startsWith('advarsel:'));
    expect(warned.map((l) => /FSU (\d{4}\.\d+)/.exec(l)?.[1])).toEqual(['2024.14', '2024.15', '2024.16', '2024.18']);
    expect(warned[0]).toBe('advarsel: FSU 2024.14 «Samarbeid innen habilitering» har ingen konklusjon i referatet (cases/fsu/2024/2024.14-samarbeid-innen-habilitering.md)');
  });

  it('is a draft before the meeting, with the proposed conclusions', () => {
    const r = hf(dir, ['minutes', 'ssu', '2024-09-26'], { HF_NOW: '2024-09-20' });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('# Utkast til referat – Strategisk samarbeidsutvalg (SSU)');
    expect(r.stdout).toContain('*Forslag til konklusjon:* Referatene tas til orientering');
    // After the meeting the minutes stay a draft while cases lack their conclusion.
    const after = hf(dir, ['minutes', 'ssu', '2024-09-26', '--format', 'docx'], { HF_NOW: '2024-10-01' });
    expect(after.code).toBe(0);
    expect(after.stdout).toBe('Skrev utkast-referat-ssu-2024-09-26.docx\n');
    expect(after.stderr.split('\n').filter((l) => l.startsWith('advarsel:'))).toHaveLength(12);
  });
});

