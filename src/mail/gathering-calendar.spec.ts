import fc from 'fast-check';
import { foldLines } from 'ical-generator';
import { foldLine, gatheringInvitation, gatheringInvitationUncached, gatheringUid } from './gathering-calendar.js';

const organizer = { name: 'Mentornett Vesterålen', email: 'post@example.no' };
const attendee = { name: 'Kari Nordmann', email: 'kari@example.no' };
const STAMP = new Date('2027-01-02T08:00:00Z');

function invitation(
  overrides: Partial<Parameters<typeof gatheringInvitation>[0]> = {},
  timezone = 'Europe/Oslo',
): string {
  return gatheringInvitation(
    {
      id: '0b9f4a3e-5c1d-4e2f-8a7b-112233445566',
      title: 'Oppstartsseminar',
      // 17:00-20:00 in Oslo in winter (UTC+1)
      startsAt: new Date('2027-01-18T16:00:00Z'),
      endsAt: new Date('2027-01-18T19:00:00Z'),
      location: 'Sortland rådhus',
      sequence: 0,
      ...overrides,
    },
    timezone,
    organizer,
    attendee,
    'mentor.example.no',
    STAMP,
  );
}

/** The calendar's lines with folded continuation lines joined (RFC 5545 §3.1). */
function lines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n');
}

describe('gathering invitations (.ics)', () => {
  it('is a METHOD:REQUEST calendar with one event for the attendee, from the organizer', () => {
    const l = lines(invitation());
    expect(l).toContain('METHOD:REQUEST');
    expect(l.filter((x) => x === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(l.some((x) => x.startsWith('ORGANIZER') && x.endsWith('mailto:post@example.no'))).toBe(true);
    expect(l.some((x) => x.startsWith('ATTENDEE') && /RSVP=TRUE/.test(x) && /kari@example\.no$/i.test(x))).toBe(true);
    expect(l).toContain('SUMMARY:Oppstartsseminar');
    expect(l).toContain('LOCATION:Sortland rådhus');
    expect(l).toContain('DTSTAMP:20270102T080000Z');
  });

  it("writes the times in the programme's zone with its own VTIMEZONE block", () => {
    const l = lines(invitation());
    expect(l).toContain('DTSTART;TZID=Europe/Oslo:20270118T170000');
    expect(l).toContain('DTEND;TZID=Europe/Oslo:20270118T200000');
    expect(l).toContain('BEGIN:VTIMEZONE');
    expect(l).toContain('TZID:Europe/Oslo');
  });

  it('keeps the local time right across daylight saving (17:00 in May is 15:00 UTC)', () => {
    const l = lines(
      invitation({ startsAt: new Date('2027-05-19T15:00:00Z'), endsAt: new Date('2027-05-19T18:00:00Z') }),
    );
    expect(l).toContain('DTSTART;TZID=Europe/Oslo:20270519T170000');
    expect(l).toContain('DTEND;TZID=Europe/Oslo:20270519T200000');
  });

  it('keeps one UID per gathering and raises SEQUENCE with each move', () => {
    const first = lines(invitation());
    const moved = lines(
      invitation({ sequence: 2, startsAt: new Date('2027-01-25T16:00:00Z'), endsAt: new Date('2027-01-25T19:00:00Z') }),
    );
    const uid = `UID:${gatheringUid('0b9f4a3e-5c1d-4e2f-8a7b-112233445566', 'mentor.example.no')}`;
    expect(first).toContain(uid);
    expect(moved).toContain(uid);
    expect(first).toContain('SEQUENCE:0');
    expect(moved).toContain('SEQUENCE:2');
    expect(lines(invitation({ id: '7d3c2b1a-0f9e-4d8c-b7a6-665544332211' }))).not.toContain(uid);
  });

  it('follows another programme zone', () => {
    const l = lines(invitation({}, 'America/New_York'));
    expect(l).toContain('DTSTART;TZID=America/New_York:20270118T110000');
    expect(l).toContain('TZID:America/New_York');
  });

  it('writes each invitation exactly as ical-generator writes it whole, for every attendee and stamp', () => {
    const gathering = {
      id: '0b9f4a3e-5c1d-4e2f-8a7b-112233445566',
      title: 'Oppstartsseminar med en tittel som er lang nok til å bli brettet over flere linjer, æøå',
      startsAt: new Date('2027-01-18T16:00:00Z'),
      endsAt: new Date('2027-01-18T19:00:00Z'),
      location: 'Sortland rådhus; sal 2, "Storsalen"',
      sequence: 0,
    };
    const attendees = [
      attendee,
      { name: 'Ola "Olsen", Jr.; \\ backslash', email: 'ola@example.no' },
      {
        name: 'Åse Øvrebø-Ødegård Ærlighetsen Kristoffersdatter Haugland-Bjørnstad 🙂 Sæther',
        email: 'aase@example.no',
      },
      { name: 'x'.repeat(200), email: `${'y'.repeat(60)}@example.no` },
    ];
    const stamps = [STAMP, new Date('2027-03-04T05:06:07.890Z'), new Date('2031-12-31T23:59:59Z')];
    for (const version of [gathering, { ...gathering, sequence: 1, location: null }, { ...gathering, sequence: 2 }]) {
      for (const zone of ['Europe/Oslo', 'America/New_York']) {
        for (const person of attendees) {
          for (const stamp of stamps) {
            const args = [version, zone, organizer, person, 'mentor.example.no', stamp] as const;
            expect(gatheringInvitation(...args)).toBe(gatheringInvitationUncached(...args));
          }
        }
      }
    }
  });

  it('folds a line as ical-generator does, whatever its characters', () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constant('a'),
        fc.constant('ø'),
        fc.constant('€'),
        fc.constant('🙂'),
        fc.string({ unit: 'binary', maxLength: 1 }),
      ),
      maxLength: 300,
    });
    fc.assert(
      fc.property(text, (line) => foldLine(line) === foldLines(line)),
      { numRuns: 2000 },
    );
    for (const line of [
      'x'.repeat(74),
      'x'.repeat(75),
      `${'x'.repeat(73)}ø`,
      `${'x'.repeat(73)}🙂tail`,
      '\ud800',
      'a\udc00b',
    ]) {
      expect(foldLine(line)).toBe(foldLines(line));
    }
  });
});
