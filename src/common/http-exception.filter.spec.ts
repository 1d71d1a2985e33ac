import { BadRequestException, ForbiddenException, HttpException, UnauthorizedException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import {
  MatchAlreadyDecidedError,
  MenteeAlreadyMatchedError,
  MentorAtCapacityError,
  PairNotAllowedError,
  PairOutsideProgrammeError,
  StartOutsideProgrammeError,
  WrongRoleError,
} from '../matching/matching.errors.js';
import {
  MatchNotActiveError,
  MeetingInFutureError,
  MeetingOutsideProgrammeError,
} from '../meetings/meetings.errors.js';
import {
  DuplicateMunicipalityError,
  UnknownMunicipalitiesError,
  unknownMunicipalities,
} from '../municipalities/municipalities.errors.js';
import { CsvFormatError, parseParticipantsCsv } from '../participants/participant-csv.js';
import {
  DuplicateParticipantEmailError,
  emailEarlierInFile,
  outsideOwnMunicipalities,
  outsideProgrammeMunicipalities,
} from '../participants/participants.errors.js';
import {
  DatesOutOfOrderError,
  GatheringEndNotAfterStartError,
  GatheringTooLongError,
  MunicipalitiesInUseError,
  NoPositiveWeightError,
  UnknownAttendeesError,
} from '../programmes/programmes.errors.js';
import {
  CoordinatorWithoutMunicipalitiesError,
  DuplicateUserEmailError,
  MunicipalitiesOnlyForCoordinatorsError,
} from '../users/users.errors.js';
import { ERROR_CODES, type ErrorDetail } from './error-codes.js';
import { DomainError, InvalidCredentialsError, InvalidInputError, NotFoundError } from './errors.js';
import { httpExceptionBody, toHttp } from './http-exception.filter.js';
import { InvalidRequestException } from './validation.js';

/** A detail's params are exactly the ones its code declares, of the declared kinds. */
function expectWellFormed(detail: ErrorDetail): void {
  const declared = ERROR_CODES[detail.code].params as Record<string, string>;
  expect(Object.keys(detail.params).sort()).toEqual(Object.keys(declared).sort());
  for (const [name, kind] of Object.entries(declared)) {
    const value = (detail.params as Record<string, unknown>)[name];
    if (kind === 'string[]') expect(Array.isArray(value) && value.every((v) => typeof v === 'string')).toBe(true);
    else expect(typeof value).toBe(kind);
  }
}

function csvError(text: string): CsvFormatError {
  try {
    parseParticipantsCsv(text);
  } catch (error) {
    if (error instanceof CsvFormatError) return error;
    throw error;
  }
  throw new Error('the CSV was read');
}

const HEADER = 'role,name,email,municipalityCode,preferredLanguage,languages,professionCode';

/** Every domain error the services throw, with its status, code and the sentence the API has always sent. */
const DOMAIN_ERRORS: [DomainError, number, ErrorDetail['code'], string][] = [
  [new NotFoundError('Participant'), 404, 'not_found', 'Participant not found'],
  [new InvalidCredentialsError(), 401, 'invalid_credentials', 'Wrong email or password'],
  [new MentorAtCapacityError(), 409, 'mentor_full', 'The mentor has no free place left'],
  [new MenteeAlreadyMatchedError(), 409, 'mentee_already_matched', 'The mentee already has a mentor'],
  [new MatchAlreadyDecidedError('rejected'), 409, 'match_already_decided', 'The match is already rejected'],
  [
    new MatchNotActiveError('ended'),
    409,
    'match_not_active',
    'Meetings are logged for approved pairs; this pair is ended',
  ],
  [
    new DuplicateParticipantEmailError(),
    409,
    'already_exists',
    'email: a participant with this email is already in the programme',
  ],
  [new DuplicateUserEmailError(), 409, 'already_exists', 'A user with this email already exists'],
  [new DuplicateMunicipalityError('1870'), 409, 'already_exists', 'Municipality 1870 already exists'],
  [
    new MunicipalitiesInUseError(['1866', '1870']),
    409,
    'municipality_has_participants',
    'municipalityCodes: participants are registered in 1866, 1870; move them first',
  ],
  [
    new PairNotAllowedError('too_far', '150 km apart'),
    400,
    'pair_not_allowed',
    'The pair breaks the rule too_far: 150 km apart',
  ],
  [
    new PairOutsideProgrammeError('menteeId'),
    400,
    'must_be_in_programme',
    'mentorId and menteeId must both be participants of this programme',
  ],
  [new WrongRoleError('mentorId', 'mentor'), 400, 'must_be_role', 'mentorId must be a mentor'],
  [
    new StartOutsideProgrammeError('2027-01-15', '2027-09-15'),
    400,
    'must_be_within_programme',
    'startsOn must be within the programme, 2027-01-15 to 2027-09-15',
  ],
  [
    new MeetingOutsideProgrammeError('2027-01-15', '2027-09-15'),
    400,
    'must_be_within_programme',
    'date must be within the programme, 2027-01-15 to 2027-09-15',
  ],
  [
    new MeetingInFutureError('2027-03-01'),
    400,
    'must_not_be_in_future',
    'date must not be in the future (today is 2027-03-01)',
  ],
  [new UnknownMunicipalitiesError(['9999']), 400, 'unknown_municipality', 'municipalityCodes has unknown codes: 9999'],
  [new DatesOutOfOrderError('endDate'), 400, 'must_be_after', 'endDate must be after startDate'],
  [new DatesOutOfOrderError('startDate'), 400, 'must_be_before', 'endDate must be after startDate'],
  [new NoPositiveWeightError(), 400, 'needs_positive_weight', 'rules.weights must have at least one weight above 0'],
  [new GatheringEndNotAfterStartError(), 400, 'must_be_after', 'endsAt must be after startsAt'],
  [new GatheringTooLongError(7), 400, 'too_long_after', 'endsAt must be within a week of startsAt'],
  [
    new CoordinatorWithoutMunicipalitiesError(),
    400,
    'required_for_role',
    'municipalityCodes must name at least one municipality for a coordinator',
  ],
  [
    new MunicipalitiesOnlyForCoordinatorsError('lead'),
    400,
    'only_for_role',
    'municipalityCodes is only for coordinators; a lead sees every municipality',
  ],
  [
    csvError(`${HEADER},religion\nmentor,A,a@example.org,1870,nb,nb:native,2221,x\n`),
    400,
    'csv_unknown_columns',
    `Unknown columns: religion; the columns are role, name, email, phone, municipalityCode, preferredLanguage, languages, professionCode, desiredProfessionCode, capacity, category, gender, wantsSameGender, employmentStatusAtStart, birthYear`,
  ],
  [
    csvError('role,name\nmentor,A\n'),
    400,
    'csv_missing_columns',
    'Missing columns: email, municipalityCode, preferredLanguage, languages, professionCode',
  ],
  [csvError(`${HEADER},name\n`), 400, 'csv_duplicate_columns', 'Columns appear more than once: name'],
  [csvError(''), 400, 'csv_empty', 'The CSV has a header but no rows, or is empty'],
  [
    csvError(`${HEADER}\nmentor,"A\n`),
    400,
    'csv_unreadable',
    'The CSV could not be read: Quote Not Closed: the parsing is finished with an opening quote at line 2',
  ],
];

describe('the HTTP body of a domain error', () => {
  it.each(
    DOMAIN_ERRORS.map(([error, status, code, message]) => ({
      name: error.constructor.name,
      error,
      status,
      code,
      message,
    })),
  )('$name → $status $code', ({ error, status, code, message }) => {
    const body = toHttp(error);
    expect(body).toMatchObject({ statusCode: status, errors: [{ code, message }] });
    // A 400 of input lists its sentences, as it always has; other statuses say one.
    expect(body?.message).toEqual(status === 400 ? [message] : message);
    for (const detail of body?.errors ?? []) expectWellFormed(detail);
  });

  it('lists each attendee who may not be recorded, and keeps the details of a combined 400 in order', () => {
    const body = toHttp(new UnknownAttendeesError(['a', 'b']));
    expect(body?.errors.map((e) => [e.field, e.code, e.params])).toEqual([
      ['participantIds', 'unknown_participant', { id: 'a' }],
      ['participantIds', 'unknown_participant', { id: 'b' }],
    ]);
    const combined = toHttp(
      new InvalidInputError([
        outsideProgrammeMunicipalities(['1866', '1870']),
        unknownMunicipalities('municipalityCode', ['0000']),
      ]),
    );
    expect(combined?.message).toEqual([
      "municipalityCode must be one of the programme's municipalities: 1866, 1870",
      'municipalityCode 0000 is not a known municipality',
    ]);
    expect(combined?.errors.map((e) => e.message)).toEqual(combined?.message);
  });

  it('gives the row and placement rules of an import well-formed params', () => {
    for (const detail of [
      emailEarlierInFile(2),
      outsideOwnMunicipalities(['1870']),
      outsideProgrammeMunicipalities(['1870']),
      unknownMunicipalities('municipalityCode', ['0000']),
    ]) {
      expectWellFormed(detail);
    }
  });

  it('codes the races the database settles', () => {
    const unique = Object.assign(new QueryFailedError('INSERT', [], new Error('dup')), { code: '23505' });
    const foreign = Object.assign(new QueryFailedError('INSERT', [], new Error('fk')), { code: '23503' });
    expect(toHttp(unique)).toMatchObject({ statusCode: 409, errors: [{ code: 'conflict', field: null }] });
    expect(toHttp(foreign)).toMatchObject({ statusCode: 409, errors: [{ code: 'reference_changed', field: null }] });
    expect(toHttp(new Error('boom'))).toBeNull();
  });
});

describe('the body of an HTTP exception', () => {
  it('keeps the errors of an invalid request, one per sentence', () => {
    const body = httpExceptionBody(
      new InvalidRequestException([{ field: 'id', code: 'must_be_uuid', params: {}, message: 'id must be a UUID' }]),
    );
    expect(body).toEqual({
      statusCode: 400,
      message: ['id must be a UUID'],
      error: 'Bad Request',
      errors: [{ field: 'id', code: 'must_be_uuid', params: {}, message: 'id must be a UUID' }],
    });
  });

  it('codes the ones that carry none by their status', () => {
    expect(httpExceptionBody(new UnauthorizedException('A bearer access token is required'))).toMatchObject({
      statusCode: 401,
      message: 'A bearer access token is required',
      errors: [{ field: null, code: 'unauthenticated', params: {}, message: 'A bearer access token is required' }],
    });
    expect(httpExceptionBody(new ForbiddenException('Your role may not do this')).errors).toEqual([
      { field: null, code: 'forbidden', params: {}, message: 'Your role may not do this' },
    ]);
    expect(httpExceptionBody(new BadRequestException(['a', 'b'])).errors).toEqual([
      { field: null, code: 'bad_request', params: {}, message: 'a' },
      { field: null, code: 'bad_request', params: {}, message: 'b' },
    ]);
    expect(httpExceptionBody(new HttpException('Too many', 429)).errors).toEqual([
      { field: null, code: 'too_many_requests', params: {}, message: 'Too many' },
    ]);
    expect(httpExceptionBody(new HttpException('I am a teapot', 418)).errors).toEqual([
      { field: null, code: 'http_error', params: { status: 418 }, message: 'I am a teapot' },
    ]);
  });
});
