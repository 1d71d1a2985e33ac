import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Match } from '../matching/match.entity.js';
import { ThemeEvening } from '../events/theme-evening.entity.js';
import { Gathering } from '../programmes/gathering.entity.js';
import { TeamMember } from '../team/team-member.entity.js';
import { Programme } from '../programmes/programme.entity.js';

export const EMAIL_KINDS = [
  'midmonth_nudge',
  'minimum_missed',
  'escalation',
  'gathering_invite',
  'gathering_reminder',
  'screening_expiry',
  'event_invite',
  'team_digest',
  'midway_survey',
  'closing_survey',
  'followup_survey',
  'retention_notice',
] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];

/**
 * cancelled: the recipient was erased before it went (the row keeps no address), or a newcomer
 * withdrew consent to invitations before their invitation went.
 */
export const OUTBOX_STATUSES = ['pending', 'sent', 'failed', 'cancelled'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** The figures a month reminder states, decided by the sweep (no personal data). */
export interface MonthFigures {
  month: string;
  requiredMeetings: number;
  qualifyingMeetings: number;
  /** escalation: the earlier of the two short months */
  previousMonth?: string;
}

/** The screening documents of a mentor whose dates are recorded. */
export const SCREENING_DOCUMENTS = ['police_certificate', 'confidentiality_declaration'] as const;
export type ScreeningDocument = (typeof SCREENING_DOCUMENTS)[number];

/** What a screening_expiry reminder states: which document, when it was dated, the day it turned three years old. */
export interface ScreeningFigures {
  document: ScreeningDocument;
  documentDate: string;
  expiresOn: string;
}

/** Reach figures of one residence category, as the digest states them. */
export interface DigestReach {
  category: string;
  registered: number;
  reachedByEvening: number;
  inMentorProgramme: number;
  careerGuidanceDone: number;
}

/** The figures of a newcomer team's monthly digest, decided on the 1st: counts only, never a person. */
export interface DigestFigures {
  /** The month the digest is for (the month it is sent in) */
  month: string;
  previousMonth: string;
  waitingForMentor: number;
  /** Days the longest-waiting newcomer has waited, or null when no one waits */
  longestWaitDays: number | null;
  withoutCareerGuidance: number;
  pairsEscalatedLastMonth: number;
  eveningsLastMonth: number;
  attendanceLastMonth: number;
  eveningsThisMonth: number;
  attendanceThisMonth: number;
  reach: DigestReach[];
}

/**
 * One email, decided once. The unique key is what "sent once" means: the same kind to the same
 * recipient about the same pair or gathering for the same period is one row, whoever decides it
 * and however often. Redis only carries the work of sending it.
 */
@Entity({ name: 'outbox' })
@Index('outbox_once_key', ['kind', 'recipientId', 'subjectId', 'periodKey'], { unique: true })
@Index('outbox_status_idx', ['status', 'createdAt'])
@Index('outbox_match_idx', ['matchId'])
@Index('outbox_gathering_idx', ['gatheringId'])
@Index('outbox_event_idx', ['eventId'])
@Check(
  'outbox_subject_check',
  `"subject_id" = COALESCE("match_id", "gathering_id", "event_id", "team_member_id", "programme_id") OR ("kind"::text = 'screening_expiry' AND "match_id" IS NOT NULL)`,
)
@Check('outbox_sent_check', `("status" = 'sent') = ("sent_at" IS NOT NULL)`)
export class OutboxEmail {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'enum', enum: EMAIL_KINDS, enumName: 'email_kind' })
  kind!: EmailKind;

  /** The participant, user, newcomer or team member the email is for. */
  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId!: string;

  /** The address it was decided for, kept so the row says where it went. */
  @Column({ name: 'to_address', type: 'text' })
  to!: string;

  /** ISO 639-1 language of the email (the recipient's preference when a template exists, else en). */
  @Column({ type: 'char', length: 2 })
  language!: string;

  /** The match or the gathering the email is about (screening_expiry: the mentor; match_id names a running pair). */
  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId!: string;

  @Column({ name: 'match_id', type: 'uuid', nullable: true })
  matchId!: string | null;

  @ManyToOne(() => Match, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'match_id' })
  match?: Relation<Match>;

  @Column({ name: 'gathering_id', type: 'uuid', nullable: true })
  gatheringId!: string | null;

  @ManyToOne(() => Gathering, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'gathering_id' })
  gathering?: Relation<Gathering>;

  /** The theme evening an invitation is about. */
  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId!: string | null;

  @ManyToOne(() => ThemeEvening, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Relation<ThemeEvening>;

  /** The newcomer-team member a digest is for (its recipient and its subject). */
  @Column({ name: 'team_member_id', type: 'uuid', nullable: true })
  teamMemberId!: string | null;

  @ManyToOne(() => TeamMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_member_id' })
  teamMember?: Relation<TeamMember>;

  /** The programme a retention notice is about (its participants are soon erased). */
  @Column({ name: 'programme_id', type: 'uuid', nullable: true })
  programmeId!: string | null;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'outbox_programme_fk' })
  programme?: Relation<Programme>;

  /**
   * The period it is for: a month (2027-03), a gathering or evening version (v2), a gathering day,
   * `once` (the gathering surveys) or the months after the pair ended (a follow-up survey: 3, 6 or 12).
   */
  @Column({ name: 'period_key', type: 'text' })
  periodKey!: string;

  @Column({ type: 'jsonb', nullable: true })
  figures!: MonthFigures | ScreeningFigures | DigestFigures | null;

  @Column({ type: 'enum', enum: OUTBOX_STATUSES, enumName: 'outbox_status', default: 'pending' })
  status!: OutboxStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
