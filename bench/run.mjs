/**
 * `npm run bench`: builds synthetic partnerships of 1,000, 10,000 and 100,000
 * cases (bench/corpus.mjs) in a temporary folder and times hf on them against
 * baselines taken in the same loop: starting Node, reading every file with `cat`,
 * and the floor pipeline (bench/floor.mjs).
 *
 * Each figure is measured in pairs: the baseline, then hf, then the baseline
 * again, then hf (A B A B …), after one round that is not counted and leaves the
 * files in the page cache for both. Each pair gives a ratio, so a machine that
 * is slower, or busier for a moment, moves both halves of a pair alike; the
 * report gives the median ratio with its spread (quartiles and min–max). A
 * target is judged only when the spread of its ratios (interquartile range over
 * median) is within 20 %; otherwise the report says the machine was too noisy
 * to tell. The machine (processor, cores, memory) and its load average before
 * and after each part are in the report.
 *
 *   npm run bench                        1,000, 10,000 and 100,000 cases
 *   npm run bench -- --quick             1,000 and 10,000 cases only
 *   npm run bench -- --runs 9 --no-peer --no-export --out bench/results.md
 *   npm run bench -- --sizes none        only the meeting packet of SSU 26.09.24 as PDF
 *
 * Also measured, each against the floor pipeline at the same size, so that their
 * growth with the repository can be judged: `hf site --no-pdf` (the public website; its PDFs are what the archive prints) and
 * `hf export noark` (the archive package, which prints every document as PDF:
 * by far the longest part, one run each by default) at 1,000 and 10,000 cases, and
 * the meeting packet of one meeting as PDF (`hf agenda … --with-papers -o x.pdf`),
 * which should not grow at all. The packet and the archive need a browser:
 * HF_CHROME, or the Chromium `npm test` unpacks into node_modules/.cache/hf-chromium.
 * The peer (remark-cli with remark-lint-frontmatter-schema and the same case
 * schema) is installed into the temporary folder and run at 1,000 cases.
 *
 * The report goes to bench/results.md (with the figures as JSON at its end, from
 * which `npm run bench:readme` writes the README's table) and to standard output.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type as osType } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS_TODAY, generateCorpus } from './corpus.mjs';

const REPO = fileURLToPath(new URL('..', import.meta.url));
let HF = join(REPO, 'bin', 'hf.js');
const NODE = process.execPath;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const RUNS = Number(option('--runs', '5'));
/** Runs at 100,000 cases, where one round takes minutes. */
const LARGE_RUNS = Number(option('--large-runs', '3'));
const PEER_RUNS = Number(option('--peer-runs', '3'));
/** Runs of `hf site`, which writes a whole website; measured up to 10,000 cases. */
const SITE_RUNS = Number(option('--site-runs', '3'));
/** Runs of `hf export noark`, which prints every document of every meeting as PDF. */
const EXPORT_RUNS = Number(option('--export-runs', '1'));
/** Runs of the meeting packet as PDF (one meeting). */
const PACKET_RUNS = Number(option('--packet-runs', '3'));
/** The site, the archive and the packet are measured up to this size. */
const SITE_MAX = 10000;
const SIZES = option('--sizes', process.argv.includes('--quick') ? '1000,10000' : '1000,10000,100000')
  .split(',')
  .filter((x) => x !== 'none' && x !== '')
  .map(Number);
const OUT = option('--out', join(REPO, 'bench', 'results.md'));
const WITH_PEER = !process.argv.includes('--no-peer');
const WITH_EXPORT = !process.argv.includes('--no-export');
const KEEP = process.argv.includes('--keep');
/** A ratio whose interquartile range is wider than this share of its median gets no verdict. */
const MAX_SPREAD = 0.2;

const ENV = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'C', NO_COLOR: '1', HF_NOW: CORPUS_TODAY };

/**
 * Runs a command once; wall time in ms (measured here) and peak resident memory in KB
 * (from /usr/bin/time). `expectCode` null accepts any exit code.
 */
function once(cmd, args, cwd, expectCode = 0, extraEnv = {}) {
  const memFile = join(tmpdir(), `hf-bench-mem-${process.pid}`);
  const argv = TIME ? ['-f', '%M', '-o', memFile, cmd, ...args] : args;
  const start = process.hrtime.bigint();
  const r = spawnSync(TIME ?? cmd, argv, { cwd, env: { ...ENV, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (expectCode !== null && r.status !== expectCode) {
    throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status}:\n${String(r.stdout).slice(-2000)}\n${String(r.stderr).slice(-2000)}`);
  }
  let kb;
  if (TIME) {
    kb = Number(readFileSync(memFile, 'utf8').trim().split('\n').pop());
    unlinkSync(memFile);
  }
  return { ms, kb, stdout: String(r.stdout), stderr: String(r.stderr) };
}

/** The q-quantile of sorted numbers (linear between neighbours). */
function quantile(sorted, q) {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

/** Median, quartiles, min–max and spread (interquartile range over median) of some numbers. */
function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const median = quantile(s, 0.5);
  const q1 = quantile(s, 0.25);
  const q3 = quantile(s, 0.75);
  return { median, q1, q3, min: s[0], max: s[s.length - 1], spread: median > 0 ? (q3 - q1) / median : 0, n: s.length };
}

/**
 * The samples of one part of the benchmark: timings by name, and pairs (a
 * baseline and an hf figure taken one after the other) by the hf figure's name.
 */
class Part {
  constructor(title) {
    this.title = title;
    this.times = new Map();
    this.pairs = new Map();
    this.loadBefore = loadavg().map((x) => x.toFixed(2)).join(', ');
  }
  add(name, sample) {
    const list = this.times.get(name) ?? [];
    list.push(sample);
    this.times.set(name, list);
    return sample;
  }
  /** Takes one pair: `base` (named `baseName`) right before `hf` (named `name`). */
  pair(name, baseName, base, hf) {
    const a = this.add(baseName, base());
    const b = this.add(name, hf());
    const entry = this.pairs.get(name) ?? { base: baseName, ratios: [] };
    entry.ratios.push(b.ms / a.ms);
    this.pairs.set(name, entry);
  }
  time(name) {
    const list = this.times.get(name);
    if (!list) return undefined;
    return { ...stats(list.map((s) => s.ms)), kb: list.every((s) => s.kb !== undefined) ? Math.max(...list.map((s) => s.kb)) : undefined };
  }
  ratio(name) {
    const p = this.pairs.get(name);
    return p && { base: p.base, ...stats(p.ratios) };
  }
  done() {
    this.loadAfter = loadavg().map((x) => x.toFixed(2)).join(', ');
  }
  toJSON() {
    const times = {};
    for (const name of this.times.keys()) times[name] = this.time(name);
    const ratios = {};
    for (const name of this.pairs.keys()) ratios[name] = this.ratio(name);
    return { title: this.title, loadBefore: this.loadBefore, loadAfter: this.loadAfter, times, ratios };
  }
}

function installPeer(dir) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'hf-bench-peer', private: true, type: 'module' }));
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--silent', 'remark-cli', 'remark-frontmatter', 'remark-lint-frontmatter-schema'], { cwd: dir, stdio: 'inherit', env: process.env });
  if (r.status !== 0) throw new Error('npm install of the peer failed');
  const version = (name) => JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')).version;
  return { cli: join(dir, 'node_modules', 'remark-cli', 'cli.js'), versions: ['remark-cli', 'remark-frontmatter', 'remark-lint-frontmatter-schema'].map((n) => `${n}@${version(n)}`).join(', ') };
}

/** The peer's configuration, in its own folder (so it resolves its plugins there); the case schema as hf's. */
function configurePeer(root, peerDir) {
  cpSync(join(REPO, 'schemas'), join(root, 'schemas'), { recursive: true });
  const rc = join(peerDir, '.remarkrc.mjs');
  writeFileSync(
    rc,
    [
      "import remarkFrontmatter from 'remark-frontmatter';",
      "import remarkLintFrontmatterSchema from 'remark-lint-frontmatter-schema';",
      'export default { plugins: [remarkFrontmatter, [remarkLintFrontmatterSchema, { schemas: { "./schemas/case.schema.json": ["./cases/**/*.md"] } }]] };',
      '',
    ].join('\n'),
  );
  return rc;
}

/** The browser for PDF output, and its environment; undefined when there is none. */
function browser() {
  const cache = join(REPO, 'node_modules', '.cache', 'hf-chromium');
  const chrome = process.env.HF_CHROME || (existsSync(join(cache, 'chromium')) ? join(cache, 'chromium') : undefined);
  if (!chrome) return undefined;
  const env = { HF_CHROME: chrome, ...(existsSync(join(cache, 'fontconfig')) && !process.env.HF_CHROME ? { FONTCONFIG_PATH: join(cache, 'fontconfig') } : {}) };
  return { chrome, env, label: chrome.includes('hf-chromium') ? 'the test Chromium (@sparticuz/chromium)' : chrome };
}

const CAT = ['-c', "find . -name '*.md' -type f -exec cat {} + > /dev/null; cat hf.yaml > /dev/null"];

function benchSize(n, base, peer, pdf) {
  const root = join(base, `corpus-${n}`);
  process.stderr.write(`\n${n} cases: generating … `);
  const info = generateCorpus(root, n);
  process.stderr.write(`${info.cases} cases, ${info.bodies.length} bodies, ${info.years.join('–')}\n`);
  const part = new Part(`${n.toLocaleString('en-US')} cases (${info.bodies.length} bodies, ${info.years.join('–')})`);
  const cache = join(root, '.hf-cache');
  const changeFile = findCase(root, info);
  const original = readFileSync(changeFile, 'utf8');
  const originalTimes = statSync(changeFile);
  const newCaseBody = info.bodies[1] ?? info.bodies[0];
  const newCaseArgs = ['new-case', '--organ', newCaseBody, '--title', 'Benchmarksak', '--type', 'Orientering', '--meeting', info.lastMeeting[newCaseBody], '--json'];
  const agendaArgs = ['agenda', info.sample.body, info.sample.date];

  // Correctness first: the corpus is valid, and hf says so.
  rmSync(cache, { recursive: true, force: true });
  const check = once(NODE, [HF, 'validate'], root, null);
  if (!/Ingen problemer/.test(check.stdout)) process.stderr.write(`note: hf validate reports problems in the corpus:\n${check.stdout.slice(0, 3000)}\n`);

  const node = () => once(NODE, ['-e', '0'], root);
  const cat = () => once('sh', CAT, root);
  const catNode = () => {
    const a = cat();
    const b = node();
    return { ms: a.ms + b.ms, kb: Math.max(a.kb ?? 0, b.kb ?? 0) || undefined };
  };
  const floor = () => once(NODE, [join(REPO, 'bench', 'floor.mjs'), root], root);
  const hf = (args, code = 0) => () => once(NODE, [HF, ...args], root, code);
  const record = (name, take) => (round) => (round === 0 ? take() : part.add(name, take()));

  const runs = n > 10000 ? LARGE_RUNS : RUNS;
  // Round 0 warms the page cache for every command and is not counted.
  for (let round = 0; round <= runs; round++) {
    process.stderr.write(`  round ${round}/${runs}${round === 0 ? ' (warming up)' : ''}\r`);
    const pair = (name, baseName, a, b) => (round === 0 ? (a(), b()) : part.pair(name, baseName, a, b));
    record('cat every file', cat)(round);
    pair('hf validate, cold', 'floor pipeline', floor, () => {
      rmSync(cache, { recursive: true, force: true });
      return once(NODE, [HF, 'validate'], root, null);
    });
    pair('hf validate, warm', 'cat + node -e 0', catNode, () => once(NODE, [HF, 'validate'], root, null));
    pair('hf validate, one file changed', 'cat + node -e 0', catNode, () => {
      writeFileSync(changeFile, `${original}\nEndret i runde ${round}.\n`);
      try {
        return once(NODE, [HF, 'validate'], root, null);
      } finally {
        // Back as it was, dated as before: a file changed just now is not trusted by its time stamp.
        writeFileSync(changeFile, original);
        utimesSync(changeFile, originalTimes.atime, originalTimes.mtime);
      }
    });
    pair('hf new-case', 'node -e 0', node, () => {
      const created = once(NODE, [HF, ...newCaseArgs], root);
      try {
        unlinkSync(join(root, JSON.parse(created.stdout).path));
      } catch {
        // --json gives the path; if it changes shape, the file stays and the next number is one higher.
      }
      return created;
    });
    pair('hf agenda', 'node -e 0', node, hf(agendaArgs));
    pair('hf --version', 'node -e 0', node, hf(['--version']));
  }
  process.stderr.write('\n');

  if (n <= SITE_MAX) {
    const site = join(base, `site-${n}`);
    for (let round = 1; round <= SITE_RUNS; round++) {
      process.stderr.write(`  hf site round ${round}/${SITE_RUNS}\r`);
      part.pair('hf site', 'floor pipeline', floor, () => {
        rmSync(site, { recursive: true, force: true });
        return once(NODE, [HF, 'site', '-o', site, '--no-pdf'], root);
      });
    }
    info.sitePages = /(\d+) (?:sider|pages)/.exec(once(NODE, [HF, 'site', '-o', site, '--force', '--no-pdf'], root).stderr)?.[1];
    rmSync(site, { recursive: true, force: true });
    process.stderr.write('\n');
    if (pdf) {
      const packet = join(root, 'pakke.pdf');
      for (let round = 0; round <= PACKET_RUNS; round++) {
        process.stderr.write(`  packet round ${round}/${PACKET_RUNS}\r`);
        const take = () => once(NODE, [HF, ...agendaArgs, '--with-papers', '-o', packet, '--force'], root, 0, pdf.env);
        if (round === 0) take();
        else part.pair('hf agenda --with-papers -o pakke.pdf', 'node -e 0', node, take);
      }
      rmSync(packet, { force: true });
      process.stderr.write('\n');
      if (WITH_EXPORT) {
        const archive = join(base, `archive-${n}`);
        for (let round = 1; round <= EXPORT_RUNS; round++) {
          process.stderr.write(`  hf export noark round ${round}/${EXPORT_RUNS} (every document as PDF: this takes a while)\r`);
          part.pair('hf export noark', 'floor pipeline', floor, () => {
            rmSync(archive, { recursive: true, force: true });
            return once(NODE, [HF, 'export', 'noark', archive], root, 0, pdf.env);
          });
        }
        rmSync(archive, { recursive: true, force: true });
        process.stderr.write('\n');
      }
    }
  }
  if (peer && n <= 1000) {
    const rc = configurePeer(root, peer.dir);
    const said = once(NODE, [peer.cli, 'cases', '--quiet', '--no-stdout', '--rc-path', rc], root, null);
    if (/error|warning/i.test(said.stdout + said.stderr)) process.stderr.write(`note: the peer reports:\n${(said.stdout + said.stderr).slice(0, 2000)}\n`);
    for (let round = 1; round <= PEER_RUNS; round++) {
      process.stderr.write(`  peer round ${round}/${PEER_RUNS}\r`);
      // The other way round: how many times hf validate (cold) fits into the peer's time.
      part.pair('peer: remark-cli + remark-lint-frontmatter-schema', 'hf validate, cold (peer)', () => {
        rmSync(cache, { recursive: true, force: true });
        return once(NODE, [HF, 'validate'], root, null);
      }, () => once(NODE, [peer.cli, 'cases', '--quiet', '--no-stdout', '--rc-path', rc], root, null));
    }
    process.stderr.write('\n');
  }
  part.done();
  if (!KEEP) rmSync(root, { recursive: true, force: true });
  return { n, info, part };
}

/**
 * The meeting packet of SSU 26.09.24 (the bundled data, in a copy) as PDF,
 * beside `hf agenda` for the same meeting as Markdown, each paired with `node -e 0`.
 */
async function benchPacket(base, pdf) {
  const root = join(base, 'bundled');
  mkdirSync(root);
  cpSync(join(REPO, 'hf.yaml'), join(root, 'hf.yaml'));
  for (const d of ['cases', 'meetings', 'plans', 'mandates', 'vedlegg']) if (existsSync(join(REPO, d))) cpSync(join(REPO, d), join(root, d), { recursive: true });
  const part = new Part('The meeting packet of SSU 26.09.24 (bundled data)');
  process.stderr.write('\nthe meeting packet of SSU 26.09.24 as PDF\n');
  const node = () => once(NODE, ['-e', '0'], root);
  const agenda = () => once(NODE, [HF, 'agenda', 'ssu', '2024-09-26'], root);
  const packet = () => once(NODE, [HF, 'agenda', 'ssu', '2024-09-26', '--with-papers', '-o', 'pakke.pdf', '--force'], root, 0, pdf.env);
  for (let round = 0; round <= RUNS; round++) {
    process.stderr.write(`  round ${round}/${RUNS}\r`);
    if (round === 0) {
      node(), agenda(), packet();
      continue;
    }
    part.pair('hf agenda ssu 2024-09-26', 'node -e 0', node, agenda);
    part.pair('hf agenda ssu 2024-09-26 --with-papers -o pakke.pdf', 'node -e 0', node, packet);
  }
  process.stderr.write('\n');
  part.done();
  const { PDFDocument } = await import('pdf-lib');
  const pages = (await PDFDocument.load(readFileSync(join(root, 'pakke.pdf')))).getPageCount();
  return { part, pages };
}

/** A regular case file to change (the last one of the sample meeting). */
function findCase(root, info) {
  const { body, numbers } = info.sample;
  const dir = join(root, 'cases', body.toLowerCase(), numbers[0].slice(0, 4));
  const last = numbers[numbers.length - 2];
  const name = spawnSync('ls', [dir], { encoding: 'utf8' }).stdout.split('\n').find((f) => f.startsWith(`${last}-`));
  return join(dir, name);
}

const fmtMs = (ms) => (ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 100 ? `${Math.round(ms)} ms` : `${ms.toFixed(1)} ms`);
const fmtKb = (kb) => (kb === undefined ? '–' : kb >= 1024 * 1024 ? `${(kb / 1024 / 1024).toFixed(2)} GB` : `${Math.round(kb / 1024)} MB`);
const fmtX = (x) => (x >= 10 ? `${x.toFixed(0)}×` : `${x.toFixed(2)}×`);
const fmtPct = (x) => `${Math.round(x * 100)} %`;

/** A table of one part: every timing, and every hf figure with its ratio to the baseline it was paired with. */
function partTable(part, label = (name) => name) {
  const lines = ['| measurement | median | quartiles | min–max | peak memory | ratio to baseline (median, quartiles, min–max) | baseline | spread |', '| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |'];
  for (const name of part.times.keys()) {
    const t = part.time(name);
    const r = part.ratio(name);
    const ratio = r ? `${fmtX(r.median)} (${fmtX(r.q1)}–${fmtX(r.q3)}, ${fmtX(r.min)}–${fmtX(r.max)})` : '';
    const spread = r ? r.spread : t.spread;
    lines.push(`| ${label(name)} | ${fmtMs(t.median)} | ${fmtMs(t.q1)}–${fmtMs(t.q3)} | ${fmtMs(t.min)}–${fmtMs(t.max)} | ${fmtKb(t.kb)} | ${ratio} | ${r ? r.base : ''} | ${fmtPct(spread)}${spread > MAX_SPREAD ? ' (noisy)' : ''} |`);
  }
  return lines;
}

/** A verdict: met, not met, or too noisy to tell. */
function judge(value, spread, ok) {
  if (value === undefined) return 'not run';
  if (spread > MAX_SPREAD) return `too noisy to tell (spread ${fmtPct(spread)})`;
  return ok ? 'yes' : '**no**';
}

/** The targets, each from paired ratios (or, for growth, from the medians at two sizes). */
function targets(results, packet) {
  const at = (n) => results.find((r) => r.n === n)?.part;
  const list = [];
  const add = (name, value, spread, ok, measured) => list.push({ name, value, spread, met: value === undefined ? undefined : spread > MAX_SPREAD ? 'noisy' : ok ? 'yes' : 'no', verdict: judge(value, spread, ok), measured: measured ?? (value === undefined ? 'not run' : fmtX(value)) });
  const ratioTarget = (part, n, figure, limit, text) => {
    const r = part?.ratio(figure);
    add(text, r?.median, r?.spread ?? 0, r ? r.median <= limit : false, r ? `${fmtX(r.median)} (${fmtX(r.min)}–${fmtX(r.max)}, spread ${fmtPct(r.spread)})` : 'not run');
  };
  /** Growth from the medians at two sizes; its spread is the sum of theirs. */
  const growth = (figure, small, large, limit, text) => {
    const a = at(small)?.time(figure);
    const b = at(large)?.time(figure);
    const g = a && b ? b.median / a.median : undefined;
    add(text, g, a && b ? a.spread + b.spread : 0, g !== undefined && g <= limit, g === undefined ? 'not run' : `${fmtX(g)} (${fmtMs(a.median)} → ${fmtMs(b.median)})`);
  };
  for (const n of [10000, 100000]) ratioTarget(at(n), n, 'hf validate, warm', 2, `validate, ${n.toLocaleString('en-US')} cases, warm ≤ 2× (cat + node -e 0)`);
  ratioTarget(at(10000), 10000, 'hf validate, cold', 2, 'validate, 10,000 cases, cold ≤ 2× floor');
  ratioTarget(at(10000), 10000, 'hf validate, cold', 1.5, 'validate, 10,000 cases, cold ≤ 1.5× floor (the goal)');
  ratioTarget(at(10000), 10000, 'hf new-case', 2.5, 'new-case, 10,000 cases ≤ 2.5× node -e 0');
  ratioTarget(at(10000), 10000, 'hf agenda', 2.5, 'agenda, 10,000 cases ≤ 2.5× node -e 0');
  ratioTarget(at(10000), 10000, 'hf --version', 1.5, '--version ≤ 1.5× node -e 0');
  const peer = at(1000)?.ratio('peer: remark-cli + remark-lint-frontmatter-schema');
  add('validate, 1,000 cases ≥ 50× faster than the peer', peer?.median, peer?.spread ?? 0, peer ? peer.median >= 50 : false, peer ? `${fmtX(peer.median)} faster (spread ${fmtPct(peer.spread)})` : 'not run');
  growth('hf validate, cold', 10000, 100000, 11, 'validate, 100,000 cases cold ≤ 11× the 10,000-case time');
  const kb = at(100000)?.time('hf validate, cold')?.kb;
  list.push({ name: 'peak memory at 100,000 cases < 1 GB', value: kb, spread: 0, met: kb === undefined ? undefined : kb < 1024 * 1024 ? 'yes' : 'no', verdict: kb === undefined ? 'not run' : kb < 1024 * 1024 ? 'yes' : '**no**', measured: fmtKb(kb) });
  growth('hf site', 1000, 10000, 11, 'site, 10,000 cases ≤ 11× the 1,000-case time (linear)');
  growth('hf export noark', 1000, 10000, 11, 'export noark, 10,000 cases ≤ 11× the 1,000-case time (linear)');
  growth('hf agenda --with-papers -o pakke.pdf', 1000, 10000, 1.5, 'packet of one meeting as PDF, 10,000 cases ≤ 1.5× the 1,000-case time (flat)');
  void packet;
  return list;
}

function report(results, machine, packet, pdf) {
  const lines = [];
  lines.push('# hf benchmark', '');
  lines.push(`Run ${machine.date} on ${machine.cpu} (${machine.cores} cores), ${machine.mem} memory, ${machine.os}, Node ${machine.node}.`);
  lines.push(`Load average (1, 5, 15 minutes) before and after the whole run: ${machine.loadBefore} / ${machine.loadAfter}.`);
  lines.push(
    `Every hf figure is paired with its baseline, taken right before it in the same loop (A B A B …), after a round that is not counted and warms the page cache for both: ${RUNS} pairs (${LARGE_RUNS} at 100,000 cases; the website ${SITE_RUNS}, the archive ${EXPORT_RUNS}, the packet ${PACKET_RUNS}, the peer ${PEER_RUNS}). A ratio is the median of the pairs' ratios; the spread is their interquartile range over that median, and a target whose spread is over ${fmtPct(MAX_SPREAD)} gets no verdict. Peak memory is the highest of the runs.`,
  );
  if (machine.peer) lines.push(`Peer: ${machine.peer}.`);
  if (pdf) lines.push(`PDF printed with ${pdf.label}.`);
  lines.push('“Cold” is without hf\'s cache (.hf-cache/); “warm” is a second run over the same files, which hf answers from its cache; the files themselves are in the operating system\'s page cache in every run.', '');
  for (const { info, part } of results) {
    lines.push(`## ${part.title}`, '', `Load average before and after: ${part.loadBefore} / ${part.loadAfter}.`, '');
    lines.push(...partTable(part, (name) => (name === 'hf site' && info.sitePages ? `hf site (${info.sitePages} pages)` : name)), '');
  }
  lines.push('## The meeting packet of SSU 26.09.24 (bundled data)', '');
  if (!packet) lines.push('Not run: no browser (set HF_CHROME, or run `npm test` once to unpack the test Chromium).', '');
  else {
    lines.push(`The notice as Markdown, and the whole packet as PDF (${packet.pages} pages): notice, papers, three sets of minutes, a mandate and a letter; most of the PDF's time is starting the browser. Load average before and after: ${packet.part.loadBefore} / ${packet.part.loadAfter}.`, '');
    lines.push(...partTable(packet.part), '');
  }
  const list = targets(results, packet);
  lines.push('## Targets', '', '| target | measured | met |', '| --- | --- | :---: |');
  for (const t of list) lines.push(`| ${t.name} | ${t.measured} | ${t.verdict} |`);
  lines.push('', 'Rerun with `npm run bench` (`-- --quick` leaves out 100,000 cases; `-- --runs N`, `-- --no-peer`, `-- --no-export`); `npm run bench:readme` writes the README\'s table from this file.', '');
  const data = { machine, runs: { RUNS, LARGE_RUNS, SITE_RUNS, EXPORT_RUNS, PACKET_RUNS, PEER_RUNS }, sizes: results.map(({ n, info, part }) => ({ n, sitePages: info.sitePages, ...part.toJSON() })), packet: packet && { pages: packet.pages, ...packet.part.toJSON() }, targets: list };
  lines.push('<!-- bench-data', JSON.stringify(data), '-->', '');
  return lines.join('\n');
}

const base = mkdtempSync(join(tmpdir(), 'hf-bench-'));
// A copy of the built hf, so that a rebuild in the working tree during the run changes nothing.
{
  const copy = join(base, 'hf');
  for (const part of ['bin', 'dist', 'schemas', 'package.json']) cpSync(join(REPO, part), join(copy, part), { recursive: true });
  symlinkSync(join(REPO, 'node_modules'), join(copy, 'node_modules'));
  HF = join(copy, 'bin', 'hf.js');
}
const machine = {
  date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  cpu: cpus()[0]?.model?.trim() ?? 'unknown CPU',
  cores: cpus().length,
  mem: `${Math.round(totalmem() / 1024 ** 3)} GB`,
  os: `${osType()} ${release()}`,
  node: process.version,
  loadBefore: loadavg().map((x) => x.toFixed(2)).join(', '),
};
try {
  let peer;
  if (WITH_PEER && SIZES.includes(1000)) {
    process.stderr.write('installing the peer (remark-cli, remark-frontmatter, remark-lint-frontmatter-schema) …\n');
    const dir = join(base, 'peer');
    peer = { dir, ...installPeer(dir) };
    machine.peer = peer.versions;
  }
  const pdf = browser();
  if (!pdf) process.stderr.write('note: no browser for the PDF packet and the archive (set HF_CHROME, or run npm test once to unpack the test Chromium)\n');
  const results = SIZES.map((n) => benchSize(n, base, peer, pdf));
  const packet = pdf ? await benchPacket(base, pdf) : undefined;
  machine.loadAfter = loadavg().map((x) => x.toFixed(2)).join(', ');
  const text = report(results, machine, packet, pdf);
  writeFileSync(OUT, text);
  process.stdout.write(text.slice(0, text.indexOf('<!-- bench-data')));
  const { benchData, readmeTable } = await import('./readme.mjs');
  process.stdout.write(`\nThe README's table (npm run bench:readme writes it):\n\n${readmeTable(benchData(text))}\n`);
  if (!TIME) process.stderr.write('note: /usr/bin/time not found, so peak memory is not measured (Debian: apt-get install time)\n');
} finally {
  if (!KEEP) rmSync(base, { recursive: true, force: true });
}
