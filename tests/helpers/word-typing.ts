/**
 * Editing a working document the way a word processor saves it, for tests of
 * `hf minutes import` that must not depend on Word or LibreOffice being there.
 *
 * `typeLikeWord`: Word replaces the placeholder run of a content control with
 * what was typed (one paragraph per paragraph typed, the paragraph properties
 * kept) and drops `w:showingPlcHdr`.
 *
 * `saveLikeLibreOffice`: LibreOffice 7.4 turns each block content control into
 * a control inside its first paragraph, keeps only its alias (no tag, no
 * placeholder flag; the placeholder text stays as text) and leaves further
 * paragraphs of the control beside it in the cell. Saving its own file again,
 * it drops the alias too. Bookmarks it keeps.
 */
import JSZip from 'jszip';

const DOCUMENT = 'word/document.xml';

export async function editDocumentXml(bytes: Uint8Array, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file(DOCUMENT)!.async('string');
  zip.file(DOCUMENT, edit(xml));
  return zip.generateAsync({ type: 'uint8array' });
}

const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A paragraph as Word writes typed text: runs of plain text, `**bold**` as a bold run. */
export function wordParagraph(pPr: string, text: string): string {
  const runs = text
    .split(/(\*\*[^*]+\*\*)/)
    .filter(Boolean)
    .map((part) => (part.startsWith('**') ? `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${escape(part.slice(2, -2))}</w:t></w:r>` : `<w:r><w:t xml:space="preserve">${escape(part)}</w:t></w:r>`));
  return `<w:p>${pPr}${runs.join('')}</w:p>`;
}

/** The content control with this tag: its start and end offsets in the XML. */
export function controlSpan(xml: string, tag: string): { start: number; end: number } {
  const at = xml.indexOf(`<w:tag w:val="${tag}"/>`);
  if (at < 0) throw new Error(`no content control tagged ${tag}`);
  const start = xml.lastIndexOf('<w:sdt>', at);
  const end = xml.indexOf('</w:sdt>', at) + '</w:sdt>'.length;
  return { start, end };
}

/**
 * Types paragraphs into the controls named by tag, as Word saves it. Returns
 * the new XML; throws if a control was not showing its placeholder and
 * `expectPlaceholder` is set.
 */
export function typeLikeWord(xml: string, typed: Record<string, string[]>, expectPlaceholder = true): string {
  let out = xml;
  for (const [tag, paragraphs] of Object.entries(typed)) {
    const { start, end } = controlSpan(out, tag);
    let sdt = out.slice(start, end);
    if (expectPlaceholder && !sdt.includes('<w:showingPlcHdr/>')) throw new Error(`${tag} is not showing its placeholder`);
    sdt = sdt.replace('<w:showingPlcHdr/>', '');
    const pPr = /<w:sdtContent><w:p>(<w:pPr>[\s\S]*?<\/w:pPr>)?/.exec(sdt)?.[1] ?? '';
    sdt = sdt.replace(/<w:sdtContent>[\s\S]*<\/w:sdtContent>/, `<w:sdtContent>${paragraphs.map((p) => wordParagraph(pPr, p)).join('')}</w:sdtContent>`);
    out = out.slice(0, start) + sdt + out.slice(end);
  }
  return out;
}

/**
 * Reshapes every hf content control as LibreOffice 7.4 saves it (see the
 * module comment); `again`: as it saves its own file once more, which drops the
 * alias as well (only the bookmarks name the fields then).
 */
export function saveLikeLibreOffice(xml: string, again = false): string {
  return xml.replace(/<w:sdt><w:sdtPr>([\s\S]*?)<\/w:sdtPr><w:sdtContent>([\s\S]*?)<\/w:sdtContent><\/w:sdt>/g, (whole, pr: string, content: string) => {
    const alias = /<w:alias w:val="[^"]*"\/>/.exec(pr)?.[0];
    if (!alias || !content.startsWith('<w:p>')) return whole;
    const paragraphs = content.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? [];
    const [first, ...rest] = paragraphs;
    const m = /^<w:p>(<w:pPr>[\s\S]*?<\/w:pPr>)?([\s\S]*)<\/w:p>$/.exec(first!)!;
    const inline = `<w:p>${m[1] ?? ''}<w:sdt><w:sdtPr>${again ? '' : `<w:id w:val="1"/>${alias}`}</w:sdtPr><w:sdtContent>${m[2]}</w:sdtContent></w:sdt></w:p>`;
    return inline + rest.join('');
  });
}

/** Types into a control of a document saved by LibreOffice: the text replaces the control's runs, further paragraphs go after it. */
export function typeLikeLibreOffice(xml: string, alias: string, paragraphs: string[]): string {
  const at = xml.indexOf(`<w:alias w:val="${alias}"/>`);
  if (at < 0) throw new Error(`no content control named ${alias}`);
  const pStart = xml.lastIndexOf('<w:p>', at);
  const pEnd = xml.indexOf('</w:p>', at) + '</w:p>'.length;
  const p = xml.slice(pStart, pEnd);
  const [first, ...rest] = paragraphs;
  const replaced = p.replace(/<w:sdtContent>[\s\S]*<\/w:sdtContent>/, `<w:sdtContent><w:r><w:t xml:space="preserve">${escape(first!)}</w:t></w:r></w:sdtContent>`);
  return xml.slice(0, pStart) + replaced + rest.map((r) => wordParagraph('', r)).join('') + xml.slice(pEnd);
}

/** Types into the field whose row's label holds `bookmark`, in a file LibreOffice saved twice (no alias left). */
export function typeAfterBookmark(xml: string, bookmark: string, paragraphs: string[]): string {
  const at = xml.indexOf(`w:name="${bookmark}"`);
  if (at < 0) throw new Error(`no bookmark ${bookmark}`);
  const labelEnd = xml.indexOf('</w:tc>', at) + '</w:tc>'.length;
  const sdt = xml.indexOf('<w:sdtContent>', labelEnd);
  const sdtEnd = xml.indexOf('</w:sdtContent>', sdt);
  const pEnd = xml.indexOf('</w:p>', sdtEnd) + '</w:p>'.length;
  const [first, ...rest] = paragraphs;
  return `${xml.slice(0, sdt)}<w:sdtContent><w:r><w:t xml:space="preserve">${escape(first!)}</w:t></w:r>${xml.slice(sdtEnd, pEnd)}${rest.map((r) => wordParagraph('', r)).join('')}${xml.slice(pEnd)}`;
}
