import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Municipality } from '../municipalities/municipality.entity.js';
import { User } from '../users/user.entity.js';

export const MAX_TITLE_LENGTH = 200;
/** Markdown characters of a page: a long leaflet, well inside the 1 MB body limit. */
export const MAX_BODY_LENGTH = 50_000;

/** A municipality's information page in one language, as Markdown; rendered to HTML when read. */
@Entity({ name: 'info_pages' })
@Check('info_pages_language_check', `"language" ~ '^[a-z]{2}$'`)
@Check('info_pages_title_check', `char_length("title") BETWEEN 1 AND ${MAX_TITLE_LENGTH}`)
@Check('info_pages_body_check', `char_length("body") BETWEEN 1 AND ${MAX_BODY_LENGTH}`)
export class InfoPage {
  @PrimaryColumn({ name: 'municipality_code', type: 'char', length: 4 })
  municipalityCode!: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_code' })
  municipality?: Relation<Municipality>;

  /** ISO 639-1 code. */
  @PrimaryColumn({ type: 'text' })
  language!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** The user who saved it last; null when that user is gone. */
  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by' })
  editor?: Relation<User>;
}
