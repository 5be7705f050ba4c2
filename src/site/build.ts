/**
 * The partnership's public website, built from the repository: model → a map
 * of site paths to bytes. Nothing here touches the disk, the clock or another
 * program; what the site needs from outside comes in as functions (the bytes of
 * attachment files, a PDF engine, a search indexer), and the command writes the
 * result (src/commands/site.ts).
 *
 * Only what is public reaches the site: the repository is reduced to its public
 * view (src/model/restricted.ts) before anything else looks at it, so a page,
 * the search index, the feed, the calendar and every PDF are made from data in
 * which restricted cases are a public title and a note, and restricted
 * attachments and sections are not there at all.
 *
 * The same input gives the same bytes: records are taken in a fixed order, dates
 * come from the data (and `today`, which decides which meetings are next and
 * whether minutes are out), and nothing records when the site was built.
 */
import type { Lang } from '../i18n/lang.js';
import { HistoryIndex } from '../model/history.js';
import { actionPlans, planLabel, planTree } from '../model/plan.js';
import { planStatus } from '../model/plan-status.js';
import { RepoIndex, type Repository } from '../model/repository.js';
import { documentView } from '../model/restricted.js';
import { formatCaseRef, type CaseRef } from '../model/case-number.js';
import type { Attachment, Case, Config } from '../model/types.js';
import { renderCalendar } from '../render/calendar.js';
import { isReservedName } from '../model/file-names.js';
import { formatDateMedium } from '../render/dates.js';
import type { Doc } from '../render/ir.js';
import { loadMarkdown } from '../render/markdown.js';
import { renderMinutes } from '../render/minutes.js';
import { renderNotice } from '../render/notice.js';
import { hasPaper, renderPaper } from '../render/paper.js';
import { renderPlan } from '../render/plan.js';
import { renderPlanStatus } from '../render/plan-status.js';
import { toHtmlBody } from '../render/write-html.js';
import { SITE_CSS, searchScript } from './assets.js';
import { allMeetings, caseName, mandateDoc, MeetingScopes, minutesReady } from './documents.js';
import { renderFeed, type FeedEntry } from './feed.js';
import { siteLabelsFor } from './labels.js';
import { escapeAttr, link, page, type Crumb, type SiteContext } from './page.js';
import {
  bodyCasesPage,
  bodyPage,
  casePage,
  frontPage,
  meetingLabel,
  meetingPage,
  meetingsPage,
  plansPage,
  searchPage,
  type MeetingEntry,
  type PageContext,
} from './pages.js';
import { caseDir, paths, pdfPath } from './paths.js';

/** Builds the search index of the pages it is given, in the order given. */
export interface SearchIndexer {
  add(page: { path: string; html: string }): void;
  /** The index's files by path under `pagefind/`. */
  finish(): Promise<Map<string, Uint8Array>>;
}

export interface SiteInput {
  /** The repository as loaded: the builder makes the public view itself. */
  repo: Repository;
  lang: Lang;
  /** yyyy-mm-dd: which meetings are next, and whether a meeting's minutes are out. */
  today: string;
  /** hf's version, for the calendar's PRODID. */
  version: string;
  /** The absolute address the site is published at (for the feed and the calendar's links). */
  baseUrl?: string;
  /** The bytes of an attachment file (a repository-relative path from the data), or undefined when it cannot be read. */
  attachment?: (path: string) => Uint8Array | undefined;
  /** Prints a document to PDF; without it the site has no PDFs. */
  pdf?: (doc: Doc) => Promise<Uint8Array>;
  /** Starts a search index for pages in `lang`; the pages are added as they are made. Without it the site has no search. */
  search?: (lang: Lang) => SearchIndexer;
}

export type SiteWarning = { kind: 'attachmentMissing'; case: string; file: string };

export interface SiteResult {
  /** Every file of the site by site path, in path order. */
  files: Map<string, Uint8Array>;
  warnings: SiteWarning[];
  /** Number of HTML pages. */
  pages: number;
}

interface DocPage {
  path: string;
  doc: Doc;
  crumbs: Crumb[];
}

/** The newest decisions on the front page. */
const DECISIONS = 10;
/** Entries in the feed. */
const FEED_ENTRIES = 50;

const encoder = new TextEncoder();

/** Builds the website. */
export async function buildSite(input: SiteInput): Promise<SiteResult> {
  const indexer = input.search?.(input.lang);
  try {
    return await build(input, indexer);
  } catch (error) {
    // Ends the indexer's program too, or the process would wait for it.
    await indexer?.finish().catch(() => undefined);
    throw error;
  }
}

async function build(input: SiteInput, indexer: SearchIndexer | undefined): Promise<SiteResult> {
  await loadMarkdown();
  const { lang, today } = input;
  const l = siteLabelsFor(lang);
  const repo = documentView(input.repo, true, lang);
  const index = new RepoIndex(repo);
  const config = repo.config;
  const histories = new HistoryIndex(repo, index);
  const scopes = new MeetingScopes(index);
  const site: SiteContext = { lang, name: config.name, l, search: !!input.search };
  const files = new Map<string, Uint8Array>();
  let pages = 0;
  const warnings: SiteWarning[] = [];
  const put = (path: string, data: string | Uint8Array) => {
    if (files.has(path)) throw new Error(`two files of the site at ${path}`);
    files.set(path, typeof data === 'string' ? encoder.encode(data) : data);
  };
  const renderOptions = { lang, today };

  // Meetings and their agendas.
  const meetings: MeetingEntry[] = allMeetings(index)
    .filter((m) => /^\d{4}-\d{2}-\d{2}$/.test(m.date))
    .map((m) => {
      const agenda = index.agenda(m.body, m.date);
      return { ...m, agenda, minutes: minutesReady(m.date, agenda, today) };
    });
  const meetingsByBody = new Map<string, MeetingEntry[]>();
  for (const m of meetings) {
    const list = meetingsByBody.get(m.body);
    if (list) list.push(m);
    else meetingsByBody.set(m.body, [m]);
  }
  const meetingKeys = new Set(meetings.map((m) => `${m.body} ${m.date}`));
  const minutesKeys = new Set(meetings.filter((m) => m.minutes).map((m) => `${m.body} ${m.date}`));
  const meetingPath = (body: string, date: string | undefined) => (date && meetingKeys.has(`${body} ${date}`) ? paths.meeting(body, date) : undefined);

  // Where every case lives: numbered cases by number, standing items without one by their place on the agenda.
  const caseDirs = new Map<Case, string>();
  const taken = new Set<string>();
  const published = repo.cases.filter((c) => c.number || c.meeting);
  for (const c of published) {
    const position = c.meeting ? index.agenda(c.body, c.meeting).indexOf(c) + 1 : 0;
    let dir = caseDir(c, position);
    for (let n = 2; taken.has(dir); n++) dir = `${caseDir(c, position)}-${n}`;
    taken.add(dir);
    caseDirs.set(c, dir);
  }
  const casePath = (c: Case) => {
    const dir = caseDirs.get(c);
    return dir ? `${dir}/index.html` : undefined;
  };
  const paperPath = (c: Case) => (caseDirs.has(c) && !c.restriction && hasPaper(c) ? `${caseDirs.get(c)}/saksfremlegg.html` : undefined);

  // An attachment hf renders itself links to its page on the site: the case's paper,
  // the minutes a Referat case presents, a body's mandate.
  const mandateBodies = new Set(repo.mandates.map((m) => m.body).filter((code) => config.bodies.some((b) => b.code === code)));
  const ownDocumentPath = (c: Case, a: Attachment): string | undefined => {
    if (a.restriction) return undefined;
    if (a.paper) return paperPath(c);
    if (a.minutes) {
      const body = a.minutes.body.toUpperCase();
      return minutesKeys.has(`${body} ${a.minutes.date}`) ? paths.minutes(body, a.minutes.date) : undefined;
    }
    if (a.mandate) return mandateBodies.has(a.mandate.toUpperCase()) ? paths.mandate(a.mandate.toUpperCase()) : undefined;
    return undefined;
  };

  // Attachment files, copied beside their case's page.
  const attachmentFiles = new Map<string, string>();
  for (const c of published) {
    if (c.restriction) continue;
    const used = new Set<string>();
    c.attachments.forEach((a, i) => {
      const own = a.file ? undefined : ownDocumentPath(c, a);
      if (own) attachmentFiles.set(`${caseDirs.get(c)}#${i}`, own);
      if (!a.file || !input.attachment) return;
      const bytes = input.attachment(a.file);
      if (!bytes) {
        warnings.push({ kind: 'attachmentMissing', case: caseName(c), file: a.file });
        return;
      }
      let name = attachmentName(a.file);
      for (let n = 2; used.has(name); n++) name = `${n}-${attachmentName(a.file)}`;
      used.add(name);
      const path = `${caseDirs.get(c)}/vedlegg/${name}`;
      attachmentFiles.set(`${caseDirs.get(c)}#${i}`, path);
      put(path, bytes);
    });
  }

  const plans = actionPlans(repo).map((p) => ({ plan: p, id: p.id, label: planLabel(p) }));
  const pdfs = new Set<string>();
  const ctx: PageContext = {
    lang,
    l,
    config,
    partnership: config.name,
    today,
    casePage: casePath,
    refPage: (ref: CaseRef) => {
      const c = index.findCase(ref);
      return c ? casePath(c) : undefined;
    },
    paperPage: paperPath,
    hasPdf: (path) => pdfs.has(pdfPath(path)),
    attachmentFile: (c, i) => attachmentFiles.get(`${caseDirs.get(c)}#${i}`),
    meetingsOf: (body) => meetingsByBody.get(body) ?? [],
    meetingPage: meetingPath,
    hasCases: (body) => published.some((c) => c.body === body),
    plans: plans.map(({ id, label }) => ({ id, label })),
  };

  // The documents first: the other pages link to their PDFs.
  const home: Crumb = { label: l('home'), path: paths.home };
  const bodyCrumb = (code: string): Crumb => ({ label: code, path: paths.body(code) });
  const meetingCrumb = (code: string, date: string): Crumb => {
    const path = meetingPath(code, date);
    return path ? { label: formatDateMedium(date, lang), path } : { label: formatDateMedium(date, lang) };
  };
  const addPage = (path: string, title: string, main: string, crumbs: Crumb[], extra: { searchPage?: boolean } = {}) => {
    const html = page({ path, title, main, crumbs, ...extra, noIndex: !!extra.searchPage }, site);
    put(path, html);
    pages++;
    if (indexer && !extra.searchPage) indexer.add({ path, html });
  };
  // Each document is written (page and PDF) as soon as it is made, so a large site never holds every document at once.
  const emit = async (d: DocPage) => {
    if (input.pdf) {
      const path = pdfPath(d.path);
      put(path, await input.pdf(d.doc));
      pdfs.add(path);
    }
    const actions = pdfs.has(pdfPath(d.path)) ? `<p class="doc-actions">${link(d.path, pdfPath(d.path), l('downloadPdf'))}</p>\n` : '';
    addPage(d.path, d.doc.title, `${actions}<div class="document">\n${documentHtml(d.doc, l('tableRegion'))}\n</div>`, d.crumbs);
  };
  const feed: FeedEntry[] = [];
  for (const m of meetings) {
    const scoped = scopes.forMeeting(m.body, m.date);
    const notice = renderNotice(scoped, m.body, m.date, renderOptions);
    const noticePath = paths.notice(m.body, m.date);
    await emit({ path: noticePath, doc: notice, crumbs: [home, bodyCrumb(m.body), meetingCrumb(m.body, m.date), { label: l('notice') }] });
    feed.push({ title: notice.title, path: noticePath, date: m.date, summary: meetingLabel(m, ctx), key: `notice ${m.body} ${m.date}` });
    if (m.minutes) {
      const minutes = renderMinutes(scoped, m.body, m.date, renderOptions).doc;
      const minutesPath = paths.minutes(m.body, m.date);
      await emit({ path: minutesPath, doc: minutes, crumbs: [home, bodyCrumb(m.body), meetingCrumb(m.body, m.date), { label: l('minutes') }] });
      feed.push({ title: minutes.title, path: minutesPath, date: m.date, summary: meetingLabel(m, ctx), key: `minutes ${m.body} ${m.date}` });
    }
  }
  for (const c of published) {
    const path = paperPath(c);
    if (!path) continue;
    const doc = renderPaper(index, c, renderOptions);
    const crumbs: Crumb[] = [home, bodyCrumb(c.body)];
    if (c.meeting) crumbs.push(meetingCrumb(c.body, c.meeting));
    crumbs.push({ label: caseName(c), path: casePath(c)! }, { label: l('paper') });
    await emit({ path, doc, crumbs });
    if (c.meeting) feed.push({ title: doc.title, path, date: c.meeting, summary: meetingLabel({ body: c.body, date: c.meeting }, ctx), key: `paper ${c.number ? formatCaseRef({ body: c.body, number: c.number }) : path}` });
  }
  const plansCrumb: Crumb = { label: l('plans'), path: paths.plans };
  for (const { plan, id, label } of plans) {
    await emit({ path: paths.plan(id), doc: renderPlan(planTree(repo, plan), { lang, partnership: config.name }), crumbs: [home, plansCrumb, { label }] });
    await emit({
      path: paths.planStatus(id),
      doc: renderPlanStatus(planStatus(index, id, today), { lang, partnership: config.name }),
      crumbs: [home, plansCrumb, { label, path: paths.plan(id) }, { label: l('planStatus') }],
    });
  }
  const mandates = new Map<string, { path: string; title: string }>();
  for (const m of [...repo.mandates].sort((a, b) => (a.body < b.body ? -1 : a.body > b.body ? 1 : 0))) {
    const b = config.bodies.find((x) => x.code === m.body);
    if (!b || mandates.has(b.code)) continue;
    const approved = m.approvedIn ? formatCaseRef(m.approvedIn) : undefined;
    const doc = mandateDoc(m, b.name, config.name, lang, l, approved);
    const path = paths.mandate(b.code);
    mandates.set(b.code, { path, title: doc.title });
    await emit({ path, doc, crumbs: [home, bodyCrumb(b.code), { label: l('mandate') }] });
  }

  // The pages around the documents.
  const decisions = published
    .filter((c) => !c.restriction && !c.standing && c.meeting && c.meeting < today && c.conclusion?.trim())
    .sort((a, b) => (a.meeting! !== b.meeting! ? (a.meeting! < b.meeting! ? 1 : -1) : (b.number?.seq ?? 0) - (a.number?.seq ?? 0)))
    .slice(0, DECISIONS);
  addPage(paths.home, config.name, frontPage(paths.home, meetings, decisions, ctx), []);
  addPage(paths.meetings, l('meetings'), meetingsPage(paths.meetings, meetings, ctx), [home, { label: l('meetings') }]);
  addPage(paths.plans, l('plansTitle'), plansPage(paths.plans, ctx), [home, { label: l('plans') }]);
  for (const b of config.bodies) {
    const cases = published.filter((c) => c.body === b.code);
    addPage(paths.body(b.code), b.name, bodyPage(paths.body(b.code), b, mandates.get(b.code), cases.length, ctx), [home, { label: b.code }]);
    if (cases.length) addPage(paths.bodyCases(b.code), l('casesOf', { code: b.code }), bodyCasesPage(paths.bodyCases(b.code), b, cases, ctx), [home, bodyCrumb(b.code), { label: l('cases') }]);
  }
  for (const m of meetings) {
    const path = paths.meeting(m.body, m.date);
    addPage(path, meetingLabel(m, ctx), meetingPage(path, m, ctx), [home, bodyCrumb(m.body), { label: formatDateMedium(m.date, lang) }]);
  }
  for (const c of published) {
    const path = casePath(c)!;
    const crumbs: Crumb[] = [home, bodyCrumb(c.body)];
    if (c.meeting) crumbs.push(meetingCrumb(c.body, c.meeting));
    crumbs.push({ label: caseName(c) });
    addPage(path, c.number ? `${caseName(c)} ${c.title}` : c.title, casePage(path, c, histories.of(c), ctx), crumbs);
  }
  if (input.search) addPage(paths.search, l('search'), searchPage(paths.search, ctx), [home, { label: l('search') }], { searchPage: true });

  // Calendar, feed, stylesheet, search.
  put(paths.calendar, calendar(repo, index, config, lang, input));
  put(paths.feed, renderFeed({ title: config.name, partnership: config.name, lang, ...(input.baseUrl ? { baseUrl: input.baseUrl } : {}), entries: feed, limit: FEED_ENTRIES }));
  put(paths.css, SITE_CSS);
  if (indexer) {
    put(paths.script, searchScript(l, config.name));
    const indexFiles = await indexer.finish();
    for (const [path, bytes] of [...indexFiles].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) put(`pagefind/${path}`, bytes);
  }
  const sorted = new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { files: sorted, warnings, pages };
}

/**
 * A document's body for its page. A wide table (the agenda, the plan) sits in a
 * region of its own that scrolls sideways on a narrow screen instead of
 * widening the page, and that the keyboard can reach to scroll it.
 */
function documentHtml(doc: Doc, label: string): string {
  return doc.blocks
    .map((b) => {
      const html = toHtmlBody({ ...doc, blocks: [b] });
      return b.type === 'table' && b.style !== 'fields' ? `<div class="table-wrap" tabindex="0" role="region" aria-label="${escapeAttr(label)}">\n${html}\n</div>` : html;
    })
    .join('\n');
}

/** The meeting plan: hf's calendar, its links pointing at the meeting pages when the site's address is known. */
function calendar(repo: Repository, index: RepoIndex, config: Config, lang: Lang, input: SiteInput): string {
  const latest = repo.meetings.reduce((max, m) => (m.date > max ? m.date : max), '1970-01-01');
  const website = input.baseUrl ? `${input.baseUrl}{organ}/{dato}/index.html` : config.website;
  return renderCalendar({
    config: { ...config, ...(website ? { website } : {}) },
    meetings: repo.meetings.filter((m) => /^\d{4}-\d{2}-\d{2}$/.test(m.date)),
    agenda: (m) => index.agenda(m.body, m.date),
    // DTSTAMP from the data, not the clock: the day of the latest meeting.
    now: new Date(`${/^\d{4}-\d{2}-\d{2}$/.test(latest) ? latest : '1970-01-01'}T00:00:00Z`),
    lang,
    version: input.version,
  });
}

/** The file name an attachment is published under: its own, with anything unusual replaced. */
export function attachmentName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? '';
  const name = base.replace(/[^\p{L}\p{N}._ ()-]+/gu, '-').replace(/^[.\s-]+/, '').replace(/[.\s]+$/, '');
  // Windows refuses device names (CON, AUX, NUL …) and names ending in a dot or a space.
  return !name ? 'vedlegg' : isReservedName(name) ? `vedlegg-${name}` : name;
}

