import type { CommandSpec } from '../shared/spec.js';

export const spec: CommandSpec = {
  name: 'list',
  summary: { nb: 'list opp saker, møter, handlingsplanrader eller mandater', en: 'list cases, meetings, action-plan rows or mandates' },
  args: [{ name: { nb: 'liste', en: 'list' }, description: { nb: 'hva som skal listes', en: 'what to list' }, choices: ['cases', 'meetings', 'plans', 'mandates'] }],
  options: [
    { flags: '--body <organ>', description: { nb: 'bare dette organet (for plans: ansvarlig organ)', en: 'only this body (for plans: the responsible body)' } },
    { flags: '--year <år>', description: { nb: 'bare dette året', en: 'only this year' } },
    {
      flags: '--status <status>',
      description: {
        nb: 'cases: open, concluded, queued; meetings: held, upcoming; plans: planlagt, pågår, fullført, videreført, avsluttet; mandates: utkast, vedtatt',
        en: 'cases: open, concluded, queued; meetings: held, upcoming; plans: planlagt, pågår, fullført, videreført, avsluttet; mandates: utkast, vedtatt',
      },
    },
    { flags: '--type <type>', description: { nb: 'cases: sakstype (Orientering …); plans: område, satsning, tiltak', en: 'cases: case type (Orientering …); plans: område, satsning, tiltak' } },
    { flags: '--responsible <hvem>', description: { nb: 'cases: ansvar eller saksbehandler inneholder dette; plans: ansvarlig organ', en: 'cases: responsible or handler contains this; plans: responsible body' } },
    { flags: '--json', description: { nb: 'maskinlesbar liste', en: 'machine-readable list' } },
  ],
  examples: [
    { command: 'hf list cases --body SSU --year 2024', text: { nb: 'SSUs saker i 2024', en: "SSU's cases in 2024" } },
    { command: 'hf list cases --status open', text: { nb: 'saker uten konklusjon ennå', en: 'cases without a conclusion yet' } },
    { command: 'hf list cases --responsible SiV', text: { nb: 'saker SiV har ansvar for', en: 'cases SiV is responsible for' } },
    { command: 'hf list meetings --status upcoming', text: { nb: 'kommende møter', en: 'upcoming meetings' } },
    { command: 'hf list plans --year 2025 --type tiltak', text: { nb: 'tiltakene i handlingsplanen for 2025', en: 'the measures of the 2025 action plan' } },
    { command: 'hf list mandates --json', text: { nb: 'mandatene som JSON', en: 'the mandates as JSON' } },
  ],
  run: async ([kind], options, ctx) => (await import('./list.js')).run(kind as string, options, ctx),
};
