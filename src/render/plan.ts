/**
 * The action plan as a document, laid out like Handlingsplan 2025: the
 * introduction, the main goal, one table per grouping of hf.yaml (*Hvor vil vi? |
 * <grouping> | Satsninger | Mål | Arbeidsform | Periode*) with each satsning's
 * tiltak nested under it, and then the descriptive text per area. Pure: the
 * plan tree and the language come in; no clock, no files.
 */
import { translator, type Catalogue, type Lang } from '../i18n/lang.js';
import { areaLabel, type AreaNode, type GroupingNode, type PlanTree } from '../model/plan.js';
import type { PlanRow } from '../model/types.js';
import type { Block, Doc, Inline, TableCell } from './ir.js';
import { markdownToBlocks } from './markdown.js';

export const planLabels = {
  title: { nb: 'Handlingsplan {year}', en: 'Action plan {year}' },
  introduction: { nb: 'Innledning og bakgrunn', en: 'Introduction and background' },
  mainGoal: { nb: 'Hovedmål', en: 'Main goal' },
  table: { nb: 'Tabell: {grouping}', en: 'Table: {grouping}' },
  whereTo: { nb: 'Hvor vil vi?', en: 'Where do we want to go?' },
  initiatives: { nb: 'Satsninger', en: 'Initiatives' },
  measures: { nb: 'Tiltak', en: 'Measures' },
  goal: { nb: 'Mål', en: 'Goal' },
  workForm: { nb: 'Arbeidsform', en: 'Working form' },
  period: { nb: 'Periode', en: 'Period' },
  noRows: { nb: 'Planen for {year} har ingen satsninger ennå.', en: 'The plan for {year} has no initiatives yet.' },
} satisfies Catalogue;

export interface PlanRenderOptions {
  lang: Lang;
  /** The partnership's name (document header). */
  partnership: string;
}

const cell = (...blocks: Block[]): TableCell => ({ blocks });
const text = (value: string | undefined): TableCell => cell(...markdownToBlocks(value, { context: 'cell' }));
const strong = (...children: Inline[]): Inline => ({ type: 'strong', children });

/** Renders one year's plan. */
export function renderPlan(tree: PlanTree, options: PlanRenderOptions): Doc {
  const l = translator(planLabels, options.lang);
  const title = tree.plan?.title ?? l('title', { year: tree.year });
  const blocks: Block[] = [{ type: 'heading', level: 1, text: [title] }];
  const intro = markdownToBlocks(tree.plan?.text, { minHeading: 3 });
  if (intro.length) {
    if (intro[0]!.type !== 'heading') blocks.push({ type: 'heading', level: 2, text: [l('introduction')] });
    blocks.push(...intro);
  }
  if (tree.plan?.mainGoal) {
    blocks.push({ type: 'heading', level: 2, text: [l('mainGoal')] }, ...markdownToBlocks(tree.plan.mainGoal, { context: 'cell' }));
  }
  const withRows = tree.groupings.filter((g) => g.areas.some(hasRows));
  if (withRows.length === 0) blocks.push({ type: 'paragraph', text: [l('noRows', { year: tree.year })] });
  for (const g of withRows) blocks.push(...matrix(g, l));
  for (const g of tree.groupings) blocks.push(...descriptions(g));
  return { title, lang: options.lang, partnership: options.partnership, blocks, contents: true };
}

function hasRows(a: AreaNode): boolean {
  return a.initiatives.length > 0 || a.orphans.length > 0;
}

type L = ReturnType<typeof translator<keyof typeof planLabels>>;

/** The table of one grouping. */
function matrix(g: GroupingNode, l: L): Block[] {
  const rows: TableCell[][] = [];
  const empty = () => cell();
  let first = true;
  const lead = (areaCell: TableCell): TableCell[] => {
    const whereTo = first && g.whereTo ? text(g.whereTo) : empty();
    first = false;
    return [whereTo, areaCell];
  };
  const subHeader = () => [empty(), empty(), ...[l('measures'), l('goal'), l('workForm'), l('period')].map((h) => cell({ type: 'paragraph', text: [strong(h)] }))];
  for (const area of g.areas.filter(hasRows)) {
    let areaCell = cell({ type: 'paragraph', text: [strong(areaLabel(area.area))] });
    const next = () => {
      const c = areaCell;
      areaCell = empty();
      return c;
    };
    for (const node of area.initiatives) {
      rows.push([...lead(next()), rowCell(node.row, true, area.area.name), text(node.row.goal), text(node.row.workForm), text(node.row.period)]);
      if (node.measures.length) rows.push(subHeader());
      for (const m of node.measures) rows.push([empty(), empty(), rowCell(m, false), text(m.goal), text(m.workForm), text(m.period)]);
    }
    if (area.orphans.length) {
      rows.push(area.initiatives.length ? subHeader() : [...lead(next()), ...subHeader().slice(2)]);
      for (const m of area.orphans) rows.push([empty(), empty(), rowCell(m, false), text(m.goal), text(m.workForm), text(m.period)]);
    }
  }
  return [
    { type: 'heading', level: 2, text: [l('table', { grouping: g.grouping.name })] },
    {
      type: 'table',
      style: 'grid',
      header: [[l('whereTo')], [g.grouping.name], [l('initiatives')], [l('goal')], [l('workForm')], [l('period')]],
      widths: [16, 16, 24, 20, 12, 12],
      rows,
      // Landscape pages, and the "Hvor vil vi?" and area cells each one cell for their rows, as in the plan document.
      landscape: true,
      groupColumns: [0, 1],
    },
  ];
}

/**
 * The satsning or tiltak column: the title in bold, then the short description.
 * A satsning named like its area (the fagutvalg under "Strukturer") shows only
 * its description, as the plan document does.
 */
function rowCell(row: PlanRow, initiative: boolean, areaName?: string): TableCell {
  const description = markdownToBlocks(row.description, { context: 'cell' });
  const name = row.title ?? row.id;
  if (description.length && areaName && name.trim().toLowerCase() === areaName.trim().toLowerCase()) return cell(...description);
  return cell({ type: 'paragraph', text: [initiative ? strong(name) : name] }, ...description);
}

/** The descriptive text of a grouping: per area its own text, then each satsning's and tiltak's text. */
function descriptions(g: GroupingNode): Block[] {
  const out: Block[] = [];
  for (const area of g.areas) {
    const parts: Block[] = [];
    for (const intro of area.intros) parts.push(...markdownToBlocks(intro.text, { minHeading: 4 }));
    const rows = [...area.initiatives.flatMap((n) => [n.row, ...n.measures]), ...area.orphans];
    for (const row of rows) parts.push(...rowText(row));
    if (parts.length === 0) continue;
    const name = area.intros.find((r) => r.title)?.title ?? area.area.name;
    const heading = area.area.number !== undefined ? `${area.area.number}. ${name}` : name;
    out.push({ type: 'heading', level: 3, text: [heading] }, ...parts);
  }
  return out.length ? [{ type: 'heading', level: 2, text: [g.grouping.name] }, ...out] : [];
}

/**
 * A row's text under its title as a heading — unless the text opens with a
 * heading or a bold line of its own ("**Prosjekt Vitality**"), which then is the title.
 */
function rowText(row: PlanRow): Block[] {
  const blocks = markdownToBlocks(row.text, { minHeading: 4 });
  if (blocks.length === 0) return [];
  const [head] = blocks;
  const titled =
    head!.type === 'heading' ||
    (head!.type === 'paragraph' && head!.text.length === 1 && typeof head!.text[0] === 'object' && head!.text[0].type === 'strong');
  return titled ? blocks : [{ type: 'heading', level: 4, text: [row.title ?? row.id] }, ...blocks];
}
