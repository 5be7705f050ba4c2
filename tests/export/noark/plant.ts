/**
 * Restricted content planted in a copy of the bundled data, for the tests that
 * search every byte of an archive package for it. Each secret is a word that
 * occurs nowhere else.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SECRETS = ['HEMMELIG-1', 'HEMMELIG-2', 'HEMMELIG-3', 'HEMMELIG-4', 'HEMMELIG-5', 'HEMMELIG-6', 'HEMMELIG-7'];

export const F30 = 'cases/ssu/2024/2024.30-samhandlingsdata-og-styringsinformasjon.md';
export const F27 = 'cases/ssu/2024/2024.27-mandat-samhandlingsforum-for-ledere-for-psykisk-helse-og-rus.md';
export const F14 = 'cases/ssu/2024/2024.14-vitality.md';
export const F31 = 'cases/ssu/2024/2024.31-midler-fra-hso.md';
export const F32 = 'cases/ssu/2024/2024.32-samhandlingsmidler-jfr-nasjonal-helse-og-samhandlingsplan.md';
/** A public attachment that is copied into the package. */
export const PUBLIC_ATTACHMENT = 'vedlegg/ssu/2024/mandat-utkast.pdf';
export const PUBLIC_ATTACHMENT_BYTES = '%PDF-1.4\n% Utkast til mandat (offentlig vedlegg)\n%%EOF\n';

/**
 * Plants: a restricted case with a public title (SSU 2024.30: secret in the
 * title, text and an attachment of its own), a restricted attachment with a file
 * (SSU 2024.27), a restricted section in a case paper (SSU 2024.32), a restricted case in earlier minutes
 * (SSU 2024.14), and a restricted section in a treatment text (SSU 2024.31).
 */
export function plantRestricted(dir: string): void {
  const edit = (file: string, f: (t: string) => string) => {
    const before = readFileSync(join(dir, file), 'utf8');
    const after = f(before);
    // A plant that does not take (the data changed under it) would make the search for it prove nothing.
    if (after === before) throw new Error(`nothing planted in ${file}`);
    writeFileSync(join(dir, file), after);
  };
  /** Adds frontmatter lines just before the closing fence. */
  const beforeClose = (t: string, lines: string) => t.replace(/^(---\n[\s\S]*?\n)(---\n)/, `$1${lines}$2`);
  mkdirSync(join(dir, 'vedlegg/ssu/2024'), { recursive: true });
  writeFileSync(join(dir, PUBLIC_ATTACHMENT), PUBLIC_ATTACHMENT_BYTES);
  writeFileSync(join(dir, 'vedlegg/ssu/2024/notat.pdf'), '%PDF-1.4\n% Notat HEMMELIG-6\n%%EOF\n');
  writeFileSync(join(dir, 'vedlegg/ssu/2024/sak-30.pdf'), '%PDF-1.4\n% Vedlegg til HEMMELIG-1\n%%EOF\n');
  edit(F30, (t) =>
    t
      .replace(
        'tittel: Samhandlingsdata og styringsinformasjon',
        'tittel: Samhandlingsdata om HEMMELIG-1\noffentlig_tittel: Samhandlingsdata\nskjerming:\n  hjemmel: offl. § 13 jf. fvl. § 13\n  til: 2034-12-31',
      )
      .replace('vedlegg:\n', 'vedlegg:\n  - tittel: Tall for HEMMELIG-1\n    fil: vedlegg/ssu/2024/sak-30.pdf\n')
      .concat('\nHEMMELIG-1 i teksten.\n'),
  );
  edit(F27, (t) =>
    t
      .replace('vedlegg:\n', `vedlegg:\n  - tittel: Notat HEMMELIG-2\n    fil: vedlegg/ssu/2024/notat.pdf\n    skjerming:\n      hjemmel: offl. § 15\n  - tittel: Mandatutkast\n    fil: ${PUBLIC_ATTACHMENT}\n`),
  );
  edit(F32, (t) => t.replace('## Forslag til vedtak', '::: skjermet offl. § 13\nHEMMELIG-3\n:::\n\n## Forslag til vedtak'));
  edit(F14, (t) => t.replace('konklusjon: Presentasjonen', 'skjerming:\n  hjemmel: offl. § 13\noffentlig_tittel: Vitality\nkonklusjon: HEMMELIG-4 Presentasjonen'));
  edit(F31, (t) => beforeClose(t, 'behandling: |\n  Orientering om tildelingene.\n\n  ::: skjermet offl. § 13\n  HEMMELIG-5 og HEMMELIG-7\n  :::\n'));
}

/**
 * The conclusions of a meeting as the secretary records them afterwards (the seeds
 * hold SSU 26.09.24's notice but not its minutes): every case of the meeting
 * without one gets a conclusion, so the minutes are final and go into the archive.
 */
export function concludeMeeting(dir: string, body: string, date: string): void {
  const folder = join(dir, 'cases', body.toLowerCase(), date.slice(0, 4));
  for (const name of readdirSync(folder)) {
    const file = join(folder, name);
    const text = readFileSync(file, 'utf8');
    if (!text.includes(`\nmøte: ${date}\n`) || /\nkonklusjon:/.test(text) || /\nfast_sak: eventuelt\n/.test(text)) continue;
    writeFileSync(file, text.replace(/\n---\n/, '\nkonklusjon: Tatt til orientering.\n---\n'));
  }
}
