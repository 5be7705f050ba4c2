/** Pieces the notice, the minutes and the case papers share. */
import { formatCaseNumber } from '../model/case-number.js';
import type { RepoIndex } from '../model/repository.js';
import type { Attachment, Body, Case, Meeting, Person, Point } from '../model/types.js';
import type { Lang } from '../i18n/lang.js';
import type { Block, Inline, TableCell } from './ir.js';
import { labels } from './labels.js';
import { markdownToBlocks, safeHref } from './markdown.js';

/**
 * What every renderer takes besides the data: the language of the document and
 * today's date (yyyy-mm-dd), which decides for instance whether minutes are a
 * draft. Renderers never read the clock. Later options (such as leaving out
 * restricted content for a public version) are added here.
 */
export interface RenderOptions {
  lang: Lang;
  today: string;
}

/** "2024.27", or '' for an unnumbered standing item. */
export function numberOf(c: Case): string {
  return c.number ? formatCaseNumber(c.number) : '';
}

/** "3 vedlegg", "Vedlegg" for one (as the seed's agenda writes it), undefined for none. */
export function attachmentMark(count: number, lang: Lang): string | undefined {
  const l = labels(lang);
  if (count === 0) return undefined;
  return count === 1 ? l('attachmentMark') : l('attachmentCount', { n: count });
}

/** The first column of an agenda row: number, then each type and the attachment count on a line of its own. */
export function numberCell(c: Case, lang: Lang): TableCell {
  const lines: Inline[][] = [];
  const n = numberOf(c);
  if (n) lines.push([{ type: 'strong', children: [n] }]);
  for (const t of c.types) lines.push([t]);
  const mark = attachmentMark(c.attachments.length, lang);
  if (mark) lines.push([mark]);
  return { blocks: lines.length ? [{ type: 'paragraph', text: joinLines(lines) }] : [] };
}

/** The numbers of several cases (the information items taken together), each in bold on a line of its own. */
export function numbersCell(cases: Case[]): TableCell {
  const lines: Inline[][] = cases.map(numberOf).filter((n) => n !== '').map((n) => [{ type: 'strong', children: [n] }]);
  return { blocks: lines.length ? [{ type: 'paragraph', text: joinLines(lines) }] : [] };
}

/** Names, one per line. */
export function linesCell(lines: string[]): TableCell {
  return { blocks: lines.length ? [{ type: 'paragraph', text: joinLines(lines.map((l) => [l])) }] : [] };
}

export function joinLines(lines: Inline[][]): Inline[] {
  const out: Inline[] = [];
  lines.forEach((line, i) => {
    if (i) out.push({ type: 'break' });
    out.push(...line);
  });
  return out;
}

/** A case's title as the agenda shows it: a title written over several lines keeps its line breaks. */
export function titleInlines(c: Pick<Case, 'title' | 'titleLines'>): Inline[] {
  return c.titleLines?.length ? joinLines(c.titleLines.map((line) => [line])) : [c.title];
}

/** What stands under a case's title in the agenda: its lead paragraph (`ingress`), then its bullet points. */
export function leadAndPoints(c: Pick<Case, 'lead' | 'points'>): Block[] {
  return [...markdownToBlocks(c.lead, { context: 'cell' }), ...pointsList(c.points)];
}

/** Bullet points (with their sub-points) of a case; each point's text may hold inline Markdown. */
export function pointsList(points: Point[]): Block[] {
  if (points.length === 0) return [];
  const item = (p: Point): Block[] => [...pointBlocks(p.text), ...pointsList(p.points)];
  return [{ type: 'list', ordered: false, items: points.map(item) }];
}

function pointBlocks(text: string): Block[] {
  const blocks = markdownToBlocks(text, { context: 'cell' });
  return blocks.length ? blocks : [{ type: 'paragraph', text: [text] }];
}

/**
 * A labelled text: "*Konklusjon:* Innkalling og dagsorden godkjennes." on one
 * line when the text is a single paragraph; the label on a line of its own
 * followed by the blocks otherwise (a numbered list, several paragraphs).
 */
export function labelled(label: string, markdown: string | undefined, base?: string): Block[] {
  const blocks = markdownToBlocks(markdown, { context: 'cell', ...(base !== undefined ? { base } : {}) });
  const mark: Inline = { type: 'em', children: [label] };
  if (blocks.length === 0) return [];
  const [first, ...rest] = blocks;
  if (first!.type === 'paragraph') return [{ type: 'paragraph', text: [mark, ' ', ...first!.text] }, ...rest];
  return [{ type: 'paragraph', text: [mark] }, ...blocks];
}

/**
 * "Sak 2024.25: Referat SSU 23.05.24, Referat PM 30.05.24" — one line per case
 * with named attachments. Attachments the source counts without naming are
 * counted in "N vedlegg" but not listed; an attachment with an address is a
 * link; one in `omitted` is marked as left out of the meeting packet.
 */
export function attachmentLines(cases: Case[], lang: Lang, omitted?: ReadonlySet<Attachment>): Inline[][] {
  const l = labels(lang);
  const lines: Inline[][] = [];
  for (const c of cases) {
    const named = c.attachments.filter((a) => a.title);
    if (named.length === 0) continue;
    const [before, after] = l('attachmentsOfCase', { number: numberOf(c) || `«${c.title}»`, titles: '\u0000' }).split('\u0000') as [string, string];
    const line: Inline[] = [before];
    named.forEach((a, i) => {
      if (i) line.push(', ');
      const href = safeHref(a.url);
      line.push(href ? { type: 'link', href, children: [a.title!] } : a.title!);
      if (omitted?.has(a)) line.push(` ${l('notInPacket')}`);
    });
    if (after) line.push(after);
    lines.push(line);
  }
  return lines;
}

export function totalAttachments(cases: Case[]): number {
  return cases.reduce((n, c) => n + c.attachments.length, 0);
}

/** A label/value row of a fields table; undefined (left out) when there is no value. */
export function fieldRow(label: string, value: Inline[] | string | string[] | undefined): TableCell[] | undefined {
  if (value === undefined) return undefined;
  const text: Inline[] = Array.isArray(value) ? (value.every((v) => typeof v === 'string') ? joinLines((value as string[]).map((v) => [v])) : (value as Inline[])) : [value];
  return [{ blocks: [{ type: 'paragraph', text: [label] }] }, { blocks: text.length ? [{ type: 'paragraph', text }] : [] }];
}

export function fieldsTable(rows: (TableCell[] | undefined)[]): Block {
  return { type: 'table', style: 'fields', widths: [1, 3], rows: rows.filter((r): r is TableCell[] => !!r) };
}

/** "Strategisk samarbeidsutvalg (SSU)". */
export function bodyName(body: Body | undefined, code: string): string {
  return body && body.name !== body.code ? `${body.name} (${body.code})` : code.toUpperCase();
}

export type PersonDetail = 'name' | 'organisation' | 'role';

/**
 * Describes a person named in a meeting: "Kjersti Norheim, Horten kommune", or
 * with role for the Partnerskapsmøtet lists ("Kristin Nilsen, kommunedirektør,
 * Færder kommune"). The person is looked up among the meeting's guests, the
 * body's members, the secretariat, every other body's members and then the
 * members' deputies; a name found nowhere is shown as written.
 */
export function describePerson(name: string, index: RepoIndex, meeting: Meeting | undefined, body: Body | undefined, detail: PersonDetail): string {
  if (detail === 'name') return name;
  const p = findPerson(name, index, meeting, body);
  if (!p) return name;
  const parts = [p.name, detail === 'role' ? p.role : undefined, p.organisation].filter((x): x is string => !!x && x.trim() !== '');
  return parts.join(', ');
}

function findPerson(name: string, index: RepoIndex, meeting: Meeting | undefined, body: Body | undefined): Person | undefined {
  const key = name.trim().toLowerCase();
  const match = (list: Person[] | undefined) => list?.find((p) => p.name.trim().toLowerCase() === key);
  return (
    match(meeting?.guests) ??
    match(body?.members) ??
    match(index.repo.config.secretariat) ??
    index.repo.config.bodies.map((b) => match(b.members)).find((p) => !!p) ??
    // Deputies, when their organisation is recorded with them (`vara: {navn, organisasjon}`).
    index.repo.config.bodies.map((b) => match(b.members.flatMap((m) => m.deputies))).find((p) => !!p)
  );
}
