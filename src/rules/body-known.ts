import { defineRule } from './rule.js';
import { lines } from './fixture.js';
import { closest } from '../schema/errors.js';
import { ownerKind } from '../model/owners.js';

export default defineRule({
  meta: {
    id: 'body-known',
    severity: 'error',
    scope: 'repository',
    description: {
      nb: 'Organet til en sak, et møte eller et mandat (og rapporterer_til i hf.yaml) er et organ i hf.yaml. En ansvarlig i en planrad som er skrevet som en organkode (store bokstaver, tall og bindestrek), er også et organ i hf.yaml, eller en medlemsorganisasjon under organisasjoner.',
      en: 'The body of a case, meeting or mandate (and rapporterer_til in hf.yaml) is a body in hf.yaml. An owner of a plan row written like a body code (capitals, digits and hyphens) is a body in hf.yaml too, or a member organisation under organisasjoner.',
    },
    messages: {
      unknown: { nb: 'Organet `{body}` finnes ikke i hf.yaml', en: 'The body `{body}` is not in hf.yaml' },
      duplicate: { nb: 'Organet `{body}` er definert flere ganger i hf.yaml', en: 'The body `{body}` is defined more than once in hf.yaml' },
    },
    hints: {
      unknown: { nb: 'Kjente organer: {known}. En organisasjon som skrives med store bokstaver (KS, NAV), føres opp under organisasjoner i hf.yaml.', en: 'Known bodies: {known}. An organisation written in capitals (KS, NAV) is listed under organisasjoner in hf.yaml.' },
      duplicate: { nb: 'Slå sammen de to oppføringene.', en: 'Merge the two entries.' },
    },
    examples: {
      valid: [{ name: 'Known bodies', files: {} }],
      invalid: [
        {
          name: 'A case for a body that does not exist',
          files: {
            'cases/ssx/2024/2024.1-x.md': lines('---', 'saksnr: "2024.1"', 'organ: SSX', 'tittel: X', '---'),
          },
          expect: [{ file: 'cases/ssx/2024/2024.1-x.md', line: 3, column: 8, messageId: 'unknown' }],
        },
        {
          name: 'A plan row owned by a body, an organisation and in free text, one code misspelt',
          files: {
            'plans/2025/vitality.md': lines('---', 'type: satsning', 'område: eldre', 'tittel: Vitality', 'ansvarlig:', '  - SSU', '  - Helsefellesskapet', '  - FUS', '---'),
          },
          expect: [{ file: 'plans/2025/vitality.md', line: 8, column: 5, messageId: 'unknown' }],
        },
        {
          name: 'A body defined twice in hf.yaml, and one reporting to a body that does not exist',
          files: {
            'hf.yaml': lines(
              'navn: Eksempelfellesskapet',
              'organer:',
              '  - kode: SSU',
              '    navn: Strategisk samarbeidsutvalg',
              '  - kode: FSU',
              '    navn: Faglig samarbeidsutvalg',
              '    rapporterer_til: SXU',
              '  - kode: SSU',
              '    navn: Strategisk samarbeidsutvalg igjen',
            ),
          },
          expect: [
            { file: 'hf.yaml', line: 7, column: 22, messageId: 'unknown' },
            { file: 'hf.yaml', line: 8, column: 11, messageId: 'duplicate' },
          ],
        },
      ],
    },
  },
  check(ctx) {
    const codes = ctx.repo.config.bodies.map((b) => b.code);
    const known = codes.join(', ');
    const check = (file: string, code: string | undefined, path: (string | number)[]) => {
      if (!code || ctx.index.body(code)) return;
      const suggestion = closest(code, codes);
      ctx.report({ messageId: 'unknown', file, ...ctx.locate(file, path), data: { body: code, known: suggestion ? `${suggestion} (${known})` : known } });
    };
    for (const c of ctx.repo.cases) check(c.file, c.body, ['organ']);
    for (const m of ctx.repo.meetings) check(m.file, m.body, ['organ']);
    for (const m of ctx.repo.mandates) check(m.file, m.body, ['organ']);
    for (const r of ctx.repo.planRows) {
      const raw = ctx.repo.files.get(r.file)?.data?.ansvarlig;
      for (const owner of r.owners) {
        if (ownerKind(owner, ctx.repo.config) !== 'body') continue;
        const i = Array.isArray(raw) ? raw.findIndex((x) => typeof x === 'string' && x.trim() === owner) : -1;
        check(r.file, owner, i >= 0 ? ['ansvarlig', i] : ['ansvarlig']);
      }
    }
    const seen = new Set<string>();
    ctx.repo.config.bodies.forEach((b, i) => {
      if (seen.has(b.code)) ctx.report({ messageId: 'duplicate', file: 'hf.yaml', ...ctx.locate('hf.yaml', ['organer', i, 'kode']), data: { body: b.code } });
      seen.add(b.code);
      if (b.reportsTo) check('hf.yaml', b.reportsTo, ['organer', i, 'rapporterer_til']);
    });
  },
});
