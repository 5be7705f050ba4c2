/**
 * `npm run bench`: builds synthetic partnerships of 1,000, 10,000 and 100,000
 * cases (1,000 and 10,000 with --quick) in a temporary folder and times hf on them against
 * baselines measured in the same run: starting Node, reading every file, and the
 * floor pipeline (bench/floor.mjs). Every figure is the median of several runs,
 * and is given as a ratio to its baseline, since machines are noisy. The peer
 * (remark-cli with remark-lint-frontmatter-schema and the same case schema) is
 * installed into the temporary folder and run at 1,000 cases.
 *
 *   npm run bench                       1,000, 10,000 and 100,000 cases (about 20 minutes)
 *   npm run bench -- --quick            1,000 and 10,000 cases only (about 5 minutes)
 *   npm run bench -- --runs 9 --no-peer --out bench/results.md
 *   npm run bench -- --sizes none       only the meeting packet of SSU 26.09.24 as PDF
 *
 * It also times the meeting packet of SSU 26.09.24 (the bundled data) as PDF,
 * beside the notice as Markdown, with the browser HF_CHROME names or the
 * Chromium npm test unpacked into node_modules/.cache/hf-chromium.
 *
 * `hf site` (the whole public website with its search index) is measured at
 * 1,000 and 10,000 cases (--site-runs N, default 3), beside `hf validate` cold.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
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
const SITE_MAX = 10000;
const SIZES = option('--sizes', process.argv.includes('--quick') ? '1000,10000' : '1000,10000,100000')
  .split(',')
  .filter((x) => x !== 'none' && x !== '')
  .map(Number);
const OUT = option('--out', join(REPO, 'bench', 'results.md'));
const WITH_PEER = !process.argv.includes('--no-peer');
const KEEP = process.argv.includes('--keep');

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

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Collects samples per measurement; `run` is called once per round, in the same order every round. */
class Samples {
  constructor() {
    this.map = new Map();
  }
  add(name, sample) {
    const list = this.map.get(name) ?? [];
    list.push(sample);
    this.map.set(name, list);
  }
  get(name) {
    const list = this.map.get(name);
    if (!list) return undefined;
    return { ms: median(list.map((s) => s.ms)), kb: list.every((s) => s.kb !== undefined) ? Math.max(...list.map((s) => s.kb)) : undefined, n: list.length };
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

function benchSize(n, base, peer) {
  const root = join(base, `corpus-${n}`);
  process.stderr.write(`\n${n} cases: generating … `);
  const info = generateCorpus(root, n);
  process.stderr.write(`${info.cases} cases, ${info.bodies.length} bodies, ${info.years.join('–')}\n`);
  const samples = new Samples();
  const cache = join(root, '.hf-cache');
  const changeFile = findCase(root, info);
  const original = readFileSync(changeFile, 'utf8');
  const newCaseBody = info.bodies[1] ?? info.bodies[0];
  const newCaseArgs = ['new-case', '--organ', newCaseBody, '--title', 'Benchmarksak', '--type', 'Orientering', '--meeting', info.lastMeeting[newCaseBody], '--json'];
  const agendaArgs = ['agenda', info.sample.body, info.sample.date];

  // Correctness first: the corpus is valid, and hf says so.
  rmSync(cache, { recursive: true, force: true });
  const check = once(NODE, [HF, 'validate'], root, null);
  if (!/Ingen problemer/.test(check.stdout)) process.stderr.write(`note: hf validate reports problems in the corpus:\n${check.stdout.slice(0, 3000)}\n`);

  const runs = n > 10000 ? LARGE_RUNS : RUNS;
  for (let round = 1; round <= runs; round++) {
    process.stderr.write(`  round ${round}/${runs}\r`);
    samples.add('node -e 0', once(NODE, ['-e', '0'], root));
    samples.add('cat every file', once('sh', ['-c', "find . -name '*.md' -type f -exec cat {} + > /dev/null; cat hf.yaml > /dev/null"], root));
    samples.add('floor pipeline', once(NODE, [join(REPO, 'bench', 'floor.mjs'), root], root));
    rmSync(cache, { recursive: true, force: true });
    samples.add('hf validate, cold', once(NODE, [HF, 'validate'], root, null));
    samples.add('hf validate, warm', once(NODE, [HF, 'validate'], root, null));
    writeFileSync(changeFile, `${original}\nEndret i runde ${round}.\n`);
    samples.add('hf validate, one file changed', once(NODE, [HF, 'validate'], root, null));
    writeFileSync(changeFile, original);
    const created = once(NODE, [HF, ...newCaseArgs], root);
    samples.add('hf new-case', created);
    try {
      unlinkSync(join(root, JSON.parse(created.stdout).path));
    } catch {
      // --json gives the path; if it changes shape, the file stays and the next number is one higher.
    }
    samples.add('hf agenda', once(NODE, [HF, ...agendaArgs], root));
    samples.add('hf --version', once(NODE, [HF, '--version'], root));
  }
  process.stderr.write('\n');
  if (n <= SITE_MAX) {
    const site = join(base, `site-${n}`);
    for (let round = 1; round <= SITE_RUNS; round++) {
      process.stderr.write(`  hf site round ${round}/${SITE_RUNS}\r`);
      rmSync(site, { recursive: true, force: true });
      samples.add('hf site', once(NODE, [HF, 'site', '-o', site], root));
    }
    info.sitePages = /(\d+) (?:sider|pages)/.exec(once(NODE, [HF, 'site', '-o', site, '--force'], root).stderr)?.[1];
    rmSync(site, { recursive: true, force: true });
    process.stderr.write('\n');
  }
  if (peer && n <= 1000) {
    const rc = configurePeer(root, peer.dir);
    const check = once(NODE, [peer.cli, 'cases', '--quiet', '--no-stdout', '--rc-path', rc], root, null);
    const said = check.stdout + check.stderr;
    if (/error|warning/i.test(said)) process.stderr.write(`note: the peer reports:\n${said.slice(0, 2000)}\n`);
    for (let round = 1; round <= PEER_RUNS; round++) {
      process.stderr.write(`  peer round ${round}/${PEER_RUNS}\r`);
      samples.add('peer: remark-cli + remark-lint-frontmatter-schema', once(NODE, [peer.cli, 'cases', '--quiet', '--no-stdout', '--rc-path', rc], root, null));
    }
    process.stderr.write('\n');
  }
  if (!KEEP) rmSync(root, { recursive: true, force: true });
  return { n, info, samples };
}

/**
 * The meeting packet of SSU 26.09.24 (the bundled data, in a copy) as PDF,
 * beside `hf agenda` for the same meeting as Markdown. Undefined when there is
 * no browser to print with.
 */
async function benchPacket(base) {
  const cache = join(REPO, 'node_modules', '.cache', 'hf-chromium');
  const chrome = process.env.HF_CHROME || (existsSync(join(cache, 'chromium')) ? join(cache, 'chromium') : undefined);
  if (!chrome) {
    process.stderr.write('note: no browser for the PDF packet (set HF_CHROME, or run npm test once to unpack the test Chromium)\n');
    return undefined;
  }
  const env = { HF_CHROME: chrome, ...(existsSync(join(cache, 'fontconfig')) && !process.env.HF_CHROME ? { FONTCONFIG_PATH: join(cache, 'fontconfig') } : {}) };
  const root = join(base, 'bundled');
  mkdirSync(root);
  cpSync(join(REPO, 'hf.yaml'), join(root, 'hf.yaml'));
  for (const d of ['cases', 'meetings', 'plans', 'mandates', 'vedlegg']) if (existsSync(join(REPO, d))) cpSync(join(REPO, d), join(root, d), { recursive: true });
  const samples = new Samples();
  process.stderr.write('\nthe meeting packet of SSU 26.09.24 as PDF\n');
  for (let round = 1; round <= RUNS; round++) {
    process.stderr.write(`  round ${round}/${RUNS}\r`);
    samples.add('node -e 0', once(NODE, ['-e', '0'], root));
    samples.add('hf agenda ssu 2024-09-26', once(NODE, [HF, 'agenda', 'ssu', '2024-09-26'], root));
    samples.add('hf agenda ssu 2024-09-26 --with-papers -o pakke.pdf', once(NODE, [HF, 'agenda', 'ssu', '2024-09-26', '--with-papers', '-o', 'pakke.pdf', '--force'], root, 0, env));
  }
  process.stderr.write('\n');
  const { PDFDocument } = await import('pdf-lib');
  const pages = (await PDFDocument.load(readFileSync(join(root, 'pakke.pdf')))).getPageCount();
  return { samples, chrome, pages };
}

function packetReport(packet) {
  const lines = ['## The meeting packet of SSU 26.09.24 (bundled data)', ''];
  if (!packet) return [...lines, 'Not run: no browser (set HF_CHROME, or run `npm test` once to unpack the test Chromium).', ''].join('\n');
  const g = (k) => packet.samples.get(k);
  const node = g('node -e 0');
  lines.push(`The notice as Markdown, and the whole packet as PDF: notice, papers, three sets of minutes, a mandate and a letter, printed with ${packet.chrome.includes('hf-chromium') ? 'the test Chromium (@sparticuz/chromium)' : packet.chrome}; most of the PDF's time is starting the browser.`, '');
  lines.push('| measurement | median | peak memory | ratio | to |', '| --- | ---: | ---: | ---: | --- |');
  for (const name of ['node -e 0', 'hf agenda ssu 2024-09-26', 'hf agenda ssu 2024-09-26 --with-papers -o pakke.pdf']) {
    const s = g(name);
    const label = name.endsWith('pakke.pdf') ? `${name} (${packet.pages} pages)` : name;
    lines.push(`| ${label} | ${fmtMs(s.ms)} | ${fmtKb(s.kb)} | ${name === 'node -e 0' ? '' : fmtX(s.ms / node.ms)} | ${name === 'node -e 0' ? '' : 'node -e 0'} |`);
  }
  lines.push('');
  return lines.join('\n');
}

/** A regular case file to change (the last one of the sample meeting). */
function findCase(root, info) {
  const { body, numbers } = info.sample;
  const dir = join(root, 'cases', body.toLowerCase(), numbers[0].slice(0, 4));
  const last = numbers[numbers.length - 2];
  const name = spawnSync('ls', [dir], { encoding: 'utf8' }).stdout.split('\n').find((f) => f.startsWith(`${last}-`));
  return join(dir, name);
}

const fmtMs = (ms) => (ms >= 100 ? `${Math.round(ms)} ms` : `${ms.toFixed(1)} ms`);
const fmtKb = (kb) => (kb === undefined ? '–' : kb >= 1024 * 1024 ? `${(kb / 1024 / 1024).toFixed(2)} GB` : `${Math.round(kb / 1024)} MB`);
const fmtX = (x) => (x >= 10 ? `${x.toFixed(0)}×` : `${x.toFixed(2)}×`);

function report(results, machine, packet) {
  const lines = [];
  lines.push('# hf benchmark', '');
  lines.push(`Run ${machine.date} on ${machine.cpu} (${machine.cores} cores), ${machine.mem} memory, ${machine.os}, Node ${machine.node}.`);
  lines.push(`Load average before and after: ${machine.loadBefore} / ${machine.loadAfter}. Medians of ${RUNS} runs (${LARGE_RUNS} at 100,000 cases; peer: ${PEER_RUNS}); peak memory is the highest of the runs.`);
  if (machine.peer) lines.push(`Peer: ${machine.peer}.`);
  lines.push('“Cold” is without hf\'s cache (.hf-cache/); the files themselves are in the operating system\'s page cache in every run.', '');
  for (const { n, info, samples } of results) {
    const g = (k) => samples.get(k);
    const node = g('node -e 0');
    const cat = g('cat every file');
    const catNode = cat.ms + node.ms;
    lines.push(`## ${n.toLocaleString('en-US')} cases (${info.bodies.length} bodies, ${info.years.join('–')})`, '');
    lines.push('| measurement | median | peak memory | ratio | to |', '| --- | ---: | ---: | ---: | --- |');
    const row = (name, base, baseName, label = name) => {
      const s = g(name);
      if (!s) return;
      lines.push(`| ${label} | ${fmtMs(s.ms)} | ${fmtKb(s.kb)} | ${base ? fmtX(s.ms / base) : ''} | ${baseName ?? ''} |`);
    };
    row('node -e 0');
    row('cat every file');
    row('floor pipeline');
    row('hf validate, cold', g('floor pipeline').ms, 'floor pipeline');
    row('hf validate, warm', catNode, 'cat + node -e 0');
    row('hf validate, one file changed', catNode, 'cat + node -e 0');
    row('hf new-case', node.ms, 'node -e 0');
    row('hf agenda', node.ms, 'node -e 0');
    row('hf --version', node.ms, 'node -e 0');
    row('hf site', g('hf validate, cold').ms, 'hf validate, cold', `hf site${info.sitePages ? ` (${info.sitePages} pages)` : ''}`);
    const peer = g('peer: remark-cli + remark-lint-frontmatter-schema');
    if (peer) lines.push(`| peer: remark-cli + remark-lint-frontmatter-schema | ${fmtMs(peer.ms)} | ${fmtKb(peer.kb)} | ${fmtX(peer.ms / g('hf validate, cold').ms)} | hf validate, cold (hf is this much faster) |`);
    lines.push('');
  }
  lines.push(packetReport(packet));
  lines.push('## Targets', '', '| target | measured | met |', '| --- | --- | :---: |');
  const at = (n) => results.find((r) => r.n === n)?.samples;
  const t = (name, measured, ok) => lines.push(`| ${name} | ${measured} | ${ok === undefined ? 'not run' : ok ? 'yes' : '**no**'} |`);
  const s10 = at(10000);
  const s1 = at(1000);
  const s100 = at(100000);
  if (s10) {
    const cold = s10.get('hf validate, cold').ms / s10.get('floor pipeline').ms;
    t('validate, 10,000 cases, cold ≤ 1.5× floor', fmtX(cold), cold <= 1.5);
    const warm = s10.get('hf validate, warm').ms / (s10.get('cat every file').ms + s10.get('node -e 0').ms);
    t('validate, 10,000 cases, warm ≤ 2× (cat + node -e 0)', fmtX(warm), warm <= 2);
    for (const name of ['hf new-case', 'hf agenda']) {
      const x = s10.get(name).ms / s10.get('node -e 0').ms;
      t(`${name.slice(3)}, 10,000 cases ≤ 2.5× node -e 0`, fmtX(x), x <= 2.5);
    }
    const v = s10.get('hf --version').ms / s10.get('node -e 0').ms;
    t('--version ≤ 1.5× node -e 0', fmtX(v), v <= 1.5);
  }
  if (s1) {
    const peer = s1.get('peer: remark-cli + remark-lint-frontmatter-schema');
    const x = peer ? peer.ms / s1.get('hf validate, cold').ms : undefined;
    t('validate, 1,000 cases ≥ 50× faster than the peer', x === undefined ? 'not run' : `${fmtX(x)} faster`, x === undefined ? undefined : x >= 50);
  }
  if (s1 && s10 && s1.get('hf site') && s10.get('hf site')) {
    const g = s10.get('hf site').ms / s1.get('hf site').ms;
    t('site, 10,000 cases ≤ 11× the 1,000-case time (linear)', fmtX(g), g <= 11);
  }
  if (s100 && s10) {
    const g = s100.get('hf validate, cold').ms / s10.get('hf validate, cold').ms;
    t('validate, 100,000 cases cold ≤ 11× the 10,000-case time', fmtX(g), g <= 11);
    const kb = s100.get('hf validate, cold').kb;
    t('peak memory at 100,000 cases < 1 GB', fmtKb(kb), kb === undefined ? undefined : kb < 1024 * 1024);
  } else {
    t('validate, 100,000 cases cold ≤ 11× the 10,000-case time', 'not run (npm run bench without --quick)', undefined);
    t('peak memory at 100,000 cases < 1 GB', 'not run', undefined);
  }
  lines.push('', `Rerun with \`npm run bench\` (\`-- --quick\` leaves out 100,000 cases; \`-- --runs N\`, \`-- --no-peer\`).`, '');
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
  cpu: cpus()[0]?.model ?? 'unknown CPU',
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
  const results = SIZES.map((n) => benchSize(n, base, peer));
  const packet = await benchPacket(base);
  machine.loadAfter = loadavg().map((x) => x.toFixed(2)).join(', ');
  const text = report(results, machine, packet);
  writeFileSync(OUT, text);
  process.stdout.write(text);
  if (!TIME) process.stderr.write('note: /usr/bin/time not found, so peak memory is not measured (Debian: apt-get install time)\n');
} finally {
  if (!KEEP) rmSync(base, { recursive: true, force: true });
}
