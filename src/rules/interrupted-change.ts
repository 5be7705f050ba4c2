import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'interrupted-change',
    severity: 'error',
    scope: 'file',
    description: {
      nb: 'En endring av flere filer (hf renumber, schedule, refer, new-meeting, plan carry-over, minutes/paper import, minutes approve) skrives alt eller ingenting, med en journal i .hf-journal/. Ble hf stoppet midt i (drept, strømbrudd), ligger journalen igjen, og filene kan være halvveis endret: da rapporteres journalen, og de andre kommandoene nekter å kjøre til `hf renumber --recover` har satt filene tilbake.',
      en: 'A change of several files (hf renumber, schedule, refer, new-meeting, plan carry-over, minutes/paper import, minutes approve) is written all or nothing, with a journal in .hf-journal/. If hf was stopped half-way (killed, a power cut), the journal remains and the files may be half changed: the journal is then reported, and the other commands refuse to run until `hf renumber --recover` has put the files back.',
    },
    messages: {
      interrupted: {
        nb: 'Endringen «{description}» ble avbrutt før den var ferdig, så filene kan være halvveis endret',
        en: 'The change "{description}" was interrupted before it finished, so the files may be half changed',
      },
    },
    hints: {
      interrupted: {
        nb: 'Kjør `hf renumber --recover` for å sette filene tilbake slik de var før endringen, og gjør så endringen på nytt.',
        en: 'Run `hf renumber --recover` to put the files back as they were before the change, then make the change again.',
      },
    },
    examples: {
      valid: [{ name: 'No change left unfinished', files: {} }],
      invalid: [
        {
          name: 'hf renumber was killed half-way',
          files: { '.hf-journal/2024-09-20T10-15-00-000Z-0a1b2c3d.json': { entry: 'journal', detail: 'hf renumber SSU 2024.2 → 2024.3' } },
          expect: [{ file: '.hf-journal/2024-09-20T10-15-00-000Z-0a1b2c3d.json', line: 1, column: 1, messageId: 'interrupted' }],
        },
      ],
    },
  },
});
