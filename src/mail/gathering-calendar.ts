import ical, {
  formatDate,
  ICalAttendee,
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  type ICalEvent,
} from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { DateTime } from 'luxon';
import { BoundedCache } from '../common/bounded-cache.js';

export interface CalendarGathering {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  /** Rises with each move, so a calendar replaces the event instead of adding a second one. */
  sequence: number;
  /** The event's UID when it is not a gathering's (a theme evening's: themeEveningUid) */
  uid?: string;
}

export interface CalendarPerson {
  name: string;
  email: string;
}

/** The UID of a gathering's event: the same in every invitation about it, first or after a move. */
export function gatheringUid(gatheringId: string, domain: string): string {
  return `gathering-${gatheringId}@${domain}`;
}

/** The UID of a theme evening's event: the same in every invitation about it, first or after a move. */
export function themeEveningUid(eventId: string, domain: string): string {
  return `theme-evening-${eventId}@${domain}`;
}

/** The whole calendar, written by ical-generator. */
function buildInvitation(
  gathering: CalendarGathering,
  timezone: string,
  organizer: CalendarPerson,
  attendee: CalendarPerson,
  domain: string,
  stamp: Date,
): { text: string; event: ICalEvent } {
  const calendar = ical({
    prodId: { company: 'mentornett', product: 'gatherings', language: 'EN' },
    method: ICalCalendarMethod.REQUEST,
    // No calendar-wide zone (it would write DTSTAMP without its Z); each event names its own,
    // and the generator adds that zone's VTIMEZONE block.
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  const event = calendar.createEvent({
    id: gathering.uid ?? gatheringUid(gathering.id, domain),
    sequence: gathering.sequence,
    // Given as zoned times: a plain Date would be written in the server's own zone under the TZID.
    start: DateTime.fromJSDate(gathering.startsAt, { zone: timezone }),
    end: DateTime.fromJSDate(gathering.endsAt, { zone: timezone }),
    timezone,
    stamp,
    summary: gathering.title,
    location: gathering.location ?? undefined,
    organizer: { name: organizer.name, email: organizer.email },
    attendees: [attendeeData(attendee)],
  });
  return { text: calendar.toString(), event };
}

function attendeeData(attendee: CalendarPerson) {
  return {
    name: attendee.name,
    email: attendee.email,
    rsvp: true,
    role: ICalAttendeeRole.REQ,
    status: ICalAttendeeStatus.NEEDSACTION,
  };
}

/**
 * One gathering version's calendar with the two lines that differ per email (DTSTAMP and ATTENDEE)
 * cut out: head + DTSTAMP + middle + ATTENDEE + tail. ical-generator folds lines one character at
 * a time with a new TextEncoder each, and builds the VTIMEZONE block anew every time; with the
 * rest written once per version, an invitation costs the folding of two short lines.
 */
interface InvitationParts {
  head: string;
  middle: string;
  tail: string;
  /** The event the attendee lines are written for (ical-generator wants one). */
  event: ICalEvent;
}

const PLACEHOLDER_STAMP = new Date(0);
const PLACEHOLDER_ATTENDEE: CalendarPerson = { name: 'Placeholder', email: 'placeholder@invalid' };
const MAX_CACHED = 500;
const partsCache = new BoundedCache<InvitationParts | null>(MAX_CACHED);

/**
 * ical-generator's foldLines for one line, without its TextEncoder per character: a break before
 * the character that takes the line past 74 bytes of UTF-8 (a surrogate pair counted as one).
 */
export function foldLine(line: string): string {
  if (Buffer.byteLength(line) <= 74) return line;
  let out = '';
  let bytes = 0;
  for (let i = 0; i < line.length; i++) {
    let char = line.charAt(i);
    const code = line.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) char += line.charAt(++i);
    const size = code < 0x80 ? 1 : Buffer.byteLength(char);
    bytes += size;
    if (bytes > 74) {
      out += '\r\n ';
      bytes = size;
    }
    out += char;
  }
  return out;
}

function stampLine(stamp: Date): string {
  // As the event writes it: the calendar has no zone, so UTC with its Z.
  return foldLine(`DTSTAMP:${formatDate(null, stamp)}`);
}

function attendeeLine(attendee: CalendarPerson, event: ICalEvent): string {
  // ICalAttendee.toString ends the line; the fold works on lines without their CRLF.
  return foldLine(new ICalAttendee(attendeeData(attendee), event).toString().replace(/\r\n$/, ''));
}

/** The parts of one gathering version's calendar, or null when the lines cannot be cut out unambiguously. */
function invitationParts(
  gathering: CalendarGathering,
  timezone: string,
  organizer: CalendarPerson,
  domain: string,
): InvitationParts | null {
  const key = JSON.stringify([
    gathering.id,
    gathering.uid ?? null,
    gathering.sequence,
    gathering.startsAt.getTime(),
    gathering.endsAt.getTime(),
    gathering.title,
    gathering.location,
    timezone,
    organizer.name,
    organizer.email,
    domain,
  ]);
  return partsCache.remember(key, () => {
    const { text, event } = buildInvitation(
      gathering,
      timezone,
      organizer,
      PLACEHOLDER_ATTENDEE,
      domain,
      PLACEHOLDER_STAMP,
    );
    const stamp = `\r\n${stampLine(PLACEHOLDER_STAMP)}\r\n`;
    const attendee = `\r\n${attendeeLine(PLACEHOLDER_ATTENDEE, event)}\r\n`;
    const s = text.indexOf(stamp);
    const a = text.indexOf(attendee);
    const unique = s >= 0 && a > s && text.indexOf(stamp, s + 1) < 0 && text.indexOf(attendee, a + 1) < 0;
    return unique
      ? {
          head: text.slice(0, s + 2),
          middle: text.slice(s + stamp.length - 2, a + 2),
          tail: text.slice(a + attendee.length - 2),
          event,
        }
      : null;
  });
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
  const parts = invitationParts(gathering, timezone, organizer, domain);
  if (!parts) return buildInvitation(gathering, timezone, organizer, attendee, domain, stamp).text;
  return parts.head + stampLine(stamp) + parts.middle + attendeeLine(attendee, parts.event) + parts.tail;
}

/** The invitation written whole by ical-generator, with nothing remembered: what gatheringInvitation must equal. */
export function gatheringInvitationUncached(
  gathering: CalendarGathering,
  timezone: string,
  organizer: CalendarPerson,
  attendee: CalendarPerson,
  domain: string,
  stamp: Date,
): string {
  return buildInvitation(gathering, timezone, organizer, attendee, domain, stamp).text;
}
