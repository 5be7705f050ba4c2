import { defineRule } from './rule.js';
import { BASE_CONFIG, lines } from './fixture.js';

const CASE = 'cases/ssu/2024/2024.3-test.md';

export default defineRule({
  meta: {
    id: 'schema',
    severity: 'error',
    scope: 'file',
    description: {
      nb: 'Feltene i hver fil følger JSON-skjemaene i schemas/ (hf.schema.json, case, meeting, plan, plan-row, mandate). Editorer som forstår JSON Schema viser de samme reglene.',
      en: 'The fields of every file follow the JSON Schemas in schemas/ (hf.schema.json, case, meeting, plan, plan-row, mandate). Editors that understand JSON Schema show the same rules.',
    },
    messages: {
      required: { nb: 'Feltet `{property}` mangler', en: 'The field `{property}` is missing' },
      requiredIn: { nb: 'Feltet `{property}` mangler i {where}', en: 'The field `{property}` is missing in {where}' },
      unknownKey: { nb: 'Ukjent felt `{property}`', en: 'Unknown field `{property}`' },
      unknownKeySuggest: { nb: 'Ukjent felt `{property}`; mente du `{suggestion}`?', en: 'Unknown field `{property}`; did you mean `{suggestion}`?' },
      unknownKeyInvisible: {
        nb: 'Feltnavnet `{property}` inneholder et usynlig tegn ({invisible}) og er derfor ikke `{suggestion}`',
        en: 'The field name `{property}` holds an invisible character ({invisible}) and is therefore not `{suggestion}`',
      },
      type: { nb: '`{field}` skal være {expected}, men er {actual}', en: '`{field}` must be {expected}, but is {actual}' },
      enum: { nb: '`{field}` har den ukjente verdien `{value}`', en: '`{field}` has the unknown value `{value}`' },
      pattern: { nb: '`{field}` har feil form: `{value}`', en: '`{field}` has the wrong form: `{value}`' },
      impossibleDate: { nb: '`{field}` er {value}, en dato som ikke finnes i kalenderen', en: '`{field}` is {value}, a date that is not in the calendar' },
      empty: { nb: '`{field}` kan ikke være tom', en: '`{field}` cannot be empty' },
      duplicateItem: { nb: '`{field}` har samme verdi flere ganger', en: '`{field}` has the same value more than once' },
      range: { nb: '`{field}` er utenfor gyldig område: {value}', en: '`{field}` is out of range: {value}' },
      union: { nb: '`{field}` har ugyldig form', en: '`{field}` has an invalid form' },
      other: { nb: '`{field}`: {detail}', en: '`{field}`: {detail}' },
    },
    hints: {
      unknownKey: { nb: 'Tillatte felt her: {allowed}.', en: 'Fields allowed here: {allowed}.' },
      unknownKeySuggest: { nb: 'Rett skrivefeilen, eller fjern feltet.', en: 'Fix the spelling, or remove the field.' },
      enum: { nb: 'Tillatte verdier: {allowed}.', en: 'Allowed values: {allowed}.' },
      pattern: { nb: '{description}', en: '{descriptionEn}' },
      impossibleDate: { nb: 'Måneden er 01–12, og dagen en dag måneden har (29. februar bare i skuddår).', en: 'The month is 01–12, and the day one the month has (29 February only in a leap year).' },
      unknownKeyInvisible: {
        nb: 'Slett feltnavnet og skriv det på nytt (tegnet kommer ofte med når tekst limes inn fra Word eller en nettside).',
        en: 'Delete the field name and type it again (the character often comes along when text is pasted from Word or a web page).',
      },
      union: { nb: '{description}', en: '{descriptionEn}' },
      type: {
        nb: 'Tekst skrives som den er (sett den i anførselstegn om den kan misforstås), lister som [a, b] eller med - på hver linje.',
        en: 'Text is written as is (quote it if it could be misread), lists as [a, b] or with - on each line.',
      },
    },
    examples: {
      valid: [{ name: 'A complete case', files: {} }],
      invalid: [
        {
          name: 'A misspelt key',
          files: { [CASE]: lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'møte: 2024-09-26', 'tittle: Vitality', '---') },
          expect: [
            { file: CASE, line: 2, column: 1, messageId: 'required' },
            { file: CASE, line: 5, column: 1, messageId: 'unknownKeySuggest' },
          ],
        },
        {
          name: 'A day that does not exist',
          files: { [CASE]: lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'møte: 2024-02-30', 'tittel: Vitality', '---') },
          expect: [{ file: CASE, line: 4, column: 7, messageId: 'impossibleDate' }],
        },
        {
          name: 'A month that does not exist, in a follow-up item',
          files: { [CASE]: lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: Vitality', 'oppfølging:', '  - hva: Rapport', '    status: åpen', '    frist: 2024-13-01', '---') },
          expect: [{ file: CASE, line: 9, column: 12, messageId: 'impossibleDate' }],
        },
        {
          name: 'A known key with a zero-width space in it',
          files: { [CASE]: lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: Vitality', 'konklusjon\u200b: Tas til orientering.', '---') },
          expect: [{ file: CASE, line: 6, column: 1, messageId: 'unknownKeyInvisible' }],
        },
        {
          name: 'A date in the wrong form',
          files: { [CASE]: lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'møte: 26.09.2024', 'tittel: Vitality', '---') },
          expect: [{ file: CASE, line: 4, column: 7, messageId: 'pattern' }],
        },
        {
          name: 'Values of the wrong kind',
          files: {
            [CASE]: lines(
              '---',
              'saksnr: "2024.3"',
              'organ: SSU',
              'møte: 2024-09-26',
              'tittel: ""',
              'ansvar: Kari Nordmann',
              'fast_sak: avslutning',
              'sakstype: [Orientering, Orientering]',
              'vedlegg: -1',
              'punkter: [5]',
              'qqzzx: 1',
              'oppfølging:',
              '  - ansvar: Kari Nordmann',
              '    status: åpen',
              '---',
            ),
          },
          expect: [
            { file: CASE, line: 5, column: 9, messageId: 'empty' },
            { file: CASE, line: 6, column: 9, messageId: 'type' },
            { file: CASE, line: 7, column: 11, messageId: 'enum' },
            { file: CASE, line: 8, column: 11, messageId: 'duplicateItem' },
            { file: CASE, line: 9, column: 10, messageId: 'range' },
            { file: CASE, line: 10, column: 11, messageId: 'union' },
            { file: CASE, line: 11, column: 1, messageId: 'unknownKey' },
            { file: CASE, line: 13, column: 5, messageId: 'requiredIn' },
          ],
        },
        {
          name: 'A quorum of no one in hf.yaml',
          files: { 'hf.yaml': BASE_CONFIG.replace('    navn: Strategisk samarbeidsutvalg\n', '    navn: Strategisk samarbeidsutvalg\n    beslutningsdyktig:\n      andel: 0\n') },
          expect: [{ file: 'hf.yaml', line: 7, column: 14, messageId: 'other' }],
        },
      ],
    },
  },
});
