import type { Mandate } from '../model/types.js';
import { bodyFolder } from '../repo/paths.js';
import { defineRule } from './rule.js';
import { lines } from './fixture.js';

const SECTIONS = ['## 1. Bakgrunn', '## 2. Mandat', '## 3. Sammensetning', '## 4. Struktur', '## 5. Rapportering'];

export default defineRule({
  meta: {
    id: 'mandate-unique',
    severity: 'error',
    scope: 'repository',
    description: {
      nb: 'Hvert organ har høyst ett mandat, i mandates/<organ>.md (organkoden med små bokstaver). En ny versjon erstatter den gamle i samme fil; git tar vare på historikken.',
      en: 'Each body has at most one mandate, in mandates/<body>.md (the body code in lower case). A new version replaces the old one in the same file; git keeps the history.',
    },
    messages: {
      duplicate: { nb: 'Organet {body} har mer enn ett mandat', en: 'The body {body} has more than one mandate' },
      alsoHere: { nb: 'også mandat her', en: 'also a mandate here' },
      fileName: { nb: 'Mandatet for {body} skal ligge i {expected}', en: 'The mandate of {body} belongs in {expected}' },
    },
    hints: {
      duplicate: { nb: 'Behold gjeldende versjon i mandates/{folder}.md og slett den andre; versjonen før finnes i git.', en: 'Keep the current version in mandates/{folder}.md and delete the other; git has the earlier version.' },
      fileName: { nb: 'Gi filen navnet {expected}, eller rett organ.', en: 'Rename the file to {expected}, or correct organ.' },
    },
    examples: {
      valid: [{ name: 'One mandate for SSU', files: { 'mandates/ssu.md': lines('---', 'organ: SSU', 'status: utkast', '---', ...SECTIONS) } }],
      invalid: [
        {
          name: 'A second SSU mandate in a file named after another body',
          files: {
            'mandates/ssu.md': lines('---', 'organ: SSU', 'status: utkast', '---', ...SECTIONS),
            'mandates/fsu.md': lines('---', 'organ: SSU', 'status: utkast', '---', ...SECTIONS),
          },
          expect: [
            { file: 'mandates/fsu.md', line: 2, column: 8, messageId: 'duplicate', related: [{ file: 'mandates/ssu.md', line: 2, column: 8, messageId: 'alsoHere' }] },
            { file: 'mandates/fsu.md', line: 2, column: 8, messageId: 'fileName' },
          ],
        },
      ],
    },
  },
  check(ctx) {
    const byBody = new Map<string, Mandate[]>();
    for (const m of ctx.repo.mandates) byBody.set(m.body, [...(byBody.get(m.body) ?? []), m]);
    for (const [body, list] of byBody) {
      const expected = `mandates/${bodyFolder(body)}.md`;
      const keep = list.find((m) => m.file.normalize('NFC') === expected) ?? list[0]!;
      for (const m of list) {
        const at = ctx.locate(m.file, ['organ']);
        if (m !== keep) {
          ctx.report({ messageId: 'duplicate', file: m.file, ...at, data: { body, folder: bodyFolder(body) }, related: [ctx.related(keep.file, ['organ'], 'alsoHere')] });
        }
        if (m.file.normalize('NFC') !== expected) ctx.report({ messageId: 'fileName', file: m.file, ...at, data: { body, expected } });
      }
    }
  },
});
