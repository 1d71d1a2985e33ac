import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Match } from '../matching/match.entity.js';
import { User } from '../users/user.entity.js';

export const MEETING_SOURCES = ['api', 'link'] as const;
export type MeetingSource = (typeof MEETING_SOURCES)[number];

export const MIN_MEETING_MINUTES = 15;
export const MAX_MEETING_MINUTES = 600;

@Entity({ name: 'meetings' })
@Index('meetings_match_date_idx', ['matchId', 'date'])
/** The same meeting sent twice through a signed link (a double tap, a resent form) is recorded once. */
@Index('meetings_link_once_key', ['matchId', 'date', 'durationMinutes'], { unique: true, where: `"source" = 'link'` })
@Check('meetings_duration_check', `"duration_minutes" BETWEEN ${MIN_MEETING_MINUTES} AND ${MAX_MEETING_MINUTES}`)
export class Meeting {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'match_id', type: 'uuid' })
  matchId!: string;

  @ManyToOne(() => Match, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'match_id' })
  match?: Relation<Match>;

  /** The day the pair met, in the programme's time zone. */
  @Column({ type: 'date' })
  date!: string;

  @Column({ name: 'duration_minutes', type: 'smallint' })
  durationMinutes!: number;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** api: logged by a signed-in user; link: by the mentor through a signed email link. */
  @Column({ type: 'enum', enum: MEETING_SOURCES, enumName: 'meeting_source' })
  source!: MeetingSource;

  /** The user who logged it through the API; null for a signed link. */
  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by' })
  recorder?: Relation<User>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
