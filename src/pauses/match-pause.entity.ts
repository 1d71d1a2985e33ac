import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Match } from '../matching/match.entity.js';

export const PAUSE_REASONS = ['sick_leave', 'travel', 'other'] as const;
export type PauseReason = (typeof PAUSE_REASONS)[number];

/**
 * A pause of a pair (sick leave, travel): its days, from `from` to `to` inclusive, are not active
 * days of the month rule. Within the pair's active span and never overlapping another pause of the
 * pair (the service checks both under a lock on the match).
 */
@Entity({ name: 'match_pauses' })
@Index('match_pauses_match_from_idx', ['matchId', 'fromDate'])
@Check('match_pauses_order_check', `"from_date" <= "to_date"`)
export class MatchPause {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_match_pauses_id' })
  id!: string;

  @Column({ name: 'match_id', type: 'uuid' })
  matchId!: string;

  @ManyToOne(() => Match, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'match_id', foreignKeyConstraintName: 'match_pauses_match_fk' })
  match?: Relation<Match>;

  /** First paused day, in the programme's time zone. */
  @Column({ name: 'from_date', type: 'date' })
  fromDate!: string;

  /** Last paused day (inclusive). */
  @Column({ name: 'to_date', type: 'date' })
  toDate!: string;

  @Column({ type: 'enum', enum: PAUSE_REASONS, enumName: 'pause_reason' })
  reason!: PauseReason;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** The user who recorded it. */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
