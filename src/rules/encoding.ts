import { defineRule } from './rule.js';
import { BASE_FILES } from './fixture.js';

/** Windows-1252 bytes for "tittel: Møte" — an `ø` saved by an old editor. */
const CP1252 = Buffer.from([...Buffer.from('---\norgan: SSU\ntittel: M'), 0xf8, ...Buffer.from('te\n---\n')]).toString('base64');
const UTF16 = Buffer.from('\ufeff---\norgan: SSU\n---\n', 'utf16le').toString('base64');
/** A NUL byte in a title: a binary file, or a text damaged on the way. */
const NUL = Buffer.from('---\norgan: SSU\ntittel: M\0te\n---\n').toString('base64');

export default defineRule({
  meta: {
    id: 'encoding',
    severity: 'error',
    scope: 'file',
    description: {
      nb: 'Filen må være UTF-8-tekst. Windows-1252, UTF-16 og binærfiler rapporteres i stedet for å bli lest feil.',
      en: 'A file must be UTF-8 text. Windows-1252, UTF-16 and binary files are reported instead of being misread.',
    },
    messages: {
      encoding: { nb: 'Filen er ikke gyldig UTF-8', en: 'The file is not valid UTF-8' },
      utf16: { nb: 'Filen er lagret som UTF-16, ikke UTF-8', en: 'The file is saved as UTF-16, not UTF-8' },
      binary: { nb: 'Filen inneholder NUL-tegn og ser ut som en binærfil', en: 'The file contains NUL bytes and looks like a binary file' },
    },
    hints: {
      encoding: {
        nb: 'Filen er trolig lagret som Windows-1252 (ANSI). Åpne den i editoren og lagre med tegnkoding «UTF-8».',
        en: 'The file is probably saved as Windows-1252 (ANSI). Open it in the editor and save it with the "UTF-8" encoding.',
      },
      utf16: { nb: 'Lagre filen på nytt med tegnkoding «UTF-8».', en: 'Save the file again with the "UTF-8" encoding.' },
      binary: {
        nb: 'Vedlegg som PDF og Word hører ikke hjemme som .md-filer; legg dem i en vedleggsmappe og vis til dem med vedlegg.fil.',
        en: 'Attachments such as PDF and Word files do not belong in .md files; put them in an attachments folder and refer to them with vedlegg.fil.',
      },
    },
    examples: {
      valid: [{ name: 'UTF-8 with Norwegian letters', files: BASE_FILES }],
      invalid: [
        {
          name: 'Windows-1252 file',
          files: { 'cases/ssu/2024/2024.3-mote.md': { base64: CP1252 } },
          expect: [{ file: 'cases/ssu/2024/2024.3-mote.md', line: 3, column: 10, messageId: 'encoding' }],
        },
        {
          name: 'UTF-16 file',
          files: { 'cases/ssu/2024/2024.3-mote.md': { base64: UTF16 } },
          expect: [{ file: 'cases/ssu/2024/2024.3-mote.md', line: 1, column: 1, messageId: 'utf16' }],
        },
        {
          name: 'A NUL byte',
          files: { 'cases/ssu/2024/2024.3-mote.md': { base64: NUL } },
          expect: [{ file: 'cases/ssu/2024/2024.3-mote.md', line: 3, column: 10, messageId: 'binary' }],
        },
      ],
    },
  },
});
