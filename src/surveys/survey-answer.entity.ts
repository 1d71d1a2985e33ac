import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { OutboxEmail } from '../mail/outbox.entity.js';
import { EMPLOYMENT_STATUSES, type EmploymentStatus } from '../participants/participant-fields.js';
import { Participant } from '../participants/participant.entity.js';
import { Programme } from '../programmes/programme.entity.js';
import type { HelpedAnswer, NorwegianLevel, SurveyKind } from './survey-questions.js';

/**
 * One person's answers to one survey: keyed by the email that invited them (one per survey per
 * person), so a second answer replaces the first. The programme, the person and the kind are
 * copied from the email for the aggregates.
 */
@Entity({ name: 'survey_answers' })
@Index('survey_answers_programme_kind_idx', ['programmeId', 'kind'])
@Check('survey_answers_kind_check', `"kind" IN ('midway_survey', 'closing_survey', 'followup_survey')`)
@Check('survey_answers_progress_check', `"progress" BETWEEN 1 AND 5`)
@Check('survey_answers_usefulness_check', `"usefulness" BETWEEN 1 AND 5`)
@Check('survey_answers_norwegian_level_check', `"norwegian_level" IN ('none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2')`)
@Check('survey_answers_helped_check', `"helped" IN ('yes', 'partly', 'no')`)
@Check('survey_answers_comment_check', `char_length("comment") <= 1000`)
export class SurveyAnswer {
  @PrimaryColumn({ name: 'outbox_id', type: 'uuid' })
  outboxId!: string;

  @ManyToOne(() => OutboxEmail, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'outbox_id' })
  outbox?: Relation<OutboxEmail>;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: Relation<Programme>;

  @Index('survey_answers_participant_idx')
  @Column({ name: 'participant_id', type: 'uuid' })
  participantId!: string;

  @ManyToOne(() => Participant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: Relation<Participant>;

  @Column({ type: 'text' })
  kind!: SurveyKind;

  /** Follow-ups: months after the pair ended (3, 6 or 12); null for the gathering surveys. */
  @Column({ type: 'smallint', nullable: true })
  months!: number | null;

  @Column({ type: 'smallint' })
  progress!: number;

  @Column({ type: 'smallint' })
  usefulness!: number;

  /** Mentees only, as the next three. */
  @Column({
    name: 'employment_status',
    type: 'enum',
    enum: EMPLOYMENT_STATUSES,
    enumName: 'employment_status',
    nullable: true,
  })
  employmentStatus!: EmploymentStatus | null;

  @Column({ name: 'norwegian_level', type: 'text', nullable: true })
  norwegianLevel!: NorwegianLevel | null;

  @Column({ type: 'text', nullable: true })
  helped!: HelpedAnswer | null;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ name: 'answered_at', type: 'timestamptz' })
  answeredAt!: Date;
}
