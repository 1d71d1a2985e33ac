import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Programme } from '../programmes/programme.entity.js';
import type { ProgrammeRules } from '../programmes/programme-rules.js';

export interface UnmatchedMentee {
  menteeId: string;
  reason:
    'no_common_language' | 'too_far' | 'no_mentor_of_asked_gender' | 'all_candidates_rejected' | 'all_candidates_taken';
}

/** One run of the optimiser: what it was given, what it found, how long it took. */
@Entity({ name: 'proposal_runs' })
export class ProposalRun {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('proposal_runs_programme_idx')
  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: Relation<Programme>;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  /** The rules the run scored with, as they were then. */
  @Column({ type: 'jsonb' })
  rules!: ProgrammeRules;

  /** Municipalities the run covered (a coordinator's run covers theirs); null for all. */
  @Column({ name: 'municipality_codes', type: 'text', array: true, nullable: true })
  municipalityCodes!: string[] | null;

  @Column({ type: 'integer' })
  mentees!: number;

  @Column({ name: 'mentor_places', type: 'integer' })
  mentorPlaces!: number;

  @Column({ type: 'integer' })
  matched!: number;

  @Column({
    name: 'total_score',
    type: 'numeric',
    precision: 12,
    scale: 4,
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  totalScore!: number;

  @Column({ type: 'jsonb' })
  unmatched!: UnmatchedMentee[];

  @Column({ name: 'duration_ms', type: 'integer' })
  durationMs!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
