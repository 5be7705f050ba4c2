/** What a command needs from the outside world, passed in so commands stay testable. */
import type { Writable } from 'node:stream';
import type { Colors } from '../../diagnostics/format.js';
import { NO_COLORS } from '../../diagnostics/format.js';
import { isLang, type Lang } from '../../i18n/lang.js';

export interface CommandContext {
  cwd: string;
  /** `--lang` when given; otherwise the repository's language decides. */
  lang?: Lang;
  debug: boolean;
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /** The current time; `HF_NOW` (yyyy-mm-dd or ISO time) overrides it for reproducible runs. */
  now: Date;
}

let osloDate: Intl.DateTimeFormat | undefined;

/**
 * Today's date (yyyy-mm-dd) in Norway, where the partnership's meetings are.
 * Norway is one or two hours ahead of UTC, so the date there is the UTC date
 * until 22:00 UTC and the next one from 23:00 UTC; only the hour between depends
 * on summer time, and only then is the time zone database asked (loading it costs
 * more than the rest of a small command).
 */
export function todayOf(now: Date): string {
  const hour = now.getUTCHours();
  if (hour < 22) return now.toISOString().slice(0, 10);
  if (hour >= 23) return new Date(now.getTime() + 3_600_000).toISOString().slice(0, 10);
  osloDate ??= new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });
  return osloDate.format(now);
}

/** The language `HF_LANG` asks for, if it names one hf speaks. */
export function envLang(env: NodeJS.ProcessEnv): Lang | undefined {
  return isLang(env.HF_LANG) ? env.HF_LANG : undefined;
}

/** Resolves the clock: `HF_NOW` if set, else the real time. */
export function clockFrom(env: NodeJS.ProcessEnv): Date {
  const fixed = env.HF_NOW;
  if (fixed) {
    const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(fixed) ? `${fixed}T12:00:00Z` : fixed);
    if (!Number.isNaN(d.getTime())) return d;
  }
  return new Date();
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function wantsColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return !!stream.isTTY && env.TERM !== 'dumb';
}

/** Colour functions for a stream: chalk when colour is wanted, identity otherwise. */
export async function colorsFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): Promise<Colors> {
  if (!wantsColor(stream, env)) return NO_COLORS;
  const { Chalk } = await import('chalk');
  const c = new Chalk({ level: 1 });
  return { red: c.red, yellow: c.yellow, dim: c.dim, bold: c.bold, underline: c.underline };
}

/** An error the user can fix (bad arguments, no repository): a short message and exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}
