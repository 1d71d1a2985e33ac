import { DateTime } from 'luxon';
import type { GatheringKind } from './gathering.entity.js';

export interface PlannedGathering {
  kind: Exclude<GatheringKind, 'other'>;
  title: string;
  /** Always true: emails write the default title in the recipient's language (mail templates). */
  defaultTitle: true;
  startsAt: Date;
  endsAt: Date;
}

/** Default evening slot of a gathering, in the programme's time zone. */
const STARTS_AT_HOUR = 17;
export const GATHERING_HOURS = 3;

const TITLES: Record<PlannedGathering['kind'], string> = {
  kickoff: 'Kickoff seminar',
  midway: 'Midway gathering',
  closing: 'Closing seminar',
};

/** The middle day of a programme: halfway between its first and last day, rounded down. */
export function middleDay(startDate: string, endDate: string): string {
  const start = DateTime.fromISO(startDate, { zone: 'UTC' });
  const days = DateTime.fromISO(endDate, { zone: 'UTC' }).diff(start, 'days').days;
  return start.plus({ days: Math.floor(days / 2) }).toISODate()!;
}

/** The day of a standard gathering: kickoff on the first day, midway on the middle day, closing on the last. */
export function standardGatheringDay(kind: PlannedGathering['kind'], startDate: string, endDate: string): string {
  if (kind === 'kickoff') return startDate;
  if (kind === 'closing') return endDate;
  return middleDay(startDate, endDate);
}

/** An evening slot on `day` in `timezone`, the same wall-clock time whatever the UTC offset that day. */
export function eveningSlot(day: string, timezone: string): { startsAt: Date; endsAt: Date } {
  const start = DateTime.fromISO(day, { zone: timezone }).set({ hour: STARTS_AT_HOUR, minute: 0 });
  return { startsAt: start.toJSDate(), endsAt: start.plus({ hours: GATHERING_HOURS }).toJSDate() };
}

/** The three gatherings every programme has, planned when the programme is created. */
export function planStandardGatherings(startDate: string, endDate: string, timezone: string): PlannedGathering[] {
  return (['kickoff', 'midway', 'closing'] as const).map((kind) => ({
    kind,
    title: TITLES[kind],
    defaultTitle: true as const,
    ...eveningSlot(standardGatheringDay(kind, startDate, endDate), timezone),
  }));
}

/**
 * Moves a gathering to another day (or keeps its day), keeping its wall-clock start and its
 * length: a kickoff at 17:00 stays at 17:00 when the programme's start moves across a
 * daylight-saving change, or when the programme moves to another time zone (`fromTimezone`).
 */
export function moveToDay(
  startsAt: Date,
  endsAt: Date,
  day: string | undefined,
  timezone: string,
  fromTimezone: string = timezone,
): { startsAt: Date; endsAt: Date } {
  const old = DateTime.fromJSDate(startsAt, { zone: fromTimezone });
  const moved = DateTime.fromISO(day ?? old.toISODate()!, { zone: timezone }).set({
    hour: old.hour,
    minute: old.minute,
    second: old.second,
  });
  return { startsAt: moved.toJSDate(), endsAt: new Date(moved.toMillis() + (endsAt.getTime() - startsAt.getTime())) };
}

/** The default end date: eight months after the start (the length the municipalities run). */
export function defaultEndDate(startDate: string): string {
  return DateTime.fromISO(startDate, { zone: 'UTC' }).plus({ months: 8 }).toISODate()!;
}

/** An instant as ISO 8601 with the offset of `timezone` at that instant. */
export function toZonedIso(instant: Date, timezone: string): string {
  return DateTime.fromJSDate(instant, { zone: timezone }).toISO({ suppressMilliseconds: true })!;
}
