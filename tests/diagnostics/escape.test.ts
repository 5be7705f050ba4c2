/**
 * Output that cannot be hijacked: whatever a file contains, terminal output has
 * no control characters or bidi overrides, and `--format github` writes exactly
 * one workflow command per diagnostic whose properties cannot be forged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { escapeGithubData, escapeGithubProperty, sanitizeLine, sanitizeOutput, sanitizeTerminal } from '../../src/diagnostics/escape.js';
import { formatGithub, formatStylish } from '../../src/diagnostics/format.js';

const FC = { seed: 2024_09_26, numRuns: 500 };
const DANGEROUS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.constantFrom(
    'Tittel\n::error file=README.md,line=1::forfalsket',
    'Tittel\r\n::warning::x',
    '\u001b[2J\u001b[1;1HRent',
    'abc\u202edcba\u2066x\u2069',
    '%0A::error::x',
    'a,title=x:y',
  ),
);

function diag(text: string, file = 'cases/ssu/2024/2024.1-x.md'): Diagnostic {
  return { file, line: 3, column: 5, ruleId: 'case-type-known', severity: 'error', message: `Sakstypen \`${text}\` finnes ikke`, hint: `Velg ${text}` };
}

describe('terminal sanitising', () => {
  it('removes control characters and bidi overrides, keeps tab, newline and Norwegian text (property)', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        expect(sanitizeTerminal(s)).not.toMatch(DANGEROUS);
        expect(sanitizeLine(s)).not.toMatch(/[\n\t]/);
        expect(sanitizeLine(s)).not.toMatch(DANGEROUS);
      }),
      FC,
    );
    expect(sanitizeTerminal('Møte i SSU\tkl. 12.30\n')).toBe('Møte i SSU\tkl. 12.30\n');
  });

  it('stylish output holds nothing that moves the cursor or reverses text (property)', () => {
    fc.assert(
      fc.property(hostile, hostile, (text, file) => {
        const out = formatStylish([diag(text, file || 'x.md')], { errors: 1, warnings: 0, files: 1 }, 'nb');
        expect(out).not.toMatch(DANGEROUS);
        // One line for the file, one for the message, one for the hint, blank line, summary.
        expect(out.trimEnd().split('\n')).toHaveLength(5);
      }),
      FC,
    );
  });
});

describe('GitHub workflow commands', () => {
  it('a title that tries to forge an annotation stays inside its own command', () => {
    const out = formatGithub([diag('Tittel\n::error file=README.md,line=1::forfalsket', 'cases/ssu/2024/x,title=y::z\n::error::w.md')]);
    expect(out.split('\n').filter(Boolean)).toHaveLength(1);
    expect(out).toBe(
      '::error file=cases/ssu/2024/x%2Ctitle=y%3A%3Az%0A%3A%3Aerror%3A%3Aw.md,line=3,col=5,title=case-type-known::Sakstypen `Tittel%0A::error file=README.md,line=1::forfalsket` finnes ikke%0AVelg Tittel%0A::error file=README.md,line=1::forfalsket\n',
    );
  });

  it('one command per diagnostic, properties split back into exactly the keys written (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(hostile, hostile), { minLength: 1, maxLength: 4 }), (pairs) => {
        const diags = pairs.map(([text, file]) => diag(text, file || 'x.md'));
        const lines = formatGithub(diags).split('\n');
        expect(lines.pop()).toBe('');
        expect(lines).toHaveLength(diags.length);
        for (const line of lines) {
          const m = /^::(error|warning) ([^:]*)::(.*)$/s.exec(line);
          expect(m, line).not.toBeNull();
          expect(m![2]!.split(',').map((p) => p.split('=')[0])).toEqual(['file', 'line', 'col', 'title']);
          expect(m![3]).not.toMatch(/[\r\n]/);
        }
      }),
      FC,
    );
  });

  it('escapes %, CR and LF in data, and also : and , in properties', () => {
    expect(escapeGithubData('100% ferdig\r\nneste')).toBe('100%25 ferdig%0Aneste');
    expect(escapeGithubProperty('a:b,c%d\ne')).toBe('a%3Ab%2Cc%25d%0Ae');
  });
});

describe('the last line of defence before output', () => {
  it('leaves nothing that acts on a terminal, and JSON values stay exact (property)', () => {
    fc.assert(
      fc.property(hostile, fc.boolean(), (s, colors) => {
        const json = JSON.stringify({ tittel: s }, null, 2);
        const safe = sanitizeOutput(json, colors);
        expect(safe).not.toMatch(DANGEROUS);
        expect((JSON.parse(safe) as { tittel: string }).tittel).toBe(s);
        expect(sanitizeOutput(s)).not.toMatch(DANGEROUS);
      }),
      FC,
    );
  });

  it("keeps hf's own colours only when colours are on, never codes that hide or move text", () => {
    const own = '\u001b[31mfeil\u001b[39m \u001b[2mtips\u001b[22m';
    expect(sanitizeOutput(own, true)).toBe(own);
    expect(sanitizeOutput(own, false)).toBe('\\u001b[31mfeil\\u001b[39m \\u001b[2mtips\\u001b[22m');
    expect(sanitizeOutput('a\u001b[8mskjult\u001b[2J\u001b[1A', true)).toBe('a\\u001b[8mskjult\\u001b[2J\\u001b[1A');
    expect(sanitizeOutput('linje 1\r\nlinje 2\r')).toBe('linje 1\nlinje 2\\u000d');
  });
});
