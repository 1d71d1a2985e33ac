import { Injectable } from '@nestjs/common';
import { seesAllMunicipalities, type Actor } from '../common/access/actor.js';
import { Clock } from '../common/clock.js';
import type { Programme } from '../programmes/programme.entity.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import { byAttention } from './attention.js';
import type { PairStanding, PairStatus, ProgrammeAttention } from './pair-standing.js';
import { PairsRepository } from './pairs.repository.js';

@Injectable()
export class PairsService {
  constructor(
    private readonly programmes: ProgrammesService,
    private readonly repository: PairsRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Every pair of the programme that ran (a coordinator: their mentees'), needs-attention first.
   * Not audited as a read of the people in it: a pair carries the two names and the months' marks
   * only, no person's record (contact details, languages, category, ...), and a programme's grid
   * of up to 10,000 pairs would write 20,000 rows at each look. GET /participants/:id is audited.
   */
  async list(actor: Actor, programmeId: string, status?: PairStatus): Promise<PairStanding[]> {
    const programme = await this.programmes.findVisibleById(actor, programmeId);
    return byAttention(
      await this.repository.findStandings(programme.id, shareOf(actor), this.clock.now(), status ?? null),
    );
  }

  /** What needs attention in the programme (a coordinator: in their share of it), and the programme. */
  async attention(actor: Actor, programmeId: string): Promise<{ programme: Programme; attention: ProgrammeAttention }> {
    const programme = await this.programmes.findVisibleById(actor, programmeId);
    const { counts, gatherings } = await this.repository.findAttention(programme.id, shareOf(actor), this.clock.now());
    const next = gatherings.find((g) => g.next);
    const attention: ProgrammeAttention = {
      ...counts,
      nextGathering: next
        ? { id: next.id, kind: next.kind, title: next.title, startsAt: next.startsAt, location: next.location }
        : null,
      gatheringsSoonWithoutInvitations: gatherings
        .filter((g) => g.uninvited)
        .map(({ id, kind, title, startsAt }) => ({ id, kind, title, startsAt })),
    };
    return { programme, attention };
  }
}

/** A coordinator's municipalities; null for those who see all. */
function shareOf(actor: Actor): string[] | null {
  return seesAllMunicipalities(actor) ? null : actor.municipalityCodes;
}
