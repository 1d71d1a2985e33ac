import type { Schemas } from '../api/client.js';

export type ProgrammeRules = Schemas['ProgrammeRulesResponse'];

/** The rules a programme gets for what it leaves out (API.md "Programmes and gatherings"). */
export const DEFAULT_RULES: ProgrammeRules = {
  minMeetingsPerMonth: 2,
  minMeetingMinutes: 120,
  maxDistanceKm: 100,
  weights: { profession: 0.5, language: 0.3, location: 0.2 },
  midMonthReminderDay: 15,
  completion: { minMeetings: 12, minHours: 24, minGatherings: 2 },
  requireScreening: false,
  exemptMonths: [7],
  retentionMonths: 12,
};

/** The bounds the API holds the rules to, so the form can say them before it sends. */
export const RULE_BOUNDS = {
  minMeetingsPerMonth: { min: 1, max: 31, integer: true },
  minMeetingMinutes: { min: 15, max: 600, integer: true },
  maxDistanceKm: { min: 1, max: 3000, integer: false },
  weight: { min: 0, max: 100, integer: false },
  midMonthReminderDay: { min: 1, max: 28, integer: true },
  completionMeetings: { min: 0, max: 200, integer: true },
  completionHours: { min: 0, max: 400, integer: false },
  completionGatherings: { min: 0, max: 20, integer: true },
  retentionMonths: { min: 1, max: 120, integer: true },
} as const;

/** Vesterålen's six municipalities, offered first: the programme this console was built for. */
export const VESTERALEN = ['1851', '1866', '1867', '1868', '1870', '1871'];

export const DEFAULT_TIME_ZONE = 'Europe/Oslo';

/** How much of a pair's score each component makes: its weight over the sum of the weights. */
export function weightShares(weights: ProgrammeRules['weights']): ProgrammeRules['weights'] {
  const sum = weights.profession + weights.language + weights.location;
  if (sum <= 0) return { profession: 0, language: 0, location: 0 };
  return { profession: weights.profession / sum, language: weights.language / sum, location: weights.location / sum };
}
