import type { Position } from './diagnostic.js';

/**
 * What a rule or the loader reports: a message id and its data, not text. The
 * engine turns a finding into a Diagnostic with the rule's severity and the
 * message in the user's language (severity is stamped centrally, not by rules).
 */
export interface Finding extends Position {
  ruleId: string;
  messageId: string;
  data?: Record<string, unknown>;
  file: string;
  endLine?: number;
  endColumn?: number;
  related?: RelatedFinding[];
}

export interface RelatedFinding extends Position {
  file: string;
  messageId: string;
  data?: Record<string, unknown>;
}
