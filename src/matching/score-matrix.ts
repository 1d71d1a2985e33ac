import type { LanguageLevel } from '../participants/participant-fields.js';
import { haversineKm, LEVEL_SCORE, round4, type MatchPerson, type ScoringContext } from './scoring.js';

/*
 * Every pair's score at once, for the optimiser: the same numbers as scorePair (a property test
 * holds the two equal), without building reasons, so 5,000 × 5,000 pairs take well under a
 * second. Scores are integers in ten-thousandths (the 4 decimals of a match's score), which
 * keeps the optimiser's arithmetic exact.
 */

/** A forbidden pair in the matrix. */
export const FORBIDDEN = -1;
export const SCORE_SCALE = 10_000;

export interface ScoreMatrix {
  mentees: number;
  mentors: number;
  /** Row-major, mentees × mentors: the score × 10,000, or FORBIDDEN. */
  scores: Int32Array;
}

const RANKS: LanguageLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'];
const RANK_OF = new Map(RANKS.map((level, rank) => [level, rank]));
const A2_RANK = 1;
const RANK_SCORE = RANKS.map((level) => LEVEL_SCORE[level]);
const PROFESSION_SCORE = [0, 0.25, 0.5, 0.75, 1];

/** The first 1..4 digits of an ISCO code as numbers, -1 where the code is shorter. */
function prefixes(code: string | null | undefined): number[] {
  return [1, 2, 3, 4].map((digits) => (code && code.length >= digits ? Number(code.slice(0, digits)) : -1));
}

function sharedLevels(a: number[], b: number[]): number {
  let level = 0;
  while (level < 4 && a[level] !== -1 && a[level] === b[level]) level++;
  return level;
}

export function buildScoreMatrix(mentors: MatchPerson[], mentees: MatchPerson[], ctx: ScoringContext): ScoreMatrix {
  const { weights, maxDistanceKm } = ctx.rules;
  const totalWeight = weights.profession + weights.language + weights.location;

  // municipalities: index, then the location score and too-far flag of each pair of them
  const codes = [...new Set([...mentors, ...mentees].map((p) => p.municipalityCode))];
  const muniIndex = new Map(codes.map((code, i) => [code, i]));
  const places = codes.map((code) => ctx.place(code));
  const locScore = new Float64Array(codes.length * codes.length);
  const tooFar = new Uint8Array(codes.length * codes.length);
  for (let a = 0; a < codes.length; a++) {
    for (let b = 0; b < codes.length; b++) {
      if (a === b) {
        locScore[a * codes.length + b] = 1;
        continue;
      }
      const km = haversineKm(places[a], places[b]);
      tooFar[a * codes.length + b] = km > maxDistanceKm ? 1 : 0;
      locScore[a * codes.length + b] = km > maxDistanceKm ? 0 : Math.max(0, 1 - km / maxDistanceKm);
    }
  }

  // languages: a small index, each mentee's rank per language, each mentor's (language, rank) list
  const languageIndex = new Map<string, number>();
  for (const p of [...mentors, ...mentees]) {
    for (const l of p.languages) if (!languageIndex.has(l.code)) languageIndex.set(l.code, languageIndex.size);
  }
  const nLang = languageIndex.size;
  const menteeRank = new Int8Array(mentees.length * nLang).fill(-1);
  mentees.forEach((p, i) => {
    for (const l of p.languages) menteeRank[i * nLang + languageIndex.get(l.code)!] = RANK_OF.get(l.level)!;
  });
  const mentorLangs = mentors.map((p) => ({
    langs: Int32Array.from(p.languages, (l) => languageIndex.get(l.code)!),
    ranks: Int8Array.from(p.languages, (l) => RANK_OF.get(l.level)!),
  }));

  const mentorPrefixes = mentors.map((p) => prefixes(p.professionCode));
  const mentorMuni = Int32Array.from(mentors, (p) => muniIndex.get(p.municipalityCode)!);
  const scores = new Int32Array(mentees.length * mentors.length);

  for (let i = 0; i < mentees.length; i++) {
    const mentee = mentees[i];
    const own = prefixes(mentee.professionCode);
    const desired = mentee.desiredProfessionCode ? prefixes(mentee.desiredProfessionCode) : null;
    const menteeMuni = muniIndex.get(mentee.municipalityCode)!;
    const sameGenderOnly = mentee.wantsSameGender === true;
    const rankBase = i * nLang;
    const rowBase = i * mentors.length;
    for (let j = 0; j < mentors.length; j++) {
      const { langs, ranks } = mentorLangs[j];
      let bestRank = -1;
      for (let k = 0; k < langs.length; k++) {
        const theirs = menteeRank[rankBase + langs[k]];
        if (theirs < 0) continue;
        const shared = theirs < ranks[k] ? theirs : ranks[k];
        if (shared > bestRank) bestRank = shared;
      }
      const pairMuni = mentorMuni[j] * codes.length + menteeMuni;
      const forbidden =
        bestRank < A2_RANK ||
        tooFar[pairMuni] === 1 ||
        (sameGenderOnly && (!mentee.gender || mentors[j].gender !== mentee.gender));
      if (forbidden) {
        scores[rowBase + j] = FORBIDDEN;
        continue;
      }
      let levels = sharedLevels(mentorPrefixes[j], own);
      if (desired) levels = Math.max(levels, sharedLevels(mentorPrefixes[j], desired));
      const score = round4(
        (PROFESSION_SCORE[levels] * weights.profession +
          RANK_SCORE[bestRank] * weights.language +
          locScore[pairMuni] * weights.location) /
          totalWeight,
      );
      scores[rowBase + j] = Math.round(score * SCORE_SCALE);
    }
  }

  if (ctx.rejected?.size) {
    const mentorIndex = new Map(mentors.map((p, j) => [p.id, j]));
    const menteeIndex = new Map(mentees.map((p, i) => [p.id, i]));
    for (const key of ctx.rejected) {
      const [mentorId, menteeId] = key.split(':');
      const i = menteeIndex.get(menteeId);
      const j = mentorIndex.get(mentorId);
      if (i !== undefined && j !== undefined) scores[i * mentors.length + j] = FORBIDDEN;
    }
  }
  return { mentees: mentees.length, mentors: mentors.length, scores };
}
