import { defineRule } from './rule.js';
import { BASE_CONFIG, lines } from './fixture.js';

const CASE = 'cases/ssu/2024/2024.3-test.md';

export default defineRule({
  meta: {
    id: 'yaml',
    severity: 'error',
    scope: 'file',
    description: {
      nb: 'Frontmatter og hf.yaml er YAML 1.2 (kjerneskjema) uten ankere, aliaser, flettenøkler og tagger. Feil og advarsler fra YAML-leseren er feil.',
      en: 'Frontmatter and hf.yaml are YAML 1.2 (core schema) without anchors, aliases, merge keys and tags. Errors and warnings from the YAML parser are errors.',
    },
    messages: {
      syntax: { nb: 'YAML-feil: {detail}', en: 'YAML error: {detail}' },
      indent: { nb: 'Feil innrykk eller et felt som ikke står på egen linje', en: 'Wrong indentation, or a field that is not on its own line' },
      quote: { nb: 'Et anførselstegn åpnes her, men lukkes aldri', en: 'A quotation mark opens here but is never closed' },
      bracket: { nb: 'En klamme åpnes her, men lukkes aldri', en: 'A bracket opens here but is never closed' },
      tab: { nb: 'Tabulator brukt som innrykk; YAML krever mellomrom', en: 'A tab is used for indentation; YAML requires spaces' },
      'multiple-docs': { nb: 'Frontmatter inneholder flere YAML-dokumenter (en linje med --- for mye)', en: 'The frontmatter holds several YAML documents (one --- line too many)' },
      invisible: { nb: 'YAML-feil på en linje med usynlige tegn ({invisible})', en: 'YAML error on a line with invisible characters ({invisible})' },
      'duplicate-key': { nb: 'Feltet `{key}` står to ganger', en: 'The field `{key}` appears twice' },
      alias: { nb: 'Ankere og aliaser (&navn, *navn) er ikke tillatt', en: 'Anchors and aliases (&name, *name) are not allowed' },
      tag: { nb: 'YAML-taggen `{detail}` er ikke tillatt', en: 'The YAML tag `{detail}` is not allowed' },
      merge: { nb: 'Flettenøkkelen `<<` er ikke tillatt', en: 'The merge key `<<` is not allowed' },
      'too-large': { nb: 'Frontmatter er for stor ({detail}) og leses ikke', en: 'The frontmatter is too large ({detail}) and is not read' },
      'too-deep': { nb: 'Frontmatter er nestet for dypt ({detail}) og leses ikke', en: 'The frontmatter is nested too deeply ({detail}) and is not read' },
      firstDefined: { nb: 'først skrevet her', en: 'first written here' },
    },
    hints: {
      syntax: {
        nb: 'Sjekk innrykk og kolon: hvert felt skrives `nøkkel: verdi` med mellomrom etter kolon. Sett tekst med kolon eller # i anførselstegn.',
        en: 'Check indentation and colons: each field is `key: value` with a space after the colon. Quote text containing a colon or #.',
      },
      indent: {
        nb: 'Hvert felt står på egen linje som `nøkkel: verdi`; underpunkter rykkes inn med mellomrom under feltet de hører til. Sjekk denne og neste linje.',
        en: 'Each field is on its own line as `key: value`; sub-items are indented with spaces under their field. Check this line and the next.',
      },
      quote: { nb: 'Avslutt teksten med samme anførselstegn som den begynner med.', en: 'End the text with the same quotation mark it starts with.' },
      bracket: { nb: 'Lister skrives [a, b] på én linje; legg til ] eller } der listen slutter.', en: 'Lists are written [a, b] on one line; add ] or } where the list ends.' },
      tab: { nb: 'Erstatt tabulatoren med mellomrom.', en: 'Replace the tab with spaces.' },
      'multiple-docs': { nb: 'Frontmatter slutter ved første linje med ---; fjern de ekstra linjene.', en: 'The frontmatter ends at the first --- line; remove the extra lines.' },
      invisible: {
        nb: 'Linjen har tegn som ikke synes, ofte limt inn fra Word: {invisible}. Skriv linjen på nytt for hånd.',
        en: 'The line has characters you cannot see, often pasted from Word: {invisible}. Type the line again by hand.',
      },
      'duplicate-key': { nb: 'Slett det ene feltet, eller slå dem sammen.', en: 'Delete one of the fields, or merge them.' },
      alias: { nb: 'Skriv verdien ut der den trengs.', en: 'Write the value out where it is needed.' },
      tag: { nb: 'Fjern taggen (ordet som begynner med !) og skriv verdien som vanlig tekst.', en: 'Remove the tag (the word starting with !) and write the value as plain text.' },
      merge: { nb: 'Skriv feltene ut i stedet for å flette dem inn.', en: 'Write the fields out instead of merging them in.' },
      'too-large': { nb: 'Lange tekster hører hjemme i Markdown-teksten under frontmatter.', en: 'Long texts belong in the Markdown text below the frontmatter.' },
      'too-deep': { nb: 'Frontmatter skal ha få nivåer; sjekk at ingen klammer står åpne.', en: 'Frontmatter should have few levels; check that no brackets are left open.' },
    },
    examples: {
      valid: [{ name: 'Dates, times and "no" stay text', files: { [CASE]: lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: no', 'konklusjon: "Kl. 12:30: ok"', '---') } }],
      invalid: [
        {
          name: 'An unclosed quotation mark',
          files: { [CASE]: lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'tittel: "Uavsluttet', '---') },
          expect: [{ file: CASE, line: 4, column: 9, messageId: 'quote' }],
        },
        {
          name: 'Wrong indentation',
          files: { [CASE]: lines('---', 'saksnr: "2024.3"', 'organ: SSU', '  møte: 2024-09-26', 'tittel: X', '---') },
          expect: [{ file: CASE, line: 3, column: 8, messageId: 'indent' }],
        },
        {
          name: 'Unbalanced brackets',
          files: { [CASE]: lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: X', 'sakstype: [Orientering', '---') },
          expect: [{ file: CASE, line: 6, column: 11, messageId: 'bracket' }],
        },
        {
          name: 'Duplicate key points back to the first',
          files: { [CASE]: lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: En', 'tittel: To', '---') },
          expect: [{ file: CASE, line: 6, column: 1, messageId: 'duplicate-key', related: [{ file: CASE, line: 5, column: 1, messageId: 'firstDefined' }] }],
        },
        {
          name: 'Alias',
          files: { [CASE]: lines('---', 'saksnr: "2024.3"', 'organ: &o SSU', 'møte: 2024-09-26', 'tittel: *o', '---') },
          expect: [
            { file: CASE, line: 3, column: 8, messageId: 'alias' },
            { file: CASE, line: 5, column: 9, messageId: 'alias' },
          ],
        },
        {
          name: 'A custom tag',
          files: { [CASE]: lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: !!js/function "function () {}"', '---') },
          expect: [{ file: CASE, line: 5, column: 9, messageId: 'tag' }],
        },
        {
          name: 'A no-break space after the colon (pasted from Word)',
          files: { [CASE]: lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'tittel:\u00a0Vitality', 'møte: 2024-09-26', '---') },
          expect: [{ file: CASE, line: 4, column: 1, messageId: 'invisible' }],
        },
        {
          name: 'A value starting with a character YAML reserves',
          files: { [CASE]: lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: `Vitality`', '---') },
          expect: [{ file: CASE, line: 5, column: 9, messageId: 'syntax' }],
        },
        {
          name: 'A tab as indentation',
          files: { [CASE]: lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'tittel: X', 'sakstype:', '\t- Orientering', '---') },
          expect: [{ file: CASE, line: 6, column: 1, messageId: 'tab' }],
        },
        {
          name: 'A merge key',
          files: { [CASE]: lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'tittel: X', 'vedlegg:', '  - <<: {tittel: Vedlegg}', '---') },
          expect: [{ file: CASE, line: 6, column: 5, messageId: 'merge' }],
        },
        {
          name: 'A second document in hf.yaml',
          files: { 'hf.yaml': BASE_CONFIG + lines('---', 'navn: Et annet fellesskap') },
          expect: [{ file: 'hf.yaml', line: 24, column: 1, messageId: 'multiple-docs' }],
        },
        {
          name: 'Brackets nested deeper than 64 levels',
          files: { [CASE]: lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'tittel: ' + '['.repeat(70) + ']'.repeat(70), '---') },
          expect: [{ file: CASE, line: 4, column: 73, messageId: 'too-deep' }],
        },
        {
          name: 'A frontmatter of more than 256 KiB',
          files: { [CASE]: lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'tittel: ' + 'x'.repeat(300_000), '---') },
          expect: [{ file: CASE, line: 2, column: 1, messageId: 'too-large' }],
        },
      ],
    },
  },
});
