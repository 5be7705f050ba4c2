/**
 * `hf site`: the site of the bundled data, written twice with the same bytes;
 * the folder written whole and replaced only when it holds a site hf made;
 * the feed and the calendar; and `--serve` on localhost.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { copyBundled, hf, HF_BIN, removeDir } from '../helpers/cli.js';
import { SITE_TODAY } from '../helpers/site.js';
import { chromiumEnv } from '../helpers/browser.js';

/** A fixed day, and the test Chromium to print each document as PDF. */
const NOW = { HF_NOW: SITE_TODAY, ...chromiumEnv() };
let dir = '';

function readTree(root: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string, prefix: string) => {
    for (const name of readdirSync(d).sort()) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs, `${prefix}${name}/`);
      else out.set(`${prefix}${name}`, readFileSync(abs));
    }
  };
  walk(root, '');
  return out;
}

beforeAll(() => {
  dir = copyBundled('hf-site-cli-');
});
afterAll(() => removeDir(dir));

describe('hf site', () => {
  it('writes the same bytes every time', () => {
    const a = hf(dir, ['site', '-o', 'a'], NOW);
    expect(a.code).toBe(0);
    expect(a.stderr).toMatch(/^Skrev nettstedet til a: \d+ sider, \d+ filer\.\n$/);
    const b = hf(dir, ['site', '-o', 'b'], NOW);
    expect(b.code).toBe(0);
    const first = readTree(join(dir, 'a'));
    const second = readTree(join(dir, 'b'));
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [path, bytes] of first) expect(second.get(path)!.equals(bytes), path).toBe(true);
    expect([...first.keys()].some((p) => p.startsWith('pagefind/fragment/'))).toBe(true);
    // Every document also as PDF, the same bytes both times.
    expect([...first.keys()].filter((p) => p.endsWith('.pdf')).length).toBeGreaterThan(5);
    // No time stamp of the build: the pages say nothing of today.
    for (const [path, bytes] of first) if (path.endsWith('.html')) expect(bytes.toString('utf8'), path).not.toContain('2024-09-20');
  });

  it('says so and builds without PDFs when no browser can print them', () => {
    const r = hf(dir, ['site', '-o', 'uten-pdf'], { HF_NOW: SITE_TODAY, HF_CHROME: join(dir, 'ingen-nettleser') });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^merk: nettstedet får ingen PDF-er \(.+\); dokumentene finnes som sider\n/);
    expect(readTree(join(dir, 'uten-pdf')).size).toBeGreaterThan(20);
    expect([...readTree(join(dir, 'uten-pdf')).keys()].filter((p) => p.endsWith('.pdf'))).toEqual([]);
  });

  it('never leaves a half-written folder or a folder beside the target', () => {
    expect(readdirSync(dir).filter((n) => n.includes('hf-new') || n.includes('hf-old'))).toEqual([]);
  });

  it('refuses a folder that is not empty, and replaces only a site hf made', () => {
    const again = hf(dir, ['site', '-o', 'a'], NOW);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('Mappen a finnes og er ikke tom');
    expect(again.stderr).toContain('--force');
    writeFileSync(join(dir, 'a', 'index.html'), 'endret');
    writeFileSync(join(dir, 'a', 'gammel.html'), 'fra forrige gang');
    const forced = hf(dir, ['site', '-o', 'a', '--force'], NOW);
    expect(forced.code).toBe(2);
    expect(forced.stderr).toContain('inneholder ikke et nettsted laget av hf');
    expect(readFileSync(join(dir, 'a', 'index.html'), 'utf8')).toBe('endret');
    writeFileSync(join(dir, 'a', 'index.html'), readFileSync(join(dir, 'b', 'index.html')));
    const replaced = hf(dir, ['site', '-o', 'a', '--force'], NOW);
    expect(replaced.code).toBe(0);
    expect(existsSync(join(dir, 'a', 'gammel.html'))).toBe(false);
    expect(readFileSync(join(dir, 'a', 'index.html')).equals(readFileSync(join(dir, 'b', 'index.html')))).toBe(true);
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data', 'viktig.txt'), 'x');
    expect(hf(dir, ['site', '-o', 'data', '--force'], NOW).code).toBe(2);
    expect(readFileSync(join(dir, 'data', 'viktig.txt'), 'utf8')).toBe('x');
    const repo = hf(dir, ['site', '-o', '.', '--force'], NOW);
    expect(repo.code).toBe(2);
    expect(repo.stderr).toContain('mappen inneholder repoet');
  });

  it('asks for a folder or --serve, and checks --base-url and --port', () => {
    const none = hf(dir, ['site'], NOW);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('hf site -o _site');
    const url = hf(dir, ['site', '-o', 'c', '--base-url', 'javascript:alert(1)'], NOW);
    expect(url.code).toBe(2);
    expect(url.stderr).toContain('er ikke en http- eller https-adresse');
    expect(hf(dir, ['site', '--serve', '--port', '99999'], NOW).code).toBe(2);
    const en = hf(dir, ['site', '--lang', 'en'], NOW);
    expect(en.stderr).toContain('Say where to write the site');
  });

  it('says how to build without search when Pagefind cannot run, and writes nothing', () => {
    const r = hf(dir, ['site', '-o', 'uten-sok'], { ...NOW, PAGEFIND_BINARY_PATH: join(dir, 'finnes-ikke') });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('hf: Søkeindeksen kunne ikke lages');
    expect(r.stderr).toContain('--no-search');
    expect(existsSync(join(dir, 'uten-sok'))).toBe(false);
    const without = hf(dir, ['site', '-o', 'uten-sok', '--no-search'], NOW);
    expect(without.code).toBe(0);
    expect(existsSync(join(dir, 'uten-sok', 'pagefind'))).toBe(false);
    expect(readFileSync(join(dir, 'uten-sok', 'index.html'), 'utf8')).not.toContain('role="search"');
  });

  it('writes an Atom feed of the newest documents and the meeting calendar, with links to the published site', () => {
    const r = hf(dir, ['site', '-o', 'pub', '--base-url', 'https://example.github.io/vestfold'], NOW);
    expect(r.code).toBe(0);
    const feed = readFileSync(join(dir, 'pub', 'feed.xml'), 'utf8');
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="nb">/);
    expect(feed).toContain('<link rel="self" type="application/atom+xml" href="https://example.github.io/vestfold/feed.xml"/>');
    const entries = [...feed.matchAll(/<entry>[\s\S]*?<\/entry>/g)].map((m) => m[0]);
    expect(entries.length).toBeGreaterThan(5);
    expect(entries[0]).toContain('<title>Innkalling SSU 26.09.24</title>');
    expect(entries[0]).toContain('<updated>2024-09-26T00:00:00Z</updated>');
    expect(entries[0]).toContain('href="https://example.github.io/vestfold/ssu/2024-09-26/innkalling.html"');
    expect(feed).toContain('<title>Referat SSU 23.05.24</title>');
    const ids = entries.map((e) => /<id>(urn:uuid:[0-9a-f-]{36})<\/id>/.exec(e)![1]);
    expect(new Set(ids).size).toBe(ids.length);
    const cal = readFileSync(join(dir, 'pub', 'moteplan.ics'), 'utf8');
    const vcal = new ICAL.Component(ICAL.parse(cal));
    const events = vcal.getAllSubcomponents('vevent');
    expect(events.length).toBe(4);
    const ssu = events.find((e) => e.getFirstPropertyValue('uid') === 'ssu-2024-09-26@helsefellesskapet-i-vestfold')!;
    expect(ssu.getFirstPropertyValue('url')).toBe('https://example.github.io/vestfold/ssu/2024-09-26/index.html');
    expect(String(ssu.getFirstPropertyValue('dtstamp'))).toBe('2024-09-26T00:00:00Z');
  });

  it('labels the site in English with --lang en', () => {
    const r = hf(dir, ['site', '-o', 'en', '--lang', 'en'], NOW);
    expect(r.code).toBe(0);
    const front = readFileSync(join(dir, 'en', 'index.html'), 'utf8');
    expect(front).toContain('<html lang="en"');
    expect(front).toContain('<h2>Next meetings</h2>');
    expect(front).toContain('Skip to content');
    expect(readFileSync(join(dir, 'en', 'ssu', '2024-05-23', 'referat.html'), 'utf8')).toContain('<h1>Minutes – Strategisk samarbeidsutvalg (SSU)</h1>');
  });

  it('previews the site on localhost with --serve', async () => {
    const child = spawn(process.execPath, [HF_BIN, 'site', '--serve', '--port', '0', '--no-search'], { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', ...NOW } });
    try {
      const url = await new Promise<string>((ok, fail) => {
        let text = '';
        child.stdout.on('data', (d) => {
          text += String(d);
          const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(text);
          if (m) ok(m[1]!);
        });
        child.on('exit', (code) => fail(new Error(`hf site --serve ended with ${code}`)));
      });
      const home = await fetch(url);
      expect(home.status).toBe(200);
      expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await home.text()).toContain('<h1>Helsefellesskapet i Vestfold</h1>');
      const folder = await fetch(`${url}ssu/2024.17/`);
      expect(await folder.text()).toContain('SSU 2024.17');
      expect((await fetch(`${url}ssu/2024.17`, { redirect: 'manual' })).status).toBe(301);
      expect((await fetch(`${url}finnes-ikke.html`)).status).toBe(404);
      expect((await fetch(`${url}feed.xml`)).headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
      // Without search, there is no search page and no search field.
      expect((await fetch(`${url}sok.html`)).status).toBe(404);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
