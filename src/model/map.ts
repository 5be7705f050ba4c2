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
  Look,
  Mandate,
  Meeting,
  Person,
  Plan,
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
  const groupings: PlanGrouping[] = [];
  for (const g of arr(obj(d.handlingsplan)?.grupperinger)) {
    const o = obj(g);
    const id = str(o?.id);
    if (!o || !id) continue;
    groupings.push({
      id,
      name: str(o.navn) ?? id,
      areas: arr(o.områder)
        .map(obj)
        .filter((a): a is Data => !!a && !!str(a.id))
        .map((a) => ({ id: str(a.id)!, name: str(a.navn) ?? str(a.id)!, ...(int(a.nummer) ? { number: int(a.nummer) } : {}) })),
    });
  }
  const caseTypes = strs(d.sakstyper);
  return {
    name: str(d.navn) ?? 'Helsefellesskapet',
    lang: isLang(d.språk) ? d.språk : 'nb',
    ...(str(d.hf_versjon) ? { hfVersion: str(d.hf_versjon) } : {}),
    ...(str(d.nettsted) ? { website: str(d.nettsted) } : {}),
    caseTypes: caseTypes.length ? caseTypes : DEFAULT_CASE_TYPES,
    secretariat: people(d.sekretariat),
    bodies,
    plan: { groupings },
    ...(look(d.profil) ? { look: look(d.profil) } : {}),
  };
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
      const a: Attachment = {
        ...(str(o.tittel) ? { title: str(o.tittel) } : {}),
        ...(str(o.fil) ? { file: str(o.fil) } : {}),
        ...(str(o.lenke) ? { url: str(o.lenke) } : {}),
        ...(minutes ? { minutes } : {}),
        ...(str(o.mandat) ? { mandate: str(o.mandat)!.toUpperCase() } : {}),
        ...(o.saksfremlegg === true ? { paper: true } : {}),
        ...(restriction ? { restriction } : {}),
      };
      return a;
    })
    .filter((a): a is Attachment => !!a);
}

/** A title written over several lines: its lines, or undefined for a title of one line. */
function linesOf(title: string | undefined): string[] | undefined {
  const lines = (title ?? '').split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  return lines.length > 1 ? lines : undefined;
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
  const attachments = attachmentsOf(data.vedlegg);
  const titleLines = linesOf(str(data.tittel));
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
    ...(titleLines ? { titleLines } : {}),
    ...(str(data.offentlig_tittel) ? { publicTitle: str(data.offentlig_tittel) } : {}),
    ...(restrictionOf(data.skjerming) ? { restriction: restrictionOf(data.skjerming)! } : {}),
    types: strs(data.sakstype),
    ...(data.saksfremlegg_sakstype !== undefined ? { paperTypes: strs(data.saksfremlegg_sakstype) } : {}),
    responsible: strs(data.ansvar),
    ...(str(data.saksbehandler) ? { handler: str(data.saksbehandler) } : {}),
    ...(typeof data.fast_sak === 'string' && STANDING[data.fast_sak] ? { standing: STANDING[data.fast_sak] } : {}),
    ...(str(data.ingress) ? { lead: str(data.ingress) } : {}),
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
    ...(strs(data.referent).length ? { minuteTaker: strs(data.referent)[0] } : {}),
    minuteTakers: strs(data.referent),
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

export function mapPlanRow(file: string, data: Data, text: string, year: number, id: string): PlanRow {
  return {
    file,
    year,
    id,
    type: ROW_TYPES[String(data.type)] ?? 'initiative',
    area: str(data.område) ?? '',
    ...(str(data.satsning) ? { initiative: str(data.satsning) } : {}),
    ...(int(data.rekkefølge) !== undefined ? { order: int(data.rekkefølge) } : {}),
    ...(str(data.tittel) ? { title: str(data.tittel) } : {}),
    ...(str(data.beskrivelse) ? { description: str(data.beskrivelse) } : {}),
    ...(str(data.mål) ? { goal: str(data.mål) } : {}),
    ...(str(data.arbeidsform) ? { workForm: str(data.arbeidsform) } : {}),
    ...(str(data.periode) ? { period: str(data.periode) } : {}),
    ...(STATUSES.has(data.status as PlanStatus) ? { status: data.status as PlanStatus } : {}),
    ...(str(data.ansvarlig) ? { responsible: str(data.ansvarlig)!.toUpperCase() } : {}),
    cases: refs(data.saker),
    ...(str(data.viderefører) ? { continues: str(data.viderefører) } : {}),
    text,
  };
}

export function mapPlan(file: string, data: Data, text: string, year: number): Plan {
  const whereTo: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj(data.hvor_vil_vi) ?? {})) if (str(v)) whereTo[k] = v as string;
  return {
    file,
    year: int(data.år) ?? year,
    title: str(data.tittel) ?? `Handlingsplan ${year}`,
    ...(str(data.hovedmål) ? { mainGoal: str(data.hovedmål) } : {}),
    whereTo,
    decidedIn: refs(data.vedtatt_i),
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
