/**
 * The questions `hf new-case` asks in a terminal when options are missing:
 * the body (a choice), the title, the case types (a checklist from hf.yaml) and
 * the meeting (a choice of the body's upcoming meetings, the queue, or a new meeting).
 * `@inquirer/prompts` is loaded only here, only when a question is asked.
 */
import type { Config } from '../../model/types.js';
import { translator, type Catalogue, type Lang } from '../../i18n/lang.js';
import { meetingDates } from '../../repo/config-only.js';
import type { CommandContext } from '../shared/context.js';
import { readDate } from '../shared/date-arg.js';

export interface CaseAnswers {
  organ?: string;
  title?: string;
  types: string[];
  meeting?: string;
  responsible: string[];
  /** Chosen in the terminal: the case waits in the queue without a number. */
  queue?: boolean;
  /** Chosen in the terminal: a meeting to make first (with its standing items), on this date. */
  newMeeting?: string;
}

const messages: Catalogue<'body' | 'title' | 'titleRequired' | 'types' | 'meeting' | 'queue' | 'newMeeting' | 'newMeetingDate' | 'badDate' | 'responsible'> = {
  body: { nb: 'Hvilket organ skal behandle saken?', en: 'Which body will treat the case?' },
  title: { nb: 'Tittel', en: 'Title' },
  titleRequired: { nb: 'Saken må ha en tittel', en: 'The case needs a title' },
  types: { nb: 'Sakstype (mellomrom velger, enter går videre)', en: 'Case type (space selects, enter continues)' },
  meeting: { nb: 'Hvilket møte skal saken til?', en: 'Which meeting is the case for?' },
  queue: { nb: 'I køen: nummereres når den settes på et møte (hf schedule)', en: 'In the queue: numbered when it is put on a meeting (hf schedule)' },
  newMeeting: { nb: 'Et nytt møte …', en: 'A new meeting …' },
  newMeetingDate: { nb: 'Datoen for det nye møtet (for eksempel 28.11.2024)', en: 'The date of the new meeting (for example 28.11.2024)' },
  badDate: { nb: 'Skriv en dato som finnes, for eksempel 28.11.2024 eller 2024-11-28', en: 'Give a date that exists, for example 28.11.2024 or 2024-11-28' },
  responsible: { nb: 'Ansvar (hvem legger frem saken; skill med komma, kan stå tomt)', en: 'Responsible (who presents the case; separate with commas, may be empty)' },
};

/** Asks for every answer that is still missing; given ones are kept as they are. */
export async function askForCase(
  given: CaseAnswers,
  config: Config,
  root: string,
  today: string,
  queue: boolean,
  lang: Lang,
  ctx: CommandContext,
): Promise<CaseAnswers> {
  const { select, input, checkbox } = await import('@inquirer/prompts');
  const m = translator(messages, lang);
  const io = { input: ctx.stdin, output: ctx.stdout };
  const answers: CaseAnswers = { ...given, types: [...given.types], responsible: [...given.responsible] };
  if (!answers.organ) {
    answers.organ = await select(
      { message: m('body'), choices: config.bodies.map((b) => ({ value: b.code, name: `${b.code} — ${b.name}` })), pageSize: 12 },
      io,
    );
  }
  if (!answers.title) {
    answers.title = (await input({ message: m('title'), required: true, validate: (v) => v.trim() !== '' || m('titleRequired') }, io)).trim();
  }
  if (answers.types.length === 0 && config.caseTypes.length) {
    answers.types = await checkbox({ message: m('types'), choices: config.caseTypes.map((t) => ({ value: t, name: t })) }, io);
  }
  if (!answers.meeting && !queue) {
    // A number follows agenda order, so a case gets one only with its meeting: an
    // upcoming one, a new one, or later from the queue (the choice when none is coming).
    const upcoming = meetingDates(root, answers.organ).filter((d) => d >= today);
    const QUEUE = ' queue';
    const NEW = ' new';
    const chosen = await select(
      {
        message: m('meeting'),
        choices: [...upcoming.map((d) => ({ value: d, name: `${d} (${longDate(d, lang)})` })), { value: QUEUE, name: m('queue') }, { value: NEW, name: m('newMeeting') }],
        default: upcoming[0] ?? QUEUE,
      },
      io,
    );
    if (chosen === QUEUE) answers.queue = true;
    else if (chosen === NEW) {
      const date = await input({ message: m('newMeetingDate'), required: true, validate: (v) => { const r = readDate(v); return (!!r && 'date' in r) || m('badDate'); } }, io);
      const read = readDate(date);
      if (read && 'date' in read) answers.newMeeting = read.date;
    } else answers.meeting = chosen;
  }
  if (answers.responsible.length === 0) {
    const text = await input({ message: m('responsible') }, io);
    answers.responsible = text
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }
  return answers;
}

function longDate(date: string, lang: Lang): string {
  const locale = lang === 'en' ? 'en-GB' : 'nb-NO';
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}
