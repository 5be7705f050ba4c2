/**
 * The minutes (referat) of a meeting: Tema, Dato/sted, Tilstede (with deputies
 * and partial attendance), Frafall, Gjester, Beslutningsdyktig, Vedlegg,
 * Møteleder, Sekretariat, Referent (and Deltakere/Innledere where the meeting
 * records them, as Partnerskapsmøtet does), Godkjent, then per case the
 * treatment text, who stepped aside as inhabil, *Innspill i påfølgende dialog* and
 * *Konklusjon*; information items taken together share one row and one
 * conclusion; corrections recorded after approval close the document.
 *
 * The minutes are a draft ("Utkast til referat") until the meeting is over and
 * every case is finished (src/model/info-items.ts), or when asked for one: a
 * case without its conclusion shows its proposed conclusion, marked as a
 * proposal, and after the meeting also as unfinished. The cases still lacking a
 * conclusion are returned so the command can name them.
 */
import { formatCaseRef } from '../model/case-number.js';
import { agendaRows, isFinished, takenTogether } from '../model/info-items.js';
import { isDecision, quorumAt, quorumRuleOf, type QuorumResult } from '../model/quorum.js';
import type { RepoIndex } from '../model/repository.js';
import type { Case, Meeting } from '../model/types.js';
import { absentLines, caseQuorumLine, guestLines, presentLines, quorumLine } from './attendance.js';
import {
  attachmentLines,
  bodyName,
  describePerson,
  fieldRow,
  fieldsTable,
  joinLines,
  labelled,
  leadAndPoints,
  linesCell,
  numberCell,
  numberOf,
  numbersCell,
  titleInlines,
  type RenderOptions,
} from './common.js';
import { formatDateLong, formatDatePlace, formatDateShort } from './dates.js';
import type { Block, Doc, Inline, TableCell } from './ir.js';
import { labels } from './labels.js';
import { folderOf } from '../model/images.js';
import { markdownToBlocks } from './markdown.js';

export interface MinutesOptions extends RenderOptions {
  /** A draft whatever the state of the cases (`--draft`). */
  draft?: boolean;
}

export interface MinutesResult {
  doc: Doc;
  /** True when the minutes are a draft: before the meeting is over, with a case unfinished, or when asked for. */
  draft: boolean;
  /** Cases of a held meeting without a recorded conclusion (Eventuelt is not expected to have one). */
  missingConclusions: Case[];
  /** Cases of a held meeting the minutes cannot close yet (src/model/info-items.ts `isFinished`). */
  unfinished: Case[];
}

/** True while the minutes can only be a draft: until the end of the meeting day. */
export function isDraft(date: string, today: string): boolean {
  return today <= date;
}

/** What the case rows need besides the case. */
interface RowContext {
  index: RepoIndex;
  meeting: Meeting | undefined;
  agenda: Case[];
  draft: boolean;
  /** The meeting is over: a missing conclusion is marked as unfinished. */
  held: boolean;
  quorum: (c: Case) => QuorumResult | undefined;
  meetingQuorum: QuorumResult | undefined;
  options: MinutesOptions;
}

/** The minutes of the meeting of `body` on `date` (yyyy-mm-dd). */
export function renderMinutes(index: RepoIndex, body: string, date: string, options: MinutesOptions): MinutesResult {
  const { lang } = options;
  const l = labels(lang);
  const b = index.body(body);
  const code = b?.code ?? body.toUpperCase();
  const meeting = index.findMeeting(code, date);
  const agenda = index.agenda(code, date);
  const held = !isDraft(date, options.today);
  const unfinished = held ? agenda.filter((c) => !isFinished(c, meeting, agenda)) : [];
  const draft = !!options.draft || !held || unfinished.length > 0;
  const person = (detail: 'name' | 'organisation' | 'role') => (name: string) => describePerson(name, index, meeting, b, detail);
  const { config } = index.repo;
  const rule = quorumRuleOf(b, index.repo.mandates);
  const meetingQuorum = quorumAt(meeting, b, rule, config.parties, undefined, agenda);
  // Partnerskapsmøtet's minutes, which list their participants, name everyone with role and organisation.
  const rich = !!meeting?.participants.length;
  const takers = meeting?.minuteTakers ?? [];
  const secretariat = meeting?.secretariat ?? [];
  // Minute-takers who are the secretariat share one row, as in the minutes of Partnerskapsmøtet 30.05.24.
  const takersAreSecretariat = takers.length > 1 && sameNames(takers, secretariat);

  const present = presentLines(meeting, index, b, code, lang);
  const listOrPlaceholder = (values: string[]) => (values.length ? values : draft ? [] : undefined);
  const blocks: Block[] = [
    { type: 'heading', level: 1, text: [`${draft ? l('draftMinutes') : l('minutes')} – ${bodyName(b, code)}`] },
  ];
  if (draft) {
    const note = !held
      ? l('draftNote', { date: formatDateLong(date, lang) })
      : unfinished.length
        ? l('draftUnfinished', { count: unfinished.length, numbers: unfinished.map((c) => numberOf(c) || `«${c.title}»`).join(', ') })
        : l('draftForced');
    blocks.push({ type: 'paragraph', text: [{ type: 'em', children: [note] }] });
  }
  blocks.push(
    fieldsTable([
      fieldRow(l('to'), meeting?.recipients),
      fieldRow(l('topic'), l('minutesTopic', { name: b?.name ?? code, code })),
      fieldRow(l('datePlace'), formatDatePlace(date, meeting?.start, meeting?.end, meeting?.place, lang)),
      fieldRow(l('present'), meeting?.participants.length && !present.length ? undefined : listOrPlaceholder(present)),
      fieldRow(l('absent'), listOrPlaceholder(absentLines(meeting, index, b, lang))),
      fieldRow(l('guests'), nonEmpty(guestLines(meeting, index, b))),
      fieldRow(l('quorum'), meetingQuorum && rule ? quorumLine(meetingQuorum, rule, config.parties, lang) : undefined),
      fieldRow(l('attachments'), attachmentRow(attachmentLines(agenda, lang))),
      fieldRow(l('chair'), meeting?.chair ? person(rich ? 'role' : 'name')(meeting.chair) : draft ? '' : undefined),
      ...(takersAreSecretariat
        ? [fieldRow(l('minuteTakersSecretariat'), takers.map(person(rich ? 'role' : 'organisation')))]
        : [
            fieldRow(l('secretariat'), nonEmpty(secretariat.map(person(rich ? 'role' : 'organisation')))),
            fieldRow(takers.length > 1 ? l('minuteTakers') : l('minuteTaker'), nonEmpty(takers.map(person(rich ? 'role' : 'name')))),
          ]),
      fieldRow(l('participants'), nonEmpty((meeting?.participants ?? []).map(person('role')))),
      fieldRow(l('presenters'), nonEmpty((meeting?.presenters ?? []).map(person('role')))),
      fieldRow(l('approved'), meeting?.approval ? approvalText(meeting, options) : undefined),
    ]),
    casesTable({
      index,
      meeting,
      agenda,
      draft,
      held,
      quorum: (c) => quorumAt(meeting, b, rule, config.parties, c, agenda),
      meetingQuorum,
      options,
    }),
  );
  if (meeting?.corrections.length) {
    blocks.push(
      { type: 'heading', level: 2, text: [l('corrections')] },
      { type: 'list', ordered: false, items: meeting.corrections.map((c) => [{ type: 'paragraph', text: [`${formatDateShort(c.date, lang)}: `, ...inlineOf(c.text)] }]) },
    );
  }
  const missingConclusions = held ? agenda.filter((c) => !c.conclusion?.trim() && c.standing !== 'aob' && !(takenTogether(c) && meeting?.infoItems?.conclusion)) : [];
  const titleKey = draft ? 'draftMinutesTitle' : 'minutesTitle';
  return {
    doc: { title: l(titleKey, { code, date: formatDateShort(date, lang) }), lang, partnership: index.repo.config.name, blocks },
    draft,
    missingConclusions,
    unfinished,
  };
}

function approvalText(meeting: Meeting, options: MinutesOptions): string {
  const l = labels(options.lang);
  const a = meeting.approval!;
  const date = formatDateShort(a.date, options.lang);
  return a.inCase ? l('approvedInCase', { ref: formatCaseRef(a.inCase), date }) : l('approvedByEmail', { date });
}

/** The inlines of one paragraph of Markdown text. */
function inlineOf(text: string): Inline[] {
  const [first] = markdownToBlocks(text, { context: 'cell' });
  return first?.type === 'paragraph' ? first.text : [text];
}

function casesTable(ctx: RowContext): Block {
  const { agenda, draft, options } = ctx;
  const l = labels(options.lang);
  // Partnerskapsmøtet's minutes have no Ansvar column: leave it out when no case names anyone.
  const withResponsible = agenda.some((c) => c.responsible.length > 0);
  const rows: TableCell[][] = agendaRows(agenda).map((r) => {
    const cases = r.kind === 'case' ? [r.case] : r.cases;
    const row: TableCell[] =
      r.kind === 'case' ? [numberCell(r.case, options.lang), { blocks: caseBlocks(r.case, ctx) }] : [numbersCell(r.cases), { blocks: togetherBlocks(r.cases, ctx) }];
    if (withResponsible) row.push(linesCell([...new Set(cases.flatMap((c) => c.responsible))]));
    return row;
  });
  if (draft && !agenda.some((c) => c.standing === 'aob')) {
    const row: TableCell[] = [{ blocks: [] }, { blocks: [{ type: 'paragraph', text: [{ type: 'strong', children: [l('aob')] }] }] }];
    if (withResponsible) row.push({ blocks: [] });
    rows.push(row);
  }
  const header = withResponsible ? [[l('colNumber')], [l('colCase')], [l('colResponsible')]] : [[l('colNumber')], [l('colTreatment')]];
  // A case's treatment can run for most of a page: its row continues on the next page rather than leave this one half empty.
  return { type: 'table', style: 'grid', header, widths: withResponsible ? [18, 64, 18] : [18, 82], rows, breakRows: true };
}

function caseBlocks(c: Case, ctx: RowContext): Block[] {
  const l = labels(ctx.options.lang);
  // The title is a heading (styled as bold text): screen readers and the PDF outline find each case by it.
  const blocks: Block[] = [{ type: 'heading', level: 2, text: titleInlines(c) }];
  if (c.liftedOutBy) blocks.push({ type: 'paragraph', text: [{ type: 'em', children: [l('liftedOut', { name: c.liftedOutBy })] }] });
  blocks.push(...leadAndPoints(c));
  blocks.push(...conflictBlocks(c, ctx));
  blocks.push(...markdownToBlocks(c.treatment, { context: 'cell', base: folderOf(c.file) }));
  blocks.push(...labelled(l('dialogue'), c.dialogue, folderOf(c.file)));
  blocks.push(...conclusionBlocks(c.conclusion, c.proposedConclusion, folderOf(c.file), ctx.draft, ctx.held && c.standing !== 'aob' && !isFinished(c, ctx.meeting, ctx.agenda), ctx));
  return blocks;
}

/** The conclusion; in a draft the proposal where it is missing, marked as unfinished once the meeting is over. */
function conclusionBlocks(conclusion: string | undefined, proposal: string | undefined, base: string | undefined, draft: boolean, unfinished: boolean, ctx: RowContext): Block[] {
  const l = labels(ctx.options.lang);
  if (conclusion?.trim()) return labelled(l('conclusion'), conclusion, base);
  const blocks: Block[] = draft ? labelled(l('proposedConclusion'), proposal, base) : [];
  if (unfinished) blocks.push({ type: 'paragraph', text: [{ type: 'strong', children: [l('unfinished')] }] });
  return blocks;
}

/** Who stepped aside for the case, and the case's quorum where it differs from the meeting's. */
function conflictBlocks(c: Case, ctx: RowContext): Block[] {
  const l = labels(ctx.options.lang);
  const blocks: Block[] = c.conflicts.map((x) => {
    const why = [x.reason, x.basis ? l('conflictBasis', { basis: x.basis }) : undefined].filter((s): s is string => !!s);
    return { type: 'paragraph', text: [{ type: 'em', children: [`${l('conflict', { name: x.name })}${why.length ? ` (${why.join('; ')})` : ''}.`] }] };
  });
  if (!isDecision(c)) return blocks;
  const result = ctx.quorum(c);
  const whole = ctx.meetingQuorum;
  if (result && whole && (result.present !== whole.present || result.met !== whole.met)) {
    blocks.push({ type: 'paragraph', text: [{ type: 'em', children: [caseQuorumLine(result, ctx.index.repo.config.parties, ctx.options.lang)] }] });
  }
  return blocks;
}

/** The information items taken together: one heading, each item, one conclusion. */
function togetherBlocks(cases: Case[], ctx: RowContext): Block[] {
  const l = labels(ctx.options.lang);
  const items = ctx.meeting?.infoItems;
  const blocks: Block[] = [
    { type: 'paragraph', text: [{ type: 'strong', children: [items?.title ?? l('infoItems')] }] },
    { type: 'paragraph', text: [{ type: 'em', children: [l('infoItemsIntro')] }] },
  ];
  for (const c of cases) {
    const n = numberOf(c);
    blocks.push({ type: 'heading', level: 3, text: n ? [`${n} `, ...titleInlines(c)] : titleInlines(c) });
    blocks.push(...leadAndPoints(c));
    blocks.push(...conflictBlocks(c, ctx));
    blocks.push(...markdownToBlocks(c.treatment, { context: 'cell', base: folderOf(c.file) }));
    blocks.push(...labelled(l('dialogue'), c.dialogue, folderOf(c.file)));
    if (c.conclusion?.trim()) blocks.push(...labelled(l('conclusion'), c.conclusion, folderOf(c.file)));
  }
  const unfinished = ctx.held && cases.some((c) => !isFinished(c, ctx.meeting, ctx.agenda));
  blocks.push(...conclusionBlocks(items?.conclusion, items?.proposedConclusion, ctx.meeting ? folderOf(ctx.meeting.file) : undefined, ctx.draft, unfinished, ctx));
  return blocks;
}

function nonEmpty(values: string[]): string[] | undefined {
  return values.length ? values : undefined;
}

function attachmentRow(lines: Inline[][]): Inline[] | undefined {
  return lines.length ? joinLines(lines) : undefined;
}

function sameNames(a: string[], b: string[]): boolean {
  const key = (list: string[]) => list.map((n) => n.trim().toLowerCase()).sort().join('\n');
  return key(a) === key(b);
}

