import type { Actor } from '../../src/common/access/actor.js';
import { NotFoundError } from '../../src/common/errors.js';
import { Match } from '../../src/matching/match.entity.js';
import type { MatchesRepository } from '../../src/matching/matches.repository.js';
import { DEFAULT_RULES } from '../../src/programmes/programme-rules.js';
import { Programme } from '../../src/programmes/programme.entity.js';

/*
 * One pair of one programme, without a database, for the unit specs of the rules that hang off a
 * pair (meetings, pauses): the programme, the pair, and the pairs repository that holds just them.
 */

/** The programme 'prog-1': 2026-02-01 to 2026-11-30 in Oslo, with the default rules. */
export function pairProgramme(): Programme {
  return Object.assign(new Programme(), {
    id: 'prog-1',
    startDate: '2026-02-01',
    endDate: '2026-11-30',
    timezone: 'Europe/Oslo',
    rules: DEFAULT_RULES,
  });
}

/** The pair 'm1' of 'prog-1', approved and not ended; `fields` set the rest. */
export function pairOf(fields: Partial<Match>): Match {
  return Object.assign(new Match(), { id: 'm1', programmeId: 'prog-1', status: 'approved', endedOn: null, ...fields });
}

/** The pairs repository holding one pair of one programme; it records the locks taken. */
export class FakePair implements Pick<
  MatchesRepository,
  'lockForUpdate' | 'shareLock' | 'findVisibleById' | 'findById' | 'programmeOf'
> {
  readonly locked: string[] = [];
  readonly shareLocked: string[] = [];

  constructor(
    readonly pair: Match,
    readonly programme: Programme,
  ) {}

  lockForUpdate(id: string): Promise<void> {
    this.locked.push(id);
    return Promise.resolve();
  }

  shareLock(id: string): Promise<void> {
    this.shareLocked.push(id);
    return Promise.resolve();
  }

  findVisibleById(_actor: Actor, id: string): Promise<Match> {
    return id === this.pair.id ? Promise.resolve(this.pair) : Promise.reject(new NotFoundError('Match'));
  }

  findById(id: string): Promise<Match | null> {
    return Promise.resolve(id === this.pair.id ? this.pair : null);
  }

  programmeOf(match: Pick<Match, 'programmeId'>): Promise<Programme> {
    expect(match.programmeId).toBe(this.programme.id);
    return Promise.resolve(this.programme);
  }
}
