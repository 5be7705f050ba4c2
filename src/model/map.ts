/**
 * The load boundary: Norwegian frontmatter keys become English model fields.
 * Mapping is defensive: a field of the wrong type is left out rather than
 * trusted, because schema problems are reported separately and the cross-file
 * rules must still run on everything else.
 */
import { isLang } from '../i18n/lang.js';
import { parseCaseNumber, parseCaseRef, parseMeetingRef, type CaseRef, type MeetingRef } from './case-number.js';
import type {
  Attachment,
  Body,
  BodyKind,
  Case,
  Config,
  FollowUpItem,
  Link,
  Mandate,
  Meeting,
  Person,
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
  StandingKind,
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
      members: people(o.medlemmer),
    });
  }
  const plan = obj(d.handlingsplan);
  const caseTypes = strs(d.sakstyper);
  return {
    name: str(d.navn) ?? 'Helsefellesskapet',
    lang: isLang(d.språk) ? d.språk : 'nb',
    ...(str(d.hf_versjon) ? { hfVersion: str(d.hf_versjon) } : {}),
    ...(str(d.nettsted) ? { website: str(d.nettsted) } : {}),
    caseTypes: caseTypes.length ? caseTypes : DEFAULT_CASE_TYPES,
    secretariat: people(d.sekretariat),
    bodies,
    organisations: strs(d.organisasjoner),
    plan: { groupings: groupingsOf(plan?.grupperinger), fields: planFields(plan?.felt) },
  };
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

const STANDING: Record<string, StandingKind> = { godkjenning: 'approval', referat: 'minutes', eventuelt: 'aob' };

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
  const closedIn = str(o.lukket_i) ? parseCaseRef(str(o.lukket_i)!) : undefined;
  return {
    what,
    ...(str(o.ansvar) ? { owner: str(o.ansvar) } : {}),
    ...(str(o.frist) ? { due: str(o.frist) } : {}),
    ...(str(o.møte) ? { meeting: str(o.møte) } : {}),
    status: o.status === 'lukket' ? 'closed' : 'open',
    ...(closedIn ? { closedIn } : {}),
  };
}

/**
 * `skjerming: {hjemmel, til}`. Present but malformed (no hjemmel) still restricts:
 * when in doubt, text stays out of public documents.
 */
function restrictionOf(v: unknown): Restriction | undefined {
  if (v === undefined || v === null || v === false) return undefined;
  const o = obj(v);
  const basis = str(o?.hjemmel) ?? (typeof v === 'string' && v.trim() ? v.trim() : '');
  const until = str(o?.til);
  return { basis, ...(until ? { until } : {}) };
}

/** Maps a case file. `bodyFromPath` is used when `organ` is missing or unusable. */
export function mapCase(file: string, data: Data, text: string, bodyFromPath: string): Case {
  const number = typeof data.saksnr === 'string' ? parseCaseNumber(data.saksnr) : undefined;
  const attachments: Attachment[] = arr(data.vedlegg)
    .map((v): Attachment | undefined => {
      if (typeof v === 'string' && v.trim()) return { title: v };
      const o = obj(v);
      const title = str(o?.tittel);
      if (!o || !title) return undefined;
      const restriction = restrictionOf(o.skjerming);
      return { title, ...(str(o.fil) ? { file: str(o.fil) } : {}), ...(str(o.lenke) ? { url: str(o.lenke) } : {}), ...(restriction ? { restriction } : {}) };
    })
    .filter((a): a is Attachment => !!a);
  const links: Link[] = arr(data.lenker)
    .map((v): Link | undefined => {
      const o = obj(v);
      const title = str(o?.tittel);
      return o && title ? { title, ...(str(o.url) ? { url: str(o.url) } : {}) } : undefined;
    })
    .filter((l): l is Link => !!l);
  const followUpOf = str(data.oppfølging_av) ? parseCaseRef(str(data.oppfølging_av)!) : undefined;
  return {
    file,
    ...(number ? { number } : {}),
    body: (str(data.organ) ?? bodyFromPath).toUpperCase(),
    ...(str(data.møte) ? { meeting: str(data.møte) } : {}),
    title: str(data.tittel) ?? '',
    ...(str(data.offentlig_tittel) ? { publicTitle: str(data.offentlig_tittel) } : {}),
    ...(restrictionOf(data.skjerming) ? { restriction: restrictionOf(data.skjerming)! } : {}),
    types: strs(data.sakstype),
    responsible: strs(data.ansvar),
    ...(str(data.saksbehandler) ? { handler: str(data.saksbehandler) } : {}),
    ...(typeof data.fast_sak === 'string' && STANDING[data.fast_sak] ? { standing: STANDING[data.fast_sak] } : {}),
    points: arr(data.punkter).map(point).filter((p): p is Point => !!p),
    attachments,
    links,
    minutesOf: strs(data.referater)
      .map(parseMeetingRef)
      .filter((r): r is MeetingRef => !!r),
    ...(followUpOf ? { followUpOf } : {}),
    refersTo: refs(data.viser_til),
    ...(str(data.forslag_til_konklusjon) ? { proposedConclusion: str(data.forslag_til_konklusjon) } : {}),
    ...(str(data.behandling) ? { treatment: str(data.behandling) } : {}),
    ...(str(data.innspill) ? { dialogue: str(data.innspill) } : {}),
    ...(str(data.konklusjon) ? { conclusion: str(data.konklusjon) } : {}),
    followUps: arr(data.oppfølging).map(followUp).filter((f): f is FollowUpItem => !!f),
    text,
  };
}

export function mapMeeting(file: string, data: Data, text: string, bodyFromPath: string, dateFromPath: string): Meeting {
  const pause = typeof data.pause_etter === 'string' ? parseCaseNumber(data.pause_etter) : undefined;
  return {
    file,
    body: (str(data.organ) ?? bodyFromPath).toUpperCase(),
    date: str(data.dato) ?? dateFromPath,
    ...(str(data.start) ? { start: str(data.start) } : {}),
    ...(str(data.slutt) ? { end: str(data.slutt) } : {}),
    ...(str(data.sted) ? { place: str(data.sted) } : {}),
    ...(str(data.mottakere) ? { recipients: str(data.mottakere) } : {}),
    ...(str(data.møteleder) ? { chair: str(data.møteleder) } : {}),
    ...(str(data.referent) ? { minuteTaker: str(data.referent) } : {}),
    secretariat: strs(data.sekretariat),
    present: strs(data.tilstede),
    absent: strs(data.frafall),
    participants: strs(data.deltakere),
    presenters: strs(data.innledere),
    guests: people(data.gjester),
    ...(pause ? { pauseAfter: pause } : {}),
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
    ...(str(data.gyldig_fra) ? { validFrom: str(data.gyldig_fra) } : {}),
    ...(str(data.gyldig_til) ? { validTo: str(data.gyldig_til) } : {}),
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
    text,
  };
}
