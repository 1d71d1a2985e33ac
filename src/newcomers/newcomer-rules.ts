import { detail, type ErrorDetail } from '../common/error-codes.js';
import type { CreateNewcomerDto } from './dto/newcomer.dto.js';

/**
 * The rules of a newcomer beyond each field's shape, on the whole (merged) record: no competence
 * mapping kept for the introduction programme, career guidance dates that tell one story, nothing
 * dated in the future. `today` is the day in Oslo.
 */
export function newcomerRuleErrors(dto: CreateNewcomerDto, today: string): ErrorDetail[] {
  const errors: ErrorDetail[] = [];
  if (dto.inIntroductionProgramme) {
    for (const field of ['education', 'workYears'] as const) {
      if (dto[field] !== undefined && dto[field] !== null) {
        errors.push(
          detail(
            field,
            'not_in_introduction_programme',
            {},
            `${field} is not kept for a newcomer in the introduction programme: their mapping is in the state's register`,
          ),
        );
      }
    }
  }
  const year = Number(today.slice(0, 4));
  if (dto.birthYear !== undefined && dto.birthYear !== null && dto.birthYear > year) {
    errors.push(
      detail('birthYear', 'must_not_be_after', { other: String(year) }, `birthYear must not be after ${year}`),
    );
  }
  if (dto.arrivalMonth > today.slice(0, 7)) {
    errors.push(
      detail(
        'arrivalMonth',
        'must_not_be_after',
        { other: today.slice(0, 7) },
        `arrivalMonth must not be after ${today.slice(0, 7)}`,
      ),
    );
  }
  const guidance = dto.careerGuidance;
  if (guidance) {
    if (guidance.referredOn && guidance.status === 'not_referred') {
      errors.push(
        detail(
          'careerGuidance.referredOn',
          'only_with_status',
          { status: 'referred, done or declined' },
          'careerGuidance.referredOn is only for a referral: status referred, done or declined',
        ),
      );
    }
    if (guidance.doneOn && guidance.status !== 'done') {
      errors.push(
        detail(
          'careerGuidance.doneOn',
          'only_with_status',
          { status: 'done' },
          'careerGuidance.doneOn is only for the status done',
        ),
      );
    }
    if (guidance.doneOn && guidance.referredOn && guidance.doneOn < guidance.referredOn) {
      errors.push(
        detail(
          'careerGuidance.doneOn',
          'must_not_be_before',
          { other: 'careerGuidance.referredOn' },
          'careerGuidance.doneOn must not be before careerGuidance.referredOn',
        ),
      );
    }
    for (const field of ['referredOn', 'doneOn'] as const) {
      const day = guidance[field];
      if (day && day > today) {
        errors.push(
          detail(
            `careerGuidance.${field}`,
            'must_not_be_in_future',
            { today },
            `careerGuidance.${field} must not be in the future`,
          ),
        );
      }
    }
  }
  if (dto.consent.givenOn > today) {
    errors.push(
      detail('consent.givenOn', 'must_not_be_in_future', { today }, 'consent.givenOn must not be in the future'),
    );
  }
  return errors;
}
