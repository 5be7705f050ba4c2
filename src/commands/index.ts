/**
 * Every command, in the order `hf --help` lists them (the order of the
 * secretariat's work). Each entry loads only its own spec, so `hf validate`
 * reads src/commands/validate/spec.ts and no other command's.
 */
import type { CommandSpec } from './shared/spec.js';

export interface CommandEntry {
  name: string;
  /** Other names it answers to (`hf deadlines` for `hf frister`); the spec says the same. */
  aliases?: readonly string[];
  load: () => Promise<CommandSpec>;
}

export const COMMANDS: readonly CommandEntry[] = [
  { name: 'validate', load: async () => (await import('./validate/spec.js')).spec },
  { name: 'new-case', load: async () => (await import('./new-case/spec.js')).spec },
  { name: 'new-meeting', load: async () => (await import('./new-meeting/spec.js')).spec },
  { name: 'queue', load: async () => (await import('./queue/spec.js')).spec },
  { name: 'schedule', load: async () => (await import('./schedule/spec.js')).spec },
  { name: 'renumber', load: async () => (await import('./renumber/spec.js')).spec },
  { name: 'refer', load: async () => (await import('./refer/spec.js')).spec },
  { name: 'agenda', load: async () => (await import('./agenda/spec.js')).spec },
  { name: 'paper', load: async () => (await import('./paper/spec.js')).spec },
  { name: 'minutes', load: async () => (await import('./minutes/spec.js')).spec },
  { name: 'list', load: async () => (await import('./list/spec.js')).spec },
  { name: 'show', load: async () => (await import('./show/spec.js')).spec },
  { name: 'search', load: async () => (await import('./search/spec.js')).spec },
  { name: 'calendar', load: async () => (await import('./calendar/spec.js')).spec },
  { name: 'frister', aliases: ['deadlines'], load: async () => (await import('./frister/spec.js')).spec },
  { name: 'export', load: async () => (await import('./export/spec.js')).spec },
  { name: 'completion', load: async () => (await import('./completion/spec.js')).spec },
  { name: 'init', load: async () => (await import('./init/spec.js')).spec },
  { name: 'followups', load: async () => (await import('./followups/spec.js')).spec },
  { name: 'mandate', load: async () => (await import('./mandate/spec.js')).spec },
  { name: 'hook', load: async () => (await import('./hook/spec.js')).spec },
  { name: 'plan', load: async () => (await import('./plan/spec.js')).spec },
  { name: 'site', load: async () => (await import('./site/spec.js')).spec },
];

/** The entry of a command name or alias, if there is one. */
export function findCommand(name: string): CommandEntry | undefined {
  return COMMANDS.find((c) => c.name === name || c.aliases?.includes(name));
}

/** Every command's spec, in help order. */
export function loadAll(): Promise<CommandSpec[]> {
  return Promise.all(COMMANDS.map((c) => c.load()));
}
