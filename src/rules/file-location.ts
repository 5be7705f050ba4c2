import { defineRule } from './rule.js';
import { lines } from './fixture.js';

export default defineRule({
  meta: {
    id: 'file-location',
    severity: 'warning',
    scope: 'file',
    description: {
      nb: 'Filer ligger der hf leter: cases/<organ>/<år>/, cases/<organ>/ko/, meetings/<organ>/, plans/<plan>/ (for eksempel plans/2025/ eller plans/2025-2027/) og mandates/. Kopier fra synkroniseringskonflikter («navn (1).md»), symbolske lenker (hf følger dem aldri), mapper med navn som en Markdown-fil, ting som verken er filer eller mapper, Markdown-filer med en annen endelse enn .md (.MD, .markdown) og filer der hf venter en mappe rapporteres og leses ikke.',
      en: 'Files live where hf looks: cases/<body>/<year>/, cases/<body>/ko/, meetings/<body>/, plans/<plan>/ (for example plans/2025/ or plans/2025-2027/) and mandates/. Sync-conflict copies ("name (1).md"), symbolic links (hf never follows them), folders named like a Markdown file, entries that are neither files nor folders, Markdown files with another extension than .md (.MD, .markdown) and files where hf expects a folder are reported and not read.',
    },
    messages: {
      unknown: { nb: 'hf vet ikke hva denne filen er ut fra hvor den ligger', en: 'hf does not know what this file is from where it lies' },
      syncConflict: { nb: 'Filen ser ut som en kopi fra en synkroniseringskonflikt og leses ikke', en: 'The file looks like a copy from a sync conflict and is not read' },
      symlink: { nb: 'Dette er en symbolsk lenke, og hf leser ikke det den peker på', en: 'This is a symbolic link, and hf does not read what it points to' },
      folder: { nb: 'Dette er en mappe med navn som en Markdown-fil, og hf leser den ikke', en: 'This is a folder named like a Markdown file, and hf does not read it' },
      special: { nb: 'Dette er verken en fil eller en mappe (for eksempel en FIFO), og hf leser det ikke', en: 'This is neither a file nor a folder (a FIFO, for example), and hf does not read it' },
      extension: { nb: 'hf leser bare filer som slutter på .md med små bokstaver, så denne filen blir ikke lest', en: 'hf reads only files ending in .md in lower case, so this file is not read' },
      notFolder: { nb: 'hf venter en mappe her (et organ, et år eller en plan), men dette er en fil', en: 'hf expects a folder here (a body, a year or a plan), but this is a file' },
    },
    hints: {
      unknown: {
        nb: 'Flytt saken til cases/<organ>/<år>/, møtet til meetings/<organ>/ eller planraden til plans/<plan>/.',
        en: 'Move the case to cases/<body>/<year>/, the meeting to meetings/<body>/ or the plan row to plans/<plan>/.',
      },
      syncConflict: {
        nb: 'Sammenlign med originalen, ta vare på endringene som mangler der, og slett kopien.',
        en: 'Compare it with the original, keep the changes missing there, and delete the copy.',
      },
      symlink: { nb: 'Erstatt lenken med en vanlig fil eller mappe i repoet.', en: 'Replace the link with an ordinary file or folder in the repository.' },
      folder: {
        nb: 'Er det en sak eller et møte, skal det være en fil; ellers gi mappen et annet navn eller fjern den (en tom mappe med et saksnummer i navnet holder av nummeret).',
        en: 'A case or a meeting is a file; otherwise rename or remove the folder (an empty folder with a case number in its name holds that number).',
      },
      special: { nb: 'Fjern det, eller legg en vanlig fil der.', en: 'Remove it, or put an ordinary file there.' },
      extension: { nb: 'Gi filen endelsen .md (for eksempel `2024.5-budsjett.md`).', en: 'Give the file the extension .md (for example `2024.5-budsjett.md`).' },
      notFolder: { nb: 'Flytt filen dit den hører hjemme, eller fjern den.', en: 'Move the file where it belongs, or remove it.' },
    },
    examples: {
      valid: [{ name: 'Files in their folders', files: {} }],
      invalid: [
        {
          name: 'A case directly under the body folder',
          files: { 'cases/ssu/2024.3-feil-sted.md': lines('---', 'organ: SSU', 'tittel: Feil sted', '---') },
          expect: [{ file: 'cases/ssu/2024.3-feil-sted.md', line: 1, column: 1, messageId: 'unknown' }],
        },
        {
          name: 'A sync-conflict copy',
          files: { 'cases/ssu/2024/2024.2-vitality (1).md': lines('---', 'saksnr: "2024.2"', 'organ: SSU', 'tittel: Vitality', '---') },
          expect: [{ file: 'cases/ssu/2024/2024.2-vitality (1).md', line: 1, column: 1, messageId: 'syncConflict' }],
        },
        {
          name: 'A case file that is a symbolic link',
          files: { 'cases/ssu/2024/2024.3-lenke.md': { entry: 'symlink' } },
          expect: [{ file: 'cases/ssu/2024/2024.3-lenke.md', line: 1, column: 1, messageId: 'symlink' }],
        },
        {
          name: 'An empty folder named like a case file',
          files: { 'cases/ssu/2024/2024.5-budsjett.md': { entry: 'folder' } },
          expect: [{ file: 'cases/ssu/2024/2024.5-budsjett.md', line: 1, column: 1, messageId: 'folder' }],
        },
        {
          name: 'A FIFO named like a meeting file',
          files: { 'meetings/ssu/2024-11-28.md': { entry: 'special' } },
          expect: [{ file: 'meetings/ssu/2024-11-28.md', line: 1, column: 1, messageId: 'special' }],
        },
        {
          name: 'A case saved as .MD',
          files: { 'cases/ssu/2024/2024.3-budsjett.MD': { entry: 'extension' } },
          expect: [{ file: 'cases/ssu/2024/2024.3-budsjett.MD', line: 1, column: 1, messageId: 'extension' }],
        },
        {
          name: 'A file where the year folder should be',
          files: { 'cases/ssu/2025': { entry: 'notFolder' } },
          expect: [{ file: 'cases/ssu/2025', line: 1, column: 1, messageId: 'notFolder' }],
        },
      ],
    },
  },
});
