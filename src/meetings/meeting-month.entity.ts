import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Match } from '../matching/match.entity.js';

/**
 * A pair's meetings of one calendar month, counted: kept by PostgreSQL triggers on `meetings`
 * (every insert, change and removal, in the same transaction) and on `programmes` (a new
 * minimum length recounts `qualifying`), so it always equals an aggregate of the meetings. The
 * stats read it instead of every meeting. Never written by the application.
 */
@Entity({ name: 'meeting_months' })
export class MeetingMonth {
  @PrimaryColumn({ name: 'match_id', type: 'uuid' })
  matchId!: string;

  @ManyToOne(() => Match, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'match_id' })
  match?: Relation<Match>;

  /** The first day of the month. */
  @PrimaryColumn({ type: 'date' })
  month!: string;

  @Column({ type: 'integer' })
  meetings!: number;

  @Column({ type: 'integer' })
  minutes!: number;

  /** Meetings at least the programme's minimum length (rules.minMeetingMinutes). */
  @Column({ type: 'integer' })
  qualifying!: number;

  /** The day of the latest meeting in the month (the pairs list's last meeting is the latest of these). */
  @Column({ name: 'last_date', type: 'date' })
  lastDate!: string;
}
