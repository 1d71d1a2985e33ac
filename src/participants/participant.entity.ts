import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import { Municipality } from '../municipalities/municipality.entity.js';
import { Programme } from '../programmes/programme.entity.js';
import {
  EMPLOYMENT_STATUSES,
  GENDERS,
  MENTEE_CATEGORIES,
  PARTICIPANT_ROLES,
  type EmploymentStatus,
  type Gender,
  type LanguageSkill,
  type MenteeCategory,
  type ParticipantRole,
} from './participant-fields.js';

@Entity({ name: 'participants' })
@Index('participants_programme_email_key', ['programmeId', 'email'], { unique: true })
@Index('participants_programme_role_idx', ['programmeId', 'role'])
@Index('participants_municipality_idx', ['municipalityCode'])
@Check('participants_capacity_check', '"capacity" BETWEEN 1 AND 10')
@Check('participants_same_gender_check', 'NOT "wants_same_gender" OR "gender" IS NOT NULL')
@Check(
  'participants_mentee_fields_check',
  `"role" = 'mentee' OR ("category" IS NULL AND "desired_profession_code" IS NULL AND NOT "wants_same_gender")`,
)
export class Participant {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: Relation<Programme>;

  @Column({ type: 'enum', enum: PARTICIPANT_ROLES, enumName: 'participant_role' })
  role!: ParticipantRole;

  @Column({ type: 'text' })
  name!: string;

  /** Stored lower-cased; unique within the programme. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ name: 'municipality_code', type: 'char', length: 4 })
  municipalityCode!: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_code' })
  municipality?: Relation<Municipality>;

  /** ISO 639-1; the language of every email to this participant. */
  @Column({ name: 'preferred_language', type: 'char', length: 2 })
  preferredLanguage!: string;

  @Column({ type: 'jsonb' })
  languages!: LanguageSkill[];

  /** ISCO-08 (STYRK-08) code, 1 to 4 digits. */
  @Column({ name: 'profession_code', type: 'varchar', length: 4 })
  professionCode!: string;

  @Column({ name: 'desired_profession_code', type: 'varchar', length: 4, nullable: true })
  desiredProfessionCode!: string | null;

  @Column({ type: 'smallint', default: 1 })
  capacity!: number;

  @Column({ type: 'enum', enum: MENTEE_CATEGORIES, enumName: 'mentee_category', nullable: true })
  category!: MenteeCategory | null;

  @Column({ type: 'enum', enum: GENDERS, enumName: 'gender', nullable: true })
  gender!: Gender | null;

  @Column({ name: 'wants_same_gender', type: 'boolean', default: false })
  wantsSameGender!: boolean;

  @Column({
    name: 'employment_status_at_start',
    type: 'enum',
    enum: EMPLOYMENT_STATUSES,
    enumName: 'employment_status',
    nullable: true,
  })
  employmentStatusAtStart!: EmploymentStatus | null;

  /** Optional: for the funder report's age bands only. */
  @Column({ name: 'birth_year', type: 'smallint', nullable: true })
  birthYear!: number | null;

  /**
   * A mentee's wait for a mentor when it began before they joined the programme: the day a newcomer
   * of the register consented to the mentor programme. A proposal run breaks ties by the wait.
   */
  @Column({ name: 'waiting_since', type: 'date', nullable: true })
  waitingSince!: string | null;

  /** Mentor: the day a coordinator saw their police certificate (the document is not stored). */
  @Column({ name: 'police_certificate_seen_on', type: 'date', nullable: true })
  policeCertificateSeenOn!: string | null;

  /** Mentor: the day they signed the confidentiality declaration (the document is not stored). */
  @Column({ name: 'confidentiality_signed_on', type: 'date', nullable: true })
  confidentialitySignedOn!: string | null;

  /** When the person was erased (name, email, phone and free text replaced for good); null while they are not. */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt!: Date | null;

  /** Why they were erased, as the admin or lead gave it (never names the person), or the retention rule. */
  @Column({ name: 'erasure_reason', type: 'text', nullable: true })
  erasureReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
