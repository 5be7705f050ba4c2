import type { Command } from 'commander';
import type { Lang } from '../i18n/lang.js';
import { createProgram } from './program-base.js';
import type { CliSetup } from './register.js';
import { REGISTRATIONS } from './registry.js';

/** Builds the `hf` program with every command registered (for `hf --help`, `hf help` and completion). */
export function buildProgram(setup: CliSetup, version: string): Command {
  return createProgram(setup, version, REGISTRATIONS);
}

export type { Lang };
