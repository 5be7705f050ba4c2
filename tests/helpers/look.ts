/** A logo and a reference Word template for the tests of a partnership's own look (profil: in hf.yaml). */
/** A 2×1 PNG. */
export const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMDAAAAK/gH/Vq1HZAAAAABJRU5ErkJggg==', 'base64'));

/** A reference template made in Word's way: Georgia, dark red headings, 12 pt text. */
export async function templateDocx(): Promise<Uint8Array> {
  const docx = await import('docx');
  const document = new docx.Document({
    styles: {
      default: {
        document: { run: { font: 'Georgia', size: 24, color: '222222' } },
        heading1: { run: { font: 'Georgia', size: 40, color: '8B0000', bold: true } },
        heading2: { run: { font: 'Georgia', size: 30, color: '8B0000', bold: false } },
      },
    },
    sections: [{ children: [new docx.Paragraph('Malen. Innholdet brukes ikke.')] }],
  });
  return new Uint8Array(await docx.Packer.toBuffer(document));
}
