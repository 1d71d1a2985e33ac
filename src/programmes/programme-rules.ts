/** The programme's rules, always stored complete (defaults filled in). */
export interface ProgrammeRules {
  minMeetingsPerMonth: number;
  minMeetingMinutes: number;
  maxDistanceKm: number;
  weights: { profession: number; language: number; location: number };
  midMonthReminderDay: number;
}

export const DEFAULT_RULES: ProgrammeRules = {
  minMeetingsPerMonth: 2,
  minMeetingMinutes: 120,
  maxDistanceKm: 100,
  weights: { profession: 0.5, language: 0.3, location: 0.2 },
  midMonthReminderDay: 15,
};

export type RulesPatch = Partial<Omit<ProgrammeRules, 'weights'>> & { weights?: Partial<ProgrammeRules['weights']> };

/** Fills what `patch` leaves out from `base`, one level deep for the weights. */
export function mergeRules(base: ProgrammeRules, patch: RulesPatch | undefined): ProgrammeRules {
  if (!patch) return { ...base, weights: { ...base.weights } };
  return {
    minMeetingsPerMonth: patch.minMeetingsPerMonth ?? base.minMeetingsPerMonth,
    minMeetingMinutes: patch.minMeetingMinutes ?? base.minMeetingMinutes,
    maxDistanceKm: patch.maxDistanceKm ?? base.maxDistanceKm,
    midMonthReminderDay: patch.midMonthReminderDay ?? base.midMonthReminderDay,
    weights: {
      profession: patch.weights?.profession ?? base.weights.profession,
      language: patch.weights?.language ?? base.weights.language,
      location: patch.weights?.location ?? base.weights.location,
    },
  };
}
