/**
 * The working document of the minutes: what the secretary types into during
 * the meeting, in Word or LibreOffice, and `hf minutes import` reads back.
 *
 * At the top the meeting (Til, Tema, Dato/sted …, the body's members as a
 * reminder) with the attendance fields Tilstede and Frafall; then one section
 * per case of the agenda: its number and title, what the notice said (types,
 * responsible, points, the proposed conclusion), and the fields Inhabil (who
 * stepped aside), Behandling, Innspill i påfølgende dialog, Konklusjon and
 * Oppfølging. Attendance is typed as the meeting file records it: a deputy as
 * `Navn (vara for …)`, apologies as `Navn (grunn)`.
 *
 * Every field is a table cell of its own, holding a content control
 * (FieldControl), and the label beside it holds a bookmark that the document's
 * properties name the field of (model/working-minutes.ts). The cell is the
 * field: what is typed anywhere in it counts, which matters because
 * LibreOffice keeps only the first paragraph of a multi-paragraph control
 * inside it. A field shows what the files already hold,
 * so the document can be made, imported and made again. The document's custom
 * properties name the meeting and hold the fingerprint of every case and of the
 * meeting file (model/working-minutes.ts).
 */
import type { RepoIndex } from '../model/repository.js';
import type { Case } from '../model/types.js';
import {
  CASE_FIELDS,
  CASE_STATE_KEYS,
  caseFieldKey,
  fieldAlias,
  fieldBookmark,
  fieldLabel,
  fieldPlaceholder,
  fieldTag,
  formatFieldProperty,
  formatApologyLine,
  formatConflictLine,
  formatFollowUpLine,
  formatPresenceLine,
  MEETING_STATE_KEYS,
  meetingFieldKey,
  PROPERTY,
  stateHash,
  WORKING_MINUTES_KIND,
  type FieldId,
  type FieldRef,
} from '../model/working-minutes.js';
import { translator, type Catalogue } from '../i18n/lang.js';
import { bodyName, describePerson, fieldRow, fieldsTable, numberOf, pointsList, type RenderOptions } from './common.js';
import { formatDateLong, formatDatePlace, formatDateShort } from './dates.js';
import { fieldTextBlocks } from './field-text.js';
import type { Block, Doc, TableCell } from './ir.js';
import { labels, withOwnLabels } from './labels.js';
import { markdownToBlocks } from './markdown.js';

const words = {
  heading: { nb: 'Referat – {name}', en: 'Minutes – {name}' },
  title: { nb: 'Arbeidsdokument referat {code} {date}', en: 'Working document, minutes {code} {date}' },
  intro: {
    nb: 'Arbeidsdokument for referatet fra møtet {date}. Skriv i de blå feltene; den grå teksten forsvinner når du skriver. Lagre som Word-dokument (.docx) og les det inn med',
    en: 'Working document for the minutes of the meeting on {date}. Type into the blue fields; the grey text disappears when you type. Save as a Word document (.docx) and read it back with',
  },
  introCommand: { nb: 'hf minutes import referat.docx', en: 'hf minutes import minutes.docx' },
  introEnd: {
    nb: '; hf leser bare feltene, og viser endringene med --dry-run før noe skrives.',
    en: '; hf reads only the fields, and shows the changes with --dry-run before anything is written.',
  },
  members: { nb: 'Medlemmer', en: 'Members' },
  withDeputies: { nb: '{member} (vara: {deputies})', en: '{member} (deputy: {deputies})' },
  types: { nb: 'Sakstype', en: 'Case type' },
  responsible: { nb: 'Ansvar', en: 'Responsible' },
  points: { nb: 'Punkter', en: 'Points' },
  proposal: { nb: 'Forslag til konklusjon', en: 'Proposed conclusion' },
} satisfies Catalogue;

/** The working document of the meeting of `body` on `date` (yyyy-mm-dd), from the repository as it is on disk. */
export function renderWorkingMinutes(index: RepoIndex, body: string, date: string, options: RenderOptions): Doc {
  return withOwnLabels(index.repo.config, index.body(body), () => renderWorkingMinutesUnlabelled(index, body, date, options));
}

function renderWorkingMinutesUnlabelled(index: RepoIndex, body: string, date: string, options: RenderOptions): Doc {
  const { lang } = options;
  const w = translator(words, lang);
  const l = labels(lang);
  const b = index.body(body);
  const code = b?.code ?? body.toUpperCase();
  const meeting = index.findMeeting(code, date);
  const agenda = index.agenda(code, date);
  const meetingKey = meetingFieldKey(code, date);
  const person = (name: string) => describePerson(name, index, meeting, b, 'organisation');
  const label = (text: string): TableCell => ({ blocks: [{ type: 'paragraph', text: [text] }] });
  const lines = (values: string[]): Block[] => values.map((v) => ({ type: 'paragraph', text: [v] }));
  const properties: Record<string, string> = {
    [PROPERTY.kind]: WORKING_MINUTES_KIND,
    [PROPERTY.meeting]: meetingKey,
    [PROPERTY.statePrefix + meetingKey]: stateHash(meeting ? index.repo.files.get(meeting.file)?.data : undefined, MEETING_STATE_KEYS),
  };
  // A field's row: its label (holding the field's bookmark) and the field.
  let fields = 0;
  const fieldRowOf = (ref: FieldRef, blocks: Block[]): TableCell[] => {
    const bookmark = fieldBookmark(++fields);
    properties[PROPERTY.fieldPrefix + bookmark] = formatFieldProperty(ref);
    return [
      { ...label(fieldLabel(ref.field, lang)), anchor: bookmark },
      { blocks, field: { tag: fieldTag(ref), alias: fieldAlias(ref, lang), placeholder: fieldPlaceholder(ref.field, lang) } },
    ];
  };

  const blocks: Block[] = [
    { type: 'heading', level: 1, text: [w('heading', { name: bodyName(b, code) })] },
    { type: 'paragraph', text: [{ type: 'em', children: [`${w('intro', { date: formatDateLong(date, lang) })} `, { type: 'code', text: w('introCommand') }, w('introEnd')] }] },
    fieldsTable([
      fieldRow(l('to'), meeting?.recipients ?? b?.recipients),
      fieldRow(l('topic'), l('minutesTopic', { name: b?.name ?? code, code })),
      fieldRow(l('datePlace'), formatDatePlace(date, meeting?.start, meeting?.end, meeting?.place, lang)),
      fieldRow(l('chair'), meeting?.chair),
      fieldRow(l('minuteTaker'), meeting?.minuteTaker),
      fieldRow(l('secretariat'), nonEmpty((meeting?.secretariat ?? []).map(person))),
      fieldRow(
        w('members'),
        nonEmpty((b?.members ?? []).map((m) => (m.deputies.length ? w('withDeputies', { member: person(m.name), deputies: m.deputies.map((d) => d.name).join(', ') }) : person(m.name)))),
      ),
      fieldRowOf({ field: 'tilstede', key: meetingKey }, lines((meeting?.presence ?? []).map((p) => formatPresenceLine(p, lang)))),
      fieldRowOf({ field: 'frafall', key: meetingKey }, lines((meeting?.apologies ?? []).map(formatApologyLine))),
    ]),
  ];

  for (const c of agenda) {
    const key = caseFieldKey(c);
    properties[PROPERTY.statePrefix + key] = stateHash(index.repo.files.get(c.file)?.data, CASE_STATE_KEYS);
    blocks.push({ type: 'heading', level: 2, text: [[numberOf(c), c.title].filter(Boolean).join(' ')] });
    const rows: (TableCell[] | undefined)[] = [
      fieldRow(w('types'), nonEmpty(c.types)?.join(', ')),
      fieldRow(w('responsible'), nonEmpty(c.responsible)?.join(', ')),
      c.points.length ? [label(w('points')), { blocks: pointsList(c.points) }] : undefined,
      c.proposedConclusion?.trim() ? [label(w('proposal')), { blocks: markdownToBlocks(c.proposedConclusion, { context: 'cell' }) }] : undefined,
    ];
    for (const id of CASE_FIELDS) rows.push(fieldRowOf({ field: id, key }, caseFieldBlocks(c, id, options)));
    blocks.push(fieldsTable(rows));
  }

  return {
    title: w('title', { code, date: formatDateShort(date, lang) }),
    lang,
    partnership: index.repo.config.name,
    blocks,
    properties,
  };
}

/** What a case's field shows: the value its file holds now. */
function caseFieldBlocks(c: Case, id: FieldId, options: RenderOptions): Block[] {
  const item = (text: string): Block[] => [{ type: 'paragraph', text: [text] }];
  switch (id) {
    case 'inhabil':
      return c.conflicts.length ? [{ type: 'list', ordered: false, items: c.conflicts.map((x) => item(formatConflictLine(x, options.lang))) }] : [];
    case 'behandling':
      return fieldTextBlocks(c.treatment);
    case 'innspill':
      return fieldTextBlocks(c.dialogue);
    case 'konklusjon':
      return fieldTextBlocks(c.conclusion);
    case 'oppfølging':
      return c.followUps.length ? [{ type: 'list', ordered: false, items: c.followUps.map((f) => item(formatFollowUpLine(f, options.lang))) }] : [];
    default:
      return [];
  }
}

function nonEmpty(values: string[]): string[] | undefined {
  return values.length ? values : undefined;
}
