/**
 * Planning `hf paper import`: a case paper written in Word becomes the
 * Markdown body of the case file — headings from `##` down, lists (numbered
 * too), tables, links, emphasis — and its pictures become files beside the case
 * (`cases/ssu/2024/2024.30-bilde-1.png`), referenced from the text. The
 * frontmatter is kept byte for byte. Nothing is written here.
 *
 * A Word file that hf made itself (`hf paper … -o sak.docx`) and someone
 * edited comes back without what hf puts around the text: the header table
 * (Saksnr, Møteorgan …) and the title.
 */
import type { Case } from '../model/types.js';
import { toMarkdown } from '../docx/markdown.js';
import type { DocxPackage } from '../docx/package.js';
import { paragraphText, readBlocks, type DocBlock } from '../docx/read.js';
import { documentLabels } from '../render/labels.js';
import { encodeRaw, rawFrontmatter, readRaw } from '../repo/edit.js';
import type { FileChange } from '../repo/transaction.js';
import type { DiffFile } from '../repo/diff.js';

export interface PaperImportInput {
  pkg: DocxPackage;
  target: Case;
  /** The case file's bytes on disk. */
  caseBytes: Uint8Array;
  /** `bilde` or `image`: the word in the pictures' file names. */
  imageWord: string;
  /** The bytes of a repository file, undefined when it does not exist. */
  read(path: string): Uint8Array | undefined;
}

export interface PlannedImage {
  path: string;
  bytes: Uint8Array;
  /** A file of that name exists with other content. */
  replaces: boolean;
}

export interface PaperImportPlan {
  /** The new Markdown body. */
  markdown: string;
  /** Whether the case already has a text beyond empty headings (replacing it needs --force or a yes). */
  hasText: boolean;
  /** Whether the body would change at all. */
  changed: boolean;
  images: PlannedImage[];
  /** The case file and every picture that is new or different. */
  changes: FileChange[];
  diff: DiffFile;
  /** Set when the case file's frontmatter cannot be read: nothing is planned. */
  unreadable?: true;
}

const KNOWN_EXTENSIONS = new Set(['png', 'jpg', 'jpeg', 'gif', 'bmp', 'tif', 'tiff', 'svg', 'webp', 'emf', 'wmf']);

export function planPaperImport(input: PaperImportInput): PaperImportPlan {
  const { pkg, target } = input;
  const raw = readRaw(input.caseBytes);
  const fm = raw ? rawFrontmatter(raw.text) : undefined;
  const folder = target.file.slice(0, target.file.lastIndexOf('/'));
  const stem = target.file.slice(folder.length + 1).replace(/\.md$/, '').replace(/^(\d{4}\.\d+).*$/, '$1');
  if (!raw || !fm) {
    return { markdown: '', hasText: true, changed: false, images: [], changes: [], diff: { from: target.file, to: target.file }, unreadable: true };
  }

  const images: PlannedImage[] = [];
  const byPart = new Map<string, string>();
  const blocks = withoutHfFrame(readBlocks(pkg, pkg.body.children), target.title);
  const markdown = toMarkdown(blocks, {
    // The text's headings start at `##`; the paper's own title, if it has one, is its `#` heading.
    topHeading: 2,
    titleAsHeading: true,
    image: (img) => {
      const known = byPart.get(img.part);
      if (known) return known;
      const bytes = pkg.part(img.part);
      if (!bytes) return undefined;
      const ext = (/\.([A-Za-z0-9]+)$/.exec(img.part)?.[1] ?? 'bin').toLowerCase();
      const name = `${stem}-${input.imageWord}-${images.length + 1}.${KNOWN_EXTENSIONS.has(ext) ? ext : 'bin'}`;
      const path = `${folder}/${name}`;
      const existing = input.read(path);
      images.push({ path, bytes, replaces: !!existing && !Buffer.from(existing).equals(Buffer.from(bytes)) });
      byPart.set(img.part, name);
      return name;
    },
  });

  const head = raw.text.slice(0, fm.bodyOffset);
  const oldBody = raw.text.slice(fm.bodyOffset);
  const newBody = (markdown ? `${markdown}\n` : '').replace(/\n/g, raw.eol);
  const after = head + newBody;
  const changes: FileChange[] = [];
  const changed = after !== raw.text;
  if (changed) changes.push({ from: target.file, to: target.file, before: input.caseBytes, after: encodeRaw(raw, after) });
  for (const img of images) {
    const existing = input.read(img.path);
    if (!existing) changes.push({ to: img.path, after: img.bytes });
    else if (img.replaces) changes.push({ from: img.path, to: img.path, before: existing, after: img.bytes });
  }
  return {
    markdown,
    hasText: hasText(oldBody),
    changed,
    images,
    changes,
    diff: { from: target.file, to: target.file, before: raw.text, after },
  };
}

/** A body with nothing but headings (the template `## Bakgrunn`, `## Forslag til vedtak`) and white space has no text yet. */
function hasText(body: string): boolean {
  return body.split(/\r?\n/).some((line) => line.trim() !== '' && !/^#{1,6}(\s|$)/.test(line.trim()));
}

/**
 * Leaves out hf's own frame of a case paper: the header table, and the title when
 * it is the case's title. A first heading of the top level that is the only one
 * of its level and not the case's title is the paper's own title (as `hf paper`
 * prints a text that opens with `# …`): it stays, as the text's `#` heading.
 */
function withoutHfFrame(blocks: DocBlock[], title: string): DocBlock[] {
  const out = [...blocks];
  const headerLabels = new Set([documentLabels.paperNumber.nb, documentLabels.paperNumber.en, documentLabels.paperBody.nb, documentLabels.paperBody.en]);
  const first = out[0];
  if (first?.type === 'table' && first.rows[0]?.some((cell) => cell.some((p) => headerLabels.has(paragraphText(p).trim())))) out.shift();
  const next = out.findIndex((b) => b.type === 'table' || paragraphText(b).trim() !== '');
  const candidate = out[next];
  if (candidate?.type !== 'paragraph' || candidate.heading === undefined) return out;
  if (same(paragraphText(candidate), title)) {
    out.splice(next, 1);
    return out;
  }
  // The paper's own title: Word's Title style, or a heading alone at the top level above the sections.
  const levels = out.flatMap((b) => (b.type === 'paragraph' && b.heading !== undefined ? [b.heading] : []));
  const top = Math.min(...levels);
  if (candidate.heading === top && levels.filter((l) => l === top).length === 1 && (top === 0 || levels.length > 1)) out[next] = { ...candidate, heading: 0 };
  return out;
}

function same(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  return norm(a) === norm(b);
}
