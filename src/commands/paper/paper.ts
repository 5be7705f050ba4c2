/** `hf paper <body> <saksnr>`: the case paper (saksfremlegg) of one case. */
import { compareCaseNumbers, formatCaseNumber } from '../../model/case-number.js';
import { translator, type Catalogue } from '../../i18n/lang.js';
import { todayOf, UsageError, type CommandContext } from '../shared/context.js';
import { renderPaper } from '../../render/paper.js';
import type { Case } from '../../model/types.js';
import { resolveBody, warnUnreadable } from '../shared/documents.js';
import { emitDocument } from '../shared/emit.js';
import { forDocuments } from '../shared/document-view.js';
import { openRepository, type OpenRepository } from '../shared/support.js';
import { caseArg } from '../shared/case-arg.js';
import { renderDocument } from '../shared/render.js';

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

export async function run(words: string[], options: PaperCommandOptions, ctx: CommandContext): Promise<number> {
  const open = forDocuments(await openRepository(ctx), options.public);
  const { index, lang, root } = open;
  const found = findCase(open, words, 'hf paper');
  warnUnreadable(open, resolveBody(index, found.body, lang), ctx);
  const doc = await renderDocument(() => renderPaper(index, found, { lang, today: todayOf(ctx.now) }));
  const kind = lang === 'en' ? 'case-paper' : 'saksfremlegg';
  const { format, output, force } = options;
  await emitDocument(doc, { format, output, force, defaultName: `${kind}-${found.body.toLowerCase()}-${formatCaseNumber(found.number!)}`, look: open.repo.config.look }, { ...ctx, lang }, root);
  return 0;
}

/**
 * The case `words` name (`SSU 2024.30`, `"SSU 2024.30"`, or `2024.30` when only one
 * body has that number; case-arg.ts), or a usage error naming the body's cases.
 * `usage` is the command as typed, for the hints.
 */
export function findCase(open: OpenRepository, words: readonly string[], usage: string): Case {
  const { index, lang, repo, root } = open;
  const m = translator(messages, lang);
  const { body: code, number } = caseArg(words, root, repo.config.bodies, lang, usage);
  const body = resolveBody(index, code, lang);
  const found = index.findCase({ body: body.code, number });
  if (!found) {
    const same = repo.cases.filter((c) => c.body === body.code && c.number?.year === number.year).map((c) => c.number!).sort(compareCaseNumbers);
    const hint = same.length
      ? m('noCaseHint', { body: body.code, year: number.year, first: formatCaseNumber(same[0]!), last: formatCaseNumber(same[same.length - 1]!) })
      : m('noCaseHintNone', { body: body.code, year: number.year });
    throw new UsageError(m('noCase', { body: body.code, number: formatCaseNumber(number) }), hint);
  }
  return found;
}
