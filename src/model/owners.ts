/**
 * Who is responsible for a plan row (`ansvarlig`): each owner is written as text
 * and is a body code (`SSU`, `UU-PHR`), a member organisation named in hf.yaml
 * (`organisasjoner`, or the organisation of a member or of the secretariat), or
 * free text ("Helsefellesskapet", "Kommunene", "Medisinsk klinikk, Fjordsykehuset").
 * Text written like a code (capitals, digits and hyphens) is taken for a body
 * code, so a misspelt code is reported instead of passing as free text; an
 * organisation written in capitals (KS, NAV) is named in `organisasjoner`.
 */
import type { Config } from './types.js';

export type OwnerKind = 'body' | 'organisation' | 'text';

/** Capitals, digits and hyphens, as body codes are written (SSU, FU-HR). */
export const BODY_CODE_SHAPE = /^[A-ZÆØÅ][A-ZÆØÅ0-9]*(-[A-ZÆØÅ0-9]+)*$/;

const fold = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb');

/** The member organisations of the partnership: `organisasjoner`, and those of members and the secretariat. */
export function organisationsOf(config: Config): string[] {
  const names = [...config.organisations, ...config.secretariat.flatMap((p) => (p.organisation ? [p.organisation] : [])), ...config.bodies.flatMap((b) => b.members.flatMap((p) => (p.organisation ? [p.organisation] : [])))];
  const seen = new Set<string>();
  return names.filter((n) => !seen.has(fold(n)) && !!seen.add(fold(n)));
}

/** What an owner is, by the bodies and organisations of hf.yaml. */
export function ownerKind(owner: string, config: Config): OwnerKind {
  const name = owner.trim();
  if (config.bodies.some((b) => b.code === name)) return 'body';
  const folded = fold(name);
  if (organisationsOf(config).some((o) => fold(o) === folded)) return 'organisation';
  return BODY_CODE_SHAPE.test(name) ? 'body' : 'text';
}

/**
 * True when `owner` is what a user searches for: a body code only by the same
 * code (`ssu` finds SSU, but `SU` finds neither SSU nor FSU), any other owner
 * when it contains the words (`kommune` finds "Elvedal kommune" and "Kommunene").
 */
export function ownerMatches(owner: string, query: string): boolean {
  const q = fold(query);
  if (q === '') return false;
  if (BODY_CODE_SHAPE.test(owner.trim())) return fold(owner) === q;
  return fold(owner).includes(q);
}

/** The owners on one line: "Elvedal kommune, Bergli kommune", or with semicolons when a name holds a comma. */
export function formatOwners(owners: readonly string[]): string {
  return owners.join(owners.some((o) => o.includes(',')) ? '; ' : ', ');
}
