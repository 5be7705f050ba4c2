/**
 * What the authoring commands (new-case, new-meeting, queue, schedule,
 * renumber) share: reading hf.yaml without the rest of the repository, checking
 * a body code and a date, and their common messages.
 */
import { parseDateArg } from './date-arg.js';
import type { Body, Config } from '../../model/types.js';
import { translator, type Catalogue, type Lang } from '../../i18n/lang.js';
import { loadConfigOnly } from '../../repo/config-only.js';
import { UsageError, type CommandContext } from './context.js';
import { languageOf, repositoryRoot } from './support.js';

export const authoringMessages: Catalogue<
  'configBroken' | 'configBrokenHint' | 'unknownBody' | 'unknownBodyHint' | 'noMeeting' | 'noMeetingHint'
> = {
  configBroken: { nb: 'hf.yaml har feil ({file}:{line}:{column}), så hf vet ikke hvilke organer som finnes', en: 'hf.yaml has errors ({file}:{line}:{column}), so hf does not know the bodies' },
  configBrokenHint: { nb: 'Kjør `hf validate` og rett feilene i hf.yaml.', en: 'Run `hf validate` and fix the errors in hf.yaml.' },
  unknownBody: { nb: 'Organet `{body}` finnes ikke i hf.yaml', en: 'The body `{body}` is not in hf.yaml' },
  unknownBodyHint: { nb: 'Organene er: {bodies}.', en: 'The bodies are: {bodies}.' },
  noMeeting: { nb: '{body} har ikke noe møte {date} ({path} finnes ikke)', en: '{body} has no meeting on {date} ({path} does not exist)' },
  noMeetingHint: { nb: 'Opprett møtet først: `hf new-meeting {body} {date}`.', en: 'Create the meeting first: `hf new-meeting {body} {date}`.' },
};

export interface ConfigContext {
  root: string;
  config: Config;
  lang: Lang;
}

/** The repository root and hf.yaml, without reading any other file. */
export function openConfig(ctx: CommandContext): ConfigContext {
  const root = repositoryRoot(ctx);
  const { config, findings } = loadConfigOnly(root);
  const lang = languageOf(ctx, findings.length ? undefined : config);
  if (findings.length) {
    const m = translator(authoringMessages, lang);
    const f = findings[0]!;
    throw new UsageError(m('configBroken', { file: f.file, line: f.line, column: f.column }), m('configBrokenHint'));
  }
  return { root, config, lang };
}

/** The body with this code (any case), or a usage error listing the bodies. */
export function requireBody(config: Config, code: string, lang: Lang): Body {
  const body = config.bodies.find((b) => b.code === code.trim().toUpperCase());
  if (body) return body;
  const m = translator(authoringMessages, lang);
  throw new UsageError(m('unknownBody', { body: code }), m('unknownBodyHint', { bodies: config.bodies.map((b) => b.code).join(', ') }));
}

/** A date as typed (26.09.2024, 26.09.24, 2024-09-26) as `yyyy-mm-dd`, or a usage error. */
export function requireDate(text: string, lang: Lang): string {
  return parseDateArg(text, lang);
}

/** Values of a repeatable option; with `commas`, also comma-separated lists (`--type Orientering,Diskusjon`). */
export function listOption(values: readonly string[] | string | undefined, commas = false): string[] {
  const list = typeof values === 'string' ? [values] : values ?? [];
  return list
    .flatMap((v) => (commas ? v.split(',') : [v]))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** True when hf may ask questions: both standard input and output are terminals. */
export function interactive(ctx: CommandContext): boolean {
  return !!ctx.stdin.isTTY && !!ctx.stdout.isTTY;
}
