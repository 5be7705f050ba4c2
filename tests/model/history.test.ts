/**
 * The history index answers for every case what the direct definition answers
 * (the one `hf show` used before the index: a scan of every case per question),
 * on the bundled data and on the Fjord fixture, and builds in one pass.
 */
import { describe, expect, it } from 'vitest';
import { findTextRefs, formatCaseRef, type CaseRef } from '../../src/model/case-number.js';
import { HistoryIndex, type History, type Related } from '../../src/model/history.js';
import type { RepoIndex, Repository } from '../../src/model/repository.js';
import type { Case } from '../../src/model/types.js';
import { loadBundled } from '../helpers/bundled.js';
import { loadFjord } from '../helpers/fjord.js';
import { loadNordvik } from '../helpers/nordvik.js';

function sameRef(a: CaseRef | undefined, c: Case): boolean {
  return !!a && !!c.number && a.body === c.body && a.number.year === c.number.year && a.number.seq === c.number.seq;
}

/** The definition: each relation by scanning the whole repository. */
function directHistory(c: Case, repo: Repository, index: RepoIndex): History {
  const followsUp: Related[] = [];
  const seen = new Set<Case>([c]);
  for (let ref = c.followUpOf; ref; ) {
    const earlier = index.findCase(ref);
    followsUp.push({ ref: formatCaseRef(ref), ...(earlier ? { case: earlier } : {}) });
    if (!earlier || seen.has(earlier)) break;
    seen.add(earlier);
    ref = earlier.followUpOf;
  }
  const followedUpBy: Case[] = [];
  for (let frontier = [c]; frontier.length; ) {
    const next = repo.cases.filter((x) => !seen.has(x) && frontier.some((f) => sameRef(x.followUpOf, f)));
    for (const x of next) seen.add(x);
    followedUpBy.push(...next);
    frontier = next;
  }
  const bodies = repo.config.bodies.map((b) => b.code);
  const mentions = (x: Case): boolean =>
    x.refersTo.some((r) => sameRef(r, c)) ||
    [x.text, x.conclusion, x.proposedConclusion, x.treatment, x.dialogue]
      .filter((s): s is string => !!s)
      .some((s) => findTextRefs(s, bodies, x.body).some((r) => sameRef(r.ref, c)));
  const referrals = directReferrals(c, repo, index);
  const connected = new Set([c, ...followedUpBy, ...followsUp.map((r) => r.case).filter((x): x is Case => !!x), ...referrals.map((r) => r.case).filter((x): x is Case => !!x)]);
  const areaName = new Map(repo.config.plan.groupings.flatMap((g) => g.areas.map((a) => [a.id, a.name] as const)));
  return {
    followsUp,
    followedUpBy,
    refersTo: c.refersTo.map((r) => {
      const x = index.findCase(r);
      return { ref: formatCaseRef(r), ...(x ? { case: x } : {}) };
    }),
    referredFrom: repo.cases.filter((x) => !connected.has(x) && mentions(x)),
    minutesIn: c.meeting ? repo.cases.filter((x) => x.minutesOf.some((r) => r.body === c.body && r.date === c.meeting)) : [],
    closes: repo.cases.flatMap((x) => x.followUps.filter((f) => sameRef(f.closedIn, c)).map((f) => ({ source: x, what: f.what }))),
    planRows: repo.planRows
      .filter((r) => r.cases.some((x) => sameRef(x, c)))
      .map((r) => ({ file: r.file, plan: r.plan, id: r.id, title: r.title ?? areaName.get(r.area) ?? r.id, ...(r.status ? { status: r.status } : {}) })),
    plans: repo.plans.filter((p) => p.decidedIn.some((x) => sameRef(x, c))).map((p) => ({ file: p.file, plan: p.id, title: p.title })),
    mandates: repo.mandates.filter((x) => sameRef(x.approvedIn, c)).map((x) => ({ file: x.file, body: x.body, ...(x.title ? { title: x.title } : {}) })),
    referrals,
  };
}

const label = (x: Case) => (x.number ? formatCaseRef({ body: x.body, number: x.number }) : x.meeting ? `${x.body} (${x.meeting})` : `${x.body} (kø)`);

/** The chain of referrals through `c`, by scanning every case for who names whom. */
function directReferrals(c: Case, repo: Repository, index: RepoIndex): Related[] {
  let root: Case = c;
  const back = new Set<Case>([c]);
  const missing: Related[] = [];
  for (let ref = c.recommendationFrom; ref; ) {
    const earlier = index.findCase(ref);
    if (!earlier) {
      missing.push({ ref: formatCaseRef(ref) });
      break;
    }
    if (back.has(earlier)) break;
    back.add(earlier);
    root = earlier;
    ref = earlier.recommendationFrom;
  }
  const out: Related[] = [...missing];
  const seen = new Set<Case>();
  const visit = (x: Case) => {
    if (seen.has(x)) return;
    seen.add(x);
    out.push({ ref: label(x), case: x });
    const next = new Set<Case>();
    for (const r of x.referredTo) {
      const y = index.findCase(r);
      if (y) next.add(y);
      else out.push({ ref: formatCaseRef(r) });
    }
    for (const y of repo.cases) if (x.number && sameRef(y.recommendationFrom, x)) next.add(y);
    for (const y of next) visit(y);
  };
  visit(root);
  return out.length > 1 ? out : [];
}

describe('HistoryIndex', () => {
  for (const [name, load] of [
    ['the bundled data', loadBundled],
    ['the Fjord fixture', () => loadFjord()],
    ['the Nordvik fixture (a referral between bodies)', () => loadNordvik()],
  ] as const) {
    it(`gives every case of ${name} the history of the direct definition`, () => {
      const { repo, index } = load();
      const histories = new HistoryIndex(repo, index);
      let related = 0;
      for (const c of repo.cases) {
        const h = histories.of(c);
        expect(h, c.file).toEqual(directHistory(c, repo, index));
        related += h.followedUpBy.length + h.referredFrom.length + h.minutesIn.length + h.closes.length + h.planRows.length + h.referrals.length;
      }
      // The data has relations of every kind, so the comparison is not between empty lists.
      expect(related).toBeGreaterThan(5);
    });
  }

  it('follows a chain of follow-ups in both directions', () => {
    const { repo, index } = loadBundled();
    const c = index.findCase({ body: 'SSU', number: { year: 2024, seq: 17 } })!;
    const h = new HistoryIndex(repo, index).of(c);
    expect(h.followedUpBy.map((x) => x.number && `${x.body} ${x.number.year}.${x.number.seq}`)).toEqual(['SSU 2024.28']);
    const later = new HistoryIndex(repo, index).of(h.followedUpBy[0]!);
    expect(later.followsUp.map((r) => r.ref)).toEqual(['SSU 2024.17']);
  });
});
