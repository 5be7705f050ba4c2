/** What the document commands (agenda, paper, minutes) share: checking their arguments and warning about unread files. */
import type { RepoIndex } from '../../model/repository.js';
import type { Body } from '../../model/types.js';
import { translator, type Catalogue, type Lang } from '../../i18n/lang.js';
import { UsageError, type CommandContext } from './context.js';
import { forDocuments } from './document-view.js';
import { parseDateArg, readDate } from './date-arg.js';
import { err, openRepository, type OpenRepository } from './support.js';

const messages = {
  unknownBody: { nb: 'Ukjent organ `{body}`', en: 'Unknown body `{body}`' },
  unknownBodyHint: { nb: 'Organene i hf.yaml er {codes}.', en: 'The bodies in hf.yaml are {codes}.' },
  noMeeting: { nb: '{body} har ikke noe møte {date}: verken en møtefil eller saker til møtet', en: '{body} has no meeting on {date}: neither a meeting file nor cases for it' },
  noMeetingHintDates: { nb: 'Møtene i {body} er {dates}.', en: 'The meetings of {body} are {dates}.' },
  noMeetingHintNone: { nb: 'Opprett møtet med `hf new-meeting {body} {date}`.', en: 'Create the meeting with `hf new-meeting {body} {date}`.' },
  unreadable: {
    nb: 'advarsel: {file} kunne ikke leses og er ikke med i dokumentet; `hf validate {file}` viser hvorfor',
    en: 'warning: {file} could not be read and is not in the document; `hf validate {file}` shows why',
  },
} satisfies Catalogue;

export type DocumentMessage = keyof typeof messages;

export function documentMessages(lang: Lang) {
  return translator(messages, lang);
}

/** The body named on the command line (any case: `ssu`, `SSU`), or a usage error listing the bodies. */
export function resolveBody(index: RepoIndex, body: string, lang: Lang): Body {
  const found = index.body(body.trim());
  if (found) return found;
  const m = documentMessages(lang);
  const codes = index.repo.config.bodies.map((b) => b.code).join(', ');
  throw new UsageError(m('unknownBody', { body }), m('unknownBodyHint', { codes }));
}

/** A date from the command line (26.09.2024, 26.09.24, 2024-09-26) as `yyyy-mm-dd`, or a usage error. */
export function checkDate(date: string, lang: Lang): string {
  return parseDateArg(date, lang);
}

/**
 * The repository as the documents of `bodyArg`'s meeting on `dateArg` see it
 * (document-view.ts), with the body and the date checked and the meeting known to
 * exist. Only what those documents need is loaded when the cache allows; a meeting
 * that is not found is looked for in the whole repository, whose meetings the
 * error's hint lists.
 */
export async function openMeeting(ctx: CommandContext, bodyArg: string, dateArg: string, isPublic: boolean | undefined, whole = false): Promise<{ open: OpenRepository; body: Body; date: string }> {
  // `whole`: documents that need more than the meeting (a packet holds earlier minutes and mandates).
  // The date as typed (26.09.24) is read first: the scoped load looks for that meeting's files.
  const read = readDate(dateArg);
  const scopeDate = read && 'date' in read ? read.date : dateArg.trim();
  let open = forDocuments(await openRepository(ctx, whole ? {} : { meeting: { body: bodyArg, date: scopeDate } }), isPublic);
  const body = resolveBody(open.index, bodyArg, open.lang);
  const date = checkDate(dateArg, open.lang);
  if (open.scoped && !hasMeeting(open.index, body, date)) open = forDocuments(await openRepository(ctx), isPublic);
  requireMeeting(open.index, body, date, open.lang);
  return { open, body, date };
}

function hasMeeting(index: RepoIndex, body: Body, date: string): boolean {
  return !!index.findMeeting(body.code, date) || index.agenda(body.code, date).length > 0;
}

/** A usage error unless the body has a meeting file or cases for the date; the hint lists its meetings. */
export function requireMeeting(index: RepoIndex, body: Body, date: string, lang: Lang): void {
  if (hasMeeting(index, body, date)) return;
  const m = documentMessages(lang);
  const dates = index.meetingsOf(body.code).map((x) => x.date);
  const hint = dates.length ? m('noMeetingHintDates', { body: body.code, dates: dates.slice(-8).join(', ') }) : m('noMeetingHintNone', { body: body.code, date });
  throw new UsageError(m('noMeeting', { body: body.code, date }), hint);
}

/**
 * Warns about the body's case and meeting files that could not be read at all
 * (broken YAML, not UTF-8): a notice or minutes made without them would miss a
 * case without anyone noticing.
 */
export function warnUnreadable(open: OpenRepository, body: Body, ctx: CommandContext): void {
  const m = documentMessages(open.lang);
  const folder = body.code.toLowerCase();
  for (const file of open.repo.files.values()) {
    if (file.data) continue;
    if (!file.path.startsWith(`cases/${folder}/`) && !file.path.startsWith(`meetings/${folder}/`)) continue;
    err(ctx, m('unreadable', { file: file.path }));
  }
}
