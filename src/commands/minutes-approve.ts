/**
 * `hf minutes approve <body> <date> --in "<body> <saksnr>" | --by-email <date>`:
 * records in the meeting file that its minutes were approved, in a case of a
 * later meeting (normally its Referat case) or circulated by e-mail, with a
 * digest of every field the minutes print (src/model/approval.ts). From then on
 * the rule `minutes-approved` reports any change that is not recorded as a
 * correction (`hf minutes correct`). Only final minutes can be approved.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { minutesDigest } from '../model/approval.js';
import { formatCaseRef, isValidDate, parseCaseRef } from '../model/case-number.js';
import { isFinished } from '../model/info-items.js';
import type { Body, Meeting } from '../model/types.js';
import { translator, type Catalogue, type Lang } from '../i18n/lang.js';
import { encodeRaw, readRaw, type RawText } from '../repo/edit.js';
import { withApproval } from '../repo/meeting-edit.js';
import { applyChanges, ConflictError } from '../repo/transaction.js';
import { todayOf, UsageError, type CommandContext } from '../cli/context.js';
import { checkDate, resolveBody } from './documents.js';
import { out, openRepository, type OpenRepository } from './support.js';

export interface ApproveOptions {
  in?: string;
  byEmail?: string;
  force?: boolean;
  dryRun?: boolean;
  json?: boolean;
}

export const approvalMessages = {
  noMeetingFile: { nb: '{body} har ingen møtefil for {date} ({path})', en: '{body} has no meeting file for {date} ({path})' },
  noMeetingFileHint: { nb: 'Godkjenningen skrives i møtefilen; opprett den med `hf new-meeting {body} {date}`.', en: 'The approval is written into the meeting file; create it with `hf new-meeting {body} {date}`.' },
  unreadable: { nb: '{file} kan ikke leses, så referatet kan ikke {what}', en: '{file} cannot be read, so the minutes cannot be {what}' },
  unreadableHint: { nb: 'Kjør `hf validate {file}` og rett feilen først.', en: 'Run `hf validate {file}` and fix the error first.' },
  conflict: { nb: '{path} ble endret mens hf arbeidet; ingenting er skrevet', en: '{path} changed while hf was working; nothing was written' },
  conflictHint: { nb: 'Kjør kommandoen på nytt.', en: 'Run the command again.' },
} satisfies Catalogue;

const messages = {
  oneWay: { nb: 'Oppgi enten --in eller --by-email', en: 'Give either --in or --by-email' },
  oneWayHint: {
    nb: 'For eksempel `hf minutes approve ssu 2024-05-23 --in "SSU 2024.25"` (godkjent i referatsaken) eller `--by-email 2024-06-03` (godkjent per e-post).',
    en: 'For example `hf minutes approve ssu 2024-05-23 --in "SSU 2024.25"` (approved in the Referat case) or `--by-email 2024-06-03` (approved by e-mail).',
  },
  badRef: { nb: '`{ref}` er ikke en saksreferanse', en: '`{ref}` is not a case reference' },
  badRefHint: { nb: 'Skriv organ og saksnummer, for eksempel --in "SSU 2024.25".', en: 'Write the body and the case number, for example --in "SSU 2024.25".' },
  noCase: { nb: 'Saken {ref} finnes ikke', en: 'The case {ref} does not exist' },
  noCaseHint: { nb: '`hf list cases --body {body}` viser sakene.', en: '`hf list cases --body {body}` lists the cases.' },
  caseNoMeeting: { nb: 'Saken {ref} har ikke noe møte (møte mangler)', en: 'The case {ref} has no meeting (møte is missing)' },
  tooEarly: { nb: 'Referatet fra {date} kan ikke godkjennes {approval}, før eller samme dag som møtet', en: 'The minutes of {date} cannot be approved on {approval}, before or on the day of the meeting' },
  notHeld: { nb: 'Møtet {body} {date} er ikke holdt ennå', en: 'The meeting {body} {date} has not been held yet' },
  unfinished: { nb: 'Referatet er ikke endelig: {numbers} mangler konklusjon', en: 'The minutes are not final: {numbers} have no conclusion' },
  unfinishedHint: {
    nb: 'Før inn konklusjonene først (`hf minutes {bodyLower} {date}` viser hva som mangler), eller godkjenn likevel med --force.',
    en: 'Enter the conclusions first (`hf minutes {bodyLower} {date}` shows what is missing), or approve anyway with --force.',
  },
  already: { nb: 'Referatet ble godkjent {approved} allerede', en: 'The minutes were approved on {approved} already' },
  alreadyHint: {
    nb: 'Endringer etter godkjenning føres inn med `hf minutes correct {bodyLower} {date} --text "<hva som ble rettet>"`; --force godkjenner på nytt.',
    en: 'Record changes after approval with `hf minutes correct {bodyLower} {date} --text "<what was corrected>"`; --force approves again.',
  },
  approved: { nb: 'Referatet fra {body} {date} er godkjent {how}: {path}', en: 'The minutes of {body} {date} are approved {how}: {path}' },
  wouldApprove: { nb: 'Ville godkjent referatet fra {body} {date} {how}: {path}', en: 'Would approve the minutes of {body} {date} {how}: {path}' },
  inCase: { nb: 'i sak {ref} ({date})', en: 'in case {ref} ({date})' },
  byEmail: { nb: 'per e-post {date}', en: 'by e-mail on {date}' },
  parts: { nb: 'Sjekksum for møtet og {count} saker er skrevet i møtefilen.', en: 'Digests of the meeting and {count} cases are written into the meeting file.' },
  dryRunNote: { nb: '(prøvekjøring: ingenting er skrevet)', en: '(dry run: nothing was written)' },
} satisfies Catalogue;

/** The meeting, its file's text and the repository, checked for what approving or correcting needs. */
export interface MeetingForEdit {
  open: OpenRepository;
  body: Body;
  date: string;
  meeting: Meeting;
  before: Uint8Array;
  raw: RawText;
  text: string;
}

/** Opens the whole repository (no public view: the digest is of the data) and finds the meeting file. */
export async function meetingForEdit(ctx: CommandContext, bodyArg: string, dateArg: string, what: { nb: string; en: string }): Promise<MeetingForEdit> {
  const open = await openRepository(ctx);
  const { lang } = open;
  const m = translator(approvalMessages, lang);
  const body = resolveBody(open.index, bodyArg, lang);
  const date = checkDate(dateArg, lang);
  const path = `meetings/${body.code.toLowerCase()}/${date}.md`;
  const meeting = open.index.findMeeting(body.code, date);
  if (!meeting) {
    const file = open.repo.files.get(path);
    if (file && !file.data) throw new UsageError(m('unreadable', { file: path, what: what[lang === 'en' ? 'en' : 'nb'] }), m('unreadableHint', { file: path }));
    throw new UsageError(m('noMeetingFile', { body: body.code, date, path }), m('noMeetingFileHint', { body: body.code, date }));
  }
  // A case file of the body that cannot be read would be missing from the digest without anyone noticing.
  for (const file of open.repo.files.values()) {
    if (!file.data && (file.path.startsWith(`cases/${body.code.toLowerCase()}/`) || file.path === meeting.file)) {
      throw new UsageError(m('unreadable', { file: file.path, what: what[lang === 'en' ? 'en' : 'nb'] }), m('unreadableHint', { file: file.path }));
    }
  }
  const before = readFileSync(join(open.root, meeting.file));
  const raw = readRaw(before);
  if (!raw) throw new UsageError(m('unreadable', { file: meeting.file, what: what[lang === 'en' ? 'en' : 'nb'] }), m('unreadableHint', { file: meeting.file }));
  return { open, body, date, meeting, before, raw, text: raw.text };
}

/** Writes the meeting file's new text, refusing if the file changed since it was read. */
export function writeMeeting(root: string, target: MeetingForEdit, after: string, description: string, lang: Lang): void {
  const m = translator(approvalMessages, lang);
  try {
    applyChanges(root, [{ from: target.meeting.file, to: target.meeting.file, before: target.before, after: encodeRaw(target.raw, after) }], { description });
  } catch (error) {
    if (error instanceof ConflictError) throw new UsageError(m('conflict', { path: error.path }), m('conflictHint'));
    throw error;
  }
}

export async function run(bodyArg: string, dateArg: string, options: ApproveOptions, ctx: CommandContext): Promise<number> {
  const target = await meetingForEdit(ctx, bodyArg, dateArg, { nb: 'godkjennes', en: 'approved' });
  const { open, body, date, meeting } = target;
  const { lang, index } = open;
  const t = translator(messages, lang);
  const vars = { body: body.code, bodyLower: body.code.toLowerCase(), date };
  if (!!options.in === !!options.byEmail) throw new UsageError(t('oneWay'), t('oneWayHint'));
  if (todayOf(ctx.now) <= date) throw new UsageError(t('notHeld', vars));

  let approvalDate: string;
  let inCase: string | undefined;
  if (options.in) {
    const ref = parseCaseRef(options.in);
    if (!ref) throw new UsageError(t('badRef', { ref: options.in }), t('badRefHint'));
    const c = index.findCase(ref);
    inCase = formatCaseRef(ref);
    if (!c) throw new UsageError(t('noCase', { ref: inCase }), t('noCaseHint', { body: ref.body }));
    if (!c.meeting) throw new UsageError(t('caseNoMeeting', { ref: inCase }));
    approvalDate = c.meeting;
  } else {
    approvalDate = checkDate(options.byEmail!, lang);
  }
  if (approvalDate <= date || !isValidDate(approvalDate)) throw new UsageError(t('tooEarly', { date, approval: approvalDate }));

  const agenda = index.agenda(body.code, date);
  const unfinished = agenda.filter((c) => !isFinished(c, meeting, agenda));
  if (unfinished.length && !options.force) {
    const numbers = unfinished.map((c) => (c.number ? formatCaseRef({ body: c.body, number: c.number }) : `«${c.title}»`)).join(', ');
    throw new UsageError(t('unfinished', { numbers }), t('unfinishedHint', vars));
  }
  if (meeting.approval && !options.force) throw new UsageError(t('already', { approved: meeting.approval.date }), t('alreadyHint', vars));

  const digest = minutesDigest(meeting, agenda);
  const after = withApproval(target.text, { date: approvalDate, ...(inCase ? { inCase } : { byEmail: true }), digest });
  const how = inCase ? t('inCase', { ref: inCase, date: approvalDate }) : t('byEmail', { date: approvalDate });
  if (!options.dryRun) writeMeeting(open.root, target, after, `hf minutes approve ${body.code} ${date}`, lang);
  if (options.json) {
    const godkjent = { dato: approvalDate, ...(inCase ? { sak: inCase } : { per_epost: true }), sjekksum: digest };
    out(ctx, JSON.stringify({ organ: body.code, dato: date, path: meeting.file, dryRun: !!options.dryRun, godkjent }, null, 2));
    return 0;
  }
  out(ctx, t(options.dryRun ? 'wouldApprove' : 'approved', { ...vars, how, path: meeting.file }));
  out(ctx, t('parts', { count: agenda.length }));
  if (options.dryRun) out(ctx, t('dryRunNote'));
  return 0;
}
