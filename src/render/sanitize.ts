/**
 * Documents leave hf clean, whatever the repository holds.
 *
 * `cleanDoc` is the first step of every writer (Markdown, HTML, DOCX): control
 * characters, which no document format wants and which would act on a terminal
 * when a Markdown document is printed, and bidi overrides, which make text read
 * differently from what it says, are removed from every string of the document.
 *
 * `sanitizeDocumentHtml` is the last step of every HTML document hf writes: an allow-list check of the
 * finished markup. The writer already escapes all text from the repository, so
 * in a correct document this pass changes nothing; it exists so that a mistake in
 * escaping (today or in a later change) cannot put a script, an event handler, a
 * frame or an outside resource into a document that is mailed to members.
 *
 * Every tag must be one the writer produces, with only the attributes it uses,
 * and a link only to http(s) or mailto; anything else is turned into visible
 * text. Characters HTML does not allow (control characters) are removed. The
 * Content-Security-Policy meta tag is required and is added when missing.
 */
import { CONTROL } from '../diagnostics/escape.js';
import { safeHref } from './markdown.js';
import type { Doc } from './ir.js';

/** The characters terminals are protected from (src/diagnostics/escape.ts): one list for both. */
const UNWANTED_IN_TEXT = CONTROL;

/** Removes control characters (tab and newline stay; CR LF becomes LF) and bidi controls from every string of a document. */
export function cleanDoc(doc: Doc): Doc {
  return cleanValue(doc) as Doc;
}

function cleanValue(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/\r\n?/g, '\n').replace(UNWANTED_IN_TEXT, '');
  // A picture's bytes are not text.
  if (ArrayBuffer.isView(value)) return value;
  if (Array.isArray(value)) return value.map(cleanValue);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = cleanValue(v);
    return out;
  }
  return value;
}

/** The policy hf puts in every HTML document: nothing but the inline stylesheet. */
export const DOCUMENT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const ATTRS: Record<string, ReadonlySet<string>> = {
  html: new Set(['lang']),
  head: new Set(),
  meta: new Set(['charset', 'http-equiv', 'content', 'name']),
  title: new Set(),
  style: new Set(),
  body: new Set(),
  header: new Set(['class']),
  footer: new Set(['class']),
  main: new Set(),
  section: new Set(['class']),
  div: new Set(['class']),
  span: new Set(['class']),
  h1: new Set(),
  h2: new Set(),
  h3: new Set(),
  h4: new Set(),
  p: new Set(['class']),
  ul: new Set(),
  ol: new Set(['start']),
  li: new Set(['id']),
  sup: new Set(['class']),
  img: new Set(['class', 'src', 'alt', 'width', 'height']),
  blockquote: new Set(),
  table: new Set(['class']),
  colgroup: new Set(),
  col: new Set(['style']),
  thead: new Set(),
  tbody: new Set(),
  tr: new Set(),
  th: new Set(['scope', 'colspan', 'rowspan']),
  td: new Set(['colspan', 'rowspan']),
  hr: new Set(),
  br: new Set(),
  a: new Set(['href', 'rel', 'id', 'class']),
  strong: new Set(),
  em: new Set(),
  u: new Set(),
  code: new Set(),
};

/** Attribute values that are checked beyond being escaped. */
const VALUE_RULES: Record<string, (value: string, tag: string) => boolean> = {
  // A link leaves the document only for http(s) and mailto; within it, only to a footnote and back.
  href: (v) => safeHref(decodeEntities(v)) !== undefined || /^#fn(ref)?-\d{1,5}$/.test(v),
  id: (v) => /^fn(ref)?-\d{1,5}$/.test(v),
  // A picture (or a partnership's logo) is only ever one the document carries inside it: nothing is fetched from outside.
  src: (v, tag) => tag === 'img' && /^data:image\/(png|jpeg|gif);base64,[A-Za-z0-9+/]+={0,2}$/.test(v),
  alt: () => true,
  width: (v) => /^\d{1,5}$/.test(v),
  height: (v) => /^\d{1,5}$/.test(v),
  style: (v) => /^width:\s*\d+(?:\.\d+)?%;?$/.test(v),
  start: (v) => /^\d{1,6}$/.test(v),
  colspan: (v) => /^\d{1,3}$/.test(v),
  rowspan: (v) => /^\d{1,4}$/.test(v),
  scope: (v) => v === 'row' || v === 'col',
  rel: (v) => /^[a-z ]+$/.test(v),
  class: (v) => /^[a-z0-9 -]+$/.test(v),
  lang: (v) => /^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/.test(v),
  'http-equiv': (v) => v === 'Content-Security-Policy',
  charset: (v) => /^utf-8$/i.test(v),
  name: (v) => /^[a-z-]+$/.test(v),
  content: () => true,
};

const NOT_IN_HTML = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9]*)((?:\s+[A-Za-z-]+(?:="[^"<>]*")?)*)\s*(\/?)>/y;
const ATTR = /\s+([A-Za-z-]+)(?:="([^"]*)")?/g;

/** Checks and, where needed, repairs a complete HTML document written by hf. */
export function sanitizeDocumentHtml(html: string): string {
  return ensureCsp(sanitizeMarkup(html));
}

/**
 * The allow-list check alone, for a part of a page (the website puts a
 * document's body into a page of its own, which carries the policy).
 */
export function sanitizeMarkup(html: string): string {
  const src = html.replace(NOT_IN_HTML, '');
  const out: string[] = [];
  let i = 0;
  let textStart = 0;
  while (i < src.length) {
    const lt = src.indexOf('<', i);
    if (lt < 0) break;
    out.push(src.slice(textStart, lt));
    const tag = readTag(src, lt);
    if (tag.kind === 'raw') {
      // <style> and <title> hold text up to their own end tag; nothing inside may open another element.
      out.push(tag.text);
    } else if (tag.kind === 'ok') {
      out.push(tag.text);
    } else {
      out.push('&lt;');
      tag.length = 1;
    }
    i = lt + tag.length;
    textStart = i;
  }
  out.push(src.slice(textStart));
  return out.join('');
}

type ReadResult = { kind: 'ok' | 'raw' | 'bad'; text: string; length: number };

function readTag(src: string, at: number): ReadResult {
  if (src.startsWith('<!DOCTYPE html>', at)) return { kind: 'ok', text: '<!DOCTYPE html>', length: 15 };
  TAG.lastIndex = at;
  const m = TAG.exec(src);
  if (!m) return { kind: 'bad', text: '', length: 1 };
  const closing = m[1] === '/';
  const name = m[2]!.toLowerCase();
  const allowed = ATTRS[name];
  if (!allowed) return { kind: 'bad', text: '', length: 1 };
  if (closing) return m[3] ? { kind: 'bad', text: '', length: 1 } : { kind: 'ok', text: `</${name}>`, length: m[0].length };
  const attrs: string[] = [];
  for (const a of m[3]!.matchAll(ATTR)) {
    const key = a[1]!.toLowerCase();
    const value = a[2] ?? '';
    if (!allowed.has(key)) continue;
    if (!(VALUE_RULES[key]?.(value, name) ?? false)) continue;
    attrs.push(` ${key}="${value}"`);
  }
  const open = `<${name}${attrs.join('')}>`;
  if (name === 'style' || name === 'title') {
    const end = src.toLowerCase().indexOf(`</${name}>`, at + m[0].length);
    if (end < 0) return { kind: 'bad', text: '', length: 1 };
    const inner = src.slice(at + m[0].length, end);
    // The writer never puts `<` into these: a stylesheet hex-escapes it, a title is escaped text.
    const safeInner = inner.replace(/</g, name === 'title' ? '&lt;' : '\\3c ');
    return { kind: 'raw', text: `${open}${safeInner}</${name}>`, length: end + name.length + 3 - at };
  }
  return { kind: 'ok', text: open, length: m[0].length };
}

function decodeEntities(v: string): string {
  return v.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);
}

/** The CSP meta tag must be the first thing in <head>; a document without it gets it. */
function ensureCsp(html: string): string {
  if (/<meta http-equiv="Content-Security-Policy" content="[^"]*default-src &#39;none&#39;|<meta http-equiv="Content-Security-Policy" content="[^"]*default-src 'none'/.test(html)) return html;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${DOCUMENT_CSP.replace(/'/g, '&#39;')}">`;
  return html.includes('<head>') ? html.replace('<head>', `<head>\n${meta}`) : `${meta}\n${html}`;
}
