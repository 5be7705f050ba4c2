/** What `hf init` asks for (or takes as options): everything the new repository's files are made from. */
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
