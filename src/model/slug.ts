/**
 * Names made from titles: lower case, æ ø å as ae o a, accents dropped, every
 * other run of characters a single dash. Used for case file names, the default
 * names of written documents and calendar identifiers.
 */

export interface SlugOptions {
  /** What an empty result becomes. */
  fallback: string;
  /** Characters kept besides a–z and 0–9 (only `.` is used). */
  keepDot?: boolean;
  /** Longest result; a longer one is cut at a dash in its second half where there is one. */
  max?: number;
}

export function slug(text: string, options: SlugOptions): string {
  const ascii = text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(options.keepDot ? /[^a-z0-9.]+/g : /[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const max = options.max;
  if (max === undefined || ascii.length <= max) return ascii || options.fallback;
  const cut = ascii.slice(0, max);
  const dash = cut.lastIndexOf('-');
  return (dash > max / 2 ? cut.slice(0, dash) : cut).replace(/-+$/g, '');
}
