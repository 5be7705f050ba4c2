/** `hf list cases|meetings|plans|mandates`: the records of the repository, filtered, as a table or JSON. */
import { translator, type Catalogue } from '../../i18n/lang.js';
import { formatCaseNumber, formatCaseRef, compareCaseNumbers } from '../../model/case-number.js';
import { agendaOrder, type RepoIndex } from '../../model/repository.js';
import type { Case, Mandate, Meeting, PlanRow } from '../../model/types.js';
import { actionPlans, planLabel, planSettings } from '../../model/plan.js';
import { formatOwners, ownerMatches } from '../../model/owners.js';
import { UsageError, todayOf, type CommandContext } from '../shared/context.js';
import { outputWidth, renderTable, type Column } from '../shared/table.js';
import { caseJsonHead, caseLabel, caseStatus, folded, warnUnreadable, type CaseStatus } from '../shared/records.js';
import { openRepository, out, type OpenRepository } from '../shared/support.js';

export const KINDS = ['cases', 'meetings', 'plans', 'mandates'] as const;
export type Kind = (typeof KINDS)[number];

export interface ListOptions {
  body?: string;
  year?: string;
  status?: string;
  type?: string;
  responsible?: string;
  json?: boolean;
}

const m = {
  unknownKind: { nb: 'Ukjent liste `{kind}`; velg en av cases, meetings, plans, mandates', en: 'Unknown list `{kind}`; choose one of cases, meetings, plans, mandates' },
  unknownBody: { nb: 'Organet `{body}` finnes ikke i hf.yaml', en: 'The body `{body}` is not in hf.yaml' },
  knownBodies: { nb: 'Organene er: {bodies}.', en: 'The bodies are: {bodies}.' },
  badYear: { nb: 'Året `{year}` er ikke et årstall', en: 'The year `{year}` is not a year' },
  badYearHint: { nb: 'Skriv året med fire sifre, for eksempel --year 2024.', en: 'Write the year with four digits, for example --year 2024.' },
  badStatus: { nb: 'Statusen `{status}` finnes ikke for {kind}', en: 'There is no status `{status}` for {kind}' },
  statusHint: { nb: 'Velg en av: {choices}.', en: 'Choose one of: {choices}.' },
  badType: { nb: 'Typen `{type}` finnes ikke for {kind}', en: 'There is no type `{type}` for {kind}' },
  notFor: { nb: '{option} kan ikke brukes med {kind}', en: '{option} cannot be used with {kind}' },
  notForHint: { nb: 'Se `hf list --help` for hvilke filtre hver liste har.', en: 'See `hf list --help` for the filters of each list.' },
  none: { nb: 'Ingen {kind} passer.', en: 'No {kind} match.' },
  hCase: { nb: 'Sak', en: 'Case' },
  hMeeting: { nb: 'Møte', en: 'Meeting' },
  hTypes: { nb: 'Type', en: 'Type' },
  hTitle: { nb: 'Tittel', en: 'Title' },
  hResponsible: { nb: 'Ansvar', en: 'Responsible' },
  hStatus: { nb: 'Status', en: 'Status' },
  hBody: { nb: 'Organ', en: 'Body' },
  hDate: { nb: 'Dato', en: 'Date' },
  hTime: { nb: 'Tid', en: 'Time' },
  hPlace: { nb: 'Sted', en: 'Place' },
  hCases: { nb: 'Saker', en: 'Cases' },
  hYear: { nb: 'År', en: 'Year' },
  hRow: { nb: 'Rad', en: 'Row' },
  hPeriod: { nb: 'Periode', en: 'Period' },
  hApprovedIn: { nb: 'Vedtatt i', en: 'Approved in' },
  hValidTo: { nb: 'Gyldig til', en: 'Valid to' },
  open: { nb: 'åpen', en: 'open' },
  concluded: { nb: 'konkludert', en: 'concluded' },
  queued: { nb: 'i kø', en: 'queued' },
  held: { nb: 'avholdt', en: 'held' },
  upcoming: { nb: 'kommende', en: 'upcoming' },
  kcases: { nb: 'saker', en: 'cases' },
  kmeetings: { nb: 'møter', en: 'meetings' },
  kplans: { nb: 'handlingsplanrader', en: 'action-plan rows' },
  kmandates: { nb: 'mandater', en: 'mandates' },
} satisfies Catalogue;

type Msg = ReturnType<typeof translator<keyof typeof m>>;

/** Status words accepted on the command line, Norwegian or English, for each kind. */
const CASE_STATUS: Record<string, CaseStatus> = { open: 'open', åpen: 'open', apen: 'open', concluded: 'concluded', konkludert: 'concluded', avsluttet: 'concluded', queued: 'queued', kø: 'queued', ko: 'queued' };
const MEETING_STATUS: Record<string, 'held' | 'upcoming'> = { held: 'held', avholdt: 'held', upcoming: 'upcoming', kommende: 'upcoming' };
const PLAN_STATUS = ['planlagt', 'pågår', 'fullført', 'videreført', 'avsluttet'];
const PLAN_TYPES: Record<string, PlanRow['type']> = { område: 'area', omrade: 'area', satsning: 'initiative', tiltak: 'measure', area: 'area', initiative: 'initiative', measure: 'measure' };
const PLAN_TYPE_WORD: Record<PlanRow['type'], string> = { area: 'område', initiative: 'satsning', measure: 'tiltak' };
const MANDATE_STATUS = ['utkast', 'vedtatt'];

export async function run(kindArg: string, options: ListOptions, ctx: CommandContext): Promise<number> {
  const kind = (KINDS as readonly string[]).includes(kindArg) ? (kindArg as Kind) : undefined;
  if (!kind) {
    const t = translator(m, ctx.lang ?? 'nb');
    throw new UsageError(t('unknownKind', { kind: kindArg }));
  }
  const open = await openRepository(ctx);
  const t = translator(m, open.lang);
  warnUnreadable(open, ctx);
  const rejected = REJECTED[kind].find((o) => options[o] !== undefined);
  if (rejected) throw new UsageError(t('notFor', { option: `--${rejected}`, kind: t(`k${kind}`) }), t('notForHint'));
  if (options.year !== undefined && !/^\d{4}$/.test(options.year)) throw new UsageError(t('badYear', { year: options.year }), t('badYearHint'));
  const body = options.body !== undefined ? checkBody(open.index, options.body, t) : undefined;
  const listing = LISTERS[kind]({ ...options, ...(body ? { body } : {}) }, open, t, todayOf(ctx.now));
  if (options.json) {
    out(ctx, JSON.stringify(listing.json, null, 2));
    return 0;
  }
  if (listing.rows.length === 0) {
    out(ctx, t('none', { kind: t(`k${kind}`) }));
    return 0;
  }
  ctx.stdout.write(renderTable(listing.columns, listing.rows, outputWidth(ctx.stdout, ctx.env)));
  return 0;
}

/** Filters that make no sense for a kind, refused rather than silently ignored. */
const REJECTED: Record<Kind, (keyof ListOptions)[]> = {
  cases: [],
  meetings: ['type', 'responsible'],
  plans: [],
  mandates: ['year', 'type', 'responsible'],
};

/** The minimum width of identifier columns, which are never cut: their natural width. */
const KEEP = Number.MAX_SAFE_INTEGER;

interface Listing {
  columns: Column[];
  rows: string[][];
  json: unknown[];
}

type Lister = (o: ListOptions, open: OpenRepository, t: Msg, today: string) => Listing;

function checkBody(index: RepoIndex, code: string, t: Msg): string {
  const body = index.body(code);
  if (!body) throw new UsageError(t('unknownBody', { body: code }), t('knownBodies', { bodies: [...index.bodies.keys()].join(', ') }));
  return body.code;
}

function choose<T>(table: Record<string, T>, value: string, kind: Kind, t: Msg, key: 'badStatus' | 'badType'): T {
  const found = table[value.toLowerCase()];
  if (found === undefined) {
    const choices = Object.keys(table).filter((k) => /^[a-zæøå]+$/.test(k) && !['apen', 'ko', 'omrade'].includes(k));
    throw new UsageError(t(key, { status: value, type: value, kind: t(`k${kind}`) }), t('statusHint', { choices: choices.join(', ') }));
  }
  return found;
}

const listCases: Lister = (o, { repo }, t) => {
  const status = o.status !== undefined ? choose(CASE_STATUS, o.status, 'cases', t, 'badStatus') : undefined;
  const type = o.type !== undefined ? o.type.toLowerCase() : undefined;
  if (type !== undefined && !repo.config.caseTypes.some((c) => c.toLowerCase() === type)) {
    throw new UsageError(t('badType', { type: o.type, kind: t('kcases') }), t('statusHint', { choices: repo.config.caseTypes.join(', ') }));
  }
  const who = o.responsible !== undefined ? folded(o.responsible) : undefined;
  const cases = repo.cases
    .filter((c) => !o.body || c.body === o.body)
    .filter((c) => !o.year || yearOfCase(c) === Number(o.year))
    .filter((c) => !status || caseStatus(c) === status)
    .filter((c) => !type || c.types.some((x) => x.toLowerCase() === type))
    .filter((c) => !who || [...c.responsible, ...(c.handler ? [c.handler] : [])].some((r) => folded(r).includes(who)))
    .sort(caseOrder);
  return {
    columns: [{ header: t('hCase'), min: KEEP }, { header: t('hMeeting'), min: KEEP }, { header: t('hTypes'), shrink: 2, min: 6 }, { header: t('hTitle'), shrink: 1, min: 10 }, { header: t('hResponsible'), shrink: 2, min: 6 }, { header: t('hStatus') }],
    rows: cases.map((c) => [caseLabel(c), c.meeting ?? '', c.types.join(', '), c.title, c.responsible.join(', '), t(caseStatus(c))]),
    json: cases.map((c) => ({
      ...caseJsonHead(c),
      status: caseStatus(c),
      conclusion: c.conclusion ?? null,
      file: c.file,
    })),
  };
};

function yearOfCase(c: Case): number | undefined {
  return c.number?.year ?? (c.meeting ? Number(c.meeting.slice(0, 4)) : undefined);
}

/** By meeting date, then body, then agenda order; queued cases last. */
function caseOrder(a: Case, b: Case): number {
  const da = a.meeting ?? '9999';
  const db = b.meeting ?? '9999';
  if (da !== db) return da < db ? -1 : 1;
  if (a.body !== b.body) return a.body < b.body ? -1 : 1;
  if (a.meeting && b.meeting) return agendaOrder(a, b);
  return a.number && b.number ? compareCaseNumbers(a.number, b.number) : a.file < b.file ? -1 : 1;
}

const listMeetings: Lister = (o, { repo, index }, t, today) => {
  const status = o.status !== undefined ? choose(MEETING_STATUS, o.status, 'meetings', t, 'badStatus') : undefined;
  const meetings = repo.meetings
    .filter((x) => !o.body || x.body === o.body)
    .filter((x) => !o.year || x.date.startsWith(o.year))
    .filter((x) => !status || meetingStatus(x, today) === status)
    .sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.body < b.body ? -1 : a.body > b.body ? 1 : 0));
  const time = (x: Meeting) => (x.start ? `${x.start}${x.end ? `–${x.end}` : ''}` : '');
  return {
    columns: [{ header: t('hBody'), min: KEEP }, { header: t('hDate'), min: KEEP }, { header: t('hTime') }, { header: t('hPlace'), shrink: 1 }, { header: t('hCases'), align: 'right' }, { header: t('hStatus') }],
    rows: meetings.map((x) => [x.body, x.date, time(x), x.place ?? '', String(index.agenda(x.body, x.date).length), t(meetingStatus(x, today))]),
    json: meetings.map((x) => ({
      body: x.body,
      date: x.date,
      start: x.start ?? null,
      end: x.end ?? null,
      place: x.place ?? null,
      cases: index.agenda(x.body, x.date).map((c) => (c.number ? formatCaseNumber(c.number) : null)),
      status: meetingStatus(x, today),
      file: x.file,
    })),
  };
};

function meetingStatus(x: Meeting, today: string): 'held' | 'upcoming' {
  return x.date < today ? 'held' : 'upcoming';
}

const listPlans: Lister = (o, { repo }, t) => {
  if (o.status !== undefined && !PLAN_STATUS.includes(o.status.toLowerCase())) {
    throw new UsageError(t('badStatus', { status: o.status, kind: t('kplans') }), t('statusHint', { choices: PLAN_STATUS.join(', ') }));
  }
  const type = o.type !== undefined ? choose(PLAN_TYPES, o.type, 'plans', t, 'badType') : undefined;
  const plans = actionPlans(repo);
  const planOfRow = new Map(plans.flatMap((p) => p.rows.map((r) => [r, p] as const)));
  const areas = plans.flatMap((p) => planSettings(repo, p).groupings.flatMap((g) => g.areas.map((a) => [`${p.id} ${a.id}`, a.name] as const)));
  const areaName = new Map(areas);
  // Areas in the order of their plan, unknown ones last.
  const areaRank = new Map(areas.map(([key], i) => [key, i]));
  const rankOf = (r: PlanRow) => areaRank.get(`${r.plan} ${r.area}`) ?? Number.MAX_SAFE_INTEGER;
  const covers = (r: PlanRow) => {
    const p = planOfRow.get(r)!;
    return p.from !== undefined && p.from <= Number(o.year) && Number(o.year) <= (p.to ?? p.from);
  };
  const rank = new Map(plans.map((p, i) => [p.id, i]));
  const rows = repo.planRows
    .filter((r) => !o.year || covers(r))
    .filter((r) => !o.status || r.status === o.status.toLowerCase())
    .filter((r) => !type || r.type === type)
    .filter((r) => !o.body || r.owners.includes(o.body))
    .filter((r) => o.responsible === undefined || r.owners.some((x) => ownerMatches(x, o.responsible!)))
    .sort((a, b) => rank.get(a.plan)! - rank.get(b.plan)! || rankOf(a) - rankOf(b) || a.area.localeCompare(b.area) || (a.order ?? 0) - (b.order ?? 0) || a.id.localeCompare(b.id));
  const title = (r: PlanRow) => r.title ?? areaName.get(`${r.plan} ${r.area}`) ?? r.area;
  return {
    columns: [{ header: t('hYear') }, { header: t('hRow'), shrink: 2, min: 10 }, { header: t('hTypes') }, { header: t('hTitle'), shrink: 1, min: 12 }, { header: t('hPeriod'), shrink: 2, min: 7 }, { header: t('hStatus') }, { header: t('hResponsible'), shrink: 2, min: 10 }],
    rows: rows.map((r) => [planLabel(planOfRow.get(r)!), r.id, PLAN_TYPE_WORD[r.type], title(r), r.period ?? '', r.status ?? '', formatOwners(r.owners)]),
    json: rows.map((r) => ({
      plan: r.plan,
      year: planOfRow.get(r)!.from ?? null,
      id: r.id,
      type: PLAN_TYPE_WORD[r.type],
      area: r.area,
      initiative: r.initiative ?? null,
      title: title(r),
      period: r.period ?? null,
      status: r.status ?? null,
      responsible: r.owners,
      cases: r.cases.map(formatCaseRef),
      continues: r.continues,
      file: r.file,
    })),
  };
};

const listMandates: Lister = (o, { repo }, t) => {
  if (o.status !== undefined && !MANDATE_STATUS.includes(o.status.toLowerCase())) {
    throw new UsageError(t('badStatus', { status: o.status, kind: t('kmandates') }), t('statusHint', { choices: MANDATE_STATUS.join(', ') }));
  }
  const mandates = repo.mandates
    .filter((x) => !o.body || x.body === o.body)
    .filter((x) => !o.status || x.status === o.status.toLowerCase())
    .sort((a, b) => a.body.localeCompare(b.body));
  return {
    columns: [{ header: t('hBody') }, { header: t('hTitle'), shrink: 1, min: 12 }, { header: t('hStatus') }, { header: t('hApprovedIn') }, { header: t('hValidTo') }],
    rows: mandates.map((x: Mandate) => [x.body, x.title ?? '', x.status, x.approvedIn ? formatCaseRef(x.approvedIn) : '', x.validTo ?? '']),
    json: mandates.map((x) => ({
      body: x.body,
      title: x.title ?? null,
      status: x.status,
      approvedIn: x.approvedIn ? formatCaseRef(x.approvedIn) : null,
      validFrom: x.validFrom ?? null,
      validTo: x.validTo ?? null,
      file: x.file,
    })),
  };
};

const LISTERS: Record<Kind, Lister> = { cases: listCases, meetings: listMeetings, plans: listPlans, mandates: listMandates };

