/**
 * The history of a case: what it follows up, what followed it, the cases it
 * refers to and that mention it, the case that presented its meeting's minutes,
 * the follow-up items it closed, and the action-plan rows, plans and mandates
 * that cite it. `hf show` prints it for one case; the website shows it on every
 * case page, so the lookups are built once for the whole repository (one pass
 * over every case's references and texts), and each case's history is then read
 * from maps: the whole site costs what one `hf show` costs.
 */
import { caseKey, findTextRefs, formatCaseRef, type CaseNumber, type CaseRef } from './case-number.js';
import type { RepoIndex, Repository } from './repository.js';
import type { Case, PlanRow } from './types.js';

export interface Related {
  ref: string;
  case?: Case;
}

/** Everything connected to a case. */
export interface History {
  /** The chain of earlier cases this one follows up, nearest first. */
  followsUp: Related[];
  /** Later cases that follow this one up, directly or through another follow-up, in order. */
  followedUpBy: Case[];
  refersTo: Related[];
  /** Cases whose references or text mention this one. */
  referredFrom: Case[];
  /** The cases that present the minutes of this case's meeting. */
  minutesIn: Case[];
  /** Follow-up items of other cases that this case closed. */
  closes: { source: Case; what: string }[];
  planRows: { file: string; plan: string; id: string; title: string; status?: string }[];
  plans: { file: string; plan: string; title: string }[];
  mandates: { file: string; body: string; title?: string }[];
  /**
   * The whole chain of a matter that moved between bodies (innstilling_fra /
   * oversendt_til), from the first body to the last, this case included; empty
   * when the case was neither referred nor a referral.
   */
  referrals: Related[];
}

const keyOf = (ref: { body: string; number: CaseNumber }) => caseKey(ref.body, ref.number);

/** Lookups for the history of every case of a repository, built in one pass. */
export class HistoryIndex {
  /** Cases by the key of the case they follow up. */
  private readonly followers = new Map<string, Case[]>();
  /** Cases by the keys they mention (in `viser_til` or in a text), each case once per key. */
  private readonly mentionedBy = new Map<string, Case[]>();
  /** Cases by the meetings whose minutes they present (`SSU 2024-05-23`). */
  private readonly minutesBy = new Map<string, Case[]>();
  private readonly closedBy = new Map<string, { source: Case; what: string }[]>();
  private readonly rowsBy = new Map<string, PlanRow[]>();
  /** Cases by the key of the case whose recommendation they treat (`innstilling_fra`). */
  private readonly receivers = new Map<string, Case[]>();
  /** A case's place in the repository, so lists keep the repository's order. */
  private readonly position = new Map<Case, number>();
  private readonly areaName: Map<string, string>;

  constructor(
    private readonly repo: Repository,
    private readonly index: RepoIndex,
  ) {
    const bodies = repo.config.bodies.map((b) => b.code);
    repo.cases.forEach((x, i) => {
      this.position.set(x, i);
      if (x.followUpOf) push(this.followers, keyOf(x.followUpOf), x);
      if (x.recommendationFrom) push(this.receivers, keyOf(x.recommendationFrom), x);
      const mentioned = new Set<string>(x.refersTo.map(keyOf));
      for (const s of [x.text, x.conclusion, x.proposedConclusion, x.treatment, x.dialogue]) {
        if (s) for (const r of findTextRefs(s, bodies, x.body)) mentioned.add(keyOf(r.ref));
      }
      for (const k of mentioned) push(this.mentionedBy, k, x);
      for (const m of x.minutesOf) push(this.minutesBy, `${m.body} ${m.date}`, x);
      for (const f of x.followUps) if (f.closedIn) push(this.closedBy, keyOf(f.closedIn), { source: x, what: f.what });
    });
    for (const r of repo.planRows) for (const k of new Set(r.cases.map(keyOf))) push(this.rowsBy, k, r);
    this.areaName = new Map(repo.config.plan.groupings.flatMap((g) => g.areas.map((a) => [a.id, a.name] as const)));
  }

  /** The history of `c`. */
  of(c: Case): History {
    const { repo, index } = this;
    const key = c.number ? keyOf({ body: c.body, number: c.number }) : undefined;
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
      const next = new Set<Case>();
      for (const f of frontier) {
        if (!f.number) continue;
        for (const x of this.followers.get(keyOf({ body: f.body, number: f.number })) ?? []) if (!seen.has(x)) next.add(x);
      }
      const level = this.inOrder([...next]);
      for (const x of level) seen.add(x);
      followedUpBy.push(...level);
      frontier = level;
    }
    const referrals = this.referralChain(c);
    const connected = new Set([c, ...followedUpBy, ...followsUp.map((r) => r.case).filter((x): x is Case => !!x), ...referrals.map((r) => r.case).filter((x): x is Case => !!x)]);
    const referredFrom = key ? (this.mentionedBy.get(key) ?? []).filter((x) => !connected.has(x)) : [];
    const minutesIn = c.meeting ? (this.minutesBy.get(`${c.body} ${c.meeting}`) ?? []) : [];
    return {
      followsUp,
      followedUpBy,
      refersTo: c.refersTo.map((r) => {
        const x = index.findCase(r);
        return { ref: formatCaseRef(r), ...(x ? { case: x } : {}) };
      }),
      referredFrom,
      minutesIn,
      closes: key ? [...(this.closedBy.get(key) ?? [])] : [],
      planRows: (key ? (this.rowsBy.get(key) ?? []) : []).map((r) => ({
        file: r.file,
        plan: r.plan,
        id: r.id,
        title: r.title ?? this.areaName.get(r.area) ?? r.id,
        ...(r.status ? { status: r.status } : {}),
      })),
      plans: repo.plans.filter((p) => p.decidedIn.some((x) => sameCase(x, c))).map((p) => ({ file: p.file, plan: p.id, title: p.title })),
      mandates: repo.mandates
        .filter((x) => sameCase(x.approvedIn, c))
        .map((x) => ({ file: x.file, body: x.body, ...(x.title ? { title: x.title } : {}) })),
      referrals,
    };
  }

  /** The chain of referrals through `c`: back to the first sender, then forward to every receiver, depth first. */
  referralChain(c: Case): Related[] {
    const { index } = this;
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
      out.push({ ref: labelOf(x), case: x });
      const next = new Set<Case>();
      for (const r of x.referredTo) {
        const y = index.findCase(r);
        if (y) next.add(y);
        else out.push({ ref: formatCaseRef(r) });
      }
      // A receiving case that names this one, also when the sender does not name it back.
      if (x.number) for (const y of this.receivers.get(keyOf({ body: x.body, number: x.number })) ?? []) next.add(y);
      for (const y of next) visit(y);
    };
    visit(root);
    return out.length > 1 ? out : [];
  }

  private inOrder(cases: Case[]): Case[] {
    return cases.sort((a, b) => this.position.get(a)! - this.position.get(b)!);
  }
}

/** The history of one case (for `hf show`). */
export function historyOf(c: Case, repo: Repository, index: RepoIndex): History {
  return new HistoryIndex(repo, index).of(c);
}

/** `SSU 2024.28`, or for an unnumbered case its body and meeting. */
function labelOf(c: Case): string {
  if (c.number) return formatCaseRef({ body: c.body, number: c.number });
  return c.meeting ? `${c.body} (${c.meeting})` : `${c.body} (kø)`;
}

function sameCase(a: CaseRef | undefined, c: Case): boolean {
  return !!a && !!c.number && a.body === c.body && a.number.year === c.number.year && a.number.seq === c.number.seq;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
