import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { seesAllMunicipalities, type Actor } from '../common/access/actor.js';
import { Clock } from '../common/clock.js';
import { Transactions } from '../database/transactions.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import type { SurveyResultResponse } from './dto/survey.dto.js';
import type { SurveyAnswers } from './survey-form.js';
import { CHOICE_QUESTION_KEYS, CHOICE_QUESTIONS, SURVEY_KINDS } from './survey-questions.js';
import { SurveysRepository, type SurveyContext } from './surveys.repository.js';

/** A mean to two decimals. */
export function mean(sum: number, n: number): number {
  return Math.round((sum / n) * 100) / 100;
}

@Injectable()
export class SurveysService {
  constructor(
    private readonly repository: SurveysRepository,
    private readonly programmes: ProgrammesService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
  ) {}

  context(outboxId: string): Promise<SurveyContext | null> {
    return this.repository.context(outboxId);
  }

  /**
   * Stores a person's answers (a second replaces the first) and the audit row saying their record
   * changed: no account acts (the signed link stands for the person), the subject is the person.
   */
  answer(context: SurveyContext, answers: SurveyAnswers): Promise<boolean> {
    return this.transactions.run(async (tx) => {
      const replaced = await tx.get(SurveysRepository).store(context, answers, this.clock.now());
      await this.audit.participants(
        null,
        'survey.answer',
        [{ id: context.participantId, programmeId: context.programmeId, municipalityCode: context.municipalityCode }],
        tx,
      );
      return replaced;
    });
  }

  /** Every survey kind's figures; a coordinator's share counts the people living in their municipalities. */
  async results(actor: Actor, programmeId: string): Promise<SurveyResultResponse[]> {
    const programme = await this.programmes.findVisibleById(actor, programmeId);
    const share = seesAllMunicipalities(actor) ? null : actor.municipalityCodes;
    return this.resultsOf(programme.id, share);
  }

  async resultsOf(programmeId: string, share: string[] | null): Promise<SurveyResultResponse[]> {
    const [totals, counts] = await Promise.all([
      this.repository.totals(programmeId, share),
      this.repository.counts(programmeId, share),
    ]);
    return SURVEY_KINDS.map((kind) => {
      const t = totals.find((x) => x.kind === kind)!;
      const scale = (key: string, answered: number, sum: number) =>
        answered > 0 ? { key, answered, mean: mean(sum, answered) } : { key, answered };
      return {
        kind,
        sent: t.sent,
        answered: t.answered,
        questions: [
          scale('progress', t.progressAnswered, t.progressSum),
          scale('usefulness', t.usefulnessAnswered, t.usefulnessSum),
          ...CHOICE_QUESTION_KEYS.map((key) => {
            const byValue: Record<string, number> = Object.fromEntries(CHOICE_QUESTIONS[key].map((v) => [v, 0]));
            for (const c of counts.filter((x) => x.kind === kind && x.key === key)) byValue[c.value] = c.n;
            return { key, answered: Object.values(byValue).reduce((a, b) => a + b, 0), counts: byValue };
          }),
        ],
      };
    });
  }
}
