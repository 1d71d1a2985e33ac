/** The programme's rules, always stored complete (defaults filled in). */
export interface ProgrammeRules {
  minMeetingsPerMonth: number;
  minMeetingMinutes: number;
  maxDistanceKm: number;
  weights: { profession: number; language: number; location: number };
  midMonthReminderDay: number;
  /** What a completed pair must have reached for the mentee's certificate. */
  completion: CompletionRule;
  /** Mentors need a police certificate and a confidentiality declaration, both under three years old, to be approved. */
  requireScreening: boolean;
  /** Calendar months (1–12) that require no meeting, ascending: the summer holiday by default. */
  exemptMonths: number[];
  /**
   * Months after the programme's end that its participants are kept; then the daily retention job
   * erases them (their leads are told 30 days before, with the archive to download).
   */
  retentionMonths: number;
}

/** Meetings logged, hours met and gatherings the mentee attended, each at least this many. */
export interface CompletionRule {
  minMeetings: number;
  minHours: number;
  minGatherings: number;
}

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

export type RulesPatch = Partial<Omit<ProgrammeRules, 'weights' | 'completion'>> & {
  weights?: Partial<ProgrammeRules['weights']>;
  completion?: Partial<CompletionRule>;
};

/** Fills what `patch` leaves out from `base`, one level deep for the weights and the completion rule. */
export function mergeRules(base: ProgrammeRules, patch: RulesPatch | undefined): ProgrammeRules {
  if (!patch) {
    return {
      ...base,
      weights: { ...base.weights },
      completion: { ...base.completion },
      exemptMonths: [...base.exemptMonths],
    };
  }
  return {
    minMeetingsPerMonth: patch.minMeetingsPerMonth ?? base.minMeetingsPerMonth,
    minMeetingMinutes: patch.minMeetingMinutes ?? base.minMeetingMinutes,
    maxDistanceKm: patch.maxDistanceKm ?? base.maxDistanceKm,
    midMonthReminderDay: patch.midMonthReminderDay ?? base.midMonthReminderDay,
    requireScreening: patch.requireScreening ?? base.requireScreening,
    retentionMonths: patch.retentionMonths ?? base.retentionMonths,
    weights: {
      profession: patch.weights?.profession ?? base.weights.profession,
      language: patch.weights?.language ?? base.weights.language,
      location: patch.weights?.location ?? base.weights.location,
    },
    completion: {
      minMeetings: patch.completion?.minMeetings ?? base.completion.minMeetings,
      minHours: patch.completion?.minHours ?? base.completion.minHours,
      minGatherings: patch.completion?.minGatherings ?? base.completion.minGatherings,
    },
    // A list is replaced whole, kept in calendar order.
    exemptMonths: [...(patch.exemptMonths ?? base.exemptMonths)].sort((a, b) => a - b),
  };
}
