import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';
import { copyFjord, FJORD_NOW } from '../helpers/fjord.js';

const golden = (name: string) => readFileSync(new URL(`../render/golden/${name}`, import.meta.url), 'utf8');

let bundled: string;
let fjord: string;
beforeAll(() => {
  bundled = copyBundled('hf-plan-');
  fjord = copyFjord();
});
afterAll(() => {
  removeDir(bundled);
  removeDir(fjord);
});

describe('hf plan <year>', () => {
  it('prints Handlingsplan 2025 as Markdown, the same as the golden file', () => {
    const r = hf(bundled, ['plan', '2025']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(golden('plan-2025.md'));
  });

  it('writes HTML', () => {
    const r = hf(bundled, ['plan', '2025', '--format', 'html']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<table');
    expect(r.stdout).toContain('Tabell: Strukturer for samhandling og forbedring');
    expect(r.stdout).toContain('KlinObskommune og Samtrening');
  });

  it('writes a Word document in which every satsning and tiltak can be read back', async () => {
    const r = hf(bundled, ['plan', '2025', '-o', 'handlingsplan-2025.docx']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('handlingsplan-2025.docx');
    const { value } = await mammoth.extractRawText({ path: join(bundled, 'handlingsplan-2025.docx') });
    for (const title of ['Vitality', 'Fact-team', 'Workshop', 'Digital hjemmeoppfølging', 'Bruk av mobil røntgen', 'Felles styringsdata', 'Samhandling i krise']) {
      expect(value).toContain(title);
    }
    const again = hf(bundled, ['plan', '2025', '-o', 'handlingsplan-2025.docx']);
    expect(again.code).toBe(2);
  });

  it('prints the plan of a partnership grouped by innsatsområder', () => {
    const r = hf(fjord, ['plan', '2025'], { HF_NOW: FJORD_NOW });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(golden('plan-fjord-2025.md'));
  });

  it('refuses a year without a plan and text that is no year', () => {
    const missing = hf(bundled, ['plan', '2024']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Det finnes ingen handlingsplan for 2024 (plans/2024/)');
    expect(missing.stderr).toContain('Planene i repoet: 2025.');
    // A plan is named by a year or by its folder; `neste` could be a folder, but there is none.
    const unknown = hf(bundled, ['plan', 'neste']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Det finnes ingen handlingsplan for neste');
    const bad = hf(bundled, ['plan', '2025/2026']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('`2025/2026` er verken et årstall eller navnet på en plan');
  });

  it('shows help with examples when no year is given', () => {
    const r = hf(bundled, ['plan']);
    expect(r.stdout).toContain('hf plan carry-over 2025 2026');
    expect(r.stdout).toContain('status [valg] <år>');
  });
});

describe('hf plan status <year>', () => {
  it('reports Fjordfellesskapet to SSU, the same as the golden file', () => {
    const r = hf(fjord, ['plan', 'status', '2025'], { HF_NOW: FJORD_NOW });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(golden('plan-status-fjord-2025.md'));
  });

  it('gives the bundled plan as JSON, with the latest case and what is overdue', () => {
    const r = hf(bundled, ['plan', 'status', '2025', '--json'], { HF_NOW: '2026-01-15' });
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.counts).toMatchObject({ pågår: 25, planlagt: 4 });
    expect(data.overdue).toContain('2025/vitality');
    const eldre = data.groupings[0].areas.find((a: { area: string }) => a.area === 'skropelige-eldre');
    expect(eldre.initiatives[0]).toMatchObject({
      id: '2025/vitality',
      status: 'pågår',
      period: '2025',
      overdue: true,
      latestCase: { case: 'PM 2024.3', date: '2024-05-30', proposed: false },
      cases: ['SSU 2024.14', 'PM 2024.3'],
    });
  });

  it('writes the report as a Word document', async () => {
    const r = hf(bundled, ['plan', 'status', '2025', '-o', 'status.docx'], { HF_NOW: '2026-01-15' });
    expect(r.code).toBe(0);
    expect(existsSync(join(bundled, 'status.docx'))).toBe(true);
    const { value } = await mammoth.extractRawText({ path: join(bundled, 'status.docx') });
    expect(value).toContain('Forfalt mot perioden');
    expect(value).toContain('Vitality');
  });

  it('shows an unknown status as such, names the file and line, and exits with 1', () => {
    const dir = copyFjord();
    try {
      const file = join(dir, 'plans/2025/meldingsloftet.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('status: pågår', 'status: ferdig'));
      const r = hf(dir, ['plan', 'status', '2025'], { HF_NOW: FJORD_NOW });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('plans/2025/meldingsloftet.md:9:9: ukjent status `ferdig`');
      expect(r.stdout).toContain('| **Meldingsløftet**<br>*Ansvarlig:* SSU | ukjent status «ferdig»');
      expect(r.stdout).toContain('- Ukjent status: 1');
    } finally {
      removeDir(dir);
    }
  });
});
