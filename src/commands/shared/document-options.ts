/** The options every document command takes: --format, -o/--output, --force and --public. */
import type { OptionSpec } from './spec.js';

/** `--format`: offered by completion and help, checked by the command (emit.ts), which lists what it can write. */
export const FORMAT_OPTION: OptionSpec = {
  flags: '--format <format>',
  description: { nb: 'dokumentformatet (standard: md, eller etter endelsen til -o)', en: 'the document format (default: md, or from the extension of -o)' },
  suggest: ['md', 'html', 'docx', 'pdf'],
};

export const DOCUMENT_OPTIONS: readonly OptionSpec[] = [
  FORMAT_OPTION,
  { flags: '-o, --output <file>', description: { nb: 'skriv til denne filen i stedet for til skjermen', en: 'write to this file instead of the screen' } },
  { flags: '--force', description: { nb: 'erstatt filen hvis den finnes', en: 'replace the file if it exists' } },
  {
    flags: '--public',
    description: {
      nb: 'offentlig versjon: skjermede saker bare med offentlig tittel, uten skjermede vedlegg og avsnitt',
      en: 'public version: restricted cases by their public title only, without restricted attachments and sections',
    },
  },
];
