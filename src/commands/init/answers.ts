/** What `hf init` asks for (or takes as options): everything the new repository's files are made from. */
import { stringify } from 'yaml';
import type { Lang } from '../../i18n/lang.js';

export interface InitBody {
  code: string;
  name: string;
  kind?: string;
  reportsTo?: string;
  recipients?: string;
}

export interface InitAnswers {
  name: string;
  lang: Lang;
  bodies: InitBody[];
  /** The branch pull requests go to. */
  branch: string;
  /** The version range written as `hf_versjon`. */
  hfRange: string;
  /** hf's package name (`@helsefellesskap/hf`). */
  hfName: string;
  /**
   * Where the repository gets hf from, as package.json's devDependencies say:
   * `file:vendor/helsefellesskap-hf-0.1.0.tgz`, a git URL or a version range.
   */
  hfPackage: string;
  /** The Node.js versions hf runs on (its `engines.node`). */
  node: string;
  /** hf's pins of its dependencies' versions, which npm applies only from the top package.json. */
  overrides?: Record<string, unknown>;
}

/**
 * Text put into a comment or a heading of a generated file: on one line, so
 * nothing in a name can end the comment and start YAML (or Markdown) of its own.
 * `hf init` refuses such names; this holds whatever reaches the templates.
 */
export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
}

/** A YAML scalar on one line, quoted only when it must be (double-quoted, with escapes, when it holds a line break or a control character). */
export function scalar(value: string): string {
  return /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(value) ? doubleQuoted(value) : stringify(value, { lineWidth: 0 }).trimEnd();
}

/**
 * The `if:` of a GitLab rule for pushes to the branch, as a YAML scalar: a CI/CD
 * expression compares with a quoted string (`$CI_COMMIT_BRANCH == "main"`). The
 * name is one git allows; hf init refuses quotes and backslashes in it.
 */
export function branchRule(branch: string): string {
  return scalar(`$CI_COMMIT_BRANCH == "${branch}"`);
}

/** A double-quoted YAML scalar on one line: JSON's escapes, which YAML shares, and `\\uXXXX` for what YAML does not print. */
function doubleQuoted(value: string): string {
  return JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** A YAML scalar inside a flow collection (`[main]`): plain for an ordinary branch name, double-quoted otherwise. */
export function flowScalar(value: string): string {
  return /^[A-Za-z0-9._/-]+$/.test(value) ? value : doubleQuoted(value);
}
