import { defineRule } from './rule.js';
import { lines } from './fixture.js';

export default defineRule({
  meta: {
    id: 'file-location',
    severity: 'warning',
    scope: 'file',
    description: {
      nb: 'Filer ligger der hf leter: cases/<organ>/<år>/, cases/<organ>/ko/, meetings/<organ>/, plans/<plan>/ (for eksempel plans/2025/ eller plans/2025-2027/) og mandates/. Kopier fra synkroniseringskonflikter («navn (1).md») og symbolske lenker rapporteres og leses ikke.',
      en: 'Files live where hf looks: cases/<body>/<year>/, cases/<body>/ko/, meetings/<body>/, plans/<plan>/ (for example plans/2025/ or plans/2025-2027/) and mandates/. Sync-conflict copies ("name (1).md") and symbolic links are reported and not read.',
    },
    messages: {
      unknown: { nb: 'hf vet ikke hva denne filen er ut fra hvor den ligger', en: 'hf does not know what this file is from where it lies' },
      syncConflict: { nb: 'Filen ser ut som en kopi fra en synkroniseringskonflikt og leses ikke', en: 'The file looks like a copy from a sync conflict and is not read' },
      symlink: { nb: 'Dette er en symbolsk lenke, og hf leser ikke det den peker på', en: 'This is a symbolic link, and hf does not read what it points to' },
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
          name: 'A symbolic link to a file outside the repository',
          files: { 'cases/ssu/2024/2024.3-lenke.md': { symlink: '../../../../notater/sak.md' } },
          expect: [{ file: 'cases/ssu/2024/2024.3-lenke.md', line: 1, column: 1, messageId: 'symlink' }],
        },
      ],
    },
  },
});
