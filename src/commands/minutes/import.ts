/**
 * `hf minutes import <referat.docx> [--dry-run]`: puts what the secretary typed
 * into the working document (`hf minutes … --working`) back into the case files
 * and the meeting file — only those fields, all files or none, never over a case
 * that changed after the document was made (import/minutes.ts plans it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatMeetingRef } from '../../model/case-number.js';
import { fieldLabel } from '../../model/working-minutes.js';
import { translator, type Catalogue } from '../../i18n/lang.js';
import { UsageError, type CommandContext } from '../shared/context.js';
import { readFields } from '../../docx/fields.js';
import { planImport, workingDocument } from '../../import/minutes.js';
import { loadMarkdown } from '../../render/markdown.js';
import { unifiedDiff } from '../../repo/diff.js';
import { NationalIdInOutputError } from '../../repo/pii.js';
import { applyChanges, ConflictError, TransactionError } from '../../repo/transaction.js';
import { readDocxFile } from '../shared/docx-input.js';
import { resolveBody } from '../shared/documents.js';
import { refuseNationalIds, refusalFor } from '../shared/pii-guard.js';
import { err, languageOf, openRepository, out, repositoryRoot } from '../shared/support.js';

export interface MinutesImportOptions {
  dryRun?: boolean;
}

const messages = {
  notWorking: { nb: '`{file}` er ikke et arbeidsdokument for referat laget av hf', en: '`{file}` is not a working document for minutes made by hf' },
  notWorkingHint: {
    nb: 'Lag arbeidsdokumentet med `hf minutes <organ> <dato> --working -o referat.docx`, skriv i feltene, og les det inn. Et saksfremlegg leses inn med `hf paper import`.',
    en: 'Make the working document with `hf minutes <body> <date> --working -o minutes.docx`, type into its fields, and read it back. A case paper is read with `hf paper import`.',
  },
  noFields: { nb: '`{file}` har ingen felt hf kjenner igjen', en: '`{file}` has no fields hf recognises' },
  noFieldsHint: { nb: 'Feltene er innholdskontrollene i dokumentet; de kan ha blitt slettet. Lag et nytt arbeidsdokument.', en: 'The fields are the content controls of the document; they may have been deleted. Make a new working document.' },
  stale: {
    nb: 'hf leser ikke inn {file}: {cases} er endret etter at dokumentet ble laget',
    en: 'hf does not import {file}: {cases} changed after the document was made',
  },
  staleGone: { nb: '{key} (ikke lenger på sakslisten)', en: '{key} (no longer on the agenda)' },
  staleHint: {
    nb: 'Det som står i filene nå, ville blitt skrevet over. Lag et nytt arbeidsdokument med `hf minutes {body} {date} --working`, og skriv inn det som mangler der; eller før teksten inn i filene for hånd.',
    en: 'What the files hold now would be overwritten. Make a new working document with `hf minutes {body} {date} --working` and type what is missing there, or copy the text into the files by hand.',
  },
  badDate: {
    nb: 'Oppfølgingen i {key} har datoen `{value}`, som ikke er en dato',
    en: 'The follow-up in {key} has the date `{value}`, which is not a date',
  },
  badDateHint: { nb: 'Skriv datoen som 2024-11-28 eller 28.11.2024, og les inn på nytt.', en: 'Write the date as 2024-11-28 or 28.11.2024 and import again.' },
  duplicate: { nb: 'Feltet «{field}» for {key} står to ganger i dokumentet', en: 'The field "{field}" of {key} appears twice in the document' },
  duplicateHint: { nb: 'Slett det ene feltet (kopier teksten inn i det andre), og les inn på nytt.', en: 'Delete one of them (copy its text into the other) and import again.' },
  unreadable: { nb: 'Frontmatter i filen til {key} kan ikke leses', en: 'The frontmatter of the file of {key} cannot be read' },
  unreadableHint: { nb: 'Kjør `hf validate` og rett feilen først.', en: 'Run `hf validate` and fix the problem first.' },
  nothing: { nb: 'Ingen endringer: filene har allerede det som står i dokumentet.', en: 'No changes: the files already hold what the document says.' },
  wouldWrite: { nb: 'Ville endret {count} filer:', en: 'Would change {count} files:' },
  wrote: { nb: 'Endret {count} filer:', en: 'Changed {count} files:' },
  line: { nb: '  {key}: {fields} ({file})', en: '  {key}: {fields} ({file})' },
  created: { nb: '  {key}: {fields} (ny fil {file})', en: '  {key}: {fields} (new file {file})' },
  keptEmpty: {
    nb: 'merk: {key} «{field}» er tomt i dokumentet; filen beholder teksten sin.',
    en: 'note: {key} "{field}" is empty in the document; the file keeps its text.',
  },
  dryRunNote: { nb: '(prøvekjøring: ingenting er skrevet)', en: '(dry run: nothing was written)' },
  approved: {
    nb: 'merk: referatet fra {meeting} er godkjent; før inn endringen med `hf minutes correct {body} {date} --text "…"`, ellers melder hf validate en feil.',
    en: 'note: the minutes of {meeting} are approved; record the change with `hf minutes correct {body} {date} --text "…"`, or hf validate reports an error.',
  },
  conflict: { nb: '{path} ble endret mens hf arbeidet; ingenting er endret', en: '{path} changed while hf was working; nothing was changed' },
  conflictHint: { nb: 'Kjør kommandoen på nytt.', en: 'Run the command again.' },
  failed: { nb: 'Innlesingen feilet ({message}); alle filene er som før', en: 'The import failed ({message}); every file is as it was' },
} satisfies Catalogue;

export async function run(fileArg: string, options: MinutesImportOptions, ctx: CommandContext): Promise<number> {
  const root = repositoryRoot(ctx);
  const early = translator(messages, languageOf(ctx));

  const pkg = readDocxFile(ctx.cwd, fileArg, languageOf(ctx));
  const doc = workingDocument(pkg.properties);
  if (typeof doc === 'string') throw new UsageError(early('notWorking', { file: fileArg }), early('notWorkingHint'));
  const fields = readFields(pkg);
  if (fields.length === 0) throw new UsageError(early('noFields', { file: fileArg }), early('noFieldsHint'));

  const open = await openRepository(ctx, { meeting: { body: doc.body, date: doc.date } });
  const { index, lang } = open;
  const m = translator(messages, lang);
  const body = resolveBody(index, doc.body, lang);
  await loadMarkdown();
  const plan = planImport({
    doc,
    fields,
    agenda: index.agenda(body.code, doc.date),
    meetingFile: index.findMeeting(body.code, doc.date)?.file ?? `meetings/${body.code.toLowerCase()}/${doc.date}.md`,
    read: (path) => {
      try {
        return readFileSync(join(root, path));
      } catch {
        return undefined;
      }
    },
  });

  if (plan.stale.length) {
    const cases = plan.stale.map((s) => (s.reason === 'gone' ? m('staleGone', { key: s.key }) : s.key)).join(', ');
    throw new UsageError(m('stale', { file: fileArg, cases }), m('staleHint', { body: body.code, date: doc.date }));
  }
  const [problem] = plan.problems;
  if (problem) {
    const vars = { key: problem.key, field: fieldLabel(problem.field, lang), value: problem.value ?? '' };
    if (problem.kind === 'date') throw new UsageError(m('badDate', vars), m('badDateHint'));
    if (problem.kind === 'duplicate') throw new UsageError(m('duplicate', vars), m('duplicateHint'));
    throw new UsageError(m('unreadable', vars), m('unreadableHint'));
  }

  // What was typed must not bring an identity number into the repository; refused before anything is shown or written.
  refuseNationalIds(
    plan.diffs.map((d) => ({ target: d.to!, text: d.after ?? '' })),
    lang,
  );

  for (const k of plan.keptEmpty) out(ctx, m('keptEmpty', { key: k.key, field: fieldLabel(k.field, lang) }));
  if (plan.changes.length === 0) {
    out(ctx, m('nothing'));
    return 0;
  }
  const summary = () => {
    for (const s of plan.summary) {
      const vars = { key: s.key, fields: s.fields.map((f) => fieldLabel(f, lang).toLowerCase()).join(', '), file: s.file };
      out(ctx, m(s.created ? 'created' : 'line', vars));
    }
  };
  // Approved minutes change only with a correction (rule minutes-approved).
  const approved = () => {
    if (index.findMeeting(body.code, doc.date)?.approval) err(ctx, m('approved', { meeting: `${body.code} ${doc.date}`, body: body.code, date: doc.date }));
  };
  if (options.dryRun) {
    for (const d of plan.diffs) out(ctx, unifiedDiff(d));
    out(ctx, m('wouldWrite', { count: plan.changes.length }));
    summary();
    approved();
    out(ctx, m('dryRunNote'));
    return 0;
  }
  try {
    applyChanges(root, plan.changes, { description: `hf minutes import ${formatMeetingRef({ body: body.code, date: doc.date })}` });
  } catch (error) {
    if (error instanceof ConflictError) throw new UsageError(m('conflict', { path: error.path }), m('conflictHint'));
    if (error instanceof NationalIdInOutputError) throw refusalFor(error, lang);
    if (error instanceof TransactionError && error.restored) throw new UsageError(m('failed', { message: String((error.cause as Error)?.message ?? error.cause) }));
    throw error;
  }
  out(ctx, m('wrote', { count: plan.changes.length }));
  summary();
  approved();
  return 0;
}
