import { FakePair, pairOf, pairProgramme } from '../../test/support/fake-pair.js';
import { FakeTransactions } from '../../test/support/fake-tx.js';
import type { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../common/access/actor.js';
import { Clock } from '../common/clock.js';
import { NotFoundError } from '../common/errors.js';
import type { MatchStatus } from '../matching/match.entity.js';
import { MatchesRepository } from '../matching/matches.repository.js';
import type { PausesRepository } from '../pauses/pauses.repository.js';
import { Meeting } from './meeting.entity.js';
import {
  LinkDailyLimitError,
  MatchNotActiveError,
  MeetingInFutureError,
  MeetingOutsideProgrammeError,
} from './meetings.errors.js';
import { MeetingsRepository, type LinkMeeting, type NewMeeting } from './meetings.repository.js';
import { MeetingsService } from './meetings.service.js';

/*
 * The date rules of a meeting without a database: not after today in the programme's zone, not
 * outside the programme, only for an approved pair; the same for a meeting from a signed link.
 */

const COORDINATOR: Actor = { id: 'coord-1', role: 'coordinator', municipalityCodes: ['1870'] };

class FixedClock extends Clock {
  constructor(private readonly at: Date) {
    super();
  }

  override now(): Date {
    return this.at;
  }
}

/** The meetings, in memory; a link's meeting is its three values. */
class FakeMeetings implements Pick<MeetingsRepository, 'create' | 'findFromLink' | 'insertFromLink' | 'getFromLink'> {
  readonly stored: Meeting[] = [];

  create(meeting: NewMeeting): Promise<Meeting> {
    return Promise.resolve(this.store({ ...meeting, source: 'api' }));
  }

  findFromLink(meeting: LinkMeeting): Promise<Meeting | null> {
    return Promise.resolve(this.stored.find((m) => m.source === 'link' && sameAs(m, meeting)) ?? null);
  }

  insertFromLink(meeting: LinkMeeting): Promise<string | null> {
    if (this.stored.some((m) => m.source === 'link' && sameAs(m, meeting))) return Promise.resolve(null);
    return Promise.resolve(this.store({ ...meeting, note: null, recordedBy: null, source: 'link' }).id);
  }

  getFromLink(meeting: LinkMeeting): Promise<Meeting> {
    return Promise.resolve(this.stored.find((m) => m.source === 'link' && sameAs(m, meeting))!);
  }

  private store(fields: Partial<Meeting>): Meeting {
    const meeting = Object.assign(new Meeting(), { id: `meeting-${this.stored.length + 1}`, ...fields });
    this.stored.push(meeting);
    return meeting;
  }
}

function sameAs(m: Meeting, link: LinkMeeting): boolean {
  return m.matchId === link.matchId && m.date === link.date && m.durationMinutes === link.durationMinutes;
}

function setup(now = '2026-03-10T12:00:00Z', status: MatchStatus = 'approved') {
  const pair = pairOf({ mentorId: 'mentor-1', menteeId: 'mentee-1', status, startsOn: '2026-02-10' });
  const matches = new FakePair(pair, pairProgramme());
  const meetings = new FakeMeetings();
  const transactions = new FakeTransactions();
  transactions.tx.bind(MatchesRepository, matches).bind(MeetingsRepository, meetings);
  const audited: string[] = [];
  const audit: Pick<AuditService, 'pairs'> = {
    pairs: (actor, action, _type, ids) => {
      audited.push(`${actor?.id ?? 'link'} ${action} ${ids.join(',')}`);
      return Promise.resolve();
    },
  };
  const service = new MeetingsService(
    transactions,
    meetings as unknown as MeetingsRepository,
    matches as unknown as MatchesRepository,
    {} as PausesRepository,
    new FixedClock(new Date(now)),
    audit as AuditService,
  );
  return { service, meetings, matches, audited };
}

describe('a meeting logged by a coordinator', () => {
  it('is recorded for today, under a share lock of the pair, and audited', async () => {
    const { service, meetings, matches, audited } = setup();

    const meeting = await service.record(COORDINATOR, 'm1', { date: '2026-03-10', durationMinutes: 60 });
    expect(meeting).toMatchObject({ matchId: 'm1', date: '2026-03-10', source: 'api', recordedBy: 'coord-1' });
    expect(meetings.stored).toHaveLength(1);
    expect(matches.shareLocked).toEqual(['m1']);
    expect(audited).toEqual([`coord-1 meeting.create ${meeting.id}`]);
  });

  it('is refused in the future and nothing is stored', async () => {
    const { service, meetings, audited } = setup();

    const refused = service.record(COORDINATOR, 'm1', { date: '2026-03-11', durationMinutes: 60 });
    await expect(refused).rejects.toBeInstanceOf(MeetingInFutureError);
    await expect(refused).rejects.toMatchObject({
      details: [{ field: 'date', code: 'must_not_be_in_future', params: { today: '2026-03-10' } }],
    });
    expect(meetings.stored).toEqual([]);
    expect(audited).toEqual([]);
  });

  it("takes today in the programme's zone: 23:30 UTC is already tomorrow in Oslo", async () => {
    const { service } = setup('2026-03-10T23:30:00Z');

    await expect(service.record(COORDINATOR, 'm1', { date: '2026-03-11', durationMinutes: 60 })).resolves.toMatchObject(
      {
        date: '2026-03-11',
      },
    );
    await expect(service.record(COORDINATOR, 'm1', { date: '2026-03-12', durationMinutes: 60 })).rejects.toBeInstanceOf(
      MeetingInFutureError,
    );
  });

  it.each([['2026-01-31'], ['2026-12-01']])('is refused on %s, outside the programme', async (date) => {
    const { service, meetings } = setup('2027-01-10T12:00:00Z');

    const refused = service.record(COORDINATOR, 'm1', { date, durationMinutes: 60 });
    await expect(refused).rejects.toBeInstanceOf(MeetingOutsideProgrammeError);
    await expect(refused).rejects.toMatchObject({ details: [{ field: 'date', code: 'must_be_within_programme' }] });
    expect(meetings.stored).toEqual([]);
  });

  it.each<MatchStatus>(['proposed', 'rejected', 'completed', 'ended'])('is refused for a %s pair', async (status) => {
    const { service, meetings } = setup(undefined, status);

    await expect(service.record(COORDINATOR, 'm1', { date: '2026-03-01', durationMinutes: 60 })).rejects.toBeInstanceOf(
      MatchNotActiveError,
    );
    expect(meetings.stored).toEqual([]);
  });
});

describe('a meeting from a signed link', () => {
  it('keeps the same date rules', async () => {
    const { service, meetings } = setup();

    await expect(service.recordFromLink('m1', { date: '2026-03-11', durationMinutes: 45 })).rejects.toBeInstanceOf(
      MeetingInFutureError,
    );
    await expect(service.recordFromLink('m1', { date: '2026-01-20', durationMinutes: 45 })).rejects.toBeInstanceOf(
      MeetingOutsideProgrammeError,
    );
    expect(meetings.stored).toEqual([]);
  });

  it('records a resent form once, with no actor in the audit row', async () => {
    const { service, meetings, audited } = setup();

    const first = await service.recordFromLink('m1', { date: '2026-03-09', durationMinutes: 45 });
    const again = await service.recordFromLink('m1', { date: '2026-03-09', durationMinutes: 45 });
    expect(first.created).toBe(true);
    expect(again).toEqual({ meeting: first.meeting, created: false });
    expect(meetings.stored).toHaveLength(1);
    expect(audited).toEqual([`link meeting.create ${first.meeting.id}`]);
  });

  it("stores nothing new past the link's daily allowance", async () => {
    const { service, meetings } = setup();

    await expect(
      service.recordFromLink('m1', { date: '2026-03-09', durationMinutes: 45 }, () => Promise.resolve(false)),
    ).rejects.toBeInstanceOf(LinkDailyLimitError);
    expect(meetings.stored).toEqual([]);
  });

  it('answers not found for a pair that no longer exists', async () => {
    const { service } = setup();

    await expect(service.recordFromLink('gone', { date: '2026-03-09', durationMinutes: 45 })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
