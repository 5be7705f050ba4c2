/**
 * A case as people name it on the command line: `SSU 2024.28` as two words or
 * one ("SSU 2024.28"), `SSU-sak 2024.28`, or `2024.30` alone when only one body
 * has a case with that number (otherwise the error lists the candidates). Found
 * from the file names of the body folders, without reading the cases.
 */
import { translator, type Catalogue, type Lang } from '../../i18n/lang.js';
import { formatCaseNumber, parseCaseNumber, type CaseRef } from '../../model/case-number.js';
import type { Body } from '../../model/types.js';
import { caseFilesWithNumber } from '../../repo/numbering.js';
import { UsageError } from './context.js';

const m = {
  badCase: { nb: '`{text}` er ikke en sak; skriv organ og saksnummer', en: '`{text}` is not a case; give the body and the case number' },
  badCaseHint: { nb: 'For eksempel {usage} SSU 2024.30, eller {usage} 2024.30 når bare ett organ har det nummeret.', en: 'For example {usage} SSU 2024.30, or {usage} 2024.30 when only one body has that number.' },
  badNumber: { nb: '`{number}` er ikke et saksnummer', en: '`{number}` is not a case number' },
  badNumberHint: { nb: 'Et saksnummer er år og løpenummer, for eksempel 2024.30.', en: 'A case number is a year and a sequence number, for example 2024.30.' },
  unknownBody: { nb: 'Ukjent organ `{body}`', en: 'Unknown body `{body}`' },
  unknownBodyHint: { nb: 'Organene i hf.yaml er {codes}.', en: 'The bodies in hf.yaml are {codes}.' },
  noneWithNumber: { nb: 'Ingen organ har en sak {number}', en: 'No body has a case {number}' },
  noneWithNumberHint: { nb: 'Skriv organet også, for eksempel {usage} SSU {number}.', en: 'Give the body too, for example {usage} SSU {number}.' },
  several: { nb: 'Saksnummer {number} finnes i flere organer: {refs}', en: 'Case number {number} exists in more than one body: {refs}' },
  severalHint: { nb: 'Skriv organet også, for eksempel {usage} {first}.', en: 'Give the body too, for example {usage} {first}.' },
} satisfies Catalogue;

/**
 * The case that `words` name, with the body's code as hf.yaml writes it.
 * `usage` is the command as the user would type it (`hf paper`), for the hints.
 */
export function caseArg(words: readonly string[], root: string, bodies: readonly Body[], lang: Lang, usage: string): CaseRef {
  const t = translator(m, lang);
  // Quotes a shell kept (Windows' cmd does) are not part of the case.
  const text = words.join(' ').replace(/\s+/g, ' ').trim().replace(/^["'«“”]+|["'»“”]+$/g, '').trim();
  // "SSU-sak 2024.17", "sak 2024.17": the word sak belongs to the wording, not to the body or the number.
  const tokens = text.replace(/-sak\b/i, '').split(' ').filter((w) => !/^sak$/i.test(w));
  const numberText = tokens[tokens.length - 1] ?? '';
  if (tokens.length === 0 || tokens.length > 2 || !/^\d+\.\d+$/.test(numberText)) throw new UsageError(t('badCase', { text }), t('badCaseHint', { usage }));
  const number = parseCaseNumber(numberText);
  if (!number) throw new UsageError(t('badNumber', { number: numberText }), t('badNumberHint'));
  const shown = formatCaseNumber(number);
  if (tokens.length === 1) {
    const found = bodies.filter((b) => caseFilesWithNumber(root, b.code, number).length > 0).map((b) => ({ body: b.code, number }));
    if (found.length === 1) return found[0]!;
    if (found.length === 0) throw new UsageError(t('noneWithNumber', { number: shown }), t('noneWithNumberHint', { usage, number: shown }));
    const refs = found.map((r) => `${r.body} ${shown}`);
    throw new UsageError(t('several', { number: shown, refs: refs.join(', ') }), t('severalHint', { usage, first: refs[0] }));
  }
  const code = tokens[0]!;
  const body = bodies.find((b) => b.code.toUpperCase() === code.toUpperCase());
  if (!body) throw new UsageError(t('unknownBody', { body: code }), t('unknownBodyHint', { codes: bodies.map((b) => b.code).join(', ') }));
  return { body: body.code, number };
}
