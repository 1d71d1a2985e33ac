import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { EMPLOYMENT_STATUSES, type EmploymentStatus } from '../participants/participant-fields.js';
import { Participant } from '../participants/participant.entity.js';
import { Programme } from '../programmes/programme.entity.js';
import { ProposalRun } from './proposal-run.entity.js';
import type { Breakdown } from './scoring.js';

export const MATCH_STATUSES = ['proposed', 'approved', 'rejected', 'completed', 'ended'] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];

@Entity({ name: 'matches' })
/** A mentee has one active mentor: the database settles two approvals racing for one mentee. */
@Index('matches_one_active_per_mentee', ['menteeId'], { unique: true, where: `"status" = 'approved'` })
/** One undecided proposal per pair. */
@Index('matches_one_proposal_per_pair', ['mentorId', 'menteeId'], { unique: true, where: `"status" = 'proposed'` })
@Index('matches_programme_status_idx', ['programmeId', 'status'])
@Index('matches_mentor_status_idx', ['mentorId', 'status'])
@Check('matches_rematch_check', `NOT "rematch" OR "status" = 'ended'`)
@Check('matches_score_check', '"score" >= 0 AND "score" <= 1')
@Check('matches_decided_check', `"status" = 'proposed' OR "decided_at" IS NOT NULL`)
@Check('matches_active_check', `"status" NOT IN ('approved', 'completed', 'ended') OR "starts_on" IS NOT NULL`)
export class Match {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: Relation<Programme>;

  @Column({ name: 'mentor_id', type: 'uuid' })
  mentorId!: string;

  @ManyToOne(() => Participant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_id' })
  mentor?: Relation<Participant>;

  @Index('matches_mentee_idx')
  @Column({ name: 'mentee_id', type: 'uuid' })
  menteeId!: string;

  @ManyToOne(() => Participant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentee_id' })
  mentee?: Relation<Participant>;

  @Column({ type: 'enum', enum: MATCH_STATUSES, enumName: 'match_status', default: 'proposed' })
  status!: MatchStatus;

  /** Weighted score, 4 decimals; numeric in the database, read back as a number. */
  @Column({
    type: 'numeric',
    precision: 5,
    scale: 4,
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  score!: number;

  @Column({ type: 'jsonb' })
  breakdown!: Breakdown;

  /** The proposal run that proposed it; null for a pair a coordinator proposed by hand. */
  @Column({ name: 'run_id', type: 'uuid', nullable: true })
  runId!: string | null;

  @ManyToOne(() => ProposalRun, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'run_id' })
  run?: Relation<ProposalRun>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  /** The user who approved or rejected it. */
  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  /** Why it was rejected or ended. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** First day the pair is active (set on approval). */
  @Column({ name: 'starts_on', type: 'date', nullable: true })
  startsOn!: string | null;

  /** Last day the pair was active (set when it is completed or ended). */
  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn!: string | null;

  @Column({
    name: 'employment_status_at_end',
    type: 'enum',
    enum: EMPLOYMENT_STATUSES,
    enumName: 'employment_status',
    nullable: true,
  })
  employmentStatusAtEnd!: EmploymentStatus | null;

  /** An ended pair whose mentee asked for a new mentor: they join the next proposal run, never with this mentor. */
  @Column({ type: 'boolean', default: false })
  rematch!: boolean;
}
