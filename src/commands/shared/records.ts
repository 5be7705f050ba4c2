/** Small views of records shared by `hf list`, `hf show`, `hf search` and completion. */
import { formatCaseNumber, formatCaseRef, type CaseRef } from '../../model/case-number.js';
import type { Case } from '../../model/types.js';
import { QUEUE_DIR } from '../../repo/paths.js';
import { translator, type Catalogue } from '../../i18n/lang.js';
import type { CommandContext } from './context.js';
import { err, type OpenRepository } from './support.js';

export type CaseStatus = 'open' | 'concluded' | 'queued';

/** Queued (waiting without a number), concluded (the minutes record a conclusion) or open. */
export function caseStatus(c: Case): CaseStatus {
  if (c.file.split('/')[2] === QUEUE_DIR) return 'queued';
  return c.conclusion ? 'concluded' : 'open';
}

/** `SSU 2024.28`; an unnumbered standing item is named by its body and meeting. */
export function caseLabel(c: Case): string {
  if (c.number) return `${c.body} ${formatCaseNumber(c.number)}`;
  return c.meeting ? `${c.body} (${c.meeting})` : `${c.body} (kø)`;
}

/** The fields a case has in every `--json` listing (`hf list cases`, `hf show`), in that order. */
export function caseJsonHead(c: Case) {
  return {
    ref: c.number ? formatCaseRef({ body: c.body, number: c.number }) : null,
    body: c.body,
    number: c.number ? formatCaseNumber(c.number) : null,
    meeting: c.meeting ?? null,
    title: c.title,
    types: c.types,
    responsible: c.responsible,
  };
}

export function refLabel(ref: CaseRef): string {
  return formatCaseRef(ref);
}

/**
 * Text folded for searching: lower case, accents removed, and the Norwegian
 * letters written as the ASCII a secretary types without a Norwegian keyboard
 * (æ → ae, ø → o, å → a). `map[i]` is the index in the original of folded
 * character `i`, so a hit can be placed in the original line.
 */
export function fold(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  let index = 0;
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const out =
      lower === 'æ' ? 'ae' : lower === 'ø' ? 'o' : lower === 'å' ? 'a' : lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    for (const o of out) {
      folded += o;
      map.push(index);
    }
    index += ch.length;
  }
  return { folded, map };
}

/** Folded text only. */
export function folded(text: string): string {
  return fold(text).folded;
}

const unreadable = {
  one: { nb: 'advarsel: {file} kunne ikke leses og er ikke med; `hf validate {file}` viser hvorfor', en: 'warning: {file} could not be read and is left out; `hf validate {file}` shows why' },
  many: { nb: 'advarsel: {count} filer kunne ikke leses og er ikke med ({files} …); `hf validate` viser hvorfor', en: 'warning: {count} files could not be read and are left out ({files} …); `hf validate` shows why' },
} satisfies Catalogue;

/**
 * Warns on standard error about data files that could not be read at all
 * (broken YAML, not UTF-8): a listing or search without them would look
 * complete when it is not.
 */
export function warnUnreadable(open: OpenRepository, ctx: CommandContext): void {
  const files = [...open.repo.files.values()].filter((f) => !f.data && f.path !== 'hf.yaml').map((f) => f.path);
  if (!files.length) return;
  const t = translator(unreadable, open.lang);
  err(ctx, files.length === 1 ? t('one', { file: files[0] }) : t('many', { count: files.length, files: files.slice(0, 3).join(', ') }));
}
