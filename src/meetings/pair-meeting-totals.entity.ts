import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Match } from '../matching/match.entity.js';

/**
 * A pair's meeting_months in one row: kept by a PostgreSQL trigger on `meeting_months` (in the same
 * transaction as every change to it), so it always equals an aggregate of that table. A pair
 * without meetings has no row. The pairs list reads 10,000 of these by key rather than grouping
 * 80,000 months at each look. Never written by the application.
 */
@Entity({ name: 'pair_meeting_totals' })
export class PairMeetingTotals {
  @PrimaryColumn({ name: 'match_id', type: 'uuid' })
  matchId!: string;

  @OneToOne(() => Match, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'match_id' })
  match?: Relation<Match>;

  /**
   * Each month with meetings as "i qualifying meetings", comma-separated, oldest first, where i is
   * the month's index, year × 12 + month − 1 (2027-03 is 24326).
   */
  @Column({ type: 'text' })
  counts!: string;

  /** The minutes of all its meetings. */
  @Column({ type: 'integer' })
  minutes!: number;

  /** The day of its latest meeting. */
  @Column({ name: 'last_date', type: 'date' })
  lastDate!: string;
}
