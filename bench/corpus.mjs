/**
 * A deterministic synthetic partnership for benchmarks: N cases spread over
 * bodies and years, with the frontmatter a secretariat writes (numbers, meeting,
 * types, responsible, bullet points, attachments, proposed conclusion, treatment,
 * conclusion, follow-ups, references to earlier cases) and 3–8 paragraphs of
 * Norwegian text; the meetings that treat them (with attendance), a few action-plan
 * rows and mandates. Everything is valid per the schemas and rules, so `hf validate`
 * has little to report and the figures measure the work, not the output.
 *
 *   node bench/corpus.mjs <folder> <cases>     (after npm run build)
 */
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
// The file names hf gives cases (from the build: `npm run bench` builds first).
import { slugify } from '../dist/repo/paths.js';

/** Today for the corpus: after every meeting, so every case has its conclusion. */
export const CORPUS_TODAY = '2025-06-01';

/** mulberry32: small, fast and the same on every machine. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Kari', 'Ola', 'Ingrid', 'Lars', 'Sissel', 'Bjørn', 'Guro', 'Erik', 'Mette', 'Øyvind', 'Anne', 'Per', 'Hilde', 'Geir', 'Trine', 'Åse', 'Torgeir', 'Siri', 'Marit', 'Knut'];
const LAST = ['Nordmann', 'Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Jensen', 'Karlsen', 'Johnsen', 'Pettersen', 'Eriksen', 'Berg', 'Haugen', 'Hagen', 'Bakke', 'Solberg', 'Dahl'];
const ORGS = ['Larvik kommune', 'Sandefjord kommune', 'Tønsberg kommune', 'Horten kommune', 'Færder kommune', 'Holmestrand kommune', 'Sykehuset i Vestfold HF'];
const ROLES = ['kommunalsjef helse og omsorg', 'kommunedirektør', 'klinikksjef', 'fagsjef', 'avdelingsleder', 'samhandlingssjef', 'brukerrepresentant', 'fastlegerepresentant'];

const BODY_DEFS = [
  ['PM', 'Partnerskapsmøtet', 'partnerskapsmøte'],
  ['SSU', 'Strategisk samarbeidsutvalg', 'samarbeidsutvalg'],
  ['FSU', 'Faglig samarbeidsutvalg', 'samarbeidsutvalg'],
  ['FU-AKUTT', 'Fagutvalg akuttkjeden', 'fagutvalg'],
  ['FU-HR', 'Fagutvalg HR', 'fagutvalg'],
  ['FU-FASTLEGE', 'Fagutvalg for fastlegetjenesten', 'fagutvalg'],
  ['FU-IKT', 'Fagutvalg IKT', 'fagutvalg'],
  ['SF-PHR', 'Samhandlingsforum for ledere psykisk helse og rus', 'samhandlingsforum'],
  ['BEREDSKAP', 'Beredskapsnettverk', 'nettverk'],
  ['UU-BARN', 'Underutvalg barn og unge', 'underutvalg'],
];

const TOPICS = [
  'Status handlingsplan',
  'Samhandlingsdata og styringsinformasjon',
  'Utskrivningsklare pasienter',
  'Revisjon av delavtale om beredskap',
  'Digital hjemmeoppfølging',
  'Kompetansebroen – felles opplæring',
  'Helhetlige pasientforløp for skrøpelige eldre',
  'Ambulante akutteam',
  'Rekruttering av helsepersonell',
  'Felles retningslinjer for legemiddelsamstemming',
  'Barn og unges psykiske helse',
  'Oppfølging av personer med rusproblematikk',
  'Tilskudd til samhandlingsprosjekter',
  'Erfaringer fra fastlegeordningen',
  'Endringer i tjenestetilbudet',
  'Innføring av pasientens legemiddelliste',
  'Felles kommunal legevakt',
  'Hospitering mellom kommune og sykehus',
  'Arbeid med lærings- og mestringstilbud',
  'Evaluering av mandat',
];
const QUALIFIERS = ['', ' – videre arbeid', ' – orientering', ' i Vestfold', ' – forslag til tiltak', ' – rapport fra arbeidsgruppen', ' 2. gangs behandling'];

const SENTENCES = [
  'Helsefellesskapet skal bidra til mer sammenhengende tjenester for pasienter som trenger hjelp fra både kommunen og sykehuset.',
  'Arbeidsgruppen har hatt fem møter siden forrige rapportering og har kartlagt dagens praksis i alle kommunene.',
  'Kartleggingen viser at det er store forskjeller i hvordan utskrivningsklare pasienter følges opp de første dagene etter hjemkomst.',
  'Sekretariatet foreslår at utvalget drøfter hvordan erfaringene kan tas inn i handlingsplanen for neste år.',
  'Det er behov for en felles forståelse av ansvarsdelingen mellom fastlege, hjemmetjeneste og spesialisthelsetjeneste.',
  'Kommunene melder om økende press på korttidsplasser, særlig i sommermånedene.',
  'Sykehuset har startet et prosjekt med digital hjemmeoppfølging av pasienter med kols og hjertesvikt.',
  'Brukerrepresentantene understreker betydningen av at pasient og pårørende involveres tidlig i planleggingen.',
  'Tiltaket er finansiert med midler fra det regionale helseforetaket og løper ut neste år.',
  'Det vises til tidligere behandling i utvalget og til innspill fra fagutvalgene.',
  'Saken legges frem til orientering, og utvalget inviteres til å gi innspill til det videre arbeidet.',
  'Erfaringene fra pilotkommunene er gode, men det gjenstår arbeid med å spre praksisen til hele regionen.',
  'Fagutvalget anbefaler at det etableres en felles rutine for overføring av informasjon ved innleggelse og utskrivning.',
  'Samhandlingsdata viser at andelen reinnleggelser innen tretti dager har gått noe ned det siste året.',
  'Det er enighet om at arbeidet bør forankres i ledelsen både i kommunene og i helseforetaket.',
  'Kostnadene ved tiltaket fordeles etter den fordelingsnøkkelen som er avtalt i samarbeidsavtalen.',
  'Sekretariatet vil utarbeide et forslag til mandat for en arbeidsgruppe som legges frem i neste møte.',
  'Rapporten peker på at små kommuner har særlige utfordringer med å rekruttere sykepleiere og leger.',
  'Det er ønskelig at flere kommuner deltar i hospiteringsordningen, og at ordningen evalueres etter ett år.',
  'Utvalget ba om at saken følges opp med en statusrapport før sommeren.',
];
const HEADINGS = ['Bakgrunn', 'Saksopplysninger', 'Vurdering', 'Økonomiske konsekvenser', 'Videre arbeid'];
const TYPES = ['Orientering', 'Beslutning', 'Diskusjon', 'Dialog', 'Vedtak'];
const PLACES = ['Jarlsberg konferansesenter', 'Teams', 'Sykehuset i Vestfold, Tønsberg', 'Larvik rådhus', 'Sandefjord kulturhus, møterom 2'];

const pad = (n) => String(n).padStart(2, '0');
const q = (s) => JSON.stringify(s);


/** How the cases are spread: bodies, years and meetings per body and year. */
export function corpusShape(cases) {
  const bodies = Math.min(BODY_DEFS.length, Math.max(3, Math.round(cases / 1000) + 2));
  const years = Math.min(10, Math.max(2, Math.ceil(cases / 500)));
  const perBodyYear = Math.ceil(cases / (bodies * years));
  const meetingsPerYear = Math.min(24, Math.max(1, Math.ceil(perBodyYear / 14)));
  return { bodies, years, firstYear: 2024 - years + 1, perBodyYear, meetingsPerYear };
}

/**
 * Writes the corpus into `dir` (which should be empty) and returns what it wrote:
 * counts and one meeting with its cases, for the commands that need one.
 */
export function generateCorpus(dir, cases, seed = 20240926) {
  const rand = rng(seed);
  const pickOne = (list) => list[Math.floor(rand() * list.length)];
  const between = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const shape = corpusShape(cases);
  // Every file dated the same fixed day, as in a checkout made a while ago.
  const stamp = new Date('2025-01-02T12:00:00Z');
  const made = new Set();
  const write = (path, text) => {
    const abs = join(dir, path);
    const folder = dirname(abs);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(abs, text);
    utimesSync(abs, stamp, stamp);
  };

  const people = [];
  for (const f of FIRST) for (const l of LAST) people.push(`${f} ${l}`);
  const secretariat = [people[0], people[21]];
  const bodies = BODY_DEFS.slice(0, shape.bodies).map(([code, name, type], i) => ({
    code,
    name,
    type,
    reportsTo: i === 0 ? undefined : i <= 2 ? BODY_DEFS[i - 1][0] : 'SSU',
    members: Array.from({ length: 8 }, (_, k) => people[(i * 37 + k * 11 + 2) % people.length]).filter((p, k, a) => a.indexOf(p) === k && !secretariat.includes(p)),
  }));

  // hf.yaml
  const cfg = ['navn: Helsefellesskapet i Benchmark', 'språk: nb', 'hf_versjon: ">=0.1.0"', 'sakstyper: [Orientering, Beslutning, Diskusjon, Dialog, Vedtak]', 'sekretariat:'];
  for (const s of secretariat) cfg.push(`  - navn: ${s}`, '    rolle: samhandlingskoordinator');
  cfg.push('organer:');
  for (const b of bodies) {
    cfg.push(`  - kode: ${b.code}`, `    navn: ${b.name}`, `    type: ${b.type}`);
    if (b.reportsTo) cfg.push(`    rapporterer_til: ${b.reportsTo}`);
    cfg.push(`    mottakere: ${b.code}s faste medlemmer`, '    faste_saker:', '      nummerert: true', '    medlemmer:');
    b.members.forEach((m, k) => cfg.push(`      - navn: ${m}`, `        rolle: ${ROLES[k % ROLES.length]}`, `        organisasjon: ${ORGS[k % ORGS.length]}`));
  }
  cfg.push('handlingsplan:', '  grupperinger:', '    - id: pasientgrupper', '      navn: Prioriterte pasientgrupper', '      områder:');
  const areas = ['psykisk-helse-rus', 'skropelige-eldre', 'barn-unge', 'kroniske-lidelser'];
  areas.forEach((a, i) => cfg.push(`        - id: ${a}`, `          nummer: ${i + 1}`, `          navn: Område ${i + 1}`));
  write('hf.yaml', cfg.join('\n') + '\n');

  const paragraph = () => Array.from({ length: between(3, 6) }, () => pickOne(SENTENCES)).join(' ');
  const caseBody = (title) => {
    const n = between(3, 8);
    const out = [`# ${title}`, ''];
    for (let i = 0; i < n; i++) {
      if (i === 0 || rand() < 0.35) out.push(`## ${HEADINGS[Math.min(HEADINGS.length - 1, Math.floor(i / 2))]}`, '');
      out.push(paragraph(), '');
    }
    out.push('## Forslag til vedtak', '', 'Saken tas til orientering.', '');
    return out.join('\n');
  };

  let written = 0;
  const firstCase = new Map(); // body → first number written, for references
  let sample;
  const lastMeeting = new Map();
  outer: for (let y = 0; y < shape.years; y++) {
    const year = shape.firstYear + y;
    for (const b of bodies) {
      let seq = 0;
      let previousMeeting;
      const m = shape.meetingsPerYear;
      for (let k = 0; k < m; k++) {
        if (written >= cases) break outer;
        const day = Math.floor(((k + 0.5) * 360) / m);
        const date = `${year}-${pad(Math.floor(day / 30) + 1)}-${pad((day % 30) + 1 > 28 ? 28 : (day % 30) + 1)}`;
        const present = b.members.slice(0, 6);
        const meeting = [
          '---',
          `organ: ${b.code}`,
          `dato: ${date}`,
          'start: "12:30"',
          'slutt: "15:30"',
          `sted: ${pickOne(PLACES)}`,
          `møteleder: ${b.members[0]}`,
          `referent: ${secretariat[0]}`,
          `sekretariat: [${secretariat.join(', ')}]`,
          'tilstede:',
          ...present.map((p) => `  - ${p}`),
          `frafall: [${b.members.slice(6).join(', ')}]`,
          '---',
          '',
          `Møte i ${b.name} ${date}.`,
          '',
        ];
        write(`meetings/${b.code.toLowerCase()}/${date}.md`, meeting.join('\n'));
        // Cases of this meeting: standing items, regular cases, Eventuelt.
        const regular = Math.max(1, Math.min(cases - written - 3, Math.ceil(shape.perBodyYear / m) - 3));
        const items = [];
        items.push({ title: 'Godkjenning av innkalling og dagsorden', standing: 'godkjenning' });
        if (previousMeeting) items.push({ title: `Referat fra møte ${previousMeeting}`, standing: 'referat', minutesOf: previousMeeting });
        for (let r = 0; r < regular; r++) items.push({ title: pickOne(TOPICS) + pickOne(QUALIFIERS) });
        items.push({ title: 'Eventuelt', standing: 'eventuelt' });
        const numbers = [];
        const firstOfMeeting = seq + 1;
        for (const it of items) {
          if (written >= cases) break;
          seq++;
          const saksnr = `${year}.${seq}`;
          numbers.push(saksnr);
          const fm = ['---', `saksnr: ${q(saksnr)}`, `organ: ${b.code}`, `møte: ${date}`, `tittel: ${it.title}`];
          let body = '';
          if (it.standing) {
            fm.push('sakstype: [Beslutning]', `fast_sak: ${it.standing}`);
            if (it.minutesOf) fm.push('referater:', `  - ${b.code} ${it.minutesOf}`);
            fm.push('behandling: |', '  Ingen merknader.', `konklusjon: ${it.standing === 'eventuelt' ? 'Ingen saker under eventuelt.' : 'Godkjent.'}`);
          } else {
            const types = [...new Set([pickOne(TYPES), pickOne(TYPES)])];
            fm.push(`sakstype: [${types.join(', ')}]`, `ansvar: [${pickOne(['Kommune', 'SiV', 'Sekretariatet'])}]`, `saksbehandler: ${pickOne(people)}`);
            if (rand() < 0.6) {
              fm.push('punkter:');
              for (let p = between(1, 3); p > 0; p--) fm.push(`  - ${pickOne(SENTENCES).replace(/\.$/, '')}`);
            }
            if (rand() < 0.5) {
              fm.push('vedlegg:');
              for (let v = between(1, 3); v > 0; v--) fm.push(`  - tittel: ${pickOne(TOPICS)}, notat`);
            }
            const earlier = firstCase.get(b.code);
            if (earlier && rand() < 0.2) fm.push(`viser_til: [${q(`${b.code} ${earlier}`)}]`);
            fm.push(`forslag_til_konklusjon: ${pickOne(['Saken tas til orientering.', 'Utvalget slutter seg til forslaget.', 'Utvalget gir innspill til det videre arbeidet.'])}`);
            fm.push('behandling: |', `  ${pickOne(SENTENCES)}`, `  ${pickOne(SENTENCES)}`);
            fm.push(`konklusjon: ${pickOne(['Saken tas til orientering.', 'Forslaget ble vedtatt.', 'Utvalget ber sekretariatet følge opp saken.'])}`);
            // A follow-up item, closed by the first case of the next meeting.
            const closedIn = `${year}.${firstOfMeeting + items.length}`;
            if (k < m - 1 && written - (seq - firstOfMeeting) + items.length + 1 < cases && rand() < 0.15) {
              fm.push('oppfølging:', `  - hva: Statusrapport til ${b.code}`, `    ansvar: Sekretariatet`, '    status: lukket', `    lukket_i: ${q(`${b.code} ${closedIn}`)}`);
            }
            body = caseBody(it.title);
          }
          fm.push('---', '');
          const path = `cases/${b.code.toLowerCase()}/${year}/${saksnr}-${slugify(it.title)}.md`;
          write(path, fm.join('\n') + body);
          if (!firstCase.has(b.code)) firstCase.set(b.code, saksnr);
          written++;
        }
        if (!sample && numbers.length >= 4) sample = { body: b.code, date, numbers };
        lastMeeting.set(b.code, date);
        previousMeeting = date;
      }
    }
  }

  // A few action-plan rows, referring to cases of the first body.
  const planYear = shape.firstYear + shape.years;
  const ref = `${bodies[1].code} ${firstCase.get(bodies[1].code) ?? firstCase.get(bodies[0].code)}`;
  areas.forEach((a, i) => {
    write(
      `plans/${planYear}/${a}.md`,
      ['---', 'type: satsning', `område: ${a}`, `rekkefølge: ${i + 1}`, `tittel: ${TOPICS[i]}`, `mål: ${SENTENCES[i]}`, `arbeidsform: ${SENTENCES[i + 4]}`, `periode: "${planYear}"`, 'status: pågår', `ansvarlig: ${bodies[1].code}`, `saker: [${q(ref)}]`, '---', '', paragraph(), ''].join('\n'),
    );
  });
  // Mandates for the sub-bodies.
  for (const b of bodies.slice(2)) {
    const members = b.members.slice(0, 3);
    write(
      `mandates/${b.code.toLowerCase()}.md`,
      [
        '---',
        `organ: ${b.code}`,
        `tittel: Mandat for ${b.name}`,
        'versjon: "1.0"',
        'status: vedtatt',
        `vedtatt_i: ${q(ref)}`,
        `gyldig_fra: ${shape.firstYear}-01-01`,
        'møtehyppighet:',
        '  minimum_per_år: 4',
        'rapportering:',
        '  årsrapport_til: SSU',
        '  evaluering_måneder: 12',
        'sammensetning:',
        ...members.map((m, k) => `  - rolle: ${ROLES[k]}\n    organisasjon: ${ORGS[k]}`),
        '---',
        '',
        '## 1. Bakgrunn',
        '',
        paragraph(),
        '',
        '## 2. Mandat',
        '',
        paragraph(),
        '',
        '## 3. Sammensetning',
        '',
        paragraph(),
        '',
        '## 4. Struktur',
        '',
        paragraph(),
        '',
        '## 5. Rapportering',
        '',
        paragraph(),
        '',
        '## 6. Referanser',
        '',
        '## 7. Vedlegg',
        '',
      ].join('\n'),
    );
  }
  return {
    cases: written,
    bodies: bodies.map((b) => b.code),
    years: [shape.firstYear, shape.firstYear + shape.years - 1],
    sample,
    lastMeeting: Object.fromEntries(lastMeeting),
    today: CORPUS_TODAY,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, n] = process.argv.slice(2);
  if (!dir || !n) {
    console.error('usage: node bench/corpus.mjs <folder> <cases>');
    process.exit(2);
  }
  const info = generateCorpus(dir, Number(n));
  console.log(JSON.stringify(info));
}
