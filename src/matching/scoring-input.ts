import type { Participant } from '../participants/participant.entity.js';
import type { ProgrammeRules } from '../programmes/programme-rules.js';
import type { MatchPerson, Place, ScoringContext } from './scoring.js';

/** A participant as scoring sees them: the fields the score and the hard rules read. */
export function toPerson(p: Participant): MatchPerson {
  return {
    id: p.id,
    municipalityCode: p.municipalityCode,
    languages: p.languages,
    professionCode: p.professionCode,
    desiredProfessionCode: p.desiredProfessionCode,
    gender: p.gender,
    wantsSameGender: p.wantsSameGender,
  };
}

/** The municipalities whose places a scoring of these people needs, each once. */
export function municipalityCodesOf(people: readonly { municipalityCode: string }[]): string[] {
  return [...new Set(people.map((p) => p.municipalityCode))];
}

/**
 * The context a programme's pairs are scored in. A municipality without a stored place lies at
 * 0,0 under its code, so a pair with it is too far rather than an error.
 */
export function scoringContext(
  rules: ProgrammeRules,
  places: readonly Place[],
  rejected: ReadonlySet<string>,
  full?: ReadonlySet<string>,
): ScoringContext {
  const byCode = new Map(places.map((p) => [p.code, p]));
  return {
    rules,
    place: (code) => byCode.get(code) ?? { code, name: code, lat: 0, lon: 0 },
    rejected,
    full,
  };
}
