/**
 * Text from the repository is echoed to terminals and CI logs. Control characters
 * could move the cursor or forge output, and bidi overrides can make a line read
 * differently from what it contains, so both are removed before printing.
 */
/**
 * Control characters but tab and line feed, and bidi controls: what hf removes from
 * terminal output and documents. src/model/invisible.ts names them (and the
 * zero-width characters validation reports besides).
 */
export const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Removes control and bidi-override characters; keeps tab and newline. */
export function sanitizeTerminal(text: string): string {
  return text.replace(CONTROL, '');
}

/** Same as sanitizeTerminal, and also turns newlines and tabs into spaces. */
export function sanitizeLine(text: string): string {
  return sanitizeTerminal(text).replace(/[\n\t]/g, ' ');
}

/** Escapes the data part of a GitHub workflow command (`::error ...::data`). */
export function escapeGithubData(text: string): string {
  return sanitizeTerminal(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a GitHub workflow command (`file=...,title=...`). */
export function escapeGithubProperty(text: string): string {
  return escapeGithubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** The colour and emphasis codes hf itself writes (chalk, level 1); nothing that hides, blinks or moves. */
const OWN_SGR = /\u001b\[(?:(?:0|1|2|4|22|24|3[0-7]|39|9[0-7])(?:;(?:0|1|2|4|22|24|3[0-7]|39|9[0-7]))*)?m/y;

/**
 * The last line of defence before anything reaches standard output or standard
 * error: every control character and bidi override that a formatter let through is
 * written as a visible `\uXXXX` escape, except, when `colors` is on, hf's own colour
 * codes. Inside a JSON string that escape is the same value, so JSON output stays
 * exact; on a terminal it shows that something odd was in the file instead of
 * acting on it.
 */
export function sanitizeOutput(text: string, colors = false): string {
  return text.replace(/\r\n/g, '\n').replace(CONTROL, (c: string, offset: number, whole: string) => {
    if (colors && c === '\u001b') {
      OWN_SGR.lastIndex = offset;
      if (OWN_SGR.test(whole)) return c;
    }
    return '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');
  });
}
