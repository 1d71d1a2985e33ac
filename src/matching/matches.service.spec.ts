import { FakeTransactions } from '../../test/support/fake-tx.js';
import type { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../common/access/actor.js';
import { Clock } from '../common/clock.js';
import { NotFoundError } from '../common/errors.js';
import { DEFAULT_RULES } from '../programmes/programme-rules.js';
import { Programme } from '../programmes/programme.entity.js';
import { ProgrammesRepository } from '../programmes/programmes.repository.js';
import type { ProgrammesService } from '../programmes/programmes.service.js';
import type { EndMatchDto } from './dto/match.dto.js';
import { Match, type MatchStatus } from './match.entity.js';
import { MatchesRepository, type LockedMentor, type PairEnd } from './matches.repository.js';
import { MatchesService } from './matches.service.js';
import {
  MatchAlreadyDecidedError,
  MenteeAlreadyMatchedError,
  MentorAtCapacityError,
  RematchNeedsEarlyEndError,
  StartOutsideProgrammeError,
} from './matching.errors.js';

/*
 * The pair lifecycle's rules without a database: approve's date window and the mentor's capacity,
 * and how a pair ends. The HTTP paths and the races (row locks) are in test/matching.e2e-spec.ts.
 */

const ADMIN: Actor = { id: 'admin-1', role: 'admin', municipalityCodes: [] };
const HOLDING: MatchStatus[] = ['approved', 'completed'];

class FixedClock extends Clock {
  constructor(private readonly at: Date) {
    super();
  }

  override now(): Date {
    return this.at;
  }
}

type LifecycleRepository = Pick<
  MatchesRepository,
  | 'lockForUpdate'
  | 'findVisibleById'
  | 'getById'
  | 'lockMentor'
  | 'countHoldingPlaces'
  | 'holdsMentor'
  | 'markApproved'
  | 'deleteOtherProposals'
  | 'markEnded'
  | 'keepWaiting'
>;

/** The pairs and mentors of one programme, in memory. */
class FakeMatches implements LifecycleRepository {
  readonly pairs = new Map<string, Match>();
  readonly mentors = new Map<string, LockedMentor>();
  readonly locked: string[] = [];
  readonly waitingKept: { menteeId: string; timezone: string }[] = [];

  add(fields: Partial<Match> & Pick<Match, 'id' | 'mentorId' | 'menteeId' | 'status'>): Match {
    const match = Object.assign(new Match(), {
      programmeId: 'prog-1',
      startsOn: null,
      endedOn: null,
      rematch: false,
      reason: null,
      ...fields,
    });
    this.pairs.set(match.id, match);
    return match;
  }

  lockForUpdate(id: string): Promise<void> {
    this.locked.push(id);
    return Promise.resolve();
  }

  findVisibleById(_actor: Actor, id: string): Promise<Match> {
    const match = this.pairs.get(id);
    return match ? Promise.resolve({ ...match }) : Promise.reject(new NotFoundError('Match'));
  }

  getById(id: string): Promise<Match> {
    return Promise.resolve({ ...this.pairs.get(id)! });
  }

  lockMentor(mentorId: string): Promise<LockedMentor> {
    return Promise.resolve(this.mentors.get(mentorId)!);
  }

  countHoldingPlaces(mentorId: string): Promise<number> {
    return Promise.resolve(
      [...this.pairs.values()].filter((m) => m.mentorId === mentorId && HOLDING.includes(m.status)).length,
    );
  }

  holdsMentor(menteeId: string): Promise<boolean> {
    return Promise.resolve([...this.pairs.values()].some((m) => m.menteeId === menteeId && HOLDING.includes(m.status)));
  }

  markApproved(id: string, decidedBy: string, decidedAt: Date, startsOn: string): Promise<void> {
    Object.assign(this.pairs.get(id)!, { status: 'approved', decidedBy, decidedAt, startsOn });
    return Promise.resolve();
  }

  deleteOtherProposals(menteeId: string, keptId: string): Promise<void> {
    for (const [id, m] of this.pairs)
      if (m.menteeId === menteeId && m.status === 'proposed' && id !== keptId) this.pairs.delete(id);
    return Promise.resolve();
  }

  markEnded(id: string, end: PairEnd): Promise<void> {
    Object.assign(this.pairs.get(id)!, end);
    return Promise.resolve();
  }

  keepWaiting(menteeId: string, timezone: string): Promise<void> {
    this.waitingKept.push({ menteeId, timezone });
    return Promise.resolve();
  }
}

function programme(fields: Partial<Programme> = {}): Programme {
  return Object.assign(new Programme(), {
    id: 'prog-1',
    name: 'Vesterålen 2026',
    startDate: '2026-02-01',
    endDate: '2026-11-30',
    timezone: 'Europe/Oslo',
    rules: DEFAULT_RULES,
    ...fields,
  });
}

function setup(now = '2026-03-10T12:00:00Z', prog = programme()) {
  const matches = new FakeMatches();
  const programmes: Pick<ProgrammesRepository, 'findVisibleById'> = {
    findVisibleById: (_actor, id) =>
      id === prog.id ? Promise.resolve(prog) : Promise.reject(new NotFoundError('Programme')),
  };
  const transactions = new FakeTransactions();
  transactions.tx.bind(MatchesRepository, matches).bind(ProgrammesRepository, programmes);
  const audited: string[] = [];
  const audit: Pick<AuditService, 'pairs'> = {
    pairs: (_actor, action, _type, ids) => {
      audited.push(`${action} ${ids.join(',')}`);
      return Promise.resolve();
    },
  };
  const service = new MatchesService(
    transactions,
    matches as unknown as MatchesRepository,
    programmes as ProgrammesService,
    new FixedClock(new Date(now)),
    audit as AuditService,
  );
  return { service, matches, audited, transactions };
}

describe('approve: the date window', () => {
  it('refuses a start before the programme and approves nothing', async () => {
    const { service, matches, audited } = setup();
    matches.mentors.set('mentor-1', { capacity: 2, policeCertificateSeenOn: null, confidentialitySignedOn: null });
    matches.add({ id: 'm1', mentorId: 'mentor-1', menteeId: 'mentee-1', status: 'proposed' });

    await expect(service.approve(ADMIN, 'm1', { startsOn: '2026-01-31' })).rejects.toBeInstanceOf(
      StartOutsideProgrammeError,
    );
    expect(matches.pairs.get('m1')!.status).toBe('proposed');
    expect(audited).toEqual([]);
  });

  it('refuses a start after the programme', async () => {
    const { service, matches } = setup();
    matches.mentors.set('mentor-1', { capacity: 2, policeCertificateSeenOn: null, confidentialitySignedOn: null });
    matches.add({ id: 'm1', mentorId: 'mentor-1', menteeId: 'mentee-1', status: 'proposed' });

    const refused = service.approve(ADMIN, 'm1', { startsOn: '2026-12-01' });
    await expect(refused).rejects.toBeInstanceOf(StartOutsideProgrammeError);
    await expect(refused).rejects.toMatchObject({
      details: [{ field: 'startsOn', code: 'must_be_within_programme' }],
    });
    expect(matches.pairs.get('m1')!.status).toBe('proposed');
  });

  it.each([['2026-02-01'], ['2026-11-30']])('approves a start on the programme edge %s', async (startsOn) => {
    const { service, matches, audited } = setup();
    matches.mentors.set('mentor-1', { capacity: 1, policeCertificateSeenOn: null, confidentialitySignedOn: null });
    matches.add({ id: 'm1', mentorId: 'mentor-1', menteeId: 'mentee-1', status: 'proposed' });

    const approved = await service.approve(ADMIN, 'm1', { startsOn });
    expect(approved).toMatchObject({ status: 'approved', startsOn, decidedBy: ADMIN.id });
    expect(audited).toEqual(['match.approve m1']);
  });

  it("starts today in the programme's zone when no day is named", async () => {
    // 23:30 UTC on 10 March is already 11 March in Oslo.
    const { service, matches } = setup('2026-03-10T23:30:00Z');
    matches.mentors.set('mentor-1', { capacity: 1, policeCertificateSeenOn: null, confidentialitySignedOn: null });
    matches.add({ id: 'm1', mentorId: 'mentor-1', menteeId: 'mentee-1', status: 'proposed' });

    expect((await service.approve(ADMIN, 'm1', {})).startsOn).toBe('2026-03-11');
  });

  it("starts on the programme's first day when approved before it", async () => {
    const { service, matches } = setup('2026-01-15T12:00:00Z');
    matches.mentors.set('mentor-1', { capacity: 1, policeCertificateSeenOn: null, confidentialitySignedOn: null });
    matches.add({ id: 'm1', mentorId: 'mentor-1', menteeId: 'mentee-1', status: 'proposed' });

    expect((await service.approve(ADMIN, 'm1', {})).startsOn).toBe('2026-02-01');
  });
});

describe("approve: the mentor's capacity", () => {
  it('refuses a mentor whose places are all held by approved and completed pairs', async () => {
    const { service, matches, audited } = setup();
    matches.mentors.set('mentor-1', { capacity: 2, policeCertificateSeenOn: null, confidentialitySignedOn: null });
    matches.add({ id: 'held-1', mentorId: 'mentor-1', menteeId: 'mentee-a', status: 'approved' });
    matches.add({ id: 'held-2', mentorId: 'mentor-1', menteeId: 'mentee-b', status: 'completed' });
    matches.add({ id: 'm1', mentorId: 'mentor-1', menteeId: 'mentee-1', status: 'proposed' });

    await expect(service.approve(ADMIN, 'm1', { startsOn: '2026-03-10' })).rejects.toBeInstanceOf(
      MentorAtCapacityError,
    );
    expect(matches.pairs.get('m1')!.status).toBe('proposed');
    expect(matches.locked).toEqual(['m1']);
    expect(audited).toEqual([]);
  });

  it('approves when a place is free: ended, rejected and proposed pairs hold none', async () => {
    const { service, matches } = setup();
    matches.mentors.set('mentor-1', { capacity: 2, policeCertificateSeenOn: null, confidentialitySignedOn: null });
    matches.add({ id: 'held-1', mentorId: 'mentor-1', menteeId: 'mentee-a', status: 'approved' });
    matches.add({ id: 'gone', mentorId: 'mentor-1', menteeId: 'mentee-b', status: 'ended' });
    matches.add({ id: 'no', mentorId: 'mentor-1', menteeId: 'mentee-c', status: 'rejected' });
    matches.add({ id: 'other', mentorId: 'mentor-1', menteeId: 'mentee-d', status: 'proposed' });
    matches.add({ id: 'm1', mentorId: 'mentor-1', menteeId: 'mentee-1', status: 'proposed' });
    matches.add({ id: 'rival', mentorId: 'mentor-2', menteeId: 'mentee-1', status: 'proposed' });

    expect((await service.approve(ADMIN, 'm1', { startsOn: '2026-03-10' })).status).toBe('approved');
    // The mentee's other proposal is gone; another mentee's stays.
    expect(matches.pairs.has('rival')).toBe(false);
    expect(matches.pairs.has('other')).toBe(true);
  });

  it('refuses a mentee who already has a mentor', async () => {
    const { service, matches } = setup();
    matches.mentors.set('mentor-1', { capacity: 2, policeCertificateSeenOn: null, confidentialitySignedOn: null });
    matches.add({ id: 'held', mentorId: 'mentor-2', menteeId: 'mentee-1', status: 'approved' });
    matches.add({ id: 'm1', mentorId: 'mentor-1', menteeId: 'mentee-1', status: 'proposed' });

    await expect(service.approve(ADMIN, 'm1', { startsOn: '2026-03-10' })).rejects.toBeInstanceOf(
      MenteeAlreadyMatchedError,
    );
  });

  it('refuses a pair already decided', async () => {
    const { service, matches } = setup();
    matches.add({ id: 'm1', mentorId: 'mentor-1', menteeId: 'mentee-1', status: 'rejected' });

    await expect(service.approve(ADMIN, 'm1', {})).rejects.toBeInstanceOf(MatchAlreadyDecidedError);
  });
});

describe('end', () => {
  function approvedPair(matches: FakeMatches, startsOn = '2026-03-01'): void {
    matches.add({ id: 'm1', mentorId: 'mentor-1', menteeId: 'mentee-1', status: 'approved', startsOn });
  }

  it('refuses rematch with a completed pair before touching anything', async () => {
    const { service, matches, transactions } = setup();
    approvedPair(matches);
    const dto: EndMatchDto = { outcome: 'completed', rematch: true };

    const refused = service.end(ADMIN, 'm1', dto);
    await expect(refused).rejects.toBeInstanceOf(RematchNeedsEarlyEndError);
    await expect(refused).rejects.toMatchObject({ details: [{ field: 'rematch', code: 'only_with_status' }] });
    expect(transactions.begun).toBe(0);
    expect(matches.pairs.get('m1')!.status).toBe('approved');
  });

  it.each<MatchStatus>(['proposed', 'rejected', 'completed', 'ended'])('refuses to end a %s pair', async (status) => {
    const { service, matches } = setup();
    matches.add({ id: 'm1', mentorId: 'mentor-1', menteeId: 'mentee-1', status, startsOn: '2026-03-01' });

    await expect(service.end(ADMIN, 'm1', { outcome: 'ended' })).rejects.toBeInstanceOf(MatchAlreadyDecidedError);
    expect(matches.pairs.get('m1')!.status).toBe(status);
  });

  it('ends early with rematch: the mentee keeps their wait', async () => {
    const { service, matches, audited } = setup();
    approvedPair(matches);

    const ended = await service.end(ADMIN, 'm1', { outcome: 'ended', rematch: true, reason: 'moved away' });
    expect(ended).toMatchObject({ status: 'ended', rematch: true, reason: 'moved away', endedOn: '2026-03-10' });
    expect(matches.waitingKept).toEqual([{ menteeId: 'mentee-1', timezone: 'Europe/Oslo' }]);
    expect(audited).toEqual(['match.end m1']);
  });

  it('completes without rematch: no wait kept, the employment at the end stored', async () => {
    const { service, matches } = setup();
    approvedPair(matches);

    const ended = await service.end(ADMIN, 'm1', { outcome: 'completed', employmentStatusAtEnd: 'full_time' });
    expect(ended).toMatchObject({
      status: 'completed',
      rematch: false,
      employmentStatusAtEnd: 'full_time',
      reason: null,
    });
    expect(matches.waitingKept).toEqual([]);
  });

  it("ends on the programme's last day when ended after it", async () => {
    const { service, matches } = setup('2027-01-05T12:00:00Z');
    approvedPair(matches);

    expect((await service.end(ADMIN, 'm1', { outcome: 'completed' })).endedOn).toBe('2026-11-30');
  });

  it('ends on its first day when ended before it started', async () => {
    const { service, matches } = setup();
    approvedPair(matches, '2026-04-01');

    expect((await service.end(ADMIN, 'm1', { outcome: 'ended' })).endedOn).toBe('2026-04-01');
  });
});
