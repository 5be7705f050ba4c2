/**
 * The pages of the website that are not documents: the front page, the list of
 * meetings, a page per body, its case list, a page per meeting and a page per
 * case. Each function returns the inside of <main> for the page at `path`;
 * src/site/page.ts puts the frame around it. Text from the repository is escaped
 * here, or written by the document writer when it is Markdown.
 */
import { formatCaseNumber, formatCaseRef, type CaseRef } from '../model/case-number.js';
import type { History } from '../model/history.js';
import { restrictionNote } from '../model/restricted.js';
import type { Body, Case, Config, FollowUpItem, Meeting, Person } from '../model/types.js';
import type { Lang } from '../i18n/lang.js';
import { formatDateLong, formatDateMedium, formatTimeRange } from '../render/dates.js';
import type { Block } from '../render/ir.js';
import { markdownToBlocks, safeHref } from '../render/markdown.js';
import { toHtmlBody } from '../render/write-html.js';
import { caseName } from './documents.js';
import type { SiteL } from './labels.js';
import { escapeHtml, factsTable, gridTable, link } from './page.js';
import { paths, pdfPath } from './paths.js';

/** What the pages know about the site besides the data. */
export interface PageContext {
  lang: Lang;
  l: SiteL;
  config: Config;
  partnership: string;
  today: string;
  /** Site path of a case's page. */
  casePage(c: Case): string | undefined;
  /** Site path of the page of the case a reference names, when the site has it. */
  refPage(ref: CaseRef): string | undefined;
  /** Site path of a case's paper, when it has one on the site. */
  paperPage(c: Case): string | undefined;
  /** Whether a document page has a PDF beside it. */
  hasPdf(path: string): boolean;
  /** The published files of a case's attachments (site paths), by attachment. */
  attachmentFile(c: Case, i: number): string | undefined;
  /** Site path of a meeting's page, when the site has one. */
  meetingPage(body: string, date: string | undefined): string | undefined;
  /** The site's meetings of a body, by date. */
  meetingsOf(body: string): MeetingEntry[];
  /** Whether a body has a case list (it has cases on the site). */
  hasCases(body: string): boolean;
  /** The action plans with a page: their folder id (`2025`, `2025-2027`) and how they are named (`2025–2027`). */
  plans: { id: string; label: string }[];
}

export interface MeetingEntry {
  body: string;
  date: string;
  meeting?: Meeting;
  agenda: Case[];
  minutes: boolean;
}

/** Markdown from the repository as HTML (through the document writer). */
export function markdownHtml(text: string | undefined, ctx: PageContext, minHeading: 2 | 3 | 4 = 3): string {
  const blocks = markdownToBlocks(text, { context: 'document', minHeading });
  return blocks.length ? blocksHtml(blocks, ctx) : '';
}

export function blocksHtml(blocks: Block[], ctx: PageContext): string {
  return toHtmlBody({ title: '', lang: ctx.lang, partnership: ctx.partnership, blocks });
}

function bodyTitle(b: Body | undefined, code: string): string {
  return b && b.name !== b.code ? `${b.name} (${b.code})` : code;
}

export function meetingLabel(e: { body: string; date: string }, ctx: PageContext): string {
  return ctx.l('meetingTitle', { code: e.body, date: formatDateLong(e.date, ctx.lang) });
}

/** "Innkalling (PDF)" links of a document page. */
function docLinks(from: string, path: string, label: string, ctx: PageContext): string {
  const pdf = ctx.hasPdf(path) ? ` (${link(from, pdfPath(path), ctx.l('pdf'), ` aria-label="${escapeHtml(ctx.l('pdfOf', { title: label }))}"`)})` : '';
  return `${link(from, path, label)}${pdf}`;
}

function meetingDocs(from: string, e: MeetingEntry, ctx: PageContext): string {
  const out = [docLinks(from, paths.notice(e.body, e.date), ctx.l('notice'), ctx)];
  if (e.minutes) out.push(docLinks(from, paths.minutes(e.body, e.date), ctx.l('minutes'), ctx));
  return out.join(', ');
}

function caseLink(from: string, c: Case, ctx: PageContext, withTitle = true): string {
  const page = ctx.casePage(c);
  const text = withTitle && c.number ? `${caseName(c)} ${c.title}` : caseName(c);
  return page ? link(from, page, text) : escapeHtml(text);
}

// ---------------------------------------------------------------- front page

export function frontPage(path: string, meetings: MeetingEntry[], decisions: Case[], ctx: PageContext): string {
  const { l, config } = ctx;
  const next = meetings.filter((m) => m.date >= ctx.today).slice(0, 6);
  const parts = [`<h1>${escapeHtml(config.name)}</h1>`, `<p>${escapeHtml(l('intro', { name: config.name }))}</p>`];
  parts.push(`<h2>${escapeHtml(l('nextMeetings'))}</h2>`);
  if (next.length) {
    parts.push(
      `<ul class="list-plain">\n${next
        .map((e) => {
          const b = config.bodies.find((x) => x.code === e.body);
          const when = [formatTimeRange(e.meeting?.start, e.meeting?.end, ctx.lang), e.meeting?.place].filter(Boolean).join(', ');
          return `<li>${link(path, paths.meeting(e.body, e.date), `${formatDateLong(e.date, ctx.lang)}: ${bodyTitle(b, e.body)}`)}${when ? `<br><span class="meta">${escapeHtml(when)}</span>` : ''}<br>${meetingDocs(path, e, ctx)}</li>`;
        })
        .join('\n')}\n</ul>`,
    );
  } else parts.push(`<p>${escapeHtml(l('noNextMeetings'))}</p>`);
  parts.push(`<p>${link(path, paths.meetings, l('allMeetings'))}</p>`);
  parts.push(`<h2>${escapeHtml(l('latestDecisions'))}</h2>`);
  if (decisions.length) {
    parts.push(
      `<ul class="list-plain">\n${decisions
        .map((c) => `<li>${caseLink(path, c, ctx)} <span class="meta">(${escapeHtml(formatDateMedium(c.meeting ?? '', ctx.lang))})</span>${markdownHtml(c.conclusion, ctx, 4)}</li>`)
        .join('\n')}\n</ul>`,
    );
  } else parts.push(`<p>${escapeHtml(l('noDecisions'))}</p>`);
  parts.push(`<h2>${escapeHtml(l('bodies'))}</h2>`);
  parts.push(`<ul>\n${config.bodies.map((b) => `<li>${link(path, paths.body(b.code), bodyTitle(b, b.code))}</li>`).join('\n')}\n</ul>`);
  parts.push(`<h2>${escapeHtml(l('plans'))}</h2>`);
  parts.push(ctx.plans.length ? `<ul>\n${[...ctx.plans].reverse().map((p) => `<li>${link(path, paths.plan(p.id), l('planOf', { year: p.label }))}</li>`).join('\n')}\n</ul>` : `<p>${escapeHtml(l('noPlans'))}</p>`);
  parts.push(`<h2>${escapeHtml(l('follow'))}</h2>`);
  parts.push(`<ul>\n<li>${link(path, paths.calendar, l('calendar'))}</li>\n<li>${link(path, paths.feed, l('feed'))}</li>\n</ul>`);
  return parts.join('\n');
}

// ---------------------------------------------------------------- meetings

export function meetingsPage(path: string, meetings: MeetingEntry[], ctx: PageContext): string {
  const { l } = ctx;
  const byYear = groupBy([...meetings].reverse(), (e) => e.date.slice(0, 4));
  const parts = [`<h1>${escapeHtml(l('meetings'))}</h1>`];
  if (!meetings.length) parts.push(`<p>${escapeHtml(l('noMeetings'))}</p>`);
  for (const [year, list] of byYear) {
    parts.push(`<h2>${escapeHtml(year)}</h2>`);
    parts.push(
      gridTable(
        [l('colDate'), l('colBody'), l('colPlace'), l('colDocuments')],
        list.map((e) => [
          link(path, paths.meeting(e.body, e.date), formatDateMedium(e.date, ctx.lang)),
          link(path, paths.body(e.body), e.body),
          escapeHtml(e.meeting?.place ?? ''),
          meetingDocs(path, e, ctx),
        ]),
      ),
    );
  }
  return parts.join('\n');
}

// ---------------------------------------------------------------- bodies

export function bodyPage(path: string, b: Body, mandate: { path: string; title: string } | undefined, cases: number, ctx: PageContext): string {
  const { l, config } = ctx;
  const parent = b.reportsTo ? config.bodies.find((x) => x.code === b.reportsTo) : undefined;
  const parts = [`<h1>${escapeHtml(bodyTitle(b, b.code))}</h1>`];
  parts.push(
    factsTable([
      [l('kind'), b.kind ? escapeHtml(b.kind) : undefined],
      [l('reportsTo'), b.reportsTo ? (parent ? link(path, paths.body(parent.code), bodyTitle(parent, parent.code)) : escapeHtml(b.reportsTo)) : undefined],
      [l('recipients'), b.recipients ? escapeHtml(b.recipients) : undefined],
    ]),
  );
  parts.push(`<h2>${escapeHtml(l('members'))}</h2>`);
  parts.push(b.members.length ? personTable(b.members, ctx) : `<p>${escapeHtml(l('noMembers'))}</p>`);
  parts.push(`<h2>${escapeHtml(l('mandate'))}</h2>`);
  parts.push(mandate ? `<p>${docLinks(path, mandate.path, mandate.title, ctx)}</p>` : `<p>${escapeHtml(l('noMandate'))}</p>`);
  parts.push(`<h2>${escapeHtml(l('meetingPlan'))}</h2>`);
  const meetings = ctx.meetingsOf(b.code);
  parts.push(
    meetings.length
      ? gridTable(
          [l('colDate'), l('colTime'), l('colPlace'), l('colDocuments')],
          [...meetings].reverse().map((e) => [
            link(path, paths.meeting(e.body, e.date), formatDateMedium(e.date, ctx.lang)),
            escapeHtml(formatTimeRange(e.meeting?.start, e.meeting?.end, ctx.lang) ?? ''),
            escapeHtml(e.meeting?.place ?? ''),
            meetingDocs(path, e, ctx),
          ]),
        )
      : `<p>${escapeHtml(l('noMeetings'))}</p>`,
  );
  parts.push(`<h2>${escapeHtml(l('cases'))}</h2>`);
  parts.push(cases ? `<p>${link(path, paths.bodyCases(b.code), l('allCases', { code: b.code, n: cases }))}</p>` : `<p>${escapeHtml(l('noCases'))}</p>`);
  return parts.join('\n');
}

function personTable(people: Person[], ctx: PageContext): string {
  const { l } = ctx;
  return gridTable(
    [l('colName'), l('colRole'), l('colOrganisation')],
    people.map((p) => [escapeHtml(p.name), escapeHtml(p.role ?? ''), escapeHtml(p.organisation ?? '')]),
  );
}

export function bodyCasesPage(path: string, b: Body, cases: Case[], ctx: PageContext): string {
  const { l } = ctx;
  const parts = [`<h1>${escapeHtml(l('casesOf', { code: b.code }))}</h1>`];
  const byYear = groupBy([...cases].reverse(), (c) => (c.number ? String(c.number.year) : (c.meeting ?? '').slice(0, 4)));
  for (const [year, list] of byYear) {
    parts.push(`<h2>${escapeHtml(year)}</h2>`);
    parts.push(
      gridTable(
        [l('colNumber'), l('colTitle'), l('colMeeting'), l('colStatus')],
        list.map((c) => {
          const page = ctx.casePage(c);
          return [
            escapeHtml(c.number ? formatCaseNumber(c.number) : ''),
            page ? link(path, page, c.title) : escapeHtml(c.title),
            meetingCell(path, c, ctx),
            escapeHtml(c.conclusion?.trim() ? l('statusConcluded') : l('statusOpen')),
          ];
        }),
      ),
    );
  }
  return parts.join('\n');
}

function linkOrText(from: string, to: string | undefined, text: string): string {
  return to ? link(from, to, text) : escapeHtml(text);
}

function meetingCell(from: string, c: Case, ctx: PageContext): string {
  return c.meeting ? linkOrText(from, ctx.meetingPage(c.body, c.meeting), formatDateMedium(c.meeting, ctx.lang)) : '';
}

// ---------------------------------------------------------------- meetings

export function meetingPage(path: string, e: MeetingEntry, ctx: PageContext): string {
  const { l, config } = ctx;
  const b = config.bodies.find((x) => x.code === e.body);
  const m = e.meeting;
  const parts = [`<h1>${escapeHtml(meetingLabel(e, ctx))}</h1>`];
  parts.push(
    factsTable([
      [l('colBody'), b ? link(path, paths.body(b.code), bodyTitle(b, b.code)) : escapeHtml(e.body)],
      [l('colDate'), escapeHtml(formatDateLong(e.date, ctx.lang))],
      [l('time'), m ? escapeHtml(formatTimeRange(m.start, m.end, ctx.lang) ?? '') : undefined],
      [l('place'), m?.place ? escapeHtml(m.place) : undefined],
      [l('chair'), m?.chair ? escapeHtml(m.chair) : undefined],
      [l('minuteTaker'), m?.minuteTaker ? escapeHtml(m.minuteTaker) : undefined],
    ]),
  );
  parts.push(`<h2>${escapeHtml(l('documents'))}</h2>`);
  const docs = [`<li>${docLinks(path, paths.notice(e.body, e.date), l('notice'), ctx)}</li>`];
  docs.push(e.minutes ? `<li>${docLinks(path, paths.minutes(e.body, e.date), l('minutes'), ctx)}</li>` : `<li>${escapeHtml(l('minutes'))}: ${escapeHtml(l('noMinutes'))}</li>`);
  parts.push(`<ul>\n${docs.join('\n')}\n</ul>`);
  parts.push(`<h2>${escapeHtml(l('agenda'))}</h2>`);
  if (e.agenda.length) {
    parts.push(
      gridTable(
        [l('colNumber'), l('colTitle'), l('colTypes'), l('colPaper')],
        e.agenda.map((c) => {
          const page = ctx.casePage(c);
          const paper = ctx.paperPage(c);
          return [
            escapeHtml(c.number ? formatCaseNumber(c.number) : ''),
            page ? link(path, page, c.title) : escapeHtml(c.title),
            escapeHtml(c.types.join(', ')),
            paper ? docLinks(path, paper, l('paper'), ctx) : '',
          ];
        }),
      ),
    );
  } else parts.push(`<p>${escapeHtml(l('noAgenda'))}</p>`);
  const withAttachments = e.agenda.filter((c) => c.attachments.length);
  if (withAttachments.length) {
    parts.push(`<h2>${escapeHtml(l('attachments'))}</h2>`);
    for (const c of withAttachments) {
      parts.push(`<h3>${escapeHtml(c.number ? `${caseName(c)} ${c.title}` : c.title)}</h3>`);
      parts.push(attachmentList(path, c, ctx));
    }
  }
  return parts.join('\n');
}

function attachmentList(path: string, c: Case, ctx: PageContext): string {
  return `<ul>\n${c.attachments
    .map((a, i) => {
      const title = a.title ?? ctx.l('attachmentNumber', { n: i + 1 });
      const file = ctx.attachmentFile(c, i);
      if (file) return `<li>${link(path, file, title)}</li>`;
      const url = safeHref(a.url);
      if (url) return `<li><a href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(title)}</a></li>`;
      return `<li>${escapeHtml(title)} <span class="note">${escapeHtml(ctx.l('attachmentNoFile'))}</span></li>`;
    })
    .join('\n')}\n</ul>`;
}

// ---------------------------------------------------------------- cases

export function casePage(path: string, c: Case, h: History, ctx: PageContext): string {
  const { l, config } = ctx;
  const b = config.bodies.find((x) => x.code === c.body);
  const heading = c.number ? `${caseName(c)} ${c.title}` : c.title;
  const parts = [`<h1>${escapeHtml(heading)}</h1>`];
  if (c.restriction) parts.push(`<p class="restricted">${escapeHtml(restrictionNote(c.restriction, ctx.lang))}</p>`);
  parts.push(
    factsTable([
      [l('colBody'), b ? link(path, paths.body(b.code), bodyTitle(b, b.code)) : escapeHtml(c.body)],
      [l('meeting'), c.meeting ? linkOrText(path, ctx.meetingPage(c.body, c.meeting), formatDateLong(c.meeting, ctx.lang)) : undefined],
      [l('types'), c.types.length ? escapeHtml(c.types.join(', ')) : undefined],
      [l('responsible'), c.responsible.length ? escapeHtml(c.responsible.join(', ')) : undefined],
      [l('handler'), c.handler ? escapeHtml(c.handler) : undefined],
      [l('colStatus'), escapeHtml(c.conclusion?.trim() ? l('statusConcluded') : l('statusOpen'))],
    ]),
  );
  if (c.restriction) {
    parts.push(...historySection(path, h, ctx));
    return parts.join('\n');
  }
  const paper = ctx.paperPage(c);
  if (paper) parts.push(`<p>${docLinks(path, paper, l('paper'), ctx)}</p>`);
  if (c.points.length) parts.push(blocksHtml([{ type: 'list', ordered: false, items: c.points.map(pointItem) }], ctx));
  for (const [label, text] of [
    [l('proposedConclusion'), c.proposedConclusion],
    [l('treatment'), c.treatment],
    [l('dialogue'), c.dialogue],
    [l('conclusion'), c.conclusion],
  ] as const) {
    const html = markdownHtml(text, ctx, 3);
    if (html) parts.push(`<h2>${escapeHtml(label)}</h2>`, html);
  }
  if (c.attachments.length) parts.push(`<h2>${escapeHtml(l('attachments'))}</h2>`, attachmentList(path, c, ctx));
  if (c.links.length) {
    parts.push(`<h2>${escapeHtml(l('links'))}</h2>`);
    parts.push(
      blocksHtml(
        [{ type: 'list', ordered: false, items: c.links.map((k) => [{ type: 'paragraph', text: [k.url ? { type: 'link', href: k.url, children: [k.title] } : k.title] }]) }],
        ctx,
      ),
    );
  }
  parts.push(...historySection(path, h, ctx));
  if (c.followUps.length) {
    parts.push(`<h2>${escapeHtml(l('followUps'))}</h2>`);
    parts.push(gridTable([l('colWhat'), l('colOwner'), l('colDue'), l('colStatus')], c.followUps.map((f) => followUpRow(path, f, ctx))));
  }
  return parts.join('\n');
}

function pointItem(p: Case['points'][number]): Block[] {
  const blocks = markdownToBlocks(p.text, { context: 'cell' });
  const own: Block[] = blocks.length ? blocks : [{ type: 'paragraph', text: [p.text] }];
  return p.points.length ? [...own, { type: 'list', ordered: false, items: p.points.map(pointItem) }] : own;
}

function followUpRow(path: string, f: FollowUpItem, ctx: PageContext): string[] {
  const { l } = ctx;
  const due = [f.meeting ? l('dueMeeting', { date: formatDateMedium(f.meeting, ctx.lang) }) : undefined, f.due && f.due !== f.meeting ? formatDateMedium(f.due, ctx.lang) : undefined]
    .filter(Boolean)
    .join(', ');
  let status = escapeHtml(f.status === 'closed' ? l('closed') : l('open'));
  if (f.status === 'closed' && f.closedIn) {
    const target = ctx.refPage(f.closedIn);
    const ref = formatCaseRef(f.closedIn);
    status = `${escapeHtml(l('closedInShort'))} ${target ? link(path, target, ref) : escapeHtml(ref)}`;
  }
  return [markdownHtml(f.what, ctx, 4) || escapeHtml(f.what), escapeHtml(f.owner ?? ''), escapeHtml(due), status];
}

function historySection(path: string, h: History, ctx: PageContext): string[] {
  const { l } = ctx;
  const items: string[] = [];
  const related = (label: string, r: { ref: string; case?: Case }) =>
    items.push(`<li><strong>${escapeHtml(label)}:</strong> ${r.case ? caseLink(path, r.case, ctx) : escapeHtml(l('missingCase', { ref: r.ref }))}</li>`);
  for (const r of h.followsUp) related(l('followsUp'), r);
  for (const x of h.followedUpBy) related(l('followedUpBy'), { ref: caseName(x), case: x });
  for (const r of h.refersTo) related(l('refersTo'), r);
  for (const x of h.referredFrom) related(l('referredFrom'), { ref: caseName(x), case: x });
  for (const x of h.minutesIn) related(l('minutesIn'), { ref: caseName(x), case: x });
  for (const x of h.closes) items.push(`<li><strong>${escapeHtml(l('closes'))}:</strong> ${caseLink(path, x.source, ctx)}: ${escapeHtml(x.what.replace(/\s+/g, ' ').trim())}</li>`);
  const planName = (id: string) => ctx.plans.find((p) => p.id === id)?.label ?? id;
  const hasPlan = (id: string) => ctx.plans.some((p) => p.id === id);
  for (const p of h.planRows) {
    const target = hasPlan(p.plan) ? link(path, paths.plan(p.plan), `${l('planOf', { year: planName(p.plan) })}: ${p.title}`) : escapeHtml(`${planName(p.plan)}: ${p.title}`);
    items.push(`<li><strong>${escapeHtml(l('planRows'))}:</strong> ${target}${p.status ? ` (${escapeHtml(p.status)})` : ''}</li>`);
  }
  for (const p of h.plans) {
    const text = l('decidedPlan', { title: p.title });
    items.push(`<li>${hasPlan(p.plan) ? link(path, paths.plan(p.plan), text) : escapeHtml(text)}</li>`);
  }
  for (const m of h.mandates) items.push(`<li>${link(path, paths.mandate(m.body), l('approvesMandate', { body: m.body }))}</li>`);
  return [`<h2>${escapeHtml(l('history'))}</h2>`, items.length ? `<ul>\n${items.join('\n')}\n</ul>` : `<p>${escapeHtml(l('noHistory'))}</p>`];
}

// ---------------------------------------------------------------- plans

export function plansPage(path: string, ctx: PageContext): string {
  const { l } = ctx;
  const parts = [`<h1>${escapeHtml(l('plansTitle'))}</h1>`];
  if (!ctx.plans.length) parts.push(`<p>${escapeHtml(l('noPlans'))}</p>`);
  else
    parts.push(
      `<ul>\n${[...ctx.plans]
        .reverse()
        .map((p) => `<li>${docLinks(path, paths.plan(p.id), l('planOf', { year: p.label }), ctx)}; ${docLinks(path, paths.planStatus(p.id), l('planStatus'), ctx)}</li>`)
        .join('\n')}\n</ul>`,
    );
  return parts.join('\n');
}

// ---------------------------------------------------------------- search

export function searchPage(path: string, ctx: PageContext): string {
  const { l, config } = ctx;
  return [
    `<h1>${escapeHtml(l('search'))}</h1>`,
    `<form id="search-form" role="search" action="" method="get">`,
    `<label for="search-q">${escapeHtml(l('searchLabel'))}</label><br>`,
    `<input id="search-q" name="q" type="search" autocomplete="off">`,
    `<button type="submit">${escapeHtml(l('searchButton'))}</button>`,
    `</form>`,
    `<noscript><p>${escapeHtml(l('searchNoScript'))}</p><ul>${config.bodies
      .filter((b) => ctx.hasCases(b.code))
      .map((b) => `<li>${link(path, paths.bodyCases(b.code), l('casesOf', { code: b.code }))}</li>`)
      .join('')}</ul></noscript>`,
    `<p id="search-status" role="status" aria-live="polite"></p>`,
    `<h2>${escapeHtml(l('searchResults'))}</h2>`,
    `<ol id="search-results"></ol>`,
  ].join('\n');
}

function groupBy<T>(list: T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of list) {
    const k = key(x);
    const l = out.get(k);
    if (l) l.push(x);
    else out.set(k, [x]);
  }
  return out;
}
