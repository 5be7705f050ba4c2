/**
 * The website builder without a browser: links between pages, the small views
 * the meeting documents are rendered from, another partnership's data, and
 * hostile text from the repository.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RepoIndex } from '../../src/model/repository.js';
import { documentView } from '../../src/model/restricted.js';
import { loadMarkdown } from '../../src/render/markdown.js';
import { renderMinutes } from '../../src/render/minutes.js';
import { renderNotice } from '../../src/render/notice.js';
import { buildSite } from '../../src/site/build.js';
import { allMeetings, MeetingScopes } from '../../src/site/documents.js';
import { href } from '../../src/site/paths.js';
import { loadBundled } from '../helpers/bundled.js';
import { FJORD_NOW, loadFjord } from '../helpers/fjord.js';
import { brokenLinks, SITE_TODAY } from '../helpers/site.js';
import { loadNordvik, NORDVIK_NOW } from '../helpers/nordvik.js';

const text = (files: ReadonlyMap<string, Uint8Array>, path: string) => Buffer.from(files.get(path)!).toString('utf8');

describe('links between pages', () => {
  it('lead from one page to another in the same and in other folders', () => {
    expect(href('index.html', 'ssu/2024.17/index.html')).toBe('ssu/2024.17/index.html');
    expect(href('ssu/2024.28/index.html', 'ssu/2024.17/index.html')).toBe('../2024.17/index.html');
    expect(href('ssu/2024.28/index.html', 'index.html')).toBe('../../index.html');
    expect(href('ssu/2024-09-26/index.html', 'ssu/2024-09-26/innkalling.pdf')).toBe('innkalling.pdf');
    expect(href('ssu/index.html', 'ssu/index.html')).toBe('index.html');
    expect(href('æøå/index.html', 'sok.html')).toBe('../sok.html');
    expect(href('sok.html', 'æøå/index.html')).toBe('%C3%A6%C3%B8%C3%A5/index.html');
  });

  it('resolve to the page they name, from any page (property)', () => {
    const segment = fc.constantFrom('ssu', 'fsu', '2024.17', '2024-09-26', 'sak-1', 'vedlegg', 'æøå', 'a b');
    const path = fc.tuple(fc.array(segment, { maxLength: 3 }), fc.constantFrom('index.html', 'innkalling.pdf', 'x.html')).map(([dirs, file]) => [...dirs, file].join('/'));
    fc.assert(
      fc.property(path, path, (from, to) => {
        const url = new URL(href(from, to), `http://site/${from.split('/').map(encodeURIComponent).join('/')}`);
        expect(decodeURIComponent(url.pathname.slice(1))).toBe(to);
      }),
    );
  });
});

describe('the views the meeting documents are rendered from', () => {
  for (const [name, load, today] of [
    ['the bundled data', loadBundled, SITE_TODAY],
    ['the Fjord fixture', () => loadFjord(), FJORD_NOW],
    ['the Nordvik fixture (a recommendation between bodies, minutes awaiting approval)', () => loadNordvik(), NORDVIK_NOW],
  ] as const) {
    it(`give every meeting of ${name} the notice and minutes of the whole repository`, async () => {
      await loadMarkdown();
      const repo = documentView(load().repo, true, 'nb');
      const index = new RepoIndex(repo);
      const scopes = new MeetingScopes(index);
      let followUps = 0;
      let recommendations = 0;
      for (const m of allMeetings(index)) {
        const scoped = scopes.forMeeting(m.body, m.date);
        const options = { lang: 'nb' as const, today };
        const notice = renderNotice(index, m.body, m.date, options);
        expect(renderNotice(scoped, m.body, m.date, options), `${m.body} ${m.date}`).toEqual(notice);
        expect(renderMinutes(scoped, m.body, m.date, options), `${m.body} ${m.date}`).toEqual(renderMinutes(index, m.body, m.date, options));
        if (JSON.stringify(notice).includes('Oppfølging av tidligere vedtak')) followUps++;
        if (JSON.stringify(notice).includes('Innstilling fra')) recommendations++;
        expect(scoped.repo.cases.length).toBeLessThanOrEqual(repo.cases.length);
      }
      // Some notices list open follow-up items (or, in Nordvik, a recommendation), so the views are tested where they matter.
      if (!name.startsWith('the Nordvik')) expect(followUps).toBeGreaterThan(0);
      else expect(recommendations).toBeGreaterThan(0);
    });
  }
});

describe('the site of another partnership', () => {
  it('builds the Fjord fixture (underutvalg, numbered areas) without a broken link', async () => {
    const { repo } = loadFjord();
    const site = await buildSite({ repo, lang: 'nb', today: FJORD_NOW, version: '0', attachment: () => undefined });
    const { broken, count } = brokenLinks(site.files);
    expect(broken).toEqual([]);
    expect(count).toBeGreaterThan(200);
    expect(site.files.has('uu-bu/index.html')).toBe(true);
    expect(site.files.has('sok.html')).toBe(false);
    expect(text(site.files, 'index.html')).not.toContain('site-search');
  });
});

describe('attachments hf renders itself', () => {
  it('link to their pages on the site: the case paper, the minutes a Referat case presents and the mandate a case approves', async () => {
    const { repo } = loadBundled();
    const site = await buildSite({ repo, lang: 'nb', today: SITE_TODAY, version: '0', attachment: () => undefined });
    const page = text(site.files, 'ssu/2024-09-26/index.html');
    expect(page).toContain('<li><a href="../2024-05-23/referat.html">Referat SSU 23.05.24</a></li>');
    expect(page).toContain('<li><a href="../../pm/2024-05-30/referat.html">Referat PM 30.05.24</a></li>');
    expect(page).toContain('<li><a href="../../fsu/2024-09-05/referat.html">Referat FSU 05.09.24</a></li>');
    expect(page).toContain('<li><a href="../2024.30/saksfremlegg.html">Saksfremlegg, styringsdata for utvikling og oppfølging av tjenestene</a></li>');
    expect(page).toContain('<li><a href="../../sf-phr/mandat.html">Utkast til mandat Samhandlingsforum for ledere for psykisk helse og rus</a></li>');
    // A title without a file stays unpublished.
    expect(page).toContain('Mandat FSU <span class="note">(ikke publisert)</span>');
    expect(brokenLinks(site.files).broken).toEqual([]);
  });
});

describe('hostile text from the repository', () => {
  it('is escaped on every page and links only to http(s) and mailto', async () => {
    const { repo } = loadBundled();
    const c = repo.cases.find((x) => x.number?.year === 2024 && x.number.seq === 28 && x.body === 'SSU')!;
    c.title = 'Tittel <script>alert(1)</script> & "sitat"';
    c.conclusion = 'Se [lenken](javascript:alert(2)) og <img src=x onerror=alert(3)>';
    c.links = [{ title: 'Farlig', url: 'javascript:alert(4)' }];
    c.attachments = [{ title: 'Vedlegg <b>fet</b>', url: 'data:text/html,<script>alert(5)</script>' }];
    const site = await buildSite({ repo, lang: 'nb', today: SITE_TODAY, version: '0' });
    const page = text(site.files, 'ssu/2024.28/index.html');
    expect(page).toContain('Tittel &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;sitat&quot;');
    expect(page).not.toMatch(/<script|<img|href="(javascript|data):/);
    expect(page).toContain('&lt;img src=x onerror=alert(3)&gt;');
    for (const [path, bytes] of site.files) {
      if (!path.endsWith('.html')) continue;
      expect(Buffer.from(bytes).toString('utf8'), path).not.toMatch(/<script(?! type="module" src="[^"]*hf-search\.js">)|<img|<[a-z][^>]*\son[a-z]+=|(href|src)="(javascript|data):/);
    }
  });
});
