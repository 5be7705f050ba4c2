/**
 * Name-based UUIDs (version 5, RFC 9562 §5.5): the same namespace and name give
 * the same UUID on every machine and in every run, so the archive recognises a
 * meeting or a case it has received before by its systemID.
 */
import { createHash } from 'node:crypto';

/** hf's own namespace; every systemID of an export is derived from it (never change it). */
export const HF_NAMESPACE = '55ac4454-7d33-4e2f-a4de-f2ffe27b8c22';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The version 5 UUID of `name` (UTF-8) in `namespace` (a UUID). */
export function uuidV5(namespace: string, name: string): string {
  if (!UUID.test(namespace)) throw new Error(`not a UUID: ${namespace}`);
  const hash = createHash('sha1').update(Buffer.from(namespace.replace(/-/g, ''), 'hex')).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
