/** `hf calendar [--body] [-o file.ics]`: the meeting plan as an iCalendar file, with the bodies' deadlines (`frister`) as reminders. */
import { resolve } from 'node:path';
import { translator, type Catalogue } from '../../i18n/lang.js';
import { deadlinesOf, meetingDeadlines } from '../../model/deadlines.js';
import { renderCalendar } from '../../render/calendar.js';
import { FileExistsError, writeAtomicAbs } from '../../repo/write.js';
import { todayOf, UsageError, type CommandContext } from '../shared/context.js';
import { hfVersion } from '../shared/version.js';
import { warnUnreadable } from '../shared/records.js';
import { parseDateArg } from '../shared/date-arg.js';
import { err, openRepository } from '../shared/support.js';

export interface CalendarOptions {
  body?: string;
  from?: string;
  output?: string;
  force?: boolean;
}

const m = {
  unknownBody: { nb: 'Organet `{body}` finnes ikke i hf.yaml', en: 'The body `{body}` is not in hf.yaml' },
  knownBodies: { nb: 'Organene er: {bodies}.', en: 'The bodies are: {bodies}.' },
  exists: { nb: 'Filen {file} finnes fra før og blir ikke overskrevet', en: 'The file {file} exists and is not overwritten' },
  existsHint: { nb: 'Legg til --force for å erstatte den.', en: 'Add --force to replace it.' },
  written: { nb: 'Skrev {count} møter til {file}.', en: 'Wrote {count} meetings to {file}.' },
} satisfies Catalogue;

export async function run(options: CalendarOptions, ctx: CommandContext): Promise<number> {
  const open = await openRepository(ctx);
  const t = translator(m, open.lang);
  warnUnreadable(open, ctx);
  let meetings = open.repo.meetings;
  if (options.body !== undefined) {
    const body = open.index.body(options.body);
    if (!body) throw new UsageError(t('unknownBody', { body: options.body }), t('knownBodies', { bodies: [...open.index.bodies.keys()].join(', ') }));
    meetings = meetings.filter((x) => x.body === body.code);
  }
  if (options.from !== undefined) {
    const from = parseDateArg(options.from, open.lang);
    meetings = meetings.filter((x) => x.date >= from);
  }
  const text = renderCalendar({
    config: open.repo.config,
    meetings,
    agenda: (x) => open.index.agenda(x.body, x.date),
    now: ctx.now,
    lang: open.lang,
    version: hfVersion(),
    deadlines: meetings.flatMap((x) => meetingDeadlines(x, deadlinesOf(open.index.body(x.body), open.repo.mandates), todayOf(ctx.now))),
  });
  if (!options.output || options.output === '-') {
    ctx.stdout.write(text);
    return 0;
  }
  const file = resolve(ctx.cwd, options.output);
  try {
    writeAtomicAbs(file, text, { overwrite: !!options.force });
  } catch (error) {
    if (error instanceof FileExistsError) throw new UsageError(t('exists', { file: options.output }), t('existsHint'));
    throw error;
  }
  err(ctx, t('written', { count: meetings.length, file: options.output }));
  return 0;
}
