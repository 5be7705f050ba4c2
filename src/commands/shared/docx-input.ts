/** Reading a Word file named on the command line, for the import commands: every failure is a usage error naming the file. */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { DocxError, MAX_TOTAL_BYTES, openDocx, type DocxPackage } from '../../docx/package.js';
import { translator, type Catalogue, type Lang } from '../../i18n/lang.js';
import { UsageError } from './context.js';

const messages = {
  missing: { nb: 'Fant ikke filen `{file}`', en: 'The file `{file}` was not found' },
  missingHint: { nb: 'Sjekk stien; den regnes fra mappen du står i.', en: 'Check the path; it is relative to the current folder.' },
  notFile: { nb: '`{file}` er ikke en fil', en: '`{file}` is not a file' },
  tooLarge: { nb: '`{file}` er for stor til å leses inn (over {mb} MB)', en: '`{file}` is too large to read (over {mb} MB)' },
  notDocx: { nb: '`{file}` er ikke et Word-dokument (.docx)', en: '`{file}` is not a Word document (.docx)' },
  notDocxHint: {
    nb: 'Lagre dokumentet som «Word-dokument (.docx)» i Word eller LibreOffice, og prøv igjen. Eldre .doc-filer og PDF kan ikke leses.',
    en: 'Save the document as "Word Document (.docx)" in Word or LibreOffice and try again. Older .doc files and PDF cannot be read.',
  },
  encrypted: { nb: '`{file}` er passordbeskyttet', en: '`{file}` is protected by a password' },
  encryptedHint: { nb: 'Fjern passordet i Word (Fil → Info → Beskytt dokument), lagre, og prøv igjen.', en: 'Remove the password in Word (File → Info → Protect Document), save, and try again.' },
  broken: { nb: '`{file}` er skadet: {part} kan ikke leses', en: '`{file}` is damaged: {part} cannot be read' },
  brokenHint: { nb: 'Åpne dokumentet i Word eller LibreOffice og lagre det på nytt.', en: 'Open the document in Word or LibreOffice and save it again.' },
} satisfies Catalogue;

/** Opens the .docx at `file` (relative to `cwd`). */
export function readDocxFile(cwd: string, file: string, lang: Lang): DocxPackage {
  const m = translator(messages, lang);
  const abs = resolve(cwd, file);
  let size: number;
  try {
    const stat = statSync(abs);
    if (!stat.isFile()) throw new UsageError(m('notFile', { file }));
    size = stat.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(m('missing', { file }), m('missingHint'));
  }
  if (size > MAX_TOTAL_BYTES) throw new UsageError(m('tooLarge', { file, mb: MAX_TOTAL_BYTES / 1024 / 1024 }));
  try {
    return openDocx(readFileSync(abs));
  } catch (error) {
    if (!(error instanceof DocxError)) throw error;
    switch (error.problem) {
      case 'encrypted':
        throw new UsageError(m('encrypted', { file }), m('encryptedHint'));
      case 'too-large':
        throw new UsageError(m('tooLarge', { file, mb: MAX_TOTAL_BYTES / 1024 / 1024 }));
      case 'bad-xml':
        throw new UsageError(m('broken', { file, part: error.part ?? '' }), m('brokenHint'));
      default:
        throw new UsageError(m('notDocx', { file }), m('notDocxHint'));
    }
  }
}
