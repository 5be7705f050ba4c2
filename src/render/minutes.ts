/**
 * The minutes (referat) of a meeting: Tema, Dato/sted, Tilstede, Frafall,
 * Vedlegg, Møteleder, Sekretariat, Referent (and Deltakere/Innledere where the
 * meeting records them, as Partnerskapsmøtet does), then per case the treatment
 * text, *Innspill i påfølgende dialog* and *Konklusjon*.
 *
 * Until the meeting is over (today on or before the meeting date) the minutes
 * are a draft: each case shows its recorded conclusion if it has one, otherwise
 * its proposed conclusion, marked as a proposal. Afterwards they show what was
 * recorded, and the cases still lacking a conclusion are returned so the command
 * can name them.
 */
import type { RepoIndex } from '../model/repository.js';
import type { Case } from '../model/types.js';
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
  titleInlines,
  type RenderOptions,
} from './common.js';
import { formatDateLong, formatDatePlace, formatDateShort } from './dates.js';
import type { Block, Doc, Inline, TableCell } from './ir.js';
import { labels } from './labels.js';
import { markdownToBlocks } from './markdown.js';

export interface MinutesOptions extends RenderOptions {}

export interface MinutesResult {
  doc: Doc;
  /** True when the minutes are a draft made before the meeting was over. */
  draft: boolean;
  /** Cases of a held meeting without a recorded conclusion (Eventuelt is not expected to have one). */
  missingConclusions: Case[];
}

/** True while the minutes can only be a draft: until the end of the meeting day. */
export function isDraft(date: string, today: string): boolean {
  return today <= date;
}

/** The minutes of the meeting of `body` on `date` (yyyy-mm-dd). */
export function renderMinutes(index: RepoIndex, body: string, date: string, options: MinutesOptions): MinutesResult {
  const { lang } = options;
  const l = labels(lang);
  const b = index.body(body);
  const code = b?.code ?? body.toUpperCase();
  const meeting = index.findMeeting(code, date);
  const agenda = index.agenda(code, date);
  const draft = isDraft(date, options.today);
  const person = (detail: 'name' | 'organisation' | 'role') => (name: string) => describePerson(name, index, meeting, b, detail);
  // Partnerskapsmøtet's minutes, which list their participants, name everyone with role and organisation.
  const rich = !!meeting?.participants.length;
  const takers = meeting?.minuteTakers ?? [];
  const secretariat = meeting?.secretariat ?? [];
  // Minute-takers who are the secretariat share one row, as in the minutes of Partnerskapsmøtet 30.05.24.
  const takersAreSecretariat = takers.length > 1 && sameNames(takers, secretariat);

  const present = (meeting?.present ?? []).map((name) => {
    if (/^faste medlemmer$/i.test(name.trim())) return l('standingMembers', { code });
    const text = person('organisation')(name);
    return takers.some((t) => sameName(name, t)) ? `${text} ${l('minuteTakerMark')}` : text;
  });
  const listOrPlaceholder = (values: string[]) => (values.length ? values : draft ? [] : undefined);
  const blocks: Block[] = [
    { type: 'heading', level: 1, text: [`${draft ? l('draftMinutes') : l('minutes')} – ${bodyName(b, code)}`] },
  ];
  if (draft) blocks.push({ type: 'paragraph', text: [{ type: 'em', children: [l('draftNote', { date: formatDateLong(date, lang) })] }] });
  blocks.push(
    fieldsTable([
      fieldRow(l('to'), meeting?.recipients),
      fieldRow(l('topic'), l('minutesTopic', { name: b?.name ?? code, code })),
      fieldRow(l('datePlace'), formatDatePlace(date, meeting?.start, meeting?.end, meeting?.place, lang)),
      fieldRow(l('present'), meeting?.participants.length && !present.length ? undefined : listOrPlaceholder(present)),
      fieldRow(l('absent'), listOrPlaceholder((meeting?.absent ?? []).map(person('organisation')))),
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
    ]),
    casesTable(agenda, draft, options),
  );
  const missingConclusions = draft ? [] : agenda.filter((c) => !c.conclusion?.trim() && c.standing !== 'aob');
  const titleKey = draft ? 'draftMinutesTitle' : 'minutesTitle';
  return {
    doc: { title: l(titleKey, { code, date: formatDateShort(date, lang) }), lang, partnership: index.repo.config.name, blocks },
    draft,
    missingConclusions,
  };
}

function casesTable(agenda: Case[], draft: boolean, options: MinutesOptions): Block {
  const l = labels(options.lang);
  // Partnerskapsmøtet's minutes have no Ansvar column: leave it out when no case names anyone.
  const withResponsible = agenda.some((c) => c.responsible.length > 0);
  const rows: TableCell[][] = agenda.map((c) => {
    const row: TableCell[] = [numberCell(c, options.lang), { blocks: caseBlocks(c, draft, options) }];
    if (withResponsible) row.push(linesCell(c.responsible));
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

function caseBlocks(c: Case, draft: boolean, options: MinutesOptions): Block[] {
  const l = labels(options.lang);
  // The title is a heading (styled as bold text): screen readers and the PDF outline find each case by it.
  const blocks: Block[] = [{ type: 'heading', level: 2, text: titleInlines(c) }];
  blocks.push(...leadAndPoints(c));
  blocks.push(...markdownToBlocks(c.treatment, { context: 'cell' }));
  blocks.push(...labelled(l('dialogue'), c.dialogue));
  if (c.conclusion?.trim()) blocks.push(...labelled(l('conclusion'), c.conclusion));
  else if (draft) blocks.push(...labelled(l('proposedConclusion'), c.proposedConclusion));
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

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
