/**
 * The fast YAML path (js-yaml with the `yaml` package's core schema) must give the
 * value the strict path gives, and must only accept what the strict path accepts
 * without a problem: otherwise a fast run and a slow run of `hf validate` differ.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYamlFast } from '../../src/repo/fast-yaml.js';
import { findExcessiveNesting, nestingWalk, parseYaml, parseYamlStrict } from '../../src/repo/yaml.js';

/** A canonical form that keeps key order and tells NaN, -0 and Infinity apart. */
function canon(v: unknown): string {
  if (typeof v === 'number') return Object.is(v, -0) ? 'n:-0' : `n:${String(v)}`;
  if (v === null || typeof v !== 'object') return `${typeof v}:${JSON.stringify(v)}`;
  if (Array.isArray(v)) return `[${v.map(canon).join(',')}]`;
  return `{${Object.entries(v as Record<string, unknown>)
    .map(([k, x]) => `${JSON.stringify(k)}:${canon(x)}`)
    .join(',')}}`;
}

/** Whenever the fast path accepts `src`, the strict path has no problem and the same value. */
function agrees(src: string): boolean {
  const fast = parseYamlFast(src);
  if (!fast) return true;
  const strict = parseYamlStrict(src);
  expect(strict.problems, `strict problems for ${JSON.stringify(src)}`).toEqual([]);
  expect(canon(fast.value), `value of ${JSON.stringify(src)}`).toBe(canon(strict.value ?? null));
  return true;
}

const letters = 'abcdefghijklmnopqrstuvwxyzæøåÆØÅ';
const word = fc.string({ unit: fc.constantFrom(...letters.split('')), minLength: 1, maxLength: 8 });
const key = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(word, fc.constantFrom('', '_til', '_av', '-x')).map(([w, s]) => w + s) },
  { weight: 1, arbitrary: fc.constantFrom('1', '0x1F', '1.0', 'true', 'False', 'nei', '2024.10', '"quoted key"', "'single'", '"null"', 'y', 'on') },
);

/** Plain scalars, including every number, bool and null spelling that the two schemas might read differently. */
const numberish = fc.constantFrom(
  '0', '-0', '+1', '007', '12', '-12', '0o17', '0O17', '0o8', '0x1F', '0X1F', '-0x1F', '0b101', '1_000', '1.5', '-.5', '.5', '+.5',
  '1.', '1e3', '1E3', '1.5e-3', '1e', '1e999', '-1e999', '.inf', '-.Inf', '+.INF', '.nan', '.NaN', '.NAN', 'nan', 'inf',
  '2024.10', '2024.1', '2024-09-26', '12:30', '1:30:00', '0.0', '1e+3', '12345678901234567890', '0x', '0o', '--1', '+-1',
  'true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'FALSE', 'yes', 'no', 'on', 'off', 'y', 'n',
  'null', 'Null', 'NULL', 'nULL', '~', '',
);
const textChar = fc.constantFrom(...`${letters} 0123456789.,:;-()/%@#'"?&*!<>=+|\`´«»–—\u00a0`.split(''));
const plainText = fc
  .tuple(word, fc.string({ unit: textChar, maxLength: 20 }))
  .map(([w, rest]) => (w + rest).replace(/\s+$/, ''));
const doubleQuoted = fc
  .array(fc.oneof(fc.string({ unit: textChar, maxLength: 6 }), fc.constantFrom('\\n', '\\t', '\\"', '\\\\', '\\x41', '\\u00e5', '\\U0001F600', '\\/', '\\ ', '\\0', '\\e', '\\N', '\\_', '\\L', '\\P')), { maxLength: 5 })
  .map((parts) => `"${parts.join('').replace(/(?<!\\)"/g, '\\"')}"`);
const singleQuoted = fc.string({ unit: textChar, maxLength: 20 }).map((s) => `'${s.replace(/'/g, "''")}'`);
const scalar = fc.oneof(
  { weight: 3, arbitrary: numberish },
  { weight: 5, arbitrary: plainText },
  { weight: 2, arbitrary: doubleQuoted },
  { weight: 2, arbitrary: singleQuoted },
);
const blockScalar = fc
  .tuple(
    fc.constantFrom('|', '|-', '|+', '>', '>-', '>+', '|2', '>2-'),
    fc.array(fc.oneof(plainText, fc.constant(''), plainText.map((t) => `  ${t}`)), { minLength: 1, maxLength: 4 }),
  )
  .map(([head, ls]) => ({ head, lines: ls }));
const flowSeq = fc.array(fc.oneof(numberish, word, doubleQuoted, singleQuoted), { maxLength: 4 }).map((xs) => `[${xs.join(', ')}]`);
const flowMap = fc.array(fc.tuple(word, fc.oneof(numberish, word)), { maxLength: 3 }).map((ps) => `{${ps.map(([k, v]) => `${k}: ${v}`).join(', ')}}`);

type Node = { kind: 'scalar'; text: string } | { kind: 'block'; head: string; lines: string[] } | { kind: 'flow'; text: string } | { kind: 'map'; pairs: [string, Node][] } | { kind: 'seq'; items: Node[] };

const { tree } = fc.letrec<{ tree: Node; map: Node; seq: Node; leaf: Node }>((tie) => ({
  leaf: fc.oneof(
    { weight: 6, arbitrary: scalar.map((text): Node => ({ kind: 'scalar', text })) },
    { weight: 1, arbitrary: blockScalar.map((b): Node => ({ kind: 'block', ...b })) },
    { weight: 1, arbitrary: fc.oneof(flowSeq, flowMap).map((text): Node => ({ kind: 'flow', text })) },
  ),
  map: fc.uniqueArray(fc.tuple(key, tie('tree')), { minLength: 1, maxLength: 5, selector: ([k]) => k }).map((pairs): Node => ({ kind: 'map', pairs })),
  seq: fc.array(tie('tree'), { minLength: 1, maxLength: 4 }).map((items): Node => ({ kind: 'seq', items })),
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('leaf'), tie('leaf'), tie('map'), tie('seq')),
}));

/** Renders a node as block YAML at `indent`; `inline` is the text before it on its first line (`key:` or `-`). */
function render(node: Node, indent: number): string[] {
  const pad = ' '.repeat(indent);
  switch (node.kind) {
    case 'scalar':
    case 'flow':
      return [` ${node.text}`];
    case 'block':
      return [` ${node.head}`, ...node.lines.map((l) => (l === '' ? '' : `${pad}  ${l}`))];
    case 'map':
      return ['', ...node.pairs.flatMap(([k, v]) => withHead(`${pad}${k}:`, render(v, indent + 2)))];
    case 'seq':
      return ['', ...node.items.flatMap((v) => withHead(`${pad}-`, render(v, indent + 2)))];
  }
}

function withHead(head: string, body: string[]): string[] {
  return [head + body[0], ...body.slice(1)];
}

const documents = fc
  .tuple(
    fc.uniqueArray(fc.tuple(key, tree), { minLength: 0, maxLength: 6, selector: ([k]) => k }),
    fc.boolean(),
    fc.constantFrom('', '# kommentar', 'a: b # etter'),
  )
  .map(([pairs, crlf, comment]) => {
    const ls = [...(comment ? [comment] : []), ...pairs.flatMap(([k, v]) => withHead(`${k}:`, render(v, 2)))];
    const text = ls.join('\n') + '\n';
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

const FRONTMATTER = [
  'saksnr: "2024.28"',
  'organ: SSU',
  'møte: 2024-09-26',
  'tittel: Status og videre tilnærming til revisjon av delavtale beredskap',
  'sakstype: [Orientering, Diskusjon]',
  'ansvar: [Kommune, SiV]',
  'punkter:',
  '  - Konkretisering av tiltak i handlingsplan for 2025',
  '  - tekst: Planer og tiltak',
  '    punkter: [Handlingsplan rehabilitering i Vestfold]',
  'vedlegg:',
  '  - tittel: Utkast til mandat',
  '    fil: vedlegg/ssu/2024/mandat.pdf',
  'forslag_til_konklusjon: Saken tas til orientering.',
  'behandling: |',
  '  Utvalget drøftet saken.',
  '',
  '  Ny linje.',
  'oppfølging:',
  '  - hva: Statusrapport',
  '    status: lukket',
  '    lukket_i: "SSU 2024.30"',
  '',
].join('\n');

describe('fast YAML path', () => {
  it('takes ordinary frontmatter and gives the strict value', () => {
    const fast = parseYamlFast(FRONTMATTER);
    expect(fast).toBeDefined();
    expect(agrees(FRONTMATTER)).toBe(true);
    expect(fast!.value).toMatchObject({ saksnr: '2024.28', møte: '2024-09-26', sakstype: ['Orientering', 'Diskusjon'] });
  });

  it('leaves anchors, aliases, tags, merge keys, tabs and multi-line flow collections to the strict path', () => {
    for (const src of ['a: &x 1\nb: *x\n', 'a: !!str 1\n', '<<: {a: 1}\n', 'a:\tb\n', 'a: [b,\n  c]\n', '? a\n: b\n', 'a: 1\na: 2\n', '%YAML 1.2\n---\na: 1\n', '[a]: b\n', '~: a\n']) {
      expect(parseYamlFast(src), src).toBeUndefined();
    }
  });

  it('reads numbers, booleans and nulls as the 1.2 core schema does', () => {
    const src = 'a: 0b101\nb: -0x1F\nc: -.5\nd: 1e999\ne: 0o17\nf: 1_000\ng: 2024.10\nh: yes\ni: ~\nj: 12:30\nk: -0\nl: .NaN\n';
    expect(parseYamlFast(src)).toBeDefined();
    expect(agrees(src)).toBe(true);
    expect(parseYaml(src).value).toMatchObject({ a: '0b101', b: '-0x1F', c: -0.5, d: Infinity, e: 15, f: '1_000', g: 2024.1, h: 'yes', i: null, j: '12:30' });
  });

  it('builds the positioned tree only when asked for', () => {
    const parsed = parseYaml(FRONTMATTER);
    expect(parsed.problems).toEqual([]);
    const span = parsed.doc!.getIn(['organ'], true) as { range: number[] };
    expect(FRONTMATTER.slice(span.range[0], span.range[1])).toBe('SSU');
  });

  it('agrees with the strict path on generated frontmatter', () => {
    let accepted = 0;
    fc.assert(
      fc.property(documents, (src) => {
        if (parseYamlFast(src)) accepted++;
        return agrees(src);
      }),
      { numRuns: 3000 },
    );
    // The property is not vacuous: most generated documents take the fast path.
    expect(accepted).toBeGreaterThan(1000);
  });

  it('never accepts what the strict path rejects, also in damaged frontmatter', () => {
    const damage = fc.tuple(documents, fc.array(fc.tuple(fc.nat(), fc.constantFrom('', ' ', '  ', '\n', ':', '- ', '"', "'", '[', ']', '{', '}', ',', '#', '|', '>', '\\', '-', '.', '...', '---', '\r\n', 'x: ', ' #')), { minLength: 1, maxLength: 3 }), fc.nat())
      .map(([src, edits, cut]) => {
        let s = src;
        for (const [at, ins] of edits) {
          const i = at % (s.length + 1);
          s = s.slice(0, i) + ins + s.slice(i + (cut % 3 === 0 ? 1 : 0));
        }
        return s;
      });
    fc.assert(fc.property(damage, agrees), { numRuns: 5000 });
  });
});

describe('the quick look before the nesting walk', () => {
  it('never changes where nesting is found too deep (property)', () => {
    const piece = fc.constantFrom('[', ']', '{', '}', ' ', '-', '\n', '\r', '"', "'", '\\', '#', 'a', ': ', '- ', '  ', '[[', '{a: ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), fc.integer({ min: 0, max: 6 }), (pieces, max) => {
        const src = pieces.join('');
        expect(findExcessiveNesting(src, max)).toBe(nestingWalk(src, max));
      }),
      { numRuns: 3000 },
    );
  });
});
