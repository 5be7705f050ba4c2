/**
 * Creating case files: the text of a new case, and writing it as a numbered
 * case (claiming the number first), a queued case, or an unnumbered standing
 * item. Every file is created exclusively: an existing file is never replaced.
 */
import { formatCaseNumber, type CaseNumber } from '../model/case-number.js';
import { emitFrontmatter, Quoted } from './emit.js';
import { claimNextNumber, yearFolder, type NumberClaim } from './numbering.js';
import { bodyFolder, caseFileName, QUEUE_DIR, slugify } from './paths.js';
import { createExclusive, FileExistsError } from './write.js';
import { listFolder } from './read.js';

import type { StandingKey } from '../model/standing.js';

export type { StandingKey };

/** What a new case says, in the model's terms; written with the Norwegian keys of the data format. */
export interface NewCase {
  body: string;
  title: string;
  meeting?: string;
  types?: string[];
  responsible?: string[];
  handler?: string;
  standing?: StandingKey;
  minutesOf?: string[];
  followUpOf?: string;
  /** `innstilling_fra`: the other body's case whose recommendation this case treats (`FSU 2024.16`). */
  recommendationFrom?: string;
  proposedConclusion?: string;
  /** The case paper (Markdown after the frontmatter). */
  text: string;
}

/** The full text of a case file. */
export function caseText(c: NewCase, number?: CaseNumber): string {
  const fm = emitFrontmatter([
    ['saksnr', number ? new Quoted(formatCaseNumber(number)) : undefined],
    ['organ', c.body],
    ['møte', c.meeting],
    ['tittel', c.title],
    ['sakstype', c.types],
    ['ansvar', c.responsible],
    ['saksbehandler', c.handler],
    ['fast_sak', c.standing],
    ['referater', c.minutesOf?.map((r) => new Quoted(r))],
    ['oppfølging_av', c.followUpOf ? new Quoted(c.followUpOf) : undefined],
    ['innstilling_fra', c.recommendationFrom ? new Quoted(c.recommendationFrom) : undefined],
    ['forslag_til_konklusjon', c.proposedConclusion],
  ]);
  return c.text ? `${fm}${c.text.startsWith('\n') ? '' : '\n'}${c.text}` : fm;
}

/** Where a numbered case goes: `cases/ssu/2024/2024.36-slug.md`. */
export function numberedCasePath(body: string, number: CaseNumber, title: string): string {
  return `${yearFolder(body, number.year)}/${caseFileName(formatCaseNumber(number), title)}`;
}

/** Where an unnumbered standing item goes: `cases/fsu/2024/2024-09-05-slug.md`. */
export function standingCasePath(body: string, meeting: string, title: string): string {
  return `cases/${bodyFolder(body)}/${meeting.slice(0, 4)}/${meeting}-${slugify(title)}.md`;
}

/** The queue folder of a body. */
export function queueFolder(body: string): string {
  return `cases/${bodyFolder(body)}/${QUEUE_DIR}`;
}

/** The first free queue path for a title: `cases/ssu/ko/2024-09-20-slug.md`, then `…-slug-2.md`. */
export function queuedCasePath(root: string, body: string, queuedOn: string, title: string): string {
  const names = listNames(root, queueFolder(body));
  const stem = `${queuedOn}-${slugify(title)}`;
  for (let i = 1; ; i++) {
    const name = i === 1 ? `${stem}.md` : `${stem}-${i}.md`;
    if (!names.has(name)) return `${queueFolder(body)}/${name}`;
  }
}

export interface Created {
  path: string;
  number?: CaseNumber;
}

/**
 * Writes a case with the next free number of its body and year (`year`, or the
 * meeting's year). The number is claimed before the file is written and the claim
 * removed after, so concurrent runs never share a number.
 */
export function createNumberedCase(root: string, c: NewCase, year: number, paper?: (number: CaseNumber) => string): Created {
  const claim = claimNextNumber(root, c.body, year);
  return writeClaimed(root, c, claim, paper);
}

/**
 * Writes a case with a number the caller has already claimed, and releases the
 * claim. `paper` fills the case paper once the number is known (a template may
 * name it).
 */
export function writeClaimed(root: string, c: NewCase, claim: NumberClaim, paper?: (number: CaseNumber) => string): Created {
  try {
    const path = numberedCasePath(c.body, claim.number, c.title);
    const text = paper ? paper(claim.number) : c.text;
    createExclusive(root, path, caseText({ ...c, text }, claim.number));
    return { path, number: claim.number };
  } finally {
    claim.release();
  }
}

/** Writes a queued case (no number); a second case with the same title and day gets `-2`. */
export function createQueuedCase(root: string, c: NewCase, queuedOn: string): Created {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const path = queuedCasePath(root, c.body, queuedOn, c.title);
    try {
      createExclusive(root, path, caseText(c));
      return { path };
    } catch (error) {
      if (!(error instanceof FileExistsError)) throw error;
    }
  }
  throw new Error(`no free file name in ${queueFolder(c.body)}`);
}

/** Writes an unnumbered standing item, named after its meeting. */
export function createStandingCase(root: string, c: NewCase & { meeting: string }): Created {
  const path = standingCasePath(c.body, c.meeting, c.title);
  createExclusive(root, path, caseText(c));
  return { path };
}

function listNames(root: string, folder: string): Set<string> {
  return new Set(listFolder(root, folder).map((e) => e.name));
}
