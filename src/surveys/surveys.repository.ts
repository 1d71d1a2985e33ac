import { DomainRepository } from '../database/transactions.js';
import type { ParticipantRole } from '../participants/participant-fields.js';
import type { SurveyAnswers } from './survey-form.js';
import { CHOICE_QUESTION_KEYS, SURVEY_KINDS, type ChoiceQuestion, type SurveyKind } from './survey-questions.js';

/** What a survey page needs: the email that invited the person, the person's role and the programme. */
export interface SurveyContext {
  outboxId: string;
  kind: SurveyKind;
  /** The email's language (nb, nn or en): the page's too. */
  language: string;
  months: number | null;
  participantId: string;
  /** Where the person lives: their audit rows' municipality. */
  municipalityCode: string;
  role: ParticipantRole;
  programmeId: string;
  programmeName: string;
  /** The answers given before, if any. */
  previous: SurveyAnswers | null;
}

export interface SurveyTotals {
  kind: SurveyKind;
  sent: number;
  answered: number;
  progressAnswered: number;
  progressSum: number;
  usefulnessAnswered: number;
  usefulnessSum: number;
}

export interface SurveyCount {
  kind: SurveyKind;
  key: ChoiceQuestion;
  value: string;
  n: number;
}

/** $1 the programme, $2 the municipality share (null for everyone): a person counts where they live. */
const IN_SHARE = `($2::text[] IS NULL OR p.municipality_code = ANY($2::text[]))`;

export class SurveysRepository extends DomainRepository {
  async context(outboxId: string): Promise<SurveyContext | null> {
    const [row] = await this.manager.query<(Omit<SurveyContext, 'previous'> & Partial<SurveyAnswers>)[]>(
      `SELECT o.id AS "outboxId", o.kind::text AS kind, o.language,
              CASE WHEN o.kind = 'followup_survey' THEN o.period_key::int END AS months,
              p.id AS "participantId", p.municipality_code AS "municipalityCode", p.role::text AS role, pr.id AS "programmeId", pr.name AS "programmeName",
              a.progress, a.usefulness, a.employment_status::text AS "employmentStatus",
              a.norwegian_level AS "norwegianLevel", a.helped, a.comment
       FROM outbox o
       JOIN participants p ON p.id = o.recipient_id
       LEFT JOIN matches m ON m.id = o.match_id
       LEFT JOIN gatherings g ON g.id = o.gathering_id
       JOIN programmes pr ON pr.id = COALESCE(m.programme_id, g.programme_id)
       LEFT JOIN survey_answers a ON a.outbox_id = o.id
       WHERE o.id = $1 AND o.kind::text = ANY($2::text[])`,
      [outboxId, SURVEY_KINDS],
    );
    if (!row) return null;
    const { progress, usefulness, employmentStatus, norwegianLevel, helped, comment, ...context } = row;
    const previous =
      progress === null || progress === undefined
        ? null
        : {
            progress,
            usefulness: usefulness!,
            employmentStatus: employmentStatus ?? null,
            norwegianLevel: norwegianLevel ?? null,
            helped: helped ?? null,
            comment: comment ?? null,
          };
    return { ...context, previous };
  }

  /** Stores the answers of one survey; a second answer replaces the first. True when it replaced one. */
  async store(context: SurveyContext, answers: SurveyAnswers, at: Date): Promise<boolean> {
    const [row] = await this.manager.query<{ replaced: boolean }[]>(
      `INSERT INTO survey_answers (outbox_id, programme_id, participant_id, kind, months, progress, usefulness,
                                   employment_status, norwegian_level, helped, comment, answered_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (outbox_id) DO UPDATE SET progress = EXCLUDED.progress, usefulness = EXCLUDED.usefulness,
         employment_status = EXCLUDED.employment_status, norwegian_level = EXCLUDED.norwegian_level,
         helped = EXCLUDED.helped, comment = EXCLUDED.comment, answered_at = EXCLUDED.answered_at
       RETURNING (xmax <> 0) AS replaced`,
      [
        context.outboxId,
        context.programmeId,
        context.participantId,
        context.kind,
        context.months,
        answers.progress,
        answers.usefulness,
        answers.employmentStatus,
        answers.norwegianLevel,
        answers.helped,
        answers.comment,
        at,
      ],
    );
    return row.replaced;
  }

  /** Per survey kind: emails sent, answers, and the sums of the 1–5 questions. */
  totals(programmeId: string, share: string[] | null): Promise<SurveyTotals[]> {
    return this.manager.query<SurveyTotals[]>(
      `WITH sent AS (
         SELECT o.kind::text AS kind, count(*)::int AS n
         FROM outbox o
         JOIN participants p ON p.id = o.recipient_id
         WHERE p.programme_id = $1 AND o.kind::text = ANY($3::text[]) AND o.status = 'sent' AND ${IN_SHARE}
         GROUP BY 1
       ),
       answered AS (
         SELECT a.kind, count(*)::int AS answered,
                count(a.progress)::int AS "progressAnswered", COALESCE(sum(a.progress), 0)::int AS "progressSum",
                count(a.usefulness)::int AS "usefulnessAnswered",
                COALESCE(sum(a.usefulness), 0)::int AS "usefulnessSum"
         FROM survey_answers a JOIN participants p ON p.id = a.participant_id
         WHERE a.programme_id = $1 AND ${IN_SHARE}
         GROUP BY 1
       )
       SELECT k.kind, COALESCE(s.n, 0) AS sent, COALESCE(a.answered, 0) AS answered,
              COALESCE(a."progressAnswered", 0) AS "progressAnswered", COALESCE(a."progressSum", 0) AS "progressSum",
              COALESCE(a."usefulnessAnswered", 0) AS "usefulnessAnswered",
              COALESCE(a."usefulnessSum", 0) AS "usefulnessSum"
       FROM unnest($3::text[]) k(kind)
       LEFT JOIN sent s ON s.kind = k.kind
       LEFT JOIN answered a ON a.kind = k.kind`,
      [programmeId, share, SURVEY_KINDS],
    );
  }

  /** Per survey kind, the answers to the mentees' questions counted by value. */
  counts(programmeId: string, share: string[] | null): Promise<SurveyCount[]> {
    return this.manager.query<SurveyCount[]>(
      `SELECT a.kind, q.key, q.value, count(*)::int AS n
       FROM survey_answers a JOIN participants p ON p.id = a.participant_id
       CROSS JOIN LATERAL (VALUES ('employmentStatus', a.employment_status::text), ('norwegianLevel', a.norwegian_level),
                                  ('helped', a.helped)) q(key, value)
       WHERE a.programme_id = $1 AND ${IN_SHARE} AND q.value IS NOT NULL AND q.key = ANY($3::text[])
       GROUP BY 1, 2, 3`,
      [programmeId, share, CHOICE_QUESTION_KEYS],
    );
  }

  /** Follow-up answers on employment, by months after the pair ended (for the funder report). */
  followupEmployment(programmeId: string): Promise<{ months: number; value: string; n: number }[]> {
    return this.manager.query(
      `SELECT a.months, a.employment_status::text AS value, count(*)::int AS n
       FROM survey_answers a
       WHERE a.programme_id = $1 AND a.kind = 'followup_survey' AND a.employment_status IS NOT NULL
       GROUP BY 1, 2`,
      [programmeId],
    );
  }
}
