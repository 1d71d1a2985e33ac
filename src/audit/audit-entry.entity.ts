import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What an audit row records, as dotted names (API.md, "Privacy and audit"). */
export const AUDIT_ACTIONS = [
  'participant.read',
  'participant.list',
  'participant.create',
  'participant.update',
  'participant.import',
  'participant.candidates',
  'participant.export',
  'participant.erase',
  'newcomer.export',
  'newcomer.erase',
  'participant.archive',
  'retention.erase',
  'participant.conflict',
  'match.propose',
  'match.approve',
  'match.reject',
  'match.end',
  'meeting.create',
  'pause.create',
  'pause.delete',
  'survey.answer',
  'auth.login',
  'auth.login_failed',
  'auth.locked',
  'user.create',
  'user.update',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_SUBJECT_TYPES = ['participant', 'newcomer', 'match', 'meeting', 'user'] as const;
export type AuditSubjectType = (typeof AUDIT_SUBJECT_TYPES)[number];

/**
 * One row of the audit log: who (an account and its role then; none for a signed link or a failed
 * login), did what, to whom or what, when, in which request. Ids and codes only, never a name, an
 * email or free text. Append-only: the database refuses UPDATE and DELETE (see the migration).
 */
@Entity({ name: 'audit_log' })
@Check('audit_log_subject_check', `("subject_type" IS NULL) = ("subject_id" IS NULL)`)
// Descending (newest first), so kept out of TypeORM's comparison, which cannot express it.
@Index('audit_log_at_idx', { synchronize: false })
@Index('audit_log_subject_idx', { synchronize: false })
@Index('audit_log_actor_idx', { synchronize: false })
export class AuditEntry {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_audit_log' })
  id!: string;

  /** When, by the app's clock. */
  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_role', type: 'text', nullable: true })
  actorRole!: string | null;

  @Column({ type: 'text' })
  action!: AuditAction;

  @Column({ name: 'subject_type', type: 'text', nullable: true })
  subjectType!: AuditSubjectType | null;

  @Column({ name: 'subject_id', type: 'uuid', nullable: true })
  subjectId!: string | null;

  @Column({ name: 'programme_id', type: 'uuid', nullable: true })
  programmeId!: string | null;

  @Column({ name: 'municipality_code', type: 'text', nullable: true })
  municipalityCode!: string | null;

  /** The id the request was logged under (X-Request-Id); none for a job. */
  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId!: string | null;
}
