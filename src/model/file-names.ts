/**
 * Names that a file system refuses. Windows reserves the device names CON, PRN,
 * AUX, NUL, COM0–COM9 and LPT0–LPT9 (also with superscript digits), in any case
 * and with any extension: a repository with a folder `cases/con/` or a file
 * `aux.md` cannot be checked out there. hf never makes such a name from data,
 * and refuses a body code that would become one.
 */

const RESERVED = /^(?:CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|COM[0-9¹²³]|LPT[0-9¹²³])$/i;

/**
 * True when `name` (one file or folder name, not a path) is a device name on
 * Windows: the part before the first dot, without the spaces Windows ignores at
 * its end, is CON, PRN, AUX, NUL, COM0–9 or LPT0–9, in any case.
 */
export function isReservedName(name: string): boolean {
  const stem = name.split('.')[0]!.replace(/[ ]+$/, '');
  return RESERVED.test(stem);
}

/** The reserved names, for messages. */
export const RESERVED_NAMES = 'CON, PRN, AUX, NUL, COM0–COM9, LPT0–LPT9';

/** `name`, or `prefix-name` when Windows reserves `name` (a folder made from a body code, `organ-con`). */
export function unreservedName(name: string, prefix: string): string {
  return isReservedName(name) ? `${prefix}-${name}` : name;
}
