/**
 * `hf minutes <body> <date>`: the minutes of a meeting — a draft with the
 * proposed conclusions until the meeting is over and every case is finished (or
 * with `--draft`), the recorded conclusions after. A held meeting's case without
 * a conclusion is marked in the document and named on standard error; the
 * document is still produced and the exit code stays 0.
 */
import { formatCaseRef } from '../../model/case-number.js';
import { translator, type Catalogue } from '../../i18n/lang.js';
import { todayOf, type CommandContext } from '../shared/context.js';
import { renderMinutes } from '../../render/minutes.js';
import { openMeeting, warnUnreadable } from '../shared/documents.js';
import { emitDocument } from '../shared/emit.js';
import { err } from '../shared/support.js';
import { renderDocument } from '../shared/render.js';

export interface MinutesCommandOptions {
  format?: string;
  output?: string;
  force?: boolean;
  /** Leave out everything exempt from public access (skjerming). */
  public?: boolean;
  /** The working document to type the minutes into (minutes-working.ts). */
  working?: boolean;
  /** A draft whatever the state of the cases. */
  draft?: boolean;
}

const messages = {
  missingConclusion: {
    nb: 'advarsel: {case} «{title}» har ingen konklusjon i referatet ({file})',
    en: 'warning: {case} «{title}» has no conclusion in the minutes ({file})',
  },
  missingHint: {
    nb: 'tips: skriv konklusjonen inn som `konklusjon:` i saksfilen.',
    en: 'hint: enter the conclusion as `konklusjon:` in the case file.',
  },
} satisfies Catalogue;

export async function run(bodyArg: string, dateArg: string, options: MinutesCommandOptions, ctx: CommandContext): Promise<number> {
  if (options.working) return (await import('./working.js')).runWorking(bodyArg, dateArg, options, ctx);
  const { open, body, date } = await openMeeting(ctx, bodyArg, dateArg, options.public);
  const { index, lang, root } = open;
  warnUnreadable(open, body, ctx);
  const result = await renderDocument(() => renderMinutes(index, body.code, date, { lang, today: todayOf(ctx.now), draft: !!options.draft }));
  const kind = result.draft ? (lang === 'en' ? 'draft-minutes' : 'utkast-referat') : lang === 'en' ? 'minutes' : 'referat';
  const { format, output, force } = options;
  await emitDocument(result.doc, { format, output, force, defaultName: `${kind}-${body.code.toLowerCase()}-${date}`, look: open.repo.config.look }, { ...ctx, lang }, root);
  const m = translator(messages, lang);
  for (const c of result.missingConclusions) {
    const label = c.number ? formatCaseRef({ body: c.body, number: c.number }) : c.body;
    err(ctx, m('missingConclusion', { case: label, title: c.title, file: c.file }));
  }
  if (result.missingConclusions.length) err(ctx, m('missingHint'));
  return 0;
}
