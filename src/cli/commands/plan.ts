import type { Command } from 'commander';
import { pick } from '../../i18n/lang.js';
import { withExamples } from '../help.js';
import { execute, type CliSetup } from '../register.js';
import { formatOption } from './agenda.js';

export function register(program: Command, setup: CliSetup): void {
  const { lang } = setup;
  const plan = program
    .command('plan')
    .description(pick({ nb: 'handlingsplanen: dokumentet, statusrapporten og videreføring til neste år', en: 'the action plan: the document, the status report and carrying it over to the next year' }, lang))
    .argument('[år]', pick({ nb: 'året for planen som skal skrives ut', en: 'the year of the plan to produce' }, lang))
    .addOption(formatOption(pick({ nb: 'dokumentformatet (standard: md, eller etter endelsen til -o)', en: 'the document format (default: md, or from the extension of -o)' }, lang)))
    .option('-o, --output <file>', pick({ nb: 'skriv til denne filen', en: 'write to this file' }, lang))
    .option('--force', pick({ nb: 'erstatt en fil som finnes', en: 'replace an existing file' }, lang))
    .option('--public', pick({ nb: 'offentlig versjon: skjermede saker bare med offentlig tittel, uten skjermede vedlegg og avsnitt', en: 'public version: restricted cases by their public title only, without restricted attachments and sections' }, lang))
    .action((year: string | undefined, options, command: Command) => {
      if (year === undefined) return command.help();
      return execute(command, setup, async (ctx) => (await import('../../commands/plan.js')).run(year, options, ctx));
    });
  withExamples(plan, lang, [
    { command: 'hf plan 2025', text: { nb: 'handlingsplanen for 2025 som Markdown', en: 'the 2025 action plan as Markdown' } },
    { command: 'hf plan 2025 -o handlingsplan-2025.docx', text: { nb: 'som Word-dokument', en: 'as a Word document' } },
    { command: 'hf plan 2025 -o handlingsplan-2025.pdf', text: { nb: 'som PDF, matrisen på liggende sider', en: 'as PDF, the matrix on landscape pages' } },
    { command: 'hf plan status 2025', text: { nb: 'statusrapporten til SSU', en: 'the status report for SSU' } },
    { command: 'hf plan carry-over 2025 2026', text: { nb: 'før over det som ikke er fullført til 2026', en: 'carry what is not completed over to 2026' } },
  ]);

  const status = plan
    .command('status')
    .description(pick({ nb: 'statusrapport: status for hver satsning og hvert tiltak, siste behandling og hva som er forfalt', en: 'status report: the status of each satsning and tiltak, its latest treatment and what is overdue' }, lang))
    .argument('<år>', pick({ nb: 'planåret', en: 'the plan year' }, lang))
    .addOption(formatOption(pick({ nb: 'dokumentformatet', en: 'the document format' }, lang)))
    .option('-o, --output <file>', pick({ nb: 'skriv til denne filen', en: 'write to this file' }, lang))
    .option('--force', pick({ nb: 'erstatt en fil som finnes', en: 'replace an existing file' }, lang))
    .option('--json', pick({ nb: 'maskinlesbart resultat', en: 'machine-readable result' }, lang))
    .option('--public', pick({ nb: 'offentlig versjon: skjermede saker bare med offentlig tittel, uten skjermede vedlegg og avsnitt', en: 'public version: restricted cases by their public title only, without restricted attachments and sections' }, lang))
    // -o, --format and --force are also options of `hf plan`, which commander gives to the parent: merge them back.
    .action((year: string, _options, command: Command) =>
      execute(command, setup, async (ctx) => (await import('../../commands/plan-status.js')).run(year, command.optsWithGlobals(), ctx)),
    );
  withExamples(status, lang, [
    { command: 'hf plan status 2025', text: { nb: 'rapporten som Markdown', en: 'the report as Markdown' } },
    { command: 'hf plan status 2025 -o status-2025.docx', text: { nb: 'som Word-dokument til saksfremlegget', en: 'as a Word document for the case paper' } },
    { command: 'hf plan status 2025 --json', text: { nb: 'som JSON', en: 'as JSON' } },
  ]);

  const carry = plan
    .command('carry-over')
    .description(pick({ nb: 'opprett neste års rader for alt som ikke er fullført eller avsluttet, koblet med viderefører', en: 'create next year\'s rows for everything not completed or ended, linked with viderefører' }, lang))
    .argument('<fra>', pick({ nb: 'året det videreføres fra', en: 'the year to carry over from' }, lang))
    .argument('<til>', pick({ nb: 'året det videreføres til', en: 'the year to carry over to' }, lang))
    .option('--dry-run', pick({ nb: 'vis hva som ville blitt skrevet, uten å skrive', en: 'show what would be written, without writing' }, lang))
    .option('--json', pick({ nb: 'maskinlesbart resultat', en: 'machine-readable result' }, lang))
    .action((from: string, to: string, options, command: Command) =>
      execute(command, setup, async (ctx) => (await import('../../commands/plan-carry-over.js')).run(from, to, options, ctx)),
    );
  withExamples(carry, lang, [
    { command: 'hf plan carry-over 2025 2026', text: { nb: 'opprett plans/2026/ fra det som pågår i 2025', en: 'create plans/2026/ from what is ongoing in 2025' } },
    { command: 'hf plan carry-over 2025 2026 --dry-run', text: { nb: 'se først hva som ville blitt opprettet', en: 'first see what would be created' } },
  ]);
}
