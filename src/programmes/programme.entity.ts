import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinTable,
  ManyToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import { Municipality } from '../municipalities/municipality.entity.js';
import type { ProgrammeRules } from './programme-rules.js';

@Entity({ name: 'programmes' })
@Check('programmes_dates_check', '"end_date" > "start_date"')
export class Programme {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate!: string;

  /** IANA zone; "a month" and every reminder time are read in it. */
  @Column({ type: 'text', default: 'Europe/Oslo' })
  timezone!: string;

  @Column({ type: 'jsonb' })
  rules!: ProgrammeRules;

  @ManyToMany(() => Municipality)
  @JoinTable({
    name: 'programme_municipalities',
    joinColumn: { name: 'programme_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'municipality_code', referencedColumnName: 'code' },
  })
  municipalities!: Relation<Municipality[]>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
