/**
 * The fields of a plan row as a document shows them: the built-in ones (mål,
 * arbeidsform, periode, ansvarlig, status), the partnership's own fields from
 * hf.yaml, and the links to rows of earlier and later plans. Used by the matrix
 * (as columns, or as labelled lines in the satsning's cell) and by the narrative
 * layout (as labelled lines). Pure.
 */
import { translator, type Catalogue, type Lang } from '../i18n/lang.js';
import { formatOwners } from '../model/owners.js';
import { BUILT_IN_COLUMNS, rowKey, type Continuity } from '../model/plan.js';
import type { PlanField, PlanRow } from '../model/types.js';
import { formatDateMedium } from './dates.js';
import type { Block, Inline } from './ir.js';
import { folderOf } from '../model/images.js';
import { markdownToBlocks } from './markdown.js';

export const fieldLabels = {
  goal: { nb: 'Mål', en: 'Goal' },
  workForm: { nb: 'Arbeidsform', en: 'Working form' },
  period: { nb: 'Periode', en: 'Period' },
  owners: { nb: 'Ansvarlig', en: 'Responsible' },
  status: { nb: 'Status', en: 'Status' },
  continues: { nb: 'Viderefører', en: 'Continues' },
  continuedIn: { nb: 'Videreført i', en: 'Continued in' },
  linked: { nb: '{title} ({plan})', en: '{title} ({plan})' },
} satisfies Catalogue;


const BUILT_IN_LABEL: Record<(typeof BUILT_IN_COLUMNS)[number], keyof typeof fieldLabels> = {
  mål: 'goal',
  arbeidsform: 'workForm',
  periode: 'period',
  ansvarlig: 'owners',
  status: 'status',
};

/** Relative width of a column in the matrix. */
export function columnWidth(key: string, fields: readonly PlanField[]): number {
  if (key === 'mål') return 20;
  if (key === 'arbeidsform' || key === 'periode') return 12;
  if (key === 'ansvarlig') return 14;
  const f = fields.find((x) => x.name === key);
  return f && (f.type === 'tekst' || f.type === 'liste') ? 16 : 10;
}

/** The heading of a column: the built-in label, or an own field's label. */
export function columnLabel(key: string, fields: readonly PlanField[], lang: Lang): string {
  if ((BUILT_IN_COLUMNS as readonly string[]).includes(key)) return translator(fieldLabels, lang)(BUILT_IN_LABEL[key as (typeof BUILT_IN_COLUMNS)[number]]);
  return fields.find((f) => f.name === key)?.label ?? key;
}

/** True for keys a plan's `kolonner` may hold. */
export function isColumn(key: string, fields: readonly PlanField[]): boolean {
  return (BUILT_IN_COLUMNS as readonly string[]).includes(key) || fields.some((f) => f.name === key);
}

/** "1 500 000" (nb, with no-break spaces), "1,500,000" (en); decimals with a comma in Norwegian. No Intl: its output differs between Node builds. */
export function formatNumber(n: number, lang: Lang): string {
  if (!Number.isFinite(n)) return String(n);
  const [whole, fraction] = Math.abs(n).toString().split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'en' ? ',' : '\u00a0');
  return `${n < 0 ? '−' : ''}${grouped}${fraction ? (lang === 'en' ? '.' : ',') + fraction : ''}`;
}

/** The blocks of one field's value (empty when the row has none). */
export function valueBlocks(row: PlanRow, key: string, fields: readonly PlanField[], lang: Lang): Block[] {
  switch (key) {
    case 'mål':
      return markdownToBlocks(row.goal, { context: 'cell', base: folderOf(row.file) });
    case 'arbeidsform':
      return markdownToBlocks(row.workForm, { context: 'cell', base: folderOf(row.file) });
    case 'periode':
      return markdownToBlocks(row.period, { context: 'cell', base: folderOf(row.file) });
    case 'ansvarlig':
      return row.owners.length ? [{ type: 'paragraph', text: [formatOwners(row.owners)] }] : [];
    case 'status':
      return row.status ? [{ type: 'paragraph', text: [row.status] }] : [];
  }
  const field = fields.find((f) => f.name === key);
  const value = row.fields[key];
  if (!field || value === undefined || value === null) return [];
  switch (field.type) {
    case 'liste': {
      const items = (Array.isArray(value) ? value : [value]).filter((v) => typeof v === 'string' || typeof v === 'number').map(String);
      return items.length ? [{ type: 'list', ordered: false, items: items.map((v) => markdownToBlocks(v, { context: 'cell', base: folderOf(row.file) })) }] : [];
    }
    case 'tall':
      return typeof value === 'number' ? [{ type: 'paragraph', text: [formatNumber(value, lang)] }] : [{ type: 'paragraph', text: [String(value)] }];
    case 'dato':
      return [{ type: 'paragraph', text: [typeof value === 'string' ? formatDateMedium(value, lang) : String(value)] }];
    default:
      return typeof value === 'string' ? markdownToBlocks(value, { context: 'cell', base: folderOf(row.file) }) : [{ type: 'paragraph', text: [String(value)] }];
  }
}

/** "**Mål:** text" — or the label on its own line above a list or several paragraphs. */
export function labelled(label: string, blocks: Block[]): Block[] {
  if (blocks.length === 0) return [];
  const head: Inline = { type: 'strong', children: [/[?:]$/.test(label) ? label : `${label}:`] };
  const [first] = blocks;
  if (blocks.length === 1 && first!.type === 'paragraph') return [{ type: 'paragraph', text: [head, ' ', ...first!.text] }];
  return [{ type: 'paragraph', text: [head] }, ...blocks];
}

/** "Viderefører: Felles ROP-team (2024)" and "Videreført i: … (2025–2027)": the row's links to other plans. */
export function continuityLines(row: PlanRow, continuity: Continuity, lang: Lang): Block[] {
  const l = translator(fieldLabels, lang);
  const name = (r: PlanRow) => l('linked', { title: r.title ?? r.id, plan: continuity.labels.get(r.plan) ?? r.plan });
  const before = row.continues.map((k) => continuity.byKey.get(k)).filter((r): r is PlanRow => !!r);
  const after = continuity.continuedBy.get(rowKey(row)) ?? [];
  const out: Block[] = [];
  if (before.length) out.push(...labelled(l('continues'), [{ type: 'paragraph', text: [before.map(name).join('; ')] }]));
  if (after.length) out.push(...labelled(l('continuedIn'), [{ type: 'paragraph', text: [after.map(name).join('; ')] }]));
  return out;
}

/** The labelled lines of a row: the given keys that have a value, in order. */
export function fieldLines(row: PlanRow, keys: readonly string[], fields: readonly PlanField[], lang: Lang): Block[] {
  return keys.flatMap((key) => labelled(columnLabel(key, fields, lang), valueBlocks(row, key, fields, lang)));
}
