import { Argument, type Command } from 'commander';
import { pick } from '../../i18n/lang.js';
import { withExamples } from '../help.js';
import { execute, type CliSetup } from '../register.js';

export function register(program: Command, setup: CliSetup): void {
  const { lang } = setup;
  const cmd = program
    .command('list')
    .description(pick({ nb: 'list opp saker, møter, handlingsplanrader eller mandater', en: 'list cases, meetings, action-plan rows or mandates' }, lang))
    .addArgument(
      new Argument('<liste>', pick({ nb: 'hva som skal listes', en: 'what to list' }, lang)).choices(['cases', 'meetings', 'plans', 'mandates']),
    )
    .option('--body <organ>', pick({ nb: 'bare dette organet (for plans: ansvarlig organ)', en: 'only this body (for plans: the responsible body)' }, lang))
    .option('--year <år>', pick({ nb: 'bare dette året', en: 'only this year' }, lang))
    .option(
      '--status <status>',
      pick(
        {
          nb: 'cases: open, concluded, queued; meetings: held, upcoming; plans: planlagt, pågår, fullført, videreført, avsluttet; mandates: utkast, vedtatt',
          en: 'cases: open, concluded, queued; meetings: held, upcoming; plans: planlagt, pågår, fullført, videreført, avsluttet; mandates: utkast, vedtatt',
        },
        lang,
      ),
    )
    .option('--type <type>', pick({ nb: 'cases: sakstype (Orientering …); plans: område, satsning, tiltak', en: 'cases: case type (Orientering …); plans: område, satsning, tiltak' }, lang))
    .option('--responsible <hvem>', pick({ nb: 'cases: ansvar eller saksbehandler inneholder dette; plans: ansvarlig organ', en: 'cases: responsible or handler contains this; plans: responsible body' }, lang))
    .option('--json', pick({ nb: 'maskinlesbar liste', en: 'machine-readable list' }, lang))
    .action((kind: string, options, command: Command) =>
      execute(command, setup, async (ctx) => (await import('../../commands/list/list.js')).run(kind, options, ctx)),
    );
  withExamples(cmd, lang, [
    { command: 'hf list cases --body SSU --year 2024', text: { nb: 'SSUs saker i 2024', en: "SSU's cases in 2024" } },
    { command: 'hf list cases --status open', text: { nb: 'saker uten konklusjon ennå', en: 'cases without a conclusion yet' } },
    { command: 'hf list cases --responsible SiV', text: { nb: 'saker SiV har ansvar for', en: 'cases SiV is responsible for' } },
    { command: 'hf list meetings --status upcoming', text: { nb: 'kommende møter', en: 'upcoming meetings' } },
    { command: 'hf list plans --year 2025 --type tiltak', text: { nb: 'tiltakene i handlingsplanen for 2025', en: 'the measures of the 2025 action plan' } },
    { command: 'hf list mandates --json', text: { nb: 'mandatene som JSON', en: 'the mandates as JSON' } },
  ]);
}
