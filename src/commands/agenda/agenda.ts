/** `hf agenda <body> <date>`: the notice of a meeting, or with `--with-papers` the whole meeting packet. */
import { todayOf, type CommandContext } from '../shared/context.js';
import { renderNotice } from '../../render/notice.js';
import { renderPacket } from '../../render/paper.js';
import { openMeeting, warnUnreadable } from '../shared/documents.js';
import { emitDocument } from '../shared/emit.js';
import { renderDocument } from '../shared/render.js';

export interface AgendaCommandOptions {
  format?: string;
  output?: string;
  force?: boolean;
  /** Leave out everything exempt from public access (skjerming). */
  public?: boolean;
  /** The notice followed by every case paper of the meeting, as one document. */
  withPapers?: boolean;
}

export async function run(bodyArg: string, dateArg: string, options: AgendaCommandOptions, ctx: CommandContext): Promise<number> {
  const { open, body, date } = await openMeeting(ctx, bodyArg, dateArg, options.public);
  const { index, lang, root } = open;
  warnUnreadable(open, body, ctx);
  const renderOptions = { lang, today: todayOf(ctx.now) };
  const doc = await renderDocument(() => (options.withPapers ? renderPacket(index, body.code, date, renderOptions) : renderNotice(index, body.code, date, renderOptions)));
  const kind = options.withPapers ? (lang === 'en' ? 'notice-with-papers' : 'innkalling-med-saksfremlegg') : lang === 'en' ? 'notice' : 'innkalling';
  const { format, output, force } = options;
  await emitDocument(doc, { format, output, force, defaultName: `${kind}-${body.code.toLowerCase()}-${date}` }, { ...ctx, lang }, root);
  return 0;
}
