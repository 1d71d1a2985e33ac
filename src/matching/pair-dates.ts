import { DateTime } from 'luxon';

/*
 * The days of a pair's life: when it starts if no one says, and the day it ends. ISO dates
 * (yyyy-mm-dd) compare as strings. Pure: no Nest, no database.
 */

/** Today's date in a programme's time zone. */
export function localToday(now: Date, timezone: string): string {
  return DateTime.fromJSDate(now, { zone: timezone }).toISODate()!;
}

/** The first day of an approved pair when the coordinator names none: today, or the programme's first day if later. */
export function defaultStartsOn(programmeStart: string, today: string): string {
  return laterOf(programmeStart, today);
}

/** The pair's first day lies within its programme, both ends included. */
export function withinProgramme(date: string, programme: { startDate: string; endDate: string }): boolean {
  return date >= programme.startDate && date <= programme.endDate;
}

/**
 * The last day of a pair ended today: today, but not after the programme's last day, nor before
 * the pair's own first day (a pair ended before it started lasted its first day).
 */
export function endedOnFor(startsOn: string, today: string, programmeEnd: string): string {
  return laterOf(startsOn, today < programmeEnd ? today : programmeEnd);
}

function laterOf(a: string, b: string): string {
  return a > b ? a : b;
}
