import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SCALE_QUESTIONS, CHOICE_QUESTION_KEYS, SURVEY_KINDS, type SurveyKind } from '../survey-questions.js';

export const QUESTION_KEYS = [...SCALE_QUESTIONS, ...CHOICE_QUESTION_KEYS] as const;

export class SurveyQuestionResponse {
  @ApiProperty({
    description:
      'progress (toward their own goals, 1–5), usefulness (of the meetings, 1–5); mentees only: employmentStatus ' +
      '(now), norwegianLevel (now: none or A1–C2), helped (into work or education: yes, partly, no)',
    enum: QUESTION_KEYS,
  })
  key!: string;

  @ApiProperty({ description: 'Answers to this question' })
  answered!: number;

  @ApiPropertyOptional({ description: 'The 1–5 questions: the mean of the answers, to two decimals (none unanswered)' })
  mean?: number;

  @ApiPropertyOptional({
    description: 'The other questions: answers by value, every value listed (0 when none)',
    type: 'object',
    additionalProperties: { type: 'integer' },
  })
  counts?: Record<string, number>;
}

export class SurveyResultResponse {
  @ApiProperty({
    enum: SURVEY_KINDS,
    description: 'The survey: at the midway gathering, at the closing, or a follow-up',
  })
  kind!: SurveyKind;

  @ApiProperty({ description: 'Survey emails sent' })
  sent!: number;

  @ApiProperty({ description: 'People who answered (a second answer replaces the first)' })
  answered!: number;

  @ApiProperty({ type: [SurveyQuestionResponse], description: 'Each question with its answers counted' })
  questions!: SurveyQuestionResponse[];
}
