/**
 * The load boundary: Norwegian frontmatter keys become English model fields.
 * Mapping is defensive: a field of the wrong type is left out rather than
 * trusted, because schema problems are reported separately and the cross-file
 * rules must still run on everything else.
 */
import { isLang } from '../i18n/lang.js';
import { parseCaseNumber, parseCaseRef, parseMeetingRef, type CaseRef, type MeetingRef } from './case-number.js';
import { STANDING_ITEMS, standingKindOf, type StandingTexts } from './standing.js';
import { ownLabels } from './labels.js';
import { dateOf } from './dates.js';
import type {
  Apology,
  Approval,
  Attachment,
  Body,
  BodyKind,
  Case,
  Config,
  Conflict,
  ContentDigest,
  Correction,
  Deadlines,
  FollowUpItem,
  InfoItems,
  Link,
  Look,
  Mandate,
  Meeting,
  Member,
  Party,
  Person,
  Presence,
  QuorumRule,
  Plan,
  PlanField,
  PlanFieldShow,
  PlanFieldType,
  PlanGrouping,
  PlanRow,
  PlanRowType,
  PlanStatus,
  Point,
  Restriction,
} from './types.js';

type Data = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
const int = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) ? v : undefined);
const obj = (v: unknown): Data | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Data) : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const strs = (v: unknown): string[] => (typeof v === 'string' ? [v] : arr(v).filter((x): x is string => typeof x === 'string' && x.trim() !== ''));
const refs = (v: unknown): CaseRef[] =>
  strs(v)
    .map(parseCaseRef)
    .filter((r): r is CaseRef => !!r);

function person(v: unknown): Person | undefined {
  const o = obj(v);
  const name = str(o?.navn);
  if (!o || !name) return undefined;
  return { name, ...(str(o.rolle) ? { role: str(o.rolle) } : {}), ...(str(o.organisasjon) ? { organisation: str(o.organisasjon) } : {}) };
}

const people = (v: unknown): Person[] => arr(v).map(person).filter((p): p is Person => !!p);

/** A person given by name alone (`vara: Kari Nordmann`) or as `{navn, rolle, organisasjon}`. */
const personOrName = (v: unknown): Person | undefined => (typeof v === 'string' ? (v.trim() ? { name: v } : undefined) : person(v));

/** A body's member: a person, with `part` and `vara` (one deputy, or a list of them). */
function member(v: unknown): Member | undefined {
  const p = person(v);
  if (!p) return undefined;
  const o = obj(v)!;
  const deputies = (Array.isArray(o.vara) ? o.vara : o.vara === undefined ? [] : [o.vara]).map(personOrName).filter((d): d is Person => !!d);
  return { ...p, ...(str(o.part) ? { party: str(o.part) } : {}), deputies };
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** `beslutningsdyktig: {andel, antall, parter}`; undefined when it states nothing. */
export function mapQuorum(v: unknown): QuorumRule | undefined {
  const o = obj(v);
  if (!o) return undefined;
  const share = num(o.andel);
  const count = int(o.antall);
  const parties = strs(o.parter);
  if (share === undefined && count === undefined && parties.length === 0) return undefined;
  return { ...(share !== undefined ? { share } : {}), ...(count !== undefined ? { count } : {}), parties };
}

/** `frister: {saker, innkalling, referat}` in days; undefined when it states nothing. */
export function mapDeadlines(v: unknown): Deadlines | undefined {
  const o = obj(v);
  if (!o) return undefined;
  const d: Deadlines = {};
  if (int(o.saker) !== undefined) d.cases = int(o.saker);
  if (int(o.innkalling) !== undefined) d.notice = int(o.innkalling);
  if (int(o.referat) !== undefined) d.minutes = int(o.referat);
  return Object.keys(d).length ? d : undefined;
}

const DEFAULT_CASE_TYPES = ['Orientering', 'Beslutning', 'Diskusjon', 'Dialog', 'Vedtak'];

/** Maps `hf.yaml`. Bodies without a usable code are left out. */
export function mapConfig(data: Data | undefined): Config {
  const d = data ?? {};
  const bodies: Body[] = [];
  for (const b of arr(d.organer)) {
    const o = obj(b);
    const code = str(o?.kode);
    if (!o || !code) continue;
    bodies.push({
      code: code.toUpperCase(),
      name: str(o.navn) ?? code,
      ...(str(o.type) ? { kind: str(o.type) as BodyKind } : {}),
      ...(str(o.rapporterer_til) ? { reportsTo: str(o.rapporterer_til)!.toUpperCase() } : {}),
      ...(str(o.mottakere) ? { recipients: str(o.mottakere) } : {}),
      standingNumbered: obj(o.faste_saker)?.nummerert !== false,
      members: arr(o.medlemmer).map(member).filter((p): p is Member => !!p),
      ...(mapQuorum(o.beslutningsdyktig) ? { quorum: mapQuorum(o.beslutningsdyktig)! } : {}),
      ...(mapDeadlines(o.frister) ? { deadlines: mapDeadlines(o.frister)! } : {}),
      ...(standingTexts(o.faste_saker) ? { standing: standingTexts(o.faste_saker)! } : {}),
      ...(ownLabels(obj(o.etiketter)) ? { labels: ownLabels(obj(o.etiketter))! } : {}),
    });
  }
  const plan = obj(d.handlingsplan);
  const caseTypes = strs(d.sakstyper);
  const parties: Party[] = [];
  for (const p of arr(d.parter)) {
    const o = obj(p);
    const id = str(o?.id);
    if (!o || !id) continue;
    parties.push({ id, name: str(o.navn) ?? id, organisations: strs(o.organisasjoner) });
  }
  return {
    name: str(d.navn) ?? 'Helsefellesskapet',
    lang: isLang(d.språk) ? d.språk : 'nb',
    ...(str(d.hf_versjon) ? { hfVersion: str(d.hf_versjon) } : {}),
    ...(str(d.nettsted) ? { website: str(d.nettsted) } : {}),
    caseTypes: caseTypes.length ? caseTypes : DEFAULT_CASE_TYPES,
    secretariat: people(d.sekretariat),
    parties,
    bodies,
    organisations: strs(d.organisasjoner),
    plan: { groupings: groupingsOf(plan?.grupperinger), fields: planFields(plan?.felt) },
    ...(look(d.profil) ? { look: look(d.profil) } : {}),
    ...(standingTexts(d.faste_saker) ? { standing: standingTexts(d.faste_saker)! } : {}),
    ...(ownLabels(obj(d.etiketter)) ? { labels: ownLabels(obj(d.etiketter))! } : {}),
  };
}

/** `faste_saker` (of hf.yaml or a body): each standing item's own title and proposed conclusion. */
function standingTexts(v: unknown): StandingTexts | undefined {
  const o = obj(v);
  if (!o) return undefined;
  const out: StandingTexts = {};
  for (const item of STANDING_ITEMS) {
    const t = obj(o[item.key]);
    if (!t) continue;
    const text = { ...(str(t.tittel) ? { title: str(t.tittel) } : {}), ...(str(t.forslag_til_konklusjon) ? { proposedConclusion: str(t.forslag_til_konklusjon) } : {}) };
    if (Object.keys(text).length) out[item.kind] = text;
  }
  return Object.keys(out).length ? out : undefined;
}

/** An area number as the document writes it: `1`, `3.1` (a number written unquoted only when whole). */
function areaNumber(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return String(v);
  return typeof v === 'string' && /^\d+(\.\d+)*$/.test(v.trim()) ? v.trim() : undefined;
}

/** `grupperinger` of hf.yaml or of a plan. */
export function groupingsOf(v: unknown): PlanGrouping[] {
  const groupings: PlanGrouping[] = [];
  for (const g of arr(v)) {
    const o = obj(g);
    const id = str(o?.id);
    if (!o || !id) continue;
    groupings.push({
      id,
      name: str(o.navn) ?? id,
      areas: arr(o.områder)
        .map(obj)
        .filter((a): a is Data => !!a && !!str(a.id))
        .map((a) => ({ id: str(a.id)!, name: str(a.navn) ?? str(a.id)!, ...(areaNumber(a.nummer) ? { number: areaNumber(a.nummer) } : {}) })),
    });
  }
  return groupings;
}

const FIELD_TYPES = new Set<PlanFieldType>(['tekst', 'liste', 'tall', 'dato', 'valg']);
const FIELD_SHOW = new Set<PlanFieldShow>(['kolonne', 'linje', 'nei']);

/** `handlingsplan.felt`: the partnership's own fields. A field without a usable name or type is left out (the schema reports it). */
function planFields(v: unknown): PlanField[] {
  const fields: PlanField[] = [];
  for (const f of arr(v)) {
    const o = obj(f);
    const name = str(o?.navn);
    if (!o || !name || !FIELD_TYPES.has(o.type as PlanFieldType) || fields.some((x) => x.name === name)) continue;
    const values = strs(o.verdier);
    fields.push({
      name,
      label: str(o.etikett) ?? name,
      type: o.type as PlanFieldType,
      ...(o.type === 'valg' ? { values } : {}),
      show: FIELD_SHOW.has(o.vises as PlanFieldShow) ? (o.vises as PlanFieldShow) : 'linje',
    });
  }
  return fields;
}

function look(v: unknown): Look | undefined {
  const o = obj(v);
  if (!o) return undefined;
  const out: Look = { ...(str(o.logo) ? { logo: str(o.logo) } : {}), ...(str(o.word_mal) ? { wordTemplate: str(o.word_mal) } : {}) };
  return out.logo || out.wordTemplate ? out : undefined;
}

/**
 * `vedlegg:` as a list of attachments (a title, or an object with `tittel`,
 * `fil`, `lenke`, `referat`, `mandat`, `saksfremlegg`, `skjerming`), or as a
 * number: that many attachments whose titles the source does not give.
 */
function attachmentsOf(v: unknown): Attachment[] {
  const count = int(v);
  if (count !== undefined) return Array.from({ length: Math.max(0, Math.min(count, 999)) }, () => ({}));
  return arr(v)
    .map((item): Attachment | undefined => {
      if (typeof item === 'string' && item.trim()) return { title: item };
      const o = obj(item);
      if (!o) return undefined;
      const restriction = restrictionOf(o.skjerming);
      const minutes = str(o.referat) ? parseMeetingRef(str(o.referat)!) : undefined;
      const a: Attachment = {};
      const title = str(o.tittel);
      if (title) a.title = title;
      const file = str(o.fil);
      if (file) a.file = file;
      const url = str(o.lenke);
      if (url) a.url = url;
      if (minutes) a.minutes = minutes;
      const mandate = str(o.mandat);
      if (mandate) a.mandate = mandate.toUpperCase();
      if (o.saksfremlegg === true) a.paper = true;
      if (restriction) a.restriction = restriction;
      return a;
    })
    .filter((a): a is Attachment => !!a);
}

/** A title written over several lines: its lines, or undefined for a title of one line. */
function linesOf(title: string | undefined): string[] | undefined {
  const lines = (title ?? '').split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  return lines.length > 1 ? lines : undefined;
}


function point(v: unknown): Point | undefined {
  if (typeof v === 'string' && v.trim()) return { text: v, points: [] };
  const o = obj(v);
  const text = str(o?.tekst);
  if (!o || !text) return undefined;
  return { text, points: arr(o.punkter).map(point).filter((p): p is Point => !!p) };
}

function followUp(v: unknown): FollowUpItem | undefined {
  const o = obj(v);
  const what = str(o?.hva);
  if (!o || !what) return undefined;
  const item = { what } as FollowUpItem;
  const owner = str(o.ansvar);
  if (owner) item.owner = owner;
  const due = dateOf(o.frist);
  if (due) item.due = due;
  const meeting = dateOf(o.møte);
  if (meeting) item.meeting = meeting;
  if ((typeof o.frist === 'string' && !due) || (typeof o.møte === 'string' && !meeting)) item.impossibleDate = true;
  item.status = o.status === 'lukket' ? 'closed' : 'open';
  const closedIn = str(o.lukket_i) ? parseCaseRef(str(o.lukket_i)!) : undefined;
  if (closedIn) item.closedIn = closedIn;
  return item;
}

/**
 * `skjerming: {hjemmel, til}`. Present but malformed (no hjemmel) still restricts:
 * when in doubt, text stays out of public documents.
 */
function restrictionOf(v: unknown): Restriction | undefined {
  if (v === undefined || v === null || v === false) return undefined;
  const o = obj(v);
  const basis = str(o?.hjemmel) ?? (typeof v === 'string' && v.trim() ? v.trim() : '');
  // A date that does not exist ends nothing: the case stays restricted.
  const until = dateOf(o?.til);
  return { basis, ...(until ? { until } : {}) };
}

/** Maps a case file. `bodyFromPath` is used when `organ` is missing or unusable. */
export function mapCase(file: string, data: Data, text: string, bodyFromPath: string): Case {
  // Built field by field, in the record's key order: a conditional spread per
  // optional field would make a throw-away object for each, at every case of a
  // large repository.
  const c = { file } as Case;
  const number = typeof data.saksnr === 'string' ? parseCaseNumber(data.saksnr) : undefined;
  if (number) c.number = number;
  c.body = (str(data.organ) ?? bodyFromPath).toUpperCase();
  const meeting = dateOf(data.møte);
  if (meeting) c.meeting = meeting;
  const title = str(data.tittel);
  c.title = title ?? '';
  const titleLines = linesOf(title);
  if (titleLines) c.titleLines = titleLines;
  const publicTitle = str(data.offentlig_tittel);
  if (publicTitle) c.publicTitle = publicTitle;
  const restriction = restrictionOf(data.skjerming);
  if (restriction) c.restriction = restriction;
  c.types = strs(data.sakstype);
  if (data.saksfremlegg_sakstype !== undefined) c.paperTypes = strs(data.saksfremlegg_sakstype);
  c.responsible = strs(data.ansvar);
  const handler = str(data.saksbehandler);
  if (handler) c.handler = handler;
  const standing = standingKindOf(data.fast_sak);
  if (standing) c.standing = standing;
  const lead = str(data.ingress);
  if (lead) c.lead = lead;
  c.points = arr(data.punkter).map(point).filter((p): p is Point => !!p);
  c.attachments = attachmentsOf(data.vedlegg);
  c.links = arr(data.lenker)
    .map((v): Link | undefined => {
      const o = obj(v);
      const title = str(o?.tittel);
      return o && title ? { title, ...(str(o.url) ? { url: str(o.url) } : {}) } : undefined;
    })
    .filter((l): l is Link => !!l);
  c.minutesOf = strs(data.referater)
    .map(parseMeetingRef)
    .filter((r): r is MeetingRef => !!r);
  const followUpOf = str(data.oppfølging_av);
  const followUpRef = followUpOf ? parseCaseRef(followUpOf) : undefined;
  if (followUpRef) c.followUpOf = followUpRef;
  c.refersTo = refs(data.viser_til);
  const proposedConclusion = str(data.forslag_til_konklusjon);
  if (proposedConclusion) c.proposedConclusion = proposedConclusion;
  const treatment = str(data.behandling);
  if (treatment) c.treatment = treatment;
  const dialogue = str(data.innspill);
  if (dialogue) c.dialogue = dialogue;
  const conclusion = str(data.konklusjon);
  if (conclusion) c.conclusion = conclusion;
  c.followUps = arr(data.oppfølging).map(followUp).filter((f): f is FollowUpItem => !!f);
  c.conflicts = arr(data.inhabil)
    .map((v): Conflict | undefined => {
      const o = obj(v);
      const name = str(o?.navn);
      return o && name ? { name, ...(str(o.grunn) ? { reason: str(o.grunn) } : {}), ...(str(o.hjemmel) ? { basis: str(o.hjemmel) } : {}) } : undefined;
    })
    .filter((c): c is Conflict => !!c);
  const recommendationFrom = str(data.innstilling_fra);
  const recommendationRef = recommendationFrom ? parseCaseRef(recommendationFrom) : undefined;
  if (recommendationRef) c.recommendationFrom = recommendationRef;
  c.referredTo = refs(data.oversendt_til);
  c.together = data.samlet === true;
  const liftedOutBy = str(data.tatt_ut_av);
  if (liftedOutBy) c.liftedOutBy = liftedOutBy;
  c.text = text;
  return c;
}

/** An entry of `tilstede`: a name, or `{navn, vara_for, fra_sak, til_sak}`. */
function presence(v: unknown): Presence | undefined {
  if (typeof v === 'string') return v.trim() ? { name: v } : undefined;
  const o = obj(v);
  const name = str(o?.navn);
  if (!o || !name) return undefined;
  const from = typeof o.fra_sak === 'string' ? parseCaseNumber(o.fra_sak) : undefined;
  const until = typeof o.til_sak === 'string' ? parseCaseNumber(o.til_sak) : undefined;
  return { name, ...(str(o.vara_for) ? { deputyFor: str(o.vara_for) } : {}), ...(from ? { fromCase: from } : {}), ...(until ? { untilCase: until } : {}) };
}

/** An entry of `frafall`: a name, or `{navn, grunn}`. */
function apology(v: unknown): Apology | undefined {
  if (typeof v === 'string') return v.trim() ? { name: v } : undefined;
  const o = obj(v);
  const name = str(o?.navn);
  return o && name ? { name, ...(str(o.grunn) ? { reason: str(o.grunn) } : {}) } : undefined;
}

/** `sjekksum`: part → field → digest; anything else is left out. */
function digestOf(v: unknown): ContentDigest {
  const out: ContentDigest = {};
  for (const [part, fields] of Object.entries(obj(v) ?? {})) {
    const o = obj(fields);
    if (!o) continue;
    const entry: Record<string, string> = {};
    for (const [field, d] of Object.entries(o)) if (typeof d === 'string') entry[field] = d;
    out[part] = entry;
  }
  return out;
}

function approvalOf(v: unknown): Approval | undefined {
  const o = obj(v);
  const date = dateOf(o?.dato);
  if (!o || !date) return undefined;
  const inCase = str(o.sak) ? parseCaseRef(str(o.sak)!) : undefined;
  return { date, ...(inCase ? { inCase } : {}), byEmail: o.per_epost === true, digest: digestOf(o.sjekksum) };
}

function infoItemsOf(v: unknown): InfoItems | undefined {
  const o = obj(v);
  if (!o) return undefined;
  return {
    ...(str(o.tittel) ? { title: str(o.tittel) } : {}),
    ...(str(o.forslag_til_konklusjon) ? { proposedConclusion: str(o.forslag_til_konklusjon) } : {}),
    ...(str(o.konklusjon) ? { conclusion: str(o.konklusjon) } : {}),
  };
}

export function mapMeeting(file: string, data: Data, text: string, bodyFromPath: string, dateFromPath: string): Meeting {
  const pause = typeof data.pause_etter === 'string' ? parseCaseNumber(data.pause_etter) : undefined;
  const presenceList = arr(data.tilstede).map(presence).filter((p): p is Presence => !!p);
  const apologies = arr(data.frafall).map(apology).filter((a): a is Apology => !!a);
  const approval = approvalOf(data.godkjent);
  const infoItems = infoItemsOf(data.orienteringssaker);
  return {
    file,
    body: (str(data.organ) ?? bodyFromPath).toUpperCase(),
    // `dato`, else the file's name; a meeting with neither a real date is left out of the repository (repo/assemble.ts).
    date: dateOf(data.dato) ?? dateFromPath,
    ...(str(data.start) ? { start: str(data.start) } : {}),
    ...(str(data.slutt) ? { end: str(data.slutt) } : {}),
    ...(str(data.sted) ? { place: str(data.sted) } : {}),
    ...(str(data.mottakere) ? { recipients: str(data.mottakere) } : {}),
    ...(str(data.møteleder) ? { chair: str(data.møteleder) } : {}),
    ...(strs(data.referent).length ? { minuteTaker: strs(data.referent)[0] } : {}),
    minuteTakers: strs(data.referent),
    secretariat: strs(data.sekretariat),
    present: presenceList.map((p) => p.name),
    presence: presenceList,
    absent: apologies.map((a) => a.name),
    apologies,
    participants: strs(data.deltakere),
    presenters: strs(data.innledere),
    guests: people(data.gjester),
    ...(pause ? { pauseAfter: pause } : {}),
    ...(infoItems ? { infoItems } : {}),
    ...(approval ? { approval } : {}),
    corrections: arr(data.rettelser)
      .map((v): Correction | undefined => {
        const o = obj(v);
        const date = dateOf(o?.dato);
        const t = str(o?.tekst);
        return o && date && t ? { date, text: t, digest: digestOf(o.sjekksum) } : undefined;
      })
      .filter((c): c is Correction => !!c),
    ...(dateOf(data.innkalling_sendt) ? { noticeSent: dateOf(data.innkalling_sendt)! } : {}),
    ...(dateOf(data.referat_sendt) ? { minutesSent: dateOf(data.referat_sendt)! } : {}),
    text,
  };
}

const ROW_TYPES: Record<string, PlanRowType> = { område: 'area', satsning: 'initiative', tiltak: 'measure' };
const STATUSES = new Set<PlanStatus>(['planlagt', 'pågår', 'fullført', 'videreført', 'avsluttet']);

/** The keys of a plan row that hf itself knows; every other key is one of the partnership's own fields (or a mistake the schema reports). */
export const PLAN_ROW_KEYS: readonly string[] = [
  'type',
  'område',
  'satsning',
  'plassering',
  'rekkefølge',
  'tittel',
  'beskrivelse',
  'mål',
  'arbeidsform',
  'periode',
  'status',
  'ansvarlig',
  'saker',
  'viderefører',
];

export function mapPlanRow(file: string, data: Data, text: string, plan: string, id: string): PlanRow {
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) if (!PLAN_ROW_KEYS.includes(k) && v !== null && v !== undefined) fields[k] = v;
  return {
    file,
    plan,
    id,
    type: ROW_TYPES[String(data.type)] ?? 'initiative',
    area: str(data.område) ?? '',
    ...(str(data.satsning) ? { initiative: str(data.satsning) } : {}),
    ...(data.plassering === 'etter' ? { placement: 'after' as const } : data.plassering === 'før' ? { placement: 'before' as const } : {}),
    ...(int(data.rekkefølge) !== undefined ? { order: int(data.rekkefølge) } : {}),
    ...(str(data.tittel) ? { title: str(data.tittel) } : {}),
    ...(str(data.beskrivelse) ? { description: str(data.beskrivelse) } : {}),
    ...(str(data.mål) ? { goal: str(data.mål) } : {}),
    ...(str(data.arbeidsform) ? { workForm: str(data.arbeidsform) } : {}),
    ...(str(data.periode) ? { period: str(data.periode) } : {}),
    ...(STATUSES.has(data.status as PlanStatus) ? { status: data.status as PlanStatus } : {}),
    owners: strs(data.ansvarlig).map((o) => o.trim()),
    cases: refs(data.saker),
    continues: strs(data.viderefører).map((c) => c.trim()),
    fields,
    text,
  };
}

/** The years of a plan's period: `år: 2025`, `periode: 2025–2027` (or `"2025"`), or else the folder's name (`2025`, `2025-2027`). */
export function planYearsOf(data: Data, folder: string): { from: number; to: number } | undefined {
  if (int(data.år) !== undefined) return { from: int(data.år)!, to: int(data.år)! };
  const written = typeof data.periode === 'number' ? String(data.periode) : str(data.periode);
  for (const text of [written, folder]) {
    if (text === undefined) continue;
    const m = /^\s*(\d{4})(?:\s*[-–—]\s*(\d{4}))?\s*$/.exec(text);
    if (m) {
      const from = Number(m[1]);
      const to = m[2] ? Number(m[2]) : from;
      if (to >= from) return { from, to };
    }
    // A period that is written but cannot be read is not replaced by the folder's name.
    if (text === written) return undefined;
  }
  return undefined;
}

const LAYOUTS: Record<string, 'matrix' | 'narrative'> = { matrise: 'matrix', tekst: 'narrative' };

export function mapPlan(file: string, data: Data, text: string, id: string): Plan {
  const whereTo: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj(data.hvor_vil_vi) ?? {})) if (str(v)) whereTo[k] = v as string;
  const years = planYearsOf(data, id);
  const label = years ? (years.from === years.to ? String(years.from) : `${years.from}–${years.to}`) : id;
  return {
    file,
    id,
    ...(years ? { from: years.from, to: years.to } : {}),
    title: str(data.tittel) ?? `Handlingsplan ${label}`,
    ...(str(data.hovedmål) ? { mainGoal: str(data.hovedmål) } : {}),
    whereTo,
    decidedIn: refs(data.vedtatt_i),
    ...(Array.isArray(data.grupperinger) ? { groupings: groupingsOf(data.grupperinger) } : {}),
    ...(typeof data.oppsett === 'string' && LAYOUTS[data.oppsett] ? { layout: LAYOUTS[data.oppsett] } : {}),
    ...(Array.isArray(data.kolonner) ? { columns: strs(data.kolonner) } : {}),
    ...(typeof data.tiltak_uten_satsning === 'boolean' ? { measuresUnderArea: data.tiltak_uten_satsning } : {}),
    text,
  };
}

export function mapMandate(file: string, data: Data, text: string, bodyFromPath: string): Mandate {
  const freq = obj(data.møtehyppighet);
  const rep = obj(data.rapportering);
  const approvedIn = str(data.vedtatt_i) ? parseCaseRef(str(data.vedtatt_i)!) : undefined;
  return {
    file,
    body: (str(data.organ) ?? bodyFromPath).toUpperCase(),
    ...(str(data.tittel) ? { title: str(data.tittel) } : {}),
    ...(str(data.versjon) ? { version: str(data.versjon) } : {}),
    status: data.status === 'vedtatt' ? 'vedtatt' : 'utkast',
    ...(approvedIn ? { approvedIn } : {}),
    ...(dateOf(data.gyldig_fra) ? { validFrom: dateOf(data.gyldig_fra)! } : {}),
    ...(dateOf(data.gyldig_til) ? { validTo: dateOf(data.gyldig_til)! } : {}),
    ...(int(freq?.minimum_per_år) !== undefined ? { minMeetingsPerYear: int(freq?.minimum_per_år) } : {}),
    ...(str(freq?.tekst) ? { meetingFrequencyText: str(freq?.tekst) } : {}),
    ...(str(rep?.årsrapport_til) ? { annualReportTo: str(rep?.årsrapport_til)!.toUpperCase() } : {}),
    ...(int(rep?.evaluering_måneder) !== undefined ? { evaluationMonths: int(rep?.evaluering_måneder) } : {}),
    annualReports: refs(rep?.årsrapporter),
    evaluations: refs(rep?.evalueringer),
    composition: arr(data.sammensetning)
      .map(obj)
      .filter((c): c is Data => !!c && !!str(c.rolle))
      .map((c) => ({ role: str(c.rolle)!, ...(str(c.organisasjon) ? { organisation: str(c.organisasjon) } : {}) })),
    ...(mapQuorum(data.beslutningsdyktig) ? { quorum: mapQuorum(data.beslutningsdyktig)! } : {}),
    ...(mapDeadlines(data.frister) ? { deadlines: mapDeadlines(data.frister)! } : {}),
    text,
  };
}
