/**
 * Every command's registration module, in the order `hf --help` lists them. A
 * registration only declares arguments, options and examples; the command's code
 * is imported when it runs, so `hf --version` and `hf validate` load only what they use.
 */
import type { Command } from 'commander';
import type { CliSetup } from './register.js';
import { register as followups } from './commands/followups.js';
import { register as hook } from './commands/hook.js';
import { register as mandate } from './commands/mandate.js';
import { register as plan } from './commands/plan.js';
import { register as validate } from './commands/validate.js';
import { register as newCase } from './commands/new-case.js';
import { register as newMeeting } from './commands/new-meeting.js';
import { register as queue } from './commands/queue.js';
import { register as schedule } from './commands/schedule.js';
import { register as renumber } from './commands/renumber.js';
import { register as list } from './commands/list.js';
import { register as show } from './commands/show.js';
import { register as search } from './commands/search.js';
import { register as calendar } from './commands/calendar.js';
import { register as completion } from './commands/completion.js';
import { register as init } from './commands/init.js';
import { register as agenda } from './commands/agenda.js';
import { register as paper } from './commands/paper.js';
import { register as minutes } from './commands/minutes.js';
import { register as site } from './commands/site.js';

export const REGISTRATIONS: ((program: Command, setup: CliSetup) => void)[] = [validate, newCase, newMeeting, queue, schedule, renumber, agenda, paper, minutes, list, show, search, calendar, completion, init, followups, mandate, hook, plan, site];
