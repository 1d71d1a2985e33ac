import { DateTime } from 'luxon';

/**
 * The month-requirement rule (DESIGN.md, "Reminders and email"), as a pure function of plain
 * inputs. All day arithmetic is on calendar dates (year, month, day), never on instants, so a
 * daylight-saving change can never move a day; only `asOf` is an instant, read once in the
 * programme's time zone.
 */

export interface MeetingRecord {
  /** YYYY-MM-DD, the programme-local day of the meeting. */
  date: string;
  durationMinutes: number;
}

export interface MonthRequirementInput {
  /** YYYY-MM-DD, first day of the programme. */
  programmeStart: string;
  /** YYYY-MM-DD, last day of the programme (inclusive). */
  programmeEnd: string;
  /** YYYY-MM-DD, first day the pair is active (the match's startsOn). */
  pairStart: string;
  /** YYYY-MM-DD, last day the pair was active (the match's endedOn), or null while active. */
  pairEnd: string | null;
  minMeetingsPerMonth: number;
  minMeetingMinutes: number;
  /** IANA zone of the programme, e.g. 'Europe/Oslo'. */
  timezone: string;
  /** The instant "now"; its calendar date is read in `timezone`. */
  asOf: Date;
  meetings: readonly MeetingRecord[];
}

export interface MonthCompliance {
  /** 'YYYY-MM' */
  month: string;
  requiredMeetings: number;
  /** Meetings in the month lasting at least the programme's minimum minutes. */
  qualifyingMeetings: number;
  /** All meetings dated in the month. */
  meetings: number;
  /** Total minutes of all meetings in the month. */
  minutes: number;
  /** qualifyingMeetings >= requiredMeetings */
  met: boolean;
  /** The month, or the pair's active span in it, is over as of asOf's local date. */
  closed: boolean;
}

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function parseDate(value: string, field: string): CalendarDate {
  const match = ISO_DATE.exec(value);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return { year, month, day };
  }
  throw new RangeError(`${field} is not a calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function monthKey(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

function isoDate(year: number, month: number, day: number): string {
  return `${monthKey(year, month)}-${pad(day, 2)}`;
}

function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}

function maxDate(a: string, b: string): string {
  return a >= b ? a : b;
}

function assertNonNegativeInteger(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0: ${value}`);
}

/** round-half-up of minimum × activeDays / daysInMonth, in integer arithmetic (no float error) */
export function requiredMeetings(minimum: number, activeDays: number, daysInMonth: number): number {
  assertNonNegativeInteger(minimum, 'minimum');
  assertNonNegativeInteger(activeDays, 'activeDays');
  assertNonNegativeInteger(daysInMonth, 'daysInMonth');
  if (daysInMonth === 0 || activeDays > daysInMonth) {
    throw new RangeError(`activeDays must be within 0..daysInMonth (≥ 1): ${activeDays} of ${daysInMonth}`);
  }
  // floor((2·min·active + days) / (2·days)) without a float division: subtract the remainder first.
  const numerator = 2 * minimum * activeDays + daysInMonth;
  const denominator = 2 * daysInMonth;
  return (numerator - (numerator % denominator)) / denominator;
}

/** today's calendar date (YYYY-MM-DD) of `instant` in `timezone` */
export function localDate(instant: Date, timezone: string): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('asOf is not a valid instant');
  const local = DateTime.fromJSDate(instant, { zone: timezone });
  if (!local.isValid) throw new RangeError(`Cannot read the date in time zone ${JSON.stringify(timezone)}`);
  // Built from the parts rather than toISODate(), which writes years past 9999 with a sign.
  return isoDate(local.year, local.month, local.day);
}

/**
 * One entry per calendar month "so far": from the month of the active span's first day through
 * the month of min(local date of asOf, last active day); empty when asOf's local date is before
 * the active span starts (or the span is empty).
 */
export function monthlyCompliance(input: MonthRequirementInput): MonthCompliance[] {
  assertNonNegativeInteger(input.minMeetingsPerMonth, 'minMeetingsPerMonth');
  // Validated once; from here on a date is its ISO string, and those order as the days they name.
  parseDate(input.programmeStart, 'programmeStart');
  parseDate(input.programmeEnd, 'programmeEnd');
  parseDate(input.pairStart, 'pairStart');
  if (input.pairEnd !== null) parseDate(input.pairEnd, 'pairEnd');
  const today = localDate(input.asOf, input.timezone);

  const spanStart = maxDate(input.programmeStart, input.pairStart);
  const spanEnd = minDate(input.programmeEnd, input.pairEnd ?? input.programmeEnd);
  if (spanStart > spanEnd || today < spanStart) return [];

  const first = parseDate(spanStart, 'spanStart');
  const last = parseDate(spanEnd, 'spanEnd');
  const lastListed = parseDate(minDate(today, spanEnd), 'lastListed');

  const months: MonthCompliance[] = [];
  const byMonth = new Map<string, MonthCompliance>();
  for (let year = first.year, month = first.month; ;) {
    const days = daysInMonth(year, month);
    const isFirst = year === first.year && month === first.month;
    const isLast = year === last.year && month === last.month;
    const firstActiveDay = isFirst ? first.day : 1;
    const lastActiveDay = isLast ? last.day : days;
    const entry: MonthCompliance = {
      month: monthKey(year, month),
      requiredMeetings: requiredMeetings(input.minMeetingsPerMonth, lastActiveDay - firstActiveDay + 1, days),
      qualifyingMeetings: 0,
      meetings: 0,
      minutes: 0,
      met: false,
      closed: isoDate(year, month, lastActiveDay) < today,
    };
    months.push(entry);
    byMonth.set(entry.month, entry);
    if (year === lastListed.year && month === lastListed.month) break;
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }

  for (const meeting of input.meetings) {
    const date = parseDate(meeting.date, 'meeting date');
    const entry = byMonth.get(monthKey(date.year, date.month));
    if (!entry) continue;
    entry.meetings += 1;
    entry.minutes += meeting.durationMinutes;
    if (meeting.durationMinutes >= input.minMeetingMinutes) entry.qualifyingMeetings += 1;
  }
  for (const entry of months) entry.met = entry.qualifyingMeetings >= entry.requiredMeetings;
  return months;
}
