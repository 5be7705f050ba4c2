/**
 * What the repository rules need from a file's text, worked out while the file is
 * loaded (the only time its text is in memory) and kept in a compact form on the
 * loaded file and in the cache: identity numbers, `::: skjermet` sections, case
 * references in the text and in the frontmatter's text fields, and a mandate's
 * headings. The rules then work on these facts alone; the text itself is read
 * again only for the position of a finding.
 *
 * Offsets are into the file's decoded text (`text`), except those of a mandate's
 * headings, which are into its body, as remark reports them.
 */
import { findTextRefs, formatCaseNumber } from '../model/case-number.js';
import { findNationalIds } from '../model/national-id.js';
import { findRestrictedSections } from '../model/restricted.js';
import type { FileFacts, FileKind, MandateHeadings } from '../model/files.js';
import type { PlanField } from '../model/types.js';

export type { FileFacts, MandateHeadings };



/** Frontmatter text fields of a case in which running-text references are looked for. */
export const REF_TEXT_FIELDS = ['behandling', 'innspill', 'konklusjon', 'forslag_til_konklusjon'] as const;

/** What facts (and the schema check) depend on besides the file: the body codes and own plan fields of hf.yaml. */
export interface FactContext {
  bodies: readonly string[];
  /** The partnership's own fields of plan rows: the plan-row schema is extended with them. */
  planFields?: readonly PlanField[];
  /** Parses a mandate's body into its headings; absent when the Markdown parser is not loaded. */
  headings?: (body: string) => MandateHeadings;
}

/** The facts of one decoded file. `data` is its frontmatter after the schema check. */
export function factsOf(
  file: { path: string; kind: FileKind; text: string; body: string; bodyOffset: number; data: Record<string, unknown> | undefined },
  ctx: FactContext,
): FileFacts {
  const facts: FileFacts = {};
  const ids = findNationalIds(file.text);
  if (ids.length) facts.ids = ids.map((m) => [m.kind, m.offset, m.length]);
  if (file.kind !== 'config' && /skjermet/i.test(file.text)) {
    const sections = findRestrictedSections(file.text);
    if (sections.length) facts.restricted = sections.map((s) => [s.offset, s.basis ? 1 : 0, s.endLine === undefined ? 0 : 1]);
  }
  if (file.kind !== 'config' && file.text.includes('![')) facts.pictures = 1;
  const data = file.data;
  if (!data) return facts;
  if (file.kind === 'case' || file.kind === 'queued-case') {
    // The case's own body, as the model maps it (`organ`, else the folder).
    const own = (typeof data.organ === 'string' && data.organ.trim() !== '' ? data.organ : file.path.split('/')[1]!).toUpperCase();
    const fieldRefs: NonNullable<FileFacts['fieldRefs']> = [];
    for (const field of REF_TEXT_FIELDS) {
      const value = data[field];
      if (typeof value !== 'string') continue;
      for (const r of findTextRefs(value, ctx.bodies, own)) fieldRefs.push([field, r.ref.body, formatCaseNumber(r.ref.number)]);
    }
    if (fieldRefs.length) facts.fieldRefs = fieldRefs;
    const refs = findTextRefs(file.body, ctx.bodies, own);
    if (refs.length) facts.refs = refs.map((r) => [r.ref.body, formatCaseNumber(r.ref.number), file.bodyOffset + r.offset]);
  } else if (file.kind === 'mandate' && ctx.headings) {
    facts.headings = ctx.headings(file.body);
  }
  return facts;
}
