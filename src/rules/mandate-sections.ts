import { defineRule } from './rule.js';
import { lines } from './fixture.js';

/**
 * The sections every mandate has, in this order (the seed mandate numbers them
 * 1–7; Referanser and Vedlegg are optional). A heading counts when its text,
 * without a leading number, is the name or starts with it ("4. Struktur og
 * møtehyppighet").
 */
export const REQUIRED_SECTIONS = ['Bakgrunn', 'Mandat', 'Sammensetning', 'Struktur', 'Rapportering'] as const;

/** The required section a heading stands for, or undefined. */
export function sectionOf(headingText: string): (typeof REQUIRED_SECTIONS)[number] | undefined {
  const text = headingText
    .trim()
    .replace(/^\d+(\.\d+)*\.?\s*/, '')
    .toLowerCase();
  return REQUIRED_SECTIONS.find((s) => {
    const name = s.toLowerCase();
    return text === name || (text.startsWith(name) && /^[\s:,–-]/.test(text.slice(name.length)));
  });
}

const MANDATE = (...body: string[]) => lines('---', 'organ: SSU', 'status: utkast', '---', ...body);

export default defineRule({
  meta: {
    id: 'mandate-sections',
    severity: 'error',
    scope: 'repository',
    description: {
      nb: 'Et mandat har avsnittene Bakgrunn, Mandat, Sammensetning, Struktur og Rapportering som overskrifter (nivå 1 eller 2, gjerne nummerert «## 1. Bakgrunn»), i den rekkefølgen. Referanser og Vedlegg kan følge. Overskriftene leses fra Markdown-syntakstreet, så tekst som bare ser ut som en overskrift teller ikke.',
      en: 'A mandate has the sections Bakgrunn, Mandat, Sammensetning, Struktur and Rapportering as headings (level 1 or 2, usually numbered "## 1. Bakgrunn"), in that order. Referanser and Vedlegg may follow. Headings are read from the Markdown syntax tree, so text that only looks like a heading does not count.',
    },
    messages: {
      missing: { nb: 'Mandatet mangler avsnittet «{section}»', en: 'The mandate lacks the section "{section}"' },
      missingLast: { nb: 'Mandatet mangler avsnittet «{section}»', en: 'The mandate lacks the section "{section}"' },
      order: { nb: 'Avsnittet «{section}» står etter «{after}», men skal komme før', en: 'The section "{section}" comes after "{after}" but belongs before it' },
    },
    hints: {
      missing: { nb: 'Legg til overskriften `## {number}. {section}` foran «{next}».', en: 'Add the heading `## {number}. {section}` before "{next}".' },
      missingLast: { nb: 'Legg til overskriften `## {number}. {section}` etter de andre avsnittene.', en: 'Add the heading `## {number}. {section}` after the other sections.' },
      order: { nb: 'Rekkefølgen er {sections}.', en: 'The order is {sections}.' },
    },
    examples: {
      valid: [
        {
          name: 'The seven numbered sections of the seed mandate',
          files: {
            'mandates/ssu.md': MANDATE('## 1. Bakgrunn', '', '## 2. Mandat', '', '### Oppgaver', '', '## 3. Sammensetning', '', '## 4. Struktur og møtehyppighet', '', '## 5. Rapportering', '', '## 6. Referanser', '', '## 7. Vedlegg'),
          },
        },
      ],
      invalid: [
        {
          name: 'Struktur is missing and Mandat comes after Sammensetning; "Rapportering" in a code block is no heading',
          files: {
            'mandates/ssu.md': MANDATE('## 1. Bakgrunn', '', '## 2. Sammensetning', '', '## 3. Mandat', '', '```', '## 5. Rapportering', '```', '', '## 4. Rapportering'),
          },
          expect: [
            { file: 'mandates/ssu.md', line: 9, column: 1, messageId: 'order' },
            { file: 'mandates/ssu.md', line: 15, column: 1, messageId: 'missing' },
          ],
        },
        {
          name: 'Rapportering is missing at the end (reported after the last line)',
          files: { 'mandates/ssu.md': MANDATE('## 1. Bakgrunn', '## 2. Mandat', '## 3. Sammensetning', '## 4. Struktur', '') },
          expect: [{ file: 'mandates/ssu.md', line: 8, column: 15, messageId: 'missingLast' }],
        },
      ],
    },
  },
  check(ctx) {
    for (const mandate of ctx.repo.mandates) {
      const file = ctx.repo.files.get(mandate.file);
      // The headings come from the remark syntax tree of the body, built while the file
      // was loaded (repo/headings.ts); offsets are into the body.
      const headings = file?.facts?.headings;
      if (!file || !headings) continue;
      const found: { section: (typeof REQUIRED_SECTIONS)[number]; offset: number }[] = [];
      for (const [text, offset] of headings.list) {
        const section = sectionOf(text);
        if (section && !found.some((f) => f.section === section)) found.push({ section, offset });
      }
      const pos = (offset: number) => ctx.positionAt(mandate.file, file.bodyOffset + offset);
      const rank = (s: string) => REQUIRED_SECTIONS.indexOf(s as (typeof REQUIRED_SECTIONS)[number]);
      found.forEach((f, i) => {
        const before = found.slice(0, i).find((g) => rank(g.section) > rank(f.section));
        if (before) {
          ctx.report({ messageId: 'order', file: mandate.file, ...pos(f.offset), data: { section: f.section, after: before.section, sections: REQUIRED_SECTIONS.join(', ') } });
        }
      });
      REQUIRED_SECTIONS.forEach((section, i) => {
        if (found.some((f) => f.section === section)) return;
        const next = found.filter((f) => rank(f.section) > i).sort((a, b) => a.offset - b.offset)[0];
        if (next) ctx.report({ messageId: 'missing', file: mandate.file, ...pos(next.offset), data: { section, number: i + 1, next: next.section } });
        else ctx.report({ messageId: 'missingLast', file: mandate.file, ...pos(headings.end), data: { section, number: i + 1 } });
      });
    }
  },
});
