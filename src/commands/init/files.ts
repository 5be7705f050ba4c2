/**
 * The files `hf init` writes for a new partnership: pure text from the answers,
 * so the templates can be tested without a disk. Everything a secretariat needs
 * on day one: hf.yaml, the data folders, the schemas, a README in Norwegian, CI
 * for GitHub and GitLab, editor settings and line-ending rules.
 */
import { branchRule, flowScalar, oneLine, scalar, type InitAnswers, type InitBody } from './answers.js';

export type { InitAnswers, InitBody };
import { addSiteFiles } from './site.js';

/** The usual bodies of a helsefellesskap, offered by `hf init`. */
export const USUAL_BODIES: InitBody[] = [
  { code: 'PM', name: 'Partnerskapsmøtet', kind: 'partnerskapsmøte', recipients: 'Partnerskapsmøtets medlemmer' },
  { code: 'SSU', name: 'Strategisk samarbeidsutvalg', kind: 'samarbeidsutvalg', reportsTo: 'PM', recipients: 'SSUs faste medlemmer' },
  { code: 'FSU', name: 'Faglig samarbeidsutvalg', kind: 'samarbeidsutvalg', reportsTo: 'SSU', recipients: 'FSUs faste medlemmer' },
];

export const BODY_CODE = /^[A-ZÆØÅ][A-ZÆØÅ0-9]*(-[A-ZÆØÅ0-9]+)*$/;

export function hfYaml(a: InitAnswers): string {
  const codes = new Set(a.bodies.map((b) => b.code));
  const bodies = a.bodies
    .map((b) => {
      const lines = [`  - kode: ${scalar(b.code)}`, `    navn: ${scalar(b.name)}`];
      if (b.kind) lines.push(`    type: ${b.kind}`);
      if (b.reportsTo && codes.has(b.reportsTo)) lines.push(`    rapporterer_til: ${b.reportsTo}`);
      if (b.recipients) lines.push(`    mottakere: ${scalar(b.recipients)}`);
      lines.push('    faste_saker:', '      nummerert: true        # får godkjenning, referat og eventuelt saksnummer?', '    medlemmer: []');
      return lines.join('\n');
    })
    .join('\n\n');
  return `# ${oneLine(a.name)} — partnerskapets oppsett for hf.
# Editoren viser hjelp og fullføring fra schemas/hf.schema.json; hf validate kontrollerer filen.
navn: ${scalar(a.name)}
språk: ${a.lang}                       # nb, nn eller en: språket i dokumenter og meldinger
hf_versjon: ${JSON.stringify(a.hfRange)}          # versjonen av hf repoet trenger
sakstyper: [Orientering, Beslutning, Diskusjon, Dialog, Vedtak]

# Sekretariatet, for eksempel:
#   - navn: Kari Nordmann
#     rolle: samhandlingskoordinator
#     organisasjon: kommunene
sekretariat: []

# Organene. Medlemmene føres slik:
#     medlemmer:
#       - navn: Ola Nordmann
#         rolle: kommunedirektør
#         organisasjon: Eksempel kommune
organer:
${bodies}

# Handlingsplanens inndeling (brukes av filene i plans/), for eksempel:
# handlingsplan:
#   grupperinger:
#     - id: pasientgrupper
#       navn: Prioriterte pasientgrupper
#       områder:
#         - id: skropelige-eldre
#           navn: Skrøpelige eldre
`;
}

export function readme(a: InitAnswers): string {
  const body = a.bodies.find((b) => b.code === 'SSU') ?? a.bodies[0]!;
  const code = body.code;
  const folder = code.toLowerCase();
  return `# ${oneLine(a.name)}

Her ligger sakene, møtene, handlingsplanen og mandatene til ${a.name}. Alt er
tekstfiler (Markdown med et felt-hode øverst), og verktøyet **hf** lager
saksnumre, innkallinger, saksfremlegg og referater av dem.

## Før du begynner

Installer Node.js (versjon 20 eller nyere, fra nodejs.org). Så, i en terminal i
denne mappen:

\`\`\`sh
npm ci
\`\`\`

Det installerer hf i den versjonen repoet bruker (se \`package.json\` og
\`package-lock.json\`), akkurat som CI gjør. Kommandoene under kjøres så med
\`npx hf …\` i denne mappen (eller \`hf …\` hvis hf også er installert på maskinen).
\`npx hf\` alene viser de vanligste oppgavene, og \`npx hf <kommando> --help\` viser
eksempler for hver kommando.

## Oppgradere hf

hf kommer fra \`${a.hfPackage}\` (i \`package.json\`). En ny versjon tas i bruk slik:
legg den nye pakkefilen i \`vendor/\` (eller endre adressen i \`package.json\`), kjør
\`npm install\`, sett \`hf_versjon\` i \`hf.yaml\` til den nye versjonen, kjør \`npx hf
validate\` og legg alt i en pull request. En hf som ikke passer med \`hf_versjon\`
nekter å arbeide med repoet og sier hvilken versjon som trengs.

## Sette opp et møte

\`\`\`sh
npx hf new-meeting ${code} 2025-03-27
\`\`\`

lager møtefilen \`meetings/${folder}/2025-03-27.md\` og de faste sakene (godkjenning av
innkalling og referat fra forrige møte). Fyll inn tid, sted og møteleder i filen.

## Åpne en sak

\`\`\`sh
npx hf new-case --organ ${code} --title "Tittel på saken" --meeting 2025-03-27
\`\`\`

gir saken neste ledige saksnummer og lager filen i \`cases/${folder}/<år>/\`. Skriv
saksfremlegget (Bakgrunn, Forslag til vedtak) i filen. En sak som følger opp en
tidligere sak: \`--follow-up "${code} 2024.17"\`.

## Sende innkallingen

\`\`\`sh
npx hf agenda ${code} 2025-03-27 --format docx -o innkalling.docx
\`\`\`

lager innkallingen med sakslisten som et Word-dokument du kan sende på e-post
(\`--format html\` gir en nettside som kan skrives ut). Med \`--with-papers\` kommer
saksfremleggene med. \`npx hf calendar -o moteplan.ics\` gir møteplanen til kalenderen.

## Skrive referatet

Skriv behandlingen og konklusjonen i hver sak (feltene \`behandling\`, \`innspill\` og
\`konklusjon\`), og hvem som var til stede i møtefilen (\`tilstede\`, \`frafall\`). Så:

\`\`\`sh
npx hf minutes ${code} 2025-03-27 --format docx -o referat.docx
\`\`\`

## Kontrollere og finne fram

- \`npx hf validate\` kontrollerer alle filene og sier hvilken fil og linje som er feil.
  Det samme skjer automatisk i hver pull request (se \`.github/workflows/hf.yml\`
  og \`.gitlab-ci.yml\`).
- \`npx hf list cases --body ${code}\`, \`npx hf show ${code} 2025.1\` og \`npx hf search <ord>\` finner saker.

## Mappene

| mappe | innhold |
|---|---|
| \`hf.yaml\` | partnerskapet: navn, språk, organer, medlemmer og sekretariat |
| \`cases/<organ>/<år>/\` | én fil per sak, for eksempel \`cases/${folder}/2025/2025.3-tittel.md\` |
| \`meetings/<organ>/\` | én fil per møte, for eksempel \`meetings/${folder}/2025-03-27.md\` |
| \`plans/<år>/\` | handlingsplanen: én fil per satsning eller tiltak |
| \`mandates/\` | ett mandat per organ |
| \`schemas/\` | beskrivelsen av filformatet, som editoren bruker til hjelp og kontroll |

Editoren (Visual Studio Code med tillegget YAML fra Red Hat) gir hjelp og
kontroll i \`hf.yaml\` ut fra \`schemas/\`. Felt-hodene i sakene og møtene
kontrolleres av \`hf validate\`; oppgaven «hf validate» (Terminal → Run Task) viser
funnene i editorens liste over problemer.
`;
}

/** The README of a data folder (hf does not read README files as data). */
export function folderReadme(folder: string): string {
  const text: Record<string, string> = {
    cases: 'Sakene: `cases/<organ>/<år>/<saksnr>-<tittel>.md`. Lag nye med `hf new-case`.',
    meetings: 'Møtene: `meetings/<organ>/<åååå-mm-dd>.md`. Lag nye med `hf new-meeting`.',
    plans: 'Handlingsplanen: `plans/<år>/plan.md` og én fil per satsning eller tiltak.',
    mandates: 'Mandatene: `mandates/<organ>.md`, ett per organ.',
  };
  return `# ${folder}\n\n${text[folder] ?? ''}\n`;
}

export function githubWorkflow(a: InitAnswers): string {
  return `# Kontrollerer repoet med hf i hver pull request og på ${oneLine(a.branch)}.
# hf installeres fra package-lock.json (npm ci), i versjonen repoet bruker.
name: hf
on:
  pull_request:
  push:
    branches: [${flowScalar(a.branch)}]
permissions:
  contents: read
jobs:
  validate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0   # hf validate --against trenger målgrenen
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - name: Installer hf
        run: npm ci
      - name: Kontroller filene
        run: npx --no hf validate --format github
      - name: Kontroller saksnumrene mot målgrenen
        if: github.event_name == 'pull_request' && !cancelled()
        env:
          TARGET_BRANCH: \${{ github.base_ref }}
        run: npx --no hf validate --against "origin/$TARGET_BRANCH"
`;
}

export function gitlabCi(a: InitAnswers): string {
  return `# Kontrollerer repoet med hf i hver merge request og på ${oneLine(a.branch)}; funnene vises i merge requesten.
# hf installeres fra package-lock.json (npm ci), i versjonen repoet bruker.
hf:
  image: node:20
  variables:
    GIT_DEPTH: "0"
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
    - if: ${branchRule(a.branch)}
  cache:
    key:
      files: [package-lock.json]
    paths: [.npm/]
  script:
    - npm ci --cache .npm --prefer-offline
    - status=0
    - npx --no hf validate --format gitlab > gl-code-quality-report.json || status=$?
    - if [ -n "$CI_MERGE_REQUEST_TARGET_BRANCH_NAME" ]; then git fetch origin "$CI_MERGE_REQUEST_TARGET_BRANCH_NAME" && npx --no hf validate --against "origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME" || status=$?; fi
    - exit $status
  artifacts:
    when: always
    reports:
      codequality: gl-code-quality-report.json
`;
}

/** package.json of the repository: hf as a development dependency, pinned by package-lock.json. */
export function packageJson(a: InitAnswers, folder: string): string {
  return (
    JSON.stringify(
      {
        name: packageName(folder),
        private: true,
        description: `Saker, møter, handlingsplan og mandater for ${a.name}`,
        scripts: { validate: 'hf validate' },
        devDependencies: { [a.hfName]: a.hfPackage },
        ...(a.overrides ? { overrides: a.overrides } : {}),
        engines: { node: a.node },
      },
      null,
      2,
    ) + '\n'
  );
}

/** An npm package name from the folder's name: `Agder HF` → `agder-hf`. */
export function packageName(folder: string): string {
  const base = folder
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'o')
    .replace(/å/gi, 'a')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '');
  return base || 'helsefellesskap';
}

export function vscodeSettings(): string {
  return (
    JSON.stringify(
      {
        'yaml.schemas': { './schemas/hf.schema.json': ['hf.yaml'] },
        'files.eol': '\n',
        'files.encoding': 'utf8',
        'files.insertFinalNewline': true,
        '[markdown]': { 'editor.wordWrap': 'on' },
      },
      null,
      2,
    ) + '\n'
  );
}

export function vscodeExtensions(): string {
  return JSON.stringify({ recommendations: ['redhat.vscode-yaml'] }, null, 2) + '\n';
}

/** A task that runs `hf validate` and puts its findings in the Problems panel. */
export function vscodeTasks(): string {
  return (
    JSON.stringify(
      {
        version: '2.0.0',
        tasks: [
          {
            label: 'hf validate',
            type: 'shell',
            command: 'npx --no hf validate --format github',
            group: { kind: 'test', isDefault: true },
            presentation: { reveal: 'silent' },
            problemMatcher: {
              owner: 'hf',
              fileLocation: ['relative', '${workspaceFolder}'],
              pattern: {
                regexp: '^::(error|warning) file=([^,]+),line=(\\d+),col=(\\d+)(?:,endLine=\\d+)?(?:,endColumn=\\d+)?,title=([^:]*)::(.*)$',
                severity: 1,
                file: 2,
                line: 3,
                column: 4,
                code: 5,
                message: 6,
              },
            },
          },
        ],
      },
      null,
      2,
    ) + '\n'
  );
}

export const GITATTRIBUTES = `# Linjeskift: LF i repoet for alle tekstfiler, uansett operativsystem,
# så endringer fra Windows og Mac blir like i pull requests.
* text=auto eol=lf
*.md text eol=lf
*.yaml text eol=lf
*.yml text eol=lf
*.json text eol=lf
# Kalenderfiler skal ha CRLF (RFC 5545).
*.ics text eol=crlf
# Dokumenter og bilder endres aldri av git.
*.docx binary
*.xlsx binary
*.pptx binary
*.pdf binary
*.png binary
*.jpg binary
`;

export const GITIGNORE = `node_modules/
# npm's cache in GitLab CI, and the code-quality report it writes
.npm/
gl-code-quality-report.json
# hf's cache (safe to delete)
.hf-cache/
# What an hf command keeps while it writes: the journal of a change of several
# files, number claims, and temporary files that a write stopped half-way leaves
.hf-journal/
.*.claim
.*.claim.lock
.*.hf-tmp
`;

export const EDITORCONFIG = `root = true

[*]
charset = utf-8
end_of_line = lf
insert_final_newline = true

[*.ics]
end_of_line = crlf
`;

/** Every file of a new repository, by repository-relative path. */
export function initFiles(a: InitAnswers, schemas: Record<string, string>, folder = 'helsefellesskap'): Map<string, string> {
  const files = new Map<string, string>();
  files.set('hf.yaml', hfYaml(a));
  files.set('package.json', packageJson(a, folder));
  files.set('README.md', readme(a));
  for (const folder of ['cases', 'meetings', 'plans', 'mandates']) files.set(`${folder}/README.md`, folderReadme(folder));
  for (const [name, text] of Object.entries(schemas)) files.set(`schemas/${name}`, text);
  files.set('.github/workflows/hf.yml', githubWorkflow(a));
  files.set('.gitlab-ci.yml', gitlabCi(a));
  files.set('.vscode/settings.json', vscodeSettings());
  files.set('.vscode/extensions.json', vscodeExtensions());
  files.set('.vscode/tasks.json', vscodeTasks());
  files.set('.gitattributes', GITATTRIBUTES);
  files.set('.gitignore', GITIGNORE);
  files.set('.editorconfig', EDITORCONFIG);
  addSiteFiles(files, a);
  return files;
}
