/**
 * A case paper written in Word, built with the `docx` package the way Word
 * files look: a title, Heading 1/2 sections, emphasis, a numbered list with a
 * nested bullet, a bulleted list, a table, a link, a picture with a
 * description, and a tracked change.
 */
import * as docx from 'docx';

/** A 2×2 PNG (red, green / blue, white). */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDA8P///wMMDABF8Qf5Qm0xbwAAAABJRU5ErkJggg==',
  'base64',
);

export async function wordPaper(): Promise<Uint8Array> {
  const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, ExternalHyperlink, ImageRun, LevelFormat, InsertedTextRun, DeletedTextRun, WidthType } = docx;
  const cell = (text: string, bold = false) => new TableCell({ width: { size: 3000, type: WidthType.DXA }, children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  const change = { id: 1, author: 'Sekretær', date: '2024-09-01T10:00:00Z' };
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'tall',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 1 },
            { level: 1, format: LevelFormat.BULLET, text: '•' },
          ],
        },
        { reference: 'kulepunkt', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•' }] },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Samhandlingsdata og styringsinformasjon')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Bakgrunn')] }),
          new Paragraph({
            children: [
              new TextRun('Tallene viser '),
              new TextRun({ text: 'store forskjeller', bold: true }),
              new TextRun(' mellom '),
              new TextRun({ text: 'kommunene', italics: true }),
              new TextRun('. Se '),
              new ExternalHyperlink({ link: 'https://www.helsedirektoratet.no/statistikk', children: [new TextRun({ text: 'Helsedirektoratets statistikk', style: 'Hyperlink' })] }),
              new TextRun(' (tall for 2023) og 5 * 3 = 15_000.'),
            ],
          }),
          new Paragraph({ children: [new TextRun('Endringen '), new InsertedTextRun({ ...change, text: 'er godkjent' }), new DeletedTextRun({ ...change, id: 2, text: 'ble avvist' }), new TextRun('.')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Funn')] }),
          new Paragraph({ numbering: { reference: 'tall', level: 0 }, children: [new TextRun('Flere innleggelser')] }),
          new Paragraph({ numbering: { reference: 'tall', level: 1 }, children: [new TextRun('særlig blant eldre')] }),
          new Paragraph({ numbering: { reference: 'tall', level: 0 }, children: [new TextRun('Kortere liggetid')] }),
          new Paragraph({ children: [new TextRun('Tabellen viser antall pasienter:')] }),
          new Table({
            rows: [
              new TableRow({ children: [cell('Kommune', true), cell('2023', true), cell('2024', true)] }),
              new TableRow({ children: [cell('Larvik'), cell('120'), cell('135')] }),
              new TableRow({ children: [cell('Horten | Holmestrand'), cell('80'), cell('77')] }),
            ],
          }),
          new Paragraph({
            children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 200, height: 200 }, altText: { name: 'Bilde 1', description: 'Figur 1: Innleggelser per kommune', title: 'Figur 1' } })],
          }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Forslag til vedtak')] }),
          new Paragraph({ numbering: { reference: 'kulepunkt', level: 0 }, children: [new TextRun('Orienteringen tas til etterretning.')] }),
          new Paragraph({ numbering: { reference: 'kulepunkt', level: 0 }, children: [new TextRun('SSU ber om en ny oversikt i 2025.')] }),
        ],
      },
    ],
  });
  const buffer = await Packer.toBuffer(doc);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
