/** Loading one file: encodings, line endings, positions, and the refusal to run code. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFile } from '../../src/repo/load-file.js';
import { splitFrontmatter } from '../../src/repo/frontmatter.js';
import { decodeText, encodeText } from '../../src/repo/text.js';

const enc = (s: string) => new TextEncoder().encode(s);
const PATH = 'cases/ssu/2024/2024.3-x.md';
const FC = { seed: 4242, numRuns: 300 };

describe('loadFile', () => {
  it('gives the same values and positions for LF, CRLF and CRLF with a BOM', () => {
    const lf = '---\nsaksnr: "2024.3"\norgan: SSU\ntittel: Møte\n---\nTekst\n';
    for (const variant of [lf, lf.replace(/\n/g, '\r\n'), '\ufeff' + lf.replace(/\n/g, '\r\n')]) {
      const { file, findings } = loadFile(PATH, enc(variant));
      expect(findings).toEqual([]);
      expect(file.data).toEqual({ saksnr: '2024.3', organ: 'SSU', tittel: 'Møte' });
      expect(file.locate(['tittel'])).toMatchObject({ line: 4, column: 9 });
      expect(file.locate(['organ'], 'key')).toMatchObject({ line: 3, column: 1 });
      expect(file.body.replace(/\r/g, '')).toBe('Tekst\n');
    }
    expect(loadFile(PATH, enc('\ufeff' + lf)).file.bom).toBe(true);
    expect(loadFile(PATH, enc(lf.replace(/\n/g, '\r\n'))).file.eol).toBe('\r\n');
  });

  it('normalises text to NFC', () => {
    const decomposed = '---\norgan: SSU\ntittel: Ha\u030Aper\n---\n';
    expect(loadFile(PATH, enc(decomposed)).file.data?.tittel).toBe('Håper');
  });

  it('keeps dates, times, "no" and "yes" as text (YAML 1.2 core schema)', () => {
    const { file } = loadFile(PATH, enc('---\nmøte: 2024-09-26\nstart: 12:30\nsvar: no\nja: yes\n---\n'));
    expect(file.data).toEqual({ møte: '2024-09-26', start: '12:30', svar: 'no', ja: 'yes' });
  });

  it('refuses ---js, ---javascript and ---json without reading them', () => {
    for (const lang of ['js', 'javascript', 'JavaScript', 'json']) {
      const { file, findings } = loadFile(PATH, enc(`---${lang}\n{ tittel: "x" }\n---\n`));
      expect(findings.map((f) => [f.ruleId, f.messageId, f.line, f.column])).toEqual([['frontmatter', 'language', 1, 1]]);
      expect(file.data).toBeUndefined();
    }
  });

  it('reports Windows-1252 with the position of the first bad byte, and UTF-16', () => {
    const bytes = Uint8Array.from([...enc('---\ntittel: M'), 0xf8, ...enc('te\n---\n')]);
    expect(loadFile(PATH, bytes).findings.map((f) => [f.messageId, f.line, f.column])).toEqual([['encoding', 2, 10]]);
    const utf16 = Uint8Array.from(Buffer.from('\ufeff---\norgan: SSU\n---\n', 'utf16le'));
    expect(loadFile(PATH, utf16).findings.map((f) => f.messageId)).toEqual(['utf16']);
    expect(loadFile(PATH, Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01])).findings.map((f) => f.messageId)).toEqual(['binary']);
  });

  it('names invisible characters pasted from Word in the finding', () => {
    const { findings } = loadFile(PATH, enc('---\norgan: SSU\ntittel:\u00a0Møte\nmøte: 2024-09-26\n---\n'));
    expect(findings[0]).toMatchObject({ ruleId: 'yaml', messageId: 'invisible', line: 3 });
    expect(String(findings[0]!.data?.invisible)).toContain('U+00A0 NO-BREAK SPACE');
  });

  it('refuses an alias bomb quickly and refuses excessive nesting before parsing', () => {
    const bomb = ['---', 'a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`), '---', ''].join('\n');
    const t0 = Date.now();
    const r = loadFile(PATH, enc(bomb));
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(r.file.data).toBeUndefined();
    expect(r.findings.some((f) => f.messageId === 'alias')).toBe(true);
    const deep = '---\ntittel: ' + '['.repeat(10_000) + ']'.repeat(10_000) + '\n---\n';
    expect(loadFile(PATH, enc(deep)).findings.map((f) => f.messageId)).toEqual(['too-deep']);
  });

  it('returns a value or findings for any input, never throws (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const { file, findings } = loadFile(PATH, enc('---\n' + s + '\n---\n'));
        // Nothing read and nothing reported only for a frontmatter of blank and comment lines.
        if (file.data === undefined && findings.length === 0) expect(s.split(/\r?\n|\r/).filter((l) => !/^\s*(#.*)?$/.test(l))).toEqual([]);
      }),
      FC,
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(() => loadFile(PATH, bytes)).not.toThrow();
      }),
      FC,
    );
  });
});

describe('splitFrontmatter', () => {
  it('splits at the fences and keeps the offsets exact (property)', () => {
    const yamlLine = fc.stringMatching(/^[a-zæøå]{1,8}: [^\n\r]{0,20}$/).filter((l) => !/^(---|\.\.\.)/.test(l));
    fc.assert(
      fc.property(fc.array(yamlLine, { maxLength: 8 }), fc.string({ maxLength: 80 }), (lines, body) => {
        const yaml = lines.map((l) => l + '\n').join('');
        const text = '---\n' + yaml + '---\n' + body;
        const s = splitFrontmatter(text);
        expect(s.problem).toBeUndefined();
        expect(s.yaml).toBe(yaml);
        expect(text.slice(s.yamlOffset, s.yamlOffset + yaml.length)).toBe(yaml);
        expect(s.body).toBe(body);
        expect(text.slice(s.bodyOffset)).toBe(body);
      }),
      FC,
    );
  });

  it('reports a missing or unclosed frontmatter', () => {
    expect(splitFrontmatter('Hei\n').problem).toBe('missing');
    expect(splitFrontmatter('---\norgan: SSU\n').problem).toBe('unclosed');
  });
});

describe('text encoding', () => {
  it('writes back the BOM and line endings a file had, and reports NUL as binary (property)', () => {
    // Any code point (NUL, control characters, æøå, emoji); a leading U+FEFF would be the BOM itself.
    const unit = fc.oneof({ arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 60 }, { arbitrary: fc.constant('\0'), weight: 1 });
    const anyText = fc.string({ unit, maxLength: 100 }).map((s) => s.replace(/\r/g, '').replace(/^\ufeff/, ''));
    fc.assert(
      fc.property(anyText, fc.boolean(), fc.boolean(), (text, bom, crlf) => {
        const bytes = encodeText(text, bom, crlf ? '\r\n' : '\n');
        const back = decodeText(bytes);
        if (text.includes('\0')) {
          expect(back).toMatchObject({ ok: false, problem: 'binary' });
        } else {
          expect(back).toMatchObject({ ok: true, bom });
          expect(back.ok && back.text.replace(/\r\n/g, '\n')).toBe(text);
        }
      }),
      FC,
    );
  });
});
