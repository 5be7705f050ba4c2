/**
 * The Noark 5 archive package of a partnership's meetings, as eInnsyn takes it:
 * `arkivstruktur.xml` and the documents beside it under `dokumenter/`.
 *
 * This module makes no file and starts no program. The caller hands in how a
 * document becomes a PDF (`pdf`) and how an attachment's bytes are read
 * (`readFile`), and gets the XML and the list of files to write. The package is
 * public: see model.ts for what restricted content becomes.
 */
import { createHash } from 'node:crypto';
import type { Repository } from '../../model/repository.js';
import type { Lang } from '../../i18n/lang.js';
import type { Doc } from '../../render/ir.js';
import { loadMarkdown } from '../../render/markdown.js';
import { osloDateTime } from './dates.js';
import { claimsPdfA, stampPdf } from './pdf-stamp.js';
import { planArchive, type ArchivePlan, type DocumentPlan, type MeetingKey } from './model.js';
import { archiveStructure, type FileFacts } from './structure.js';

export { planArchive, type ArchivePlan, type DocumentPlan, type MeetingKey } from './model.js';
export { archiveStructure, accessCode, type FileFacts } from './structure.js';
export { uuidV5, HF_NAMESPACE } from './uuid.js';

export interface NoarkExportInput {
  repo: Repository;
  lang: Lang;
  today: string;
  select?: (meeting: MeetingKey) => boolean;
}

export interface NoarkExportDeps {
  /** A document as PDF bytes (the PDF engine; Chromium printing hf's HTML). */
  pdf: (doc: Doc) => Promise<Uint8Array>;
  /** The bytes of a repository file (an attachment), or undefined when it cannot be read. */
  readFile: (path: string) => Promise<Uint8Array | undefined>;
}

export interface PackageFile {
  /** Path in the package, with `/`. */
  path: string;
  bytes: Uint8Array;
}

export type ExportWarning =
  | { kind: 'missing-attachment'; path: string; registration: string }
  | { kind: 'not-archival'; path: string; format: string };

export interface NoarkExport {
  /** The text of arkivstruktur.xml. */
  xml: string;
  /** The documents, in the order the XML names them. */
  files: PackageFile[];
  plan: ArchivePlan;
  warnings: ExportWarning[];
}

export const STRUCTURE_FILE = 'arkivstruktur.xml';

/** Builds the package: renders every document through `pdf`, reads the attachments, and writes the XML. */
export async function exportNoark(input: NoarkExportInput, deps: NoarkExportDeps): Promise<NoarkExport> {
  await loadMarkdown();
  const plan = planArchive(input);
  const files: PackageFile[] = [];
  const facts = new Map<DocumentPlan, FileFacts>();
  const warnings: ExportWarning[] = [];
  for (const meeting of plan.meetings) {
    for (const r of meeting.registrations) {
      for (const d of r.documents) {
        if (!d.packagePath) continue;
        let bytes: Uint8Array | undefined;
        if (d.source.kind === 'render') bytes = await stampPdf(await deps.pdf(d.source.doc), { title: d.title, lang: input.lang, date: osloDateTime(meeting.date, '12:00') });
        else if (d.source.kind === 'file') {
          bytes = await deps.readFile(d.source.path);
          if (!bytes) warnings.push({ kind: 'missing-attachment', path: d.source.path, registration: r.registrationID });
        }
        if (!bytes) continue;
        const f = fileFacts(bytes, d.packagePath);
        if (!f.archival) warnings.push({ kind: 'not-archival', path: d.packagePath, format: f.format });
        facts.set(d, f);
        files.push({ path: d.packagePath, bytes });
      }
    }
  }
  return { xml: archiveStructure(plan, (d) => facts.get(d)), files, plan, warnings };
}

/** Size, checksum and format of a file. */
export function fileFacts(bytes: Uint8Array, path: string): FileFacts {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const head = Buffer.from(bytes.subarray(0, 8)).toString('latin1');
  if (head.startsWith('%PDF-')) {
    const version = /^%PDF-(\d\.\d)/.exec(head)?.[1] ?? '';
    const pdfa = pdfaLevel(bytes);
    return pdfa
      ? { size: bytes.length, sha256, format: 'PDF/A', formatDetails: `PDF/A-${pdfa}`, archival: true }
      : { size: bytes.length, sha256, format: 'PDF', formatDetails: `PDF ${version}`.trim(), archival: false };
  }
  const ext = /\.([A-Za-z0-9]{1,8})$/.exec(path)?.[1]?.toUpperCase() ?? 'ukjent';
  return { size: bytes.length, sha256, format: ext, archival: false };
}

/**
 * "2b" when the file says it is PDF/A-2b (pdfaid in its XMP metadata, which
 * PDF/A requires to be uncompressed), else undefined. This reads the claim; it
 * does not check conformance.
 */
function pdfaLevel(bytes: Uint8Array): string | undefined {
  // Chromium's PDFs make no claim: most files are answered without decoding them.
  if (!claimsPdfA(bytes)) return undefined;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const part = /pdfaid:part\s*(?:=\s*["']|>)\s*(\d)/.exec(text)?.[1];
  if (!part) return undefined;
  const conformance = /pdfaid:conformance\s*(?:=\s*["']|>)\s*([ABU])/i.exec(text)?.[1] ?? '';
  return `${part}${conformance.toLowerCase()}`;
}
