/**
 * `hf minutes correct <body> <date> --text "<text>"`: records a correction to approved
 * minutes (`rettelser`: the date, the text, and the digest of the parts that
 * changed since approval or the last correction), so the rule
 * `minutes-approved` accepts the change and the minutes show the correction.
 */
import { correctionDigest, expectedDigest, MEETING_PART, minutesDigest } from '../model/approval.js';
import { translator, type Catalogue } from '../i18n/lang.js';
import { withCorrection } from '../repo/meeting-edit.js';
import { todayOf, UsageError, type CommandContext } from '../cli/context.js';
import { checkDate } from './documents.js';
import { meetingForEdit, writeMeeting } from './minutes-approve.js';
import { refuseNationalIds } from './pii-guard.js';
import { out } from './support.js';

export interface CorrectOptions {
  /** What was corrected, as the minutes show it. */
  text?: string;
  date?: string;
  dryRun?: boolean;
  json?: boolean;
}

const messages = {
  notApproved: { nb: 'Referatet fra {body} {date} er ikke godkjent, så det er ingenting å rette', en: 'The minutes of {body} {date} are not approved, so there is nothing to correct' },
  notApprovedHint: { nb: 'Før godkjenning kan sakene og møtefilen endres fritt.', en: 'Before approval the cases and the meeting file can be changed freely.' },
  emptyText: { nb: 'Rettelsen trenger en tekst som sier hva som ble rettet', en: 'The correction needs a text saying what was corrected' },
  emptyTextHint: { nb: 'For eksempel --text "Konklusjonen i sak 2024.16 er rettet."', en: 'For example --text "The conclusion of case 2024.16 is corrected."' },
  nothing: { nb: 'Ingenting i referatet fra {body} {date} er endret siden det ble godkjent', en: 'Nothing in the minutes of {body} {date} has changed since they were approved' },
  nothingHint: { nb: 'Gjør endringen i saks- eller møtefilen først, og før den så inn med denne kommandoen.', en: 'Make the change in the case or meeting file first, then record it with this command.' },
  recorded: { nb: 'Rettelsen er ført inn i {path}: {parts}', en: 'The correction is recorded in {path}: {parts}' },
  wouldRecord: { nb: 'Ville ført inn rettelsen i {path}: {parts}', en: 'Would record the correction in {path}: {parts}' },
  meeting: { nb: 'møtet', en: 'the meeting' },
  case: { nb: 'sak {part}', en: 'case {part}' },
  dryRunNote: { nb: '(prøvekjøring: ingenting er skrevet)', en: '(dry run: nothing was written)' },
} satisfies Catalogue;

export async function run(bodyArg: string, dateArg: string, options: CorrectOptions, ctx: CommandContext): Promise<number> {
  const text = options.text ?? '';
  const target = await meetingForEdit(ctx, bodyArg, dateArg, { nb: 'rettes', en: 'corrected' });
  const { open, body, date, meeting } = target;
  const { lang, index } = open;
  const t = translator(messages, lang);
  const vars = { body: body.code, date };
  if (!meeting.approval) throw new UsageError(t('notApproved', vars), t('notApprovedHint'));
  if (!text.trim()) throw new UsageError(t('emptyText'), t('emptyTextHint'));
  refuseNationalIds([{ target: meeting.file, text }], lang);
  const agenda = index.agenda(body.code, date);
  const digest = correctionDigest(expectedDigest(meeting.approval, meeting.corrections), minutesDigest(meeting, agenda));
  if (!Object.keys(digest).length) throw new UsageError(t('nothing', vars), t('nothingHint'));
  const day = options.date ? checkDate(options.date, lang) : todayOf(ctx.now);
  const earlier = meeting.corrections.map((c) => ({ date: c.date, text: c.text, digest: c.digest }));
  const after = withCorrection(target.text, { date: day, text: text.trim(), digest }, earlier);
  if (!options.dryRun) writeMeeting(open.root, target, after, `hf minutes correct ${body.code} ${date}`, lang);
  if (options.json) {
    out(ctx, JSON.stringify({ organ: body.code, dato: date, path: meeting.file, dryRun: !!options.dryRun, rettelse: { dato: day, tekst: text.trim(), sjekksum: digest } }, null, 2));
    return 0;
  }
  const parts = Object.keys(digest).map((p) => (p === MEETING_PART ? t('meeting') : t('case', { part: p }))).join(', ');
  out(ctx, t(options.dryRun ? 'wouldRecord' : 'recorded', { path: meeting.file, parts }));
  if (options.dryRun) out(ctx, t('dryRunNote'));
  return 0;
}
