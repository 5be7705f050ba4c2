import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';
import { copyFjord, FJORD_NOW } from '../helpers/fjord.js';

const dirs: string[] = [];
const track = (dir: string) => (dirs.push(dir), dir);
afterEach(() => {
  while (dirs.length) removeDir(dirs.pop()!);
});

const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));

describe('hf mandate check on the bundled data', () => {
  it('fails because eight bodies have no mandate, and shows the draft of Samhandlingsforum', () => {
    const dir = track(copyBundled('hf-mandate-'));
    const r = hf(dir, ['mandate', 'check']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('SSU  Strategisk samarbeidsutvalg\n  MANGLER MANDAT (ventet i mandates/ssu.md)');
    expect(r.stdout).toContain('SF-PHR  Samhandlingsforum for ledere psykisk helse og rus i Vestfold  (mandates/sf-phr.md)\n  Mandat: utkast, ikke vedtatt (til behandling i SSU 2024.27)');
    expect(r.stdout).toContain('9 organ(er) kontrollert: 8 med avvik, 1 med varsler.');
  });

  it('counts meetings once the mandate is approved, and fails a body that met too seldom', () => {
    const dir = track(copyBundled('hf-mandate-'));
    edit(join(dir, 'mandates/sf-phr.md'), (t) => t.replace('status: utkast', 'status: vedtatt'));
    edit(join(dir, 'cases/ssu/2024/2024.27-mandat-samhandlingsforum-for-ledere-for-psykisk-helse-og-rus.md'), (t) =>
      t.replace('forslag_til_konklusjon:', 'konklusjon: Mandatet godkjennes.\nforslag_til_konklusjon:'),
    );
    const r = hf(dir, ['mandate', 'check', '--body', 'SF-PHR'], { HF_NOW: '2025-01-15' });
    expect(r.code).toBe(1);
    // Approved on 26.09.2024: two of the four yearly meetings fall in 2024, and the forum has held none.
    expect(r.stdout).toContain('Mandat: vedtatt i SSU 2024.27, gjelder fra 26.09.2024');
    expect(r.stdout).toContain('Møter: 2024: 0 av minst 2 – FOR FÅ; 2025: 0 holdt og 0 planlagt av minst 4 – ligger etter');
    expect(r.stdout).toContain('Årsrapport til SSU: ingen levert ennå; neste frist 26.09.2025');
  });

  it('reports the draft in JSON', () => {
    const dir = track(copyBundled('hf-mandate-'));
    const r = hf(dir, ['mandate', 'check', '--json', '--body', 'sf-phr']);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.ok).toBe(true);
    expect(data.bodies).toHaveLength(1);
    expect(data.bodies[0]).toMatchObject({ body: 'SF-PHR', mandate: { status: 'utkast', approvedIn: 'SSU 2024.27', minMeetingsPerYear: 4 }, issues: [{ code: 'draft' }], failing: false });
  });
});

describe('hf mandate check on Fjordfellesskapet', () => {
  it('passes when every body has met and reported, with warnings ahead of time', () => {
    const dir = track(copyFjord());
    const r = hf(dir, ['mandate', 'check'], { HF_NOW: FJORD_NOW });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('UU-BU  Underutvalg barn og unge  (mandates/uu-bu.md)');
    expect(r.stdout).toContain('Årsrapport til PM: sist i PM 2025.2 (13.03.2025); neste frist 13.03.2026 – snart');
    expect(r.stdout).toContain('Gyldig til 01.04.2026 – utløper om 40 dager');
    expect(r.stdout).toContain('4 organ(er) kontrollert: 0 med avvik, 2 med varsler.');
  });

  it('fails a sub-committee that met fewer times than its mandate requires', () => {
    const dir = track(copyFjord());
    rmSync(join(dir, 'meetings/uu-bu/2025-11-11.md'));
    // The case of that meeting goes with it.
    rmSync(join(dir, 'cases/uu-bu'), { recursive: true });
    edit(join(dir, 'plans/2025/pilot-fjordvik.md'), (t) => t.replace('saker: ["UU-BU 2025.1"]\n', ''));
    const r = hf(dir, ['mandate', 'check', '--body', 'UU-BU'], { HF_NOW: FJORD_NOW });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Møter: 2025: 1 av minst 2 – FOR FÅ');
  });

  it('fails a mandate missing a required section, naming file and line', () => {
    const dir = track(copyFjord());
    edit(join(dir, 'mandates/uu-phr.md'), (t) => t.replace('## 4. Struktur\n\nMinst 2 møter i året.\n\n', ''));
    const r = hf(dir, ['mandate', 'check', '--json'], { HF_NOW: FJORD_NOW });
    expect(r.code).toBe(1);
    const phr = JSON.parse(r.stdout).bodies.find((b: { body: string }) => b.body === 'UU-PHR');
    expect(phr.failing).toBe(true);
    expect(phr.invalid).toEqual([{ file: 'mandates/uu-phr.md', line: 32, column: 1, ruleId: 'mandate-sections', message: 'Mandatet mangler avsnittet «Struktur»' }]);
    const v = hf(dir, ['validate'], { HF_NOW: FJORD_NOW });
    expect(v.code).toBe(1);
    expect(v.stdout).toContain('mandate-sections');
  });

  it('fails when reports and evaluations are overdue and a mandate has expired', () => {
    const dir = track(copyFjord());
    const r = hf(dir, ['mandate', 'check', '--lang', 'en'], { HF_NOW: '2027-03-01' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Annual report to SSU: last in SSU 2026.1 (05.02.2026); next due 05.02.2027 – OVERDUE');
    expect(r.stdout).toContain('Evaluation every 24 months: none delivered yet; next due 01.01.2027 – OVERDUE');
    expect(r.stdout).toContain('Valid until 01.04.2026 – EXPIRED');
  });

  it('refuses an unknown body', () => {
    const dir = track(copyFjord());
    const r = hf(dir, ['mandate', 'check', '--body', 'FSU']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Kjente organer: PM, SSU, UU-PHR, UU-BU.');
  });
});
