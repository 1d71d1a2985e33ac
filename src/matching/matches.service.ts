import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../common/access/actor.js';
import { assertMayChange } from '../common/access/scope.js';
import { Clock } from '../common/clock.js';
import { Transactions } from '../database/transactions.js';
import { ParticipantsRepository } from '../participants/participants.repository.js';
import { ProgrammesRepository } from '../programmes/programmes.repository.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import type { ApproveMatchDto, CreateMatchDto, EndMatchDto } from './dto/match.dto.js';
import type { Match, MatchStatus } from './match.entity.js';
import { MatchesRepository } from './matches.repository.js';
import {
  MatchAlreadyDecidedError,
  MenteeAlreadyMatchedError,
  MentorAtCapacityError,
  MentorNotScreenedError,
  PairEndedBeforeError,
  PairNotAllowedError,
  PairOutsideProgrammeError,
  RematchNeedsEarlyEndError,
  StartOutsideProgrammeError,
  WrongRoleError,
} from './matching.errors.js';
import { defaultStartsOn, endedOnFor, localToday, withinProgramme } from './pair-dates.js';
import { explain } from './reasons.js';
import { screeningProblems } from './screening.js';
import { municipalityCodesOf, scoringContext, toPerson } from './scoring-input.js';
import { scorePair } from './scoring.js';

/** A pair's lifecycle: proposed by hand, approved or rejected, ended; and the pairs as they stand. */
@Injectable()
export class MatchesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly matches: MatchesRepository,
    private readonly programmes: ProgrammesService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** A pair a coordinator proposes by hand; it must keep the hard rules like any other. */
  async proposeManually(actor: Actor, programmeId: string, dto: CreateMatchDto): Promise<Match> {
    return this.transactions.run(async (tx) => {
      const matches = tx.get(MatchesRepository);
      const participants = tx.get(ParticipantsRepository);
      const programme = await tx.get(ProgrammesRepository).findVisibleById(actor, programmeId);
      const mentee = await participants.findVisibleById(actor, dto.menteeId);
      const mentor = await participants.findVisibleById(actor, dto.mentorId);
      assertMayChange(actor, mentee.municipalityCode, 'Participant');
      if (mentee.programmeId !== programmeId) throw new PairOutsideProgrammeError('menteeId');
      if (mentor.programmeId !== programmeId) throw new PairOutsideProgrammeError('mentorId');
      if (mentee.role !== 'mentee') throw new WrongRoleError('menteeId', 'mentee');
      if (mentor.role !== 'mentor') throw new WrongRoleError('mentorId', 'mentor');
      if (await matches.holdsMentor(mentee.id)) throw new MenteeAlreadyMatchedError();
      if (await matches.endedBefore(mentor.id, mentee.id)) throw new PairEndedBeforeError();
      const mentors = await matches.findMentorsWithPlaces(programmeId, mentor.id);
      const rejected = await matches.findRejectedPairs(programmeId, mentee.id);
      const full = new Set(mentors.filter((m) => m.free <= 0).map((m) => m.id));
      const places = await matches.findPlaces(municipalityCodesOf([mentor, mentee]));
      const ctx = scoringContext(programme.rules, places, rejected, full);
      const pair = scorePair(toPerson(mentor), toPerson(mentee), ctx);
      if (pair.blockedBy === 'mentor_full') throw new MentorAtCapacityError();
      if (pair.blockedBy) throw new PairNotAllowedError(pair.blockedBy, explain(pair));
      const id = await matches.insertProposal(programmeId, {
        mentorId: mentor.id,
        menteeId: mentee.id,
        score: pair.score,
        breakdown: pair.breakdown,
      });
      if (!id) throw new MatchAlreadyDecidedError('proposed for this pair');
      await this.audit.pairs(actor, 'match.propose', 'match', [id], tx);
      return matches.getById(id);
    });
  }

  /**
   * Approves a proposal. The mentor's row is locked while their places are counted, so approvals
   * racing for a mentor's last place are served one at a time: one wins, the others get 409. The
   * partial unique index on approved matches settles two approvals for one mentee.
   */
  async approve(actor: Actor, matchId: string, dto: ApproveMatchDto): Promise<Match> {
    return this.transactions.run(async (tx) => {
      const matches = tx.get(MatchesRepository);
      const match = await this.lockDecidable(actor, matchId, matches);
      const programme = await tx.get(ProgrammesRepository).findVisibleById(actor, match.programmeId);
      const startsOn =
        dto.startsOn ?? defaultStartsOn(programme.startDate, localToday(this.clock.now(), programme.timezone));
      if (!withinProgramme(startsOn, programme)) {
        throw new StartOutsideProgrammeError(programme.startDate, programme.endDate);
      }
      // Lock first, count after: in its own statement the count sees every approval committed before the lock.
      const mentor = await matches.lockMentor(match.mentorId);
      if (programme.rules.requireScreening) {
        const problems = screeningProblems(mentor, startsOn);
        if (problems.length) throw new MentorNotScreenedError(problems);
      }
      const taken = await matches.countHoldingPlaces(match.mentorId);
      if (taken >= mentor.capacity) throw new MentorAtCapacityError();
      if (await matches.holdsMentor(match.menteeId)) throw new MenteeAlreadyMatchedError();
      await matches.markApproved(matchId, actor.id, this.clock.now(), startsOn);
      // The mentee's other proposals can no longer be approved.
      await matches.deleteOtherProposals(match.menteeId, matchId);
      await this.audit.pairs(actor, 'match.approve', 'match', [matchId], tx);
      return matches.getById(matchId);
    });
  }

  async reject(actor: Actor, matchId: string, reason: string): Promise<Match> {
    return this.transactions.run(async (tx) => {
      const matches = tx.get(MatchesRepository);
      await this.lockDecidable(actor, matchId, matches);
      await matches.markRejected(matchId, actor.id, this.clock.now(), reason);
      await this.audit.pairs(actor, 'match.reject', 'match', [matchId], tx);
      return matches.getById(matchId);
    });
  }

  /**
   * Ends an approved pair. With `rematch` (an early end only) the mentee keeps their place in the
   * queue: their wait counts from when it first began (their `waiting_since`, else their
   * registration), so they come first among equals in the next run; this pair is never proposed again.
   */
  async end(actor: Actor, matchId: string, dto: EndMatchDto): Promise<Match> {
    if (dto.rematch && dto.outcome !== 'ended') throw new RematchNeedsEarlyEndError();
    return this.transactions.run(async (tx) => {
      const matches = tx.get(MatchesRepository);
      await matches.lockForUpdate(matchId);
      const match = await matches.findVisibleById(actor, matchId);
      if (match.status !== 'approved') throw new MatchAlreadyDecidedError(match.status);
      const programme = await tx.get(ProgrammesRepository).findVisibleById(actor, match.programmeId);
      const today = localToday(this.clock.now(), programme.timezone);
      await matches.markEnded(matchId, {
        status: dto.outcome,
        endedOn: endedOnFor(match.startsOn!, today, programme.endDate),
        reason: dto.reason ?? null,
        employmentStatusAtEnd: dto.employmentStatusAtEnd ?? null,
        rematch: dto.rematch ?? false,
      });
      if (dto.rematch) {
        // The wait is kept, not restarted.
        await matches.keepWaiting(match.menteeId, programme.timezone);
      }
      await this.audit.pairs(actor, 'match.end', 'match', [matchId], tx);
      return matches.getById(matchId);
    });
  }

  async findForProgramme(actor: Actor, programmeId: string, status?: MatchStatus): Promise<Match[]> {
    await this.programmes.findVisibleById(actor, programmeId);
    return this.matches.findForProgramme(actor, programmeId, status);
  }

  /** A pair the actor sees, or NotFound. Inside a transaction, use `tx.get(MatchesRepository)`. */
  findVisibleById(actor: Actor, id: string): Promise<Match> {
    return this.matches.findVisibleById(actor, id);
  }

  /** Locks the pair and reads it; only a proposal may be decided. */
  private async lockDecidable(actor: Actor, id: string, matches: MatchesRepository): Promise<Match> {
    await matches.lockForUpdate(id);
    const match = await matches.findVisibleById(actor, id);
    if (match.status !== 'proposed') throw new MatchAlreadyDecidedError(match.status);
    return match;
  }
}
