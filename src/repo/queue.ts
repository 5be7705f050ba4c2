/**
 * The case queue: cases without a number in `cases/<body>/ko/`, waiting to be
 * placed on a meeting by `hf schedule`, which numbers them in agenda order (as
 * case-handling systems number a case when it goes on the agenda). A queued
 * file is named `<date queued>-<slug>.md`, so the queue's order is the order in
 * which cases arrived; only the queue's own files are read, never the archive.
 */
import { join } from 'node:path';
import { loadFile, type LoadedFile } from './load-file.js';
import { queueFolder, type StandingKey } from './case-files.js';
import { standingKindOf } from '../model/standing.js';
import { fileNames, readNoFollow } from './read.js';

export interface QueueEntry {
  /** Repository path. */
  path: string;
  /** File name without `.md`: `2024-09-20-budsjett-2025`. */
  stem: string;
  /** The name without the date it was queued: `budsjett-2025`. */
  slug: string;
  queuedOn?: string;
  file: LoadedFile;
  title: string;
  meeting?: string;
  standing?: StandingKey;
  types: string[];
}

const DATED = /^(\d{4}-\d{2}-\d{2})-(.+)$/;

/** The queued cases of a body, in queue order (the day they were queued, then name). */
export function queueEntries(root: string, body: string): QueueEntry[] {
  const folder = queueFolder(body);
  // Plain files only: a link is never followed, a folder never read (hf validate reports both).
  const names = fileNames(root, folder).filter((n) => n.endsWith('.md') && !n.startsWith('.') && n.toLowerCase() !== 'readme.md');
  return names.sort().map((name) => {
    const path = `${folder}/${name}`;
    const { file } = loadFile(path, readNoFollow(join(root, path)), 'queued-case');
    const stem = name.slice(0, -3);
    const dated = DATED.exec(stem);
    const d = file.data ?? {};
    const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);
    return {
      path,
      stem,
      slug: dated ? dated[2]! : stem,
      ...(dated ? { queuedOn: dated[1] } : {}),
      file,
      title: text(d.tittel) ?? stem,
      ...(text(d.møte) ? { meeting: text(d.møte) } : {}),
      ...(standingKindOf(d.fast_sak) ? { standing: d.fast_sak as StandingKey } : {}),
      types: Array.isArray(d.sakstype) ? d.sakstype.filter((t): t is string => typeof t === 'string') : [],
    };
  });
}
