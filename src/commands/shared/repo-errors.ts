/**
 * What the repository layer refuses, told as a usage error naming the path: a
 * symbolic link or an odd entry where hf reads or writes, an hf.yaml that is not
 * a file, a change that did not finish. Every command passes here (the command
 * line maps these errors; repositoryRoot checks hf.yaml and the journal first).
 */
import { formatCaseNumber } from '../../model/case-number.js';
import { translator, type Catalogue, type Lang } from '../../i18n/lang.js';
import { sanitizeLine } from '../../diagnostics/escape.js';
import { ConfigFileError, type ConfigProblem } from '../../repo/fs.js';
import { NumberBlockedError } from '../../repo/numbering.js';
import type { PendingChange } from '../../repo/read.js';
import { UnsafePathError } from '../../repo/write.js';
import { UsageError } from './context.js';

const messages = {
  configSymlink: { nb: '{path} er en symbolsk lenke, og hf følger ikke lenker', en: '{path} is a symbolic link, and hf does not follow links' },
  configSymlinkHint: { nb: 'Erstatt lenken med selve filen: kopier den inn i repoet.', en: 'Replace the link with the file itself: copy it into the repository.' },
  configNotFile: { nb: '{path} er ikke en vanlig fil (en mappe?)', en: '{path} is not an ordinary file (a folder?)' },
  configNotFileHint: { nb: 'hf.yaml skal være en tekstfil; flytt det som ligger der, og lag filen på nytt (eller kjør `hf init`).', en: 'hf.yaml must be a text file; move what is there away and write the file again (or run `hf init`).' },
  unsafeLink: { nb: 'hf skriver ikke gjennom den symbolske lenken {link} (for {path})', en: 'hf does not write through the symbolic link {link} (for {path})' },
  unsafeLinkHint: { nb: 'Erstatt lenken med en vanlig mappe eller fil i repoet.', en: 'Replace the link with an ordinary folder or file in the repository.' },
  unsafeOutside: { nb: '{path} er utenfor repoet, og hf skriver bare i repoet', en: '{path} is outside the repository, and hf writes only inside it' },
  blockedFolder: {
    nb: '{path} er en mappe, ikke en saksfil, men navnet holder av saksnummer {number}',
    en: '{path} is a folder, not a case file, but its name holds case number {number}',
  },
  blockedSpecial: {
    nb: '{path} er verken en fil eller en mappe, men navnet holder av saksnummer {number}',
    en: '{path} is neither a file nor a folder, but its name holds case number {number}',
  },
  blockedHint: { nb: 'Fjern den eller gi den et annet navn; `hf validate` viser om det er flere.', en: 'Remove it or rename it; `hf validate` shows whether there are more.' },
  pending: {
    nb: 'En tidligere endring ble avbrutt før den var ferdig ({description}, {path}), så filene kan være halvveis endret',
    en: 'An earlier change was interrupted before it finished ({description}, {path}), so the files may be half changed',
  },
  pendingHint: { nb: 'Kjør `hf renumber --recover` for å sette filene tilbake slik de var før den endringen.', en: 'Run `hf renumber --recover` to put the files back as they were before that change.' },
  running: { nb: 'En annen hf-kommando endrer filer i repoet akkurat nå ({description}, {path})', en: 'Another hf command is changing files in the repository right now ({description}, {path})' },
  runningHint: { nb: 'Vent til den er ferdig, og kjør kommandoen på nytt.', en: 'Wait until it has finished, and run the command again.' },
} satisfies Catalogue;

const m = (lang: Lang) => translator(messages, lang);

/** A usage error for hf.yaml (at `path`, as shown) being a link or not a file. */
export function configError(path: string, problem: ConfigProblem, lang: Lang): UsageError {
  const t = m(lang);
  const shown = { path: sanitizeLine(path) };
  return problem === 'symlink' ? new UsageError(t('configSymlink', shown), t('configSymlinkHint')) : new UsageError(t('configNotFile', shown), t('configNotFileHint'));
}

/** A usage error for a change that did not finish, or that another hf is making now. */
export function pendingError(change: PendingChange, lang: Lang): UsageError {
  const t = m(lang);
  const vars = { description: sanitizeLine(change.description ?? '?'), path: change.path };
  return change.running ? new UsageError(t('running', vars), t('runningHint')) : new UsageError(t('pending', vars), t('pendingHint'));
}

/** The usage error for a refusal from the repository layer, or undefined for anything else. */
export function usageErrorOf(error: unknown, lang: Lang): UsageError | undefined {
  const t = m(lang);
  if (error instanceof ConfigFileError) return configError(error.abs, error.problem, lang);
  if (error instanceof UnsafePathError) {
    const vars = { path: sanitizeLine(error.path), link: sanitizeLine(error.link ?? '') };
    return error.link ? new UsageError(t('unsafeLink', vars), t('unsafeLinkHint')) : new UsageError(t('unsafeOutside', vars));
  }
  if (error instanceof NumberBlockedError) {
    const vars = { path: sanitizeLine(error.path), number: formatCaseNumber(error.number) };
    return new UsageError(t(error.what === 'folder' ? 'blockedFolder' : 'blockedSpecial', vars), t('blockedHint'));
  }
  return undefined;
}
