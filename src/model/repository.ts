/** The whole partnership in memory: configuration, records and the files they came from. */
import type { LoadedFile } from './files.js';
import { caseKey, type CaseRef } from './case-number.js';
import { compareAgenda } from './standing.js';
import type { Body, Case, Config, Mandate, Meeting, Plan, PlanRow } from './types.js';

export interface Repository {
  /** Absolute path of the repository root (or a label for in-memory repositories). */
  root: string;
  config: Config;
  /** Every loaded file by repository-relative path, hf.yaml included. */
  files: Map<string, LoadedFile>;
  cases: Case[];
  meetings: Meeting[];
  plans: Plan[];
  planRows: PlanRow[];
  mandates: Mandate[];
  /** True if a repository-relative path exists (for attachment checks). */
  exists(path: string): boolean;
}

/** Lookups over a repository, built once and shared by the rules and commands. */
export class RepoIndex {
  readonly bodies = new Map<string, Body>();
  readonly casesByKey = new Map<string, Case[]>();
  readonly meetingsByKey = new Map<string, Meeting[]>();
  readonly casesByMeeting = new Map<string, Case[]>();

  constructor(readonly repo: Repository) {
    for (const b of repo.config.bodies) if (!this.bodies.has(b.code)) this.bodies.set(b.code, b);
    for (const c of repo.cases) {
      if (c.number) push(this.casesByKey, caseKey(c.body, c.number), c);
      if (c.meeting) push(this.casesByMeeting, `${c.body} ${c.meeting}`, c);
    }
    for (const m of repo.meetings) push(this.meetingsByKey, `${m.body} ${m.date}`, m);
    for (const list of this.casesByMeeting.values()) list.sort(agendaOrder);
  }

  body(code: string): Body | undefined {
    return this.bodies.get(code.normalize('NFC').toUpperCase());
  }

  findCase(ref: CaseRef): Case | undefined {
    return this.casesByKey.get(caseKey(ref.body, ref.number))?.[0];
  }

  findMeeting(body: string, date: string): Meeting | undefined {
    return this.meetingsByKey.get(`${body.toUpperCase()} ${date}`)?.[0];
  }

  /** The agenda of a meeting: its cases in agenda order. */
  agenda(body: string, date: string): Case[] {
    return this.casesByMeeting.get(`${body.toUpperCase()} ${date}`) ?? [];
  }

  meetingsOf(body: string): Meeting[] {
    return this.repo.meetings.filter((m) => m.body === body.toUpperCase()).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }
}

/** Agenda order of cases (standing.ts), then by file name. */
export function agendaOrder(a: Case, b: Case): number {
  return compareAgenda(a, b) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
