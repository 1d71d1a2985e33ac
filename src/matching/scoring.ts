import ISO6391 from 'iso-639-1';
import type { LanguageLevel, LanguageSkill } from '../participants/participant-fields.js';
import { isco } from '../professions/isco.js';
import type { ProgrammeRules } from '../programmes/programme-rules.js';

/*
 * The score of a mentor–mentee pair (DESIGN.md, Matching): three components in [0, 1], each
 * with a stable code and parameters (so the console can say it in any language) and a plain
 * English reason; their weighted mean; and whether the pair keeps the hard rules. Pure: no Nest,
 * no database.
 */

export interface MatchPerson {
  id: string;
  municipalityCode: string;
  languages: LanguageSkill[];
  professionCode: string;
  desiredProfessionCode?: string | null;
  gender?: string | null;
  wantsSameGender?: boolean;
}

export interface Place {
  code: string;
  name: string;
  lat: number;
  lon: number;
}

export type ComponentCode =
  | 'profession_unit_group'
  | 'profession_minor_group'
  | 'profession_sub_major_group'
  | 'profession_major_group'
  | 'profession_none'
  | 'language_shared'
  | 'language_none'
  | 'location_same_municipality'
  | 'location_distance'
  | 'location_too_far';

export interface Component {
  score: number;
  weight: number;
  code: ComponentCode;
  params: Record<string, string | number>;
  reason: string;
}

export interface Breakdown {
  profession: Component;
  language: Component;
  location: Component;
}

/** The hard rules, in the order a blocked pair reports them. */
export const HARD_RULES = ['no_common_language', 'too_far', 'gender_mismatch', 'rejected', 'mentor_full'] as const;
export type HardRule = (typeof HARD_RULES)[number];

export interface PairScore {
  /** Weighted mean of the components, rounded to 4 decimals. */
  score: number;
  breakdown: Breakdown;
  allowed: boolean;
  blockedBy?: HardRule;
}

export const LEVEL_SCORE: Record<LanguageLevel, number> = {
  native: 1,
  C2: 1,
  C1: 0.9,
  B2: 0.75,
  B1: 0.5,
  A2: 0.25,
  A1: 0,
};

/** Level order, weakest first; the weaker of two levels is the one a pair can talk at. */
const LEVEL_RANK: Record<LanguageLevel, number> = { A1: 0, A2: 1, B1: 2, B2: 3, C1: 4, C2: 5, native: 6 };

const PROFESSION_LEVELS: { code: ComponentCode; score: number; name: string }[] = [
  { code: 'profession_none', score: 0, name: '' },
  { code: 'profession_major_group', score: 0.25, name: 'major group' },
  { code: 'profession_sub_major_group', score: 0.5, name: 'sub-major group' },
  { code: 'profession_minor_group', score: 0.75, name: 'minor group' },
  { code: 'profession_unit_group', score: 1, name: 'unit group' },
];

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance between two points by the haversine formula, in km. */
export function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

function sharedDigits(a: string, b: string): number {
  const n = Math.min(a.length, b.length, 4);
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  return i;
}

export function professionComponent(mentor: MatchPerson, mentee: MatchPerson, weight: number): Component {
  const options: { code: string; via: 'profession' | 'desired' }[] = [
    { code: mentee.professionCode, via: 'profession' },
  ];
  if (mentee.desiredProfessionCode) options.push({ code: mentee.desiredProfessionCode, via: 'desired' });
  let best = { digits: 0, via: 'profession' as 'profession' | 'desired', menteeCode: mentee.professionCode };
  for (const option of options) {
    const digits = sharedDigits(mentor.professionCode, option.code);
    if (digits > best.digits) best = { digits, via: option.via, menteeCode: option.code };
  }
  const level = PROFESSION_LEVELS[best.digits];
  if (best.digits === 0) {
    return {
      score: 0,
      weight,
      code: 'profession_none',
      params: { mentorCode: mentor.professionCode, menteeCode: mentee.professionCode },
      reason: `No shared ISCO-08 group (${mentor.professionCode} and ${mentee.professionCode})`,
    };
  }
  const group = mentor.professionCode.slice(0, best.digits);
  const title = isco.find(group)?.titleEn ?? '';
  const desired = best.via === 'desired' ? " (the mentee's desired profession)" : '';
  return {
    score: level.score,
    weight,
    code: level.code,
    params: { group, via: best.via },
    reason: `Same ${level.name} ${group} ${title}${desired}`.replace(/\s+/g, ' ').trim(),
  };
}

function languageName(code: string): string {
  return ISO6391.getName(code) || code;
}

export function languageComponent(mentor: MatchPerson, mentee: MatchPerson, weight: number): Component {
  let best: { code: string; level: LanguageLevel } | undefined;
  for (const a of mentor.languages) {
    const b = mentee.languages.find((l) => l.code === a.code);
    if (!b) continue;
    const level = LEVEL_RANK[a.level] <= LEVEL_RANK[b.level] ? a.level : b.level;
    if (
      !best ||
      LEVEL_SCORE[level] > LEVEL_SCORE[best.level] ||
      (LEVEL_SCORE[level] === LEVEL_SCORE[best.level] && a.code < best.code)
    ) {
      best = { code: a.code, level };
    }
  }
  if (!best || LEVEL_RANK[best.level] < LEVEL_RANK.A2) {
    return {
      score: 0,
      weight,
      code: 'language_none',
      params: best ? { language: best.code, level: best.level } : {},
      reason: best ? `Only ${languageName(best.code)} in common, at ${best.level}: below A2` : 'No language in common',
    };
  }
  const at = best.level === 'native' ? 'natively' : `at ${best.level}`;
  return {
    score: LEVEL_SCORE[best.level],
    weight,
    code: 'language_shared',
    params: { language: best.code, level: best.level },
    reason: `Both speak ${languageName(best.code)} ${at}`,
  };
}

export function locationComponent(from: Place, to: Place, maxDistanceKm: number, weight: number): Component {
  if (from.code === to.code) {
    return {
      score: 1,
      weight,
      code: 'location_same_municipality',
      params: { municipality: from.code },
      reason: `Both in ${from.name}`,
    };
  }
  const km = haversineKm(from, to);
  const rounded = Math.round(km);
  const params = { km: Math.round(km * 10) / 10, from: from.code, to: to.code, maxKm: maxDistanceKm };
  if (km > maxDistanceKm) {
    return {
      score: 0,
      weight,
      code: 'location_too_far',
      params,
      reason: `${rounded} km apart (${from.name}–${to.name}), beyond the programme's ${maxDistanceKm} km`,
    };
  }
  return {
    score: Math.max(0, 1 - km / maxDistanceKm),
    weight,
    code: 'location_distance',
    params,
    reason: `${rounded} km apart (${from.name}–${to.name})`,
  };
}

export interface ScoringContext {
  rules: ProgrammeRules;
  place(code: string): Place;
  /** Pairs never proposed again, as `${mentorId}:${menteeId}`: ones a coordinator rejected, and ones that ended early. */
  rejected?: ReadonlySet<string>;
  /** Mentors with no free place left. */
  full?: ReadonlySet<string>;
}

export function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/** The mentee asked for a mentor of their own gender and this mentor is not one. */
export function breaksGenderWish(mentor: MatchPerson, mentee: MatchPerson): boolean {
  return mentee.wantsSameGender === true && (!mentee.gender || mentor.gender !== mentee.gender);
}

/** The two share a language at A2 or better. */
export function shareLanguage(mentor: MatchPerson, mentee: MatchPerson): boolean {
  return mentor.languages.some((a) => {
    const b = mentee.languages.find((l) => l.code === a.code);
    return b !== undefined && LEVEL_RANK[a.level] >= LEVEL_RANK.A2 && LEVEL_RANK[b.level] >= LEVEL_RANK.A2;
  });
}

/** Why a pair may not be proposed, by the first hard rule it breaks; undefined when it may. */
export function blockingRule(
  mentor: MatchPerson,
  mentee: MatchPerson,
  breakdown: Breakdown,
  ctx: ScoringContext,
): HardRule | undefined {
  if (breakdown.language.code === 'language_none') return 'no_common_language';
  if (breakdown.location.code === 'location_too_far') return 'too_far';
  if (breaksGenderWish(mentor, mentee)) return 'gender_mismatch';
  if (ctx.rejected?.has(`${mentor.id}:${mentee.id}`)) return 'rejected';
  if (ctx.full?.has(mentor.id)) return 'mentor_full';
  return undefined;
}

/** The whole score of one pair, with its reasons and the hard rule that blocks it, if any. */
export function scorePair(mentor: MatchPerson, mentee: MatchPerson, ctx: ScoringContext): PairScore {
  const { weights, maxDistanceKm } = ctx.rules;
  const breakdown: Breakdown = {
    profession: professionComponent(mentor, mentee, weights.profession),
    language: languageComponent(mentor, mentee, weights.language),
    location: locationComponent(
      ctx.place(mentor.municipalityCode),
      ctx.place(mentee.municipalityCode),
      maxDistanceKm,
      weights.location,
    ),
  };
  const total = weights.profession + weights.language + weights.location;
  const score = round4(
    (breakdown.profession.score * weights.profession +
      breakdown.language.score * weights.language +
      breakdown.location.score * weights.location) /
      total,
  );
  const blockedBy = blockingRule(mentor, mentee, breakdown, ctx);
  return blockedBy ? { score, breakdown, allowed: false, blockedBy } : { score, breakdown, allowed: true };
}
