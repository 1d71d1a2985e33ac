import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { NotFoundError, type Resource } from '../errors.js';
import { holdsMunicipality, seesAllMunicipalities, type Actor } from './actor.js';

/*
 * The municipality scoping of every query, in one place. Admins and leads see everything;
 * a coordinator sees a programme when it includes one of their municipalities, the
 * participants of their municipalities, and the mentors of the programmes they see (any of
 * them may be matched with their mentees). What they do not see answers 404.
 */

/** SQL true when the programme whose id is in `programmeIdColumn` covers one of :scopeCodes. */
function coversScope(programmeIdColumn: string): string {
  return `EXISTS (SELECT 1 FROM programme_municipalities scope_pm
    WHERE scope_pm.programme_id = ${programmeIdColumn} AND scope_pm.municipality_code = ANY(:scopeCodes))`;
}

/** Limits `alias` (a programmes row) to the programmes the actor sees. */
export function scopeProgrammes<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  actor: Actor,
  alias: string,
): SelectQueryBuilder<T> {
  if (seesAllMunicipalities(actor)) return qb;
  return qb.andWhere(coversScope(`${alias}.id`), { scopeCodes: actor.municipalityCodes });
}

/** Limits `alias` (a participants row) to the participants the actor sees. */
export function scopeParticipants<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  actor: Actor,
  alias: string,
): SelectQueryBuilder<T> {
  if (seesAllMunicipalities(actor)) return qb;
  return qb.andWhere(
    `(${alias}.municipality_code = ANY(:scopeCodes) OR ${alias}.role = 'mentor') AND ${coversScope(`${alias}.programme_id`)}`,
    { scopeCodes: actor.municipalityCodes },
  );
}

/**
 * SQL true when the pair `matchAlias` (a matches row) belongs to the municipalities `codes` (an SQL
 * expression for a text array): a pair is its mentee's municipality's. Also the stats' share.
 */
export function pairInMunicipalities(matchAlias: string, codes: string): string {
  return `EXISTS (SELECT 1 FROM participants scope_mentee
    WHERE scope_mentee.id = ${matchAlias}.mentee_id AND scope_mentee.municipality_code = ANY(${codes}))`;
}

/** Limits `alias` (a matches row) to the pairs whose mentee the actor holds. */
export function scopeMatches<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  actor: Actor,
  alias: string,
): SelectQueryBuilder<T> {
  if (seesAllMunicipalities(actor)) return qb;
  return qb.andWhere(pairInMunicipalities(alias, ':scopeCodes'), { scopeCodes: actor.municipalityCodes });
}

/** Throws NotFound unless the actor may change data of this participant's municipality. */
export function assertMayChange(actor: Actor, municipalityCode: string, what: Resource): void {
  if (!holdsMunicipality(actor, municipalityCode)) throw new NotFoundError(what);
}
