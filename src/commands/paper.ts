/** `hf paper <body> <saksnr>`: the case paper (saksfremlegg) of one case. */
import { compareCaseNumbers, formatCaseNumber, parseCaseNumber } from '../model/case-number.js';
import { translator, type Catalogue } from '../i18n/lang.js';
import { todayOf, UsageError, type CommandContext } from '../cli/context.js';
import { renderPaper } from '../render/paper.js';
import { resolveBody, warnUnreadable } from './documents.js';
import { emitDocument } from './emit.js';
import { forDocuments } from './document-view.js';
import { openRepository } from './support.js';
import { renderDocument } from './render.js';

export interface PaperCommandOptions {
  format?: string;
  output?: string;
  force?: boolean;
  /** Leave out everything exempt from public access (skjerming). */
  public?: boolean;
}

const messages = {
  badNumber: { nb: '`{number}` er ikke et saksnummer', en: '`{number}` is not a case number' },
  badNumberHint: { nb: 'Et saksnummer er år og løpenummer, for eksempel 2024.30.', en: 'A case number is a year and a sequence number, for example 2024.30.' },
  noCase: { nb: 'Fant ingen sak {body} {number}', en: 'There is no case {body} {number}' },
  noCaseHint: { nb: 'Sakene i {body} i {year} er {first}–{last}.', en: 'The cases of {body} in {year} are {first}–{last}.' },
  noCaseHintNone: { nb: '{body} har ingen saker i {year}.', en: '{body} has no cases in {year}.' },
} satisfies Catalogue;

export async function run(bodyArg: string, numberArg: string, options: PaperCommandOptions, ctx: CommandContext): Promise<number> {
  const open = forDocuments(await openRepository(ctx), options.public);
  const { index, lang, root, repo } = open;
  const m = translator(messages, lang);
  const body = resolveBody(index, bodyArg, lang);
  // `2024.30`, also written `SSU 2024.30` or `sak 2024.30`.
  const number = parseCaseNumber(numberArg.trim().replace(/^.*\s/, ''));
  if (!number) throw new UsageError(m('badNumber', { number: numberArg }), m('badNumberHint'));
  warnUnreadable(open, body, ctx);
  const found = index.findCase({ body: body.code, number });
  if (!found) {
    const same = repo.cases.filter((c) => c.body === body.code && c.number?.year === number.year).map((c) => c.number!).sort(compareCaseNumbers);
    const hint = same.length
      ? m('noCaseHint', { body: body.code, year: number.year, first: formatCaseNumber(same[0]!), last: formatCaseNumber(same[same.length - 1]!) })
      : m('noCaseHintNone', { body: body.code, year: number.year });
    throw new UsageError(m('noCase', { body: body.code, number: formatCaseNumber(number) }), hint);
  }
  const doc = await renderDocument(() => renderPaper(index, found, { lang, today: todayOf(ctx.now) }));
  const kind = lang === 'en' ? 'case-paper' : 'saksfremlegg';
  const { format, output, force } = options;
  await emitDocument(doc, { format, output, force, defaultName: `${kind}-${body.code.toLowerCase()}-${formatCaseNumber(number)}`, look: repo.config.look }, { ...ctx, lang }, root);
  return 0;
}
