/** Name-based UUIDs, the XML writer and Norwegian times: the small pieces of the archive package. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uuidV5 } from '../../../src/export/noark/uuid.js';
import { el, elAttrs, escapeText, serialize } from '../../../src/export/noark/xml.js';
import { osloDateTime } from '../../../src/export/noark/dates.js';
import { parseXml } from './xml-tree.js';

const DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

describe('uuidV5', () => {
  it('gives the UUID RFC 9562 and Python give for a name in the DNS namespace', () => {
    // Python: uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org')
    expect(uuidV5(DNS, 'python.org')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  it('is a version 5 UUID, the same for the same name and different for another', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const ua = uuidV5(DNS, a);
        expect(ua).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        expect(uuidV5(DNS, a)).toBe(ua);
        if (a !== b) expect(uuidV5(DNS, b)).not.toBe(ua);
      }),
    );
  });

  it('refuses a namespace that is not a UUID', () => {
    expect(() => uuidV5('hf', 'x')).toThrow(/not a UUID/);
  });
});

describe('the XML writer', () => {
  it('escapes text and attributes and drops characters XML cannot carry', () => {
    expect(escapeText('a < b & c > d\u0001\u0007 æøå')).toBe('a &lt; b &amp; c &gt; d æøå');
  });

  it('writes what the reader reads back, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string(), (text, attr) => {
        const xml = serialize(elAttrs('a', [['k', attr]], el('b', text), el('c')));
        const root = parseXml(xml);
        const clean = (s: string) => s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
        expect(root.attrs.k).toBe(clean(attr));
        // Whitespace-only text is not kept by the test reader, which trims nothing else.
        if (clean(text).trim() !== '') expect(root.children[0]!.text).toBe(clean(text));
        expect(root.children.map((c) => c.name)).toEqual(['b', 'c']);
      }),
    );
  });
});

describe('osloDateTime', () => {
  it('gives the Norwegian offset in summer and in winter', () => {
    expect(osloDateTime('2024-09-26', '12:30')).toBe('2024-09-26T12:30:00+02:00');
    expect(osloDateTime('2024-01-15', '09:00')).toBe('2024-01-15T09:00:00+01:00');
    expect(osloDateTime('2024-03-31')).toBe('2024-03-31T00:00:00+01:00');
    expect(osloDateTime('2024-05-23', 'kl. 13')).toBe('2024-05-23T00:00:00+02:00');
  });
});
