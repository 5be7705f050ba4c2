/**
 * The action plan as a document, in the layout the plan chooses (`oppsett`):
 *
 * - the matrix, laid out like Handlingsplan 2025: the introduction, the main
 *   goal, one table per grouping (*Hvor vil vi? | <grouping> | Satsninger | Mål |
 *   Arbeidsform | Periode*, or the plan's own `kolonner`) with each satsning's
 *   tiltak nested under it, and then the descriptive text per area;
 * - the narrative: area by area, its text, then each satsning and tiltak as a
 *   headed section with its fields as labelled lines and its text.
 *
 * Pure: the plan tree and the language come in; no clock, no files.
 */
import { translator, type Catalogue, type Lang } from '../i18n/lang.js';
import { areaHeading, areaItems, areaLabel, type AreaNode, type GroupingNode, type PlanTree } from '../model/plan.js';
import type { PlanLayout, PlanRow } from '../model/types.js';
import type { Block, Doc, Inline, TableCell } from './ir.js';
import { folderOf } from '../model/images.js';
import { markdownToBlocks } from './markdown.js';
import { columnLabel, columnWidth, continuityLines, fieldLines, isColumn, labelled, valueBlocks } from './plan-fields.js';

export const planLabels = {
  title: { nb: 'Handlingsplan {year}', en: 'Action plan {year}' },
  introduction: { nb: 'Innledning og bakgrunn', en: 'Introduction and background' },
  mainGoal: { nb: 'Hovedmål', en: 'Main goal' },
  table: { nb: 'Tabell: {grouping}', en: 'Table: {grouping}' },
  whereTo: { nb: 'Hvor vil vi?', en: 'Where do we want to go?' },
  initiatives: { nb: 'Satsninger', en: 'Initiatives' },
  measures: { nb: 'Tiltak', en: 'Measures' },
  measure: { nb: 'Tiltak: {title}', en: 'Measure: {title}' },
  noRows: { nb: 'Planen for {year} har ingen satsninger ennå.', en: 'The plan for {year} has no initiatives yet.' },
} satisfies Catalogue;

export interface PlanRenderOptions {
  lang: Lang;
  /** The partnership's name (document header). */
  partnership: string;
  /** The layout to use instead of the plan's own. */
  layout?: PlanLayout;
}

const cell = (...blocks: Block[]): TableCell => ({ blocks });
const strong = (...children: Inline[]): Inline => ({ type: 'strong', children });

type L = ReturnType<typeof translator<keyof typeof planLabels>>;

/** Renders a plan. */
export function renderPlan(tree: PlanTree, options: PlanRenderOptions): Doc {
  const l = translator(planLabels, options.lang);
  const title = tree.plan?.title ?? l('title', { year: tree.label });
  const blocks: Block[] = [{ type: 'heading', level: 1, text: [title] }];
  const base = tree.plan ? folderOf(tree.plan.file) : `plans/${tree.id}`;
  const intro = markdownToBlocks(tree.plan?.text, { minHeading: 3, base });
  if (intro.length) {
    if (intro[0]!.type !== 'heading') blocks.push({ type: 'heading', level: 2, text: [l('introduction')] });
    blocks.push(...intro);
  }
  if (tree.plan?.mainGoal) {
    blocks.push({ type: 'heading', level: 2, text: [l('mainGoal')] }, ...markdownToBlocks(tree.plan.mainGoal, { context: 'cell', base }));
  }
  const withRows = tree.groupings.filter((g) => g.areas.some(hasRows));
  if (withRows.length === 0) blocks.push({ type: 'paragraph', text: [l('noRows', { year: tree.label })] });
  const layout = options.layout ?? tree.settings.layout;
  if (layout === 'narrative') {
    blocks.push(...narrative(tree, options.lang, l));
  } else {
    for (const g of withRows) blocks.push(...matrix(tree, g, options.lang, l));
    for (const g of tree.groupings) blocks.push(...descriptions(g));
  }
  return { title, lang: options.lang, partnership: options.partnership, blocks, contents: true };
}

function hasRows(a: AreaNode): boolean {
  return a.initiatives.length > 0 || a.measures.length > 0 || a.orphans.length > 0;
}

/** The labelled lines a satsning's cell holds in the matrix: own fields shown as lines, and the links to other plans. */
function cellLines(tree: PlanTree, row: PlanRow, lang: Lang): Block[] {
  const lines = tree.fields.filter((f) => f.show === 'linje' && !tree.settings.columns.includes(f.name)).map((f) => f.name);
  return [...fieldLines(row, lines, tree.fields, lang), ...continuityLines(row, tree.continuity, lang)];
}

/** The table of one grouping. */
function matrix(tree: PlanTree, g: GroupingNode, lang: Lang, l: L): Block[] {
  // An own field nobody filled in for this table is left out, rather than shown as an empty column.
  const rowsHere = g.areas.flatMap((a) => [...a.initiatives.flatMap((n) => [n.row, ...n.measures]), ...a.measures, ...a.orphans]);
  const columns = tree.settings.columns.filter(
    (c) => isColumn(c, tree.fields) && (!tree.fields.some((f) => f.name === c) || rowsHere.some((r) => r.fields[c] !== undefined)),
  );
  // "Hvor vil vi?" only where the plan says where it wants to go.
  const whereToColumn = Object.keys(tree.plan?.whereTo ?? {}).length > 0;
  const rows: TableCell[][] = [];
  const empty = () => cell();
  let first = true;
  const lead = (areaCell: TableCell): TableCell[] => {
    if (!whereToColumn) return [areaCell];
    const whereTo = first && g.whereTo ? cell(...markdownToBlocks(g.whereTo, { context: 'cell', ...(tree.plan ? { base: folderOf(tree.plan.file) } : {}) })) : empty();
    first = false;
    return [whereTo, areaCell];
  };
  const indent = () => (whereToColumn ? [empty(), empty()] : [empty()]);
  const values = (row: PlanRow) => columns.map((c) => cell(...valueBlocks(row, c, tree.fields, lang)));
  const subHeader = () => [...indent(), ...[l('measures'), ...columns.map((c) => columnLabel(c, tree.fields, lang))].map((h) => cell({ type: 'paragraph', text: [strong(h)] }))];
  for (const area of g.areas.filter(hasRows)) {
    let areaCell = cell({ type: 'paragraph', text: [strong(areaLabel(area.area))] });
    const next = () => {
      const c = areaCell;
      areaCell = empty();
      return c;
    };
    for (const item of areaItems(area)) {
      if ('measure' in item) {
        rows.push([...lead(next()), rowCell(tree, item.measure, false, lang), ...values(item.measure)]);
        continue;
      }
      const node = item.initiative;
      rows.push([...lead(next()), rowCell(tree, node.row, true, lang, area.area.name), ...values(node.row)]);
      if (node.measures.length) rows.push(subHeader());
      for (const m of node.measures) rows.push([...indent(), rowCell(tree, m, false, lang), ...values(m)]);
    }
    if (area.orphans.length) {
      rows.push(area.initiatives.length || area.measures.length ? subHeader() : [...lead(next()), ...subHeader().slice(indent().length)]);
      for (const m of area.orphans) rows.push([...indent(), rowCell(tree, m, false, lang), ...values(m)]);
    }
  }
  const header = [...(whereToColumn ? [[l('whereTo')]] : []), [g.grouping.name], [l('initiatives')], ...columns.map((c) => [columnLabel(c, tree.fields, lang)])];
  const widths = [...(whereToColumn ? [16] : []), 16, 24, ...columns.map((c) => columnWidth(c, tree.fields))];
  return [
    { type: 'heading', level: 2, text: [l('table', { grouping: g.grouping.name })] },
    {
      type: 'table',
      style: 'grid',
      header,
      widths,
      rows,
      // Landscape pages, and the "Hvor vil vi?" and area cells each one cell for their rows, as in the plan document.
      landscape: true,
      groupColumns: whereToColumn ? [0, 1] : [0],
    },
  ];
}

/**
 * The satsning or tiltak column: the title (bold for a satsning), the short
 * description, and the labelled lines the plan shows there. A satsning named
 * like its area (the fagutvalg under "Strukturer") shows only its description,
 * as the plan document does.
 */
function rowCell(tree: PlanTree, row: PlanRow, initiative: boolean, lang: Lang, areaName?: string): TableCell {
  const description = markdownToBlocks(row.description, { context: 'cell', base: folderOf(row.file) });
  const lines = cellLines(tree, row, lang);
  const name = row.title ?? row.id;
  if (description.length && areaName && name.trim().toLowerCase() === areaName.trim().toLowerCase()) return cell(...description, ...lines);
  return cell({ type: 'paragraph', text: [initiative ? strong(name) : name] }, ...description, ...lines);
}

/** The descriptive text of a grouping: per area its own text, then each satsning's and tiltak's text, then the area's closing text. */
function descriptions(g: GroupingNode): Block[] {
  const out: Block[] = [];
  for (const area of g.areas) {
    const parts: Block[] = [];
    for (const intro of area.intros) parts.push(...markdownToBlocks(intro.text, { minHeading: 4, base: folderOf(intro.file) }));
    const rows = [...areaItems(area).flatMap((i) => ('initiative' in i ? [i.initiative.row, ...i.initiative.measures] : [i.measure])), ...area.orphans];
    for (const row of rows) parts.push(...rowText(row));
    for (const outro of area.outros) parts.push(...markdownToBlocks(outro.text, { minHeading: 4, base: folderOf(outro.file) }));
    if (parts.length === 0) continue;
    const name = area.intros.find((r) => r.title)?.title ?? area.area.name;
    out.push({ type: 'heading', level: 3, text: [areaHeading(area.area, name)] }, ...parts);
  }
  return out.length ? [{ type: 'heading', level: 2, text: [g.grouping.name] }, ...out] : [];
}

/**
 * A row's text under its title as a heading — unless the text opens with a
 * heading or a bold line of its own ("**Prosjekt Vitality**"), which then is the title.
 */
function rowText(row: PlanRow): Block[] {
  const blocks = markdownToBlocks(row.text, { minHeading: 4, base: folderOf(row.file) });
  if (blocks.length === 0) return [];
  const [head] = blocks;
  const titled =
    head!.type === 'heading' ||
    (head!.type === 'paragraph' && head!.text.length === 1 && typeof head!.text[0] === 'object' && head!.text[0].type === 'strong');
  return titled ? blocks : [{ type: 'heading', level: 4, text: [row.title ?? row.id] }, ...blocks];
}

/**
 * The narrative layout: per grouping (a heading only when there are several),
 * per area its heading and text, then each satsning and tiltak as a section:
 * heading, description, fields as labelled lines, links to other plans, text.
 */
function narrative(tree: PlanTree, lang: Lang, l: L): Block[] {
  const out: Block[] = [];
  const several = tree.groupings.filter((g) => g.areas.some((a) => hasRows(a) || a.intros.length || a.outros.length)).length > 1;
  const areaLevel = several ? 3 : 2;
  const itemLevel = (areaLevel + 1) as 3 | 4;
  const measureLevel = Math.min(4, itemLevel + 1) as 4;
  const keys = ['mål', 'arbeidsform', 'periode', 'ansvarlig', ...tree.fields.filter((f) => f.show !== 'nei').map((f) => f.name)];
  const section = (row: PlanRow, level: 3 | 4, measure: boolean): Block[] => {
    const title = row.title ?? row.id;
    // A tiltak at the level of the satsninger (directly under its area, or below the deepest heading level) says what it is.
    const heading = measure && level === itemLevel ? l('measure', { title }) : title;
    return [
      { type: 'heading', level, text: [heading] },
      ...markdownToBlocks(row.description, { context: 'cell', base: folderOf(row.file) }),
      ...fieldLines(row, keys, tree.fields, lang),
      ...continuityLines(row, tree.continuity, lang),
      ...markdownToBlocks(row.text, { minHeading: Math.min(4, level + 1) as 4, base: folderOf(row.file) }),
    ];
  };
  for (const g of tree.groupings) {
    const areas = g.areas.filter((a) => hasRows(a) || a.intros.length || a.outros.length);
    if (areas.length === 0) continue;
    if (several) out.push({ type: 'heading', level: 2, text: [g.grouping.name] });
    if (g.whereTo) out.push(...labelled(l('whereTo'), markdownToBlocks(g.whereTo, { context: 'cell', ...(tree.plan ? { base: folderOf(tree.plan.file) } : {}) })));
    for (const area of areas) {
      const name = area.intros.find((r) => r.title)?.title ?? area.area.name;
      out.push({ type: 'heading', level: areaLevel, text: [areaHeading(area.area, name)] });
      for (const intro of area.intros) out.push(...markdownToBlocks(intro.text, { minHeading: itemLevel, base: folderOf(intro.file) }));
      for (const item of areaItems(area)) {
        if ('measure' in item) {
          out.push(...section(item.measure, itemLevel, true));
          continue;
        }
        out.push(...section(item.initiative.row, itemLevel, false));
        for (const m of item.initiative.measures) out.push(...section(m, measureLevel, true));
      }
      for (const m of area.orphans) out.push(...section(m, measureLevel, true));
      for (const outro of area.outros) out.push(...markdownToBlocks(outro.text, { minHeading: itemLevel, base: folderOf(outro.file) }));
    }
  }
  return out;
}
