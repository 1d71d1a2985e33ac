import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { UserLanguage } from '../users/user.entity.js';
import type { ReportRows } from './funder-report.js';

/** The report's figures the stats do not carry: gender and year of birth, and the survey outcomes. */
@Injectable()
export class ReportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async read(programmeId: string): Promise<ReportRows> {
    const [people, followupEmployment, helped] = await Promise.all([
      this.dataSource.query<ReportRows['people']>(
        `SELECT role::text AS role, gender::text AS gender, birth_year AS "birthYear", count(*)::int AS n
         FROM participants WHERE programme_id = $1 GROUP BY 1, 2, 3`,
        [programmeId],
      ),
      this.dataSource.query<ReportRows['followupEmployment']>(
        `SELECT months, employment_status::text AS value, count(*)::int AS n
         FROM survey_answers
         WHERE programme_id = $1 AND kind = 'followup_survey' AND employment_status IS NOT NULL
         GROUP BY 1, 2`,
        [programmeId],
      ),
      // Each mentee's latest answer.
      this.dataSource.query<ReportRows['helped']>(
        `SELECT value, count(*)::int AS n FROM (
           SELECT DISTINCT ON (participant_id) helped AS value
           FROM survey_answers WHERE programme_id = $1 AND helped IS NOT NULL
           ORDER BY participant_id, answered_at DESC
         ) latest GROUP BY 1`,
        [programmeId],
      ),
    ]);
    return { people, followupEmployment, helped };
  }

  /** The caller's console language (users.preferred_language), the report PDF's default; null for no such user. */
  async preferredLanguage(userId: string): Promise<UserLanguage | null> {
    const [row] = await this.dataSource.query<{ language: UserLanguage }[]>(
      'SELECT preferred_language::text AS language FROM users WHERE id = $1',
      [userId],
    );
    return row?.language ?? null;
  }
}
