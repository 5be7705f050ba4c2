import { folderOf, isImageFormat, resolveImage } from '../model/images.js';
import type { Located } from '../repo/load-file.js';
import { defineRule } from './rule.js';
import { lines } from './fixture.js';

/** A PNG of one pixel, for the examples. */
const PIXEL = { base64: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==' };
const ROW = 'plans/2025/vitality.md';

export default defineRule({
  meta: {
    id: 'image-exists',
    severity: 'error',
    scope: 'repository',
    description: {
      nb: 'Et bilde i Markdown (`![Modellen](bilder/modell.png)`) er en PNG-, JPEG- eller GIF-fil i repoet, med sti fra filen teksten står i (eller fra roten når stien begynner med /). Dokumentene tar bildet med i seg selv; et bilde på nettet eller utenfor repoet hentes aldri.',
      en: 'A picture in Markdown (`![Model](bilder/modell.png)`) is a PNG, JPEG or GIF file in the repository, its path taken from the file the text is in (or from the root when it starts with /). Documents carry the picture inside them; a picture on the web or outside the repository is never fetched.',
    },
    messages: {
      missing: { nb: 'Bildet `{src}` finnes ikke ({path})', en: 'The picture `{src}` does not exist ({path})' },
      outside: { nb: 'Bildet `{src}` ligger ikke i repoet, og dokumentene henter ikke noe utenfra', en: 'The picture `{src}` is not in the repository, and documents fetch nothing from outside' },
      format: { nb: 'Bildet `{src}` er ikke PNG, JPEG eller GIF', en: 'The picture `{src}` is not PNG, JPEG or GIF' },
    },
    hints: {
      missing: { nb: 'Stien regnes fra mappen filen ligger i ({folder}/); rett stien, eller legg bildet der.', en: 'The path is taken from the folder of the file ({folder}/); correct it, or put the picture there.' },
      outside: { nb: 'Lagre bildet i repoet (for eksempel i en mappe bilder/ ved siden av filen) og vis til det med en relativ sti.', en: 'Save the picture in the repository (for example in a folder bilder/ beside the file) and refer to it by a relative path.' },
      format: { nb: 'Lagre bildet som PNG eller JPEG.', en: 'Save the picture as PNG or JPEG.' },
    },
    examples: {
      valid: [
        {
          name: 'A picture beside the plan row, and one from the root',
          files: {
            [ROW]: lines('---', 'type: satsning', 'område: eldre', 'tittel: Vitality', '---', '![Modellen](bilder/modell.png)', '', '![Logo](/bilder/logo.png)'),
            'plans/2025/bilder/modell.png': PIXEL,
            'bilder/logo.png': PIXEL,
          },
        },
      ],
      invalid: [
        {
          name: 'A missing picture, one on the web, one outside the repository and one in another format',
          files: {
            [ROW]: lines(
              '---',
              'type: satsning',
              'område: eldre',
              'tittel: Vitality',
              'beskrivelse: Se ![kartet](kart.svg)',
              '---',
              'Modellen: ![Modellen](bilder/modell.png)',
              '',
              '![Nett](https://example.org/bilde.png) og ![Utenfor](../../../bilde.png)',
            ),
          },
          expect: [
            { file: ROW, line: 5, column: 14, messageId: 'format' },
            { file: ROW, line: 7, column: 11, messageId: 'missing' },
            { file: ROW, line: 9, column: 1, messageId: 'outside' },
            { file: ROW, line: 9, column: 43, messageId: 'outside' },
          ],
        },
      ],
    },
  },
  check(ctx) {
    for (const file of ctx.repo.files.values()) {
      const facts = file.facts;
      if (!facts?.images && !facts?.fieldImages) continue;
      const folder = folderOf(file.path);
      const check = (src: string, at: () => Located) => {
        const target = resolveImage(folder, src);
        if (target.kind === 'none') return;
        if (target.kind === 'outside') ctx.report({ messageId: 'outside', file: file.path, ...at(), data: { src } });
        else if (!isImageFormat(target.path)) ctx.report({ messageId: 'format', file: file.path, ...at(), data: { src } });
        else if (!ctx.repo.exists(target.path)) ctx.report({ messageId: 'missing', file: file.path, ...at(), data: { src, path: target.path, folder } });
      };
      for (const [src, offset] of facts.images ?? []) check(src, () => ctx.positionAt(file.path, offset));
      for (const [key, src] of facts.fieldImages ?? []) check(src, () => ctx.locate(file.path, [key]));
    }
  },
});
