/**
 * `hf export noark <folder>`: the meetings as a Noark 5 archive package for
 * eInnsyn — `arkivstruktur.xml` and the documents as PDF beside it under
 * `dokumenter/`. The package is public: restricted cases appear by their public
 * title with their legal basis, and restricted attachments and text are left
 * out (src/export/noark/).
 *
 * `--from <date>` exports the meetings on or after the date, and the earlier
 * meetings whose files (meeting, cases, attachments) changed since that date in
 * git, committed or not: minutes written after the last delivery, a correction
 * to an old case. The archive recognises a meeting it already has by its
 * systemID and replaces it. Outside git only the meeting dates count.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDateArg } from '../shared/date-arg.js';
import type { Repository } from '../../model/repository.js';
import { translator, type Catalogue } from '../../i18n/lang.js';
import { exportNoark, STRUCTURE_FILE, type MeetingKey } from '../../export/noark/index.js';
import { changedSince } from '../../repo/git-changes.js';
import { isInside } from '../../repo/read.js';
import { FileExistsError, writeAtomicAbs } from '../../repo/write.js';
import { todayOf, UsageError, type CommandContext } from '../shared/context.js';
import { openPdfPrinter } from '../shared/pdf-printer.js';
import { refuseNationalIds, refuseNationalIdsInDoc } from '../shared/pii-guard.js';
import { warnUnreadable } from '../shared/records.js';
import { err, openRepository } from '../shared/support.js';

export interface ExportNoarkOptions {
  from?: string;
  force?: boolean;
}

const m = {
  notEmpty: { nb: 'Mappen `{folder}` finnes og er ikke tom; hf skriver ikke over en tidligere pakke', en: 'The folder `{folder}` exists and is not empty; hf does not write over an earlier package' },
  notEmptyHint: { nb: 'Velg en ny mappe, eller legg til --force for å erstatte filene i den.', en: 'Choose a new folder, or add --force to replace the files in it.' },
  notFolder: { nb: '`{folder}` er en fil, ikke en mappe', en: '`{folder}` is a file, not a folder' },
  notFolderHint: { nb: 'Gi navnet på en mappe; hf oppretter den.', en: 'Give the name of a folder; hf creates it.' },
  noGit: {
    nb: 'merk: repoet er ikke i git, så --from tar bare med møter fra og med {date} (ikke eldre møter som er endret siden)',
    en: 'note: the repository is not in git, so --from takes only meetings on or after {date} (not older meetings changed since)',
  },
  noMeetings: { nb: 'Ingen møter å eksportere{since}', en: 'No meetings to export{since}' },
  since: { nb: ' fra og med {date}', en: ' from {date}' },
  missingAttachment: {
    nb: 'advarsel: vedlegget {file} ({registration}) finnes ikke og er bare beskrevet i pakken',
    en: 'warning: the attachment {file} ({registration}) does not exist and is only described in the package',
  },
  notArchival: {
    nb: 'merk: {file} er {format}, ikke PDF/A; arkivet kan be om en arkivversjon',
    en: 'note: {file} is {format}, not PDF/A; the archive may ask for an archival version',
  },
  notPdfA: {
    nb: 'merk: dokumentene er PDF, ikke PDF/A (Chromium skriver ikke PDF/A); formatDetaljer i {xml} sier det',
    en: 'note: the documents are PDF, not PDF/A (Chromium does not write PDF/A); formatDetaljer in {xml} says so',
  },
  wrote: {
    nb: 'Skrev arkivpakken til {folder}: {meetings} møter, {cases} saker, {files} dokumenter ({xml} og dokumenter/).',
    en: 'Wrote the archive package to {folder}: {meetings} meetings, {cases} cases, {files} documents ({xml} and dokumenter/).',
  },
} satisfies Catalogue;

export async function run(folderArg: string, options: ExportNoarkOptions, ctx: CommandContext): Promise<number> {
  const open = await openRepository(ctx);
  const { lang, repo, root } = open;
  const t = translator(m, lang);
  warnUnreadable(open, ctx);
  const from = options.from === undefined ? undefined : parseDateArg(options.from, lang);

  const folder = resolve(ctx.cwd, folderArg);
  if (existsSync(folder)) {
    if (!statSync(folder).isDirectory()) throw new UsageError(t('notFolder', { folder: folderArg }), t('notFolderHint'));
    if (readdirSync(folder).length > 0 && !options.force) throw new UsageError(t('notEmpty', { folder: folderArg }), t('notEmptyHint'));
  }

  let select: ((k: MeetingKey) => boolean) | undefined;
  if (from !== undefined) {
    const changed = changedSince(root, from);
    if (!changed) err(ctx, t('noGit', { date: from }));
    const files = meetingFiles(repo);
    select = (k) => k.date >= from || (!!changed && (files.get(`${k.body} ${k.date}`) ?? []).some((f) => changed.has(f)));
  }

  // The PDFs' own dates are set from each meeting afterwards (src/export/noark/pdf-stamp.ts).
  const engine = await openPdfPrinter(ctx, lang, { root, look: repo.config.look, date: new Date(`${todayOf(ctx.now)}T00:00:00Z`) });
  let result;
  try {
    result = await exportNoark(
      { repo, lang, today: todayOf(ctx.now), ...(select ? { select } : {}) },
      {
        pdf: async (doc) => {
          refuseNationalIdsInDoc(doc, doc.title, lang);
          return engine.pdf(doc);
        },
        readFile: async (path) => {
          if (!isInside(root, path)) return undefined;
          try {
            return readFileSync(join(root, path));
          } catch {
            return undefined;
          }
        },
      },
    );
  } finally {
    await engine.close();
  }
  if (result.plan.meetings.length === 0) {
    err(ctx, t('noMeetings', { since: from ? t('since', { date: from }) : '' }));
    return 1;
  }
  refuseNationalIds([{ target: STRUCTURE_FILE, text: result.xml }], lang);

  try {
    // The documents first and the structure last: a package cut short has no arkivstruktur.xml.
    for (const f of result.files) writeAtomicAbs(join(folder, f.path), f.bytes, { overwrite: !!options.force });
    writeAtomicAbs(join(folder, STRUCTURE_FILE), result.xml, { overwrite: !!options.force });
  } catch (error) {
    if (error instanceof FileExistsError) throw new UsageError(t('notEmpty', { folder: folderArg }), t('notEmptyHint'));
    throw error;
  }
  for (const w of result.warnings) {
    if (w.kind === 'missing-attachment') err(ctx, t('missingAttachment', { file: w.path, registration: w.registration }));
  }
  const notArchival = result.warnings.filter((w) => w.kind === 'not-archival' && !w.path.endsWith('.pdf'));
  for (const w of notArchival) if (w.kind === 'not-archival') err(ctx, t('notArchival', { file: w.path, format: w.format }));
  if (result.warnings.some((w) => w.kind === 'not-archival' && w.path.endsWith('.pdf'))) err(ctx, t('notPdfA', { xml: STRUCTURE_FILE }));
  const cases = result.plan.meetings.reduce((n, x) => n + x.registrations.filter((r) => r.kind === 'case').length, 0);
  err(ctx, t('wrote', { folder: folderArg, meetings: result.plan.meetings.length, cases, files: result.files.length, xml: STRUCTURE_FILE }));
  return 0;
}

/** The files behind each meeting: its own file, its cases' files and their attachments. */
function meetingFiles(repo: Repository): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (key: string, path: string) => {
    const list = out.get(key);
    if (list) list.push(path);
    else out.set(key, [path]);
  };
  for (const x of repo.meetings) add(`${x.body} ${x.date}`, x.file);
  for (const c of repo.cases) {
    if (!c.meeting) continue;
    add(`${c.body} ${c.meeting}`, c.file);
    for (const a of c.attachments) if (a.file) add(`${c.body} ${c.meeting}`, a.file);
  }
  return out;
}
