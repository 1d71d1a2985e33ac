import ical, { ICalCalendarMethod, ICalAttendeeRole, ICalAttendeeStatus } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { DateTime } from 'luxon';

export interface CalendarGathering {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  /** Rises with each move, so a calendar replaces the event instead of adding a second one. */
  sequence: number;
}

export interface CalendarPerson {
  name: string;
  email: string;
}

/** The UID of a gathering's event: the same in every invitation about it, first or after a move. */
export function gatheringUid(gatheringId: string, domain: string): string {
  return `gathering-${gatheringId}@${domain}`;
}

/** An iCalendar invitation (METHOD:REQUEST) with the times written in the programme's time zone. */
export function gatheringInvitation(
  gathering: CalendarGathering,
  timezone: string,
  organizer: CalendarPerson,
  attendee: CalendarPerson,
  domain: string,
  stamp: Date,
): string {
  const calendar = ical({
    prodId: { company: 'mentornett', product: 'gatherings', language: 'EN' },
    method: ICalCalendarMethod.REQUEST,
    // No calendar-wide zone (it would write DTSTAMP without its Z); each event names its own,
    // and the generator adds that zone's VTIMEZONE block.
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  calendar.createEvent({
    id: gatheringUid(gathering.id, domain),
    sequence: gathering.sequence,
    // Given as zoned times: a plain Date would be written in the server's own zone under the TZID.
    start: DateTime.fromJSDate(gathering.startsAt, { zone: timezone }),
    end: DateTime.fromJSDate(gathering.endsAt, { zone: timezone }),
    timezone,
    stamp,
    summary: gathering.title,
    location: gathering.location ?? undefined,
    organizer: { name: organizer.name, email: organizer.email },
    attendees: [
      {
        name: attendee.name,
        email: attendee.email,
        rsvp: true,
        role: ICalAttendeeRole.REQ,
        status: ICalAttendeeStatus.NEEDSACTION,
      },
    ],
  });
  return calendar.toString();
}
