import { Injectable } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import { AuditService } from '../audit/audit.service.js';
import { seesAllMunicipalities, type Actor } from '../common/access/actor.js';
import { Transactions } from '../database/transactions.js';
import { ParticipantsService } from '../participants/participants.service.js';
import { ProgrammesRepository } from '../programmes/programmes.repository.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import { solveAssignment } from './assignment.js';
import type { Match } from './match.entity.js';
import { MatchesRepository, type MentorWithPlaces, type NewProposal, type RecentRun } from './matches.repository.js';
import { WrongRoleError } from './matching.errors.js';
import type { ProposalRun, UnmatchedMentee } from './proposal-run.entity.js';
import { unmatchedReason } from './reasons.js';
import { buildScoreMatrix, SCORE_SCALE } from './score-matrix.js';
import { municipalityCodesOf, scoringContext, toPerson } from './scoring-input.js';
import { scorePair, type MatchPerson, type PairScore } from './scoring.js';

export interface RunResult {
  run: ProposalRun;
  proposals: Match[];
}

export interface Candidate extends PairScore {
  mentorId: string;
}

/** The optimiser's side of matching: proposal runs, their history, and the candidates of one mentee. */
@Injectable()
export class ProposalRunsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly matches: MatchesRepository,
    private readonly programmes: ProgrammesService,
    private readonly participants: ParticipantsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * One proposal run: every mentee in the actor's reach without a mentor, against every free
   * mentor place of the programme, solved globally; undecided proposals of earlier runs for those
   * mentees are replaced. All in one transaction, one run of a programme at a time.
   */
  async runProposals(actor: Actor, programmeId: string): Promise<RunResult> {
    return this.transactions.run(async (tx) => {
      const started = performance.now();
      const matches = tx.get(MatchesRepository);
      await matches.lockProgrammeForRun(programmeId);
      const programme = await tx.get(ProgrammesRepository).findVisibleById(actor, programmeId);
      const scopeCodes = seesAllMunicipalities(actor) ? null : actor.municipalityCodes;
      // One connection in a transaction: one query at a time.
      const mentees = await matches.findUnmatchedMentees(programmeId, scopeCodes);
      const mentors = await matches.findMentorsWithPlaces(programmeId);
      const rejected = await matches.findRejectedPairs(programmeId);
      const places = await matches.findPlaces(municipalityCodesOf([...mentees, ...mentors]));
      const ctx = scoringContext(programme.rules, places, rejected);
      const matrix = buildScoreMatrix(mentors, mentees, ctx);
      const assignment = solveAssignment(
        matrix,
        mentors.map((m) => m.free),
      );

      const unmatched: UnmatchedMentee[] = [];
      const pairs: NewProposal[] = [];
      mentees.forEach((mentee, i) => {
        const j = assignment.mentorOf[i];
        if (j >= 0) pairs.push(proposal(mentors[j], mentee, scorePair(mentors[j], mentee, ctx)));
        else unmatched.push({ menteeId: mentee.id, reason: unmatchedReason(i, mentee, mentors, matrix.scores, ctx) });
      });

      await matches.deleteUndecidedProposals(programmeId, scopeCodes);
      const { run, proposals } = await matches.saveRun(
        {
          programmeId,
          createdBy: actor.id,
          rules: programme.rules,
          municipalityCodes: scopeCodes,
          mentees: mentees.length,
          mentorPlaces: mentors.reduce((sum, m) => sum + m.free, 0),
          matched: assignment.matched,
          totalScore: assignment.totalScore / SCORE_SCALE,
          unmatched,
        },
        pairs,
      );
      run.durationMs = Math.round(performance.now() - started);
      await matches.recordRunDuration(run.id, run.durationMs);
      return { run, proposals };
    });
  }

  /**
   * The programme's last proposal runs in the actor's reach, newest first: for a coordinator, the
   * runs that covered one of their municipalities, each with only their own mentees left out.
   */
  async recentRuns(actor: Actor, programmeId: string): Promise<RecentRun[]> {
    const programme = await this.programmes.findVisibleById(actor, programmeId);
    const share = seesAllMunicipalities(actor) ? null : actor.municipalityCodes;
    return this.matches.recentRuns(programme.id, share);
  }

  /**
   * Every mentor of the programme for one mentee, best first, with what blocks the blocked ones.
   * The reasons of a score carry parts of both records (professions, languages, municipalities),
   * so it is audited as a read of the mentee and of every mentor listed, one row each.
   */
  async candidates(actor: Actor, menteeId: string, limit = 10): Promise<Candidate[]> {
    const mentee = await this.participants.findVisibleById(actor, menteeId);
    if (mentee.role !== 'mentee') {
      throw new WrongRoleError('id', 'mentee', 'id: candidates are found for mentees, not mentors');
    }
    const programme = await this.programmes.findVisibleById(actor, mentee.programmeId);
    const [mentors, rejected] = await Promise.all([
      this.matches.findMentorsWithPlaces(programme.id),
      this.matches.findRejectedPairs(programme.id, menteeId),
    ]);
    const full = new Set(mentors.filter((m) => m.free <= 0).map((m) => m.id));
    const places = await this.matches.findPlaces(municipalityCodesOf([mentee, ...mentors]));
    const ctx = scoringContext(programme.rules, places, rejected, full);
    const ranked = mentors
      .map((mentor) => ({ mentorId: mentor.id, ...scorePair(mentor, toPerson(mentee), ctx) }))
      .sort(
        (a, b) => Number(b.allowed) - Number(a.allowed) || b.score - a.score || a.mentorId.localeCompare(b.mentorId),
      );
    const listed = limit === 0 ? ranked : ranked.filter((c) => c.allowed).slice(0, limit);
    const municipalityOf = new Map(mentors.map((m) => [m.id, m.municipalityCode]));
    await this.audit.participants(actor, 'participant.candidates', [
      mentee,
      ...listed.map((c) => ({
        id: c.mentorId,
        programmeId: programme.id,
        municipalityCode: municipalityOf.get(c.mentorId)!,
      })),
    ]);
    return listed;
  }
}

function proposal(mentor: MentorWithPlaces, mentee: MatchPerson, pair: PairScore): NewProposal {
  return { mentorId: mentor.id, menteeId: mentee.id, score: pair.score, breakdown: pair.breakdown };
}
