/** Calendar arithmetic for resolving news-prose dates against a publication day. All dates are UTC days. */

import { MONTHS, WEEKDAYS } from '../article/calendar.js';

const pad = (n: number) => String(n).padStart(2, '0');

export function parseIso(iso: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  return validDay(y, mo, d) ? new Date(Date.UTC(y, mo, d)) : undefined;
}

export const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
export const isoMonth = (year: number, month0: number) => `${year}-${pad(month0 + 1)}`;

export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

/** 0-based month of "Feb", "February", "Sept."; -1 when not a month. */
export function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return -1;
  return MONTHS.findIndex((m) => m.startsWith(w) && (w.length >= 3 || m === w));
}

export function weekdayIndex(word: string): number {
  return WEEKDAYS.indexOf(word.toLowerCase());
}

/** Which way a relative date points: the nearest past (or same) one, forward, strictly before, the coming one. */
export type Direction = 'past' | 'future' | 'last' | 'next';

/**
 * The day named by a weekday relative to `ref`. News prose uses the nearest past (or same) day for plain
 * "on Wednesday"; "next" and future-tense sentences look forward; "last" means strictly before.
 */
export function resolveWeekday(ref: Date, weekday: number, direction: Direction): Date {
  const today = ref.getUTCDay();
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7;
  if (direction === 'past') return addDays(ref, -back);
  if (direction === 'last') return addDays(ref, -(back || 7));
  if (direction === 'next') return addDays(ref, ahead || 7);
  return addDays(ref, ahead);
}

/** The year of a month named without one: the coming one ("next November"), the last one, or the nearest past. */
export function resolveMonthYear(ref: Date, month0: number, direction: Direction): number {
  const year = ref.getUTCFullYear();
  const now = ref.getUTCMonth();
  switch (direction) {
    case 'next':
      return month0 > now ? year : year + 1;
    case 'last':
      return month0 < now ? year : year - 1;
    case 'future':
      return month0 >= now ? year : year + 1;
    default:
      return month0 <= now ? year : year - 1;
  }
}

/** Year for "March 3" without one: the last such day on or before `ref`, or the next one for future tense. */
export function dayYear(ref: Date, month0: number, day: number, future: boolean): number {
  const year = ref.getUTCFullYear();
  const sameYear = Date.UTC(year, month0, day);
  if (future) return sameYear >= ref.getTime() ? year : year + 1;
  return sameYear <= ref.getTime() ? year : year - 1;
}

export function validDay(year: number, month0: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month0, day));
  return d.getUTCMonth() === month0 && d.getUTCDate() === day;
}
