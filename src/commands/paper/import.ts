/**
 * `hf paper import <body> <saksnr> <fil.docx> [--force] [--dry-run]`: a case
 * paper written in Word becomes the Markdown body of the case file, its
 * pictures files beside the case (import/paper.ts plans it). A case that already
 * has a text is replaced only when asked: with --force, or a yes at the
 * terminal. The case file and the pictures are written all or none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatCaseRef } from '../../model/case-number.js';
import { translator, type Catalogue } from '../../i18n/lang.js';
import { UsageError, type CommandContext } from '../shared/context.js';
import { planPaperImport } from '../../import/paper.js';
import { unifiedDiff } from '../../repo/diff.js';
import { NationalIdInOutputError } from '../../repo/pii.js';
import { applyChanges, ConflictError, TransactionError } from '../../repo/transaction.js';
import { interactive } from '../shared/authoring.js';
import { readDocxFile } from '../shared/docx-input.js';
import { findCase } from './paper.js';
import { refuseNationalIds, refusalFor } from '../shared/pii-guard.js';
import { err, openRepository, out } from '../shared/support.js';

export interface PaperImportOptions {
  force?: boolean;
  dryRun?: boolean;
}

const messages = {
  unreadable: { nb: 'Frontmatter i {file} kan ikke leses, så hf rører ikke filen', en: 'The frontmatter of {file} cannot be read, so hf leaves the file alone' },
  unreadableHint: { nb: 'Kjør `hf validate {file}` og rett feilen først.', en: 'Run `hf validate {file}` and fix the problem first.' },
  empty: { nb: '`{file}` har ingen tekst å lese inn', en: '`{file}` has no text to import' },
  same: { nb: 'Saksfremlegget til {ref} er allerede slik dokumentet er.', en: 'The case paper of {ref} is already as the document says.' },
  hasText: { nb: '{ref} har allerede et saksfremlegg, og hf erstatter det bare når du ber om det', en: '{ref} already has a case paper, and hf replaces it only when asked' },
  hasTextHint: { nb: 'Se endringen med --dry-run, og legg til --force for å erstatte teksten.', en: 'See the change with --dry-run, and add --force to replace the text.' },
  replacesImage: { nb: '{path} finnes allerede med et annet bilde', en: '{path} already exists with another picture' },
  confirm: { nb: 'Erstatte saksfremlegget til {ref} ({file})?', en: 'Replace the case paper of {ref} ({file})?' },
  declined: { nb: 'Ingenting er endret.', en: 'Nothing was changed.' },
  needsForce: { nb: 'Uten --force ville hf ikke skrevet dette: {ref} har allerede et saksfremlegg.', en: 'Without --force hf would not write this: {ref} already has a case paper.' },
  image: { nb: '  bilde: {path}', en: '  picture: {path}' },
  wouldWrite: { nb: 'Ville skrevet saksfremlegget til {ref} ({file}) og {count} bilder.', en: 'Would write the case paper of {ref} ({file}) and {count} pictures.' },
  wrote: { nb: 'Skrev saksfremlegget til {ref} ({file}) og {count} bilder.', en: 'Wrote the case paper of {ref} ({file}) and {count} pictures.' },
  dryRunNote: { nb: '(prøvekjøring: ingenting er skrevet)', en: '(dry run: nothing was written)' },
  conflict: { nb: '{path} ble endret mens hf arbeidet; ingenting er endret', en: '{path} changed while hf was working; nothing was changed' },
  conflictHint: { nb: 'Kjør kommandoen på nytt.', en: 'Run the command again.' },
  failed: { nb: 'Innlesingen feilet ({message}); alle filene er som før', en: 'The import failed ({message}); every file is as it was' },
} satisfies Catalogue;

export async function run(words: string[], options: PaperImportOptions, ctx: CommandContext): Promise<number> {
  const open = await openRepository(ctx);
  const { lang, root } = open;
  const m = translator(messages, lang);
  // The Word file and the case, in either order: `ssu 2024.30 fil.docx` or `fil.docx "SSU 2024.30"`.
  const fileAt = words.findIndex((w) => /\.docx$/i.test(w.trim()));
  const at = fileAt >= 0 ? fileAt : words.length - 1;
  const fileArg = words[at] ?? '';
  const target = findCase(open, words.filter((_, i) => i !== at), 'hf paper import');
  const ref = formatCaseRef({ body: target.body, number: target.number! });
  const pkg = readDocxFile(ctx.cwd, fileArg, lang);
  const read = (path: string) => {
    try {
      return readFileSync(join(root, path));
    } catch {
      return undefined;
    }
  };
  const caseBytes = read(target.file);
  if (!caseBytes) throw new UsageError(m('unreadable', { file: target.file }), m('unreadableHint', { file: target.file }));
  const plan = planPaperImport({ pkg, target, caseBytes, imageWord: lang === 'en' ? 'image' : 'bilde', read });
  if (plan.unreadable) throw new UsageError(m('unreadable', { file: target.file }), m('unreadableHint', { file: target.file }));
  if (!plan.markdown.trim() && plan.images.length === 0) throw new UsageError(m('empty', { file: fileArg }));
  if (plan.changes.length === 0) {
    out(ctx, m('same', { ref }));
    return 0;
  }
  // The text from Word must not bring an identity number into the repository.
  refuseNationalIds([{ target: target.file, text: plan.diff.after ?? '' }], lang);

  const replacing = (plan.hasText && plan.changed) || plan.images.some((i) => i.replaces);
  const vars = { ref, file: target.file, count: plan.images.length };
  if (options.dryRun) {
    out(ctx, unifiedDiff(plan.diff));
    for (const i of plan.images) out(ctx, m('image', { path: i.path }));
    out(ctx, m('wouldWrite', vars));
    if (replacing && !options.force) out(ctx, m('needsForce', vars));
    out(ctx, m('dryRunNote'));
    return 0;
  }
  if (replacing && !options.force) {
    if (!interactive(ctx)) {
      for (const i of plan.images.filter((x) => x.replaces)) err(ctx, m('replacesImage', { path: i.path }));
      throw new UsageError(m('hasText', vars), m('hasTextHint'));
    }
    const { confirm } = await import('@inquirer/prompts');
    let yes = false;
    try {
      yes = await confirm({ message: m('confirm', vars), default: false }, { input: ctx.stdin, output: ctx.stdout });
    } catch (error) {
      if ((error as Error)?.name !== 'ExitPromptError' && (error as Error)?.name !== 'AbortPromptError') throw error;
    }
    if (!yes) {
      err(ctx, m('declined'));
      return 1;
    }
  }
  try {
    applyChanges(root, plan.changes, { description: `hf paper import ${ref}` });
  } catch (error) {
    if (error instanceof ConflictError) throw new UsageError(m('conflict', { path: error.path }), m('conflictHint'));
    if (error instanceof NationalIdInOutputError) throw refusalFor(error, lang);
    if (error instanceof TransactionError && error.restored) throw new UsageError(m('failed', { message: String((error.cause as Error)?.message ?? error.cause) }));
    throw error;
  }
  out(ctx, m('wrote', vars));
  for (const i of plan.images) out(ctx, m('image', { path: i.path }));
  return 0;
}
