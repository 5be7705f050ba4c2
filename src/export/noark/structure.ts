/**
 * The archive plan as Noark 5 `arkivstruktur.xml`, in the form eInnsyn's
 * `arkivstruktur.xsd` (difi/einnsyn-datamodell) gives it: arkiv → arkivdel →
 * mappe of type moetemappe → registrering of type moetedokumentregistrering
 * (notice, minutes) or moetesaksregistrering (one per case) → dokumentbeskrivelse
 * → dokumentobjekt. Each element list below follows the schema's sequence; the
 * order matters to a validator.
 */
import type { Restriction } from '../../model/types.js';
import { osloDateTime } from './dates.js';
import type { ArchivePlan, DocumentPlan, MeetingPlan, RegistrationPlan } from './model.js';
import { el, elAttrs, opt, serialize, type XmlElement } from './xml.js';

export const NOARK_NS = 'http://www.arkivverket.no/standarder/noark5/arkivstruktur';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

/** What is known of a document's file once it is made. */
export interface FileFacts {
  size: number;
  /** SHA-256 of the bytes, lower-case hex. */
  sha256: string;
  /** Noark `format` and `formatDetaljer`. */
  format: string;
  formatDetails?: string;
  /** PDF/A (an archival format) or not. */
  archival: boolean;
}

const MEDIUM = 'Elektronisk arkiv';

/** The XML text of the package's arkivstruktur.xml. */
export function archiveStructure(plan: ArchivePlan, facts: (doc: DocumentPlan) => FileFacts | undefined): string {
  const created = plan.created;
  const root = elAttrs(
    'arkiv',
    [
      ['xmlns', NOARK_NS],
      ['xmlns:xsi', XSI_NS],
    ],
    el('systemID', plan.systemID),
    el('tittel', plan.title),
    el('arkivstatus', 'Opprettet'),
    el('dokumentmedium', MEDIUM),
    el('opprettetDato', created),
    el('opprettetAv', 'hf'),
    el('arkivskaper', el('arkivskaperID', plan.creatorID), el('arkivskaperNavn', plan.creatorName)),
    el(
      'arkivdel',
      el('systemID', plan.seriesID),
      el('tittel', plan.seriesTitle),
      el('arkivdelstatus', 'Aktiv periode'),
      el('dokumentmedium', MEDIUM),
      el('opprettetDato', created),
      el('opprettetAv', 'hf'),
      plan.meetings.map((m) => meetingFolder(m, plan.seriesID, facts)),
    ),
  );
  return serialize(root);
}

function meetingFolder(m: MeetingPlan, seriesID: string, facts: (doc: DocumentPlan) => FileFacts | undefined): XmlElement {
  const created = osloDateTime(m.date);
  return elAttrs(
    'mappe',
    [['xsi:type', 'moetemappe']],
    el('systemID', m.systemID),
    el('mappeID', m.folderID),
    el('tittel', m.title),
    el('offentligTittel', m.title),
    el('dokumentmedium', MEDIUM),
    el('opprettetDato', created),
    el('opprettetAv', m.creator),
    el('referanseArkivdel', seriesID),
    m.registrations.map((r) => registration(r, m, seriesID, facts)),
    el('utvalg', m.body),
    el('moetedato', m.dateTime),
    opt('moetested', m.place),
    opt('referanseForrigeMoete', m.previous),
    m.participants.map((p) => el('moetedeltaker', el('moetedeltakerNavn', p.name), el('moetedeltakerFunksjon', p.role))),
  );
}

function registration(r: RegistrationPlan, m: MeetingPlan, seriesID: string, facts: (doc: DocumentPlan) => FileFacts | undefined): XmlElement {
  const created = osloDateTime(m.date);
  const type = r.kind === 'case' ? 'moetesaksregistrering' : 'moetedokumentregistrering';
  return elAttrs(
    'registrering',
    [['xsi:type', type]],
    el('systemID', r.systemID),
    el('opprettetDato', created),
    el('opprettetAv', m.creator),
    el('arkivertDato', created),
    el('arkivertAv', m.creator),
    el('referanseArkivdel', seriesID),
    r.restriction && skjerming(r.restriction),
    r.documents.map((d) => documentDescription(d, created, m.creator, facts(d))),
    el('registreringsID', r.registrationID),
    el('tittel', r.title),
    el('offentligTittel', r.publicTitle),
    opt('beskrivelse', r.description),
    el('dokumentmedium', MEDIUM),
    r.references.map((id) => el('kryssreferanse', el('referanseTilRegistrering', id))),
    r.kind === 'case'
      ? [
          el('moetesakstype', r.caseType!),
          opt('moeteregistreringsstatus', r.status),
          opt('administrativEnhet', r.unit),
          opt('saksbehandler', r.handler),
          el('moetesaksaar', r.year!),
          el('moetesakssekvensnummer', r.seq!),
          opt('moetesaksundersekvensnummer', r.subSeq),
        ]
      : el('moetedokumentregistreringstype', r.kind === 'notice' ? 'Innkalling' : 'Protokoll'),
  );
}

function documentDescription(d: DocumentPlan, created: string, creator: string, f: FileFacts | undefined): XmlElement {
  return el(
    'dokumentbeskrivelse',
    el('systemID', d.systemID),
    el('dokumenttype', d.type),
    el('dokumentstatus', 'Dokumentet er ferdigstilt'),
    el('tittel', d.title),
    d.source.kind === 'none' ? opt('beskrivelse', d.source.url) : undefined,
    el('opprettetDato', created),
    el('opprettetAv', creator),
    el('dokumentmedium', MEDIUM),
    el('tilknyttetRegistreringSom', d.role),
    el('dokumentnummer', d.number),
    el('tilknyttetDato', created),
    el('tilknyttetAv', creator),
    f &&
      d.packagePath &&
      el(
        'dokumentobjekt',
        el('versjonsnummer', 1),
        // A public version with restricted parts taken out is its own variant in Noark.
        el('variantformat', d.partlyRestricted ? 'Dokument hvor deler av innholdet er skjermet' : f.archival ? 'Arkivformat' : 'Produksjonsformat'),
        el('format', f.format),
        opt('formatDetaljer', f.formatDetails),
        el('opprettetDato', created),
        el('opprettetAv', creator),
        el('referanseDokumentfil', d.packagePath),
        el('sjekksum', f.sha256),
        el('sjekksumAlgoritme', 'SHA-256'),
        el('filstoerrelse', f.size),
      ),
  );
}

/**
 * Noark's skjerming of a registration: the legal basis, that the title is
 * screened (the public title stands in both title fields, since this package is
 * public), and that the documents are withheld whole.
 */
function skjerming(r: Restriction): XmlElement {
  return el(
    'skjerming',
    el('tilgangsrestriksjon', accessCode(r.basis)),
    el('skjermingshjemmel', r.basis || 'Unntatt offentlighet'),
    el('skjermingMetadata', 'tittel'),
    el('skjermingDokument', 'Skjerming av hele dokumentet'),
    opt('skjermingOpphoererDato', r.until),
  );
}

/**
 * Noark's tilgangsrestriksjon code: the paragraph of the Freedom of Information
 * Act (offentleglova) the basis names ("offl. § 13 jf. fvl. § 13" → "13"), or
 * "UO" (unntatt offentlighet) when it names none.
 */
export function accessCode(basis: string): string {
  const m = /offl\.?\s*§\s*(\d+)/i.exec(basis) ?? /offentleglova\s*§\s*(\d+)/i.exec(basis);
  return m ? m[1]! : 'UO';
}
