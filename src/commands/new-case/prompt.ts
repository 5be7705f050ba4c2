/**
 * The questions `hf new-case` asks in a terminal when options are missing:
 * the body (a choice), the title, the case types (a checklist from hf.yaml) and
 * the meeting (a choice of the body's upcoming meetings, or none yet).
 * `@inquirer/prompts` is loaded only here, only when a question is asked.
 */
import type { Config } from '../../model/types.js';
import { translator, type Catalogue, type Lang } from '../../i18n/lang.js';
import { meetingDates } from '../../repo/config-only.js';
import type { CommandContext } from '../shared/context.js';

export interface CaseAnswers {
  organ?: string;
  title?: string;
  types: string[];
  meeting?: string;
  responsible: string[];
}

const messages: Catalogue<'body' | 'title' | 'titleRequired' | 'types' | 'meeting' | 'noMeeting' | 'responsible'> = {
  body: { nb: 'Hvilket organ skal behandle saken?', en: 'Which body will treat the case?' },
  title: { nb: 'Tittel', en: 'Title' },
  titleRequired: { nb: 'Saken må ha en tittel', en: 'The case needs a title' },
  types: { nb: 'Sakstype (mellomrom velger, enter går videre)', en: 'Case type (space selects, enter continues)' },
  meeting: { nb: 'Hvilket møte skal saken til?', en: 'Which meeting is the case for?' },
  noMeeting: { nb: 'Ikke bestemt ennå (nummer for {year})', en: 'Not decided yet (number for {year})' },
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
    const upcoming = meetingDates(root, answers.organ).filter((d) => d >= today);
    if (upcoming.length) {
      const none = '';
      const chosen = await select(
        {
          message: m('meeting'),
          choices: [...upcoming.map((d) => ({ value: d, name: `${d} (${longDate(d, lang)})` })), { value: none, name: m('noMeeting', { year: today.slice(0, 4) }) }],
        },
        io,
      );
      if (chosen) answers.meeting = chosen;
    }
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
