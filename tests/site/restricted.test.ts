/**
 * Restricted content never reaches the website. A copy of the bundled data
 * gets a restricted case (with text, points, attachments, treatment, conclusion
 * and follow-up items), a public case with a restricted attachment and a
 * `::: skjermet` section in its text, treatment and conclusion, and restricted
 * sections in a plan row and a mandate. The site is built — with PDFs from the
 * test Chromium and Pagefind's search index — and every byte of it is read:
 * pages, feed, calendar, the unpacked search index and the text of every PDF.
 * Each planted word is made of letters no stemmer shortens, so it is found in
 * the search index's word list too if it is there.
 */
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildRepository } from '../../src/repo/build.js';
import { readRepository } from '../../src/repo/read.js';
import { chromiumEnv, launchBrowser } from '../helpers/browser.js';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';
import { buildTestSite, chromiumPdf, SITE_TODAY, siteText } from '../helpers/site.js';

/** Planted words, by where they stand. */
const SECRET = {
  caseTitle: 'Zqxvkwrt',
  caseText: 'Pfqzxjlm',
  casePoint: 'Wvbqzkx',
  caseAttachmentTitle: 'Kqzvxwl',
  caseAttachmentFile: 'Jxqzvpw',
  caseTreatment: 'Xqvzmbt',
  caseConclusion: 'Qzvxbnk',
  caseFollowUp: 'Vqxzrtw',
  attachmentTitle: 'Bzqxvlm',
  attachmentFile: 'Mqzxvbr',
  section: 'Tqzxvwk',
  treatmentSection: 'Hxqzvbn',
  conclusionSection: 'Gzqxvrm',
  planSection: 'Dqzxvwl',
  mandateSection: 'Fxqzvkm',
};
const SLUG = 'zqxvkwrt-enkeltsak';

let dir = '';
let browser: Browser;
let texts: Map<string, string>;
let files: ReadonlyMap<string, Uint8Array>;
let cliTexts: Map<string, string>;

function plant(): void {
  mkdirSync(join(dir, 'vedlegg'), { recursive: true });
  writeFileSync(join(dir, 'vedlegg', 'offentlig.txt'), 'Et offentlig vedlegg om samhandlingsdata.\n');
  writeFileSync(join(dir, 'vedlegg', 'notat.txt'), `Notat om ${SECRET.attachmentFile}.\n`);
  writeFileSync(join(dir, 'vedlegg', 'enkeltsak.txt'), `Vedlegg om ${SECRET.caseAttachmentFile}.\n`);
  writeFileSync(
    join(dir, 'cases', 'ssu', '2024', `2024.36-${SLUG}.md`),
    `---
saksnr: "2024.36"
organ: SSU
møte: 2024-05-23
tittel: ${SECRET.caseTitle} enkeltsak i Larvik
offentlig_tittel: Oppfølging av enkeltsak
skjerming:
  hjemmel: offl. § 13 jf. fvl. § 13
sakstype: [Orientering]
ansvar: [Kommune]
punkter:
  - Punkt om ${SECRET.casePoint}
vedlegg:
  - tittel: Notat om ${SECRET.caseAttachmentTitle}
    fil: vedlegg/enkeltsak.txt
forslag_til_konklusjon: Saken om ${SECRET.caseConclusion} tas til orientering.
behandling: |
  Drøftet ${SECRET.caseTreatment} grundig.
konklusjon: Saken om ${SECRET.caseConclusion} tas til orientering.
oppfølging:
  - hva: Følge opp ${SECRET.caseFollowUp}
    ansvar: SSU
    møte: 2024-09-26
    status: åpen
---
## Bakgrunn

Opplysninger om ${SECRET.caseText} i Larvik.
`,
  );
  const paper = join(dir, 'cases', 'ssu', '2024', '2024.30-samhandlingsdata-og-styringsinformasjon.md');
  writeFileSync(
    paper,
    readFileSync(paper, 'utf8')
      .replace(
        'vedlegg:\n  - tittel: Saksfremlegg, styringsdata for utvikling og oppfølging av tjenestene\n',
        `vedlegg:
  - tittel: Saksfremlegg, styringsdata for utvikling og oppfølging av tjenestene
    fil: vedlegg/offentlig.txt
  - tittel: Notat om ${SECRET.attachmentTitle}
    fil: vedlegg/notat.txt
    skjerming:
      hjemmel: offl. § 15
behandling: |
  Det ble orientert om styringsdata.

  ::: skjermet offl. § 13
  Opplysninger om ${SECRET.treatmentSection}.
  :::
konklusjon: |
  SSU tar orienteringen til etterretning.

  ::: skjermet offl. § 13
  Særskilt om ${SECRET.conclusionSection}.
  :::
`,
      )
      .replace('## Forslag til vedtak', `::: skjermet offl. § 13 jf. fvl. § 13\nDette gjelder ${SECRET.section} og skal ikke ut.\n:::\n\n## Forslag til vedtak`),
  );
  appendFileSync(join(dir, 'plans', '2025', 'vitality.md'), `\n::: skjermet offl. § 14\nIntern vurdering av ${SECRET.planSection}.\n:::\n`);
  appendFileSync(join(dir, 'mandates', 'sf-phr.md'), `\n::: skjermet offl. § 14\nIntern merknad om ${SECRET.mandateSection}.\n:::\n`);
}

beforeAll(async () => {
  dir = copyBundled('hf-site-restricted-');
  plant();
  browser = await launchBrowser();
  const { repo } = buildRepository(readRepository(dir));
  const site = await buildTestSite(repo, {
    pdf: chromiumPdf(browser),
    attachment: (path) => new Uint8Array(readFileSync(resolve(dir, path))),
  });
  files = site.files;
  texts = await siteText(files);
  const out = join(dir, '_site');
  // The command prints every document as PDF too, with the same engine as hf agenda -o x.pdf.
  const cli = hf(dir, ['site', '-o', out], { HF_NOW: SITE_TODAY, ...chromiumEnv() });
  expect(cli.stderr).toMatch(/Skrev nettstedet til/);
  expect(cli.code).toBe(0);
  const { readdirSync, statSync } = await import('node:fs');
  const all = new Map<string, Uint8Array>();
  const walk = (d: string, prefix: string) => {
    for (const name of readdirSync(d)) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs, `${prefix}${name}/`);
      else all.set(`${prefix}${name}`, new Uint8Array(readFileSync(abs)));
    }
  };
  walk(out, '');
  expect([...all.keys()].filter((p) => p.endsWith('.pdf')).length).toBeGreaterThan(5);
  cliTexts = await siteText(all);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  removeDir(dir);
});

function hits(all: Map<string, string>): string[] {
  const found: string[] = [];
  for (const [path, text] of all) {
    const lower = text.toLowerCase();
    for (const [where, word] of Object.entries(SECRET)) if (lower.includes(word.toLowerCase())) found.push(`${where} in ${path}`);
    if (lower.includes(SLUG) || path.includes(SLUG)) found.push(`file name in ${path}`);
  }
  return found;
}

describe('restricted content on the website', () => {
  it('builds the kinds of output that must be searched', () => {
    const kinds = new Set([...files.keys()].map((p) => (p.startsWith('pagefind/') ? 'search' : (/\.([a-z]+)$/.exec(p)?.[1] ?? ''))));
    for (const k of ['html', 'pdf', 'xml', 'ics', 'search', 'txt']) expect(kinds, k).toContain(k);
    expect([...files.keys()].filter((p) => p.startsWith('pagefind/fragment/')).length).toBeGreaterThan(50);
  });

  it('shows the restricted case by its public title and legal basis only', () => {
    const page = texts.get('ssu/2024.36/index.html')!;
    expect(page).toContain('SSU 2024.36 Oppfølging av enkeltsak');
    expect(page).toContain('Unntatt offentlighet, offl. § 13 jf. fvl. § 13');
    expect(texts.get('ssu/2024-05-23/referat.html')).toContain('Oppfølging av enkeltsak');
    expect(texts.has('ssu/2024.36/saksfremlegg.html')).toBe(false);
    expect([...files.keys()].some((p) => p.startsWith('ssu/2024.36/vedlegg/'))).toBe(false);
  });

  it('publishes the public parts of a case that has restricted parts', async () => {
    expect(Buffer.from(files.get('ssu/2024.30/vedlegg/offentlig.txt')!).toString('utf8')).toContain('offentlig vedlegg');
    expect([...files.keys()].filter((p) => p.startsWith('ssu/2024.30/vedlegg/'))).toEqual(['ssu/2024.30/vedlegg/offentlig.txt']);
    expect(texts.get('ssu/2024.30/saksfremlegg.pdf')).toContain('Styringsdata for utvikling');
    expect(texts.get('ssu/2024.30/index.html')).toContain('SSU tar orienteringen til etterretning.');
    expect(texts.get('handlingsplan/2025/index.pdf')).toContain('Vitality');
  });

  it('has none of the restricted words anywhere in the site, its search index, feed, calendar or PDFs', () => {
    expect(hits(texts)).toEqual([]);
  });

  it('has none of them in the site hf site writes either', () => {
    expect(cliTexts.size).toBeGreaterThan(100);
    expect(hits(cliTexts)).toEqual([]);
  });

  it('would find a planted word that leaked (the check can fail)', () => {
    const leaked = new Map(texts);
    leaked.set('pagefind/fragment/x.pf_fragment', `{"content":"${SECRET.section.toLowerCase()}"}`);
    expect(hits(leaked)).toEqual([`section in pagefind/fragment/x.pf_fragment`]);
  });
});
