import { detail } from '../common/error-codes.js';
import { ConflictError } from '../common/errors.js';
import type { CompletionRule } from '../programmes/programme-rules.js';
import type { CompletionShortfall, PairAchievement } from './completion.js';

/**
 * The mentee was erased (privacy): their name is gone, and a certificate names its holder; the
 * code of one issued before still confirms the programme and the period on the public page.
 */
export class MenteeErasedError extends ConflictError {
  constructor() {
    super(
      detail(null, 'participant_erased', {}, 'The mentee was erased: there is no one left to name on a certificate'),
    );
  }
}

/** A certificate is for the mentee of a completed pair. */
export class PairNotCompletedError extends ConflictError {
  constructor(status: string) {
    super(
      detail(null, 'pair_not_completed', { status }, `A certificate is for a completed pair; this pair is ${status}`),
    );
  }
}

/** The pair completed, but short of the programme's completion rule. */
export class CompletionNotMetError extends ConflictError {
  constructor(missing: CompletionShortfall[], rule: CompletionRule, achieved: PairAchievement) {
    const hours = Math.floor(achieved.minutes / 6) / 10;
    super(
      detail(
        null,
        'completion_not_met',
        {
          meetings: achieved.meetings,
          minMeetings: rule.minMeetings,
          hours,
          minHours: rule.minHours,
          gatherings: achieved.gatherings,
          minGatherings: rule.minGatherings,
        },
        `The pair falls short of the completion rule in ${missing.join(', ')}: ${achieved.meetings} of ${rule.minMeetings} meetings, ` +
          `${hours} of ${rule.minHours} hours, ${achieved.gatherings} of ${rule.minGatherings} gatherings`,
      ),
    );
  }
}
