import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { ProgrammeRules } from '../programmes/programme-rules.js';
import { CODE_ALPHABET } from './certificate.entity.js';

/** What a certificate of a pair needs to know, read in one statement. */
export interface PairRecord {
  status: string;
  /** The mentee was erased (privacy.service): their name is a placeholder. */
  menteeErased: boolean;
  menteeName: string;
  menteeLanguage: string;
  programmeName: string;
  timezone: string;
  rules: ProgrammeRules;
  municipalityNames: string[];
  /** The pair's active span: the later of its start and the programme's, to the earlier of its end and the programme's. */
  periodStart: string;
  periodEnd: string;
  meetings: number;
  minutes: number;
  /** The programme's gatherings the mentee attended. */
  gatherings: number;
}

/** What the public verification page confirms, and nothing more. */
export interface VerifiedCertificate {
  menteeName: string;
  /** The mentee was erased: the page confirms the code, the programme and the period, and names no one. */
  erased: boolean;
  programmeName: string;
  periodStart: string;
  periodEnd: string;
}

const PAIR_SQL = `SELECT m.status::text AS status, mentee.erased_at IS NOT NULL AS "menteeErased", mentee.name AS "menteeName", mentee.preferred_language AS "menteeLanguage",
       p.name AS "programmeName", p.timezone, p.rules,
       ARRAY(SELECT mu.name FROM programme_municipalities pm JOIN municipalities mu ON mu.code = pm.municipality_code
              WHERE pm.programme_id = p.id ORDER BY mu.name) AS "municipalityNames",
       GREATEST(m.starts_on, p.start_date)::text AS "periodStart",
       LEAST(COALESCE(m.ended_on, p.end_date), p.end_date)::text AS "periodEnd",
       (SELECT count(*) FROM meetings mt WHERE mt.match_id = m.id)::int AS meetings,
       (SELECT COALESCE(sum(mt.duration_minutes), 0) FROM meetings mt WHERE mt.match_id = m.id)::int AS minutes,
       (SELECT count(*) FROM gathering_attendance ga JOIN gatherings g ON g.id = ga.gathering_id
         WHERE ga.participant_id = m.mentee_id AND g.programme_id = m.programme_id)::int AS gatherings
FROM matches m
JOIN participants mentee ON mentee.id = m.mentee_id
JOIN programmes p ON p.id = m.programme_id
WHERE m.id = $1`;

/** XXXX-XXXX-XXXX of 60 random bits: not to be guessed, and read out without confusing 0 and O. */
function newCode(): string {
  const bytes = randomBytes(12);
  const chars = [...bytes].map((b) => CODE_ALPHABET[b % 32]);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8, 12)].map((part) => part.join('')).join('-');
}

@Injectable()
export class CertificatesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The pair as its certificate needs it; null when there is no such pair. */
  async findPair(matchId: string): Promise<PairRecord | null> {
    const [row] = await this.dataSource.query<PairRecord[]>(PAIR_SQL, [matchId]);
    return row ?? null;
  }

  /** The pair's verification code and when it was issued: now, if it had none; one per pair, whoever asks at once. */
  async codeFor(matchId: string, now: Date): Promise<{ code: string; issuedAt: Date }> {
    for (let attempt = 0; attempt < 5; attempt++) {
      // A code already taken (60 random bits: never in practice) or a pair that already has one: nothing inserted.
      await this.dataSource.query(
        'INSERT INTO certificates (code, match_id, issued_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
        [newCode(), matchId, now],
      );
      const [row] = await this.dataSource.query<{ code: string; issuedAt: Date }[]>(
        'SELECT code, issued_at AS "issuedAt" FROM certificates WHERE match_id = $1',
        [matchId],
      );
      if (row) return row;
    }
    throw new Error('Could not issue a verification code');
  }

  /** The certificate of `code`, as its public page shows it; null when no certificate has that code. */
  async verify(code: string): Promise<VerifiedCertificate | null> {
    const [row] = await this.dataSource.query<VerifiedCertificate[]>(
      `SELECT mentee.name AS "menteeName", mentee.erased_at IS NOT NULL AS erased, p.name AS "programmeName",
              GREATEST(m.starts_on, p.start_date)::text AS "periodStart",
              LEAST(COALESCE(m.ended_on, p.end_date), p.end_date)::text AS "periodEnd"
       FROM certificates c
       JOIN matches m ON m.id = c.match_id
       JOIN participants mentee ON mentee.id = m.mentee_id
       JOIN programmes p ON p.id = m.programme_id
       WHERE c.code = $1`,
      [code],
    );
    return row ?? null;
  }
}
