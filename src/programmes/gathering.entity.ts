import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import { Participant } from '../participants/participant.entity.js';
import { Programme } from './programme.entity.js';

export const GATHERING_KINDS = ['kickoff', 'midway', 'closing', 'other'] as const;
export type GatheringKind = (typeof GATHERING_KINDS)[number];

@Entity({ name: 'gatherings' })
@Check('gatherings_time_check', '"ends_at" > "starts_at"')
/** Each programme has exactly one kickoff, one midway and one closing. */
@Index('gatherings_programme_kind_key', ['programmeId', 'kind'], { unique: true, where: `"kind" <> 'other'` })
export class Gathering {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('gatherings_programme_idx')
  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: Relation<Programme>;

  @Column({ type: 'enum', enum: GATHERING_KINDS, enumName: 'gathering_kind' })
  kind!: GatheringKind;

  @Column({ type: 'text' })
  title!: string;

  /**
   * The title is the default of its kind (kickoff, midway, closing), as planned with the programme
   * and never changed by a person: emails write it in each recipient's language instead.
   */
  @Column({ name: 'default_title', type: 'boolean', default: false })
  defaultTitle!: boolean;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'text', nullable: true })
  location!: string | null;

  /** Rises each time the gathering moves, so calendar invitations update in place. */
  @Column({ type: 'integer', default: 0 })
  sequence!: number;

  @ManyToMany(() => Participant)
  @JoinTable({
    name: 'gathering_attendance',
    joinColumn: { name: 'gathering_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'participant_id', referencedColumnName: 'id' },
  })
  attendees?: Relation<Participant[]>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
