/**
 * Shell completion: what may come next on an `hf` command line. The shell
 * scripts (`hf completion bash|zsh|fish`) call `hf __complete -- <words…>` with
 * the words typed so far, the last one being the word under the cursor, and
 * offer what this module returns. Commands and options come from the commands'
 * specs, so every registered command completes without extra work;
 * body codes, meeting dates and case numbers come from the repository's file
 * names, which is fast even in a large repository.
 */
import { sanitizeLine, sanitizeTerminal } from '../../diagnostics/escape.js';
import { pick, type Lang } from '../../i18n/lang.js';
import type { CommandSpec } from '../shared/spec.js';
import { readConfigFile } from '../../repo/fs.js';
import { findRoot, listFolder } from '../../repo/read.js';
import { parseYaml } from '../../repo/yaml.js';

export interface Candidate {
  value: string;
  description?: string;
}

/** What completion knows of the repository. */
export interface RepoFacts {
  bodies(): Candidate[];
  /** Meeting dates, newest first; of one body when given. */
  meetingDates(body?: string): string[];
  /** Case numbers (`2024.28`), newest first; of one body when given. */
  caseNumbers(body?: string): string[];
  caseTypes(): string[];
  years(): string[];
}

export const SHELLS = ['bash', 'zsh', 'fish'] as const;

const NO_FACTS: RepoFacts = { bodies: () => [], meetingDates: () => [], caseNumbers: () => [], caseTypes: () => [], years: () => [] };

/** Facts read from the repository around `cwd`; none outside a repository. */
export function repoFacts(cwd: string): RepoFacts {
  let root: string;
  try {
    root = findRoot(cwd);
  } catch {
    return NO_FACTS;
  }
  // Names only, and never through a link (a linked folder lists nothing).
  const list = (...parts: string[]): string[] => listFolder(root, parts.join('/')).map((e) => e.name);
  let config: Record<string, unknown> | undefined;
  const readConfig = () => {
    if (config) return config;
    try {
      const v = parseYaml(readConfigFile(root).toString('utf8')).value;
      config = v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
    } catch {
      config = {};
    }
    return config;
  };
  const bodyFolders = (body?: string) => (body ? [body.toLowerCase()] : list('meetings').concat(list('cases')).filter((v, i, a) => a.indexOf(v) === i));
  const newestFirst = (a: string, b: string) => {
    const [ya, sa] = a.split('.').map(Number);
    const [yb, sb] = b.split('.').map(Number);
    return ya !== yb ? yb! - ya! : (sb ?? 0) - (sa ?? 0);
  };
  return {
    bodies() {
      const organer = readConfig().organer;
      if (!Array.isArray(organer)) return [];
      return organer
        .filter((b): b is { kode: string; navn?: unknown } => !!b && typeof b === 'object' && typeof (b as { kode?: unknown }).kode === 'string')
        .map((b) => ({ value: b.kode, ...(typeof b.navn === 'string' ? { description: b.navn } : {}) }));
    },
    meetingDates(body) {
      const dates = bodyFolders(body).flatMap((f) => list('meetings', f).map((n) => /^(\d{4}-\d{2}-\d{2})\.md$/.exec(n)?.[1]).filter((d): d is string => !!d));
      return [...new Set(dates)].sort().reverse();
    },
    caseNumbers(body) {
      const numbers = bodyFolders(body).flatMap((f) =>
        list('cases', f)
          .filter((y) => /^\d{4}$/.test(y))
          .flatMap((y) => list('cases', f, y).map((n) => /^(\d{4}\.[1-9]\d*)-.*\.md$/.exec(n)?.[1]).filter((d): d is string => !!d)),
      );
      return [...new Set(numbers)].sort(newestFirst);
    },
    caseTypes() {
      const types = readConfig().sakstyper;
      return Array.isArray(types) ? types.filter((t): t is string => typeof t === 'string') : ['Orientering', 'Beslutning', 'Diskusjon', 'Dialog', 'Vedtak'];
    },
    years() {
      const years = bodyFolders().flatMap((f) => list('cases', f).filter((y) => /^\d{4}$/.test(y))).concat(list('plans').filter((y) => /^\d{4}$/.test(y)));
      return [...new Set(years)].sort().reverse();
    },
  };
}

/** An option as completion sees it. */
export interface CompletionOption {
  long?: string;
  short?: string;
  takesValue: boolean;
  choices?: readonly string[];
  description?: string;
  /** Offered after a subcommand too (`--lang`, `--debug`). */
  global?: boolean;
}

/** A command (or the program) as completion sees it: built from the commands' specs. */
export interface CompletionNode {
  name: string;
  aliases: readonly string[];
  hidden: boolean;
  description: string;
  options: readonly CompletionOption[];
  args: readonly { name: string; choices?: readonly string[]; variadic: boolean }[];
  commands: readonly CompletionNode[];
}

/** The completion tree of the program: the global options and every command of `specs`. */
export function completionTree(specs: readonly CommandSpec[], lang: Lang): CompletionNode {
  return {
    name: 'hf',
    aliases: [],
    hidden: false,
    description: '',
    options: [
      { short: '-V', long: '--version', takesValue: false, description: pick({ nb: 'vis versjonen', en: 'show the version' }, lang) },
      { long: '--lang', takesValue: true, choices: ['nb', 'nn', 'en'], description: pick({ nb: 'språk for meldinger og dokumenter', en: 'language of messages and documents' }, lang), global: true },
      { long: '--debug', takesValue: false, description: pick({ nb: 'vis tekniske detaljer ved feil', en: 'show technical details on errors' }, lang), global: true },
    ],
    args: [],
    commands: specs.map((s) => nodeOf(s, lang)),
  };
}

function nodeOf(spec: CommandSpec, lang: Lang): CompletionNode {
  return {
    name: spec.name,
    aliases: spec.aliases ?? [],
    hidden: !!spec.hidden,
    description: pick(spec.summary, lang),
    options: (spec.options ?? []).map((o) => {
      const flags = typeof o.flags === 'string' ? o.flags : pick(o.flags, lang);
      const short = /(?:^|[\s,])(-[A-Za-z])\b/.exec(flags)?.[1];
      const long = /--[\w-]+/.exec(flags)?.[0];
      return { ...(short ? { short } : {}), ...(long ? { long } : {}), takesValue: /[<[]/.test(flags), ...(o.choices ?? o.suggest ? { choices: o.choices ?? o.suggest } : {}), description: pick(o.description, lang) };
    }),
    args: (spec.args ?? []).map((a) => ({ name: typeof a.name === 'string' ? a.name : pick(a.name, lang), ...(a.choices ? { choices: a.choices } : {}), variadic: !!a.variadic })),
    commands: (spec.subcommands ?? []).map((s) => nodeOf(s, lang)),
  };
}

const visibleCommands = (cmd: CompletionNode) => cmd.commands.filter((c) => !c.hidden);
const attributeName = (o: CompletionOption) => (o.long ?? o.short ?? '').replace(/^-+/, '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

function findOption(chain: CompletionNode[], flag: string): CompletionOption | undefined {
  for (const cmd of [...chain].reverse()) {
    const o = cmd.options.find((x) => x.long === flag || x.short === flag);
    if (o) return o;
  }
  return undefined;
}

/** The candidates for the last of `words` (the word being typed; '' for a new word). */
export function complete(program: CompletionNode, rawWords: readonly string[], facts: RepoFacts): Candidate[] {
  const words = joinEquals(rawWords);
  const current = words.length ? words[words.length - 1]! : '';
  const typed = words.slice(0, -1);
  const chain: CompletionNode[] = [program];
  const positionals: string[] = [];
  const optionValues = new Map<string, string>();
  let pending: CompletionOption | undefined;
  let operandsOnly = false;
  for (const word of typed) {
    const cmd = chain[chain.length - 1]!;
    if (pending) {
      optionValues.set(attributeName(pending), word);
      pending = undefined;
      continue;
    }
    if (!operandsOnly && word === '--') {
      operandsOnly = true;
      continue;
    }
    if (!operandsOnly && word.startsWith('-') && word.length > 1) {
      const [flag, inline] = word.split(/=(.*)/s, 2) as [string, string | undefined];
      const o = findOption(chain, flag);
      if (o?.takesValue) {
        if (inline !== undefined) optionValues.set(attributeName(o), inline);
        else pending = o;
      }
      continue;
    }
    const sub = positionals.length === 0 ? cmd.commands.find((c) => c.name === word || c.aliases.includes(word)) : undefined;
    if (sub) chain.push(sub);
    else positionals.push(word);
  }
  const cmd = chain[chain.length - 1]!;
  const bodyHint = optionValues.get('body') ?? optionValues.get('organ') ?? bodyPositional(cmd, positionals, facts);
  let found: Candidate[];
  let prefix = current;
  if (pending) {
    found = optionCandidates(pending, facts, bodyHint);
  } else if (!operandsOnly && current.startsWith('--') && current.includes('=')) {
    const [flag, value] = current.split(/=(.*)/s, 2) as [string, string];
    const o = findOption(chain, flag);
    found = o?.takesValue ? optionCandidates(o, facts, bodyHint).map((c) => ({ ...c, value: `${flag}=${c.value}` })) : [];
    prefix = `${flag}=${value}`;
  } else if (!operandsOnly && current.startsWith('-')) {
    found = [...chain]
      .reverse()
      .flatMap((c) => (c === program && chain.length > 1 ? c.options.filter((o) => o.global) : c.options))
      .filter((o) => o.long)
      .map((o) => ({ value: o.long!, description: o.description }));
    found.push({ value: '--help' });
  } else if (positionals.length === 0 && visibleCommands(cmd).length > 0) {
    // A command may take subcommands and an argument both (`hf plan 2025`, `hf plan status 2025`).
    found = [...visibleCommands(cmd).map((c) => ({ value: c.name, description: c.description })), ...argumentCandidates(cmd, positionals, facts)];
  } else {
    found = argumentCandidates(cmd, positionals, facts);
  }
  const lower = prefix.toLowerCase();
  const seen = new Set<string>();
  return found.filter((c) => c.value.toLowerCase().startsWith(lower) && !seen.has(c.value) && seen.add(c.value));
}

/** bash splits `--lang=en` into `--lang`, `=`, `en`; put such words together again. */
function joinEquals(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const prev = out[out.length - 1];
    if (w === '=' && prev?.startsWith('--') && !prev.includes('=')) {
      out[out.length - 1] = prev + '=' + (words[i + 1] ?? '');
      i++;
    } else {
      out.push(w);
    }
  }
  return out;
}

/** The body named by an earlier positional argument called body/organ, if any. */
function bodyPositional(cmd: CompletionNode, positionals: readonly string[], facts: RepoFacts): string | undefined {
  const args = cmd.args;
  for (let i = 0; i < Math.min(args.length, positionals.length); i++) {
    if (/body|organ/i.test(args[i]!.name)) return positionals[i];
  }
  // `hf show SSU …` style commands without named metadata: a known body code as the first word.
  const first = positionals[0];
  return first && facts.bodies().some((b) => b.value.toUpperCase() === first.toUpperCase()) ? first : undefined;
}

function byName(name: string, facts: RepoFacts, body: string | undefined): Candidate[] | undefined {
  const n = name.toLowerCase();
  if (/^(body|organ|kode|code)$/.test(n) || n.endsWith('body')) return facts.bodies();
  if (/date|dato|meeting|møte/.test(n)) return facts.meetingDates(body).map((value) => ({ value }));
  if (/saksnr|number|nummer|case|sak$/.test(n)) return facts.caseNumbers(body).map((value) => ({ value }));
  if (/^(lang|language|språk|sprak)$/.test(n)) return ['nb', 'nn', 'en'].map((value) => ({ value }));
  if (/^(year|år|ar)$/.test(n)) return facts.years().map((value) => ({ value }));
  if (/shell/.test(n)) return SHELLS.map((value) => ({ value }));
  if (/^(type|sakstype)$/.test(n)) return facts.caseTypes().map((value) => ({ value }));
  return undefined;
}

function optionCandidates(o: CompletionOption, facts: RepoFacts, body: string | undefined): Candidate[] {
  if (o.choices?.length) return o.choices.map((value) => ({ value }));
  const name = o.long?.replace(/^--/, '') ?? '';
  return byName(name, facts, body) ?? [];
}

function argumentCandidates(cmd: CompletionNode, positionals: readonly string[], facts: RepoFacts): Candidate[] {
  const args = cmd.args;
  let arg = args[positionals.length];
  if (!arg && args.length && args[args.length - 1]!.variadic) arg = args[args.length - 1];
  if (!arg) return [];
  if (arg.choices?.length) return arg.choices.map((value) => ({ value }));
  // A case as one or two words (`<sak...>`): first a body code (or a number alone), then that body's numbers.
  if (/^(sak|case)\b/i.test(arg.name) && arg.variadic) {
    const at = positionals.length - args.indexOf(arg);
    const body = bodyPositional(cmd, positionals, facts);
    if (at === 0) return [...facts.bodies(), ...facts.caseNumbers().map((value) => ({ value }))];
    return at === 1 && body ? facts.caseNumbers(body).map((value) => ({ value })) : [];
  }
  return byName(arg.name, facts, bodyPositional(cmd, positionals, facts)) ?? [];
}

/** The lines `hf __complete` prints: the value, and its description after a tab. */
export function formatCandidates(candidates: readonly Candidate[]): string {
  // Names come from the repository: one with control characters is left out (it could not be typed anyway), descriptions are cleaned.
  const shown = candidates.filter((c) => sanitizeTerminal(c.value) === c.value && !/[\n\t]/.test(c.value));
  return shown.map((c) => (c.description ? `${c.value}\t${sanitizeLine(c.description).replace(/\s+/g, ' ')}` : c.value)).join('\n') + (shown.length ? '\n' : '');
}

/** The completion script for a shell. */
export function completionScript(shell: (typeof SHELLS)[number]): string {
  switch (shell) {
    case 'bash':
      return `# hf completion for bash. Install: hf completion bash > ~/.local/share/bash-completion/completions/hf
# (or add \`source <(hf completion bash)\` to ~/.bashrc)
_hf_complete() {
  local IFS=$'\\n'
  local words=("\${COMP_WORDS[@]:1:COMP_CWORD}")
  local cur="\${COMP_WORDS[COMP_CWORD]}"
  COMPREPLY=($(hf __complete -- "\${words[@]}" 2>/dev/null | cut -f1))
  # bash completes only the part after '=' of --option=value; hf answers with the whole word
  if [[ "$cur" == "=" || "\${COMP_WORDS[COMP_CWORD-1]}" == "=" ]]; then
    local i
    for i in "\${!COMPREPLY[@]}"; do COMPREPLY[$i]="\${COMPREPLY[$i]#*=}"; done
  fi
  return 0
}
complete -o default -F _hf_complete hf
`;
    case 'zsh':
      return `#compdef hf
# hf completion for zsh. Install: hf completion zsh > "\${fpath[1]}/_hf" (then restart zsh),
# or add \`source <(hf completion zsh)\` to ~/.zshrc after compinit.
_hf() {
  local -a lines items
  local line value
  lines=("\${(@f)$(hf __complete -- "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  for line in "\${lines[@]}"; do
    [[ -z "$line" ]] && continue
    value="\${line%%$'\\t'*}"
    if [[ "$line" == *$'\\t'* ]]; then
      items+=("\${value//:/\\\\:}:\${line#*$'\\t'}")
    else
      items+=("\${value//:/\\\\:}")
    fi
  done
  if (( \${#items} )); then
    _describe -t hf 'hf' items
  else
    _files
  fi
}
if [[ "\${funcstack[1]}" == "_hf" ]]; then
  _hf "$@"
else
  compdef _hf hf
fi
`;
    case 'fish':
      return `# hf completion for fish. Install: hf completion fish > ~/.config/fish/completions/hf.fish
function __hf_complete
    set -l words (commandline -opc) (commandline -ct)
    hf __complete -- $words[2..-1] 2>/dev/null
end
complete -c hf -f -a '(__hf_complete)'
`;
  }
}
