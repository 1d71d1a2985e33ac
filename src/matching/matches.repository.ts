import type { Actor } from '../common/access/actor.js';
import { scopeMatches } from '../common/access/scope.js';
import { NotFoundError } from '../common/errors.js';
import { DomainRepository } from '../database/transactions.js';
import type { EmploymentStatus } from '../participants/participant-fields.js';
import { Programme } from '../programmes/programme.entity.js';
import type { ProgrammeRules } from '../programmes/programme-rules.js';
import { Match, type MatchStatus } from './match.entity.js';
import { ProposalRun, type UnmatchedMentee } from './proposal-run.entity.js';
import type { Breakdown, MatchPerson, Place } from './scoring.js';

/** Statuses that hold a mentor's place and give a mentee their mentor. */
const HOLDING: MatchStatus[] = ['approved', 'completed'];

/** A mentor with their free places: capacity less the pairs holding one (0 when full or over). */
export interface MentorWithPlaces extends MatchPerson {
  free: number;
}

/** What a mentor's row says about their places and screening, read under the row's lock. */
export interface LockedMentor {
  capacity: number;
  policeCertificateSeenOn: string | null;
  confidentialitySignedOn: string | null;
}

/** One proposal run as its programme's history lists it; `unmatched` only the actor's mentees. */
export interface RecentRun {
  runId: string;
  createdAt: Date;
  municipalityCodes: string[] | null;
  mentees: number;
  mentorPlaces: number;
  matched: number;
  unmatched: UnmatchedMentee[];
}

/** A run as the optimiser left it, before its proposals are stored. */
export interface NewRun {
  programmeId: string;
  createdBy: string;
  rules: ProgrammeRules;
  municipalityCodes: string[] | null;
  mentees: number;
  mentorPlaces: number;
  matched: number;
  totalScore: number;
  unmatched: UnmatchedMentee[];
}

/** A scored pair to store as a proposal. */
export interface NewProposal {
  mentorId: string;
  menteeId: string;
  score: number;
  breakdown: Breakdown;
}

/** How an approved pair ends. */
export interface PairEnd {
  status: 'completed' | 'ended';
  endedOn: string;
  reason: string | null;
  employmentStatusAtEnd: EmploymentStatus | null;
  rematch: boolean;
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

/** Pairs (proposed, approved, rejected, completed, ended) and the proposal runs that made them. */
export class MatchesRepository extends DomainRepository {
  /** A pair the actor sees (a coordinator: their mentees'), or NotFound. */
  async findVisibleById(actor: Actor, id: string): Promise<Match> {
    const qb = this.manager.getRepository(Match).createQueryBuilder('match').where('match.id = :id', { id });
    scopeMatches(qb, actor, 'match');
    const match = await qb.getOne();
    if (!match) throw new NotFoundError('Match');
    return match;
  }

  /** A pair by id whoever asks (a signed link names its pair), or null. */
  findById(id: string): Promise<Match | null> {
    return this.manager.findOneBy(Match, { id });
  }

  /** A pair that exists: read back after a change. */
  getById(id: string): Promise<Match> {
    return this.manager.findOneByOrFail(Match, { id });
  }

  /** The programme a pair belongs to: its dates, zone and rules bound what the pair may record. */
  programmeOf(match: Pick<Match, 'programmeId'>): Promise<Programme> {
    return this.manager.findOneByOrFail(Programme, { id: match.programmeId });
  }

  /** Locks the pair's row until the transaction ends: its status and dates change one writer at a time. */
  async lockForUpdate(id: string): Promise<void> {
    await this.manager.query('SELECT 1 FROM matches WHERE id = $1 FOR UPDATE', [id]);
  }

  /** Holds the pair's status still while something is added to it, so a pair cannot end half-way. */
  async shareLock(id: string): Promise<void> {
    await this.manager.query('SELECT 1 FROM matches WHERE id = $1 FOR SHARE', [id]);
  }

  /** The programme's pairs in the actor's reach, oldest first, optionally of one status. */
  findForProgramme(actor: Actor, programmeId: string, status?: MatchStatus): Promise<Match[]> {
    const qb = this.manager
      .getRepository(Match)
      .createQueryBuilder('match')
      .where('match.programme_id = :programmeId', { programmeId });
    if (status) qb.andWhere('match.status = :status', { status });
    scopeMatches(qb, actor, 'match');
    return qb.orderBy('match.created_at', 'ASC').addOrderBy('match.id', 'ASC').getMany();
  }

  // Proposal runs

  /** Locks the programme's row: one proposal run of a programme at a time. */
  async lockProgrammeForRun(programmeId: string): Promise<void> {
    await this.manager.query('SELECT 1 FROM programmes WHERE id = $1 FOR UPDATE', [programmeId]);
  }

  /**
   * Mentees of the programme (in scope) without a mentor, longest waiting first (from their
   * `waiting_since`, else from their registration), then by id so runs are reproducible. The solver
   * takes equally constrained mentees in this order and a later one never displaces an earlier one
   * for an equal score, so between equal candidates the longer wait wins.
   */
  async findUnmatchedMentees(programmeId: string, scopeCodes: string[] | null): Promise<MatchPerson[]> {
    const rows = await this.manager.query<ParticipantRow[]>(
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

  /** Every mentor of the programme (or only `onlyId`) with their free places (may be 0), by id. */
  async findMentorsWithPlaces(programmeId: string, onlyId?: string): Promise<MentorWithPlaces[]> {
    const rows = await this.manager.query<(ParticipantRow & { free: number })[]>(
      `SELECT ${PERSON_COLUMNS},
              p.capacity - (SELECT count(*)::int FROM matches m WHERE m.mentor_id = p.id AND m.status = ANY($2)) AS free
         FROM participants p
        WHERE p.programme_id = $1 AND p.role = 'mentor' AND ($3::uuid IS NULL OR p.id = $3)
        ORDER BY p.id`,
      [programmeId, HOLDING, onlyId ?? null],
    );
    return rows.map((row) => ({ ...fromRow(row), free: Math.max(0, row.free) }));
  }

  /**
   * Pairs never proposed again, as "mentorId:menteeId": the ones a coordinator rejected, and the
   * ones that ended early; of one mentee when `menteeId` is given.
   */
  async findRejectedPairs(programmeId: string, menteeId?: string): Promise<Set<string>> {
    const rows = await this.manager.query<{ mentor_id: string; mentee_id: string }[]>(
      `SELECT mentor_id, mentee_id FROM matches
        WHERE programme_id = $1 AND status IN ('rejected', 'ended') AND ($2::uuid IS NULL OR mentee_id = $2)`,
      [programmeId, menteeId ?? null],
    );
    return new Set(rows.map((r) => `${r.mentor_id}:${r.mentee_id}`));
  }

  /** Where these municipalities lie, for the distance rule; unknown codes are left out. */
  findPlaces(codes: string[]): Promise<Place[]> {
    return this.manager.query<Place[]>('SELECT code, name, lat, lon FROM municipalities WHERE code = ANY($1)', [codes]);
  }

  /** Drops the undecided proposals of the programme's mentees in scope (null: all), before a run replaces them. */
  async deleteUndecidedProposals(programmeId: string, scopeCodes: string[] | null): Promise<void> {
    await this.manager.query(
      `DELETE FROM matches m USING participants p
        WHERE m.programme_id = $1 AND m.status = 'proposed' AND p.id = m.mentee_id
          AND ($2::text[] IS NULL OR p.municipality_code = ANY($2))`,
      [programmeId, scopeCodes],
    );
  }

  /** Stores a run (its duration still 0) and its proposals. */
  async saveRun(fields: NewRun, pairs: readonly NewProposal[]): Promise<{ run: ProposalRun; proposals: Match[] }> {
    const run = await this.manager.save(this.manager.create(ProposalRun, { ...fields, durationMs: 0 }));
    const proposals = pairs.length
      ? await this.manager.save(
          pairs.map((pair) =>
            this.manager.create(Match, {
              programmeId: fields.programmeId,
              mentorId: pair.mentorId,
              menteeId: pair.menteeId,
              status: 'proposed',
              score: pair.score,
              breakdown: pair.breakdown,
              runId: run.id,
            }),
          ),
          { chunk: 500 },
        )
      : [];
    return { run, proposals };
  }

  async recordRunDuration(runId: string, durationMs: number): Promise<void> {
    await this.manager.update(ProposalRun, { id: runId }, { durationMs });
  }

  /**
   * The programme's last 20 runs, newest first. With `share` (a coordinator's municipalities), only
   * the runs that covered one of them, each with only those municipalities' mentees left out.
   */
  recentRuns(programmeId: string, share: string[] | null): Promise<RecentRun[]> {
    return this.manager.query<RecentRun[]>(
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
      [programmeId, share],
    );
  }

  // A pair's lifecycle

  /** The two were a pair that ended early (with or without rematch): they are never paired again. */
  async endedBefore(mentorId: string, menteeId: string): Promise<boolean> {
    const rows = await this.manager.query<unknown[]>(
      `SELECT 1 FROM matches WHERE mentor_id = $1 AND mentee_id = $2 AND status = 'ended' LIMIT 1`,
      [mentorId, menteeId],
    );
    return rows.length > 0;
  }

  /** The mentee has a pair holding a mentor (approved or completed). */
  async holdsMentor(menteeId: string): Promise<boolean> {
    const rows = await this.manager.query<unknown[]>(
      'SELECT 1 FROM matches WHERE mentee_id = $1 AND status = ANY($2) LIMIT 1',
      [menteeId, HOLDING],
    );
    return rows.length > 0;
  }

  /** Stores a hand-made proposal; null when the pair is already proposed (one undecided proposal per pair). */
  async insertProposal(programmeId: string, pair: NewProposal): Promise<string | null> {
    const inserted = await this.manager
      .createQueryBuilder()
      .insert()
      .into(Match)
      .values({ programmeId, ...pair })
      .orIgnore()
      .returning('id')
      .execute();
    return (inserted.raw as { id: string }[])[0]?.id ?? null;
  }

  /**
   * Locks the mentor's row until the transaction ends and reads their capacity and screening:
   * approvals racing for a mentor's last place then count the places one at a time.
   */
  async lockMentor(mentorId: string): Promise<LockedMentor> {
    const [mentor] = await this.manager.query<LockedMentor[]>(
      `SELECT capacity, police_certificate_seen_on::text AS "policeCertificateSeenOn",
              confidentiality_signed_on::text AS "confidentialitySignedOn"
         FROM participants WHERE id = $1 FOR UPDATE`,
      [mentorId],
    );
    return mentor;
  }

  /** The pairs holding one of the mentor's places; in its own statement it sees every approval committed before. */
  async countHoldingPlaces(mentorId: string): Promise<number> {
    const [{ taken }] = await this.manager.query<{ taken: number }[]>(
      'SELECT count(*)::int AS taken FROM matches WHERE mentor_id = $1 AND status = ANY($2)',
      [mentorId, HOLDING],
    );
    return taken;
  }

  async markApproved(id: string, decidedBy: string, decidedAt: Date, startsOn: string): Promise<void> {
    await this.manager.update(Match, { id }, { status: 'approved', decidedAt, decidedBy, startsOn });
  }

  /** Drops the mentee's other proposals: once one is approved they can no longer be. */
  async deleteOtherProposals(menteeId: string, keptId: string): Promise<void> {
    await this.manager.query(`DELETE FROM matches WHERE mentee_id = $1 AND status = 'proposed' AND id <> $2`, [
      menteeId,
      keptId,
    ]);
  }

  async markRejected(id: string, decidedBy: string, decidedAt: Date, reason: string): Promise<void> {
    await this.manager.update(Match, { id }, { status: 'rejected', decidedAt, decidedBy, reason });
  }

  async markEnded(id: string, end: PairEnd): Promise<void> {
    await this.manager.update(Match, { id }, end);
  }

  /**
   * Keeps a rematched mentee's wait: the day it began is written down if only their registration
   * (in the programme's zone) said it.
   */
  async keepWaiting(menteeId: string, timezone: string): Promise<void> {
    await this.manager.query(
      `UPDATE participants SET waiting_since = COALESCE(waiting_since, (created_at AT TIME ZONE $2)::date) WHERE id = $1`,
      [menteeId, timezone],
    );
  }
}
