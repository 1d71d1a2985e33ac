import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Participant } from '../participants/participant.entity.js';
import { Programme } from '../programmes/programme.entity.js';
import { Newcomer } from './newcomer.entity.js';

/** A newcomer enrolled as a mentee: the participant made from them, at most once per programme. */
@Entity({ name: 'newcomer_enrolments' })
@Index('newcomer_enrolments_newcomer_programme_key', ['newcomerId', 'programmeId'], { unique: true })
export class NewcomerEnrolment {
  @PrimaryColumn({ name: 'participant_id', type: 'uuid' })
  participantId!: string;

  @ManyToOne(() => Participant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: Relation<Participant>;

  @Column({ name: 'newcomer_id', type: 'uuid' })
  newcomerId!: string;

  @ManyToOne(() => Newcomer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'newcomer_id' })
  newcomer?: Relation<Newcomer>;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: Relation<Programme>;

  @CreateDateColumn({ name: 'enrolled_at', type: 'timestamptz' })
  enrolledAt!: Date;
}
