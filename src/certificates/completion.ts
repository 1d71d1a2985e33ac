import type { CompletionRule } from '../programmes/programme-rules.js';

/** What a pair reached: meetings logged, their minutes, and the gatherings its mentee attended. */
export interface PairAchievement {
  meetings: number;
  minutes: number;
  gatherings: number;
}

export type CompletionShortfall = 'meetings' | 'hours' | 'gatherings';

/**
 * Where a pair falls short of the programme's completion rule (empty when it meets it). Every
 * meeting the pair logged counts, and every minute of them: the rule's hours are those minutes.
 */
export function completionShortfalls(rule: CompletionRule, achieved: PairAchievement): CompletionShortfall[] {
  const short: CompletionShortfall[] = [];
  if (achieved.meetings < rule.minMeetings) short.push('meetings');
  if (achieved.minutes < rule.minHours * 60) short.push('hours');
  if (achieved.gatherings < rule.minGatherings) short.push('gatherings');
  return short;
}
