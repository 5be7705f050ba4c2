/**
 * The base repository every rule example starts from: a small partnership with
 * one numbering body (SSU) and one that does not number standing items (FSU).
 * An example adds or replaces files (or removes them with `null`).
 */
import type { ExampleFiles } from './rule.js';

/** Joins lines into file text ending with a newline; makes line numbers in examples easy to read. */
export function lines(...ls: string[]): string {
  return ls.join('\n') + '\n';
}

export const BASE_CONFIG = lines(
  'navn: Eksempelfellesskapet',
  'språk: nb',
  'organer:',
  '  - kode: SSU',
  '    navn: Strategisk samarbeidsutvalg',
  '    faste_saker:',
  '      nummerert: true',
  '    medlemmer:',
  '      - navn: Kari Nordmann',
  '      - navn: Ola Nordmann',
  '  - kode: FSU',
  '    navn: Faglig samarbeidsutvalg',
  '    faste_saker:',
  '      nummerert: false',
  '    medlemmer:',
  '      - navn: Per Hansen',
  'handlingsplan:',
  '  grupperinger:',
  '    - id: pasientgrupper',
  '      navn: Prioriterte pasientgrupper',
  '      områder:',
  '        - id: eldre',
  '          navn: Skrøpelige eldre',
);

export const BASE_FILES: ExampleFiles = {
  'hf.yaml': BASE_CONFIG,
  'meetings/ssu/2024-09-26.md': lines(
    '---',
    'organ: SSU',
    'dato: 2024-09-26',
    'start: "12:30"',
    'slutt: "15:30"',
    'sted: Møterom 1',
    'møteleder: Kari Nordmann',
    '---',
  ),
  'cases/ssu/2024/2024.1-godkjenning-av-innkalling-og-dagsorden.md': lines(
    '---',
    'saksnr: "2024.1"',
    'organ: SSU',
    'møte: 2024-09-26',
    'tittel: Godkjenning av innkalling og dagsorden',
    'fast_sak: godkjenning',
    'konklusjon: Innkalling og dagsorden godkjennes.',
    '---',
  ),
  'cases/ssu/2024/2024.2-vitality.md': lines(
    '---',
    'saksnr: "2024.2"',
    'organ: SSU',
    'møte: 2024-09-26',
    'tittel: Vitality',
    'sakstype: [Orientering]',
    'konklusjon: Tas til orientering.',
    '---',
    '## Bakgrunn',
    '',
    'Prosjektet orienterer om status.',
  ),
};

/** The base files with an example's changes applied. */
export function exampleRepository(files: ExampleFiles): ExampleFiles {
  const merged: ExampleFiles = { ...BASE_FILES };
  for (const [path, text] of Object.entries(files)) {
    if (text === null) delete merged[path];
    else merged[path] = text;
  }
  return merged;
}
