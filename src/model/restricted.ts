/**
 * Restricted content (skjerming): what a public document may show.
 *
 * Three things can be exempt from public access, each with a legal basis:
 * - a whole case (`skjerming:` in its frontmatter): a public document shows its
 *   public title (`offentlig_tittel`) and "Unntatt offentlighet, <hjemmel>", and
 *   nothing else of it — no text, points, attachments, links, treatment,
 *   conclusion or follow-up items;
 * - an attachment (`skjerming:` on the attachment): absent from public documents;
 * - a section of a text, marked in the Markdown as a fenced block:
 *
 *       ::: skjermet offl. § 13 jf. fvl. § 13
 *       Text that is exempt.
 *       :::
 *
 *   absent from public documents. (The same fence syntax as Pandoc's fenced divs,
 *   so it survives a round trip through Word and Pandoc; plain text in any editor.)
 *
 * The public view is made once, on the model, before any renderer sees it, so no
 * renderer can forget a field. An unclosed section is restricted to the end of the
 * text: when in doubt, text stays out. Internal documents show the sections'
 * content without the fence lines.
 */
import type { Localized } from '../i18n/lang.js';
import { pick, type Lang } from '../i18n/lang.js';
import type { Repository } from './repository.js';
import type { Case, Restriction } from './types.js';

/** A marked section of a Markdown text, by line (0-based, the fence lines included). */
export interface RestrictedSection {
  /** Line of the opening fence. */
  startLine: number;
  /** Line of the closing fence; undefined when the section is never closed. */
  endLine?: number;
  /** The legal basis written after `skjermet` ('' when none). */
  basis: string;
  /** Offset of the opening fence in the text. */
  offset: number;
}

const OPEN = /^ {0,3}(:{3,})[ \t]*skjermet\b[ \t]*(.*?)[ \t]*$/i;
/** Any other fenced div (`::: merknad`), which the closing `:::` of a section must not be mistaken for. */
const OTHER_DIV = /^ {0,3}:{3,}[ \t]*\S/;
const CLOSE = /^ {0,3}:{3,}[ \t]*$/;
const CODE_FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Finds the `::: skjermet` sections of a Markdown text, outside code blocks. Never throws. */
export function findRestrictedSections(text: string): RestrictedSection[] {
  const lines = text.split('\n');
  const sections: RestrictedSection[] = [];
  let code: string | undefined;
  let open: RestrictedSection | undefined;
  let depth = 0; // other fenced divs opened inside a section
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    const lineOffset = offset;
    offset += lines[i]!.length + 1;
    const fence = CODE_FENCE.exec(line);
    if (code) {
      if (fence && fence[1]![0] === code[0] && fence[1]!.length >= code.length && line.trim() === fence[1]) code = undefined;
      continue;
    }
    if (fence) {
      code = fence[1]!;
      continue;
    }
    if (!open) {
      const m = OPEN.exec(line);
      if (m) open = { startLine: i, basis: m[2]!.replace(/^hjemmel\s*[:=]\s*/i, '').replace(/^["']|["']$/g, ''), offset: lineOffset };
      continue;
    }
    if (CLOSE.test(line)) {
      if (depth > 0) depth--;
      else {
        sections.push({ ...open, endLine: i });
        open = undefined;
      }
    } else if (OTHER_DIV.test(line)) {
      depth++;
    }
  }
  if (open) sections.push(open);
  return sections;
}

/** The text without its restricted sections (for public documents). */
export function publicText(text: string): string {
  return rewrite(text, 'drop');
}

/** The text with the fence lines of its sections removed and their content kept (for internal documents). */
export function internalText(text: string): string {
  return rewrite(text, 'keep');
}

function rewrite(text: string, mode: 'drop' | 'keep'): string {
  if (!/skjermet/i.test(text)) return text;
  const sections = findRestrictedSections(text);
  if (sections.length === 0) return text;
  const lines = text.split('\n');
  const remove = new Set<number>();
  for (const s of sections) {
    const end = s.endLine ?? lines.length - 1;
    if (mode === 'drop') for (let i = s.startLine; i <= end; i++) remove.add(i);
    else {
      remove.add(s.startLine);
      if (s.endLine !== undefined) remove.add(s.endLine);
    }
  }
  return lines.filter((_, i) => !remove.has(i)).join('\n');
}

const NOTE: Localized = { nb: 'Unntatt offentlighet', en: 'Exempt from public disclosure' };
const UNTITLED: Localized = { nb: 'Sak unntatt offentlighet', en: 'Case exempt from public disclosure' };

/** "Unntatt offentlighet, offl. § 13" — the note a public document shows for a restricted case. */
export function restrictionNote(r: Restriction, lang: Lang): string {
  return r.basis ? `${pick(NOTE, lang)}, ${r.basis}` : pick(NOTE, lang);
}

/** What a public document may show of a case. */
export function publicCase(c: Case, lang: Lang): Case {
  if (c.restriction) {
    const note = restrictionNote(c.restriction, lang);
    return {
      file: c.file,
      ...(c.number ? { number: c.number } : {}),
      body: c.body,
      ...(c.meeting ? { meeting: c.meeting } : {}),
      title: c.publicTitle ?? pick(UNTITLED, lang),
      restriction: c.restriction,
      types: c.types,
      responsible: c.responsible,
      ...(c.handler ? { handler: c.handler } : {}),
      ...(c.standing ? { standing: c.standing } : {}),
      points: [{ text: note, points: [] }],
      attachments: [],
      links: [],
      minutesOf: c.minutesOf,
      ...(c.followUpOf ? { followUpOf: c.followUpOf } : {}),
      refersTo: c.refersTo,
      ...(c.proposedConclusion ? { proposedConclusion: note } : {}),
      ...(c.conclusion ? { conclusion: note } : {}),
      followUps: [],
      // Who stepped aside stays on record; the reason may tell what the case is about.
      conflicts: c.conflicts.map((x) => ({ name: x.name, ...(x.basis ? { basis: x.basis } : {}) })),
      ...(c.recommendationFrom ? { recommendationFrom: c.recommendationFrom } : {}),
      referredTo: c.referredTo,
      together: c.together,
      ...(c.liftedOutBy ? { liftedOutBy: c.liftedOutBy } : {}),
      text: note,
    };
  }
  return withText(c, { attachments: c.attachments.filter((a) => !a.restriction), ...textFields(c, publicText) }, publicText);
}

/** What an internal document shows of a case: everything, without the fence lines. */
export function internalCase(c: Case): Case {
  return withText(c, textFields(c, internalText), internalText);
}

/** The frontmatter text fields, rewritten by `f`. */
function textFields(c: Case, f: (t: string) => string): Partial<Case> {
  const out: Partial<Case> = {};
  if (c.proposedConclusion !== undefined) out.proposedConclusion = f(c.proposedConclusion);
  if (c.lead !== undefined) out.lead = f(c.lead);
  if (c.treatment !== undefined) out.treatment = f(c.treatment);
  if (c.dialogue !== undefined) out.dialogue = f(c.dialogue);
  if (c.conclusion !== undefined) out.conclusion = f(c.conclusion);
  return out;
}

/** Where a copy made by withText finds its text. */
const LAZY = Symbol('lazy text');
interface LazyText {
  source: { text: string };
  f: (t: string) => string;
  value?: string;
}
const LAZY_TEXT: PropertyDescriptor = {
  get(this: { [LAZY]: LazyText }) {
    const lazy = this[LAZY];
    return (lazy.value ??= lazy.f(lazy.source.text));
  },
  enumerable: true,
  configurable: true,
};

/**
 * A copy of `record` (same keys in the same order) with `changes`, whose `text`
 * is `f` of the record's text, worked out when a renderer first reads it: a
 * record's text is read from its file, and a document reads the texts of a few
 * records only, not of every record it is given.
 */
function withText<T extends { text: string }>(record: T, changes: Partial<T>, f: (t: string) => string): T {
  const out = {} as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key === 'text') {
      // One accessor for every copy (a getter of its own per copy would give each
      // copy its own hidden class, and thousands of them put V8 in its slow mode).
      Object.defineProperty(out, LAZY, { value: { source: record, f } });
      Object.defineProperty(out, 'text', LAZY_TEXT);
    } else {
      out[key] = key in changes ? changes[key as keyof T] : record[key as keyof T];
    }
  }
  return out as T;
}

/**
 * The repository as a document may show it: with `isPublic`, every restricted
 * case, attachment and section is taken out (see the module comment); without,
 * only the fence lines of sections are removed. Records are copied, the input is
 * not changed.
 */
export function documentView(repo: Repository, isPublic: boolean, lang: Lang): Repository {
  const text = isPublic ? publicText : internalText;
  return {
    ...repo,
    cases: repo.cases.map((c) => (isPublic ? publicCase(c, lang) : internalCase(c))),
    meetings: repo.meetings.map((m) => withText(m, {}, text)),
    plans: repo.plans.map((p) => withText(p, {}, text)),
    planRows: repo.planRows.map((r) => withText(r, {}, text)),
    mandates: repo.mandates.map((m) => withText(m, {}, text)),
  };
}
