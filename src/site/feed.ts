/**
 * The website's news feed (Atom, RFC 4287): the newest documents — notices,
 * minutes and case papers — newest first. Dates come from the data (a
 * document is dated by its meeting), never from the clock, and every id is a
 * UUID derived from the partnership and the document, so rebuilding the site
 * gives the same feed and a reader sees an entry once.
 */
import { createHash } from 'node:crypto';
import { escapeHtml } from '../render/write-html.js';

export interface FeedEntry {
  title: string;
  /** Site path of the document's page. */
  path: string;
  /** yyyy-mm-dd. */
  date: string;
  summary: string;
  /** Identity of the document within the site (`notice SSU 2024-09-26`). */
  key: string;
}

export interface FeedInput {
  title: string;
  partnership: string;
  lang: string;
  /** Absolute address of the published site, ending in `/`; links are relative without it. */
  baseUrl?: string;
  entries: FeedEntry[];
  /** At most this many entries. */
  limit: number;
}

/** A name-based UUID (version 5 layout, SHA-1) for `name`. */
export function stableUuid(name: string): string {
  const h = createHash('sha1').update(name, 'utf8').digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

const stamp = (date: string) => `${date}T00:00:00Z`;

const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** Escaped text without the characters XML 1.0 does not allow (or a reader should not see). */
const text = (s: string) => escapeHtml(s.replace(NOT_IN_XML, ''));

/** The feed as XML. */
export function renderFeed(input: FeedInput): string {
  const entries = [...input.entries]
    .sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, input.limit);
  const url = (path: string) => (input.baseUrl ? input.baseUrl + path.split('/').map(encodeURIComponent).join('/') : path.split('/').map(encodeURIComponent).join('/'));
  const id = (key: string) => `urn:uuid:${stableUuid(`hf-site\n${input.partnership}\n${key}`)}`;
  const updated = entries[0]?.date ?? '1970-01-01';
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeHtml(input.lang)}">`,
    `  <title>${text(input.title)}</title>`,
    `  <id>${id('feed')}</id>`,
    `  <updated>${stamp(updated)}</updated>`,
    `  <author><name>${text(input.partnership)}</name></author>`,
    `  <generator>hf</generator>`,
  ];
  if (input.baseUrl) {
    lines.push(`  <link rel="self" type="application/atom+xml" href="${escapeHtml(url('feed.xml'))}"/>`);
    lines.push(`  <link rel="alternate" type="text/html" href="${escapeHtml(url('index.html'))}"/>`);
  }
  for (const e of entries) {
    lines.push(
      '  <entry>',
      `    <title>${text(e.title)}</title>`,
      `    <id>${id(e.key)}</id>`,
      `    <updated>${stamp(e.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeHtml(url(e.path))}"/>`,
      `    <summary>${text(e.summary)}</summary>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
