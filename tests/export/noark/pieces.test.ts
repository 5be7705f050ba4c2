/** Name-based UUIDs, the XML writer, Norwegian times and the PDF stamp: the small pieces of the archive package. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uuidV5 } from '../../../src/export/noark/uuid.js';
import { el, elAttrs, escapeText, serialize } from '../../../src/export/noark/xml.js';
import { osloDateTime } from '../../../src/export/noark/dates.js';
import { stampPdf } from '../../../src/export/noark/pdf-stamp.js';
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

describe('stampPdf', () => {
  it('sets title, language and dates from the archive, so the same data gives the same bytes', async () => {
    const { PDFDocument } = await import('pdf-lib');
    const make = async (when: Date) => {
      const pdf = await PDFDocument.create();
      pdf.addPage();
      pdf.setCreationDate(when);
      pdf.setProducer('Skia/PDF');
      return pdf.save();
    };
    const stamp = { title: 'Innkalling SSU 26.09.24', lang: 'nb' as const, date: '2024-09-26T12:00:00+02:00' };
    const a = await stampPdf(await make(new Date('2026-01-01T10:00:00Z')), stamp);
    const b = await stampPdf(await make(new Date('2026-02-02T11:11:11Z')), stamp);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const back = await PDFDocument.load(a, { updateMetadata: false });
    expect(back.getTitle()).toBe('Innkalling SSU 26.09.24');
    expect(back.getCreationDate()?.toISOString()).toBe('2024-09-26T10:00:00.000Z');
    expect(back.getProducer()).toBe('Skia/PDF');
  });

  it('leaves a PDF that says it is PDF/A as it is', async () => {
    const bytes = Buffer.from('%PDF-1.7\n<rdf:Description pdfaid:part="2" pdfaid:conformance="B"/>\n');
    expect(await stampPdf(bytes, { title: 'x', lang: 'nb', date: '2024-09-26T12:00:00+02:00' })).toBe(bytes);
  });
});
