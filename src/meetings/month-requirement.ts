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
  /** Calendar months (1–12) that require no meeting (the programme's exemptMonths); none when left out. */
  exemptMonths?: readonly number[];
  /** The pair's pauses; their days are not active days. None when left out. */
  pauses?: readonly PauseSpan[];
}

/** A pause of a pair: its first and last day (YYYY-MM-DD, inclusive). */
export interface PauseSpan {
  from: string;
  to: string;
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
  /** Days of the month in the pair's span that a pause covers. */
  pausedDays: number;
  /** The month is one of the programme's exemptMonths: it requires nothing. */
  exempt: boolean;
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

/** 'YYYY-MM' by year × 12 + month − 1, each written once: the lists make tens of thousands. */
const MONTH_KEYS: string[] = [];

function monthKey(year: number, month: number): string {
  const index = year * 12 + month - 1;
  return (MONTH_KEYS[index] ??= `${pad(year, 4)}-${pad(month, 2)}`);
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

/** A pair's active span and the day to judge it on: what a month's requirement depends on. */
export interface ActiveSpan {
  /** YYYY-MM-DD, first active day: the later of the pair's start and the programme's. */
  spanStart: string;
  /** YYYY-MM-DD, last active day: the earlier of the pair's end and the programme's. */
  spanEnd: string;
  /** YYYY-MM-DD, today in the programme's time zone. */
  today: string;
  minMeetingsPerMonth: number;
  /** Calendar months (1–12) that require nothing; none when left out. */
  exemptMonths?: readonly number[];
  /** The pair's pauses (may overlap each other and reach outside the span); none when left out. */
  pauses?: readonly PauseSpan[];
}

/** A listed month before its meetings are counted. */
export interface ListedMonth {
  /** 'YYYY-MM' */
  month: string;
  requiredMeetings: number;
  /** The month, or the pair's active span in it, is over as of today. */
  closed: boolean;
  /** Days of the month in the span that a pause covers (each day once). */
  pausedDays: number;
  /** An exempt month: it requires nothing. */
  exempt: boolean;
}

/** The pauses validated, sorted and merged where they overlap or touch, so each day counts once. */
function mergedPauses(pauses: readonly PauseSpan[]): PauseSpan[] {
  const sorted = pauses
    .map((p) => {
      parseDate(p.from, 'pause from');
      parseDate(p.to, 'pause to');
      return p;
    })
    .filter((p) => p.from <= p.to)
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const merged: PauseSpan[] = [];
  for (const p of sorted) {
    const last = merged[merged.length - 1];
    if (last && p.from <= last.to) {
      if (p.to > last.to) last.to = p.to;
    } else merged.push({ from: p.from, to: p.to });
  }
  return merged;
}

/** Days from `from` to `to` (inclusive) of one month, both YYYY-MM-DD in it. */
function daysWithinMonth(from: string, to: string): number {
  return Number(to.slice(8, 10)) - Number(from.slice(8, 10)) + 1;
}

/**
 * The months "so far" of an active span, each with its requirement: from the month of the span's
 * first day through the month of min(today, last active day); empty when today is before the span
 * starts (or the span is empty). monthlyCompliance counts meetings into these; the pairs list
 * counts meeting_months into them.
 */
export function listedMonths(span: ActiveSpan): ListedMonth[] {
  assertNonNegativeInteger(span.minMeetingsPerMonth, 'minMeetingsPerMonth');
  const { spanStart, spanEnd, today } = span;
  if (spanStart > spanEnd || today < spanStart) return [];

  const first = parseDate(spanStart, 'spanStart');
  const last = parseDate(spanEnd, 'spanEnd');
  const lastListed = parseDate(minDate(today, spanEnd), 'lastListed');

  const exempt = new Set(span.exemptMonths ?? []);
  const pauses = span.pauses && span.pauses.length > 0 ? mergedPauses(span.pauses) : [];

  const months: ListedMonth[] = [];
  for (let year = first.year, month = first.month; ;) {
    const days = daysInMonth(year, month);
    const isFirst = year === first.year && month === first.month;
    const isLast = year === last.year && month === last.month;
    const firstActiveDay = isFirst ? first.day : 1;
    const lastActiveDay = isLast ? last.day : days;
    // Paused days: each pause clipped to the month's part of the span.
    let pausedDays = 0;
    if (pauses.length > 0) {
      const from = isoDate(year, month, firstActiveDay);
      const to = isoDate(year, month, lastActiveDay);
      for (const pause of pauses) {
        const clippedFrom = maxDate(pause.from, from);
        const clippedTo = minDate(pause.to, to);
        if (clippedFrom <= clippedTo) pausedDays += daysWithinMonth(clippedFrom, clippedTo);
      }
    }
    const isExempt = exempt.has(month);
    const activeDays = lastActiveDay - firstActiveDay + 1 - pausedDays;
    months.push({
      month: monthKey(year, month),
      requiredMeetings: isExempt ? 0 : requiredMeetings(span.minMeetingsPerMonth, activeDays, days),
      closed: isoDate(year, month, lastActiveDay) < today,
      pausedDays,
      exempt: isExempt,
    });
    if (year === lastListed.year && month === lastListed.month) break;
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

/** The active span of a pair: from the later of the two starts to the earlier of the two ends. */
export function activeSpan(input: Omit<MonthRequirementInput, 'meetings' | 'minMeetingMinutes'>): ActiveSpan {
  for (const month of input.exemptMonths ?? []) {
    if (!Number.isInteger(month) || month < 1 || month > 12)
      throw new RangeError(`exemptMonths must be 1..12: ${month}`);
  }
  // Validated once; from here on a date is its ISO string, and those order as the days they name.
  parseDate(input.programmeStart, 'programmeStart');
  parseDate(input.programmeEnd, 'programmeEnd');
  parseDate(input.pairStart, 'pairStart');
  if (input.pairEnd !== null) parseDate(input.pairEnd, 'pairEnd');
  return {
    spanStart: maxDate(input.programmeStart, input.pairStart),
    spanEnd: minDate(input.programmeEnd, input.pairEnd ?? input.programmeEnd),
    today: localDate(input.asOf, input.timezone),
    minMeetingsPerMonth: input.minMeetingsPerMonth,
    exemptMonths: input.exemptMonths,
    pauses: input.pauses,
  };
}

/**
 * One entry per calendar month "so far" (listedMonths of the pair's active span), with the
 * pair's meetings counted into it.
 */
export function monthlyCompliance(input: MonthRequirementInput): MonthCompliance[] {
  assertNonNegativeInteger(input.minMeetingsPerMonth, 'minMeetingsPerMonth');
  const months: MonthCompliance[] = listedMonths(activeSpan(input)).map((listed) => ({
    month: listed.month,
    requiredMeetings: listed.requiredMeetings,
    qualifyingMeetings: 0,
    meetings: 0,
    minutes: 0,
    met: false,
    closed: listed.closed,
    pausedDays: listed.pausedDays,
    exempt: listed.exempt,
  }));
  const byMonth = new Map(months.map((entry) => [entry.month, entry]));

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
