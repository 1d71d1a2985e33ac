import type { UnmatchedMentee } from './proposal-run.entity.js';
import { FORBIDDEN } from './score-matrix.js';
import {
  breaksGenderWish,
  haversineKm,
  shareLanguage,
  type MatchPerson,
  type PairScore,
  type ScoringContext,
} from './scoring.js';

/*
 * Why the optimiser or a coordinator cannot have a pair: plain functions of the scores, the people
 * and the programme's rules. Pure: no Nest, no database.
 */

/** The hard rule a blocked pair breaks, in plain English for the error a hand-made pair gets. */
export function explain(pair: PairScore): string {
  if (pair.blockedBy === 'no_common_language') return pair.breakdown.language.reason;
  if (pair.blockedBy === 'too_far') return pair.breakdown.location.reason;
  if (pair.blockedBy === 'gender_mismatch') return 'the mentee asked for a mentor of the same gender';
  return 'the coordinator rejected this pair before';
}

/**
 * Why the optimiser left a mentee out: the first hard rule that removes the last of their
 * candidates among every mentor of the programme, or, when some pairs were allowed, that the
 * places went to others. `row` is the mentee's row of `scores` (mentees × mentors, row-major).
 */
export function unmatchedReason(
  row: number,
  mentee: MatchPerson,
  mentors: readonly MatchPerson[],
  scores: Int32Array,
  ctx: ScoringContext,
): UnmatchedMentee['reason'] {
  const base = row * mentors.length;
  for (let j = 0; j < mentors.length; j++) if (scores[base + j] !== FORBIDDEN) return 'all_candidates_taken';
  const speaking = mentors.filter((m) => shareLanguage(m, mentee));
  if (speaking.length === 0) return 'no_common_language';
  const from = ctx.place(mentee.municipalityCode);
  const near = speaking.filter(
    (m) =>
      m.municipalityCode === mentee.municipalityCode ||
      haversineKm(ctx.place(m.municipalityCode), from) <= ctx.rules.maxDistanceKm,
  );
  if (near.length === 0) return 'too_far';
  if (near.every((m) => breaksGenderWish(m, mentee))) return 'no_mentor_of_asked_gender';
  return 'all_candidates_rejected';
}
