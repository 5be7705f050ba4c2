/**
 * The archive package as the pure module builds it (src/export/noark), with a
 * stand-in PDF engine that writes each document's text into a small real PDF:
 * the structure follows the schema's order, the identifiers are stable, the
 * checksums are the files', and restricted content reaches neither the XML nor
 * any document or file.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { accessCode, exportNoark, fileFacts, type NoarkExport, type NoarkExportInput } from '../../../src/export/noark/index.js';
import type { Repository } from '../../../src/model/repository.js';
import type { Doc } from '../../../src/render/ir.js';
import { buildRepository } from '../../../src/repo/build.js';
import { readRepository } from '../../../src/repo/read.js';
import { docText } from '../../../src/commands/shared/pii-guard.js';
import { copyBundled, removeDir } from '../../helpers/cli.js';
import { all, child, parseXml, type Node } from './xml-tree.js';
import { concludeMeeting, PUBLIC_ATTACHMENT, PUBLIC_ATTACHMENT_BYTES, SECRETS, plantRestricted } from './plant.js';

const TODAY = '2026-11-28';

/** A PDF whose Subject holds the document's text, so tests can read back what the engine was given. */
async function fakePdf(doc: Doc): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage();
  pdf.setSubject(docText(doc));
  return pdf.save();
}

function load(dir: string): Repository {
  return buildRepository(readRepository(dir)).repo;
}

async function exportOf(dir: string, options: Partial<NoarkExportInput> = {}, docs: Doc[] = []): Promise<NoarkExport> {
  return exportNoark(
    { repo: load(dir), lang: 'nb', today: TODAY, ...options },
    {
      pdf: async (doc) => {
        docs.push(doc);
        return fakePdf(doc);
      },
      readFile: async (path) => {
        try {
          return readFileSync(join(dir, path));
        } catch {
          return undefined;
        }
      },
    },
  );
}

/**
 * The element sequences of eInnsyn's arkivstruktur.xsd for what hf writes (the
 * base type's elements, then the extension's), with the required ones marked `!`.
 */
const SEQUENCES: Record<string, string[]> = {
  arkiv: ['systemID!', 'tittel!', 'beskrivelse', 'arkivstatus', 'dokumentmedium', 'oppbevaringssted', 'opprettetDato!', 'opprettetAv!', 'avsluttetDato', 'avsluttetAv', 'arkivskaper!', 'arkivdel!'],
  arkivskaper: ['arkivskaperID!', 'arkivskaperNavn!', 'beskrivelse'],
  arkivdel: ['systemID!', 'tittel!', 'beskrivelse', 'arkivdelstatus!', 'dokumentmedium', 'oppbevaringssted', 'opprettetDato!', 'opprettetAv!', 'avsluttetDato', 'avsluttetAv', 'arkivperiodeStartDato', 'arkivperiodeSluttDato', 'referanseForloeper', 'referanseArvtaker', 'kassasjon', 'utfoertKassasjon', 'sletting', 'skjerming', 'gradering', 'mappe'],
  moetemappe: [
    ...['systemID!', 'mappeID!', 'tittel!', 'offentligTittel!', 'beskrivelse', 'noekkelord', 'dokumentmedium', 'oppbevaringssted', 'opprettetDato!', 'opprettetAv!', 'avsluttetDato', 'avsluttetAv', 'referanseArkivdel', 'virksomhetsspesifikkeMetadata', 'kryssreferanse', 'merknad', 'kassasjon', 'skjerming', 'gradering', 'registrering'],
    ...['moetenummer', 'utvalg!', 'moetedato', 'moetested', 'referanseForrigeMoete', 'referanseNesteMoete', 'moetedeltaker'],
  ],
  moetedeltaker: ['moetedeltakerNavn!', 'moetedeltakerFunksjon'],
  dokumentbeskrivelse: ['systemID!', 'dokumenttype!', 'dokumentstatus!', 'tittel!', 'beskrivelse', 'forfatter', 'opprettetDato!', 'opprettetAv!', 'dokumentmedium', 'oppbevaringssted', 'referanseArkivdel', 'tilknyttetRegistreringSom!', 'dokumentnummer!', 'tilknyttetDato!', 'tilknyttetAv!', 'merknad', 'kassasjon', 'utfoertKassasjon', 'sletting', 'skjerming', 'gradering', 'elektroniskSignatur', 'dokumentobjekt'],
  dokumentobjekt: ['versjonsnummer!', 'variantformat!', 'format!', 'formatDetaljer', 'opprettetDato!', 'opprettetAv!', 'referanseDokumentfil!', 'sjekksum!', 'sjekksumAlgoritme!', 'filstoerrelse!', 'elektroniskSignatur', 'konvertering'],
  skjerming: ['tilgangsrestriksjon!', 'skjermingshjemmel!', 'skjermingMetadata!', 'skjermingDokument', 'skjermingsvarighet', 'skjermingOpphoererDato'],
  kryssreferanse: ['referanseTilKlasse', 'referanseTilMappe', 'referanseTilRegistrering'],
};
const REGISTRERING = ['systemID!', 'opprettetDato!', 'opprettetAv!', 'arkivertDato!', 'arkivertAv!', 'referanseArkivdel', 'kassasjon', 'skjerming', 'gradering', 'dokumentbeskrivelse', 'korrespondansepart', 'registreringsID!', 'tittel!', 'offentligTittel', 'beskrivelse', 'noekkelord', 'forfatter', 'dokumentmedium', 'oppbevaringssted', 'virksomhetsspesifikkeMetadata', 'merknad', 'kryssreferanse'];
SEQUENCES.moetesaksregistrering = [...REGISTRERING, 'moetesakstype!', 'moeteregistreringsstatus', 'administrativEnhet', 'saksbehandler', 'referanseTilMoetesak', 'moetesaksaar!', 'moetesakssekvensnummer!', 'moetesaksundersekvensnummer'];
SEQUENCES.moetedokumentregistrering = [...REGISTRERING, 'administrativEnhet', 'saksbehandler', 'moetedokumentregistreringstype!'];

/** Problems with the order and presence of `node`'s children, and of every element below it. */
function sequenceProblems(node: Node, path = node.name): string[] {
  const type = node.attrs['xsi:type'] ?? node.name;
  const seq = SEQUENCES[type];
  const problems: string[] = [];
  if (seq) {
    const names = seq.map((s) => s.replace('!', ''));
    let last = -1;
    for (const c of node.children) {
      const i = names.indexOf(c.name);
      if (i < 0) problems.push(`${path}: <${c.name}> is not in ${type}`);
      else if (i < last) problems.push(`${path}: <${c.name}> comes after <${names[last]}>`);
      else last = i;
    }
    for (const s of seq.filter((x) => x.endsWith('!'))) {
      if (!node.children.some((c) => c.name === s.slice(0, -1))) problems.push(`${path}: ${type} lacks <${s.slice(0, -1)}>`);
    }
  }
  for (const c of node.children) problems.push(...sequenceProblems(c, `${path}/${c.name}`));
  return problems;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('the archive package of the bundled data', () => {
  let dir: string;
  let first: NoarkExport;
  let root: Node;
  const docs: Doc[] = [];
  beforeAll(async () => {
    dir = copyBundled('hf-noark-');
    concludeMeeting(dir, 'SSU', '2024-09-26');
    first = await exportOf(dir, {}, docs);
    root = parseXml(first.xml);
  });
  afterAll(() => removeDir(dir));

  it('has one moetemappe per meeting and one moetesaksregistrering per case on an agenda', () => {
    const repo = load(dir);
    const meetings = new Set([...repo.meetings.map((m) => `${m.body} ${m.date}`), ...repo.cases.filter((c) => c.meeting).map((c) => `${c.body} ${c.meeting}`)]);
    const folders = all(root, 'mappe');
    expect(folders.every((f) => f.attrs['xsi:type'] === 'moetemappe')).toBe(true);
    expect(folders.map((f) => child(f, 'mappeID')).sort()).toEqual([...meetings].sort());
    const cases = all(root, 'registrering').filter((r) => r.attrs['xsi:type'] === 'moetesaksregistrering');
    expect(cases).toHaveLength(repo.cases.filter((c) => c.meeting).length);
    const numbered = cases.map((r) => child(r, 'registreringsID')).filter((id) => /^\w+ \d{4}\.\d+$/.test(id!));
    expect(numbered.sort()).toEqual(repo.cases.filter((c) => c.number && c.meeting).map((c) => `${c.body} ${c.number!.year}.${c.number!.seq}`).sort());
  });

  it('gives SSU 2024.27 its number, title, case type and status', () => {
    const r = all(root, 'registrering').find((x) => child(x, 'registreringsID') === 'SSU 2024.27')!;
    expect(child(r, 'tittel')).toBe('Mandat Samhandlingsforum for ledere for psykisk helse og rus i Vestfold');
    expect(child(r, 'offentligTittel')).toBe(child(r, 'tittel'));
    expect([child(r, 'moetesaksaar'), child(r, 'moetesakssekvensnummer')]).toEqual(['2024', '27']);
    expect(child(r, 'moetesakstype')).toBe('Annet');
    expect(child(r, 'moeteregistreringsstatus')).toBe('Behandlet');
  });

  it('has a notice and minutes for each held meeting, with place, date and participants', () => {
    const ssu = all(root, 'mappe').find((f) => child(f, 'mappeID') === 'SSU 2024-09-26')!;
    const kinds = ssu.children.filter((c) => c.name === 'registrering' && c.attrs['xsi:type'] === 'moetedokumentregistrering').map((r) => child(r, 'moetedokumentregistreringstype'));
    expect(kinds).toEqual(['Innkalling', 'Protokoll']);
    expect(child(ssu, 'utvalg')).toBe('SSU');
    expect(child(ssu, 'moetedato')).toBe('2024-09-26T12:30:00+02:00');
    expect(child(ssu, 'moetested')).toBe('SiV møterom 028, bak kantinen');
    const people = all(ssu, 'moetedeltaker').map((d) => `${child(d, 'moetedeltakerNavn')}: ${child(d, 'moetedeltakerFunksjon')}`);
    expect(people).toEqual(['Rannveig Velken: Referent', 'Runar Danielsen: Sekretariat']);
    const may = all(root, 'mappe').find((f) => child(f, 'mappeID') === 'SSU 2024-05-23')!;
    const present = all(may, 'moetedeltaker').map((d) => `${child(d, 'moetedeltakerNavn')}: ${child(d, 'moetedeltakerFunksjon')}`);
    expect(present.slice(0, 2)).toEqual(['Guro Winsvold: Møteleder', 'Runar Danielsen: Referent']);
    expect(present).toContain('Ellen Holtan Folkestad: Gjest');
    expect(present.filter((p) => p.endsWith(': Medlem')).length).toBeGreaterThan(2);
    expect(present.some((p) => p.startsWith('Kjersti Norheim'))).toBe(false); // frafall
  });

  it('writes every element in the order of eInnsyn arkivstruktur.xsd, with the required ones', () => {
    expect(root.name).toBe('arkiv');
    expect(root.attrs.xmlns).toBe('http://www.arkivverket.no/standarder/noark5/arkivstruktur');
    expect(sequenceProblems(root)).toEqual([]);
  });

  it('uses unique version 5 UUIDs as systemIDs, and references that point at them', () => {
    const ids = [root, ...all(root, 'arkivdel'), ...all(root, 'mappe'), ...all(root, 'registrering'), ...all(root, 'dokumentbeskrivelse')].map((n) => child(n, 'systemID')!);
    expect(ids.every((id) => UUID.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const series = child(all(root, 'arkivdel')[0]!, 'systemID');
    expect(new Set(all(root, 'referanseArkivdel').map((n) => n.text))).toEqual(new Set([series]));
    const folders = new Set(all(root, 'mappe').map((f) => child(f, 'systemID')));
    const previous = all(root, 'referanseForrigeMoete');
    expect(previous.length).toBeGreaterThan(0);
    for (const ref of previous) expect(folders.has(ref.text)).toBe(true);
    const registrations = new Set(all(root, 'registrering').map((r) => child(r, 'systemID')));
    const refs = all(root, 'referanseTilRegistrering').map((n) => n.text);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(registrations.has(ref)).toBe(true);
  });

  it('names in each dokumentobjekt the size and SHA-256 of the file it lists', () => {
    const files = new Map(first.files.map((f) => [f.path, f.bytes]));
    const objects = all(root, 'dokumentobjekt');
    expect(objects.length).toBe(first.files.length);
    for (const o of objects) {
      const bytes = files.get(child(o, 'referanseDokumentfil')!)!;
      expect(bytes, child(o, 'referanseDokumentfil')).toBeDefined();
      expect(child(o, 'sjekksum')).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(child(o, 'sjekksumAlgoritme')).toBe('SHA-256');
      expect(child(o, 'filstoerrelse')).toBe(String(bytes.length));
    }
  });

  it('gives the same systemIDs and the same bytes when exported again', async () => {
    const second = await exportOf(dir);
    expect(second.xml).toBe(first.xml);
    expect(second.files.map((f) => f.path)).toEqual(first.files.map((f) => f.path));
    second.files.forEach((f, i) => expect(Buffer.compare(Buffer.from(f.bytes), Buffer.from(first.files[i]!.bytes))).toBe(0));
  });

  it('renders the notice, the finished minutes of held meetings and the papers, and nothing as a draft', () => {
    const titles = docs.map((d) => d.title);
    expect(titles).toContain('Innkalling SSU 26.09.24');
    expect(titles).toContain('Referat SSU 23.05.24');
    expect(titles).toContain('Referat SSU 26.09.24');
    expect(titles.some((t) => t.startsWith('Saksfremlegg SSU 2024.30'))).toBe(true);
    expect(titles.some((t) => /utkast/i.test(t))).toBe(false);
  });
});

describe('the archive package with --from', () => {
  let dir: string;
  beforeAll(() => {
    dir = copyBundled('hf-noark-');
  });
  afterAll(() => removeDir(dir));

  it('holds only the meetings the selection keeps, and keeps their systemIDs', async () => {
    const full = parseXml((await exportOf(dir)).xml);
    const part = parseXml((await exportOf(dir, { select: (k) => k.date >= '2024-09-01' })).xml);
    const ids = (n: Node) => all(n, 'mappe').map((f) => `${child(f, 'mappeID')} ${child(f, 'systemID')}`);
    expect(all(part, 'mappe').map((f) => child(f, 'mappeID'))).toEqual(['FSU 2024-09-05', 'SSU 2024-09-26']);
    for (const id of ids(part)) expect(ids(full)).toContain(id);
    // The previous meeting is referred to even when it is not in this package.
    const ssu = all(part, 'mappe').find((f) => child(f, 'mappeID') === 'SSU 2024-09-26')!;
    const may = all(full, 'mappe').find((f) => child(f, 'mappeID') === 'SSU 2024-05-23')!;
    expect(child(ssu, 'referanseForrigeMoete')).toBe(child(may, 'systemID'));
  });

  it('writes the free texts in English with --lang en and keeps Noark’s own values and the systemIDs', async () => {
    const select = (k: { body: string; date: string }) => k.body === 'SSU' && k.date === '2024-09-26';
    const en = parseXml((await exportOf(dir, { lang: 'en', select })).xml);
    const nb = parseXml((await exportOf(dir, { select })).xml);
    const folder = all(en, 'mappe')[0]!;
    expect(child(folder, 'tittel')).toBe('Strategisk samarbeidsutvalg (SSU) – meeting 26 September 2024');
    expect(child(all(en, 'registrering').find((r) => child(r, 'registreringsID') === 'SSU 2024.27')!, 'moeteregistreringsstatus')).toBe('Considered');
    expect(new Set(all(en, 'dokumentstatus').map((n) => n.text))).toEqual(new Set(['Dokumentet er ferdigstilt']));
    expect(all(en, 'systemID').map((n) => n.text)).toEqual(all(nb, 'systemID').map((n) => n.text));
  });

  it('leaves out the minutes of a meeting that is not over, and marks its cases as pending', async () => {
    const x = parseXml((await exportOf(dir, { today: '2024-09-26', select: (k) => k.body === 'SSU' && k.date === '2024-09-26' })).xml);
    const regs = all(x, 'registrering');
    expect(regs.map((r) => child(r, 'moetedokumentregistreringstype')).filter(Boolean)).toEqual(['Innkalling']);
    expect(new Set(regs.map((r) => child(r, 'moeteregistreringsstatus')).filter(Boolean))).toEqual(new Set(['Til behandling']));
  });
});

describe('restricted content in the archive package', () => {
  let dir: string;
  let result: NoarkExport;
  let root: Node;
  const docs: Doc[] = [];
  beforeAll(async () => {
    dir = copyBundled('hf-noark-');
    concludeMeeting(dir, 'SSU', '2024-09-26');
    plantRestricted(dir);
    result = await exportOf(dir, {}, docs);
    root = parseXml(result.xml);
  });
  afterAll(() => removeDir(dir));

  it('never puts restricted text in the XML, a document or a copied file', async () => {
    const texts = [result.xml, ...docs.map(docText)];
    for (const f of result.files) {
      texts.push(Buffer.from(f.bytes).toString('latin1'));
      if (f.path.endsWith('.pdf') && !f.path.includes('vedlegg')) texts.push((await PDFDocument.load(f.bytes)).getSubject() ?? '');
    }
    for (const secret of SECRETS) for (const t of texts) expect(t.toLowerCase()).not.toContain(secret.toLowerCase());
    // The documents did reach the engine: the public parts are there.
    expect(docs.map(docText).join('\n')).toContain('Orientering om tildelingene');
  });

  it('shows a restricted case by its public title with its legal basis, and without documents', () => {
    const r = all(root, 'registrering').find((x) => child(x, 'registreringsID') === 'SSU 2024.30')!;
    expect([child(r, 'tittel'), child(r, 'offentligTittel')]).toEqual(['Samhandlingsdata', 'Samhandlingsdata']);
    const s = r.children.find((c) => c.name === 'skjerming')!;
    expect(child(s, 'skjermingshjemmel')).toBe('offl. § 13 jf. fvl. § 13');
    expect(child(s, 'tilgangsrestriksjon')).toBe('13');
    expect(child(s, 'skjermingOpphoererDato')).toBe('2034-12-31');
    expect(all(r, 'dokumentbeskrivelse')).toEqual([]);
  });

  it('copies a public attachment and leaves a restricted one out, and marks what was taken out', () => {
    const r = all(root, 'registrering').find((x) => child(x, 'registreringsID') === 'SSU 2024.27')!;
    const descriptions = all(r, 'dokumentbeskrivelse');
    expect(descriptions.map((d) => child(d, 'tittel'))).toEqual(['Mandatutkast', 'Utkast til mandat Samhandlingsforum for ledere for psykisk helse og rus']);
    expect(descriptions.map((d) => child(d, 'tilknyttetRegistreringSom'))).toEqual(['Hoveddokument', 'Vedlegg']);
    const attachment = descriptions[0]!.children.find((c) => c.name === 'dokumentobjekt')!;
    const copied = result.files.find((f) => f.path === child(attachment, 'referanseDokumentfil'))!;
    expect(Buffer.from(copied.bytes).toString()).toBe(PUBLIC_ATTACHMENT_BYTES);
    expect(child(attachment, 'referanseDokumentfil')).toBe('dokumenter/ssu/2024-09-26/2024.27-vedlegg-1.pdf');
    expect(PUBLIC_ATTACHMENT).toMatch(/\.pdf$/);
    expect(child(attachment, 'variantformat')).toBe('Produksjonsformat');
    // An attachment with neither file nor link is described without a file.
    expect(descriptions[1]!.children.some((c) => c.name === 'dokumentobjekt')).toBe(false);
  });

  it("marks a public version with something taken out as Noark's variant for it", () => {
    const variant = (id: string) => {
      const r = all(root, 'registrering').find((x) => child(x, 'registreringsID') === id)!;
      return child(all(r, 'dokumentobjekt')[0]!, 'variantformat');
    };
    expect(variant('SSU 2024.32')).toBe('Dokument hvor deler av innholdet er skjermet');
    expect(variant('SSU 2024.35')).toBe('Produksjonsformat');
    const meeting = (id: string, kind: string) => {
      const f = all(root, 'mappe').find((x) => child(x, 'mappeID') === id)!;
      const r = f.children.find((c) => c.name === 'registrering' && child(c, 'moetedokumentregistreringstype') === kind)!;
      return child(all(r, 'dokumentobjekt')[0]!, 'variantformat');
    };
    expect(meeting('SSU 2024-09-26', 'Innkalling')).toBe('Dokument hvor deler av innholdet er skjermet');
    expect(meeting('FSU 2024-09-05', 'Protokoll')).toBe('Produksjonsformat');
  });
});

describe('systemIDs of data hf validate complains about', () => {
  let dir: string;
  beforeAll(() => {
    dir = copyBundled('hf-noark-');
  });
  afterAll(() => removeDir(dir));

  it('stay unique when two files share a case number and two attachments a title', async () => {
    writeFileSync(
      join(dir, 'cases/ssu/2024/2024.27-dobbel.md'),
      '---\nsaksnr: "2024.27"\norgan: SSU\nmøte: 2024-09-26\ntittel: Dobbel\nvedlegg:\n  - tittel: Notat\n  - tittel: Notat\n---\n',
    );
    const root = parseXml((await exportOf(dir)).xml);
    const ids = [...all(root, 'registrering'), ...all(root, 'dokumentbeskrivelse')].map((n) => child(n, 'systemID'));
    expect(new Set(ids).size).toBe(ids.length);
    expect(all(root, 'registrering').filter((r) => child(r, 'registreringsID') === 'SSU 2024.27')).toHaveLength(2);
  });
});

describe('the pieces of the package', () => {
  it('reads the Noark access code from the legal basis', () => {
    expect(accessCode('offl. § 13 jf. fvl. § 13')).toBe('13');
    expect(accessCode('offl §15')).toBe('15');
    expect(accessCode('offentleglova § 14')).toBe('14');
    expect(accessCode('')).toBe('UO');
    expect(accessCode('fvl. § 13')).toBe('UO');
  });

  it('tells PDF from PDF/A by the PDF/A identification in the metadata', () => {
    const plain = fileFacts(Buffer.from('%PDF-1.4\nx'), 'a.pdf');
    expect([plain.format, plain.formatDetails, plain.archival]).toEqual(['PDF', 'PDF 1.4', false]);
    const pdfa = fileFacts(Buffer.from('%PDF-1.7\n<x:xmpmeta><rdf:Description pdfaid:part="2" pdfaid:conformance="B"/></x:xmpmeta>'), 'a.pdf');
    expect([pdfa.format, pdfa.formatDetails, pdfa.archival]).toEqual(['PDF/A', 'PDF/A-2b', true]);
    const docx = fileFacts(Buffer.from('PK\u0003\u0004'), 'notat.docx');
    expect([docx.format, docx.archival]).toEqual(['DOCX', false]);
    expect(docx.sha256).toBe(createHash('sha256').update(Buffer.from('PK\u0003\u0004')).digest('hex'));
  });
});
