/**
 * The README's benchmark table, from the figures `npm run bench` writes at the end
 * of bench/results.md. `npm run bench:readme` replaces what stands between
 * `<!-- bench:start -->` and `<!-- bench:end -->` in README.md with it.
 *
 *   node bench/readme.mjs [results.md] [README.md]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const fmtMs = (ms) => (ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const fmtX = (x) => (x >= 10 ? `${x.toFixed(0)}×` : `${x.toFixed(2)}×`);
const fmtKb = (kb) => (kb >= 1024 * 1024 ? `${(kb / 1024 / 1024).toFixed(2)} GB` : `${Math.round(kb / 1024)} MB`);

/** The rows of the table: label, the figure's name, and what its ratio is to. */
const ROWS = [
  ['`node -e 0`', 'node -e 0'],
  ['`cat` every file', 'cat every file'],
  ['floor pipeline', 'floor pipeline'],
  ['`hf validate`, no cache', 'hf validate, cold', 'floor'],
  ['`hf validate`, warm', 'hf validate, warm', 'cat + node'],
  ['`hf validate`, one file changed', 'hf validate, one file changed', 'cat + node'],
  ['`hf new-case`', 'hf new-case', 'node'],
  ['`hf agenda` (one meeting)', 'hf agenda', 'node'],
  ['`hf --version`', 'hf --version', 'node'],
  ['`hf agenda --with-papers` as PDF (one meeting)', 'hf agenda --with-papers -o pakke.pdf', 'node'],
  ['`hf site`', 'hf site', 'floor'],
  ['`hf export noark` (every document as PDF)', 'hf export noark', 'floor'],
  ['remark-lint-frontmatter-schema', 'peer: remark-cli + remark-lint-frontmatter-schema'],
];

/** The Markdown the README shows: the machine, the table and the targets. */
export function readmeTable(data) {
  const { machine, sizes, targets } = data;
  const cell = (size, name, to) => {
    const t = size.times[name];
    if (!t) return '';
    const r = size.ratios[name];
    const mem = name === 'hf validate, cold' && size.n >= 100000 && t.kb ? `, ${fmtKb(t.kb)} peak` : '';
    return r && to ? `${fmtMs(t.median)} (${fmtX(r.median)} ${to}${mem})` : `${fmtMs(t.median)}${mem}`;
  };
  const lines = [
    `Measured ${machine.date} on ${machine.cpu} (${machine.cores} cores), ${machine.mem}, ${machine.os}, Node ${machine.node}; load average ${machine.loadBefore} before and ${machine.loadAfter} after. Medians; in brackets the median of the ratios to the baseline taken right before each run ([bench/results.md](bench/results.md) has the quartiles and ranges).`,
    '',
    `| | ${sizes.map((s) => `${s.n.toLocaleString('en-US')} cases`).join(' | ')} |`,
    `| --- |${sizes.map(() => ' ---: |').join('')}`,
  ];
  for (const [label, name, to] of ROWS) {
    const cells = sizes.map((s) => cell(s, name, to));
    if (cells.some((c) => c !== '')) lines.push(`| ${label} | ${cells.join(' | ')} |`);
  }
  lines.push('', '| target | measured | met |', '| --- | --- | :---: |');
  for (const t of targets) lines.push(`| ${t.name} | ${t.measured} | ${t.verdict} |`);
  return lines.join('\n') + '\n';
}

/** The figures `npm run bench` left at the end of a results file. */
export function benchData(markdown) {
  const start = markdown.indexOf('<!-- bench-data');
  if (start < 0) throw new Error('no figures in the results file (<!-- bench-data … -->): run npm run bench first');
  return JSON.parse(markdown.slice(start + '<!-- bench-data'.length, markdown.indexOf('-->', start)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = process.argv[2] ?? fileURLToPath(new URL('results.md', import.meta.url));
  const readme = process.argv[3] ?? fileURLToPath(new URL('../README.md', import.meta.url));
  const text = readFileSync(readme, 'utf8');
  const start = text.indexOf('<!-- bench:start -->');
  const end = text.indexOf('<!-- bench:end -->');
  if (start < 0 || end < start) {
    console.error(`${readme} has no <!-- bench:start --> … <!-- bench:end --> to replace`);
    process.exit(1);
  }
  const table = readmeTable(benchData(readFileSync(results, 'utf8')));
  writeFileSync(readme, `${text.slice(0, start)}<!-- bench:start -->\n${table}${text.slice(end)}`);
  console.log(`wrote the benchmark table into ${readme}`);
}
