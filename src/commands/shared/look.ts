/**
 * Reading a partnership's look (`profil:` in hf.yaml) from the repository: the
 * logo's bytes and the styles of its Word template. A file that is missing or
 * is not what it should be is a usage error naming it: a document should not
 * silently come out in the wrong look.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { translator, type Catalogue, type Lang } from '../../i18n/lang.js';
import type { Look } from '../../model/types.js';
import { imageSize, themeFromStyles, type DocumentLook } from '../../render/look.js';
import { UsageError } from './context.js';
import { isInside } from '../../repo/read.js';

const messages = {
  unreadable: { nb: '`{file}` (profil.{key} i hf.yaml) kunne ikke leses: {reason}', en: '`{file}` (profil.{key} in hf.yaml) could not be read: {reason}' },
  notImage: { nb: '`{file}` (profil.logo i hf.yaml) er ikke en PNG- eller JPEG-fil', en: '`{file}` (profil.logo in hf.yaml) is not a PNG or JPEG file' },
  notTemplate: { nb: '`{file}` (profil.word_mal i hf.yaml) er ikke et Word-dokument (.docx) med stiler', en: '`{file}` (profil.word_mal in hf.yaml) is not a Word document (.docx) with styles' },
  outside: { nb: '`{file}` (profil.{key} i hf.yaml) ligger utenfor repoet', en: '`{file}` (profil.{key} in hf.yaml) is outside the repository' },
  hint: { nb: 'Stien regnes fra roten av repoet (der hf.yaml ligger). Fjern linjen for å bruke hf sitt utseende.', en: 'The path is relative to the repository root (where hf.yaml is). Remove the line to use hf’s own look.' },
} satisfies Catalogue;

/** The look of the documents: the logo and template named in hf.yaml, read; the empty look when none is named. */
export async function loadLook(root: string, look: Look | undefined, lang: Lang): Promise<DocumentLook> {
  if (!look) return {};
  const m = translator(messages, lang);
  const read = (file: string, key: string): Uint8Array => {
    const abs = resolve(root, file);
    const rel = relative(root, abs);
    // Also through a link: a logo or template from outside the repository is never read.
    if (rel.startsWith('..') || isAbsolute(rel) || (existsSync(abs) && !isInside(root, rel))) throw new UsageError(m('outside', { file, key }), m('hint'));
    try {
      return new Uint8Array(readFileSync(abs));
    } catch (error) {
      throw new UsageError(m('unreadable', { file, key, reason: (error as NodeJS.ErrnoException).code ?? String(error) }), m('hint'));
    }
  };
  const out: DocumentLook = {};
  if (look.logo) {
    const bytes = read(look.logo, 'logo');
    const size = imageSize(bytes);
    if (!size || size.width === 0 || size.height === 0) throw new UsageError(m('notImage', { file: look.logo }), m('hint'));
    out.logo = { ...size, bytes };
  }
  if (look.wordTemplate) {
    const bytes = read(look.wordTemplate, 'word_mal');
    const { unzipSync, strFromU8 } = await import('fflate');
    let styles: string | undefined;
    try {
      const files = unzipSync(bytes, { filter: (f) => f.name === 'word/styles.xml' });
      styles = files['word/styles.xml'] ? strFromU8(files['word/styles.xml']) : undefined;
    } catch {
      styles = undefined;
    }
    if (!styles || !styles.includes('<w:styles')) throw new UsageError(m('notTemplate', { file: look.wordTemplate }), m('hint'));
    out.wordStyles = styles;
    out.theme = themeFromStyles(styles);
  }
  return out;
}
