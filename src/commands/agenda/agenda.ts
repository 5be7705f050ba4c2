/**
 * `hf agenda <body> <date>`: the notice of a meeting, or with `--with-papers`
 * the whole meeting packet — as PDF with every attachment merged in
 * (packet-pdf.ts), in the other formats with the papers and the attachments hf
 * makes itself.
 */
import { todayOf, type CommandContext } from '../shared/context.js';
import { renderNotice } from '../../render/notice.js';
import { packetDoc, planPacket } from '../../render/packet.js';
import { openMeeting, warnUnreadable } from '../shared/documents.js';
import { emitDocument, resolveFormat } from '../shared/emit.js';
import { renderDocument } from '../shared/render.js';
import { err } from '../shared/support.js';

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
  const { open, body, date } = await openMeeting(ctx, bodyArg, dateArg, options.public, !!options.withPapers);
  const { index, lang, root, repo } = open;
  const format = resolveFormat(options, lang);
  warnUnreadable(open, body, ctx);
  const renderOptions = { lang, today: todayOf(ctx.now) };
  const kind = options.withPapers ? (lang === 'en' ? 'meeting-packet' : 'møtepakke') : lang === 'en' ? 'notice' : 'innkalling';
  const { output, force } = options;
  const emit = { format: options.format, output, force, defaultName: `${kind}-${body.code.toLowerCase()}-${date}`, ...(repo.config.look ? { look: repo.config.look } : {}) };
  if (format === 'pdf' && output !== '-') {
    const { writePacketPdf } = await import('./packet-pdf.js');
    const file = output ?? `${emit.defaultName}.pdf`;
    await writePacketPdf({ index, root, body: body.code, date, render: renderOptions, withPapers: !!options.withPapers, isPublic: !!options.public, emit, file }, { ...ctx, lang });
    return 0;
  }
  if (!options.withPapers) {
    await emitDocument(await renderDocument(() => renderNotice(index, body.code, date, renderOptions)), emit, { ...ctx, lang }, root);
    return 0;
  }
  // The packet in one document: the papers, and the attachments that are documents (minutes, mandates, Markdown files).
  const { gatherAttachments } = await import('./packet-pdf.js');
  const plan = await renderDocument(() => planPacket(index, body.code, date, renderOptions));
  const { included, warnings } = await gatherAttachments(plan, root, { ...renderOptions, partnership: repo.config.name }, { ...ctx, lang }, false, !!options.public);
  const documents = new Map([...included].flatMap(([pa, part]) => ('doc' in part ? [[pa, part.doc] as const] : [])));
  await emitDocument(await renderDocument(() => packetDoc(index, plan, renderOptions, documents)), emit, { ...ctx, lang }, root);
  for (const w of warnings) err(ctx, w);
  return 0;
}
