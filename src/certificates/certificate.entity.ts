import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn, Unique, type Relation } from 'typeorm';
import { Match } from '../matching/match.entity.js';

/** The alphabet of a verification code: Crockford's base 32, no I, L, O or U to misread. */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A mentee's certificate of a completed pair: its verification code, issued once per pair. */
@Entity('certificates')
@Unique('certificates_match_unique', ['matchId'])
@Check('certificates_code_check', `"code" ~ '^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$'`)
export class Certificate {
  /** XXXX-XXXX-XXXX, printed on the certificate and read out on its public page. */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_certificates_code' })
  code!: string;

  @Column({ name: 'match_id', type: 'uuid' })
  matchId!: string;

  @OneToOne(() => Match, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'match_id', foreignKeyConstraintName: 'certificates_match_fk' })
  match?: Relation<Match>;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt!: Date;
}
