import { Injectable } from '@nestjs/common';
import { Tx } from '../database/transactions.js';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { performance } from 'node:perf_hooks';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { seesAllMunicipalities, type Actor } from '../common/access/actor.js';
import { assertMayChange, scopeMatches } from '../common/access/scope.js';
import { Clock } from '../common/clock.js';
import type { Participant } from '../participants/participant.entity.js';
import { ParticipantsRepository } from '../participants/participants.repository.js';
import { ParticipantsService } from '../participants/participants.service.js';
import type { Programme } from '../programmes/programme.entity.js';
import { ProgrammesRepository } from '../programmes/programmes.repository.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import { solveAssignment } from './assignment.js';
import type { ApproveMatchDto, CreateMatchDto, EndMatchDto } from './dto/match.dto.js';
import { MatchesRepository } from './matches.repository.js';
import { Match, type MatchStatus } from './match.entity.js';
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
import { ProposalRun, type UnmatchedMentee } from './proposal-run.entity.js';
import { screeningProblems } from './screening.js';
import { buildScoreMatrix, FORBIDDEN, SCORE_SCALE } from './score-matrix.js';
import {
  breaksGenderWish,
  haversineKm,
  scorePair,
  shareLanguage,
  type MatchPerson,
  type PairScore,
  type Place,
  type ScoringContext,
} from './scoring.js';

/** Statuses that hold a mentor's place and give a mentee their mentor. */
const HOLDING: MatchStatus[] = ['approved', 'completed'];

interface MentorRow extends MatchPerson {
  free: number;
}

export interface RecentRun {
  runId: string;
  createdAt: Date;
  municipalityCodes: string[] | null;
  mentees: number;
  mentorPlaces: number;
  matched: number;
  unmatched: UnmatchedMentee[];
}

export interface RunResult {
  run: ProposalRun;
  proposals: Match[];
}

export interface Candidate extends PairScore {
  mentorId: string;
}

@Injectable()
export class MatchingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programmes: ProgrammesService,
    private readonly participants: ParticipantsService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /**
   * One proposal run: every mentee in the actor's reach without a mentor, against every free
   * mentor place of the programme, solved globally; undecided proposals of earlier runs for those
   * mentees are replaced. All in one transaction, one run of a programme at a time.
   */
  async runProposals(actor: Actor, programmeId: string): Promise<RunResult> {
    return this.dataSource.transaction(async (manager) => {
      const started = performance.now();
      await manager.query('SELECT 1 FROM programmes WHERE id = $1 FOR UPDATE', [programmeId]);
      const programme = await new ProgrammesRepository(manager).findVisibleById(actor, programmeId);
      const scopeCodes = seesAllMunicipalities(actor) ? null : actor.municipalityCodes;
      // One connection in a transaction: one query at a time.
      const mentees = await this.findUnmatchedMentees(manager, programmeId, scopeCodes);
      const mentors = await this.findMentorsWithPlaces(manager, programmeId);
      const rejected = await this.findRejectedPairs(manager, programmeId);
      const ctx = await this.scoringContext(manager, programme, [...mentees, ...mentors], rejected);
      const matrix = buildScoreMatrix(mentors, mentees, ctx);
      const assignment = solveAssignment(
        matrix,
        mentors.map((m) => m.free),
      );

      const unmatched: UnmatchedMentee[] = [];
      const pairs: { mentor: MentorRow; mentee: MatchPerson; pair: PairScore }[] = [];
      mentees.forEach((mentee, i) => {
        const j = assignment.mentorOf[i];
        if (j >= 0) pairs.push({ mentor: mentors[j], mentee, pair: scorePair(mentors[j], mentee, ctx) });
        else unmatched.push({ menteeId: mentee.id, reason: unmatchedReason(i, mentee, mentors, matrix.scores, ctx) });
      });

      await manager.query(
        `DELETE FROM matches m USING participants p
          WHERE m.programme_id = $1 AND m.status = 'proposed' AND p.id = m.mentee_id
            AND ($2::text[] IS NULL OR p.municipality_code = ANY($2))`,
        [programmeId, scopeCodes],
      );
      const run = await manager.save(
        manager.create(ProposalRun, {
          programmeId,
          createdBy: actor.id,
          rules: programme.rules,
          municipalityCodes: scopeCodes,
          mentees: mentees.length,
          mentorPlaces: mentors.reduce((sum, m) => sum + m.free, 0),
          matched: assignment.matched,
          totalScore: assignment.totalScore / SCORE_SCALE,
          unmatched,
          durationMs: 0,
        }),
      );
      const proposals = pairs.length
        ? await manager.save(
            pairs.map(({ mentor, mentee, pair }) =>
              manager.create(Match, {
                programmeId,
                mentorId: mentor.id,
                menteeId: mentee.id,
                status: 'proposed',
                score: pair.score,
                breakdown: pair.breakdown,
                runId: run.id,
              }),
            ),
            { chunk: 500 },
          )
        : [];
      run.durationMs = Math.round(performance.now() - started);
      await manager.update(ProposalRun, { id: run.id }, { durationMs: run.durationMs });
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
    return this.dataSource.query<RecentRun[]>(
      `SELECT r.id AS "runId", r.created_at AS "createdAt", r.municipality_codes AS "municipalityCodes",
              r.mentees, r.mentor_places AS "mentorPlaces", r.matched,
              COALESCE((SELECT jsonb_agg(u ORDER BY ord)
                          FROM jsonb_array_elements(r.unmatched) WITH ORDINALITY AS e(u, ord)
                          JOIN participants p ON p.id = (u->>'menteeId')::uuid
                         WHERE $2::text[] IS NULL OR p.municipality_code = ANY($2::text[])), '[]'::jsonb) AS unmatched
         FROM proposal_runs r
        WHERE r.programme_id = $1
          AND ($2::text[] IS NULL OR r.municipality_codes IS NULL OR r.municipality_codes && $2::text[])
        ORDER BY r.created_at DESC, r.id
        LIMIT 20`,
      [programme.id, share],
    );
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
    const manager = this.dataSource.manager;
    const [mentors, rejected] = await Promise.all([
      this.findMentorsWithPlaces(manager, programme.id),
      this.findRejectedPairs(manager, programme.id, menteeId),
    ]);
    const full = new Set(mentors.filter((m) => m.free <= 0).map((m) => m.id));
    const ctx = await this.scoringContext(manager, programme, [mentee, ...mentors], rejected, full);
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

  /** A pair a coordinator proposes by hand; it must keep the hard rules like any other. */
  async proposeManually(actor: Actor, programmeId: string, dto: CreateMatchDto): Promise<Match> {
    return this.dataSource.transaction(async (manager) => {
      const programme = await new ProgrammesRepository(manager).findVisibleById(actor, programmeId);
      const mentee = await new ParticipantsRepository(manager).findVisibleById(actor, dto.menteeId);
      const mentor = await new ParticipantsRepository(manager).findVisibleById(actor, dto.mentorId);
      assertMayChange(actor, mentee.municipalityCode, 'Participant');
      if (mentee.programmeId !== programmeId) throw new PairOutsideProgrammeError('menteeId');
      if (mentor.programmeId !== programmeId) throw new PairOutsideProgrammeError('mentorId');
      if (mentee.role !== 'mentee') throw new WrongRoleError('menteeId', 'mentee');
      if (mentor.role !== 'mentor') throw new WrongRoleError('mentorId', 'mentor');
      if (await this.holdsMentor(manager, mentee.id)) throw new MenteeAlreadyMatchedError();
      if (await this.endedBefore(manager, mentor.id, mentee.id)) throw new PairEndedBeforeError();
      const mentors = await this.findMentorsWithPlaces(manager, programmeId, mentor.id);
      const rejected = await this.findRejectedPairs(manager, programmeId, mentee.id);
      const full = new Set(mentors.filter((m) => m.free <= 0).map((m) => m.id));
      const ctx = await this.scoringContext(manager, programme, [mentor, mentee], rejected, full);
      const pair = scorePair(toPerson(mentor), toPerson(mentee), ctx);
      if (pair.blockedBy === 'mentor_full') throw new MentorAtCapacityError();
      if (pair.blockedBy) throw new PairNotAllowedError(pair.blockedBy, explain(pair));
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(Match)
        .values({ programmeId, mentorId: mentor.id, menteeId: mentee.id, score: pair.score, breakdown: pair.breakdown })
        .orIgnore()
        .returning('id')
        .execute();
      const id = (inserted.raw as { id: string }[])[0]?.id;
      if (!id) throw new MatchAlreadyDecidedError('proposed for this pair');
      await this.audit.pairs(actor, 'match.propose', 'match', [id], new Tx(manager));
      return manager.findOneByOrFail(Match, { id });
    });
  }

  /**
   * Approves a proposal. The mentor's row is locked while their places are counted, so approvals
   * racing for a mentor's last place are served one at a time: one wins, the others get 409. The
   * partial unique index on approved matches settles two approvals for one mentee.
   */
  async approve(actor: Actor, matchId: string, dto: ApproveMatchDto): Promise<Match> {
    return this.dataSource.transaction(async (manager) => {
      const match = await this.lockDecidable(actor, matchId, manager);
      const programme = await new ProgrammesRepository(manager).findVisibleById(actor, match.programmeId);
      const startsOn = dto.startsOn ?? laterOf(programme.startDate, this.today(programme));
      if (startsOn < programme.startDate || startsOn > programme.endDate) {
        throw new StartOutsideProgrammeError(programme.startDate, programme.endDate);
      }
      // Lock first, count after: in its own statement the count sees every approval committed before the lock.
      const [mentor] = await manager.query<
        { capacity: number; policeCertificateSeenOn: string | null; confidentialitySignedOn: string | null }[]
      >(
        `SELECT capacity, police_certificate_seen_on::text AS "policeCertificateSeenOn",
                confidentiality_signed_on::text AS "confidentialitySignedOn"
           FROM participants WHERE id = $1 FOR UPDATE`,
        [match.mentorId],
      );
      const { capacity } = mentor;
      if (programme.rules.requireScreening) {
        const problems = screeningProblems(mentor, startsOn);
        if (problems.length) throw new MentorNotScreenedError(problems);
      }
      const [{ taken }] = await manager.query<{ taken: number }[]>(
        'SELECT count(*)::int AS taken FROM matches WHERE mentor_id = $1 AND status = ANY($2)',
        [match.mentorId, HOLDING],
      );
      if (taken >= capacity) throw new MentorAtCapacityError();
      if (await this.holdsMentor(manager, match.menteeId)) throw new MenteeAlreadyMatchedError();
      await manager.update(
        Match,
        { id: matchId },
        { status: 'approved', decidedAt: this.clock.now(), decidedBy: actor.id, startsOn },
      );
      // The mentee's other proposals can no longer be approved.
      await manager.query(`DELETE FROM matches WHERE mentee_id = $1 AND status = 'proposed' AND id <> $2`, [
        match.menteeId,
        matchId,
      ]);
      await this.audit.pairs(actor, 'match.approve', 'match', [matchId], new Tx(manager));
      return manager.findOneByOrFail(Match, { id: matchId });
    });
  }

  async reject(actor: Actor, matchId: string, reason: string): Promise<Match> {
    return this.dataSource.transaction(async (manager) => {
      await this.lockDecidable(actor, matchId, manager);
      await manager.update(
        Match,
        { id: matchId },
        { status: 'rejected', decidedAt: this.clock.now(), decidedBy: actor.id, reason },
      );
      await this.audit.pairs(actor, 'match.reject', 'match', [matchId], new Tx(manager));
      return manager.findOneByOrFail(Match, { id: matchId });
    });
  }

  /**
   * Ends an approved pair. With `rematch` (an early end only) the mentee keeps their place in the
   * queue: their wait counts from when it first began (their `waiting_since`, else their
   * registration), so they come first among equals in the next run; this pair is never proposed again.
   */
  async end(actor: Actor, matchId: string, dto: EndMatchDto): Promise<Match> {
    if (dto.rematch && dto.outcome !== 'ended') throw new RematchNeedsEarlyEndError();
    return this.dataSource.transaction(async (manager) => {
      const match = await this.lockVisible(actor, matchId, manager);
      if (match.status !== 'approved') throw new MatchAlreadyDecidedError(match.status);
      const programme = await new ProgrammesRepository(manager).findVisibleById(actor, match.programmeId);
      const today = this.today(programme);
      const endedOn = laterOf(match.startsOn!, today < programme.endDate ? today : programme.endDate);
      await manager.update(
        Match,
        { id: matchId },
        {
          status: dto.outcome,
          endedOn,
          reason: dto.reason ?? null,
          employmentStatusAtEnd: dto.employmentStatusAtEnd ?? null,
          rematch: dto.rematch ?? false,
        },
      );
      if (dto.rematch) {
        // The wait is kept, not restarted: the day it began is written down if only the registration said it.
        await manager.query(
          `UPDATE participants SET waiting_since = COALESCE(waiting_since, (created_at AT TIME ZONE $2)::date) WHERE id = $1`,
          [match.menteeId, programme.timezone],
        );
      }
      await this.audit.pairs(actor, 'match.end', 'match', [matchId], new Tx(manager));
      return manager.findOneByOrFail(Match, { id: matchId });
    });
  }

  async findForProgramme(actor: Actor, programmeId: string, status?: MatchStatus): Promise<Match[]> {
    await this.programmes.findVisibleById(actor, programmeId);
    const qb = this.dataSource
      .getRepository(Match)
      .createQueryBuilder('match')
      .where('match.programme_id = :programmeId', { programmeId });
    if (status) qb.andWhere('match.status = :status', { status });
    scopeMatches(qb, actor, 'match');
    return qb.orderBy('match.created_at', 'ASC').addOrderBy('match.id', 'ASC').getMany();
  }

  async findVisibleById(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager): Promise<Match> {
    return new MatchesRepository(manager).findVisibleById(actor, id);
  }

  private async lockVisible(actor: Actor, id: string, manager: EntityManager): Promise<Match> {
    await manager.query('SELECT 1 FROM matches WHERE id = $1 FOR UPDATE', [id]);
    return this.findVisibleById(actor, id, manager);
  }

  private async lockDecidable(actor: Actor, id: string, manager: EntityManager): Promise<Match> {
    const match = await this.lockVisible(actor, id, manager);
    if (match.status !== 'proposed') throw new MatchAlreadyDecidedError(match.status);
    return match;
  }

  /** The two were a pair that ended early (with or without rematch): they are never paired again. */
  private async endedBefore(manager: EntityManager, mentorId: string, menteeId: string): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `SELECT 1 FROM matches WHERE mentor_id = $1 AND mentee_id = $2 AND status = 'ended' LIMIT 1`,
      [mentorId, menteeId],
    );
    return rows.length > 0;
  }

  private async holdsMentor(manager: EntityManager, menteeId: string): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      'SELECT 1 FROM matches WHERE mentee_id = $1 AND status = ANY($2) LIMIT 1',
      [menteeId, HOLDING],
    );
    return rows.length > 0;
  }

  private today(programme: Programme): string {
    return DateTime.fromJSDate(this.clock.now(), { zone: programme.timezone }).toISODate()!;
  }

  /**
   * Mentees of the programme (in scope) without a mentor, longest waiting first (from their
   * `waiting_since`, else from their registration), then by id so runs are reproducible. The solver
   * takes equally constrained mentees in this order and a later one never displaces an earlier one
   * for an equal score, so between equal candidates the longer wait wins.
   */
  private async findUnmatchedMentees(
    manager: EntityManager,
    programmeId: string,
    scopeCodes: string[] | null,
  ): Promise<MatchPerson[]> {
    const rows = await manager.query<ParticipantRow[]>(
      `SELECT ${PERSON_COLUMNS} FROM participants p
        WHERE p.programme_id = $1 AND p.role = 'mentee'
          AND ($2::text[] IS NULL OR p.municipality_code = ANY($2))
          AND NOT EXISTS (SELECT 1 FROM matches m WHERE m.mentee_id = p.id AND m.status = ANY($3))
          -- A mentee whose pair ended without a rematch has left the programme.
          AND NOT EXISTS (SELECT 1 FROM matches m WHERE m.mentee_id = p.id AND m.status = 'ended' AND NOT m.rematch)
        ORDER BY COALESCE(p.waiting_since::timestamptz, p.created_at), p.id`,
      [programmeId, scopeCodes, HOLDING],
    );
    return rows.map(fromRow);
  }

  /** Every mentor of the programme with their free places (may be 0), by id. */
  private async findMentorsWithPlaces(
    manager: EntityManager,
    programmeId: string,
    onlyId?: string,
  ): Promise<MentorRow[]> {
    const rows = await manager.query<(ParticipantRow & { free: number })[]>(
      `SELECT ${PERSON_COLUMNS},
              p.capacity - (SELECT count(*)::int FROM matches m WHERE m.mentor_id = p.id AND m.status = ANY($2)) AS free
         FROM participants p
        WHERE p.programme_id = $1 AND p.role = 'mentor' AND ($3::uuid IS NULL OR p.id = $3)
        ORDER BY p.id`,
      [programmeId, HOLDING, onlyId ?? null],
    );
    return rows.map((row) => ({ ...fromRow(row), free: Math.max(0, row.free) }));
  }

  /** Pairs never proposed again: the ones a coordinator rejected, and the ones that ended early. */
  private async findRejectedPairs(
    manager: EntityManager,
    programmeId: string,
    menteeId?: string,
  ): Promise<Set<string>> {
    const rows = await manager.query<{ mentor_id: string; mentee_id: string }[]>(
      `SELECT mentor_id, mentee_id FROM matches
        WHERE programme_id = $1 AND status IN ('rejected', 'ended') AND ($2::uuid IS NULL OR mentee_id = $2)`,
      [programmeId, menteeId ?? null],
    );
    return new Set(rows.map((r) => `${r.mentor_id}:${r.mentee_id}`));
  }

  private async scoringContext(
    manager: EntityManager,
    programme: Programme,
    people: { municipalityCode: string }[],
    rejected: Set<string>,
    full?: Set<string>,
  ): Promise<ScoringContext> {
    const codes = [...new Set(people.map((p) => p.municipalityCode))];
    const rows = await manager.query<Place[]>('SELECT code, name, lat, lon FROM municipalities WHERE code = ANY($1)', [
      codes,
    ]);
    const places = new Map(rows.map((p) => [p.code, p]));
    return {
      rules: programme.rules,
      place: (code) => places.get(code) ?? { code, name: code, lat: 0, lon: 0 },
      rejected,
      full,
    };
  }
}

const PERSON_COLUMNS = `p.id, p.municipality_code, p.languages, p.profession_code, p.desired_profession_code,
  p.gender, p.wants_same_gender`;

interface ParticipantRow {
  id: string;
  municipality_code: string;
  languages: MatchPerson['languages'];
  profession_code: string;
  desired_profession_code: string | null;
  gender: string | null;
  wants_same_gender: boolean;
}

function fromRow(row: ParticipantRow): MatchPerson {
  return {
    id: row.id,
    municipalityCode: row.municipality_code,
    languages: row.languages,
    professionCode: row.profession_code,
    desiredProfessionCode: row.desired_profession_code,
    gender: row.gender,
    wantsSameGender: row.wants_same_gender,
  };
}

function toPerson(p: Participant): MatchPerson {
  return {
    id: p.id,
    municipalityCode: p.municipalityCode,
    languages: p.languages,
    professionCode: p.professionCode,
    desiredProfessionCode: p.desiredProfessionCode,
    gender: p.gender,
    wantsSameGender: p.wantsSameGender,
  };
}

function laterOf(a: string, b: string): string {
  return a > b ? a : b;
}

function explain(pair: PairScore): string {
  if (pair.blockedBy === 'no_common_language') return pair.breakdown.language.reason;
  if (pair.blockedBy === 'too_far') return pair.breakdown.location.reason;
  if (pair.blockedBy === 'gender_mismatch') return 'the mentee asked for a mentor of the same gender';
  return 'the coordinator rejected this pair before';
}

/**
 * Why the optimiser left a mentee out: the first hard rule that removes the last of their
 * candidates among every mentor of the programme, or, when some pairs were allowed, that the
 * places went to others.
 */
function unmatchedReason(
  row: number,
  mentee: MatchPerson,
  mentors: MentorRow[],
  scores: Int32Array,
  ctx: ScoringContext,
): UnmatchedMentee['reason'] {
  const base = row * mentors.length;
  for (let j = 0; j < mentors.length; j++) if (scores[base + j] !== FORBIDDEN) return 'all_candidates_taken';
  const speaking = mentors.filter((m) => shareLanguage(m, mentee));
  if (speaking.length === 0) return 'no_common_language';
  const from = ctx.place(mentee.municipalityCode);
  const near = speaking.filter(
    (m) =>
      m.municipalityCode === mentee.municipalityCode ||
      haversineKm(ctx.place(m.municipalityCode), from) <= ctx.rules.maxDistanceKm,
  );
  if (near.length === 0) return 'too_far';
  if (near.every((m) => breaksGenderWish(m, mentee))) return 'no_mentor_of_asked_gender';
  return 'all_candidates_rejected';
}
