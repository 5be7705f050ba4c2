/**
 * Standing items and document labels as configuration: a partnership (and a
 * body) can give the standing items' titles and proposed conclusions, and the
 * documents' own words, in hf.yaml; without them hf uses its own, in bokmål,
 * nynorsk or English after the repository's language.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';

let dir = '';
afterEach(() => removeDir(dir));

function withConfig(edit: (yaml: string) => string): string {
  dir = copyBundled();
  const file = join(dir, 'hf.yaml');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return dir;
}

const standingFiles = (d: string, date: string) =>
  readdirSync(join(d, 'cases/ssu/2024'))
    .filter((n) => n.startsWith('2024.36') || n.startsWith('2024.37'))
    .map((n) => readFileSync(join(d, 'cases/ssu/2024', n), 'utf8'))
    .filter((t) => t.includes(`møte: ${date}`));

describe('own words in hf.yaml', () => {
  it('gives new meetings the partnership’s and the body’s titles and proposed conclusions', () => {
    withConfig((y) =>
      y
        .replace('sakstyper:', 'faste_saker:\n  godkjenning:\n    tittel: Godkjenning av saksliste\n  referat:\n    forslag_til_konklusjon: Referatet tas til etterretning.\nsakstyper:')
        .replace("  - kode: SSU\n", "  - kode: SSU\n    etiketter:\n      innkalling: Møteinnkalling\n"),
    );
    expect(hf(dir, ['validate']).code).toBe(0);
    const r = hf(dir, ['new-meeting', 'SSU', '2024-11-28']);
    expect(r.code, r.stderr).toBe(0);
    const files = standingFiles(dir, '2024-11-28');
    expect(files.join('\n')).toContain('tittel: Godkjenning av saksliste');
    expect(files.join('\n')).toContain('forslag_til_konklusjon: Innkalling og dagsorden godkjennes.');
    expect(files.join('\n')).toContain('tittel: Referat fra forrige møte');
    expect(files.join('\n')).toContain('forslag_til_konklusjon: Referatet tas til etterretning.');
    // The body's own label in its notice, hf's in another body's.
    expect(hf(dir, ['agenda', 'ssu', '2024-09-26']).stdout).toContain('# Møteinnkalling – Strategisk samarbeidsutvalg (SSU)');
    expect(hf(dir, ['agenda', 'fsu', '2024-09-05']).stdout).toContain('# Innkalling – Faglig samarbeidsutvalg (FSU)');
    // In English the documents keep hf's English words.
    expect(hf(dir, ['--lang', 'en', 'agenda', 'ssu', '2024-09-26']).stdout).toContain('# Notice of meeting – ');
  });

  it('writes nynorsk standing items for a nynorsk partnership, and its own Eventuelt', () => {
    withConfig((y) => y.replace('språk: nb', 'språk: nn').replace('sakstyper:', 'faste_saker:\n  eventuelt:\n    tittel: Ymse\nsakstyper:'));
    expect(hf(dir, ['new-meeting', 'SSU', '2024-11-28']).code).toBe(0);
    expect(standingFiles(dir, '2024-11-28').join('\n')).toContain('tittel: Referat frå førre møte');
    const notice = hf(dir, ['agenda', 'ssu', '2024-11-28']).stdout;
    expect(notice).toContain('**Ymse**');
  });

  it('reports a label hf does not know, at its line', () => {
    withConfig((y) => y.replace('sakstyper:', 'etiketter:\n  innkaling: Møteinnkalling\nsakstyper:'));
    const r = hf(dir, ['validate', 'hf.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/hf\.yaml\n\s+\d+:3\s+feil\s+Ukjent felt `innkaling`; mente du `innkalling`\?/);
  });
});
