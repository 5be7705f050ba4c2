/** Small helpers for the plain-text reports of plan status, mandate check and follow-ups. */

/** `2024-09-26` → `26.09.2024`, the way Norwegian documents write a date in a list. */
export function shortDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : date;
}

