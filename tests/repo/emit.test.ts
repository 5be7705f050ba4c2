/**
 * Frontmatter values written plain or quoted: the shortcut for ordinary titles
 * (no YAML library loaded) decides exactly as asking the yaml package does.
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainIfSafe, quote } from '../../src/repo/emit.js';

const { parse, stringify } = createRequire(import.meta.url)('yaml') as typeof import('yaml');

/** The decision by the yaml package alone (the rule before the shortcut). */
function byLibrary(text: string): string {
  if (text === '' || /[\n\r\t]/.test(text) || /^\s|\s$/.test(text)) return quote(text);
  if (/^\d+(?::\d+)+$/.test(text) || (/^[-+.\d]/.test(text) && !/^\d{4}-\d{2}-\d{2}$/.test(text))) return quote(text);
  const rendered = stringify(text, { version: '1.2', lineWidth: 0 }).replace(/\n$/, '');
  if (rendered.startsWith('"') || rendered.startsWith("'") || rendered.includes('\n')) return quote(text);
  try {
    return parse(rendered, { version: '1.2' }) === text ? rendered : quote(text);
  } catch {
    return quote(text);
  }
}

describe('plainIfSafe', () => {
  it('writes titles plain or quoted exactly as the yaml package decides', () => {
    const chars = fc.constantFrom(...'aAzæøåÅé1 9.,;:()/–—-#&*!?|>\'"%@`[]{}~'.split(''));
    const text = fc.oneof(
      fc.array(chars, { maxLength: 12 }).map((a) => a.join('')),
      fc.constantFrom('Budsjett 2025', 'Helse & omsorg', 'null', 'True', 'Yes', 'no', 'a: b', 'a #b', 'Sak (revidert).', 'Status – handlingsplan', 'x', 'Ø', '2024-09-26', '2024-9-26', '2024-13-45'),
    );
    fc.assert(fc.property(text, (t) => {
          expect(plainIfSafe(t)).toBe(byLibrary(t));
        }), { numRuns: 2000 });
  });

  it('leaves ordinary titles plain and quotes what YAML would read otherwise', () => {
    expect(plainIfSafe('Budsjett 2025')).toBe('Budsjett 2025');
    expect(plainIfSafe('Helse & omsorg')).toBe('Helse & omsorg');
    expect(plainIfSafe('true')).toBe('"true"');
    expect(plainIfSafe('a: b')).toBe('"a: b"');
  });
});
