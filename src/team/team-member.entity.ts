import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Municipality } from '../municipalities/municipality.entity.js';

export const TEAM_SECTORS = ['municipal', 'voluntary', 'business', 'other'] as const;
export type TeamSector = (typeof TEAM_SECTORS)[number];

/**
 * A member of a municipality's newcomer team (tilflytterteam): someone from the municipality, a
 * voluntary organisation or a business who gets the team's emails. Not a user: no login.
 */
@Entity({ name: 'team_members' })
/** One membership per address in a municipality's team. */
@Index('team_members_municipality_email', ['municipalityCode', 'email'], { unique: true })
export class TeamMember {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'municipality_code', type: 'char', length: 4 })
  municipalityCode!: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_code' })
  municipality?: Relation<Municipality>;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  organisation!: string;

  @Column({ type: 'enum', enum: TEAM_SECTORS, enumName: 'team_sector' })
  sector!: TeamSector;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
