/**
 * Where a picture in Markdown (`![Modellen](bilder/modell.png)`) lives: a path
 * relative to the file the text is in, or from the repository's root when it
 * starts with `/`. Documents embed pictures from the repository only; one on
 * the web or outside the repository is never fetched, and `hf validate` reports
 * it, as it reports a picture that is missing or of a kind documents cannot hold.
 */

/** The picture formats every output (Markdown, HTML, Word, PDF) can hold. */
export const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'gif'] as const;

export type ImageTarget =
  /** A file in the repository (repository-relative path, forward slashes). */
  | { kind: 'file'; path: string }
  /** A web address, or a path that leads out of the repository. */
  | { kind: 'outside' }
  /** Nothing to look up (an empty target or a fragment). */
  | { kind: 'none' };

/** The repository path of `src` in a text of a file in the folder `base` (`plans/2025-2027`). */
export function resolveImage(base: string, src: string): ImageTarget {
  let target = src.trim();
  if (target === '' || target.startsWith('#')) return { kind: 'none' };
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//') || target.startsWith('\\')) return { kind: 'outside' };
  target = target.replace(/[?#].*$/, '');
  try {
    target = decodeURI(target);
  } catch {
    // A stray % is taken as written.
  }
  const parts: string[] = [];
  const start = target.startsWith('/') ? [] : base.split('/').filter(Boolean);
  for (const part of [...start, ...target.split(/[\\/]/)]) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return { kind: 'outside' };
      parts.pop();
    } else {
      parts.push(part);
    }
  }
  return parts.length ? { kind: 'file', path: parts.join('/') } : { kind: 'none' };
}

/** True when the path names a picture format documents can hold (by its extension). */
export function isImageFormat(path: string): boolean {
  const ext = /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase();
  return !!ext && (IMAGE_EXTENSIONS as readonly string[]).includes(ext);
}

/** The folder of a repository path: `plans/2025-2027` for `plans/2025-2027/rop.md`. */
export function folderOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}
