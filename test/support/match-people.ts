import { readFileSync } from 'node:fs';
import type { MatchPerson, Place } from '../../src/matching/scoring.js';

/*
 * The places and people a scoring spec pairs, without a database: Nordland's municipalities as the
 * service ships them, and a person who differs from the default only in what a test states.
 */

/** Nordland's municipalities by code, from the data the service seeds. */
export const places = new Map(
  (
    JSON.parse(
      readFileSync(new URL('../../src/municipalities/data/nordland-municipalities.json', import.meta.url), 'utf8'),
    ) as Place[]
  ).map((p) => [p.code, p]),
);

export const SORTLAND = '1870';
export const HADSEL = '1866';
export const ANDOY = '1871';
export const BODO = '1804';

let ids = 0;

/** A person in Sortland who speaks English natively, profession 2221, with a new id each call. */
export function person(overrides: Partial<MatchPerson> = {}): MatchPerson {
  ids += 1;
  return {
    id: `p${ids}`,
    municipalityCode: SORTLAND,
    languages: [{ code: 'en', level: 'native' }],
    professionCode: '2221',
    ...overrides,
  };
}
