/**
 * The document model every renderer builds and every output format writes: a
 * notice, a case paper, minutes or the action plan is a Doc of blocks. Markdown,
 * HTML and DOCX writers each turn a Doc into their format, so the documents are
 * defined once. Renderers (model → Doc) are pure: clock, language and the
 * partnership's name come in as parameters.
 *
 * A Doc is shallow: text from the repository enters only through
 * markdownToBlocks (markdown.ts), which keeps its nesting within
 * 2 × MAX_NESTING + 8 levels (src/model/markdown-nesting.ts), and renderers add
 * a few levels of their own. The writers, the sanitiser and the identity-number
 * check walk a Doc recursively and rely on that bound.
 */
import type { Lang } from '../i18n/lang.js';

/** Inline text. Plain strings are literal text: writers escape them for their format. */
export type Inline =
  | string
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'underline'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'break' }
  /** A footnote: its text stands here; writers number the notes in document order and put the text at the foot. */
  | { type: 'footnote'; blocks: Block[] };

/** A picture's bytes, read from the repository when the document is written (src/commands/images.ts). */
export interface ImageData {
  format: 'png' | 'jpg' | 'gif';
  bytes: Uint8Array;
  /** Size in pixels. */
  width: number;
  height: number;
}

export interface TableCell {
  blocks: Block[];
  /** Number of columns the cell spans (default 1). */
  span?: number;
  /** The cell is a form field of a working document (see FieldControl). */
  field?: FieldControl;
  /** A bookmark of this name around the cell's first paragraph (DOCX), which word processors keep when they save. */
  anchor?: string;
}

/**
 * A field someone types into: in DOCX a content control around the cell's
 * content (named by `tag` and `alias`), showing `placeholder` while the cell is
 * empty. Other formats show the cell's content only.
 */
export interface FieldControl {
  tag: string;
  alias: string;
  placeholder: string;
}

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3 | 4; text: Inline[] }
  | { type: 'paragraph'; text: Inline[] }
  | {
      type: 'list';
      ordered: boolean;
      items: Block[][];
      /** The number of the first item of an ordered list (default 1). */
      start?: number;
    }
  | { type: 'quote'; blocks: Block[] }
  | {
      type: 'table';
      /** Column headings; omitted for key–value tables such as a notice header. */
      header?: Inline[][];
      rows: TableCell[][];
      /** Relative column widths, used by HTML and DOCX. */
      widths?: number[];
      /** 'fields' is a label/value table (Til, Tema, Dato/sted …). */
      style?: 'grid' | 'fields';
      /** Rows may break across pages (long rows, such as a case's treatment in the minutes); otherwise a row is kept whole where it fits. */
      breakRows?: boolean;
      /** The table is laid out on landscape pages (a wide matrix such as the action plan), with the heading just before it. */
      landscape?: boolean;
      /**
       * Columns (0-based) that group rows: an empty cell in one of them continues
       * the group of the cell above, and is merged with it where the format can
       * (Word and HTML), so a group reads as one cell.
       */
      groupColumns?: number[];
    }
  | { type: 'rule' }
  | { type: 'pageBreak' }
  | {
      /** A picture from the repository, on a line of its own. */
      type: 'image';
      /** Repository-relative path of the file. */
      src: string;
      /** The description (alt text), shown where the picture cannot be. */
      alt: string;
      /** The picture itself; without it, writers show the description. */
      data?: ImageData;
    };

export interface Doc {
  /** The document's title (HTML <title>, DOCX core properties). */
  title: string;
  lang: Lang;
  /** Shown in the header of HTML and DOCX output. */
  partnership: string;
  blocks: Block[];
  /** Custom document properties (DOCX), which Word and LibreOffice keep when they save the file. */
  properties?: Record<string, string>;
  /** A long document (the action plan, a meeting packet): Word output gets a table of contents after the title. */
  contents?: boolean;
}

/** Shorthands for building documents. */
export const ir = {
  h: (level: 1 | 2 | 3 | 4, ...text: Inline[]): Block => ({ type: 'heading', level, text }),
  p: (...text: Inline[]): Block => ({ type: 'paragraph', text }),
  strong: (...children: Inline[]): Inline => ({ type: 'strong', children }),
  em: (...children: Inline[]): Inline => ({ type: 'em', children }),
  u: (...children: Inline[]): Inline => ({ type: 'underline', children }),
  link: (href: string, ...children: Inline[]): Inline => ({ type: 'link', href, children }),
  ul: (...items: Block[][]): Block => ({ type: 'list', ordered: false, items }),
  cell: (...blocks: Block[]): TableCell => ({ blocks }),
};
