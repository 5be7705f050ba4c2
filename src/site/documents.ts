/**
 * The documents the website publishes, made by hf's own renderers: the notice
 * and the minutes of each meeting, the case papers, the action plan and its
 * status, and the mandates. Each is a Doc, shown as a page and, where a PDF
 * engine is given, printed to PDF.
 *
 * A notice looks at the body's open follow-up items, which the renderer finds by
 * going through the repository's cases. Done for every meeting of a large
 * repository that would cost meetings × cases, so each meeting's documents are
 * rendered from a view that holds only the cases they can show: the agenda, the
 * cases the agenda follows up, and the body's cases with open follow-up items
 * together with the cases that follow those up (a test holds the result to the
 * one from the whole repository).
 */
import { caseKey, formatCaseNumber } from '../model/case-number.js';
import { RepoIndex, type Repository } from '../model/repository.js';
import type { Case, Mandate, Meeting } from '../model/types.js';
import type { Lang } from '../i18n/lang.js';
import type { Block, Doc, Inline, TableCell } from '../render/ir.js';
import { markdownToBlocks } from '../render/markdown.js';
import { formatDateMedium } from '../render/dates.js';
import type { SiteL } from './labels.js';

/** Builds the small views the documents of each meeting are rendered from. */
export class MeetingScopes {
  private readonly position = new Map<Case, number>();
  /** Per body code: the cases with open follow-up items that belong to it, and their followers. */
  private readonly followUpCases = new Map<string, Set<Case>>();

  constructor(private readonly index: RepoIndex) {
    const repo = index.repo;
    const followers = new Map<string, Case[]>();
    repo.cases.forEach((c, i) => {
      this.position.set(c, i);
      if (c.followUpOf) {
        const k = caseKey(c.followUpOf.body, c.followUpOf.number);
        followers.set(k, [...(followers.get(k) ?? []), c]);
      }
    });
    const add = (body: string, c: Case) => {
      let set = this.followUpCases.get(body);
      if (!set) this.followUpCases.set(body, (set = new Set()));
      set.add(c);
      if (c.number) for (const f of followers.get(caseKey(c.body, c.number)) ?? []) set.add(f);
    };
    for (const c of repo.cases) {
      for (const item of c.followUps) {
        if (item.status !== 'open') continue;
        add(c.body, c);
        const owner = item.owner?.trim().toUpperCase();
        if (owner && owner !== c.body) add(owner, c);
      }
    }
  }

  /** An index over what the documents of `body`'s meeting on `date` need. */
  forMeeting(body: string, date: string): RepoIndex {
    const repo = this.index.repo;
    const agenda = this.index.agenda(body, date);
    const cases = new Set<Case>(agenda);
    for (const c of agenda) {
      const earlier = c.followUpOf ? this.index.findCase(c.followUpOf) : undefined;
      if (earlier) cases.add(earlier);
      // A recommendation from another body shows the sending case's conclusion.
      const sender = c.recommendationFrom ? this.index.findCase(c.recommendationFrom) : undefined;
      if (sender) cases.add(sender);
    }
    for (const c of this.followUpCases.get(body) ?? []) cases.add(c);
    const scoped: Repository = {
      ...repo,
      cases: [...cases].sort((a, b) => this.position.get(a)! - this.position.get(b)!),
      // The body's other meetings: the notice names the minutes still awaiting approval.
      meetings: this.index.meetingsOf(body),
    };
    return new RepoIndex(scoped);
  }
}

/** The minutes are published once the meeting is over and some case has a recorded conclusion. */
export function minutesReady(date: string, agenda: readonly Case[], today: string): boolean {
  return date < today && agenda.some((c) => !!c.conclusion?.trim());
}

/** The mandate of a body as a document: its facts, its composition and its text. */
export function mandateDoc(m: Mandate, bodyName: string, partnership: string, lang: Lang, l: SiteL, approvedIn?: string): Doc {
  const title = m.title ?? l('mandateOf', { code: m.body });
  const p = (...text: Inline[]): Block => ({ type: 'paragraph', text });
  const row = (label: string, value: string | undefined): TableCell[] | undefined =>
    value ? [{ blocks: [p(label)] }, { blocks: [p(value)] }] : undefined;
  const frequency = [m.minMeetingsPerYear !== undefined ? l('minPerYear', { n: m.minMeetingsPerYear }) : undefined, m.meetingFrequencyText].filter(Boolean).join('. ');
  const reporting = [
    m.annualReportTo ? l('annualReportTo', { body: m.annualReportTo }) : undefined,
    m.evaluationMonths ? l('evaluationEvery', { n: m.evaluationMonths }) : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  const rows = [
    row(l('colBody'), bodyName),
    row(l('mandateStatus'), m.status === 'vedtatt' ? l('statusApproved') : l('statusDraft')),
    row(l('mandateVersion'), m.version),
    row(m.status === 'vedtatt' ? l('approvedIn') : l('toBeApprovedIn'), approvedIn),
    row(l('validFrom'), m.validFrom ? formatDateMedium(m.validFrom, lang) : undefined),
    row(l('validTo'), m.validTo ? formatDateMedium(m.validTo, lang) : undefined),
    row(l('frequency'), frequency || undefined),
    row(l('reporting'), reporting || undefined),
  ].filter((r): r is TableCell[] => !!r);
  const blocks: Block[] = [{ type: 'heading', level: 1, text: [title] }, { type: 'table', style: 'fields', widths: [1, 3], rows }];
  if (m.composition.length) {
    blocks.push(
      { type: 'heading', level: 2, text: [l('composition')] },
      {
        type: 'table',
        style: 'grid',
        header: [[l('colRole')], [l('colOrganisation')]],
        widths: [1, 1],
        rows: m.composition.map((c) => [{ blocks: [p(c.role)] }, { blocks: c.organisation ? [p(c.organisation)] : [] }]),
      },
    );
  }
  blocks.push(...markdownToBlocks(m.text, { context: 'document', minHeading: 2 }));
  return { title, lang, partnership, blocks };
}

/** "SSU 2024.28" for a numbered case; the title for a standing item without a number. */
export function caseName(c: Case): string {
  return c.number ? `${c.body} ${formatCaseNumber(c.number)}` : c.title;
}

/** Meetings of the site: every meeting file, and every body and date that has cases but no file. */
export function allMeetings(index: RepoIndex): { body: string; date: string; meeting?: Meeting }[] {
  const seen = new Map<string, { body: string; date: string; meeting?: Meeting }>();
  for (const m of index.repo.meetings) {
    const key = `${m.body} ${m.date}`;
    if (!seen.has(key)) seen.set(key, { body: m.body, date: m.date, meeting: m });
  }
  for (const key of index.casesByMeeting.keys()) {
    if (seen.has(key)) continue;
    const [body, date] = key.split(' ') as [string, string];
    seen.set(key, { body, date });
  }
  return [...seen.values()].sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.body < b.body ? -1 : a.body > b.body ? 1 : 0));
}
