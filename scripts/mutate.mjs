#!/usr/bin/env node
/**
 * Mutation testing for hf: breaks the code on purpose, one small change at a
 * time, and counts how many of those changes a test notices (killed) and how
 * many pass the tests unnoticed (survived). Not part of `npm test` (it is
 * slow); run it by hand:
 *
 *   node scripts/mutate.mjs                      # src/rules, src/repo, src/render, 60 mutants each
 *   node scripts/mutate.mjs src/model src/render/write-html.ts --sample 0 --minutes 90
 *
 * Arguments are folders or files under src/ (default: src/rules src/repo
 * src/render). Options:
 *   --sample N     mutants per folder, drawn at random with --seed (0: every mutant; default 60)
 *   --seed S       the draw (default 1)
 *   --minutes M    stop starting mutants after M minutes and report what ran (default 120)
 *   --max-tests K  test files run per mutant, nearest first (default 10)
 *   --json FILE    write every mutant and its outcome to FILE
 *   --list         only list the mutants, run nothing
 *
 * How: the working tree (git's tracked and untracked files, not the ignored
 * ones) is copied to a temporary folder with node_modules linked in, and built
 * there; the tree itself is never touched. Each mutant changes one spot of one
 * src/ file and the same file in the copy's dist/ (transpiled with the
 * TypeScript API), so tests that import src/ and tests that run `node bin/hf.js`
 * both see it. The test files whose imports reach the file (through
 * tests/helpers, and through the CLI for tests that run hf) run, nearest and
 * fastest first, until one fails. A mutant that runs past its time limit counts
 * as killed (an endless loop is noticed). The temporary folder is removed at the
 * end, also after Ctrl-C.
 *
 * Operators: comparisons (< ↔ <=, === ↔ !==, …), && ↔ ||, ?? → &&, arithmetic
 * (+ ↔ -, * ↔ /), ! removed, true ↔ false, conditions (if, ?:, loops) forced
 * true and false, a function body emptied, an arrow function's result
 * undefined, a string emptied, an array literal emptied, some ↔ every,
 * startsWith ↔ endsWith, min ↔ max, filter/sort/slice/trim/… calls dropped,
 * ++ ↔ --, += ↔ -=. Not mutated: types, imports, and rule metadata and message
 * catalogues (the properties examples, description, hints, messages, nb, en,
 * the example files written with `lines(…)` and src/rules/fixture.ts), whose
 * words are not logic.
 */
import { execFileSync, fork } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SKIP_PROPERTIES = new Set(['examples', 'description', 'hints', 'messages', 'nb', 'en']);
/** The base repository of the rule examples: data. */
const NOT_MUTATED = new Set(['src/rules/fixture.ts']);

// ---------------------------------------------------------------------------
// Mutants

const BINARY = {
  [ts.SyntaxKind.LessThanToken]: ['<=', '>='],
  [ts.SyntaxKind.LessThanEqualsToken]: ['<', '>'],
  [ts.SyntaxKind.GreaterThanToken]: ['>=', '<='],
  [ts.SyntaxKind.GreaterThanEqualsToken]: ['>', '<'],
  [ts.SyntaxKind.EqualsEqualsEqualsToken]: ['!=='],
  [ts.SyntaxKind.ExclamationEqualsEqualsToken]: ['==='],
  [ts.SyntaxKind.EqualsEqualsToken]: ['!='],
  [ts.SyntaxKind.ExclamationEqualsToken]: ['=='],
  [ts.SyntaxKind.AmpersandAmpersandToken]: ['||'],
  [ts.SyntaxKind.BarBarToken]: ['&&'],
  [ts.SyntaxKind.QuestionQuestionToken]: ['&&'],
  [ts.SyntaxKind.PlusToken]: ['-'],
  [ts.SyntaxKind.MinusToken]: ['+'],
  [ts.SyntaxKind.AsteriskToken]: ['/'],
  [ts.SyntaxKind.SlashToken]: ['*'],
  [ts.SyntaxKind.PercentToken]: ['*'],
  [ts.SyntaxKind.PlusEqualsToken]: ['-='],
  [ts.SyntaxKind.MinusEqualsToken]: ['+='],
};
const METHOD_SWAP = { some: 'every', every: 'some', startsWith: 'endsWith', endsWith: 'startsWith', toUpperCase: 'toLowerCase', toLowerCase: 'toUpperCase', trimStart: 'trimEnd', trimEnd: 'trimStart', min: 'max', max: 'min' };
const METHOD_DROP = new Set(['filter', 'sort', 'slice', 'trim', 'reverse', 'toSorted', 'normalize']);

/** Every mutant of one source file: { file, start, end, replacement, operator, line, column, original }. */
export function mutantsOf(file, text) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out = [];
  const add = (node, replacement, operator, start = node.getStart(source), end = node.getEnd()) => {
    const { line, character } = source.getLineAndCharacterOfPosition(start);
    out.push({ file, start, end, replacement, operator, line: line + 1, column: character + 1, original: text.slice(start, end) });
  };
  const condition = (expr) => {
    if (!expr || expr.kind === ts.SyntaxKind.TrueKeyword || expr.kind === ts.SyntaxKind.FalseKeyword) return;
    add(expr, 'true', 'ConditionalExpression');
    add(expr, 'false', 'ConditionalExpression');
  };
  const visit = (node) => {
    if (ts.isTypeNode(node) || ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) return;
    if (ts.isModuleDeclaration(node) || node.modifiers?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword)) return;
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && SKIP_PROPERTIES.has(node.name.text)) return;
    // The files of rule examples (`lines('---', …)`) are data, not logic.
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'lines') return;
    if (ts.isBinaryExpression(node)) {
      for (const op of BINARY[node.operatorToken.kind] ?? []) add(node.operatorToken, op, 'BinaryOperator');
    } else if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) {
      add(node, node.operand.getText(source), 'BooleanNegation');
    } else if (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) {
      const token = node.operator === ts.SyntaxKind.PlusPlusToken ? '--' : node.operator === ts.SyntaxKind.MinusMinusToken ? '++' : undefined;
      if (token) add(node, ts.isPrefixUnaryExpression(node) ? token + node.operand.getText(source) : node.operand.getText(source) + token, 'UpdateOperator');
    } else if (node.kind === ts.SyntaxKind.TrueKeyword) add(node, 'false', 'BooleanLiteral');
    else if (node.kind === ts.SyntaxKind.FalseKeyword) add(node, 'true', 'BooleanLiteral');
    else if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && node.text !== '') {
      const p = node.parent;
      const isName = (ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) || ts.isEnumMember(p) || ts.isMethodDeclaration(p)) && p.name === node;
      const isImport = ts.isExternalModuleReference(p) || (ts.isCallExpression(p) && (p.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(p.expression) && p.expression.text === 'require')));
      const isIndex = ts.isElementAccessExpression(p) && p.argumentExpression === node;
      if (!isName && !isImport && !isIndex && !ts.isLiteralTypeNode(p) && !ts.isCaseClause(p)) add(node, "''", 'StringLiteral');
    } else if (ts.isArrayLiteralExpression(node) && node.elements.length > 0) add(node, '[]', 'ArrayDeclaration');
    else if (ts.isIfStatement(node) || ts.isWhileStatement(node) || ts.isDoStatement(node)) condition(node.expression);
    else if (ts.isForStatement(node)) condition(node.condition);
    else if (ts.isConditionalExpression(node)) condition(node.condition);
    else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const name = node.expression.name.text;
      if (Object.hasOwn(METHOD_SWAP, name)) add(node.expression.name, METHOD_SWAP[name], 'MethodExpression');
      else if (METHOD_DROP.has(name)) add(node, node.expression.expression.getText(source), 'MethodExpression');
    }
    const body = (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) || ts.isGetAccessorDeclaration(node)) ? node.body : undefined;
    if (body && ts.isBlock(body) && body.statements.length > 0) add(body, '{}', 'BlockStatement');
    if (body && ts.isArrowFunction(node) && !ts.isBlock(body) && body.kind !== ts.SyntaxKind.Identifier) {
      add(body, ts.isObjectLiteralExpression(body) ? '(undefined)' : 'undefined', 'ArrowFunction');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

export function applyMutant(text, m) {
  return text.slice(0, m.start) + m.replacement + text.slice(m.end);
}

/** What tsc would emit for one file, near enough: types erased, ES2022, ES modules. */
function transpile(text, file) {
  return ts.transpileModule(text, { fileName: file, compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, esModuleInterop: true } }).outputText;
}

// ---------------------------------------------------------------------------
// Which tests reach which source file

function importsOf(file) {
  const text = readFileSync(file, 'utf8');
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName).filter((s) => s.startsWith('.'));
}

function resolveImport(from, specifier) {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base.replace(/\.js$/, '.ts'), base, base + '.ts', join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

function walk(dir, keep) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && keep(e.name) && !e.parentPath.includes(`${sep}fixtures`))
    .map((e) => join(e.parentPath, e.name));
}

/** For every test file: the source files it reaches and how far away (import steps; a test that runs hf reaches what the CLI imports, a few steps further). */
function reachOf(root) {
  const edges = new Map();
  const cache = (f) => {
    if (!edges.has(f)) edges.set(f, importsOf(f).map((s) => resolveImport(f, s)).filter(Boolean));
    return edges.get(f);
  };
  const bfs = (start, base) => {
    const dist = new Map([[start, base]]);
    const queue = [start];
    while (queue.length) {
      const f = queue.shift();
      for (const g of cache(f)) if (!dist.has(g)) { dist.set(g, dist.get(f) + 1); queue.push(g); }
    }
    return dist;
  };
  const cli = bfs(join(root, 'src', 'cli', 'main.ts'), 0);
  // Commands are loaded lazily by name (src/commands/index.ts): each command folder is one step from the CLI.
  for (const spec of walk(join(root, 'src', 'commands'), (n) => n.endsWith('.ts'))) {
    for (const [f, d] of bfs(spec, 2)) if (!cli.has(f) || cli.get(f) > d) cli.set(f, d);
  }
  const out = new Map();
  for (const test of walk(join(root, 'tests'), (n) => n.endsWith('.test.ts'))) {
    const dist = bfs(test, 0);
    const runsHf = [...dist.keys()].some((f) => f.endsWith(join('tests', 'helpers', 'cli.ts'))) || /bin\/hf\.js|HF_BIN/.test(readFileSync(test, 'utf8'));
    if (runsHf) for (const [f, d] of cli) if (!dist.has(f) || dist.get(f) > d + 3) dist.set(f, d + 3);
    out.set(test, dist);
  }
  return out;
}

// ---------------------------------------------------------------------------
// The test worker: one Vitest kept alive in a process group of its own, so a
// mutant that loops forever is ended by killing the group.

async function worker(root) {
  const { createVitest } = await import('vitest/node');
  const vitest = await createVitest('test', { watch: false, bail: 1, reporters: [{ onInit() {} }], root, config: join(root, 'vitest.config.ts') }, { cacheDir: join(root, 'node_modules.vite') });
  process.on('message', async (msg) => {
    if (msg.type === 'close') {
      await vitest.close();
      process.exit(0);
    }
    for (const f of msg.changed ?? []) vitest.invalidateFile(f);
    // Stop at the first failing test when looking for one; run everything for the baseline.
    vitest.config.bail = msg.bail ? 1 : 0;
    const t0 = Date.now();
    const result = await vitest.runTestFiles(msg.files);
    // testModules also holds the modules of earlier runs: only this run's files count.
    const asked = new Set(msg.files);
    const modules = result.testModules.filter((m) => asked.has(m.moduleId)).map((m) => ({ file: m.moduleId, ok: m.ok(), state: m.state(), ms: m.diagnostic().duration }));
    process.send({ type: 'result', ms: Date.now() - t0, modules, errors: result.unhandledErrors.length });
  });
  process.send({ type: 'ready' });
}

class Runner {
  constructor(root, env) {
    this.root = root;
    this.env = env;
  }
  async start() {
    this.child = fork(fileURLToPath(import.meta.url), ['--worker', this.root], { cwd: this.root, env: this.env, detached: true, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    this.child.stderr.on('data', () => {});
    await new Promise((res, rej) => {
      this.child.once('message', (m) => (m.type === 'ready' ? res() : rej(new Error(String(m)))));
      this.child.once('exit', (code) => rej(new Error(`the test worker ended (${code})`)));
    });
  }
  /** Runs the files; resolves to the result, or to 'timeout' after `ms` (the worker is then restarted). */
  async run(files, changed, ms, bail = true) {
    const child = this.child;
    return new Promise((res) => {
      const timer = setTimeout(async () => {
        child.removeAllListeners('message');
        kill(child);
        await this.start();
        res('timeout');
      }, ms);
      child.once('message', (m) => {
        clearTimeout(timer);
        res(m);
      });
      child.send({ type: 'run', files, changed, bail });
    });
  }
  async close() {
    if (!this.child || this.child.exitCode !== null) return;
    const done = new Promise((res) => this.child.once('exit', res));
    this.child.send({ type: 'close' });
    await Promise.race([done, new Promise((res) => setTimeout(res, 20_000))]);
    kill(this.child);
  }
}

function kill(child) {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

// ---------------------------------------------------------------------------
// The run

function parseArgs(argv) {
  const o = { targets: [], sample: 60, seed: 1, minutes: 120, maxTests: 10, json: undefined, list: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => argv[++i];
    if (a === '--sample') o.sample = Number(value());
    else if (a === '--seed') o.seed = Number(value());
    else if (a === '--minutes') o.minutes = Number(value());
    else if (a === '--max-tests') o.maxTests = Number(value());
    else if (a === '--json') o.json = resolve(value());
    else if (a === '--list') o.list = true;
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else o.targets.push(a.replace(/\/$/, ''));
  }
  if (o.targets.length === 0) o.targets = ['src/rules', 'src/repo', 'src/render'];
  return o;
}

/** A small seeded generator (mulberry32), so a draw can be repeated. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function folderOf(file) {
  const parts = file.split('/');
  return parts.slice(0, 2).join('/');
}

function sourceFiles(target) {
  const abs = join(ROOT, target);
  if (!existsSync(abs)) throw new Error(`${target} does not exist`);
  if (statSync(abs).isFile()) return [target];
  return walk(abs, (n) => n.endsWith('.ts') && !n.endsWith('.d.ts'))
    .map((f) => relative(ROOT, f).split(sep).join('/'))
    .filter((f) => !NOT_MUTATED.has(f))
    .sort();
}

function copyTree(to) {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const f of files) {
    if (!existsSync(join(ROOT, f))) continue; // deleted in the working tree
    mkdirSync(dirname(join(to, f)), { recursive: true });
    cpSync(join(ROOT, f), join(to, f), { verbatimSymlinks: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(to, 'node_modules'), 'dir');
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const files = [...new Set(o.targets.flatMap(sourceFiles))];
  const rand = random(o.seed);
  const byFolder = new Map();
  for (const f of files) {
    const list = mutantsOf(f, readFileSync(join(ROOT, f), 'utf8'));
    const key = o.targets.length === 1 && statSync(join(ROOT, o.targets[0])).isFile() ? f : folderOf(f);
    byFolder.set(key, [...(byFolder.get(key) ?? []), ...list]);
  }
  const chosen = [];
  for (const [folder, list] of byFolder) {
    const shuffled = list.map((m) => [rand(), m]).sort((a, b) => a[0] - b[0]).map(([, m]) => m);
    const take = o.sample > 0 ? shuffled.slice(0, o.sample) : shuffled;
    chosen.push(...take.map((m) => ({ ...m, folder })));
    process.stderr.write(`${folder}: ${list.length} mutants, ${take.length} drawn\n`);
  }
  if (o.list) {
    for (const m of chosen) console.log(`${m.file}:${m.line}:${m.column} ${m.operator} ${JSON.stringify(m.original.slice(0, 60))} → ${JSON.stringify(m.replacement.slice(0, 60))}`);
    return;
  }
  // Interleave the folders, so a run cut short by --minutes still covers each of them.
  const queue = [];
  const lists = [...byFolder.keys()].map((k) => chosen.filter((m) => m.folder === k));
  for (let i = 0; lists.some((l) => i < l.length); i++) for (const l of lists) if (i < l.length) queue.push(l[i]);

  const work = mkdtempSync(join(tmpdir(), 'hf-mutate-'));
  let runner;
  const cleanup = () => {
    if (runner?.child) kill(runner.child);
    rmSync(work, { recursive: true, force: true });
  };
  process.on('exit', cleanup);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

  const root = join(work, 'repo');
  mkdirSync(join(work, 'tmp'));
  copyTree(root);
  process.stderr.write(`building a copy in ${root}\n`);
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  // bin/hf.js runs the bundle, dist/hf.cjs (scripts/bundle.mjs). In the copy it runs
  // dist/cli/main.js instead, so that a test running hf sees the mutant of a dist/ module.
  writeFileSync(
    join(root, 'dist', 'hf.cjs'),
    "const url = require('node:url').pathToFileURL(require('node:path').join(__dirname, 'cli', 'main.js')).href;\n" +
      'module.exports = { main: (argv) => __hfImport(url).then((m) => m.main(argv)), worker: () => __hfImport(url).then((m) => m.worker()) };\n',
  );
  rmSync(join(root, 'dist', 'hf.cjs.cache'), { force: true });
  const reach = reachOf(root);
  const env = { ...process.env, TMPDIR: join(work, 'tmp') };
  runner = new Runner(root, env);
  await runner.start();

  // The test files for a source file: those whose imports reach it, nearest first (then by name).
  const testsFor = (file) =>
    [...reach]
      .filter(([, dist]) => dist.has(join(root, file)))
      .map(([test, dist]) => ({ test, d: dist.get(join(root, file)) }))
      .sort((a, b) => a.d - b.d || (a.test < b.test ? -1 : 1))
      .slice(0, o.maxTests)
      .map((t) => t.test);
  // Baseline: every test file a mutant will run, unmutated. One that fails now cannot tell us anything.
  const needed = new Set();
  for (const m of chosen) for (const test of testsFor(m.file)) needed.add(test);
  process.stderr.write(`baseline: ${needed.size} test files\n`);
  const base = await runner.run([...needed], [], 30 * 60_000, false);
  if (base === 'timeout') throw new Error('the baseline run took longer than 30 minutes');
  const duration = new Map(base.modules.map((m) => [m.file, m.ms ?? 1000]));
  const broken = new Set(base.modules.filter((m) => !m.ok).map((m) => m.file));
  if (broken.size) process.stderr.write(`left out (failing without any mutant): ${[...broken].map((f) => relative(root, f)).join(', ')}\n`);

  // A run without any mutant must pass, after a failing run too, or every mutant would look killed.
  const probe = [...needed].filter((t) => !broken.has(t)).slice(0, 2);
  const again = await runner.run(probe, [], 10 * 60_000);
  if (again === 'timeout' || again.modules.length !== probe.length || again.modules.some((x) => !x.ok)) throw new Error('the tests fail without a mutant in a second run; the runner is broken');
  const deadline = Date.now() + o.minutes * 60_000;
  const results = [];
  /** Files restored after the last mutant, which the next run must read again. */
  let restored = [];
  for (const [i, m] of queue.entries()) {
    if (Date.now() > deadline) break;
    const tests = testsFor(m.file).filter((t) => !broken.has(t) && duration.has(t));
    const src = join(root, m.file);
    const dist = join(root, m.file.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js'));
    const original = readFileSync(src, 'utf8');
    const originalJs = existsSync(dist) ? readFileSync(dist, 'utf8') : undefined;
    let status;
    if (tests.length === 0) status = 'no tests';
    else {
      const mutated = applyMutant(original, m);
      writeFileSync(src, mutated);
      if (originalJs !== undefined) writeFileSync(dist, transpile(mutated, src));
      // The two nearest test files first: most mutants are killed there, and the rest need not run.
      status = 'survived';
      let changed = [...restored, src, dist];
      for (const batch of [tests.slice(0, 2), tests.slice(2)]) {
        if (batch.length === 0) continue;
        const limit = 60_000 + 3 * batch.reduce((sum, t) => sum + (duration.get(t) ?? 1000), 0);
        const r = await runner.run(batch, changed, limit);
        changed = [];
        status = r === 'timeout' ? 'timeout' : r.modules.some((x) => !x.ok) || r.errors > 0 ? 'killed' : 'survived';
        if (status !== 'survived') break;
      }
      writeFileSync(src, original);
      if (originalJs !== undefined) writeFileSync(dist, originalJs);
      restored = [src, dist];
    }
    results.push({ ...m, status, tests: tests.map((t) => relative(root, t)) });
    process.stderr.write(`[${i + 1}/${queue.length}] ${status.padEnd(8)} ${m.file}:${m.line}:${m.column} ${m.operator} ${JSON.stringify(m.original.slice(0, 50))} → ${JSON.stringify(m.replacement.slice(0, 50))}\n`);
  }
  await runner.close();

  // Report: per folder, killed (timeouts included) of those run.
  const rows = [];
  for (const folder of byFolder.keys()) {
    const r = results.filter((x) => x.folder === folder);
    const killed = r.filter((x) => x.status === 'killed' || x.status === 'timeout').length;
    const survived = r.filter((x) => x.status === 'survived').length;
    const untested = r.filter((x) => x.status === 'no tests').length;
    const total = killed + survived + untested;
    rows.push(`| ${folder} | ${byFolder.get(folder).length} | ${total} | ${killed} | ${survived} | ${untested} | ${total ? ((100 * killed) / total).toFixed(1) : '–'} % |`);
  }
  console.log('\n| folder | mutants | run | killed | survived | no test | score |\n|---|---|---|---|---|---|---|');
  console.log(rows.join('\n'));
  const left = queue.length - results.length;
  if (left) console.log(`\n${left} drawn mutants were not run (--minutes ${o.minutes}).`);
  const survivors = results.filter((x) => x.status === 'survived' || x.status === 'no tests');
  if (survivors.length) {
    console.log('\nSurvivors:');
    for (const m of survivors) console.log(`- ${m.file}:${m.line}:${m.column} ${m.operator} ${JSON.stringify(m.original.slice(0, 60))} → ${JSON.stringify(m.replacement.slice(0, 60))}${m.status === 'no tests' ? ' (no test reaches it)' : ''}`);
  }
  if (o.json) writeFileSync(o.json, JSON.stringify({ seed: o.seed, sample: o.sample, results }, null, 1) + '\n');
}

if (process.argv[2] === '--worker') {
  await worker(process.argv[3]);
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    await main();
  } catch (error) {
    process.stderr.write(`mutate: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
