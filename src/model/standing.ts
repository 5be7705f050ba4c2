/**
 * The standing items of a meeting — Godkjenning av innkalling og dagsorden,
 * Referat(er) and Eventuelt — and the agenda order they give. One list: the
 * frontmatter key (`fast_sak: godkjenning`), the model's kind and the place on
 * the agenda all come from here.
 */
import type { Lang } from '../i18n/lang.js';
import { compareCaseNumbers, type CaseNumber } from './case-number.js';

export const STANDING_ITEMS = [
  /** Opens the meeting. */
  { key: 'godkjenning', kind: 'approval', rank: 0 },
  /** The minutes of earlier meetings, after the approval. */
  { key: 'referat', kind: 'minutes', rank: 1 },
  /** Always last, after every case. */
  { key: 'eventuelt', kind: 'aob', rank: 3 },
] as const;

/** The value of `fast_sak` in a case file. */
export type StandingKey = (typeof STANDING_ITEMS)[number]['key'];
/** The model's name of a standing item. */
export type StandingKind = (typeof STANDING_ITEMS)[number]['kind'];

/** The frontmatter keys, in agenda order (the schema's enum says the same; a test compares them). */
export const STANDING_KEYS: readonly StandingKey[] = STANDING_ITEMS.map((s) => s.key);

/** The kind of a `fast_sak` value, if it names a standing item. */
export function standingKindOf(key: unknown): StandingKind | undefined {
  return STANDING_ITEMS.find((s) => s.key === key)?.kind;
}

/** The `fast_sak` value of a kind. */
export function standingKeyOf(kind: StandingKind): StandingKey {
  return STANDING_ITEMS.find((s) => s.kind === kind)!.key;
}

/** Where an ordinary case sits: after the opening standing items, before Eventuelt. */
const CASE_RANK = 2;

/** What the agenda order looks at. */
export interface AgendaItem {
  standing?: StandingKind;
  number?: CaseNumber;
}

/**
 * Agenda order: Godkjenning, then Referat, then the cases by number, and
 * Eventuelt last. Where both items are numbered (and neither is Eventuelt) the
 * numbers decide, since they were given in agenda order; items that compare
 * equal keep the order the caller's tie-break gives (file name, or queue order).
 */
export function compareAgenda(a: AgendaItem, b: AgendaItem): number {
  const rank = (x: AgendaItem) => (x.standing ? STANDING_ITEMS.find((s) => s.kind === x.standing)!.rank : CASE_RANK);
  const ra = rank(a);
  const rb = rank(b);
  if (a.number && b.number && a.standing !== 'aob' && b.standing !== 'aob') {
    const byNumber = compareCaseNumbers(a.number, b.number);
    if (byNumber !== 0) return byNumber;
  }
  return ra - rb || (a.number && b.number ? compareCaseNumbers(a.number, b.number) : 0);
}

/** What a standing item says: its title, and the conclusion proposed in the notice. */
export interface StandingText {
  title: string;
  proposedConclusion?: string;
}

/** A partnership's or a body's own words for its standing items (`faste_saker` in hf.yaml). */
export type StandingTexts = Partial<Record<StandingKind, Partial<StandingText>>>;

/** hf's own words for the standing items, in each language the documents are written in. */
export const STANDING_DEFAULTS: Readonly<Record<StandingKind, Readonly<Record<Lang, StandingText>>>> = {
  approval: {
    nb: { title: 'Godkjenning av innkalling og dagsorden', proposedConclusion: 'Innkalling og dagsorden godkjennes.' },
    nn: { title: 'Godkjenning av innkalling og dagsorden', proposedConclusion: 'Innkalling og dagsorden vert godkjende.' },
    en: { title: 'Approval of the notice and the agenda', proposedConclusion: 'The notice and the agenda are approved.' },
  },
  minutes: {
    nb: { title: 'Referat fra forrige møte', proposedConclusion: 'Referatet godkjennes.' },
    nn: { title: 'Referat frå førre møte', proposedConclusion: 'Referatet vert godkjent.' },
    en: { title: 'Minutes of the previous meeting', proposedConclusion: 'The minutes are approved.' },
  },
  aob: {
    nb: { title: 'Eventuelt' },
    nn: { title: 'Eventuelt' },
    en: { title: 'Any other business' },
  },
};

/**
 * The words of a standing item in `lang`: the body's own (hf.yaml, under the
 * body's `faste_saker`), else the partnership's (`faste_saker` at the top), else
 * hf's. A partnership's own words are in its language (`språk`), so they are
 * used for documents in that language only.
 */
export function standingText(kind: StandingKind, lang: Lang, own: { lang: Lang; standing?: StandingTexts }, body?: { standing?: StandingTexts }): StandingText {
  const base = STANDING_DEFAULTS[kind][lang];
  if (lang !== own.lang) return base;
  const mine = { ...own.standing?.[kind], ...body?.standing?.[kind] };
  return { ...base, ...(mine.title ? { title: mine.title } : {}), ...(mine.proposedConclusion ? { proposedConclusion: mine.proposedConclusion } : {}) };
}
