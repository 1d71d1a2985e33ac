import { Injectable } from '@nestjs/common';
import { Transactions } from '../database/transactions.js';
import { AuditService } from '../audit/audit.service.js';
import { holdsMunicipality, type Actor } from '../common/access/actor.js';
import { Clock } from '../common/clock.js';
import { NotFoundError } from '../common/errors.js';
import { NewcomerResponse } from '../newcomers/dto/newcomer.response.js';
import { NewcomersService } from '../newcomers/newcomers.service.js';
import { ParticipantResponse } from '../participants/dto/participant.response.js';
import { ParticipantsService } from '../participants/participants.service.js';
import { ParticipantsRepository } from '../participants/participants.repository.js';
import { MatchResponse } from '../matching/dto/match.dto.js';
import { GatheringResponse } from '../programmes/dto/gathering.dto.js';
import { ProgrammeResponse } from '../programmes/dto/programme.dto.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import { StatsService } from '../stats/stats.service.js';
import { NO_PAIRS } from '../participants/participants.repository.js';
import { AlreadyErasedError } from './privacy.errors.js';

/** The archive lists the pairs themselves; a participant's standing in them is not repeated. */
const NO_STANDING = NO_PAIRS;
import { PrivacyRepository } from './privacy.repository.js';

export interface Erasure {
  id: string;
  erased: true;
  erasedAt: Date;
  cancelledEmails: number;
}

/**
 * What a person may get out (the export of every record about them) and how they are erased (for
 * good, their rows kept for the statistics). Both audited, by ids only.
 */
@Injectable()
export class PrivacyService {
  constructor(
    private readonly repository: PrivacyRepository,
    private readonly transactions: Transactions,
    private readonly participants: ParticipantsService,
    private readonly participantRows: ParticipantsRepository,
    private readonly newcomers: NewcomersService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly programmes: ProgrammesService,
    private readonly stats: StatsService,
  ) {}

  /** Every record about the participant; the other person of a pair by first name only. */
  async exportParticipant(actor: Actor, id: string): Promise<Record<string, unknown>> {
    const participant = await this.participants.findVisibleById(actor, id);
    // A coordinator sees every mentor of their programmes, but exports only their municipalities' people.
    if (!holdsMunicipality(actor, participant.municipalityCode)) throw new NotFoundError('Participant');
    // Audited first, so the export lists its own row among the rows about the person.
    await this.audit.participants(actor, 'participant.export', [participant]);
    const [standing, pairs, gatheringsAttended, emails, audit, certificate] = await Promise.all([
      this.participantRows.standingOf(id),
      this.repository.pairsOf(id),
      this.repository.gatheringsAttended(id),
      this.repository.emailsTo(id),
      this.repository.auditAbout(id),
      this.repository.certificateOf(id),
    ]);
    return {
      exportedAt: this.clock.now(),
      kind: 'participant',
      participant: {
        ...ParticipantResponse.from({ participant, standing }),
        erasedAt: participant.erasedAt,
        erasureReason: participant.erasureReason,
      },
      pairs,
      gatheringsAttended,
      emails,
      audit,
      certificate,
    };
  }

  async eraseParticipant(actor: Actor, id: string, reason: string): Promise<Erasure> {
    return this.transactions.run(async (tx) => {
      const privacy = tx.get(PrivacyRepository);
      await privacy.lockParticipant(id);
      const participant = await tx.get(ParticipantsRepository).findVisibleById(actor, id);
      if (participant.erasedAt) throw new AlreadyErasedError();
      const erasedAt = this.clock.now();
      const cancelledEmails = await privacy.eraseParticipant(id, erasedAt, reason);
      if (cancelledEmails === null) throw new AlreadyErasedError();
      await this.audit.participants(actor, 'participant.erase', [participant], tx);
      return { id, erased: true, erasedAt, cancelledEmails };
    });
  }

  /**
   * The whole programme as one document for the municipality's archive: the programme, every
   * participant (contact details included), the pairs, the meetings, the gatherings with their
   * attendance, and the stats. Audited as a read of every participant.
   */
  async archive(actor: Actor, programmeId: string): Promise<Record<string, unknown>> {
    const programme = await this.programmes.findVisibleById(actor, programmeId);
    const [participants, matches, meetings, gatherings, stats] = await Promise.all([
      this.repository.programmeParticipants(programmeId),
      this.repository.programmeMatches(programmeId),
      this.repository.programmeMeetings(programmeId),
      this.repository.programmeGatherings(programmeId),
      this.stats.forProgramme(actor, programmeId),
    ]);
    await this.audit.participants(actor, 'participant.archive', participants);
    return {
      archivedAt: this.clock.now(),
      programme: ProgrammeResponse.from(programme),
      participants: participants.map((p) => ({
        ...ParticipantResponse.from({ participant: p, standing: NO_STANDING }),
        erasedAt: p.erasedAt,
      })),
      pairs: matches.map((m) => MatchResponse.from(m)),
      meetings,
      gatherings: gatherings.map(({ gathering, participantIds }) => ({
        ...GatheringResponse.from(gathering, programme.timezone),
        participantIds,
      })),
      stats,
    };
  }

  async exportNewcomer(actor: Actor, id: string): Promise<Record<string, unknown>> {
    const { newcomer, enrolments } = await this.newcomers.findVisible(actor, id);
    await this.audit.record(actor, 'newcomer.export', 'newcomer', [
      { id, municipalityCode: newcomer.municipalityCode },
    ]);
    const [enrolled, audit] = await Promise.all([this.repository.enrolmentsOf(id), this.repository.auditAbout(id)]);
    return {
      exportedAt: this.clock.now(),
      kind: 'newcomer',
      newcomer: {
        ...NewcomerResponse.from(newcomer, enrolments),
        erasedAt: newcomer.erasedAt,
        erasureReason: newcomer.erasureReason,
      },
      enrolments: enrolled,
      audit,
    };
  }

  async eraseNewcomer(actor: Actor, id: string, reason: string): Promise<Erasure> {
    return this.transactions.run(async (tx) => {
      const privacy = tx.get(PrivacyRepository);
      await privacy.lockNewcomer(id);
      const { newcomer } = await this.newcomers.findVisible(actor, id);
      const erasedAt = this.clock.now();
      if (newcomer.erasedAt) throw new AlreadyErasedError();
      const cancelledEmails = await privacy.eraseNewcomer(id, erasedAt, reason);
      if (cancelledEmails === null) throw new AlreadyErasedError();
      await this.audit.record(
        actor,
        'newcomer.erase',
        'newcomer',
        [{ id, municipalityCode: newcomer.municipalityCode }],
        tx,
      );
      return { id, erased: true, erasedAt, cancelledEmails };
    });
  }
}
