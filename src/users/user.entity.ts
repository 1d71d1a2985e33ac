import { Column, CreateDateColumn, Entity, JoinTable, ManyToMany, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Municipality } from '../municipalities/municipality.entity.js';

export const ROLES = ['admin', 'lead', 'coordinator'] as const;
export type Role = (typeof ROLES)[number];

/** The console's languages, and so the languages of the emails a user gets: bokmål, nynorsk, English. */
export const USER_LANGUAGES = ['nb', 'nn', 'en'] as const;
export type UserLanguage = (typeof USER_LANGUAGES)[number];

@Entity({ name: 'users' })
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-cased; unique (users_email_key). */
  @Column({ type: 'text', unique: true })
  email!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ type: 'enum', enum: ROLES, enumName: 'user_role' })
  role!: Role;

  /** Only coordinators hold municipalities; their data is all they may see. */
  @ManyToMany(() => Municipality)
  @JoinTable({
    name: 'user_municipalities',
    joinColumn: { name: 'user_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'municipality_code', referencedColumnName: 'code' },
  })
  municipalities!: Relation<Municipality[]>;

  @Column({
    name: 'preferred_language',
    type: 'enum',
    enum: USER_LANGUAGES,
    enumName: 'user_language',
    default: 'nb',
  })
  preferredLanguage!: UserLanguage;

  /** A disabled user cannot log in or refresh a session, and gets no emails. */
  @Column({ type: 'boolean', default: false })
  disabled!: boolean;

  /**
   * Raised by every change of what the user may do (role, municipalities, disabling). Access
   * tokens carry the version they were issued under and sessions the one they were opened under;
   * either is dead once it differs from this.
   */
  @Column({ name: 'token_version', type: 'integer', default: 0 })
  tokenVersion!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
