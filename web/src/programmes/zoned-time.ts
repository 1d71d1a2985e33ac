/*
 * Days and wall-clock times in a programme's time zone, with the platform's Intl only (no date
 * library in the bundle). The API takes and gives instants as ISO 8601 with an offset; a person
 * enters a day and a time as they read them on the wall clock where the programme is held.
 */

const partsFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = partsFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormats.set(timeZone, format);
  }
  return format;
}

interface WallParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function wallParts(epochMs: number, timeZone: string): WallParts {
  const parts: Record<string, number> = {};
  for (const part of partsFormat(timeZone).formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour % 24, minute: parts.minute };
}

/** Minutes the zone's wall clock is ahead of UTC at that instant (60 for Oslo in winter). */
export function offsetMinutes(epochMs: number, timeZone: string): number {
  const wall = wallParts(epochMs, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  return Math.round((asUtc - Math.floor(epochMs / 60_000) * 60_000) / 60_000);
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The calendar day and the time (HH:mm) an instant shows on the wall clock in `timeZone`. */
export function wallClock(iso: string, timeZone: string): { date: string; time: string } {
  const wall = wallParts(new Date(iso).getTime(), timeZone);
  return {
    date: `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`,
    time: `${pad(wall.hour)}:${pad(wall.minute)}`,
  };
}

/** Today's calendar day in `timeZone`, YYYY-MM-DD. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return wallClock(now.toISOString(), timeZone).date;
}

/**
 * The instant a day and a wall-clock time name in `timeZone`, as ISO 8601 with that zone's
 * offset (`2027-03-15T17:00:00+01:00`). A time skipped by a daylight-saving change lands on the
 * instant the clock shows after the change, as calendars do.
 */
export function zonedIso(date: string, time: string, timeZone: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const wallMs = Date.UTC(year, month - 1, day, hour, minute);
  let instant = wallMs - offsetMinutes(wallMs, timeZone) * 60_000;
  const second = offsetMinutes(instant, timeZone);
  instant = wallMs - second * 60_000;
  const offset = offsetMinutes(instant, timeZone);
  const wall = wallParts(instant, timeZone);
  return (
    `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:00` +
    offsetText(offset)
  );
}

/** `day` plus `months` calendar months; a day the target month lacks becomes its last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number);
  const targetIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(targetIndex / 12);
  const targetMonth = (targetIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return `${pad(targetYear, 4)}-${pad(targetMonth)}-${pad(Math.min(date, lastDay))}`;
}

/** A calendar day written YYYY-MM-DD that exists. */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A wall-clock time written HH:mm. */
export function isClockTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

/** An IANA time zone this browser knows (Europe/Oslo). */
export function isTimeZone(value: string): boolean {
  if (!value.includes('/') && value !== 'UTC') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
