/**
 * The document information of a rendered PDF, set from the archive's facts
 * instead of the clock: a PDF engine stamps the moment it printed, so two
 * exports of the same data would differ in every checksum. With the title,
 * language and the meeting's date written here (through pdf-lib), the same data
 * gives the same bytes.
 *
 * A PDF that says it is PDF/A is returned as it is: its document information
 * must agree with its XMP metadata, and changing one without the other would
 * break the conformance. Such an engine has to stamp its own dates.
 */
import type { Lang } from '../../i18n/lang.js';

export interface PdfStamp {
  title: string;
  lang: Lang;
  /** The date the document belongs to (xs:dateTime). */
  date: string;
}

export async function stampPdf(bytes: Uint8Array, stamp: PdfStamp): Promise<Uint8Array> {
  if (claimsPdfA(bytes)) return bytes;
  const { PDFDocument } = await import('pdf-lib');
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const when = new Date(stamp.date);
  pdf.setTitle(stamp.title);
  pdf.setLanguage(stamp.lang === 'en' ? 'en' : 'nb-NO');
  pdf.setCreator('hf');
  pdf.setCreationDate(when);
  pdf.setModificationDate(when);
  return pdf.save({ useObjectStreams: false });
}

/** True when the file carries a PDF/A identification (pdfaid) in its metadata, which PDF/A keeps uncompressed. */
export function claimsPdfA(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('pdfaid:part');
}
