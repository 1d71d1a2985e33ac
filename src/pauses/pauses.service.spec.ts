import { FakePair, pairOf, pairProgramme } from '../../test/support/fake-pair.js';
import { FakeTransactions } from '../../test/support/fake-tx.js';
import type { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../common/access/actor.js';
import type { Match, MatchStatus } from '../matching/match.entity.js';
import { MatchesRepository } from '../matching/matches.repository.js';
import { MatchPause } from './match-pause.entity.js';
import { PairNotStartedError, PauseOrderError, PauseOutsidePairError, PauseOverlapError } from './pauses.errors.js';
import { PausesRepository, type NewPause } from './pauses.repository.js';
import { PausesService } from './pauses.service.js';

/*
 * A pause's rules without a database: within the pair's active span (the later start to the
 * earlier end of pair and programme), from not after to, overlapping no other pause of the pair.
 */

const ADMIN: Actor = { id: 'admin-1', role: 'admin', municipalityCodes: [] };

class FakePauses implements Pick<PausesRepository, 'findById' | 'findOverlapping' | 'create' | 'delete'> {
  readonly stored: MatchPause[] = [];

  findById(id: string): Promise<MatchPause | null> {
    return Promise.resolve(this.stored.find((p) => p.id === id) ?? null);
  }

  findOverlapping(matchId: string, from: string, to: string): Promise<MatchPause | null> {
    const overlapping = this.stored
      .filter((p) => p.matchId === matchId && p.fromDate <= to && p.toDate >= from)
      .sort((a, b) => a.fromDate.localeCompare(b.fromDate));
    return Promise.resolve(overlapping[0] ?? null);
  }

  create(pause: NewPause): Promise<MatchPause> {
    const stored = Object.assign(new MatchPause(), { id: `pause-${this.stored.length + 1}`, ...pause });
    this.stored.push(stored);
    return Promise.resolve(stored);
  }

  delete(id: string): Promise<void> {
    this.stored.splice(
      this.stored.findIndex((p) => p.id === id),
      1,
    );
    return Promise.resolve();
  }
}

function setup(pairFields: Partial<Match> = {}) {
  const matches = new FakePair(pairOf({ startsOn: '2026-03-01', ...pairFields }), pairProgramme());
  const pauses = new FakePauses();
  const transactions = new FakeTransactions();
  transactions.tx.bind(MatchesRepository, matches).bind(PausesRepository, pauses);
  const audited: string[] = [];
  const audit: Pick<AuditService, 'pairs'> = {
    pairs: (_actor, action, _type, ids) => {
      audited.push(`${action} ${ids.join(',')}`);
      return Promise.resolve();
    },
  };
  const service = new PausesService(
    transactions,
    pauses as unknown as PausesRepository,
    matches as unknown as MatchesRepository,
    audit as AuditService,
  );
  return { service, pauses, matches, audited };
}

describe('adding a pause', () => {
  it('stores a pause within the span, under the pair’s lock, and audits it', async () => {
    const { service, pauses, matches, audited } = setup();

    const pause = await service.add(ADMIN, 'm1', { from: '2026-03-01', to: '2026-03-14', reason: 'travel' }, ADMIN.id);
    expect(pause).toMatchObject({ matchId: 'm1', fromDate: '2026-03-01', toDate: '2026-03-14', note: null });
    expect(pauses.stored).toHaveLength(1);
    expect(matches.locked).toEqual(['m1']);
    expect(audited).toEqual(['pause.create m1']);
  });

  it.each<MatchStatus>(['proposed', 'rejected'])('is refused for a %s pair', async (status) => {
    const { service, pauses } = setup({ status, startsOn: null });

    await expect(
      service.add(ADMIN, 'm1', { from: '2026-03-01', to: '2026-03-02', reason: 'travel' }, null),
    ).rejects.toBeInstanceOf(PairNotStartedError);
    expect(pauses.stored).toEqual([]);
  });

  it('is refused when to comes before from', async () => {
    const { service } = setup();

    await expect(
      service.add(ADMIN, 'm1', { from: '2026-03-10', to: '2026-03-09', reason: 'travel' }, null),
    ).rejects.toBeInstanceOf(PauseOrderError);
  });

  it('is refused outside the span, naming the field and the span', async () => {
    // An ended pair's span closes on its last day.
    const { service, pauses } = setup({ status: 'ended', endedOn: '2026-06-30' });

    await expect(
      service.add(ADMIN, 'm1', { from: '2026-02-28', to: '2026-03-05', reason: 'travel' }, null),
    ).rejects.toMatchObject({
      details: [
        { field: 'from', code: 'must_be_within_pair', params: { startDate: '2026-03-01', endDate: '2026-06-30' } },
      ],
    });
    const late = service.add(ADMIN, 'm1', { from: '2026-06-20', to: '2026-07-01', reason: 'travel' }, null);
    await expect(late).rejects.toBeInstanceOf(PauseOutsidePairError);
    await expect(late).rejects.toMatchObject({ details: [{ field: 'to' }] });
    expect(pauses.stored).toEqual([]);
  });

  it('is refused when it shares a day with another pause, naming the earliest', async () => {
    const { service, pauses } = setup();
    await service.add(ADMIN, 'm1', { from: '2026-04-10', to: '2026-04-20', reason: 'travel' }, null);
    await service.add(ADMIN, 'm1', { from: '2026-04-01', to: '2026-04-05', reason: 'sick_leave' }, null);

    const refused = service.add(ADMIN, 'm1', { from: '2026-04-05', to: '2026-04-10', reason: 'other' }, null);
    await expect(refused).rejects.toBeInstanceOf(PauseOverlapError);
    await expect(refused).rejects.toMatchObject({ details: [{ params: { from: '2026-04-01', to: '2026-04-05' } }] });
    expect(pauses.stored).toHaveLength(2);
  });
});

describe('removing a pause', () => {
  it('answers not found for a pause of a pair the actor does not see, and keeps it', async () => {
    const { service, pauses } = setup();
    await pauses.create({
      matchId: 'other',
      fromDate: '2026-04-01',
      toDate: '2026-04-02',
      reason: 'travel',
      note: null,
      createdBy: null,
    });

    const refused = service.remove(ADMIN, 'pause-1');
    await expect(refused).rejects.toMatchObject({ details: [{ code: 'not_found', params: { resource: 'pause' } }] });
    expect(pauses.stored).toHaveLength(1);
  });

  it('removes a pause of a visible pair and audits it', async () => {
    const { service, pauses, audited } = setup();
    const pause = await service.add(ADMIN, 'm1', { from: '2026-04-01', to: '2026-04-02', reason: 'travel' }, null);

    await service.remove(ADMIN, pause.id);
    expect(pauses.stored).toEqual([]);
    expect(audited).toEqual(['pause.create m1', 'pause.delete m1']);
  });
});
