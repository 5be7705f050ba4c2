/** Languages hf speaks. `nn` documents fall back to bokmål messages where no nynorsk text exists. */
export type Lang = 'nb' | 'nn' | 'en';

export const LANGS: readonly Lang[] = ['nb', 'nn', 'en'];

/** A text in each message language; `nn` is optional and falls back to `nb`. */
export interface Localized {
  nb: string;
  en: string;
  nn?: string;
}

export function isLang(value: unknown): value is Lang {
  return value === 'nb' || value === 'nn' || value === 'en';
}

/** Picks the text for `lang`, falling back from nynorsk to bokmål. */
export function pick(text: Localized, lang: Lang): string {
  if (lang === 'en') return text.en;
  if (lang === 'nn') return text.nn ?? text.nb;
  return text.nb;
}

/**
 * Fills `{name}` placeholders from `data`. Unknown placeholders are left as they
 * are, so a missing value shows up in review instead of printing "undefined".
 */
export function interpolate(template: string, data: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(data, key) ? String(data[key]) : whole,
  );
}

/** `pick` and `interpolate` in one step. */
export function t(text: Localized, lang: Lang, data?: Record<string, unknown>): string {
  return interpolate(pick(text, lang), data);
}

/** A catalogue of messages by id, as commands and rules define them. */
export type Catalogue<K extends string = string> = Record<K, Localized>;

/** Returns a translator bound to one catalogue and language. */
export function translator<K extends string>(catalogue: Catalogue<K>, lang: Lang) {
  return (id: K, data?: Record<string, unknown>): string => t(catalogue[id], lang, data);
}
