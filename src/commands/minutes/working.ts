/**
 * `hf minutes <body> <date> --working [-o referat.docx]`: the Word document the
 * secretary types the minutes into during the meeting (render/minutes-working.ts),
 * read back by `hf minutes import`. It is made from the files as they are, not
 * from a document view: a restricted section of a conclusion keeps its fence
 * lines, so it is still restricted when the text comes back.
 */
import { translator, type Catalogue } from '../../i18n/lang.js';
import { todayOf, UsageError, type CommandContext } from '../shared/context.js';
import { renderWorkingMinutes } from '../../render/minutes-working.js';
import { checkDate, requireMeeting, resolveBody, warnUnreadable } from '../shared/documents.js';
import { emitDocument, formatOfFile } from '../shared/emit.js';
import { languageOf, openRepository } from '../shared/support.js';
import { renderDocument } from '../shared/render.js';

export interface WorkingMinutesOptions {
  format?: string;
  output?: string;
  force?: boolean;
  public?: boolean;
}

const messages = {
  notPublic: { nb: 'Arbeidsdokumentet kan ikke være offentlig', en: 'The working document cannot be public' },
  notPublicHint: {
    nb: 'Lag arbeidsdokumentet uten --public; den offentlige versjonen av referatet lager du med `hf minutes <organ> <dato> --public` etterpå.',
    en: 'Make the working document without --public; make the public version of the minutes with `hf minutes <body> <date> --public` afterwards.',
  },
  onlyDocx: { nb: 'Arbeidsdokumentet er et Word-dokument, ikke `{format}`', en: 'The working document is a Word document, not `{format}`' },
  onlyDocxHint: { nb: 'Gi filen endelsen .docx, for eksempel -o referat.docx.', en: 'Name the file .docx, for example -o minutes.docx.' },
} satisfies Catalogue;

export async function runWorking(bodyArg: string, dateArg: string, options: WorkingMinutesOptions, ctx: CommandContext): Promise<number> {
  const early = translator(messages, languageOf(ctx));
  if (options.public) throw new UsageError(early('notPublic'), early('notPublicHint'));
  const output = options.output && options.output !== '-' ? options.output : undefined;
  const format = options.format?.toLowerCase();
  if ((format !== undefined && format !== 'docx') || (output !== undefined && formatOfFile(output) !== 'docx')) {
    throw new UsageError(early('onlyDocx', { format: format !== undefined && format !== 'docx' ? format : output }), early('onlyDocxHint'));
  }

  let open = await openRepository(ctx, { meeting: { body: bodyArg, date: dateArg.trim() } });
  const body = resolveBody(open.index, bodyArg, open.lang);
  const date = checkDate(dateArg, open.lang);
  if (open.scoped && !open.index.findMeeting(body.code, date) && open.index.agenda(body.code, date).length === 0) open = await openRepository(ctx);
  requireMeeting(open.index, body, date, open.lang);
  warnUnreadable(open, body, ctx);
  const { index, lang, root } = open;
  const doc = await renderDocument(() => renderWorkingMinutes(index, body.code, date, { lang, today: todayOf(ctx.now) }));
  const name = `${lang === 'en' ? 'working-minutes' : 'arbeidsreferat'}-${body.code.toLowerCase()}-${date}`;
  await emitDocument(doc, { format: 'docx', output: options.output, force: options.force, defaultName: name }, { ...ctx, lang }, root);
  return 0;
}
