/**
 * Where each command's registration lives, loaded only when that command runs:
 * `hf validate` imports src/cli/commands/validate.ts and no other registration.
 * registry.ts lists the same modules for `hf --help` (a test keeps the two alike).
 */
import type { Registration } from './program-base.js';

type Loader = () => Promise<{ register: Registration }>;

export const COMMAND_MODULES: Readonly<Record<string, Loader>> = {
  validate: () => import('./commands/validate.js'),
  'new-case': () => import('./commands/new-case.js'),
  'new-meeting': () => import('./commands/new-meeting.js'),
  queue: () => import('./commands/queue.js'),
  schedule: () => import('./commands/schedule.js'),
  renumber: () => import('./commands/renumber.js'),
  agenda: () => import('./commands/agenda.js'),
  paper: () => import('./commands/paper.js'),
  minutes: () => import('./commands/minutes.js'),
  list: () => import('./commands/list.js'),
  show: () => import('./commands/show.js'),
  search: () => import('./commands/search.js'),
  calendar: () => import('./commands/calendar.js'),
  completion: () => import('./commands/completion.js'),
  init: () => import('./commands/init.js'),
  followups: () => import('./commands/followups.js'),
  mandate: () => import('./commands/mandate.js'),
  hook: () => import('./commands/hook.js'),
  plan: () => import('./commands/plan.js'),
  site: () => import('./commands/site.js'),
};
