/**
 * Restricted content never reaches a public document. A copy of the bundled
 * data (in memory) gets restricted cases, a restricted attachment and restricted
 * sections in case texts, a treatment text and a plan row, each holding a marker
 * text. Every document the bundled data gives — every notice, meeting packet and
 * minutes of every meeting, every case paper, every action plan and status
 * report — is rendered publicly to Markdown, HTML and Word (read back with
 * mammoth) and must hold no marker; rendered internally, the markers are there
 * (so the check can fail) and no fence line is.
 */
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatCaseNumber } from '../../src/model/case-number.js';
import { planTree, planYears } from '../../src/model/plan.js';
import { planStatus } from '../../src/model/plan-status.js';
import { documentView, findRestrictedSections, internalText, publicText } from '../../src/model/restricted.js';
import { RepoIndex } from '../../src/model/repository.js';
import { buildRepository, type RepoSource } from '../../src/repo/build.js';
import { readRepository } from '../../src/repo/read.js';
import type { Doc } from '../../src/render/ir.js';
import { renderMinutes } from '../../src/render/minutes.js';
import { renderNotice } from '../../src/render/notice.js';
import { renderPaper } from '../../src/render/paper.js';
import { renderPacket } from '../../src/render/packet.js';
import { renderPlan } from '../../src/render/plan.js';
import { renderPlanStatus } from '../../src/render/plan-status.js';
import { toDocx } from '../../src/render/write-docx.js';
import { toHtml } from '../../src/render/write-html.js';
import { toMarkdown } from '../../src/render/write-markdown.js';
import { REPO_ROOT } from '../helpers/bundled.js';

const SECRETS = ['HEMMELIG-A', 'HEMMELIG-B', 'HEMMELIG-C', 'HEMMELIG-D', 'HEMMELIG-E', 'HEMMELIG-F', 'HEMMELIG-G', 'HEMMELIG-H', 'HEMMELIG-I', 'HEMMELIG-J'];
const TODAY = '2024-12-01';

/** The bundled data with restrictions added, as a source in memory (the files on disk are not touched). */
function restrictedSource(): RepoSource {
  const source = readRepository(REPO_ROOT);
  const files = new Map(source.files.map((f) => [f.path, new TextDecoder().decode(f.bytes)]));
  const edit = (prefix: string, change: (text: string) => string) => {
    const path = [...files.keys()].find((p) => p.startsWith(prefix));
    if (!path) throw new Error(`no file ${prefix}`);
    const after = change(files.get(path)!);
    if (after === files.get(path)) throw new Error(`no change in ${path}`);
    files.set(path, after);
  };
  // A whole case: public title, restriction, secrets everywhere.
  edit('cases/ssu/2024/2024.14-', (t) =>
    t
      .replace('tittel: Vitality', 'tittel: Vitality for pasient HEMMELIG-A\noffentlig_tittel: Vitality\nskjerming:\n  hjemmel: offl. § 13 jf. fvl. § 13\npunkter: ["Punkt HEMMELIG-A"]')
      .replace('  - tittel: Presentasjon', '  - tittel: Presentasjon HEMMELIG-B\n    lenke: https://example.no/HEMMELIG-B')
      .replace('Prosjektleder Marte', 'HEMMELIG-C. Prosjektleder Marte')
      .replace('konklusjon: Presentasjonen tas til orientering.', 'konklusjon: HEMMELIG-C tas til orientering.')
      .concat('\nSaksfremlegg HEMMELIG-C.\n'),
  );
  // A case quoted by a later notice (oppfølging_av), restricted without a public title.
  edit('cases/ssu/2024/2024.17-', (t) =>
    t.replace('tittel: Status og videre', 'tittel: HEMMELIG-D Status og videre').replace('konklusjon: Orienteringen', 'skjerming:\n  hjemmel: offl. § 14\nkonklusjon: HEMMELIG-D Orienteringen'),
  );
  // A restricted attachment and a restricted section in a proposed conclusion and in the text.
  edit('cases/ssu/2024/2024.27-', (t) =>
    t
      .replace(
        '  - tittel: Utkast til mandat Samhandlingsforum for ledere for psykisk helse og rus',
        '  - tittel: Utkast til mandat Samhandlingsforum for ledere for psykisk helse og rus\n  - tittel: Notat HEMMELIG-E\n    skjerming:\n      hjemmel: offl. § 15',
      )
      .replace('forslag_til_konklusjon: Mandat for', 'forslag_til_konklusjon: |\n  Mandat for')
      .replace(/godkjennes\.\n---/, 'godkjennes.\n\n  ::: skjermet offl. § 15\n  Intern merknad HEMMELIG-E.\n  :::\n---')
      .concat('\nÅpen tekst.\n\n::: skjermet offl. § 13\nOm en ansatt: HEMMELIG-E.\n:::\n\nMer åpen tekst.\n'),
  );
  // A section in a case paper, with a code block inside it.
  edit('cases/ssu/2024/2024.32-', (t) => t.replace('---\n', '---\n').replace(/\n---\n/, '\n---\n::: skjermet offl. § 23\nForhandlingsposisjon HEMMELIG-F.\n\n```\n:::\n```\n\nMer om HEMMELIG-F.\n:::\n\n'));
  // A section in the treatment text of the minutes of SSU 23.05.24.
  edit('cases/ssu/2024/2024.15-', (t) => t.replace('behandling: |\n', 'behandling: |\n  ::: skjermet offl. § 13\n  Helseopplysninger HEMMELIG-G.\n  :::\n\n'));
  // A section in a plan row.
  edit('plans/2025/vitality.md', (t) => t.replace('**Prosjekt Vitality**', '**Prosjekt Vitality**\n\n::: skjermet offl. § 13\nPasienthistorie HEMMELIG-H.\n:::'));
  // A section that is never closed: restricted to the end of the text.
  edit('cases/fsu/2024/2024.16-', (t) => t.concat('\n::: skjermet offl. § 13\nResten er skjermet: HEMMELIG-I.\n'));
  // The latest case of a plan row (its conclusion is quoted in the status report).
  edit('cases/pm/2024/2024.3-', (t) => t.replace('behandling: |', 'offentlig_tittel: Vitality\nskjerming:\n  hjemmel: offl. § 13\nbehandling: |').replace(/^konklusjon: /m, 'konklusjon: HEMMELIG-J '));
  const enc = new TextEncoder();
  return { ...source, files: [...files].map(([path, text]) => ({ path, bytes: enc.encode(text) })) };
}

interface Rendered {
  name: string;
  doc: Doc;
}

function everyDocument(index: RepoIndex): Rendered[] {
  const repo = index.repo;
  const opts = { lang: repo.config.lang, today: TODAY };
  const out: Rendered[] = [];
  const meetings = new Set<string>();
  for (const c of repo.cases) if (c.meeting) meetings.add(`${c.body} ${c.meeting}`);
  for (const m of repo.meetings) meetings.add(`${m.body} ${m.date}`);
  for (const key of [...meetings].sort()) {
    const [body, date] = key.split(' ') as [string, string];
    out.push({ name: `notice ${key}`, doc: renderNotice(index, body, date, opts) });
    out.push({ name: `packet ${key}`, doc: renderPacket(index, body, date, opts) });
    out.push({ name: `minutes ${key}`, doc: renderMinutes(index, body, date, opts).doc });
  }
  for (const c of repo.cases) {
    // Every numbered case, whether or not it has a paper text: a public paper must be safe either way.
    if (c.number) out.push({ name: `paper ${c.body} ${formatCaseNumber(c.number)}`, doc: renderPaper(index, c, opts) });
  }
  for (const year of planYears(repo)) {
    out.push({ name: `plan ${year}`, doc: renderPlan(planTree(repo, year), { lang: opts.lang, partnership: repo.config.name }) });
    out.push({ name: `plan status ${year}`, doc: renderPlanStatus(planStatus(index, year, TODAY), { lang: opts.lang, partnership: repo.config.name }) });
  }
  return out;
}

async function texts(doc: Doc): Promise<Record<'md' | 'html' | 'docx', string>> {
  const docx = await mammoth.extractRawText({ buffer: Buffer.from(await toDocx(doc)) });
  return { md: toMarkdown(doc), html: toHtml(doc), docx: docx.value };
}

describe('public documents', () => {
  let publicDocs: Rendered[];
  let internalDocs: Rendered[];
  beforeAll(() => {
    const { repo, findings } = buildRepository(restrictedSource());
    expect(findings.filter((f) => f.file.endsWith('.md') && ['yaml', 'schema', 'frontmatter'].includes(f.ruleId))).toEqual([]);
    const lang = repo.config.lang;
    publicDocs = everyDocument(new RepoIndex(documentView(repo, true, lang)));
    internalDocs = everyDocument(new RepoIndex(documentView(repo, false, lang)));
  });

  it('cover every meeting, case paper and plan of the bundled data', () => {
    expect(publicDocs.length).toBeGreaterThan(45);
    expect(publicDocs.map((d) => d.name)).toEqual(internalDocs.map((d) => d.name));
    expect(publicDocs.map((d) => d.name)).toEqual(expect.arrayContaining(['notice SSU 2024-09-26', 'minutes SSU 2024-05-23', 'paper SSU 2024.32', 'plan 2025', 'plan status 2025']));
  });

  it('hold no restricted text in Markdown, HTML or Word', async () => {
    const leaks: string[] = [];
    for (const d of publicDocs) {
      const t = await texts(d.doc);
      for (const [format, text] of Object.entries(t)) for (const s of SECRETS) if (text.includes(s)) leaks.push(`${d.name} (${format}): ${s}`);
    }
    expect(leaks).toEqual([]);
  }, 120_000);

  it('show every marker internally, without fence lines (the check above can fail)', async () => {
    const seen = new Set<string>();
    for (const d of internalDocs) {
      const t = await texts(d.doc);
      for (const text of Object.values(t)) {
        for (const s of SECRETS) if (text.includes(s)) seen.add(s);
        expect(text, d.name).not.toMatch(/:::\s*skjermet/);
      }
    }
    expect([...seen].sort()).toEqual(SECRETS);
  }, 120_000);

  it('show a restricted case by its public title with "Unntatt offentlighet, <hjemmel>"', () => {
    const minutes = toMarkdown(publicDocs.find((d) => d.name === 'minutes SSU 2024-05-23')!.doc);
    expect(minutes).toContain('Vitality');
    expect(minutes).toContain('Unntatt offentlighet, offl. § 13 jf. fvl. § 13');
    expect(minutes).toContain('Sak unntatt offentlighet');
    expect(minutes).toContain('Unntatt offentlighet, offl. § 14');
    const paper = toMarkdown(publicDocs.find((d) => d.name === 'paper SSU 2024.27')!.doc);
    expect(paper).toContain('Åpen tekst.');
    expect(paper).toContain('Mer åpen tekst.');
  });
});

describe('restricted sections', () => {
  it('are found outside code blocks, with nesting of other fenced divs, and an unclosed one runs to the end', () => {
    const text = ['a', '::: skjermet offl. § 13', 'b', '::: merknad', 'c', ':::', 'd', ':::', 'e', '```', '::: skjermet x', '```', '::: skjermet', 'f'].join('\n');
    expect(findRestrictedSections(text).map((s) => [s.startLine, s.endLine, s.basis])).toEqual([
      [1, 7, 'offl. § 13'],
      [12, undefined, ''],
    ]);
    expect(publicText(text)).toBe(['a', 'e', '```', '::: skjermet x', '```'].join('\n'));
    expect(internalText(text)).toBe(['a', 'b', '::: merknad', 'c', ':::', 'd', 'e', '```', '::: skjermet x', '```', 'f'].join('\n'));
  });

  it('work with CRLF line endings and indentation in YAML block scalars', () => {
    expect(publicText('a\r\n  ::: skjermet offl. § 13\r\n  b\r\n  :::\r\nc')).toBe('a\r\nc');
  });
});
