import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import { Municipality } from '../municipalities/municipality.entity.js';
import { Newcomer } from '../newcomers/newcomer.entity.js';
import { Participant } from '../participants/participant.entity.js';

export const EVENT_THEMES = ['school_education', 'health_family', 'voluntary_work', 'other'] as const;
export type EventTheme = (typeof EVENT_THEMES)[number];

/** A partner of an evening: the career centre, the public health nurse, a local club. */
export interface EventPartner {
  organisation: string;
  contact: string | null;
}

/** Theme evenings are held in Norwegian municipalities: their times are read in Oslo's zone. */
export const EVENT_TIMEZONE = 'Europe/Oslo';

/**
 * A «Ny i Norge» theme evening of a municipality. Its sequence rises when the time or the place
 * changes, so an invitation is sent once per version and calendars replace the event in place.
 */
@Entity({ name: 'theme_evenings' })
@Check('theme_evenings_time_check', '"ends_at" > "starts_at"')
@Index('theme_evenings_municipality_starts_idx', ['municipalityCode', 'startsAt'])
export class ThemeEvening {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'municipality_code', type: 'char', length: 4 })
  municipalityCode!: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_code' })
  municipality?: Relation<Municipality>;

  @Column({ type: 'enum', enum: EVENT_THEMES, enumName: 'event_theme' })
  theme!: EventTheme;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'text' })
  location!: string;

  @Column({ type: 'jsonb' })
  partners!: EventPartner[];

  @Column({ type: 'integer', default: 0 })
  sequence!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** A newcomer who attended an evening. */
@Entity({ name: 'theme_evening_newcomers' })
@Index('theme_evening_newcomers_newcomer_idx', ['newcomerId'])
export class ThemeEveningNewcomer {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @PrimaryColumn({ name: 'newcomer_id', type: 'uuid' })
  newcomerId!: string;

  @ManyToOne(() => ThemeEvening, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Relation<ThemeEvening>;

  @ManyToOne(() => Newcomer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'newcomer_id' })
  newcomer?: Relation<Newcomer>;
}

/** A programme participant who attended an evening. */
@Entity({ name: 'theme_evening_participants' })
@Index('theme_evening_participants_participant_idx', ['participantId'])
export class ThemeEveningParticipant {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @PrimaryColumn({ name: 'participant_id', type: 'uuid' })
  participantId!: string;

  @ManyToOne(() => ThemeEvening, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Relation<ThemeEvening>;

  @ManyToOne(() => Participant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: Relation<Participant>;
}
