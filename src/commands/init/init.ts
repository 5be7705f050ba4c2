/** `hf init [folder]`: a new partnership repository, ready for `hf new-meeting` at once. */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute, relative, resolve } from 'node:path';
import { isLang, translator, type Catalogue, type Lang } from '../../i18n/lang.js';
import { SCHEMA_DIR } from '../../schema/schemas.js';
import { FileExistsError, writeAtomic } from '../../repo/write.js';
import { UsageError, type CommandContext } from '../shared/context.js';
import { RESERVED_NAMES, isReservedName } from '../../model/file-names.js';
import { firstInvisibleInLine } from '../../model/invisible.js';
import { hfEngines, hfOverrides, hfVersion, HF_PACKAGE_NAME } from '../shared/version.js';
import { progressOf } from '../shared/progress.js';
import { packSelf } from './pack.js';
import { lockFileFor } from './lock.js';
import { BODY_CODE, initFiles, USUAL_BODIES, type InitAnswers, type InitBody } from './files.js';
import { envLang, err, out } from '../shared/support.js';

export interface InitOptions {
  name?: string;
  language?: string;
  body?: string[];
  branch?: string;
  /** Where the repository gets hf from: a tarball (.tgz) to put in vendor/, a git URL or a version range. */
  hfPackage?: string;
  /** false with --no-npm: write package.json but do not run npm for package-lock.json. */
  npm?: boolean;
}

const m = {
  exists: { nb: '{folder} har allerede et hf-repo (hf.yaml finnes)', en: '{folder} already holds an hf repository (hf.yaml exists)' },
  existsHint: { nb: 'hf init skriver aldri over et repo; velg en annen mappe.', en: 'hf init never writes over a repository; choose another folder.' },
  notFolder: { nb: '{folder} er en fil, ikke en mappe', en: '{folder} is a file, not a folder' },
  missing: { nb: 'Mangler {options}, og det er ingen terminal å spørre i', en: 'Missing {options}, and there is no terminal to ask in' },
  missingHint: { nb: 'For eksempel: hf init agder --name "Helsefellesskapet i Agder"', en: 'For example: hf init agder --name "Helsefellesskapet i Agder"' },
  badLang: { nb: 'Ukjent språk `{lang}`; velg nb, nn eller en', en: 'Unknown language `{lang}`; choose nb, nn or en' },
  badBody: { nb: 'Organet `{body}` kan ikke brukes: koden skrives med store bokstaver, tall og bindestrek (SSU, FU-HR)', en: 'The body `{body}` cannot be used: codes are capitals, digits and hyphens (SSU, FU-HR)' },
  badBodyHint: { nb: 'Bruk PM, SSU eller FSU, eller KODE=Navn, for eksempel --body "UU-BARN=Underutvalg barn og unge".', en: 'Use PM, SSU or FSU, or CODE=Name, for example --body "UU-BARN=Underutvalg barn og unge".' },
  duplicateBody: { nb: 'Organet {body} er oppgitt to ganger', en: 'The body {body} is given twice' },
  badBodyPart: { nb: '`{part}` i organet {body} kan ikke brukes', en: '`{part}` in the body {body} cannot be used' },
  badBodyPartHint: {
    nb: 'Etter navnet kan stå ;type=<type> ({kinds}) og ;rapporterer_til=<KODE>, for eksempel --body "AG-SFB=Arbeidsgruppe svangerskap, fødsel og barselomsorg;type=arbeidsgruppe;rapporterer_til=FSU".',
    en: 'After the name may come ;type=<type> ({kinds}) and ;rapporterer_til=<CODE>, for example --body "AG-SFB=Arbeidsgruppe svangerskap, fødsel og barselomsorg;type=arbeidsgruppe;rapporterer_til=FSU".',
  },
  badReportsTo: { nb: '{body} rapporterer til {to}, men {to} er ikke blant organene', en: '{body} reports to {to}, but {to} is not among the bodies' },
  badReportsToHint: { nb: 'Ta med {to} som et eget --body, eller rett koden.', en: 'Add {to} as a --body of its own, or correct the code.' },
  reservedBody: {
    nb: 'Organet `{body}` kan ikke brukes: koden blir et mappenavn, og Windows reserverer {body} ({reserved})',
    en: 'The body `{body}` cannot be used: the code becomes a folder name, and Windows reserves {body} ({reserved})',
  },
  reservedBodyHint: { nb: 'Velg en annen kode, for eksempel {body}-1 eller en forkortelse av navnet.', en: 'Choose another code, for example {body}-1 or an abbreviation of the name.' },
  badText: {
    nb: '{what} inneholder tegnet {char}, som ikke kan stå i hf.yaml',
    en: '{what} contains the character {char}, which cannot stand in hf.yaml',
  },
  badTextHint: { nb: 'Skriv navnet på én linje, uten kontrolltegn og usynlige tegn.', en: 'Write the name on one line, without control or invisible characters.' },
  badBranch: {
    nb: 'Grenen `{branch}` kan ikke brukes i CI-filene: et grennavn har bokstaver, tall, punktum, bindestrek, _ og /',
    en: 'The branch `{branch}` cannot be used in the CI files: a branch name has letters, digits, dots, hyphens, _ and /',
  },
  badBranchHint: { nb: 'For eksempel --branch main eller --branch hoved.', en: 'For example --branch main or --branch hoved.' },
  whatName: { nb: 'Navnet', en: 'The name' },
  whatBody: { nb: 'Navnet på organet {body}', en: 'The name of the body {body}' },
  whatBranch: { nb: 'Grenen', en: 'The branch' },
  askName: { nb: 'Navnet på helsefellesskapet', en: 'The name of the partnership' },
  nameRequired: { nb: 'Skriv et navn, for eksempel Helsefellesskapet i Agder', en: 'Give a name, for example Helsefellesskapet i Agder' },
  askLang: { nb: 'Språk i dokumenter og meldinger', en: 'Language of documents and messages' },
  askBodies: { nb: 'Organer (mellomrom velger, enter går videre)', en: 'Bodies (space selects, enter continues)' },
  askMore: { nb: 'Flere organer? KODE=Navn, skilt med komma (kan stå tomt)', en: 'More bodies? CODE=Name, separated by commas (may be empty)' },
  created: { nb: 'Opprettet et hf-repo for {name} i {folder}:', en: 'Created an hf repository for {name} in {folder}:' },
  skipped: { nb: 'Fantes fra før og er ikke endret:', en: 'Already there and left as they were:' },
  next: { nb: 'Neste steg:', en: 'Next steps:' },
  stepGit: { nb: 'git init && git add . && git commit -m "Nytt hf-repo"', en: 'git init && git add . && git commit -m "New hf repository"' },
  noPackage: { nb: 'Finner ikke pakkefilen `{file}`', en: 'The package file `{file}` does not exist' },
  noPackageHint: {
    nb: 'Gi --hf-package en .tgz-fil (fra npm pack), en git-adresse (git+https://…) eller en versjon (@helsefellesskap/hf@^0.1.0).',
    en: 'Give --hf-package a .tgz file (from npm pack), a git URL (git+https://…) or a version (@helsefellesskap/hf@^0.1.0).',
  },
  folderPackage: { nb: '`{file}` er en mappe; CI kan ikke installere hf fra en mappe på denne maskinen', en: '`{file}` is a folder; CI cannot install hf from a folder on this computer' },
  locking: { nb: 'Lager package-lock.json med npm …', en: 'Writing package-lock.json with npm …' },
  lockFailed: {
    nb: 'advarsel: package-lock.json ble ikke laget ({reason}); CI trenger den. Kjør `npm install` i {folder} og legg package-lock.json i git.',
    en: 'warning: package-lock.json was not written ({reason}); CI needs it. Run `npm install` in {folder} and commit package-lock.json.',
  },
  stepNpm: { nb: 'npm install          # lager package-lock.json, som CI installerer hf fra', en: 'npm install          # writes package-lock.json, which CI installs hf from' },
} satisfies Catalogue;

type Msg = ReturnType<typeof translator<keyof typeof m>>;

export async function run(folderArg: string | undefined, options: InitOptions, ctx: CommandContext): Promise<number> {
  const msgLang: Lang = ctx.lang ?? envLang(ctx.env) ?? (isLang(options.language) ? options.language : 'nb');
  const t = translator(m, msgLang);
  const root = resolve(ctx.cwd, folderArg ?? '.');
  const shown = folderArg ?? '.';
  if (existsSync(root) && !statSync(root).isDirectory()) throw new UsageError(t('notFolder', { folder: shown }));
  if (existsSync(resolve(root, 'hf.yaml'))) throw new UsageError(t('exists', { folder: shown }), t('existsHint'));

  const answers = await answersFrom(options, ctx, t);
  const schemas: Record<string, string> = {};
  for (const name of readdirSync(SCHEMA_DIR).filter((n) => n.endsWith('.schema.json')).sort()) schemas[name] = readFileSync(SCHEMA_DIR + name, 'utf8');

  const vendored = vendorFile(options.hfPackage, ctx.cwd, t);
  if (vendored) answers.hfPackage = `file:vendor/${vendored.fileName}`;
  else if (options.hfPackage?.trim()) answers.hfPackage = options.hfPackage.trim();
  // This hf in vendor/: its lock file is known without asking npm (see lock.ts).
  const ownLock = vendored?.self ? lockFileFor(basename(root), answers, vendored) : undefined;

  mkdirSync(root, { recursive: true });
  // hf.yaml last: a repository is only a repository once everything else is in place, so an
  // init that is stopped half-way is finished by running it again (it skips the files that exist).
  // .gitignore first: a temporary file such a stop leaves is never committed.
  const files: [string, string | Uint8Array][] = [...initFiles(answers, schemas, basename(root))];
  if (vendored) files.unshift([`vendor/${vendored.fileName}`, vendored.bytes]);
  if (ownLock) files.push(['package-lock.json', ownLock]);
  const order = (path: string) => (path === '.gitignore' ? -1 : path === 'hf.yaml' ? 1 : 0);
  files.sort(([a], [b]) => order(a) - order(b));
  const written: string[] = [];
  const skipped: string[] = [];
  for (const [path, text] of files) {
    if (existsSync(resolve(root, path))) {
      skipped.push(path);
      continue;
    }
    try {
      writeAtomic(root, path, text);
      written.push(path);
    } catch (error) {
      if (!(error instanceof FileExistsError)) throw error;
      skipped.push(path);
    }
  }
  const where = relative(ctx.cwd, root) || '.';
  const lock = ownLock || options.npm === false || existsSync(resolve(root, 'package-lock.json')) ? undefined : await writeLockFile(root, ctx, t);
  if (lock?.ok) written.push('package-lock.json');
  out(ctx, t('created', { name: answers.name, folder: where }));
  for (const p of written) out(ctx, `  ${p}`);
  if (skipped.length) {
    out(ctx, t('skipped'));
    for (const p of skipped) out(ctx, `  ${p}`);
  }
  const first = answers.bodies.find((b) => b.code === 'SSU') ?? answers.bodies[0]!;
  out(ctx, '');
  out(ctx, t('next'));
  if (where !== '.') out(ctx, `  cd ${/\s/.test(where) ? JSON.stringify(where) : where}`);
  if (lock && !lock.ok) err(ctx, t('lockFailed', { reason: lock.reason, folder: where }));
  if (!lock?.ok && !existsSync(resolve(root, 'package-lock.json'))) out(ctx, `  ${t('stepNpm')}`);
  out(ctx, `  ${t('stepGit')}`);
  out(ctx, `  hf new-meeting ${first.code} <${msgLang === 'en' ? 'yyyy-mm-dd' : 'åååå-mm-dd'}>`);
  out(ctx, `  hf new-case --organ ${first.code} --title "…"`);
  return 0;
}

/** The answers from the options, asking in a terminal for what is missing. */
async function answersFrom(options: InitOptions, ctx: CommandContext, t: Msg): Promise<InitAnswers> {
  if (options.language !== undefined && !isLang(options.language)) throw new UsageError(t('badLang', { lang: options.language }));
  let name = options.name?.trim();
  let lang = options.language as Lang | undefined;
  let bodies = options.body?.length ? parseBodies(options.body, t) : undefined;
  const terminal = !!ctx.stdin.isTTY && !!ctx.stdout.isTTY;
  if (!name && !terminal) throw new UsageError(t('missing', { options: '--name' }), t('missingHint'));
  if (terminal && (!name || !lang || !bodies)) {
    const { input, select, checkbox } = await import('@inquirer/prompts');
    const io = { input: ctx.stdin, output: ctx.stdout };
    name ??= (
      await input({ message: t('askName'), required: true, validate: (v) => (v.trim() === '' ? t('nameRequired') : (badText(v.trim(), t('whatName'), t)?.message ?? true)) }, io)
    ).trim();
    lang ??= await select<Lang>(
      {
        message: t('askLang'),
        choices: [
          { value: 'nb', name: 'bokmål (nb)' },
          { value: 'nn', name: 'nynorsk (nn)' },
          { value: 'en', name: 'English (en)' },
        ],
      },
      io,
    );
    if (!bodies) {
      const chosen = await checkbox(
        { message: t('askBodies'), choices: USUAL_BODIES.map((b) => ({ value: b.code, name: `${b.code} — ${b.name}`, checked: true })) },
        io,
      );
      const more = (await input({ message: t('askMore') }, io)).trim();
      bodies = parseBodies([...chosen, ...(more ? [more] : [])], t);
    }
  }
  const branch = options.branch?.trim() || 'main';
  for (const [text, what] of [[name!, t('whatName')], [branch, t('whatBranch')], ...(bodies ?? []).flatMap((b) => [b.name, b.recipients ?? ''].map((x) => [x, t('whatBody', { body: b.code })]))] as const) {
    const bad = badText(text, what, t);
    if (bad) throw bad;
  }
  // What git allows, less what a CI expression or a YAML file would have to escape (quotes, backslashes, spaces).
  if (!/^[\p{L}\p{N}_][\p{L}\p{N}._/-]*$/u.test(branch) || branch.includes('..') || branch.includes('//') || /[/.]$|\.lock$/.test(branch)) {
    throw new UsageError(t('badBranch', { branch }), t('badBranchHint'));
  }
  const version = hfVersion();
  return {
    name: name!,
    lang: lang ?? 'nb',
    bodies: bodies?.length ? bodies : USUAL_BODIES,
    branch,
    hfRange: `^${version}`,
    hfName: HF_PACKAGE_NAME,
    hfPackage: `${HF_PACKAGE_NAME}@^${version}`,
    node: hfEngines(),
    ...(hfOverrides() ? { overrides: hfOverrides()! } : {}),
  };
}

/**
 * A usage error when `text` (a name written into hf.yaml and the generated files)
 * holds a character that cannot stand there: a line break or other control
 * character, a bidi control or an invisible one.
 */
function badText(text: string, what: string, t: Msg): UsageError | undefined {
  const found = firstInvisibleInLine(text, ['control', 'bidi', 'zero-width']);
  return found ? new UsageError(t('badText', { what, char: found.name }), t('badTextHint')) : undefined;
}

const BODY_KINDS = ['partnerskapsmøte', 'samarbeidsutvalg', 'fagutvalg', 'underutvalg', 'samhandlingsforum', 'nettverk', 'arbeidsgruppe', 'faggruppe'];

/**
 * Bodies given as `SSU` (one of the usual bodies) or `KODE=Navn`, each perhaps
 * with `;type=arbeidsgruppe;rapporterer_til=FSU`. Several may be given in one
 * text, separated by commas; a comma separates bodies only where another body
 * follows it (`KODE=` or a code of its own), so a name keeps its commas.
 */
export function parseBodies(specs: string[], t: Msg): InitBody[] {
  const bodies: InitBody[] = [];
  // A usual body's reporting line is left out when the body it reports to is not given; one asked for must be there.
  const asked: InitBody[] = [];
  const split = (s: string) => s.split(/,(?=\s*[\p{L}][\p{L}\d-]*\s*(?:[=;,]|$))/u);
  for (const spec of specs.flatMap(split).map((s) => s.trim()).filter(Boolean)) {
    const [main, ...extras] = spec.split(';');
    const eq = main!.indexOf('=');
    const code = (eq >= 0 ? main!.slice(0, eq) : main!).trim().toUpperCase();
    const name = eq >= 0 ? main!.slice(eq + 1).trim() : undefined;
    const usual = USUAL_BODIES.find((b) => b.code === code);
    if (!BODY_CODE.test(code) || (!usual && !name)) throw new UsageError(t('badBody', { body: spec }), t('badBodyHint'));
    if (isReservedName(code)) throw new UsageError(t('reservedBody', { body: code, reserved: RESERVED_NAMES }), t('reservedBodyHint', { body: code }));
    if (bodies.some((b) => b.code === code)) throw new UsageError(t('duplicateBody', { body: code }));
    const body: InitBody = usual && !name ? { ...usual } : { ...(usual ?? {}), code, name: name ?? usual!.name };
    for (const extra of extras) {
      const [key, value = ''] = extra.split('=').map((x) => x.trim());
      if (key === 'type' && BODY_KINDS.includes(value.toLowerCase())) body.kind = value.toLowerCase();
      else if (key === 'rapporterer_til' && BODY_CODE.test(value.toUpperCase())) asked.push(Object.assign(body, { reportsTo: value.toUpperCase() }));
      else throw new UsageError(t('badBodyPart', { part: extra.trim(), body: code }), t('badBodyPartHint', { kinds: BODY_KINDS.join(', ') }));
    }
    bodies.push(body);
  }
  for (const b of asked) {
    if (b.reportsTo && !bodies.some((o) => o.code === b.reportsTo)) throw new UsageError(t('badReportsTo', { body: b.code, to: b.reportsTo }), t('badReportsToHint', { to: b.reportsTo }));
  }
  return bodies;
}

/**
 * The tarball the new repository installs hf from, put in `vendor/`: the one
 * `--hf-package` names when it is a .tgz file, or, without `--hf-package`, the
 * running hf packed (so CI gets exactly this version, from a file in git).
 * Undefined when `--hf-package` is a git URL or a version for npm to fetch.
 */
function vendorFile(spec: string | undefined, cwd: string, t: Msg): { fileName: string; bytes: Uint8Array; self?: boolean } | undefined {
  const given = spec?.trim();
  if (!given) {
    const self = packSelf();
    return { fileName: self.fileName, bytes: self.bytes, self: true };
  }
  const local = given.replace(/^file:/, '');
  const looksLocal = /\.(tgz|tar\.gz)$/i.test(local) || given.startsWith('file:') || given.startsWith('.') || isAbsolute(local);
  if (!looksLocal) return undefined;
  const abs = resolve(cwd, local);
  if (!existsSync(abs)) throw new UsageError(t('noPackage', { file: given }), t('noPackageHint'));
  if (statSync(abs).isDirectory()) throw new UsageError(t('folderPackage', { file: given }), t('noPackageHint'));
  return { fileName: basename(abs), bytes: readFileSync(abs) };
}

/**
 * Runs `npm install --package-lock-only` in the new repository, so that CI's
 * `npm ci` installs the hf this repository was made with. npm takes what it
 * can from its cache (`--prefer-offline`), and gets the user's whole
 * environment: proxy, certificates and registry settings included.
 */
async function writeLockFile(root: string, ctx: CommandContext, t: Msg): Promise<{ ok: true } | { ok: false; reason: string }> {
  const { spawn } = await import('node:child_process');
  const windows = process.platform === 'win32';
  const args = ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];
  return progressOf(ctx).during(
    t('locking'),
    new Promise((done) => {
      let stderr = '';
      const child = spawn(windows ? 'npm.cmd' : 'npm', args, { cwd: root, env: ctx.env, shell: windows, stdio: ['ignore', 'ignore', 'pipe'], timeout: 300_000 });
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('error', (error) => done({ ok: false, reason: error.message }));
      child.on('close', (code, signal) => {
        if (code === 0 && existsSync(resolve(root, 'package-lock.json'))) done({ ok: true });
        else done({ ok: false, reason: signal ? `npm: ${signal}` : (stderr.split('\n').find((l) => /ERR!|error/i.test(l))?.trim() ?? `npm: exit ${code}`) });
      });
    }),
  );
}
