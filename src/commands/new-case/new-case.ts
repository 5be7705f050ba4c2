/**
 * `hf new-case`: a new case with the next free number of its body and year (the
 * year of its meeting, otherwise this year), or without a number in the body's
 * queue (`--queue`). Reads hf.yaml and file names only, never every case.
 */
import { formatCaseNumber, formatCaseRef, yearOf, type CaseNumber, type CaseRef } from '../../model/case-number.js';
import type { Body, Config } from '../../model/types.js';
import { translator, type Catalogue, type Lang } from '../../i18n/lang.js';
import { caseText, createNumberedCase, createQueuedCase, numberedCasePath, queuedCasePath, type NewCase } from '../../repo/case-files.js';
import { loadOne, meetingPath } from '../../repo/config-only.js';
import { caseFilesWithNumber, peekNextNumber } from '../../repo/numbering.js';
import { fillTemplate, loadCaseTemplate, TemplateError } from '../../repo/templates.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { todayOf, UsageError, type CommandContext } from '../shared/context.js';
import { caseArg } from '../shared/case-arg.js';
import { authoringMessages, interactive, listOption, openConfig, requireBody, requireDate } from '../shared/authoring.js';
import { askForCase, type CaseAnswers } from './prompt.js';
import { out } from '../shared/support.js';
import { refuseNationalIds } from '../shared/pii-guard.js';

export interface NewCaseOptions {
  organ?: string;
  title?: string;
  type?: string[];
  meeting?: string;
  responsible?: string[];
  handler?: string;
  followUp?: string;
  queue?: boolean;
  dryRun?: boolean;
  json?: boolean;
}

const messages: Catalogue<
  | 'missing'
  | 'missingHint'
  | 'badRef'
  | 'badRefHint'
  | 'refMissing'
  | 'refMissingHint'
  | 'unknownType'
  | 'unknownTypeHint'
  | 'queueMeeting'
  | 'queueMeetingHint'
  | 'created'
  | 'queued'
  | 'wouldCreate'
  | 'wouldQueue'
  | 'dryRunNote'
  | 'aborted'
  | 'templateBroken'
> = {
  missing: { nb: 'Mangler {options}; uten terminal kan ikke hf spørre etter {them}', en: 'Missing {options}; without a terminal hf cannot ask for {them}' },
  missingHint: {
    nb: 'Oppgi valgene, for eksempel `hf new-case --organ SSU --title "Budsjett 2025"`, eller kjør kommandoen i en terminal for å bli spurt.',
    en: 'Give the options, for example `hf new-case --organ SSU --title "Budget 2025"`, or run the command in a terminal to be asked.',
  },
  badRef: { nb: '`{ref}` er ikke en saksreferanse', en: '`{ref}` is not a case reference' },
  badRefHint: { nb: 'Skriv organ og saksnummer, for eksempel --follow-up "SSU 2024.17".', en: 'Write the body and the case number, for example --follow-up "SSU 2024.17".' },
  refMissing: { nb: 'Saken {ref} finnes ikke (ingen fil i {folder})', en: 'The case {ref} does not exist (no file in {folder})' },
  refMissingHint: { nb: 'Sjekk organ og nummer; `hf list cases --body {body}` viser sakene.', en: 'Check body and number; `hf list cases --body {body}` lists the cases.' },
  unknownType: { nb: 'Sakstypen `{type}` finnes ikke i hf.yaml', en: 'The case type `{type}` is not in hf.yaml' },
  unknownTypeHint: { nb: 'Sakstypene er: {types}.', en: 'The case types are: {types}.' },
  queueMeeting: { nb: '--queue og --meeting kan ikke brukes sammen', en: '--queue and --meeting cannot be used together' },
  queueMeetingHint: {
    nb: 'En sak i køen får møte og nummer med `hf schedule {body} <dato>`; for å sette saken rett på et møte, dropp --queue.',
    en: 'A queued case gets its meeting and number from `hf schedule {body} <date>`; to put the case on a meeting at once, leave out --queue.',
  },
  created: { nb: 'Opprettet {body}-sak {number}: {path}', en: 'Created {body} case {number}: {path}' },
  queued: { nb: 'La saken i køen til {body}: {path}', en: 'Queued the case for {body}: {path}' },
  wouldCreate: { nb: 'Ville opprettet {body}-sak {number}: {path}', en: 'Would create {body} case {number}: {path}' },
  wouldQueue: { nb: 'Ville lagt saken i køen til {body}: {path}', en: 'Would queue the case for {body}: {path}' },
  dryRunNote: { nb: '(prøvekjøring: ingenting er skrevet; nummeret tildeles først når saken opprettes)', en: '(dry run: nothing was written; the number is assigned when the case is created)' },
  aborted: { nb: 'Avbrutt; ingen sak ble opprettet', en: 'Cancelled; no case was created' },
  templateBroken: { nb: 'Malen {path} er ikke UTF-8-tekst (linje {line}, kolonne {column})', en: 'The template {path} is not UTF-8 text (line {line}, column {column})' },
};

export async function run(options: NewCaseOptions, ctx: CommandContext): Promise<number> {
  const { root, config, lang } = openConfig(ctx);
  const m = translator(messages, lang);
  // Today in Oslo needs the time-zone tables (tens of milliseconds); only asked for when it is used.
  let todayCache: string | undefined;
  const today = () => (todayCache ??= todayOf(ctx.now));
  let answers: CaseAnswers = {
    ...(options.organ ? { organ: options.organ } : {}),
    ...(options.title?.trim() ? { title: options.title.trim() } : {}),
    types: listOption(options.type, true),
    ...(options.meeting ? { meeting: options.meeting } : {}),
    responsible: listOption(options.responsible),
  };
  if (options.queue && options.meeting) {
    throw new UsageError(m('queueMeeting'), m('queueMeetingHint', { body: options.organ ?? 'SSU' }));
  }

  let followUpOf: CaseRef | undefined;
  if (options.followUp) {
    const earlier = resolveCase(root, config, options.followUp, lang);
    followUpOf = earlier.ref;
    answers.title ??= earlier.title;
    answers.organ ??= earlier.ref.body;
  }

  const missing = [...(answers.organ ? [] : ['--organ']), ...(answers.title ? [] : ['--title'])];
  if (missing.length) {
    if (!interactive(ctx)) {
      throw new UsageError(m('missing', { options: missing.join(lang === 'en' ? ' and ' : ' og '), them: lang === 'en' ? (missing.length > 1 ? 'them' : 'it') : missing.length > 1 ? 'dem' : 'det' }), m('missingHint'));
    }
    try {
      answers = await askForCase(answers, config, root, today(), !!options.queue, lang, ctx);
    } catch (error) {
      if ((error as Error)?.name === 'ExitPromptError' || (error as Error)?.name === 'AbortPromptError') {
        ctx.stderr.write(m('aborted') + '\n');
        return 1;
      }
      throw error;
    }
  }

  const body = requireBody(config, answers.organ!, lang);
  const types = canonicalTypes(config, answers.types, lang);
  if (answers.queue) options = { ...options, queue: true };
  if (answers.newMeeting && !options.dryRun) {
    // The meeting chosen in the terminal is made first, with its standing items, as hf new-meeting makes it.
    const made = await (await import('../new-meeting/new-meeting.js')).run(body.code, answers.newMeeting, {}, ctx);
    if (made !== 0) return made;
    answers.meeting = answers.newMeeting;
  }
  const meeting = answers.meeting ? requireMeeting(root, body, requireDate(answers.meeting, lang), lang) : undefined;
  const year = meeting ? yearOf(meeting) : yearOf(today());
  const title = answers.title!;

  const newCase: NewCase = {
    body: body.code,
    title,
    ...(meeting ? { meeting } : {}),
    types,
    responsible: answers.responsible,
    ...(options.handler?.trim() ? { handler: options.handler.trim() } : {}),
    ...(followUpOf ? { followUpOf: formatCaseRef(followUpOf) } : {}),
    text: '',
  };
  let template;
  try {
    template = loadCaseTemplate(root, body.code);
  } catch (error) {
    if (error instanceof TemplateError) throw new UsageError(m('templateBroken', { path: error.path, line: error.line, column: error.column }));
    throw error;
  }
  const paper = (number?: CaseNumber) =>
    fillTemplate(template.text, {
      tittel: title,
      organ: body.code,
      organnavn: body.name,
      ...(number ? { saksnr: formatCaseNumber(number) } : {}),
      ...(meeting ? { møte: meeting } : {}),
    });

  // Before a number is claimed or anything is shown: no identity number goes into a case.
  refuseNationalIds([{ target: lang === 'en' ? 'the new case' : 'den nye saken', text: caseText({ ...newCase, text: paper() }) }], lang);

  if (options.dryRun) {
    const number = options.queue ? undefined : peekNextNumber(root, body.code, year);
    const withText = { ...newCase, text: paper(number) };
    const path = number ? numberedCasePath(body.code, number, title) : queuedCasePath(root, body.code, today(), title);
    const content = caseText(withText, number);
    if (options.json) {
      out(ctx, JSON.stringify(report(body, number, path, newCase, { dryRun: true, content }), null, 2));
    } else {
      const vars = { body: body.code, number: number ? formatCaseNumber(number) : '', path };
      out(ctx, m(number ? 'wouldCreate' : 'wouldQueue', vars));
      out(ctx, '');
      out(ctx, content);
      out(ctx, '');
      out(ctx, m('dryRunNote'));
    }
    return 0;
  }

  const created = options.queue ? createQueuedCase(root, { ...newCase, text: paper() }, today()) : createNumberedCase(root, newCase, year, paper);
  if (options.json) {
    out(ctx, JSON.stringify(report(body, created.number, created.path, newCase, { dryRun: false }), null, 2));
  } else {
    const vars = { body: body.code, number: created.number ? formatCaseNumber(created.number) : '', path: created.path };
    out(ctx, m(created.number ? 'created' : 'queued', vars));
  }
  return 0;
}

function report(body: Body, number: CaseNumber | undefined, path: string, c: NewCase, extra: Record<string, unknown>) {
  return {
    saksnr: number ? formatCaseNumber(number) : null,
    organ: body.code,
    tittel: c.title,
    møte: c.meeting ?? null,
    sakstype: c.types ?? [],
    ansvar: c.responsible ?? [],
    oppfølging_av: c.followUpOf ?? null,
    path,
    queued: !number,
    ...extra,
  };
}

/** Checks the types against hf.yaml and returns them as hf.yaml spells them. */
function canonicalTypes(config: Config, types: string[], lang: Lang): string[] {
  const m = translator(messages, lang);
  const out: string[] = [];
  for (const t of types) {
    const known = config.caseTypes.find((k) => k.toLowerCase() === t.toLowerCase());
    if (!known) throw new UsageError(m('unknownType', { type: t }), m('unknownTypeHint', { types: config.caseTypes.join(', ') }));
    if (!out.includes(known)) out.push(known);
  }
  return out;
}

/** The meeting date, after checking that the body has a meeting that day. */
export function requireMeeting(root: string, body: Body, date: string, lang: Lang): string {
  const path = meetingPath(body.code, date);
  if (existsSync(join(root, path))) return date;
  const m = translator(authoringMessages, lang);
  throw new UsageError(m('noMeeting', { body: body.code, date, path }), m('noMeetingHint', { body: body.code, date }));
}

/** Finds a case by its reference (`SSU 2024.17`) from the file names, and reads only that file. */
export function resolveCase(root: string, config: Config, text: string, lang: Lang, usage = 'hf new-case --follow-up'): { ref: CaseRef; title: string; path: string } {
  const m = translator(messages, lang);
  // "SSU 2024.17", or 2024.17 alone when only one body has that number.
  const ref = caseArg([text], root, config.bodies, lang, usage);
  const body = requireBody(config, ref.body, lang);
  const folder = `cases/${body.code.toLowerCase()}/${ref.number.year}`;
  const [path] = caseFilesWithNumber(root, body.code, ref.number);
  const file = path ? loadOne(root, path) : undefined;
  if (!path || !file) throw new UsageError(m('refMissing', { ref: formatCaseRef({ body: body.code, number: ref.number }), folder }), m('refMissingHint', { body: body.code }));
  const title = typeof file.data?.tittel === 'string' ? file.data.tittel : '';
  return { ref: { body: body.code, number: ref.number }, title, path };
}
