import type { CommandSpec, Example } from '../shared/spec.js';

const EXAMPLES: Example[] = [
  { command: 'hf export noark arkiv-2024', text: { nb: 'alle møtene', en: 'every meeting' } },
  { command: 'hf export noark arkiv-høst --from 2024-09-01', text: { nb: 'møtene siden forrige levering', en: 'the meetings since the last delivery' } },
];

export const spec: CommandSpec = {
  name: 'export',
  summary: { nb: 'eksporter møtene til andre systemer', en: 'export the meetings to other systems' },
  examples: EXAMPLES,
  subcommands: [
    {
      name: 'noark',
      summary: {
        nb: 'arkivpakke etter Noark 5 for eInnsyn: arkivstruktur.xml med møter, saker og dokumenter, og dokumentene som PDF; skjermet innhold blir ikke med',
        en: 'a Noark 5 archive package for eInnsyn: arkivstruktur.xml with meetings, cases and documents, and the documents as PDF; restricted content is left out',
      },
      args: [{ name: { nb: 'mappe', en: 'folder' }, description: { nb: 'mappen pakken skrives til (ny eller tom)', en: 'the folder to write the package to (new or empty)' } }],
      options: [
        { flags: '--from <dato>', description: { nb: 'bare møter fra og med datoen, og eldre møter endret siden (git)', en: 'only meetings from the date on, and older meetings changed since (git)' } },
        { flags: '--force', description: { nb: 'skriv over filene i en mappe som ikke er tom', en: 'replace the files in a folder that is not empty' } },
      ],
      examples: EXAMPLES,
      run: async ([folder], options, ctx) => (await import('./noark.js')).run(folder as string, options, ctx),
    },
  ],
};
