/**
 * The meeting packet as one PDF (`hf agenda <body> <date> --with-papers -o
 * pakke.pdf`), and the notice alone as PDF: the edge around render/packet.ts
 * and src/pdf. Here the attachment files are read (every one named by a case
 * must exist, or nothing is written), Markdown files become documents, images
 * pages, office files PDF through LibreOffice when it is installed; the parts go
 * to the PDF engine with an outline of one entry per case and per attachment,
 * and the notice marks (and a warning names) every attachment left out.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { translator, type Catalogue } from '../../i18n/lang.js';
import type { Attachment } from '../../model/types.js';
import type { RepoIndex } from '../../model/repository.js';
import type { RenderOptions } from '../../render/common.js';
import type { Doc } from '../../render/ir.js';
import { caseRef, markdownAttachmentDoc, packetNotice, planPacket, type PacketAttachment, type PacketPlan } from '../../render/packet.js';
import { internalText, publicText } from '../../model/restricted.js';
import { isInside } from '../../repo/read.js';
import { renderDocument } from '../shared/render.js';
import { UsageError, type CommandContext } from '../shared/context.js';
import { checkOutput, pdfMeta, withPdfErrors, writeDocumentFile, type EmitOptions } from '../shared/emit.js';
import { loadLook } from '../shared/look.js';
import { refuseNationalIdsInDoc } from '../shared/pii-guard.js';
import { err } from '../shared/support.js';

const messages = {
  missingFile: { nb: '{case} vedlegg {n}: filen `{file}` finnes ikke', en: '{case} attachment {n}: the file `{file}` does not exist' },
  missingSource: { nb: '{case} vedlegg {n}: {what} finnes ikke i repoet', en: '{case} attachment {n}: {what} is not in the repository' },
  outsideFile: { nb: '{case} vedlegg {n}: `{file}` ligger utenfor repoet', en: '{case} attachment {n}: `{file}` is outside the repository' },
  missingHint: {
    nb: 'Møtepakken er ikke laget. Legg filen der vedlegget sier (stien regnes fra roten av repoet), rett `fil:` i saksfilen, eller ta vedlegget ut; `hf validate` viser fil og linje.',
    en: 'The meeting packet was not made. Put the file where the attachment says (the path is relative to the repository root), correct `fil:` in the case file, or take the attachment out; `hf validate` shows file and line.',
  },
  badPdf: { nb: '{case} vedlegg {n}: `{file}` er ikke en PDF hf kan lese ({reason})', en: '{case} attachment {n}: `{file}` is not a PDF hf can read ({reason})' },
  encrypted: { nb: 'den er kryptert eller passordbeskyttet', en: 'it is encrypted or password protected' },
  broken: { nb: 'filen er skadet', en: 'the file is damaged' },
  badPdfHint: { nb: 'Lagre vedlegget som PDF på nytt uten passord, eller ta det ut av saken.', en: 'Save the attachment as PDF again without a password, or take it out of the case.' },
  leftOut: { nb: 'advarsel: {case} vedlegg {n} «{title}» er ikke med i møtepakken: {why}', en: 'warning: {case} attachment {n} «{title}» is not in the meeting packet: {why}' },
  whyNoOffice: { nb: '`{file}` må gjøres om til PDF, og LibreOffice er ikke installert (eller sett HF_SOFFICE)', en: '`{file}` needs converting to PDF, and LibreOffice is not installed (or set HF_SOFFICE)' },
  whyConvertFailed: { nb: 'LibreOffice klarte ikke å gjøre om `{file}` til PDF', en: 'LibreOffice could not convert `{file}` to PDF' },
  whyOtherType: { nb: 'hf kan ikke sette inn filer av typen `{file}` (PDF, Markdown, bilder og kontorfiler går)', en: 'hf cannot put in files like `{file}` (PDF, Markdown, images and office files can be)' },
  whyLink: { nb: 'vedlegget er en lenke ({url})', en: 'the attachment is a link ({url})' },
  whyTitleOnly: { nb: 'saken har bare tittelen, ingen fil (legg til `fil:`)', en: 'the case has only its title, no file (add `fil:`)' },
  whyPdfOnly: { nb: '`{file}` kommer bare med i PDF-pakken (-o pakke.pdf)', en: '`{file}` is only put in the PDF packet (-o packet.pdf)' },
  notice: { nb: 'Innkalling', en: 'Notice' },
  paper: { nb: 'Saksfremlegg', en: 'Case paper' },
  attachment: { nb: 'Vedlegg {n}: {title}', en: 'Attachment {n}: {title}' },
  caseEntry: { nb: 'Sak {number} {title}', en: 'Case {number} {title}' },
} satisfies Catalogue;

type M = ReturnType<typeof translator<keyof typeof messages>>;

export interface PacketPdfRequest {
  index: RepoIndex;
  root: string;
  body: string;
  date: string;
  render: RenderOptions;
  /** The notice followed by the papers and attachments; without it, the notice alone. */
  withPapers: boolean;
  /** The public version: restricted sections of Markdown attachment files left out too. */
  isPublic?: boolean;
  emit: EmitOptions;
  /** The file to write (-o, or the default name). */
  file: string;
}

/** Makes and writes the packet (or the notice) as PDF. Usage errors for missing files, before anything is written. */
export async function writePacketPdf(req: PacketPdfRequest, ctx: CommandContext): Promise<void> {
  const lang = req.render.lang;
  const m = translator(messages, lang);
  checkOutput(req.file, req.emit, ctx, req.root);
  const plan = await renderDocument(() => planPacket(req.index, req.body, req.date, req.render));
  const render = { ...req.render, partnership: req.index.repo.config.name };
  const { included, omitted, warnings } = req.withPapers ? await gatherAttachments(plan, req.root, render, ctx, true, !!req.isPublic) : { included: new Map(), omitted: new Set<Attachment>(), warnings: [] };
  const notice = await renderDocument(() => packetNotice(req.index, plan, req.render, omitted));
  const { parts, outline } = layout(plan, notice, included, req.withPapers, m);
  for (const part of parts) if (part.kind === 'document') refuseNationalIdsInDoc(part.doc, req.file, lang);
  const look = await loadLook(req.root, req.index.repo.config.look, lang);
  const { packetToPdf } = await import('../../pdf/index.js');
  const meta = { ...pdfMeta(req.withPapers ? { ...notice, title: plan.title } : notice, ctx), subject: plan.noticeTitle };
  const result = await withPdfErrors(lang, () => packetToPdf(parts, outline, { env: ctx.env, lang, look, meta }));
  await writeDocumentFile(result.bytes, req.file, req.emit, ctx, req.root);
  for (const w of warnings) err(ctx, w);
}

type Included = Map<PacketAttachment, { doc: Doc } | { pdf: Uint8Array; label: string }>;

/**
 * Reads the attachment files of a packet: every file must exist (all missing
 * ones are named in one usage error, before anything is made). For a PDF packet
 * (`forPdf`) PDF, image and office files become PDF parts; otherwise only
 * Markdown files (as documents) go in. Whatever stays out is in `omitted`, with
 * a warning naming it and why.
 */
export async function gatherAttachments(
  plan: PacketPlan,
  root: string,
  render: RenderOptions & { partnership?: string },
  ctx: CommandContext,
  forPdf: boolean,
  isPublic = false,
): Promise<{ included: Included; omitted: Set<Attachment>; warnings: string[] }> {
  const m = translator(messages, render.lang);
  const included: Included = new Map();
  const omitted = new Set<Attachment>();
  const warnings: string[] = [];
  const partnership = render.partnership ?? '';
  const problems: string[] = [];
  const office: { pa: PacketAttachment; label: string; bytes: Uint8Array; ext: string; caseName: string }[] = [];
  const { imageToPdf } = await import('../../pdf/index.js');
  for (const pc of plan.cases) {
    const caseName = caseRef(pc.case);
    for (const pa of pc.attachments) {
      const at = { case: caseName, n: pa.number, title: pa.title };
      const leaveOut = (why: string) => {
        omitted.add(pa.attachment);
        warnings.push(m('leftOut', { ...at, why }));
      };
      const source = pa.source;
      if (source.kind === 'paper') continue;
      if (source.kind === 'document') {
        included.set(pa, { doc: source.doc });
        continue;
      }
      if (source.kind === 'link') {
        leaveOut(m('whyLink', { url: source.url }));
        continue;
      }
      if (source.kind === 'none') {
        if (source.missing) problems.push(m('missingSource', { ...at, what: source.missing }));
        else leaveOut(m('whyTitleOnly'));
        continue;
      }
      const abs = resolve(root, source.path);
      const rel = relative(root, abs);
      // Also through a link: nothing outside the repository goes into a packet.
      if (rel.startsWith('..') || isAbsolute(rel) || (existsSync(abs) && !isInside(root, rel))) {
        problems.push(m('outsideFile', { ...at, file: source.path }));
        continue;
      }
      if (!isFile(abs)) {
        problems.push(m('missingFile', { ...at, file: source.path }));
        continue;
      }
      if (problems.length) continue;
      const bytes = new Uint8Array(readFileSync(abs));
      if (source.type === 'markdown') {
        // A letter typed into the repository has its `::: skjermet` sections taken out of a public packet, as a case text has.
        const raw = new TextDecoder().decode(bytes);
        const text = isPublic ? publicText(raw) : internalText(raw);
        included.set(pa, { doc: await renderDocument(() => markdownAttachmentDoc(pa.title, text, { ...render, partnership })) });
      } else if (!forPdf && source.type !== 'other') leaveOut(m('whyPdfOnly', { file: source.path }));
      else if (source.type === 'pdf') included.set(pa, { pdf: bytes, label: source.path });
      else if (source.type === 'image') included.set(pa, { pdf: await imageToPdf(bytes, source.path), label: source.path });
      else if (source.type === 'office') office.push({ pa, label: source.path, bytes, ext: source.path.split('.').pop() ?? '', caseName });
      else leaveOut(m('whyOtherType', { file: source.path }));
    }
  }
  // Every missing file is named at once, and nothing is written.
  if (problems.length) throw new UsageError(problems.join('\n'), m('missingHint'));
  await checkPdfs(included, plan, m);
  if (office.length) {
    const { findSoffice, convertWithLibreOffice } = await import('../../pdf/office.js');
    const soffice = findSoffice(ctx.env);
    const converted = soffice ? await convertWithLibreOffice(soffice, office, ctx.env) : [];
    office.forEach((o, i) => {
      const pdf = converted[i];
      if (pdf instanceof Uint8Array) included.set(o.pa, { pdf, label: o.label });
      else {
        omitted.add(o.pa.attachment);
        const why = soffice ? m('whyConvertFailed', { file: o.label }) : m('whyNoOffice', { file: o.label });
        warnings.push(m('leftOut', { case: o.caseName, n: o.pa.number, title: o.pa.title, why }));
      }
    });
  }
  return { included, omitted, warnings };
}

/** A PDF attachment that cannot be read stops the packet with its name, before the browser is started. */
async function checkPdfs(included: Map<PacketAttachment, { doc: Doc } | { pdf: Uint8Array; label: string }>, plan: PacketPlan, m: M): Promise<void> {
  const { loadPdf, PdfInputError } = await import('../../pdf/assemble.js');
  for (const [pa, part] of included) {
    if (!('pdf' in part)) continue;
    try {
      await loadPdf({ bytes: part.pdf, label: part.label });
    } catch (error) {
      if (!(error instanceof PdfInputError)) throw error;
      const pc = plan.cases.find((c) => c.attachments.includes(pa))!;
      throw new UsageError(m('badPdf', { case: caseRef(pc.case), n: pa.number, file: part.label, reason: m(error.reason) }), m('badPdfHint'));
    }
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

type PacketPart = import('../../pdf/index.js').PacketPart;
type PacketOutline = import('../../pdf/index.js').PacketOutline;

/**
 * The parts in packet order — the notice, then per case its paper and its
 * attachments — and the outline: the notice, then one entry per case (its paper,
 * or its row in the notice when it has none) with one entry per attachment in it.
 */
function layout(plan: PacketPlan, notice: Doc, included: Map<PacketAttachment, { doc: Doc } | { pdf: Uint8Array; label: string }>, withPapers: boolean, m: M): { parts: PacketPart[]; outline: PacketOutline[] } {
  const parts: PacketPart[] = [{ kind: 'document', doc: notice }];
  const outline: PacketOutline[] = [{ title: plan.noticeTitle, part: 0 }];
  for (const pc of plan.cases) {
    const entry: PacketOutline = { title: pc.number ? m('caseEntry', { number: pc.number, title: pc.title }) : pc.title, part: 0, heading: pc.title };
    const children: PacketOutline[] = [];
    let paperPart: number | undefined;
    if (withPapers && pc.paper) {
      paperPart = parts.length;
      parts.push({ kind: 'document', doc: pc.paper });
      entry.part = paperPart;
      delete entry.heading;
    }
    if (withPapers) {
      for (const pa of pc.attachments) {
        const title = m('attachment', { n: pa.number, title: pa.title });
        if (pa.source.kind === 'paper' && paperPart !== undefined) {
          children.push({ title, part: paperPart });
          continue;
        }
        const part = included.get(pa);
        if (!part) continue;
        children.push({ title, part: parts.length });
        parts.push('doc' in part ? { kind: 'document', doc: part.doc } : { kind: 'pdf', bytes: part.pdf, label: part.label });
      }
    }
    outline.push(children.length ? { ...entry, children } : entry);
  }
  return { parts, outline };
}

