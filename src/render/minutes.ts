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
  labelled,
  linesCell,
  numberCell,
  pointsList,
  type RenderOptions,
} from './common.js';
import { formatDateLong, formatDatePlace, formatDateShort } from './dates.js';
import type { Block, Doc, TableCell } from './ir.js';
import { labels } from './labels.js';
import { folderOf } from '../model/images.js';
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

  const present = (meeting?.present ?? []).map((name) => {
    if (/^faste medlemmer$/i.test(name.trim())) return l('standingMembers', { code });
    const text = person('organisation')(name);
    return meeting?.minuteTaker && sameName(name, meeting.minuteTaker) ? `${text} ${l('minuteTakerMark')}` : text;
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
      fieldRow(l('attachments'), nonEmpty(attachmentLines(agenda, lang))),
      fieldRow(l('chair'), meeting?.chair ?? (draft ? '' : undefined)),
      fieldRow(l('secretariat'), nonEmpty((meeting?.secretariat ?? []).map(person('organisation')))),
      fieldRow(l('minuteTaker'), meeting?.minuteTaker),
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
  return { type: 'table', style: 'grid', header, widths: withResponsible ? [18, 64, 18] : [18, 82], rows };
}

function caseBlocks(c: Case, draft: boolean, options: MinutesOptions): Block[] {
  const l = labels(options.lang);
  const blocks: Block[] = [{ type: 'paragraph', text: [{ type: 'strong', children: [c.title] }] }];
  blocks.push(...pointsList(c.points));
  blocks.push(...markdownToBlocks(c.treatment, { context: 'cell', base: folderOf(c.file) }));
  blocks.push(...labelled(l('dialogue'), c.dialogue, folderOf(c.file)));
  if (c.conclusion?.trim()) blocks.push(...labelled(l('conclusion'), c.conclusion, folderOf(c.file)));
  else if (draft) blocks.push(...labelled(l('proposedConclusion'), c.proposedConclusion, folderOf(c.file)));
  return blocks;
}

function nonEmpty(values: string[]): string[] | undefined {
  return values.length ? values : undefined;
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
