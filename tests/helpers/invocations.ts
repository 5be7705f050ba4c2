/**
 * One run of every command that reads a partnership's repository, with
 * arguments that fit the bundled repository, for tests that check all of them
 * the same way (odd files, an unfinished change). Commands that write are run
 * with --dry-run where they have it; `{out}` in an argument is a folder outside
 * the repository for what a command writes. `covers` is the command's name as
 * src/commands/index.ts lists it: a test checks that every command is here or
 * named in NOT_READING.
 */
export interface Invocation {
  covers: string;
  args: readonly string[];
}

export const INVOCATIONS: readonly Invocation[] = [
  { covers: 'validate', args: ['validate'] },
  { covers: 'new-case', args: ['new-case', '--organ', 'SSU', '--title', 'Ny sak', '--meeting', '2024-09-26', '--dry-run'] },
  { covers: 'new-meeting', args: ['new-meeting', 'SSU', '2024-12-12', '--dry-run'] },
  { covers: 'queue', args: ['queue', 'SSU'] },
  { covers: 'schedule', args: ['schedule', 'SSU', '2024-09-26', '--dry-run'] },
  { covers: 'renumber', args: ['renumber', 'SSU', '2024.33', '--next', '--dry-run'] },
  { covers: 'refer', args: ['refer', 'SSU', '2024.33', '--to', 'PM', '--meeting', '2024-05-30', '--dry-run'] },
  { covers: 'agenda', args: ['agenda', 'SSU', '2024-09-26'] },
  { covers: 'paper', args: ['paper', 'SSU', '2024.33'] },
  { covers: 'paper', args: ['paper', 'import', 'SSU', '2024.33', '{out}/finnes-ikke.docx'] },
  { covers: 'minutes', args: ['minutes', 'SSU', '2024-09-26'] },
  { covers: 'minutes', args: ['minutes', 'approve', 'SSU', '2024-05-23', '--in', 'SSU 2024.25', '--dry-run'] },
  { covers: 'minutes', args: ['minutes', 'import', '{out}/finnes-ikke.docx'] },
  { covers: 'list', args: ['list', 'cases'] },
  { covers: 'show', args: ['show', 'SSU', '2024.33'] },
  { covers: 'search', args: ['search', 'beredskap'] },
  { covers: 'calendar', args: ['calendar'] },
  { covers: 'frister', args: ['frister'] },
  { covers: 'export', args: ['export', 'noark', '{out}/noark'] },
  { covers: 'followups', args: ['followups'] },
  { covers: 'mandate', args: ['mandate', 'check'] },
  { covers: 'plan', args: ['plan', '2025'] },
  { covers: 'plan', args: ['plan', 'status', '2025'] },
  { covers: 'plan', args: ['plan', 'carry-over', '2025', '2026', '--dry-run'] },
  { covers: 'site', args: ['site', '-o', '{out}/site', '--no-pdf', '--no-search'] },
  // What the shell completion scripts call: body codes come from hf.yaml, numbers from file names.
  { covers: 'completion', args: ['__complete', '--', 'paper', 'SSU', ''] },
];

/** Commands that do not read a repository: `init` makes one, `hook` reads git's index, `completion bash` prints a script. */
export const NOT_READING = ['init', 'hook'] as const;

/** The arguments with `{out}` replaced. */
export function argsOf(invocation: Invocation, out: string): string[] {
  return invocation.args.map((a) => a.replace('{out}', out));
}
