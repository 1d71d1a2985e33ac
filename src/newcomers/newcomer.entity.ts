import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Municipality } from '../municipalities/municipality.entity.js';
import {
  GENDERS,
  MENTEE_CATEGORIES,
  type Gender,
  type LanguageSkill,
  type MenteeCategory,
} from '../participants/participant-fields.js';
import {
  CAREER_GUIDANCE_STATUSES,
  EDUCATION_LEVELS,
  RECOGNITION_STATUSES,
  type CareerGuidanceStatus,
  type EducationLevel,
  type RecognitionStatus,
} from './newcomer-fields.js';

/**
 * A newcomer of a municipality's register, whatever their basis of residence. Consent is recorded
 * per purpose; there is no row without consent to the register. Those in the introduction
 * programme have their competence mapping in the state's register: it is never copied here.
 */
@Entity({ name: 'newcomers' })
@Index('newcomers_municipality_name_idx', ['municipalityCode', 'name'])
@Check('newcomers_consent_register_check', '"consent_register"')
@Check('newcomers_waiting_since_check', '"consent_mentor_programme" = ("waiting_since" IS NOT NULL)')
@Check('newcomers_arrival_month_check', `"arrival_month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`)
@Check('newcomers_birth_year_check', '"birth_year" BETWEEN 1900 AND 2999')
@Check('newcomers_work_years_check', '"work_years" BETWEEN 0 AND 70')
@Check(
  'newcomers_introduction_mapping_check',
  'NOT "in_introduction_programme" OR ("education_level" IS NULL AND "work_years" IS NULL)',
)
@Check('newcomers_education_check', '("education_level" IS NULL) = ("education_recognition" IS NULL)')
@Check(
  'newcomers_guidance_done_check',
  `("guidance_done_on" IS NULL OR "guidance_status" = 'done') AND ("guidance_done_on" IS NULL OR "guidance_referred_on" IS NULL OR "guidance_done_on" >= "guidance_referred_on")`,
)
export class Newcomer {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'municipality_code', type: 'char', length: 4 })
  municipalityCode!: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_code' })
  municipality?: Relation<Municipality>;

  @Column({ type: 'text' })
  name!: string;

  /** Stored lower-cased. */
  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ name: 'preferred_language', type: 'char', length: 2 })
  preferredLanguage!: string;

  @Column({ type: 'jsonb' })
  languages!: LanguageSkill[];

  @Column({ type: 'enum', enum: MENTEE_CATEGORIES, enumName: 'mentee_category' })
  category!: MenteeCategory;

  /** The month of arrival in the municipality, "2026-09". */
  @Column({ name: 'arrival_month', type: 'varchar', length: 7 })
  arrivalMonth!: string;

  @Column({ type: 'enum', enum: GENDERS, enumName: 'gender', nullable: true })
  gender!: Gender | null;

  @Column({ name: 'birth_year', type: 'smallint', nullable: true })
  birthYear!: number | null;

  @Column({ name: 'profession_code', type: 'varchar', length: 4, nullable: true })
  professionCode!: string | null;

  @Column({ name: 'desired_profession_code', type: 'varchar', length: 4, nullable: true })
  desiredProfessionCode!: string | null;

  @Column({
    name: 'education_level',
    type: 'enum',
    enum: EDUCATION_LEVELS,
    enumName: 'education_level',
    nullable: true,
  })
  educationLevel!: EducationLevel | null;

  @Column({ name: 'education_field', type: 'text', nullable: true })
  educationField!: string | null;

  /** ISO 3166-1 alpha-2 code of the country the education was taken in. */
  @Column({ name: 'education_country', type: 'char', length: 2, nullable: true })
  educationCountry!: string | null;

  @Column({
    name: 'education_recognition',
    type: 'enum',
    enum: RECOGNITION_STATUSES,
    enumName: 'recognition_status',
    nullable: true,
  })
  educationRecognition!: RecognitionStatus | null;

  @Column({ name: 'work_years', type: 'smallint', nullable: true })
  workYears!: number | null;

  @Column({ name: 'in_introduction_programme', type: 'boolean', default: false })
  inIntroductionProgramme!: boolean;

  @Column({
    name: 'guidance_status',
    type: 'enum',
    enum: CAREER_GUIDANCE_STATUSES,
    enumName: 'career_guidance_status',
    default: 'not_referred',
  })
  guidanceStatus!: CareerGuidanceStatus;

  @Column({ name: 'guidance_referred_on', type: 'date', nullable: true })
  guidanceReferredOn!: string | null;

  @Column({ name: 'guidance_done_on', type: 'date', nullable: true })
  guidanceDoneOn!: string | null;

  @Column({ name: 'consent_register', type: 'boolean' })
  consentRegister!: boolean;

  @Column({ name: 'consent_invitations', type: 'boolean' })
  consentInvitations!: boolean;

  @Column({ name: 'consent_mentor_programme', type: 'boolean' })
  consentMentorProgramme!: boolean;

  @Column({ name: 'consent_given_on', type: 'date' })
  consentGivenOn!: string;

  /**
   * The day consent to the mentor programme was given: the place on the waiting list. Set when that
   * consent is first given, kept through every other change, cleared when it is withdrawn.
   */
  @Column({ name: 'waiting_since', type: 'date', nullable: true })
  waitingSince!: string | null;

  /** When the person was erased (name, email, phone and free text replaced for good); null while they are not. */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt!: Date | null;

  /** Why they were erased, as the admin or lead gave it (never names the person), or the retention rule. */
  @Column({ name: 'erasure_reason', type: 'text', nullable: true })
  erasureReason!: string | null;

  /** When the newcomer was registered, by the service's clock (reach counts by it). */
  @Column({ name: 'registered_at', type: 'timestamptz' })
  registeredAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
