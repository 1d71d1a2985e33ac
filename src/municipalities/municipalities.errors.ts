import { detail, type ErrorDetail } from '../common/error-codes.js';
import { ConflictError, InvalidInputError } from '../common/errors.js';

export class DuplicateMunicipalityError extends ConflictError {
  constructor(code: string) {
    super(detail('code', 'already_exists', {}, `Municipality ${code} already exists`));
  }
}

/** Municipality numbers that name no municipality. */
export function unknownMunicipalities(field: string, codes: string[]): ErrorDetail {
  const message =
    field === 'municipalityCodes'
      ? `municipalityCodes has unknown codes: ${codes.join(', ')}`
      : `${field} ${codes.join(', ')} is not a known municipality`;
  return detail(field, 'unknown_municipality', { codes }, message);
}

export class UnknownMunicipalitiesError extends InvalidInputError {
  constructor(codes: string[]) {
    super([unknownMunicipalities('municipalityCodes', codes)]);
  }
}
