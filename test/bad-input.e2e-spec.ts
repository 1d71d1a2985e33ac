/**
 * A bad-input battery for every write endpoint. From a valid body each endpoint gets: each
 * required field missing; each field of a wrong type; out-of-range and domain-invalid values;
 * an unknown field; a body that is no JSON object; malformed JSON; a body over 1 MB. Every one
 * must be refused with a 4xx (never a 500), a validation error must name the field in `message`,
 * and nothing may change in the database. Every JSON error body also carries `errors`: one entry per
 * sentence of `message`, each with the field it names, a code of ERROR_CODES and exactly that code's
 * params (expectCodedErrors, asserted on every refusal of the battery).
 *
 * null means "no value": where a field must have one (required on create, or a PATCH of a field
 * that cannot be cleared) null is a 400; an optional field of a create may be null.
 *
 * Meetings need a programme running now (the app's clock is held at NOW for the whole file) and
 * one that ended a month ago; the signed link's form answers bad input with an HTML page.
 */
import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { generateSync } from 'otplib';
import type { Response } from 'supertest';
import { ERROR_CODES, isErrorCode } from '../src/common/error-codes.js';
import { signMeetingLink } from '../src/meetings/meeting-link.js';
import { signSurveyLink } from '../src/surveys/survey-link.js';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  USER_PASSWORD,
  createTestApp,
  rowCounts,
  snapshot,
  type TestApp,
} from './support/app.js';
import { VESTERALEN, menteeBody, mentorBody, newcomerBody, programmeBody } from './support/factories.js';

type Kind = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';
/** required: missing or null is a 400; optional: may be left out or null; notNull: may be left out, null is a 400. */
type Presence = 'required' | 'optional' | 'notNull';

interface Field {
  name: string;
  kind: Kind;
  presence: Presence;
}

interface BadCase {
  title: string;
  /** A JSON body; the endpoint's path unless `path` is given. */
  body?: () => unknown;
  /** Sent as it is, with Content-Type: application/json. */
  raw?: () => string;
  path?: () => string;
  status: number;
  /** The field `message` must name. */
  field?: string;
}

interface Endpoint {
  name: string;
  method: 'post' | 'patch' | 'put' | 'delete';
  /** Puts what the request works on in place before each request (a second factor in the state it needs). */
  before?: () => Promise<void>;
  path: () => string;
  /** Where the valid body goes, when it changes what the bad cases work on (a match it decides). */
  okPath?: () => string;
  /** Login is the one write endpoint without a token. */
  anonymous?: boolean;
  ok: number;
  /** A fresh valid body on every call (unique emails, codes and names). */
  valid: () => Record<string, unknown>;
  fields: Field[];
  cases: BadCase[];
}

const f = (name: string, kind: Kind, presence: Presence): Field => ({ name, kind, presence });
const patched =
  (valid: () => Record<string, unknown>, patch: Record<string, unknown>): (() => Record<string, unknown>) =>
  () => ({ ...valid(), ...patch });
const bad = (title: string, field: string, body: () => unknown, status = 400): BadCase => ({
  title,
  field,
  body,
  status,
});
const NUL = 'Kari\u0000Nordmann';
const long = (n: number): string => 'x'.repeat(n);

/** The app's clock for the whole file, and days around it in Oslo. */
const NOW = new Date();
const DAY_MS = 86_400_000;
const OSLO_NOW = DateTime.fromJSDate(NOW).setZone('Europe/Oslo');
const day = (offset: number): string => OSLO_NOW.plus({ days: offset }).toISODate() ?? '';
const TODAY = day(0);
/** The running programme: 60 days ago to 120 days ahead. */
const RUNNING = { start: day(-60), end: day(120) };
/** A programme over a month ago. */
const PAST = { start: day(-300), end: day(-30) };

let t: TestApp;
let adminToken = '';
let adminEmail = '';
const ids = {
  /** A lead account: every PATCH /users/:id goes to it. */
  lead: '',
  programme: '',
  otherProgramme: '',
  mentor: '',
  mentorEmail: '',
  mentee: '',
  plainMentee: '',
  stranger: '',
  kickoff: '',
  extraGathering: '',
  /** A mentor and a mentee never paired: the valid manual proposal. */
  freeMentor: '',
  freeMentee: '',
  /** A mentee who speaks only Tigrinya, whom no mentor can be paired with. */
  tigrinyaMentee: '',
  /** A mentor of the other programme. */
  strangerMentor: '',
  /** A proposal that stays undecided: every bad approve and reject goes to it. */
  proposal: '',
  proposalMentor: '',
  proposalMentee: '',
  /** An approved pair of a mentor of capacity 1 that stays approved: every bad end goes to it. */
  approved: '',
  approvedMentor: '',
  approvedMentee: '',
  /** A proposal of that mentor for another mentee, which can no longer be approved. */
  fullMentorProposal: '',
  rejected: '',
  rejectedMentor: '',
  rejectedMentee: '',
  ended: '',
  /** Decided by the valid bodies. */
  toApprove: '',
  toReject: '',
  toEnd: '',
  /** Pairs of the running programme: approved (every meeting goes to it), proposed, rejected, ended. */
  running: '',
  runningApproved: '',
  runningProposal: '',
  runningRejected: '',
  runningEnded: '',
  /** An approved pair of the programme that ended a month ago. */
  pastApproved: '',
  /** Newcomers of Sortland's register: every bad change and enrolment goes to the first. */
  newcomer: '',
  /** Enrolled by the valid body. */
  newcomerToEnrol: '',
  /** Enrolled in the programme at setup. */
  enrolledNewcomer: '',
  /** Without an email or a profession, which a mentee needs. */
  bareNewcomer: '',
  /** Has not consented to the mentor programme. */
  unwillingNewcomer: '',
  evening: '',
  /** Erased by the valid body; erased at setup (a second erasure is a 409). */
  participantToErase: '',
  erasedParticipant: '',
  newcomerToErase: '',
  erasedNewcomer: '',
};
let n = 0;
const next = (): number => ++n;

beforeAll(async () => {
  t = await createTestApp();
  t.setNow(NOW);
  const admin = await t.user('admin');
  adminToken = admin.token;
  adminEmail = admin.email;
  ids.lead = (await t.user('lead')).id;
  const created = async (path: string, body: object): Promise<string> => {
    const res = await t.http.post(`/api/v1${path}`).set(t.auth(adminToken)).send(body);
    if (res.status !== 201) throw new Error(`setup: POST ${path} answered ${res.status} ${JSON.stringify(res.body)}`);
    return stringField(res.body, 'id');
  };
  ids.programme = await created('/programmes', programmeBody({ endDate: '2027-09-15' }));
  ids.otherProgramme = await created('/programmes', programmeBody({ name: 'Bodø 2027', municipalityCodes: ['1804'] }));
  const participants = `/programmes/${ids.programme}/participants`;
  const mentor = mentorBody({ capacity: 2 });
  ids.mentorEmail = String(mentor.email);
  ids.mentor = await created(participants, mentor);
  ids.mentee = await created(participants, menteeBody({ gender: 'female', wantsSameGender: true }));
  ids.plainMentee = await created(participants, menteeBody());
  ids.stranger = await created(
    `/programmes/${ids.otherProgramme}/participants`,
    menteeBody({ municipalityCode: '1804' }),
  );
  const gatherings = await t.http.get(`/api/v1/programmes/${ids.programme}/gatherings`).set(t.auth(adminToken));
  ids.kickoff = stringField(
    records(gatherings.body).find((g) => g.kind === 'kickoff'),
    'id',
  );
  ids.extraGathering = await created(`/programmes/${ids.programme}/gatherings`, {
    title: 'Spring meetup',
    startsAt: '2027-04-10T17:00:00+02:00',
    endsAt: '2027-04-10T20:00:00+02:00',
  });

  // Pairs in every state a decision can meet, made through the API.
  const decided = async (matchId: string, action: 'approve' | 'reject' | 'end', body: object): Promise<void> => {
    const res = await t.http.post(`/api/v1/matches/${matchId}/${action}`).set(t.auth(adminToken)).send(body);
    if (res.status !== 200) throw new Error(`setup: ${action} answered ${res.status} ${JSON.stringify(res.body)}`);
  };
  const pair = async (mentorId?: string): Promise<{ mentorId: string; menteeId: string; matchId: string }> => {
    const people = {
      mentorId: mentorId ?? (await created(participants, mentorBody())),
      menteeId: await created(participants, menteeBody()),
    };
    return { ...people, matchId: await created(`/programmes/${ids.programme}/matches`, people) };
  };
  ids.freeMentor = await created(participants, mentorBody());
  ids.freeMentee = await created(participants, menteeBody());
  ids.tigrinyaMentee = await created(participants, menteeBody({ languages: [{ code: 'ti', level: 'native' }] }));
  ids.strangerMentor = await created(
    `/programmes/${ids.otherProgramme}/participants`,
    mentorBody({ municipalityCode: '1804' }),
  );
  const proposal = await pair();
  [ids.proposal, ids.proposalMentor, ids.proposalMentee] = [proposal.matchId, proposal.mentorId, proposal.menteeId];
  const approved = await pair();
  ids.fullMentorProposal = (await pair(approved.mentorId)).matchId;
  await decided(approved.matchId, 'approve', { startsOn: '2027-01-15' });
  [ids.approved, ids.approvedMentor, ids.approvedMentee] = [approved.matchId, approved.mentorId, approved.menteeId];
  const rejected = await pair();
  [ids.rejected, ids.rejectedMentor, ids.rejectedMentee] = [rejected.matchId, rejected.mentorId, rejected.menteeId];
  await decided(ids.rejected, 'reject', { reason: 'They know each other' });
  ids.ended = (await pair()).matchId;
  await decided(ids.ended, 'approve', { startsOn: '2027-01-15' });
  await decided(ids.ended, 'end', { outcome: 'ended' });
  ids.toApprove = (await pair()).matchId;
  ids.toReject = (await pair()).matchId;
  ids.toEnd = (await pair()).matchId;
  await decided(ids.toEnd, 'approve', { startsOn: '2027-01-15' });

  // Pairs that meet: one programme running now, one over.
  const programmeOf = async (name: string, days: { start: string; end: string }) =>
    created('/programmes', programmeBody({ name, startDate: days.start, endDate: days.end, timezone: 'Europe/Oslo' }));
  const pairIn = async (programmeId: string): Promise<string> =>
    created(`/programmes/${programmeId}/matches`, {
      mentorId: await created(`/programmes/${programmeId}/participants`, mentorBody()),
      menteeId: await created(`/programmes/${programmeId}/participants`, menteeBody()),
    });
  ids.running = await programmeOf('Running 2026', RUNNING);
  ids.runningApproved = await pairIn(ids.running);
  await decided(ids.runningApproved, 'approve', { startsOn: RUNNING.start });
  ids.runningProposal = await pairIn(ids.running);
  ids.runningRejected = await pairIn(ids.running);
  await decided(ids.runningRejected, 'reject', { reason: 'They know each other' });
  ids.runningEnded = await pairIn(ids.running);
  await decided(ids.runningEnded, 'approve', { startsOn: RUNNING.start });
  await decided(ids.runningEnded, 'end', { outcome: 'ended' });
  await created(`/matches/${ids.runningApproved}/pauses`, { from: day(-30), to: day(-25), reason: 'sick_leave' });
  const register = `/municipalities/1870/newcomers`;
  ids.newcomer = await created(register, newcomerBody());
  ids.newcomerToEnrol = await created(register, newcomerBody());
  ids.enrolledNewcomer = await created(register, newcomerBody());
  await created(`/newcomers/${ids.enrolledNewcomer}/enrol`, { programmeId: ids.programme });
  ids.bareNewcomer = await created(register, omit(omit(newcomerBody(), 'email'), 'professionCode'));
  ids.participantToErase = await created(`/programmes/${ids.programme}/participants`, menteeBody());
  ids.erasedParticipant = await created(`/programmes/${ids.programme}/participants`, menteeBody());
  await t.http
    .post(`/api/v1/participants/${ids.erasedParticipant}/erase`)
    .set(t.auth(adminToken))
    .send({ reason: 'Asked for erasure' })
    .expect(200);
  ids.newcomerToErase = await created(register, newcomerBody());
  ids.erasedNewcomer = await created(register, newcomerBody());
  await t.http
    .post(`/api/v1/newcomers/${ids.erasedNewcomer}/erase`)
    .set(t.auth(adminToken))
    .send({ reason: 'Asked for erasure' })
    .expect(200);
  ids.unwillingNewcomer = await created(
    register,
    newcomerBody({ consent: { register: true, invitations: true, mentorProgramme: false, givenOn: '2026-10-01' } }),
  );
  ids.evening = await created('/municipalities/1870/events', validEvening());
  const past = await programmeOf('Past 2026', PAST);
  ids.pastApproved = await pairIn(past);
  await decided(ids.pastApproved, 'approve', { startsOn: PAST.start });
});

afterAll(() => t.close());

// ---------------------------------------------------------------------------------------------
// The endpoints, each with its valid body, its fields and its own bad values

const validProgramme = (): Record<string, unknown> =>
  programmeBody({
    name: `Programme ${next()}`,
    endDate: '2027-09-15',
    timezone: 'Europe/Oslo',
    rules: { minMeetingsPerMonth: 2, weights: { profession: 0.5, language: 0.3, location: 0.2 } },
  });
const withRules = (rules: Record<string, unknown>) => () => ({ ...validProgramme(), rules });
const validMentee = (): Record<string, unknown> =>
  menteeBody({
    phone: '+47 912 34 567',
    desiredProfessionCode: '2221',
    gender: 'female',
    wantsSameGender: true,
    employmentStatusAtStart: 'unemployed',
    birthYear: 1990,
  });
const validMentor = (): Record<string, unknown> => mentorBody({ capacity: 2 });
const nb = (level: string) => ({ code: 'nb', level });
const validUser = (): Record<string, unknown> => ({
  email: `user${next()}@example.org`,
  name: 'Kari Nordmann',
  password: 'a long enough password',
  role: 'coordinator',
  municipalityCodes: ['1870'],
});
const validUserChange = (): Record<string, unknown> => ({ name: `Kari Nordmann ${next()}` });
const validAccount = (): Record<string, unknown> => ({ name: `Kari Nordmann ${next()}`, preferredLanguage: 'nn' });
/** The same password again, so the admin's password stays what the other tests log in with. */
const validPasswordChange = (): Record<string, unknown> => ({
  currentPassword: USER_PASSWORD,
  newPassword: USER_PASSWORD,
});
const validMunicipality = (): Record<string, unknown> => ({
  code: String(9100 + next()),
  name: 'Testkommune',
  county: 'Nordland',
  lat: 67.28,
  lon: 14.4,
});
const validInfoPage = (): Record<string, unknown> => ({
  title: `Rettigheter og plikter (${next()})`,
  body: '## Norskopplæring\n\nDu har rett og plikt til opplæring.',
});
const validTeamMember = (): Record<string, unknown> => ({
  name: 'Ingrid Hansen',
  email: `team${next()}@sortland.kommune.no`,
  organisation: 'Sortland kommune',
  sector: 'municipal',
});
/** A theme evening a week ago: an evening held sends no invitation, so the outbox stays empty. */
const eveningStart = OSLO_NOW.minus({ days: 7 }).set({ hour: 18, minute: 0, second: 0, millisecond: 0 });
const validEvening = (): Record<string, unknown> => ({
  theme: 'voluntary_work',
  title: `Frivillig arbeid (${next()})`,
  startsAt: eveningStart.toISO(),
  endsAt: eveningStart.plus({ hours: 2 }).toISO(),
  location: 'Sortland samfunnshus',
  partners: [{ organisation: 'Sortland IL', contact: 'Leder' }],
});
const validEveningChange = (): Record<string, unknown> => ({ title: `Frivillig arbeid (${next()})` });
const validEveningAttendance = (): Record<string, unknown> => ({ newcomerIds: [ids.newcomer], participantIds: [] });
const validProgrammeChange = (): Record<string, unknown> => ({ name: `Mentorprogram Vesterålen 2027 (${next()})` });
const validNewcomer = (): Record<string, unknown> =>
  newcomerBody({
    phone: '+47 912 34 567',
    gender: 'female',
    birthYear: 1990,
    desiredProfessionCode: '5321',
    careerGuidance: { status: 'done', referredOn: '2026-10-05', doneOn: '2026-11-01' },
  });
const consent = (over: Record<string, unknown>) => ({
  consent: { register: true, invitations: true, mentorProgramme: true, givenOn: '2026-10-01', ...over },
});
const guidance = (careerGuidance: Record<string, unknown>) => ({ careerGuidance });
const education = (over: Record<string, unknown>) => ({
  education: { level: 'bachelor', recognition: 'pending', ...over },
});
const validPair = (): Record<string, unknown> => ({ mentorId: ids.freeMentor, menteeId: ids.freeMentee });
/** Ids that are no UUID, as a body field or a path segment may bring them. */
const NOT_UUIDS = ['not-a-uuid', '123', '', '0'.repeat(32), 'g0000000-0000-4000-8000-000000000000'];
const NO_SUCH_MATCH = (action: string) => (): string => `/matches/${randomUUID()}/${action}`;
const validEnd = (): Record<string, unknown> => ({
  outcome: 'completed',
  reason: 'Ran its course',
  employmentStatusAtEnd: 'part_time',
});
const validMeeting = (): Record<string, unknown> => ({
  date: TODAY,
  durationMinutes: 90,
  note: 'Coffee at the library, went through the CV',
});
const meetingOf = (matchId: () => string) => (): string => `/matches/${matchId()}/meetings`;
const validPause = (): Record<string, unknown> => ({
  from: day(100),
  to: day(105),
  reason: 'travel',
  note: 'Visiting family abroad',
});
const pauseOf = (matchId: () => string) => (): string => `/matches/${matchId()}/pauses`;
const validGathering = (): Record<string, unknown> => ({
  kind: 'other',
  title: `Extra gathering ${next()}`,
  startsAt: '2027-04-20T17:00:00+02:00',
  endsAt: '2027-04-20T20:00:00+02:00',
  location: 'Sortland kulturhus',
});

const ENDPOINTS: Endpoint[] = [
  {
    name: 'POST /auth/login',
    method: 'post',
    path: () => '/auth/login',
    anonymous: true,
    ok: 200,
    valid: () => ({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
    fields: [f('email', 'string', 'required'), f('password', 'string', 'required')],
    cases: [
      bad('email that is no address', 'email', () => ({ email: 'admin', password: ADMIN_PASSWORD })),
      bad('email over 254 characters', 'email', () => ({ email: `${long(250)}@example.org`, password: 'x' })),
      bad('empty password', 'password', () => ({ email: ADMIN_EMAIL, password: '' })),
      bad('password over 200 characters', 'password', () => ({ email: ADMIN_EMAIL, password: long(201) })),
      { title: 'unknown email', body: () => ({ email: 'nobody@example.org', password: ADMIN_PASSWORD }), status: 401 },
      { title: 'wrong password', body: () => ({ email: ADMIN_EMAIL, password: 'not the password' }), status: 401 },
    ],
  },
  {
    name: 'POST /users',
    method: 'post',
    path: () => '/users',
    ok: 201,
    valid: validUser,
    fields: [
      f('email', 'string', 'required'),
      f('name', 'string', 'required'),
      f('password', 'string', 'required'),
      f('role', 'string', 'required'),
      f('municipalityCodes', 'array', 'optional'),
    ],
    cases: [
      bad('email "kari"', 'email', patched(validUser, { email: 'kari' })),
      bad('email "kari@"', 'email', patched(validUser, { email: 'kari@' })),
      bad('empty name', 'name', patched(validUser, { name: '' })),
      bad('blank name', 'name', patched(validUser, { name: '   ' })),
      bad('name over 200 characters', 'name', patched(validUser, { name: long(201) })),
      bad('name with a NUL character', 'name', patched(validUser, { name: NUL })),
      bad('password of 11 characters', 'password', patched(validUser, { password: 'elevenchars' })),
      bad('password over 200 characters', 'password', patched(validUser, { password: long(201) })),
      bad('role "superadmin"', 'role', patched(validUser, { role: 'superadmin' })),
      bad('role "Admin"', 'role', patched(validUser, { role: 'Admin' })),
      bad('a coordinator without municipalityCodes', 'municipalityCodes', () => omit(validUser(), 'municipalityCodes')),
      bad(
        'a coordinator with municipalityCodes []',
        'municipalityCodes',
        patched(validUser, { municipalityCodes: [] }),
      ),
      bad('municipalityCodes ["187"]', 'municipalityCodes', patched(validUser, { municipalityCodes: ['187'] })),
      bad(
        'municipalityCodes ["9999"] (unknown)',
        'municipalityCodes',
        patched(validUser, { municipalityCodes: ['9999'] }),
      ),
      bad(
        'municipalityCodes repeated',
        'municipalityCodes',
        patched(validUser, { municipalityCodes: ['1870', '1870'] }),
      ),
      bad(
        'municipalityCodes [1870] (a number)',
        'municipalityCodes',
        patched(validUser, { municipalityCodes: [1870] }),
      ),
      bad('municipalityCodes for a lead', 'municipalityCodes', patched(validUser, { role: 'lead' })),
      bad('the email of an existing user', 'email', patched(validUser, { email: ADMIN_EMAIL }), 409),
      bad(
        'the email of an existing user in capitals',
        'email',
        patched(validUser, { email: ADMIN_EMAIL.toUpperCase() }),
        409,
      ),
    ],
  },
  {
    name: 'PATCH /users/:id',
    method: 'patch',
    path: () => `/users/${ids.lead}`,
    ok: 200,
    valid: validUserChange,
    fields: [
      f('name', 'string', 'notNull'),
      f('role', 'string', 'notNull'),
      f('municipalityCodes', 'array', 'notNull'),
      f('disabled', 'boolean', 'notNull'),
    ],
    cases: [
      bad('empty name', 'name', () => ({ name: '' })),
      bad('blank name', 'name', () => ({ name: '   ' })),
      bad('name over 200 characters', 'name', () => ({ name: long(201) })),
      bad('name with a NUL character', 'name', () => ({ name: NUL })),
      bad('role "superadmin"', 'role', () => ({ role: 'superadmin' })),
      bad('role "Lead"', 'role', () => ({ role: 'Lead' })),
      bad('role coordinator without municipalityCodes', 'municipalityCodes', () => ({ role: 'coordinator' })),
      bad('role coordinator with municipalityCodes []', 'municipalityCodes', () => ({
        role: 'coordinator',
        municipalityCodes: [],
      })),
      bad('municipalityCodes for a lead', 'municipalityCodes', () => ({ municipalityCodes: ['1870'] })),
      bad('municipalityCodes ["187"]', 'municipalityCodes', () => ({
        role: 'coordinator',
        municipalityCodes: ['187'],
      })),
      bad('municipalityCodes ["9999"] (unknown)', 'municipalityCodes', () => ({
        role: 'coordinator',
        municipalityCodes: ['9999'],
      })),
      bad('municipalityCodes repeated', 'municipalityCodes', () => ({
        role: 'coordinator',
        municipalityCodes: ['1870', '1870'],
      })),
      bad('disabled "true" (a string)', 'disabled', () => ({ disabled: 'true' })),
      bad('disabled 1', 'disabled', () => ({ disabled: 1 })),
      bad('email (not changeable here)', 'email', () => ({ email: 'new@example.org' })),
      bad('password (not changeable here)', 'password', () => ({ password: 'a long enough password' })),
      { title: 'a user that does not exist', path: () => `/users/${randomUUID()}`, body: validUserChange, status: 404 },
    ],
  },
  {
    name: 'PATCH /auth/me',
    method: 'patch',
    path: () => '/auth/me',
    ok: 200,
    valid: validAccount,
    fields: [f('name', 'string', 'notNull'), f('preferredLanguage', 'string', 'notNull')],
    cases: [
      bad('empty name', 'name', () => ({ name: '' })),
      bad('blank name', 'name', () => ({ name: '   ' })),
      bad('name over 200 characters', 'name', () => ({ name: long(201) })),
      bad('name with a NUL character', 'name', () => ({ name: NUL })),
      bad('preferredLanguage "de"', 'preferredLanguage', () => ({ preferredLanguage: 'de' })),
      bad('preferredLanguage "no" (bokmål is nb)', 'preferredLanguage', () => ({ preferredLanguage: 'no' })),
      bad('preferredLanguage "NB"', 'preferredLanguage', () => ({ preferredLanguage: 'NB' })),
      bad('preferredLanguage ""', 'preferredLanguage', () => ({ preferredLanguage: '' })),
      bad('preferredLanguage "nb-NO"', 'preferredLanguage', () => ({ preferredLanguage: 'nb-NO' })),
      bad('role (not the caller to change)', 'role', () => ({ role: 'admin' })),
      bad('municipalityCodes (not the caller to change)', 'municipalityCodes', () => ({ municipalityCodes: ['1870'] })),
      bad('disabled (not the caller to change)', 'disabled', () => ({ disabled: false })),
      bad('email (not changeable)', 'email', () => ({ email: 'new@example.org' })),
    ],
  },
  {
    name: 'POST /auth/password',
    method: 'post',
    path: () => '/auth/password',
    ok: 204,
    valid: validPasswordChange,
    fields: [f('currentPassword', 'string', 'required'), f('newPassword', 'string', 'required')],
    cases: [
      bad('a wrong currentPassword', 'currentPassword', patched(validPasswordChange, { currentPassword: 'not mine!' })),
      bad('an empty currentPassword', 'currentPassword', patched(validPasswordChange, { currentPassword: '' })),
      bad('currentPassword over 200 characters', 'currentPassword', () => ({
        ...validPasswordChange(),
        currentPassword: long(201),
      })),
      bad('newPassword of 11 characters', 'newPassword', patched(validPasswordChange, { newPassword: 'elevenchars' })),
      bad('newPassword over 200 characters', 'newPassword', patched(validPasswordChange, { newPassword: long(201) })),
      bad('newPassword with a NUL character', 'newPassword', patched(validPasswordChange, { newPassword: NUL })),
      bad('password (the name POST /users uses)', 'password', () => ({
        ...validPasswordChange(),
        password: 'a long enough password',
      })),
    ],
  },
  {
    name: 'POST /auth/mfa/confirm',
    method: 'post',
    path: () => '/auth/mfa/confirm',
    before: () => mfa.enrolling(),
    ok: 200,
    valid: () => ({ code: mfa.code() }),
    fields: [f('code', 'string', 'required')],
    cases: [
      bad('a code of another time', 'code', () => ({ code: mfa.code(-600) })),
      bad('a code of 5 digits', 'code', () => ({ code: '12345' })),
      bad('a code of 7 digits', 'code', () => ({ code: '1234567' })),
      bad('a code with letters', 'code', () => ({ code: '12a456' })),
      bad('a recovery code (confirming takes the app only)', 'code', () => ({ code: 'abcde-23456' })),
      bad('an empty code', 'code', () => ({ code: '' })),
      bad('a code with a NUL character', 'code', () => ({ code: '123\u0000456' })),
    ],
  },
  {
    name: 'DELETE /auth/mfa',
    method: 'delete',
    path: () => '/auth/mfa',
    before: () => mfa.on(),
    ok: 204,
    valid: () => ({ code: mfa.recoveryCodes[0] }),
    fields: [f('code', 'string', 'required')],
    cases: [
      bad('a code of another time', 'code', () => ({ code: mfa.code(-600) })),
      bad('a recovery code that is no one of these', 'code', () => ({ code: 'abcde-23456' })),
      bad('a code of 5 digits', 'code', () => ({ code: '12345' })),
      bad('a recovery code one character short', 'code', () => ({ code: mfa.recoveryCodes[0].slice(0, -1) })),
      bad('an empty code', 'code', () => ({ code: '' })),
      bad('a password instead of a code', 'code', () => ({ code: USER_PASSWORD })),
      bad('password (the factor is turned off with a code)', 'password', () => ({
        code: mfa.recoveryCodes[0],
        password: USER_PASSWORD,
      })),
    ],
  },
  {
    name: 'POST /auth/mfa',
    method: 'post',
    path: () => '/auth/mfa',
    anonymous: true,
    before: () => mfaLogin.start(),
    ok: 200,
    valid: () => ({ mfaToken: mfaLogin.mfaToken, code: mfaLogin.recoveryCode() }),
    fields: [f('mfaToken', 'string', 'required'), f('code', 'string', 'required')],
    cases: [
      bad('a code of 5 digits', 'code', () => ({ mfaToken: mfaLogin.mfaToken, code: '12345' })),
      bad('an empty code', 'code', () => ({ mfaToken: mfaLogin.mfaToken, code: '' })),
      bad('a code over 11 characters', 'code', () => ({ mfaToken: mfaLogin.mfaToken, code: long(12) })),
      bad('an empty mfaToken', 'mfaToken', () => ({ mfaToken: '', code: '123456' })),
      bad('an mfaToken over 2048 characters', 'mfaToken', () => ({ mfaToken: long(2049), code: '123456' })),
      bad('email (the mfaToken names the user)', 'email', () => ({
        mfaToken: mfaLogin.mfaToken,
        code: '123456',
        email: ADMIN_EMAIL,
      })),
      {
        title: 'a wrong code',
        body: () => ({ mfaToken: mfaLogin.mfaToken, code: 'abcde-23456' }),
        status: 401,
        field: 'code',
      },
      { title: 'an mfaToken that is no token', body: () => ({ mfaToken: 'garbage', code: '123456' }), status: 401 },
      { title: 'an access token as the mfaToken', body: () => ({ mfaToken: adminToken, code: '123456' }), status: 401 },
    ],
  },
  {
    name: 'POST /municipalities',
    method: 'post',
    path: () => '/municipalities',
    ok: 201,
    valid: validMunicipality,
    fields: [
      f('code', 'string', 'required'),
      f('name', 'string', 'required'),
      f('county', 'string', 'required'),
      f('lat', 'number', 'required'),
      f('lon', 'number', 'required'),
    ],
    cases: [
      bad('lat 91', 'lat', patched(validMunicipality, { lat: 91 })),
      bad('lat -91', 'lat', patched(validMunicipality, { lat: -91 })),
      bad('lon 181', 'lon', patched(validMunicipality, { lon: 181 })),
      bad('lon -181', 'lon', patched(validMunicipality, { lon: -181 })),
      {
        title: 'lat 1e400 (Infinity once parsed)',
        raw: () => JSON.stringify({ ...validMunicipality(), lat: 0 }).replace('"lat":0', '"lat":1e400'),
        status: 400,
        field: 'lat',
      },
      bad('code "123"', 'code', patched(validMunicipality, { code: '123' })),
      bad('code "12345"', 'code', patched(validMunicipality, { code: '12345' })),
      bad('code "abcd"', 'code', patched(validMunicipality, { code: 'abcd' })),
      bad('code " 187"', 'code', patched(validMunicipality, { code: ' 187' })),
      bad('empty name', 'name', patched(validMunicipality, { name: '' })),
      bad('name over 100 characters', 'name', patched(validMunicipality, { name: long(101) })),
      bad('name with a NUL character', 'name', patched(validMunicipality, { name: NUL })),
      bad('empty county', 'county', patched(validMunicipality, { county: '' })),
      {
        title: 'the code of an existing municipality',
        body: patched(validMunicipality, { code: '1870' }),
        status: 409,
      },
    ],
  },
  {
    name: 'POST /programmes',
    method: 'post',
    path: () => '/programmes',
    ok: 201,
    valid: validProgramme,
    fields: [
      f('name', 'string', 'required'),
      f('startDate', 'string', 'required'),
      f('endDate', 'string', 'optional'),
      f('municipalityCodes', 'array', 'required'),
      f('timezone', 'string', 'optional'),
      f('rules', 'object', 'optional'),
    ],
    cases: [
      bad('empty name', 'name', patched(validProgramme, { name: '' })),
      bad('blank name', 'name', patched(validProgramme, { name: '   ' })),
      bad('name over 200 characters', 'name', patched(validProgramme, { name: long(201) })),
      bad('name with a NUL character', 'name', patched(validProgramme, { name: NUL })),
      bad('startDate 2027-02-30', 'startDate', patched(validProgramme, { startDate: '2027-02-30' })),
      bad('startDate 2027-02-29 (not a leap year)', 'startDate', patched(validProgramme, { startDate: '2027-02-29' })),
      bad('startDate 2027-13-01', 'startDate', patched(validProgramme, { startDate: '2027-13-01' })),
      bad('startDate 15.01.2027', 'startDate', patched(validProgramme, { startDate: '15.01.2027' })),
      bad('startDate 2027-1-15', 'startDate', patched(validProgramme, { startDate: '2027-1-15' })),
      bad('startDate as a timestamp', 'startDate', patched(validProgramme, { startDate: '2027-01-15T00:00:00Z' })),
      bad('startDate 0000-01-01 (no year 0)', 'startDate', patched(validProgramme, { startDate: '0000-01-01' })),
      bad('endDate 2027-02-30', 'endDate', patched(validProgramme, { endDate: '2027-02-30' })),
      bad('endDate before startDate', 'endDate', patched(validProgramme, { endDate: '2027-01-01' })),
      bad('endDate on startDate', 'endDate', patched(validProgramme, { endDate: '2027-01-15' })),
      bad('timezone Mars/Olympus', 'timezone', patched(validProgramme, { timezone: 'Mars/Olympus' })),
      bad('timezone ""', 'timezone', patched(validProgramme, { timezone: '' })),
      bad('timezone +01:00', 'timezone', patched(validProgramme, { timezone: '+01:00' })),
      bad('municipalityCodes []', 'municipalityCodes', patched(validProgramme, { municipalityCodes: [] })),
      bad(
        'municipalityCodes ["9999"] (unknown)',
        'municipalityCodes',
        patched(validProgramme, { municipalityCodes: ['9999'] }),
      ),
      bad(
        'municipalityCodes repeated',
        'municipalityCodes',
        patched(validProgramme, { municipalityCodes: ['1870', '1870'] }),
      ),
      bad('municipalityCodes ["187"]', 'municipalityCodes', patched(validProgramme, { municipalityCodes: ['187'] })),
      bad('municipalityCodes [1870]', 'municipalityCodes', patched(validProgramme, { municipalityCodes: [1870] })),
      bad(
        'municipalityCodes ["1870", null]',
        'municipalityCodes',
        patched(validProgramme, { municipalityCodes: ['1870', null] }),
      ),
      bad('rules.minMeetingsPerMonth 0', 'rules.minMeetingsPerMonth', withRules({ minMeetingsPerMonth: 0 })),
      bad('rules.minMeetingsPerMonth 32', 'rules.minMeetingsPerMonth', withRules({ minMeetingsPerMonth: 32 })),
      bad('rules.minMeetingsPerMonth 1.5', 'rules.minMeetingsPerMonth', withRules({ minMeetingsPerMonth: 1.5 })),
      bad('rules.minMeetingsPerMonth "2"', 'rules.minMeetingsPerMonth', withRules({ minMeetingsPerMonth: '2' })),
      bad('rules.minMeetingMinutes 14', 'rules.minMeetingMinutes', withRules({ minMeetingMinutes: 14 })),
      bad('rules.minMeetingMinutes 601', 'rules.minMeetingMinutes', withRules({ minMeetingMinutes: 601 })),
      bad('rules.maxDistanceKm 0', 'rules.maxDistanceKm', withRules({ maxDistanceKm: 0 })),
      bad('rules.maxDistanceKm -5', 'rules.maxDistanceKm', withRules({ maxDistanceKm: -5 })),
      bad('rules.midMonthReminderDay 0', 'rules.midMonthReminderDay', withRules({ midMonthReminderDay: 0 })),
      bad('rules.midMonthReminderDay 29', 'rules.midMonthReminderDay', withRules({ midMonthReminderDay: 29 })),
      bad('rules.exemptMonths [13]', 'rules.exemptMonths', withRules({ exemptMonths: [13] })),
      bad('rules.exemptMonths [0]', 'rules.exemptMonths', withRules({ exemptMonths: [0] })),
      bad('rules.exemptMonths [7, 7]', 'rules.exemptMonths', withRules({ exemptMonths: [7, 7] })),
      bad('rules.exemptMonths [6.5]', 'rules.exemptMonths', withRules({ exemptMonths: [6.5] })),
      bad('rules.exemptMonths ["7"]', 'rules.exemptMonths', withRules({ exemptMonths: ['7'] })),
      bad('rules.exemptMonths 7 (not a list)', 'rules.exemptMonths', withRules({ exemptMonths: 7 })),
      bad('rules.exemptMonths null', 'rules.exemptMonths', withRules({ exemptMonths: null })),
      bad('rules.retentionMonths 0', 'rules.retentionMonths', withRules({ retentionMonths: 0 })),
      bad('rules.retentionMonths 121', 'rules.retentionMonths', withRules({ retentionMonths: 121 })),
      bad('rules.retentionMonths 1.5', 'rules.retentionMonths', withRules({ retentionMonths: 1.5 })),
      bad('rules.retentionMonths "12"', 'rules.retentionMonths', withRules({ retentionMonths: '12' })),
      bad('rules.retentionMonths null', 'rules.retentionMonths', withRules({ retentionMonths: null })),
      bad('rules.weights all 0', 'rules.weights', withRules({ weights: { profession: 0, language: 0, location: 0 } })),
      bad('rules.weights.profession -0.1', 'rules.weights.profession', withRules({ weights: { profession: -0.1 } })),
      bad('rules.weights.language "high"', 'rules.weights.language', withRules({ weights: { language: 'high' } })),
      bad('rules.weights [] (array where object)', 'rules.weights', withRules({ weights: [] })),
      bad('rules.weights "equal"', 'rules.weights', withRules({ weights: 'equal' })),
      bad('an unknown rule', 'rules.maxMentees', withRules({ maxMentees: 3 })),
      bad('rules.requireScreening "yes"', 'rules.requireScreening', withRules({ requireScreening: 'yes' })),
      bad('rules.requireScreening null', 'rules.requireScreening', withRules({ requireScreening: null })),
      bad('an unknown weight', 'rules.weights.gender', withRules({ weights: { profession: 1, gender: 1 } })),
    ],
  },
  {
    name: 'PATCH /programmes/:id',
    method: 'patch',
    path: () => `/programmes/${ids.programme}`,
    ok: 200,
    valid: validProgrammeChange,
    fields: [
      f('name', 'string', 'notNull'),
      f('startDate', 'string', 'notNull'),
      f('endDate', 'string', 'notNull'),
      f('municipalityCodes', 'array', 'notNull'),
      f('timezone', 'string', 'notNull'),
      f('rules', 'object', 'notNull'),
    ],
    cases: [
      bad('empty name', 'name', patched(validProgrammeChange, { name: '' })),
      bad('name with a NUL character', 'name', patched(validProgrammeChange, { name: NUL })),
      bad('startDate 2027-02-30', 'startDate', () => ({ startDate: '2027-02-30' })),
      bad('startDate 0000-01-01 (no year 0)', 'startDate', () => ({ startDate: '0000-01-01' })),
      bad('endDate 2027-02-30', 'endDate', () => ({ endDate: '2027-02-30' })),
      bad('startDate after the endDate it keeps', 'startDate', () => ({ startDate: '2027-10-01' })),
      bad('endDate before the startDate it keeps', 'endDate', () => ({ endDate: '2027-01-10' })),
      bad('endDate before the new startDate', 'endDate', () => ({ startDate: '2027-03-01', endDate: '2027-02-01' })),
      bad('timezone Mars/Olympus', 'timezone', () => ({ timezone: 'Mars/Olympus' })),
      bad('municipalityCodes with an unknown code', 'municipalityCodes', () => ({
        municipalityCodes: [...VESTERALEN, '9999'],
      })),
      bad('municipalityCodes []', 'municipalityCodes', () => ({ municipalityCodes: [] })),
      bad('municipalityCodes repeated', 'municipalityCodes', () => ({ municipalityCodes: ['1870', '1870'] })),
      bad(
        'municipalityCodes without 1870, where participants live',
        'municipalityCodes',
        () => ({ municipalityCodes: ['1851'] }),
        409,
      ),
      bad('rules.minMeetingsPerMonth 0', 'rules.minMeetingsPerMonth', () => ({ rules: { minMeetingsPerMonth: 0 } })),
      bad('rules.weights all 0', 'rules.weights', () => ({
        rules: { weights: { profession: 0, language: 0, location: 0 } },
      })),
      bad('rules.weights.location -1', 'rules.weights.location', () => ({ rules: { weights: { location: -1 } } })),
      bad('rules.weights [] (array where object)', 'rules.weights', () => ({ rules: { weights: [] } })),
      bad('an unknown rule', 'rules.maxMentees', () => ({ rules: { maxMentees: 3 } })),
    ],
  },
  {
    name: 'POST /programmes/:id/gatherings',
    method: 'post',
    path: () => `/programmes/${ids.programme}/gatherings`,
    ok: 201,
    valid: validGathering,
    fields: [
      f('kind', 'string', 'optional'),
      f('title', 'string', 'required'),
      f('startsAt', 'string', 'required'),
      f('endsAt', 'string', 'optional'),
      f('location', 'string', 'optional'),
    ],
    cases: [
      bad('empty title', 'title', patched(validGathering, { title: '' })),
      bad('blank title', 'title', patched(validGathering, { title: '   ' })),
      bad('title over 200 characters', 'title', patched(validGathering, { title: long(201) })),
      bad('title with a NUL character', 'title', patched(validGathering, { title: NUL })),
      bad('location over 300 characters', 'location', patched(validGathering, { location: long(301) })),
      bad('location with a NUL character', 'location', patched(validGathering, { location: NUL })),
      bad('kind "kickoff"', 'kind', patched(validGathering, { kind: 'kickoff' })),
      bad('kind "party"', 'kind', patched(validGathering, { kind: 'party' })),
      bad('startsAt without an offset', 'startsAt', patched(validGathering, { startsAt: '2027-04-20T17:00:00' })),
      bad('startsAt a day', 'startsAt', patched(validGathering, { startsAt: '2027-04-20' })),
      bad(
        'startsAt 2027-02-30T17:00',
        'startsAt',
        patched(validGathering, { startsAt: '2027-02-30T17:00:00+01:00', endsAt: undefined }),
      ),
      bad('startsAt at 25:00', 'startsAt', patched(validGathering, { startsAt: '2027-04-20T25:00:00+02:00' })),
      bad('startsAt "tomorrow evening"', 'startsAt', patched(validGathering, { startsAt: 'tomorrow evening' })),
      bad('endsAt without an offset', 'endsAt', patched(validGathering, { endsAt: '2027-04-20T20:00:00' })),
      bad('endsAt before startsAt', 'endsAt', patched(validGathering, { endsAt: '2027-04-20T16:00:00+02:00' })),
      bad('endsAt at startsAt', 'endsAt', patched(validGathering, { endsAt: '2027-04-20T17:00:00+02:00' })),
      bad(
        'endsAt eight days after startsAt',
        'endsAt',
        patched(validGathering, { endsAt: '2027-04-28T17:00:00+02:00' }),
      ),
    ],
  },
  {
    name: 'PATCH /gatherings/:id',
    method: 'patch',
    path: () => `/gatherings/${ids.extraGathering}`,
    ok: 200,
    valid: () => ({ title: `Spring meetup (${next()})` }),
    fields: [
      f('title', 'string', 'notNull'),
      f('startsAt', 'string', 'notNull'),
      f('endsAt', 'string', 'notNull'),
      f('location', 'string', 'optional'),
    ],
    cases: [
      bad('empty title', 'title', () => ({ title: '' })),
      bad('title with a NUL character', 'title', () => ({ title: NUL })),
      bad('location over 300 characters', 'location', () => ({ location: long(301) })),
      bad('startsAt without an offset', 'startsAt', () => ({ startsAt: '2027-04-11T17:00:00' })),
      bad('startsAt 2027-02-30T17:00', 'startsAt', () => ({ startsAt: '2027-02-30T17:00:00+01:00' })),
      bad('endsAt before the start it keeps', 'endsAt', () => ({ endsAt: '2027-04-10T16:00:00+02:00' })),
      bad('endsAt before the new startsAt', 'endsAt', () => ({
        startsAt: '2027-04-10T18:00:00+02:00',
        endsAt: '2027-04-10T17:30:00+02:00',
      })),
      bad('endsAt three weeks after the start', 'endsAt', () => ({ endsAt: '2027-05-01T17:00:00+02:00' })),
      bad('kind (not a field of a change)', 'kind', () => ({ kind: 'other' })),
    ],
  },
  {
    name: 'PUT /gatherings/:id/attendance',
    method: 'put',
    path: () => `/gatherings/${ids.kickoff}/attendance`,
    ok: 200,
    valid: () => ({ participantIds: [ids.mentee] }),
    fields: [f('participantIds', 'array', 'required')],
    cases: [
      bad('participantIds ["not-a-uuid"]', 'participantIds', () => ({ participantIds: ['not-a-uuid'] })),
      bad('participantIds [123]', 'participantIds', () => ({ participantIds: [123] })),
      bad('participantIds [null]', 'participantIds', () => ({ participantIds: [null] })),
      bad('participantIds repeated', 'participantIds', () => ({ participantIds: [ids.mentee, ids.mentee] })),
      bad('participantIds of no participant', 'participantIds', () => ({ participantIds: [randomUUID()] })),
      bad('participantIds of another programme', 'participantIds', () => ({ participantIds: [ids.stranger] })),
    ],
  },
  {
    name: 'POST /programmes/:id/participants',
    method: 'post',
    path: () => `/programmes/${ids.programme}/participants`,
    ok: 201,
    valid: validMentee,
    fields: [
      f('role', 'string', 'required'),
      f('name', 'string', 'required'),
      f('email', 'string', 'required'),
      f('phone', 'string', 'optional'),
      f('municipalityCode', 'string', 'required'),
      f('preferredLanguage', 'string', 'required'),
      f('languages', 'array', 'required'),
      f('professionCode', 'string', 'required'),
      f('desiredProfessionCode', 'string', 'optional'),
      f('category', 'string', 'optional'),
      f('gender', 'string', 'optional'),
      f('wantsSameGender', 'boolean', 'optional'),
      f('employmentStatusAtStart', 'string', 'optional'),
      f('birthYear', 'integer', 'optional'),
    ],
    cases: [
      bad('role "buddy"', 'role', patched(validMentee, { role: 'buddy' })),
      bad('role "Mentee"', 'role', patched(validMentee, { role: 'Mentee' })),
      bad('empty name', 'name', patched(validMentee, { name: '' })),
      bad('name over 200 characters', 'name', patched(validMentee, { name: long(201) })),
      bad('name with a NUL character', 'name', patched(validMentee, { name: NUL })),
      bad('email "amina"', 'email', patched(validMentee, { email: 'amina' })),
      bad('email over 254 characters', 'email', patched(validMentee, { email: `${long(250)}@example.org` })),
      bad('phone "call me"', 'phone', patched(validMentee, { phone: 'call me' })),
      bad('phone "12"', 'phone', patched(validMentee, { phone: '12' })),
      bad(
        'municipalityCode 1804 (not in the programme)',
        'municipalityCode',
        patched(validMentee, { municipalityCode: '1804' }),
      ),
      bad(
        'municipalityCode 9999 (no such municipality)',
        'municipalityCode',
        patched(validMentee, { municipalityCode: '9999' }),
      ),
      bad('municipalityCode "187"', 'municipalityCode', patched(validMentee, { municipalityCode: '187' })),
      bad('preferredLanguage "xx"', 'preferredLanguage', patched(validMentee, { preferredLanguage: 'xx' })),
      bad(
        'preferredLanguage "nor" (ISO 639-2)',
        'preferredLanguage',
        patched(validMentee, { preferredLanguage: 'nor' }),
      ),
      bad('languages []', 'languages', patched(validMentee, { languages: [] })),
      bad('a language "xx"', 'languages', patched(validMentee, { languages: [{ code: 'xx', level: 'B1' }] })),
      bad('a language at level "D1"', 'languages', patched(validMentee, { languages: [nb('D1')] })),
      bad('a language without a level', 'languages', patched(validMentee, { languages: [{ code: 'nb' }] })),
      bad('a language without a code', 'languages', patched(validMentee, { languages: [{ level: 'B1' }] })),
      bad('a language twice', 'languages', patched(validMentee, { languages: [nb('B1'), nb('C1')] })),
      bad(
        'a language twice, once in capitals',
        'languages',
        patched(validMentee, { languages: [nb('B1'), { code: 'NB', level: 'C1' }] }),
      ),
      bad(
        'a language with an unknown field',
        'languages.0.years',
        patched(validMentee, { languages: [{ ...nb('B1'), years: 3 }] }),
      ),
      bad('a language as a string', 'languages', patched(validMentee, { languages: ['nb'] })),
      bad('a language as null', 'languages', patched(validMentee, { languages: [null] })),
      bad(
        'professionCode "9999" (no such ISCO group)',
        'professionCode',
        patched(validMentee, { professionCode: '9999' }),
      ),
      bad('professionCode "12345"', 'professionCode', patched(validMentee, { professionCode: '12345' })),
      bad('professionCode ""', 'professionCode', patched(validMentee, { professionCode: '' })),
      bad(
        'desiredProfessionCode "9999"',
        'desiredProfessionCode',
        patched(validMentee, { desiredProfessionCode: '9999' }),
      ),
      bad('category "tourist"', 'category', patched(validMentee, { category: 'tourist' })),
      bad('gender "x"', 'gender', patched(validMentee, { gender: 'x' })),
      bad('wantsSameGender without a gender', 'gender', () => omit(validMentee(), 'gender')),
      bad(
        'employmentStatusAtStart "retired"',
        'employmentStatusAtStart',
        patched(validMentee, { employmentStatusAtStart: 'retired' }),
      ),
      bad('capacity on a mentee', 'capacity', patched(validMentee, { capacity: 2 })),
      bad('category on a mentor', 'category', patched(validMentor, { category: 'refugee' })),
      bad(
        'desiredProfessionCode on a mentor',
        'desiredProfessionCode',
        patched(validMentor, { desiredProfessionCode: '2221' }),
      ),
      bad(
        'wantsSameGender on a mentor',
        'wantsSameGender',
        patched(validMentor, { gender: 'male', wantsSameGender: true }),
      ),
      bad('capacity 0', 'capacity', patched(validMentor, { capacity: 0 })),
      bad('birthYear 1899', 'birthYear', patched(validMentee, { birthYear: 1899 })),
      bad('birthYear next year', 'birthYear', patched(validMentee, { birthYear: new Date().getUTCFullYear() + 1 })),
      bad('birthYear 1990.5', 'birthYear', patched(validMentee, { birthYear: 1990.5 })),
      bad('capacity 11', 'capacity', patched(validMentor, { capacity: 11 })),
      bad('capacity -1', 'capacity', patched(validMentor, { capacity: -1 })),
      bad('capacity 2.5', 'capacity', patched(validMentor, { capacity: 2.5 })),
      bad('capacity "2"', 'capacity', patched(validMentor, { capacity: '2' })),
      bad('capacity true', 'capacity', patched(validMentor, { capacity: true })),
      bad('capacity [2]', 'capacity', patched(validMentor, { capacity: [2] })),
      bad(
        'the email of a participant of the programme',
        'email',
        () => ({ ...validMentor(), email: ids.mentorEmail }),
        409,
      ),
    ],
  },
  {
    name: 'PATCH /participants/:id',
    method: 'patch',
    path: () => `/participants/${ids.mentee}`,
    ok: 200,
    valid: () => ({ name: `Amina Hassan ${next()}` }),
    fields: [
      f('name', 'string', 'notNull'),
      f('email', 'string', 'notNull'),
      f('phone', 'string', 'optional'),
      f('municipalityCode', 'string', 'notNull'),
      f('preferredLanguage', 'string', 'notNull'),
      f('languages', 'array', 'notNull'),
      f('professionCode', 'string', 'notNull'),
      f('desiredProfessionCode', 'string', 'optional'),
      f('category', 'string', 'optional'),
      f('gender', 'string', 'optional'),
      f('wantsSameGender', 'boolean', 'optional'),
      f('employmentStatusAtStart', 'string', 'optional'),
      f('birthYear', 'integer', 'optional'),
    ],
    cases: [
      bad('role (not a field of a change)', 'role', () => ({ role: 'mentor' })),
      bad('empty name', 'name', () => ({ name: '' })),
      bad('name with a NUL character', 'name', () => ({ name: NUL })),
      bad('email "amina"', 'email', () => ({ email: 'amina' })),
      bad('municipalityCode 1804 (not in the programme)', 'municipalityCode', () => ({ municipalityCode: '1804' })),
      bad('professionCode "9999"', 'professionCode', () => ({ professionCode: '9999' })),
      bad('preferredLanguage "xx"', 'preferredLanguage', () => ({ preferredLanguage: 'xx' })),
      bad('languages []', 'languages', () => ({ languages: [] })),
      bad('a language twice', 'languages', () => ({ languages: [nb('B1'), nb('C1')] })),
      bad('capacity on a mentee', 'capacity', () => ({ capacity: 2 })),
      bad('gender cleared while wantsSameGender', 'gender', () => ({ gender: null })),
      {
        ...bad('wantsSameGender without a gender', 'gender', () => ({ wantsSameGender: true })),
        path: () => `/participants/${ids.plainMentee}`,
      },
      {
        ...bad('category on a mentor', 'category', () => ({ category: 'refugee' })),
        path: () => `/participants/${ids.mentor}`,
      },
      {
        ...bad('desiredProfessionCode on a mentor', 'desiredProfessionCode', () => ({ desiredProfessionCode: '2221' })),
        path: () => `/participants/${ids.mentor}`,
      },
      {
        ...bad('wantsSameGender on a mentor', 'wantsSameGender', () => ({ gender: 'male', wantsSameGender: true })),
        path: () => `/participants/${ids.mentor}`,
      },
      {
        ...bad('capacity 0 on a mentor', 'capacity', () => ({ capacity: 0 })),
        path: () => `/participants/${ids.mentor}`,
      },
      {
        ...bad('capacity 11 on a mentor', 'capacity', () => ({ capacity: 11 })),
        path: () => `/participants/${ids.mentor}`,
      },
      bad('the email of another participant', 'email', () => ({ email: ids.mentorEmail }), 409),
    ],
  },
  {
    name: 'POST /municipalities/:code/newcomers',
    method: 'post',
    path: () => '/municipalities/1870/newcomers',
    ok: 201,
    valid: validNewcomer,
    fields: [
      f('name', 'string', 'required'),
      f('email', 'string', 'optional'),
      f('phone', 'string', 'optional'),
      f('preferredLanguage', 'string', 'required'),
      f('languages', 'array', 'required'),
      f('category', 'string', 'required'),
      f('arrivalMonth', 'string', 'required'),
      f('gender', 'string', 'optional'),
      f('birthYear', 'integer', 'optional'),
      f('professionCode', 'string', 'optional'),
      f('desiredProfessionCode', 'string', 'optional'),
      f('education', 'object', 'optional'),
      f('workYears', 'integer', 'optional'),
      f('inIntroductionProgramme', 'boolean', 'optional'),
      f('careerGuidance', 'object', 'optional'),
      f('consent', 'object', 'required'),
    ],
    cases: [
      bad('consent.register false', 'consent.register', patched(validNewcomer, consent({ register: false }))),
      bad('consent.register "true"', 'consent.register', patched(validNewcomer, consent({ register: 'true' }))),
      bad('consent without register', 'consent.register', patched(validNewcomer, consent({ register: undefined }))),
      bad('consent without givenOn', 'consent.givenOn', patched(validNewcomer, consent({ givenOn: undefined }))),
      bad('consent.givenOn tomorrow', 'consent.givenOn', patched(validNewcomer, consent({ givenOn: day(1) }))),
      bad('consent.invitations "yes"', 'consent.invitations', patched(validNewcomer, consent({ invitations: 'yes' }))),
      bad('consent with an unknown field', 'consent.health', patched(validNewcomer, consent({ health: true }))),
      bad('empty name', 'name', patched(validNewcomer, { name: '' })),
      bad('name with a NUL character', 'name', patched(validNewcomer, { name: NUL })),
      bad('email "olena"', 'email', patched(validNewcomer, { email: 'olena' })),
      bad('phone "12"', 'phone', patched(validNewcomer, { phone: '12' })),
      bad('preferredLanguage "ukr"', 'preferredLanguage', patched(validNewcomer, { preferredLanguage: 'ukr' })),
      bad('languages []', 'languages', patched(validNewcomer, { languages: [] })),
      bad('a language twice', 'languages', patched(validNewcomer, { languages: [nb('B1'), nb('C1')] })),
      bad('a language at level "D1"', 'languages', patched(validNewcomer, { languages: [nb('D1')] })),
      bad('category "tourist"', 'category', patched(validNewcomer, { category: 'tourist' })),
      bad('gender "x"', 'gender', patched(validNewcomer, { gender: 'x' })),
      bad('professionCode "9999"', 'professionCode', patched(validNewcomer, { professionCode: '9999' })),
      bad('arrivalMonth "2026-13"', 'arrivalMonth', patched(validNewcomer, { arrivalMonth: '2026-13' })),
      bad('arrivalMonth "2026-9"', 'arrivalMonth', patched(validNewcomer, { arrivalMonth: '2026-9' })),
      bad('arrivalMonth a day', 'arrivalMonth', patched(validNewcomer, { arrivalMonth: '2026-09-01' })),
      bad('arrivalMonth next year', 'arrivalMonth', patched(validNewcomer, { arrivalMonth: day(400).slice(0, 7) })),
      bad('birthYear 1899', 'birthYear', patched(validNewcomer, { birthYear: 1899 })),
      bad('birthYear 1990.5', 'birthYear', patched(validNewcomer, { birthYear: 1990.5 })),
      bad('birthYear next year', 'birthYear', patched(validNewcomer, { birthYear: Number(day(400).slice(0, 4)) })),
      bad('education.level "phd"', 'education.level', patched(validNewcomer, education({ level: 'phd' }))),
      bad(
        'education without recognition',
        'education.recognition',
        patched(validNewcomer, education({ recognition: undefined })),
      ),
      bad('education.country "XX"', 'education.country', patched(validNewcomer, education({ country: 'XX' }))),
      bad('education.country "Norway"', 'education.country', patched(validNewcomer, education({ country: 'Norway' }))),
      bad(
        'education.field over 200 characters',
        'education.field',
        patched(validNewcomer, education({ field: long(201) })),
      ),
      bad('workYears -1', 'workYears', patched(validNewcomer, { workYears: -1 })),
      bad('workYears 71', 'workYears', patched(validNewcomer, { workYears: 71 })),
      bad(
        'a mapping with inIntroductionProgramme',
        'education',
        patched(validNewcomer, { inIntroductionProgramme: true, workYears: undefined }),
      ),
      bad(
        'careerGuidance.status "maybe"',
        'careerGuidance.status',
        patched(validNewcomer, guidance({ status: 'maybe' })),
      ),
      bad(
        'careerGuidance.doneOn with status referred',
        'careerGuidance.doneOn',
        patched(validNewcomer, guidance({ status: 'referred', referredOn: '2026-10-05', doneOn: '2026-11-01' })),
      ),
      bad(
        'careerGuidance.doneOn before referredOn',
        'careerGuidance.doneOn',
        patched(validNewcomer, guidance({ status: 'done', referredOn: '2026-11-05', doneOn: '2026-11-01' })),
      ),
      bad(
        'careerGuidance.referredOn 2026-02-30',
        'careerGuidance.referredOn',
        patched(validNewcomer, guidance({ status: 'referred', referredOn: '2026-02-30' })),
      ),
      { ...bad('municipality "187"', 'code', validNewcomer), path: () => '/municipalities/187/newcomers' },
      {
        title: 'municipality 9999 (none)',
        body: validNewcomer,
        path: () => '/municipalities/9999/newcomers',
        status: 404,
      },
    ],
  },
  {
    name: 'PATCH /newcomers/:id',
    method: 'patch',
    path: () => `/newcomers/${ids.newcomer}`,
    ok: 200,
    valid: () => ({ name: `Olena Kovalenko ${next()}` }),
    fields: [
      f('name', 'string', 'notNull'),
      f('email', 'string', 'optional'),
      f('phone', 'string', 'optional'),
      f('preferredLanguage', 'string', 'notNull'),
      f('languages', 'array', 'notNull'),
      f('category', 'string', 'notNull'),
      f('arrivalMonth', 'string', 'notNull'),
      f('gender', 'string', 'optional'),
      f('birthYear', 'integer', 'optional'),
      f('professionCode', 'string', 'optional'),
      f('desiredProfessionCode', 'string', 'optional'),
      f('education', 'object', 'optional'),
      f('workYears', 'integer', 'optional'),
      f('inIntroductionProgramme', 'boolean', 'optional'),
      f('careerGuidance', 'object', 'optional'),
      f('consent', 'object', 'notNull'),
    ],
    cases: [
      bad('consent.register false', 'consent.register', () => consent({ register: false })),
      bad('empty name', 'name', () => ({ name: '' })),
      bad('email "olena"', 'email', () => ({ email: 'olena' })),
      bad('a language twice', 'languages', () => ({ languages: [nb('B1'), nb('C1')] })),
      bad('professionCode "9999"', 'professionCode', () => ({ professionCode: '9999' })),
      bad('category "tourist"', 'category', () => ({ category: 'tourist' })),
      bad('inIntroductionProgramme with workYears', 'workYears', () => ({
        inIntroductionProgramme: true,
        workYears: 3,
      })),
      bad('careerGuidance.doneOn with status referred', 'careerGuidance.doneOn', () =>
        guidance({ status: 'referred', doneOn: '2026-11-01' }),
      ),
      bad('careerGuidance without status', 'careerGuidance.status', () => guidance({ referredOn: '2026-11-01' })),
    ],
  },
  {
    name: 'POST /participants/:id/erase',
    method: 'post',
    path: () => `/participants/${ids.plainMentee}/erase`,
    okPath: () => `/participants/${ids.participantToErase}/erase`,
    ok: 200,
    valid: () => ({ reason: 'Asked for erasure (GDPR art. 17)' }),
    fields: [f('reason', 'string', 'required')],
    cases: [
      bad('reason ""', 'reason', () => ({ reason: '' })),
      bad('reason "  " (blank once trimmed)', 'reason', () => ({ reason: '  ' })),
      bad('reason of 2 characters', 'reason', () => ({ reason: 'no' })),
      bad('reason over 500 characters', 'reason', () => ({ reason: long(501) })),
      bad('reason with a NUL character', 'reason', () => ({ reason: NUL })),
      {
        title: 'a person erased already',
        path: () => `/participants/${ids.erasedParticipant}/erase`,
        body: () => ({ reason: 'Asked again' }),
        status: 409,
      },
      {
        title: 'a person that does not exist',
        path: () => `/participants/${randomUUID()}/erase`,
        body: () => ({ reason: 'Asked for erasure' }),
        status: 404,
      },
    ],
  },
  {
    name: 'POST /newcomers/:id/erase',
    method: 'post',
    path: () => `/newcomers/${ids.newcomer}/erase`,
    okPath: () => `/newcomers/${ids.newcomerToErase}/erase`,
    ok: 200,
    valid: () => ({ reason: 'Asked for erasure (GDPR art. 17)' }),
    fields: [f('reason', 'string', 'required')],
    cases: [
      bad('reason ""', 'reason', () => ({ reason: '' })),
      bad('reason "  " (blank once trimmed)', 'reason', () => ({ reason: '  ' })),
      bad('reason of 2 characters', 'reason', () => ({ reason: 'no' })),
      bad('reason over 500 characters', 'reason', () => ({ reason: long(501) })),
      bad('reason with a NUL character', 'reason', () => ({ reason: NUL })),
      {
        title: 'a person erased already',
        path: () => `/newcomers/${ids.erasedNewcomer}/erase`,
        body: () => ({ reason: 'Asked again' }),
        status: 409,
      },
      {
        title: 'a person that does not exist',
        path: () => `/newcomers/${randomUUID()}/erase`,
        body: () => ({ reason: 'Asked for erasure' }),
        status: 404,
      },
    ],
  },
  {
    name: 'POST /newcomers/:id/enrol',
    method: 'post',
    path: () => `/newcomers/${ids.newcomer}/enrol`,
    okPath: () => `/newcomers/${ids.newcomerToEnrol}/enrol`,
    ok: 201,
    valid: () => ({ programmeId: ids.programme }),
    fields: [f('programmeId', 'string', 'required')],
    cases: [
      ...NOT_UUIDS.map((id) => bad(`programmeId "${id}"`, 'programmeId', () => ({ programmeId: id }))),
      bad('a programme that does not cover Sortland', 'programmeId', () => ({ programmeId: ids.otherProgramme })),
      bad('a programme that does not exist', 'programmeId', () => ({ programmeId: randomUUID() })),
      {
        ...bad('a newcomer in the programme already', 'programmeId', () => ({ programmeId: ids.programme }), 409),
        path: () => `/newcomers/${ids.enrolledNewcomer}/enrol`,
      },
      {
        ...bad('a newcomer without an email', 'email', () => ({ programmeId: ids.programme })),
        path: () => `/newcomers/${ids.bareNewcomer}/enrol`,
      },
      {
        ...bad('a newcomer without a profession', 'professionCode', () => ({ programmeId: ids.programme })),
        path: () => `/newcomers/${ids.bareNewcomer}/enrol`,
      },
      {
        ...bad('a newcomer who has not consented to the mentor programme', 'consent.mentorProgramme', () => ({
          programmeId: ids.programme,
        })),
        path: () => `/newcomers/${ids.unwillingNewcomer}/enrol`,
      },
      {
        title: 'a newcomer that does not exist',
        body: () => ({ programmeId: ids.programme }),
        path: () => `/newcomers/${randomUUID()}/enrol`,
        status: 404,
      },
    ],
  },
  {
    name: 'POST /programmes/:id/matches',
    method: 'post',
    path: () => `/programmes/${ids.programme}/matches`,
    ok: 201,
    valid: validPair,
    fields: [f('mentorId', 'string', 'required'), f('menteeId', 'string', 'required')],
    cases: [
      ...['mentorId', 'menteeId'].flatMap((field) => [
        ...NOT_UUIDS.map((id) => bad(`${field} ${JSON.stringify(id)}`, field, patched(validPair, { [field]: id }))),
        bad(`${field} with a UUID and more`, field, () => ({
          ...validPair(),
          [field]: `${String(validPair()[field])}0`,
        })),
        bad(`${field} "' OR 1=1 --"`, field, patched(validPair, { [field]: "' OR 1=1 --" })),
        bad(`${field} with a NUL character`, field, () => ({
          ...validPair(),
          [field]: `${String(validPair()[field])}\u0000`,
        })),
      ]),
      bad('mentee and mentor swapped (menteeId is a mentor)', 'menteeId', () => ({
        mentorId: ids.freeMentee,
        menteeId: ids.freeMentor,
      })),
      bad('two mentees (mentorId is a mentee)', 'mentorId', () => ({
        mentorId: ids.tigrinyaMentee,
        menteeId: ids.freeMentee,
      })),
      bad('a mentor and mentee of another programme', 'menteeId', () => ({
        mentorId: ids.strangerMentor,
        menteeId: ids.stranger,
      })),
      bad('a mentor of another programme', 'mentorId', patched(validPair, { mentorId: ids.strangerMentor })),
      bad('a mentee of another programme', 'menteeId', patched(validPair, { menteeId: ids.stranger })),
      {
        ...bad('a pair of this programme sent to the other one', 'menteeId', validPair),
        path: () => `/programmes/${ids.otherProgramme}/matches`,
      },
      bad('a pair without a common language (a hard rule)', 'no_common_language', () => ({
        mentorId: ids.freeMentor,
        menteeId: ids.tigrinyaMentee,
      })),
      bad('a pair rejected before (never proposed again)', 'rejected', () => ({
        mentorId: ids.rejectedMentor,
        menteeId: ids.rejectedMentee,
      })),
      bad('a mentor of no gender for a mentee who asked for her own', 'gender_mismatch', () => ({
        mentorId: ids.freeMentor,
        menteeId: ids.mentee,
      })),
      { title: 'mentorId of no participant', body: patched(validPair, { mentorId: randomUUID() }), status: 404 },
      { title: 'menteeId of no participant', body: patched(validPair, { menteeId: randomUUID() }), status: 404 },
      {
        title: 'a programme that does not exist',
        body: validPair,
        path: () => `/programmes/${randomUUID()}/matches`,
        status: 404,
      },
      {
        title: 'a mentee who has a mentor',
        body: () => ({ mentorId: ids.freeMentor, menteeId: ids.approvedMentee }),
        status: 409,
      },
      {
        title: 'a mentor without a free place',
        body: () => ({ mentorId: ids.approvedMentor, menteeId: ids.freeMentee }),
        status: 409,
      },
      {
        title: 'a pair already proposed',
        body: () => ({ mentorId: ids.proposalMentor, menteeId: ids.proposalMentee }),
        status: 409,
      },
    ],
  },
  {
    name: 'POST /matches/:id/approve',
    method: 'post',
    path: () => `/matches/${ids.proposal}/approve`,
    okPath: () => `/matches/${ids.toApprove}/approve`,
    ok: 200,
    valid: () => ({ startsOn: '2027-01-20' }),
    fields: [f('startsOn', 'string', 'optional')],
    cases: [
      bad('startsOn 2027-02-30', 'startsOn', () => ({ startsOn: '2027-02-30' })),
      bad('startsOn 2027-02-29 (not a leap year)', 'startsOn', () => ({ startsOn: '2027-02-29' })),
      bad('startsOn 20.01.2027', 'startsOn', () => ({ startsOn: '20.01.2027' })),
      bad('startsOn 2027-1-20', 'startsOn', () => ({ startsOn: '2027-1-20' })),
      bad('startsOn as a timestamp', 'startsOn', () => ({ startsOn: '2027-01-20T00:00:00Z' })),
      bad('startsOn "today"', 'startsOn', () => ({ startsOn: 'today' })),
      bad('startsOn ""', 'startsOn', () => ({ startsOn: '' })),
      bad('startsOn 0000-01-01 (no year 0)', 'startsOn', () => ({ startsOn: '0000-01-01' })),
      bad('startsOn the day before the programme starts', 'startsOn', () => ({ startsOn: '2027-01-14' })),
      bad('startsOn the day after the programme ends', 'startsOn', () => ({ startsOn: '2027-09-16' })),
      bad('startsOn with a NUL character', 'startsOn', () => ({ startsOn: '2027-01-20\u0000' })),
      {
        title: 'a pair already approved',
        path: () => `/matches/${ids.approved}/approve`,
        body: () => ({}),
        status: 409,
      },
      { title: 'a rejected pair', path: () => `/matches/${ids.rejected}/approve`, body: () => ({}), status: 409 },
      { title: 'an ended pair', path: () => `/matches/${ids.ended}/approve`, body: () => ({}), status: 409 },
      {
        title: 'a pair whose mentor has no free place',
        path: () => `/matches/${ids.fullMentorProposal}/approve`,
        body: () => ({}),
        status: 409,
      },
      { title: 'a match that does not exist', path: NO_SUCH_MATCH('approve'), body: () => ({}), status: 404 },
    ],
  },
  {
    name: 'POST /matches/:id/reject',
    method: 'post',
    path: () => `/matches/${ids.proposal}/reject`,
    okPath: () => `/matches/${ids.toReject}/reject`,
    ok: 200,
    valid: () => ({ reason: 'They know each other' }),
    fields: [f('reason', 'string', 'required')],
    cases: [
      bad('empty reason', 'reason', () => ({ reason: '' })),
      bad('blank reason', 'reason', () => ({ reason: '   ' })),
      bad('reason over 500 characters', 'reason', () => ({ reason: long(501) })),
      bad('reason with a NUL character', 'reason', () => ({ reason: NUL })),
      {
        title: 'a pair already approved',
        path: () => `/matches/${ids.approved}/reject`,
        body: () => ({ reason: 'x' }),
        status: 409,
      },
      {
        title: 'a pair already rejected',
        path: () => `/matches/${ids.rejected}/reject`,
        body: () => ({ reason: 'x' }),
        status: 409,
      },
      {
        title: 'a match that does not exist',
        path: NO_SUCH_MATCH('reject'),
        body: () => ({ reason: 'x' }),
        status: 404,
      },
    ],
  },
  {
    name: 'PUT /participants/:id/screening',
    method: 'put',
    path: () => `/participants/${ids.mentor}/screening`,
    ok: 200,
    valid: () => ({ policeCertificateSeenOn: '2026-01-05', confidentialitySignedOn: '2026-01-06' }),
    fields: [f('policeCertificateSeenOn', 'string', 'optional'), f('confidentialitySignedOn', 'string', 'optional')],
    cases: [
      bad('policeCertificateSeenOn "2026-13-01"', 'policeCertificateSeenOn', () => ({
        policeCertificateSeenOn: '2026-13-01',
      })),
      bad('confidentialitySignedOn "05.01.2026"', 'confidentialitySignedOn', () => ({
        confidentialitySignedOn: '05.01.2026',
      })),
      bad('confidentialitySignedOn tomorrow', 'confidentialitySignedOn', () => ({
        confidentialitySignedOn: OSLO_NOW.plus({ days: 1 }).toISODate(),
      })),
      {
        ...bad('screening of a mentee', 'policeCertificateSeenOn', () => ({ policeCertificateSeenOn: '2026-01-05' })),
        path: () => `/participants/${ids.mentee}/screening`,
      },
      {
        title: 'a participant that does not exist',
        path: () => `/participants/${randomUUID()}/screening`,
        body: () => ({ policeCertificateSeenOn: '2026-01-05' }),
        status: 404,
      },
    ],
  },
  {
    name: 'POST /matches/:id/end',
    method: 'post',
    path: () => `/matches/${ids.approved}/end`,
    okPath: () => `/matches/${ids.toEnd}/end`,
    ok: 200,
    valid: validEnd,
    fields: [
      f('outcome', 'string', 'required'),
      f('reason', 'string', 'optional'),
      f('employmentStatusAtEnd', 'string', 'optional'),
      f('rematch', 'boolean', 'optional'),
    ],
    cases: [
      bad('rematch with outcome completed', 'rematch', patched(validEnd, { rematch: true })),
      bad('rematch "yes"', 'rematch', patched(validEnd, { outcome: 'ended', rematch: 'yes' })),
      bad('outcome "approved"', 'outcome', patched(validEnd, { outcome: 'approved' })),
      bad('outcome "rejected"', 'outcome', patched(validEnd, { outcome: 'rejected' })),
      bad('outcome "Completed"', 'outcome', patched(validEnd, { outcome: 'Completed' })),
      bad('outcome "finished"', 'outcome', patched(validEnd, { outcome: 'finished' })),
      bad('outcome ""', 'outcome', patched(validEnd, { outcome: '' })),
      bad('reason over 500 characters', 'reason', patched(validEnd, { reason: long(501) })),
      bad('reason with a NUL character', 'reason', patched(validEnd, { reason: NUL })),
      bad(
        'employmentStatusAtEnd "retired"',
        'employmentStatusAtEnd',
        patched(validEnd, { employmentStatusAtEnd: 'retired' }),
      ),
      bad(
        'employmentStatusAtEnd "Part_time"',
        'employmentStatusAtEnd',
        patched(validEnd, { employmentStatusAtEnd: 'Part_time' }),
      ),
      bad('employmentStatusAtEnd ""', 'employmentStatusAtEnd', patched(validEnd, { employmentStatusAtEnd: '' })),
      { title: 'a pair only proposed', path: () => `/matches/${ids.proposal}/end`, body: validEnd, status: 409 },
      { title: 'a rejected pair', path: () => `/matches/${ids.rejected}/end`, body: validEnd, status: 409 },
      { title: 'a pair already ended', path: () => `/matches/${ids.ended}/end`, body: validEnd, status: 409 },
      { title: 'a match that does not exist', path: NO_SUCH_MATCH('end'), body: validEnd, status: 404 },
    ],
  },
  {
    name: 'POST /matches/:id/meetings',
    method: 'post',
    path: meetingOf(() => ids.runningApproved),
    ok: 201,
    valid: validMeeting,
    fields: [
      f('date', 'string', 'required'),
      f('durationMinutes', 'integer', 'required'),
      f('note', 'string', 'optional'),
    ],
    cases: [
      bad('date 2027-02-30', 'date', patched(validMeeting, { date: '2027-02-30' })),
      bad('date 2027-02-29 (not a leap year)', 'date', patched(validMeeting, { date: '2027-02-29' })),
      bad('date 24.11.2026 (not YYYY-MM-DD)', 'date', patched(validMeeting, { date: '24.11.2026' })),
      bad('date 2026-1-5 (not YYYY-MM-DD)', 'date', patched(validMeeting, { date: '2026-1-5' })),
      bad('date as a timestamp', 'date', patched(validMeeting, { date: `${TODAY}T12:00:00Z` })),
      bad('date "today"', 'date', patched(validMeeting, { date: 'today' })),
      bad('date ""', 'date', patched(validMeeting, { date: '' })),
      bad('date 0000-01-01 (no year 0)', 'date', patched(validMeeting, { date: '0000-01-01' })),
      bad('date with a NUL character', 'date', patched(validMeeting, { date: `${TODAY}\u0000` })),
      bad('date the day before the programme starts', 'date', patched(validMeeting, { date: day(-61) })),
      bad('date tomorrow (in the future, within the programme)', 'date', patched(validMeeting, { date: day(1) })),
      bad('date the day after the programme ends', 'date', patched(validMeeting, { date: day(121) })),
      {
        ...bad('date the day after a programme that is over ends (in the past)', 'date', () => ({
          ...validMeeting(),
          date: day(-29),
        })),
        path: meetingOf(() => ids.pastApproved),
      },
      bad('durationMinutes 14', 'durationMinutes', patched(validMeeting, { durationMinutes: 14 })),
      bad('durationMinutes 601', 'durationMinutes', patched(validMeeting, { durationMinutes: 601 })),
      bad('durationMinutes 0', 'durationMinutes', patched(validMeeting, { durationMinutes: 0 })),
      bad('durationMinutes -90', 'durationMinutes', patched(validMeeting, { durationMinutes: -90 })),
      bad('durationMinutes 90.5', 'durationMinutes', patched(validMeeting, { durationMinutes: 90.5 })),
      bad('durationMinutes "120" (a string)', 'durationMinutes', patched(validMeeting, { durationMinutes: '120' })),
      bad('durationMinutes null', 'durationMinutes', patched(validMeeting, { durationMinutes: null })),
      {
        title: 'durationMinutes 1e400 (Infinity once parsed)',
        raw: () =>
          JSON.stringify({ ...validMeeting(), durationMinutes: 0 }).replace(
            '"durationMinutes":0',
            '"durationMinutes":1e400',
          ),
        status: 400,
        field: 'durationMinutes',
      },
      bad('note over 1000 characters', 'note', patched(validMeeting, { note: long(1001) })),
      bad('note with a NUL character', 'note', patched(validMeeting, { note: NUL })),
      bad('source (set by the service, not the caller)', 'source', patched(validMeeting, { source: 'link' })),
      bad('matchId (the path names the pair)', 'matchId', () => ({
        ...validMeeting(),
        matchId: ids.runningProposal,
      })),
      bad('an unknown extra field', 'location', patched(validMeeting, { location: 'Sortland' })),
      {
        title: 'a pair only proposed',
        path: meetingOf(() => ids.runningProposal),
        body: validMeeting,
        status: 409,
      },
      { title: 'a rejected pair', path: meetingOf(() => ids.runningRejected), body: validMeeting, status: 409 },
      { title: 'an ended pair', path: meetingOf(() => ids.runningEnded), body: validMeeting, status: 409 },
      { title: 'a match that does not exist', path: NO_SUCH_MATCH('meetings'), body: validMeeting, status: 404 },
    ],
  },
  {
    name: 'POST /matches/:id/pauses',
    method: 'post',
    path: pauseOf(() => ids.runningApproved),
    ok: 201,
    valid: validPause,
    fields: [
      f('from', 'string', 'required'),
      f('to', 'string', 'required'),
      f('reason', 'string', 'required'),
      f('note', 'string', 'optional'),
    ],
    cases: [
      bad('from 2027-02-30', 'from', patched(validPause, { from: '2027-02-30' })),
      bad('from "today"', 'from', patched(validPause, { from: 'today' })),
      bad('to as a timestamp', 'to', patched(validPause, { to: `${TODAY}T12:00:00Z` })),
      bad('to before from', 'to', patched(validPause, { from: day(10), to: day(9) })),
      bad('from the day before the pair’s span', 'from', patched(validPause, { from: day(-61), to: day(-50) })),
      bad('to the day after the programme ends', 'to', patched(validPause, { from: day(110), to: day(121) })),
      bad('reason "holiday"', 'reason', patched(validPause, { reason: 'holiday' })),
      bad('reason "Sick_leave"', 'reason', patched(validPause, { reason: 'Sick_leave' })),
      bad('note over 1000 characters', 'note', patched(validPause, { note: long(1001) })),
      bad('note with a NUL character', 'note', patched(validPause, { note: NUL })),
      bad(
        'matchId (the path names the pair)',
        'matchId',
        patched(validPause, { matchId: '7d3c2a10-5b6e-4f8a-9c1d-2e3f4a5b6c7d' }),
      ),
      bad('an unknown extra field', 'days', patched(validPause, { days: 5 })),
      {
        title: 'a pause overlapping one the pair has (409 naming from)',
        body: patched(validPause, { from: day(-26), to: day(-20) }),
        status: 409,
        field: 'from',
      },
      {
        title: 'a pause around one the pair has',
        body: patched(validPause, { from: day(-40), to: day(-10) }),
        status: 409,
        field: 'from',
      },
      {
        ...bad('a pause after an ended pair’s last day', 'from', patched(validPause, { from: day(1), to: day(2) })),
        path: pauseOf(() => ids.runningEnded),
      },
      { title: 'a pair only proposed', path: pauseOf(() => ids.runningProposal), body: validPause, status: 409 },
      { title: 'a rejected pair', path: pauseOf(() => ids.runningRejected), body: validPause, status: 409 },
      { title: 'a match that does not exist', path: NO_SUCH_MATCH('pauses'), body: validPause, status: 404 },
    ],
  },
  {
    name: 'POST /admin/reminders/run',
    method: 'post',
    path: () => '/admin/reminders/run',
    ok: 200,
    // Long after every programme: nothing is due, so even the valid sweep leaves the outbox empty.
    valid: () => ({ asOf: '2999-01-01T09:00:00+01:00' }),
    fields: [f('asOf', 'string', 'optional')],
    cases: [
      bad('asOf a day, 2027-01-01', 'asOf', () => ({ asOf: '2027-01-01' })),
      bad('asOf "yesterday"', 'asOf', () => ({ asOf: 'yesterday' })),
      bad('asOf 5 (a number)', 'asOf', () => ({ asOf: 5 })),
      bad('asOf an instant without an offset', 'asOf', () => ({ asOf: '2027-01-01T09:00:00' })),
      bad('asOf an instant without an offset, with milliseconds', 'asOf', () => ({ asOf: '2027-01-01T09:00:00.000' })),
      bad('asOf 2027-02-30T09:00:00+01:00', 'asOf', () => ({ asOf: '2027-02-30T09:00:00+01:00' })),
      bad('asOf at 25:00', 'asOf', () => ({ asOf: '2027-01-01T25:00:00+01:00' })),
      bad('asOf with an offset of +15:00', 'asOf', () => ({ asOf: '2027-01-01T09:00:00+15:00' })),
      bad('asOf 0000-01-01T09:00:00Z (no year 0)', 'asOf', () => ({ asOf: '0000-01-01T09:00:00Z' })),
      bad('asOf ""', 'asOf', () => ({ asOf: '' })),
      bad('asOf a Unix time in milliseconds', 'asOf', () => ({ asOf: NOW.getTime() })),
      bad('asOf with a NUL character', 'asOf', () => ({ asOf: `${NOW.toISOString()}\u0000` })),
    ],
  },
  {
    name: 'PUT /municipalities/:code/info/:language',
    method: 'put',
    path: () => '/municipalities/1870/info/nb',
    ok: 200,
    valid: validInfoPage,
    fields: [f('title', 'string', 'required'), f('body', 'string', 'required')],
    cases: [
      bad('empty title', 'title', patched(validInfoPage, { title: '' })),
      bad('blank title', 'title', patched(validInfoPage, { title: '   ' })),
      bad('title over 200 characters', 'title', patched(validInfoPage, { title: long(201) })),
      bad('title with a NUL character', 'title', patched(validInfoPage, { title: NUL })),
      bad('empty body', 'body', patched(validInfoPage, { body: '' })),
      bad('body over 50,000 characters', 'body', patched(validInfoPage, { body: long(50_001) })),
      bad('body with a NUL character', 'body', patched(validInfoPage, { body: NUL })),
      { ...bad('language "xx"', 'language', validInfoPage), path: () => '/municipalities/1870/info/xx' },
      { ...bad('language "NB"', 'language', validInfoPage), path: () => '/municipalities/1870/info/NB' },
      { ...bad('language "nob"', 'language', validInfoPage), path: () => '/municipalities/1870/info/nob' },
      { ...bad('language "no-NB"', 'language', validInfoPage), path: () => '/municipalities/1870/info/no-NB' },
      { ...bad('code "187"', 'code', validInfoPage), path: () => '/municipalities/187/info/nb' },
      { ...bad('code "abcd"', 'code', validInfoPage), path: () => '/municipalities/abcd/info/nb' },
      {
        title: 'a municipality that does not exist',
        path: () => '/municipalities/9999/info/nb',
        body: validInfoPage,
        status: 404,
      },
    ],
  },
  {
    name: 'POST /municipalities/:code/info/preview',
    method: 'post',
    path: () => '/municipalities/1870/info/preview',
    ok: 200,
    valid: () => ({ body: '## Velkommen\n\nTekst' }),
    fields: [f('body', 'string', 'required')],
    cases: [
      bad('body over 50,000 characters', 'body', () => ({ body: long(50_001) })),
      bad('body with a NUL character', 'body', () => ({ body: NUL })),
      { ...bad('code "abcd"', 'code', () => ({ body: 'x' })), path: () => '/municipalities/abcd/info/preview' },
      {
        title: 'a municipality that does not exist',
        path: () => '/municipalities/9999/info/preview',
        body: () => ({ body: 'x' }),
        status: 404,
      },
    ],
  },
  {
    name: 'POST /municipalities/:code/team',
    method: 'post',
    path: () => '/municipalities/1870/team',
    ok: 201,
    valid: validTeamMember,
    fields: [
      f('name', 'string', 'required'),
      f('email', 'string', 'required'),
      f('organisation', 'string', 'required'),
      f('sector', 'string', 'required'),
    ],
    cases: [
      bad('empty name', 'name', patched(validTeamMember, { name: '' })),
      bad('blank name', 'name', patched(validTeamMember, { name: '   ' })),
      bad('name without a letter', 'name', patched(validTeamMember, { name: '1234' })),
      bad('name with a right-to-left override', 'name', patched(validTeamMember, { name: 'Kari\u202eNordmann' })),
      bad('name over 200 characters', 'name', patched(validTeamMember, { name: long(201) })),
      bad('name with a NUL character', 'name', patched(validTeamMember, { name: NUL })),
      bad('email "kari"', 'email', patched(validTeamMember, { email: 'kari' })),
      bad('email with a display name', 'email', patched(validTeamMember, { email: 'Kari <kari@example.org>' })),
      bad('email with a newline', 'email', patched(validTeamMember, { email: 'kari@example.org\nBcc: x@example.org' })),
      bad('email with a zero-width space', 'email', patched(validTeamMember, { email: 'ka\u200bri@example.org' })),
      bad('email on an IP address', 'email', patched(validTeamMember, { email: 'kari@[127.0.0.1]' })),
      bad('empty organisation', 'organisation', patched(validTeamMember, { organisation: '' })),
      bad('organisation over 200 characters', 'organisation', patched(validTeamMember, { organisation: long(201) })),
      bad('sector "church"', 'sector', patched(validTeamMember, { sector: 'church' })),
      bad('sector "Municipal"', 'sector', patched(validTeamMember, { sector: 'Municipal' })),
      { ...bad('code "18700"', 'code', validTeamMember), path: () => '/municipalities/18700/team' },
      {
        title: 'a municipality that does not exist',
        path: () => '/municipalities/9999/team',
        body: validTeamMember,
        status: 404,
      },
    ],
  },
  {
    name: 'POST /municipalities/:code/events',
    method: 'post',
    path: () => '/municipalities/1870/events',
    ok: 201,
    valid: validEvening,
    fields: [
      f('theme', 'string', 'required'),
      f('title', 'string', 'required'),
      f('startsAt', 'string', 'required'),
      f('endsAt', 'string', 'required'),
      f('location', 'string', 'required'),
      f('partners', 'array', 'required'),
    ],
    cases: [
      bad('theme "cooking"', 'theme', patched(validEvening, { theme: 'cooking' })),
      bad('blank title', 'title', patched(validEvening, { title: '   ' })),
      bad('title over 200 characters', 'title', patched(validEvening, { title: long(201) })),
      bad('title with a NUL character', 'title', patched(validEvening, { title: NUL })),
      bad('startsAt without an offset', 'startsAt', patched(validEvening, { startsAt: '2027-02-10T18:00:00' })),
      bad('startsAt "tomorrow"', 'startsAt', patched(validEvening, { startsAt: 'tomorrow' })),
      bad(
        'endsAt before startsAt',
        'endsAt',
        patched(validEvening, { endsAt: eveningStart.minus({ hours: 1 }).toISO() }),
      ),
      bad('endsAt equal to startsAt', 'endsAt', patched(validEvening, { endsAt: eveningStart.toISO() })),
      bad(
        'an evening over a day',
        'endsAt',
        patched(validEvening, { endsAt: eveningStart.plus({ hours: 25 }).toISO() }),
      ),
      bad('empty location', 'location', patched(validEvening, { location: '' })),
      bad('location over 300 characters', 'location', patched(validEvening, { location: long(301) })),
      bad('a partner that is text', 'partners', patched(validEvening, { partners: ['Røde Kors'] })),
      bad(
        'a partner without organisation',
        'partners.0.organisation',
        patched(validEvening, { partners: [{ contact: 'Ola' }] }),
      ),
      bad(
        'a partner with an unknown field',
        'partners.0.phone',
        patched(validEvening, { partners: [{ organisation: 'NAV', phone: '123' }] }),
      ),
      bad(
        'more than 20 partners',
        'partners',
        patched(validEvening, { partners: Array.from({ length: 21 }, (_, i) => ({ organisation: `Lag ${i}` })) }),
      ),
      { ...bad('code "187"', 'code', validEvening), path: () => '/municipalities/187/events' },
      {
        title: 'a municipality that does not exist',
        path: () => '/municipalities/9999/events',
        body: validEvening,
        status: 404,
      },
    ],
  },
  {
    name: 'PATCH /events/:id',
    method: 'patch',
    path: () => `/events/${ids.evening}`,
    ok: 200,
    valid: validEveningChange,
    fields: [
      f('theme', 'string', 'notNull'),
      f('title', 'string', 'notNull'),
      f('startsAt', 'string', 'notNull'),
      f('endsAt', 'string', 'notNull'),
      f('location', 'string', 'notNull'),
      f('partners', 'array', 'notNull'),
    ],
    cases: [
      bad('theme "cooking"', 'theme', () => ({ theme: 'cooking' })),
      bad('blank title', 'title', () => ({ title: ' ' })),
      bad('empty location', 'location', () => ({ location: '' })),
      bad('endsAt before the start', 'endsAt', () => ({ endsAt: eveningStart.minus({ days: 1 }).toISO() })),
      bad('a new start with the end before it', 'endsAt', () => ({
        startsAt: eveningStart.plus({ hours: 3 }).toISO(),
        endsAt: eveningStart.plus({ hours: 2 }).toISO(),
      })),
      bad('a partner without organisation', 'partners.0.organisation', () => ({ partners: [{}] })),
      { ...bad('id "abc"', 'id', validEveningChange), path: () => '/events/abc' },
      {
        title: 'an evening that does not exist',
        path: () => `/events/${randomUUID()}`,
        body: validEveningChange,
        status: 404,
      },
    ],
  },
  {
    name: 'PUT /events/:id/attendance',
    method: 'put',
    path: () => `/events/${ids.evening}/attendance`,
    ok: 200,
    valid: validEveningAttendance,
    fields: [f('newcomerIds', 'array', 'required'), f('participantIds', 'array', 'required')],
    cases: [
      bad('a newcomer id that is no UUID', 'newcomerIds', () => ({ newcomerIds: ['x'], participantIds: [] })),
      bad('a newcomer twice', 'newcomerIds', () => ({ newcomerIds: [ids.newcomer, ids.newcomer], participantIds: [] })),
      bad('a newcomer who is not in the register', 'newcomerIds', () => ({
        newcomerIds: [randomUUID()],
        participantIds: [],
      })),
      bad('a participant who is not one', 'participantIds', () => ({
        newcomerIds: [],
        participantIds: [randomUUID()],
      })),
      bad('a participant id that is a number', 'participantIds', () => ({ newcomerIds: [], participantIds: [1] })),
      { ...bad('id "abc"', 'id', validEveningAttendance), path: () => '/events/abc/attendance' },
      {
        title: 'an evening that does not exist',
        path: () => `/events/${randomUUID()}/attendance`,
        body: validEveningAttendance,
        status: 404,
      },
    ],
  },
];

/** Values of every other JSON type than the field's; null where the field must have a value. */
function wrongValues(field: Field): unknown[] {
  const all: Record<Kind, unknown[]> = {
    string: [123, true, [], {}],
    number: ['1', true, [], {}],
    integer: ['1', true, [], {}],
    boolean: ['true', 1, [], {}],
    array: ['x', 1, true, {}],
    object: ['x', 1, true, []],
  };
  return field.presence === 'optional' ? all[field.kind] : [...all[field.kind], null];
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

function casesOf(endpoint: Endpoint): BadCase[] {
  const { valid } = endpoint;
  return [
    ...endpoint.fields
      .filter((field) => field.presence === 'required')
      .map((field) => bad(`without ${field.name}`, field.name, () => omit(valid(), field.name))),
    ...endpoint.fields.flatMap((field) =>
      wrongValues(field).map((value) =>
        bad(
          `${field.name}: ${JSON.stringify(value)} (${typeName(value)} where ${field.kind})`,
          field.name,
          patched(valid, {
            [field.name]: value,
          }),
        ),
      ),
    ),
    ...endpoint.cases,
    bad('an unknown field', 'unexpectedField', patched(valid, { unexpectedField: 'x' })),
    { title: 'a JSON array', raw: () => JSON.stringify([valid()]), status: 400 },
    { title: 'a JSON string', raw: () => JSON.stringify('{"name": "x"}'), status: 400 },
    { title: 'a JSON number', raw: () => '42', status: 400 },
    { title: 'malformed JSON', raw: () => JSON.stringify(valid()).slice(0, -1) + ',', status: 400 },
    { title: 'a body over 1 MB', raw: () => JSON.stringify({ ...valid(), padding: long(1_100_000) }), status: 413 },
  ];
}

describe.each(ENDPOINTS)('$name', (endpoint) => {
  it(`accepts the valid body (${endpoint.ok})`, async () => {
    await endpoint.before?.();
    const res = await send(endpoint, endpoint.okPath?.() ?? endpoint.path(), { body: endpoint.valid() });
    expect({ status: res.status, body: res.body as unknown }).toMatchObject({ status: endpoint.ok });
  });

  it.each(casesOf(endpoint))('$title → $status', async (c) => {
    await endpoint.before?.();
    const counts = await rowCounts(t.db);
    const before = await snapshot(t.db);
    const audited = await auditIds();
    const res = await send(endpoint, c.path?.() ?? endpoint.path(), c.raw ? { raw: c.raw() } : { body: c.body?.() });
    const body: unknown = res.body;
    expect({ status: res.status, body }).toMatchObject({ status: c.status, body: { statusCode: c.status } });
    if (c.field) expect(messageOf(body)).toMatch(naming(c.field));
    expectCodedErrors(body, c.field);
    // A wrong login changes nothing but the audit log, which records it; anything else refused, nothing at all.
    expect(await auditedSince(audited)).toEqual(c.status === 401 ? ['auth.login_failed'] : []);
    expect(withoutAudit(await rowCounts(t.db))).toEqual(withoutAudit(counts));
    expect(snapshotWithoutAudit(await snapshot(t.db))).toBe(snapshotWithoutAudit(before));
  });

  if (endpoint.name === 'POST /admin/reminders/run') {
    it('leaves the outbox empty: no refused sweep wrote to it, and the valid one had nothing due', async () => {
      const res = await send(endpoint, endpoint.path(), { body: endpoint.valid() });
      expect({ status: res.status, body: res.body as unknown }).toEqual({
        status: 200,
        body: { enqueued: 0, requeued: 0 },
      });
      expect((await rowCounts(t.db)).outbox).toBe(0);
    });
  }

  if (endpoint.name === 'POST /auth/login') {
    it('answers an unknown email as it answers a wrong password', async () => {
      const unknown = await send(endpoint, '/auth/login', { body: { email: 'nobody@example.org', password: 'x' } });
      const wrong = await send(endpoint, '/auth/login', { body: { email: ADMIN_EMAIL, password: 'x' } });
      expect(unknown.status).toBe(401);
      expect(unknown.body).toEqual(wrong.body);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// The CSV import

describe('POST /programmes/:id/participants/import', () => {
  const COLUMNS = [
    'role',
    'name',
    'email',
    'phone',
    'municipalityCode',
    'preferredLanguage',
    'languages',
    'professionCode',
    'desiredProfessionCode',
    'capacity',
    'category',
    'gender',
    'wantsSameGender',
    'employmentStatusAtStart',
    'birthYear',
  ];
  const path = () => `/programmes/${ids.programme}/participants/import`;
  const importCsv = (text: string, contentType = 'text/csv') =>
    t.http.post(`/api/v1${path()}`).set(t.auth(adminToken)).set('Content-Type', contentType).send(text);

  /** One CSV row of a participant body; languages as "ar:native;nb:A2", quoted since the file may use ; too. */
  const row = (body: Record<string, unknown>, columns = COLUMNS): string =>
    columns
      .map((column) => {
        const value = body[column];
        if (value === undefined) return '';
        if (column === 'languages' && Array.isArray(value)) {
          return `"${(value as { code: string; level: string }[]).map((l) => `${l.code}:${l.level}`).join(';')}"`;
        }
        return typeof value === 'string' ? value : JSON.stringify(value);
      })
      .join(',');
  const file = (bodies: Record<string, unknown>[], columns = COLUMNS): string =>
    [columns.join(','), ...bodies.map((b) => row(b, columns))].join('\n') + '\n';

  async function storedEmails(emails: string[]): Promise<string[]> {
    const rows = await t.db.query<{ email: string }[]>(
      'SELECT email FROM participants WHERE programme_id = $1 AND email = ANY($2) ORDER BY email',
      [ids.programme, emails.map((e) => e.toLowerCase())],
    );
    return rows.map((r) => r.email);
  }

  const WHOLE_FILE: { title: string; text: () => string; status: number; mentions?: string; contentType?: string }[] = [
    {
      title: 'an unknown column',
      text: () => file([mentorBody()], [...COLUMNS, 'favouriteColour']),
      status: 400,
      mentions: 'favouriteColour',
    },
    {
      title: 'a required column missing',
      text: () =>
        file(
          [mentorBody()],
          COLUMNS.filter((c) => c !== 'professionCode'),
        ),
      status: 400,
      mentions: 'professionCode',
    },
    { title: 'a header and no rows', text: () => `${COLUMNS.join(',')}\n`, status: 400 },
    { title: 'an unclosed quote', text: () => `${COLUMNS.join(',')}\nmentor,"Kari,kari@example.org\n`, status: 400 },
    { title: 'JSON sent as the file', text: () => JSON.stringify([mentorBody()]), status: 400 },
    {
      title: 'a CSV sent as application/json',
      text: () => file([mentorBody()]),
      status: 400,
      contentType: 'application/json',
    },
    {
      title: 'a file over 5 MB',
      text: () => file(Array.from({ length: 22_000 }, () => ({ ...mentorBody(), name: long(200) }))),
      status: 413,
    },
  ];

  it.each(WHOLE_FILE)(
    'refuses the whole file with $title ($status)',
    async ({ text, status, mentions, contentType }) => {
      const counts = await rowCounts(t.db);
      const before = await snapshot(t.db);
      const res = await importCsv(text(), contentType);
      const body: unknown = res.body;
      expect({ status: res.status, body }).toMatchObject({ status, body: { statusCode: status } });
      if (mentions) expect(messageOf(body)).toContain(mentions);
      expectCodedErrors(body);
      expect(await rowCounts(t.db)).toEqual(counts);
      expect(await snapshot(t.db)).toBe(before);
    },
  );

  it('reports bad rows by row and field and stores only the good ones', async () => {
    const good = [mentorBody(), menteeBody(), mentorBody({ capacity: 3, municipalityCode: '1866' })];
    const badRows: { body: Record<string, unknown>; field: string }[] = [
      { body: mentorBody({ capacity: 'many' }), field: 'capacity' },
      { body: mentorBody({ capacity: 11 }), field: 'capacity' },
      { body: mentorBody({ languages: 'arabic' }), field: 'languages' },
      { body: mentorBody({ languages: [{ code: 'xx', level: 'B1' }] }), field: 'languages' },
      { body: mentorBody({ languages: [nb('B1'), nb('C1')] }), field: 'languages' },
      { body: mentorBody({ professionCode: '9999' }), field: 'professionCode' },
      { body: mentorBody({ municipalityCode: '1804' }), field: 'municipalityCode' },
      { body: mentorBody({ email: 'not-an-email' }), field: 'email' },
      { body: mentorBody({ preferredLanguage: 'xx' }), field: 'preferredLanguage' },
      { body: mentorBody({ category: 'refugee' }), field: 'category' },
      { body: menteeBody({ wantsSameGender: 'maybe', gender: 'female' }), field: 'wantsSameGender' },
      { body: menteeBody({ wantsSameGender: true }), field: 'gender' },
      { body: menteeBody({ category: 'tourist' }), field: 'category' },
      { body: mentorBody({ role: 'buddy' }), field: 'role' },
      { body: omit(mentorBody(), 'name'), field: 'name' },
      { body: { ...mentorBody(), email: String(good[0].email) }, field: 'email' },
      { body: { ...mentorBody(), email: ids.mentorEmail }, field: 'email' },
    ];
    // Good and bad rows interleaved; the header is row 1.
    const bodies = [
      good[0],
      ...badRows.slice(0, 8).map((b) => b.body),
      good[1],
      ...badRows.slice(8).map((b) => b.body),
      good[2],
    ];
    const rowOf = (body: Record<string, unknown>) => bodies.indexOf(body) + 2;
    const counts = await rowCounts(t.db);

    const res = await importCsv(file(bodies));
    expect({ status: res.status, body: res.body as unknown }).toMatchObject({
      status: 200,
      body: { created: good.length },
    });
    const errors = records(record(res.body).errors);
    for (const { body, field } of badRows) {
      expect(errors).toContainEqual(expect.objectContaining({ row: rowOf(body), field }));
    }
    for (const e of errors) {
      expect(text(e.message)).toMatch(naming(text(e.field)));
      // The column to fix, the full path within it, and a code with exactly its params.
      expect(text(e.path) === e.field || text(e.path).startsWith(`${text(e.field)}.`)).toBe(true);
      expect(text(e.message)).toMatch(naming(text(e.path)));
      expectWellFormedDetail(e);
    }
    expect(new Set(errors.map((e) => e.row))).toEqual(new Set(badRows.map((b) => rowOf(b.body))));

    expect(await rowCounts(t.db)).toEqual({
      ...counts,
      participants: counts.participants + good.length,
      audit_log: counts.audit_log + good.length,
    });
    expect(await storedEmails(good.map((g) => String(g.email)))).toEqual(good.map((g) => String(g.email)).sort());
    const newBadEmails = badRows
      .map((b) => b.body.email)
      .filter((e): e is string => typeof e === 'string' && e !== ids.mentorEmail);
    expect(await storedEmails(newBadEmails.filter((e) => e !== good[0].email))).toEqual([]);
  });

  it('a file of bad rows only stores nothing', async () => {
    const before = await snapshot(t.db);
    const res = await importCsv(file([mentorBody({ capacity: 0 }), menteeBody({ professionCode: 'abc' })]));
    expect({ status: res.status, body: res.body as unknown }).toMatchObject({
      status: 200,
      body: { created: 0, errors: [expect.objectContaining({ row: 2, field: 'capacity' }), expect.anything()] },
    });
    expect(await snapshot(t.db)).toBe(before);
  });

  it('a row with a NUL character in name is an error of that row; the good row is stored', async () => {
    const good = mentorBody();
    const counts = await rowCounts(t.db);
    const res = await importCsv(file([menteeBody({ name: NUL }), good]));
    expect({ status: res.status, body: res.body as unknown }).toMatchObject({
      status: 200,
      body: { created: 1, errors: [expect.objectContaining({ row: 2, field: 'name' })] },
    });
    expect(await rowCounts(t.db)).toEqual({
      ...counts,
      participants: counts.participants + 1,
      audit_log: counts.audit_log + 1,
    });
    expect(await storedEmails([String(good.email)])).toEqual([String(good.email)]);
  });

  it('reads languages written as API.md shows them, ar:native;nb:A2, in a comma-separated file', async () => {
    const mentee = menteeBody();
    const columns = ['role', 'name', 'email', 'municipalityCode', 'preferredLanguage', 'languages', 'professionCode'];
    const text = `${columns.join(',')}\nmentee,${String(mentee.name)},${String(mentee.email)},1870,en,ar:native;nb:A2,5321\n`;
    const res = await importCsv(text);
    expect({ status: res.status, body: res.body as unknown }).toMatchObject({
      status: 200,
      body: { created: 1, errors: [] },
    });
  });

  it('reads a semicolon-separated file with a byte-order mark, as Excel writes it', async () => {
    const mentor = mentorBody();
    const columns = ['role', 'name', 'email', 'municipalityCode', 'preferredLanguage', 'languages', 'professionCode'];
    const text = `\uFEFF${columns.join(';')}\r\nmentor;${String(mentor.name)};${String(mentor.email)};1870;nb;nb:native|en:B2;2221\r\n`;
    const res = await importCsv(text);
    expect({ status: res.status, body: res.body as unknown }).toMatchObject({
      status: 200,
      body: { created: 1, errors: [] },
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Query parameters of the matching reads

describe('query parameters', () => {
  const candidates =
    (query: string, id = () => ids.freeMentee) =>
    () =>
      `/participants/${id()}/candidates${query}`;
  const matches = (query: string) => () => `/programmes/${ids.programme}/matches${query}`;
  const outbox = (query: string) => () => `/admin/outbox${query}`;
  const stats = (query: string) => () => `/stats${query}`;
  const statsCsv = (query: string) => () => `/programmes/${ids.programme}/stats.csv${query}`;
  const pairs = (query: string) => () => `/programmes/${ids.programme}/pairs${query}`;
  const participants = (query: string) => () => `/programmes/${ids.programme}/participants${query}`;
  const professions = (query: string) => () => `/professions${query}`;
  const newcomers = (query: string) => () => `/municipalities/1870/newcomers${query}`;
  const reach = (query: string) => () => `/municipalities/1870/reach${query}`;
  const QUERIES: { title: string; path: () => string; status: number; field?: string }[] = [
    { title: 'participants ?role=buddy', path: participants('?role=buddy'), status: 400, field: 'role' },
    {
      title: 'participants ?municipalityCode=187',
      path: participants('?municipalityCode=187'),
      status: 400,
      field: 'municipalityCode',
    },
    {
      title: 'participants ?category=tourist',
      path: participants('?category=tourist'),
      status: 400,
      field: 'category',
    },
    { title: 'participants ?hasMentor=yes', path: participants('?hasMentor=yes'), status: 400, field: 'hasMentor' },
    { title: 'participants ?hasMentor=1', path: participants('?hasMentor=1'), status: 400, field: 'hasMentor' },
    {
      title: 'participants ?hasMentor=true&hasMentor=false',
      path: participants('?hasMentor=true&hasMentor=false'),
      status: 400,
      field: 'hasMentor',
    },
    { title: 'participants ?q over 200 characters', path: participants(`?q=${long(201)}`), status: 400, field: 'q' },
    { title: 'participants ?q=a&q=b', path: participants('?q=a&q=b'), status: 400, field: 'q' },
    { title: 'participants ?q with a NUL character', path: participants('?q=a%00b'), status: 400, field: 'q' },
    { title: 'participants ?sort=age', path: participants('?sort=age'), status: 400, field: 'sort' },
    { title: 'participants ?sort=Name', path: participants('?sort=Name'), status: 400, field: 'sort' },
    { title: 'participants ?limit=0', path: participants('?limit=0'), status: 400, field: 'limit' },
    { title: 'participants ?limit=501', path: participants('?limit=501'), status: 400, field: 'limit' },
    { title: 'participants ?limit=ten', path: participants('?limit=ten'), status: 400, field: 'limit' },
    { title: 'participants ?offset=-1', path: participants('?offset=-1'), status: 400, field: 'offset' },
    { title: 'participants ?page=2 (unknown)', path: participants('?page=2'), status: 400, field: 'page' },
    {
      title: 'participants with every filter, a sort and a page',
      path: participants(
        '?role=mentee&municipalityCode=1870&category=refugee&hasMentor=false&q=%25_&sort=-createdAt&limit=500&offset=0',
      ),
      status: 200,
    },
    { title: 'participants ?q= (empty: no search)', path: participants('?q='), status: 200 },
    { title: 'professions ?lang=se', path: professions('?lang=se'), status: 400, field: 'lang' },
    { title: 'professions ?limit=0', path: professions('?limit=0'), status: 400, field: 'limit' },
    { title: 'professions ?level=5', path: professions('?level=5'), status: 400, field: 'level' },
    { title: 'professions ?q=nurse&lang=nn&limit=20', path: professions('?q=nurse&lang=nn&limit=20'), status: 200 },
    { title: 'candidates ?limit=-1', path: candidates('?limit=-1'), status: 400, field: 'limit' },
    { title: 'candidates ?limit=1001', path: candidates('?limit=1001'), status: 400, field: 'limit' },
    { title: 'candidates ?limit=abc', path: candidates('?limit=abc'), status: 400, field: 'limit' },
    { title: 'candidates ?limit=1.5', path: candidates('?limit=1.5'), status: 400, field: 'limit' },
    { title: 'candidates ?limit=1e400', path: candidates('?limit=1e400'), status: 400, field: 'limit' },
    { title: 'candidates ?limit=1&limit=2', path: candidates('?limit=1&limit=2'), status: 400, field: 'limit' },
    { title: 'candidates ?limit= (empty)', path: candidates('?limit='), status: 400, field: 'limit' },
    { title: 'candidates ?limit=%20 (blank)', path: candidates('?limit=%20'), status: 400, field: 'limit' },
    { title: 'candidates ?limit=%00', path: candidates('?limit=%00'), status: 400, field: 'limit' },
    { title: 'candidates ?sort=score (unknown)', path: candidates('?sort=score'), status: 400, field: 'sort' },
    { title: 'candidates of a mentor', path: candidates('', () => ids.freeMentor), status: 400, field: 'id' },
    { title: 'candidates of no participant', path: candidates('', randomUUID), status: 404 },
    { title: 'candidates ?limit=0 (every mentor)', path: candidates('?limit=0'), status: 200 },
    { title: 'candidates ?limit=1000', path: candidates('?limit=1000'), status: 200 },
    { title: 'matches ?status=bogus', path: matches('?status=bogus'), status: 400, field: 'status' },
    { title: 'matches ?status=Approved', path: matches('?status=Approved'), status: 400, field: 'status' },
    {
      title: 'matches ?status=approved&status=rejected',
      path: matches('?status=approved&status=rejected'),
      status: 400,
      field: 'status',
    },
    { title: 'matches ?status=approved', path: matches('?status=approved'), status: 200 },
    {
      title: 'matches of a programme that does not exist',
      path: () => `/programmes/${randomUUID()}/matches`,
      status: 404,
    },
    { title: 'outbox ?status=bogus', path: outbox('?status=bogus'), status: 400, field: 'status' },
    { title: 'outbox ?status=Pending', path: outbox('?status=Pending'), status: 400, field: 'status' },
    { title: 'outbox ?kind=bogus', path: outbox('?kind=bogus'), status: 400, field: 'kind' },
    { title: 'outbox ?kind= (empty)', path: outbox('?kind='), status: 400, field: 'kind' },
    { title: 'outbox ?limit=0', path: outbox('?limit=0'), status: 400, field: 'limit' },
    { title: 'outbox ?limit=abc', path: outbox('?limit=abc'), status: 400, field: 'limit' },
    { title: 'outbox ?limit=1001', path: outbox('?limit=1001'), status: 400, field: 'limit' },
    { title: 'outbox ?offset=-1', path: outbox('?offset=-1'), status: 400, field: 'offset' },
    { title: 'outbox ?offset=1.5', path: outbox('?offset=1.5'), status: 400, field: 'offset' },
    { title: 'outbox ?recipient=x (unknown)', path: outbox('?recipient=x'), status: 400, field: 'recipient' },
    {
      title: 'outbox ?status=pending&kind=escalation&limit=10&offset=0',
      path: outbox('?status=pending&kind=escalation&limit=10&offset=0'),
      status: 200,
    },
    { title: 'outbox without parameters', path: outbox(''), status: 200 },
    { title: 'audit ?limit=1001', path: () => '/admin/audit?limit=1001', status: 400, field: 'limit' },
    { title: 'audit ?limit=0', path: () => '/admin/audit?limit=0', status: 400, field: 'limit' },
    { title: 'audit ?limit=many', path: () => '/admin/audit?limit=many', status: 400, field: 'limit' },
    { title: 'audit ?offset=-1', path: () => '/admin/audit?offset=-1', status: 400, field: 'offset' },
    {
      title: 'audit ?action=participant.delete',
      path: () => '/admin/audit?action=participant.delete',
      status: 400,
      field: 'action',
    },
    { title: 'audit ?actorId=1', path: () => '/admin/audit?actorId=1', status: 400, field: 'actorId' },
    { title: 'audit ?subjectId=x', path: () => '/admin/audit?subjectId=x', status: 400, field: 'subjectId' },
    {
      title: 'audit ?from=2027-01-01 (a day, no time)',
      path: () => '/admin/audit?from=2027-01-01',
      status: 400,
      field: 'from',
    },
    {
      title: 'audit ?to=2027-01-01T10:00 (no offset)',
      path: () => '/admin/audit?to=2027-01-01T10:00',
      status: 400,
      field: 'to',
    },
    {
      title: 'audit ?from=a&from=b',
      path: () => '/admin/audit?from=2027-01-01T00:00Z&from=2027-02-01T00:00Z',
      status: 400,
      field: 'from',
    },
    {
      title: 'audit ?from after ?to',
      path: () => '/admin/audit?from=2027-02-01T00:00:00Z&to=2027-01-31T00:00:00Z',
      status: 400,
      field: 'from',
    },
    { title: 'audit ?who=x (unknown)', path: () => '/admin/audit?who=x', status: 400, field: 'who' },
    { title: 'audit.csv ?limit=1001', path: () => '/admin/audit.csv?limit=1001', status: 400, field: 'limit' },
    {
      title: 'audit.csv ?separator=tab',
      path: () => '/admin/audit.csv?separator=tab',
      status: 400,
      field: 'separator',
    },
    {
      title: 'audit with every filter and a page',
      path: () =>
        `/admin/audit?actorId=${randomUUID()}&subjectId=${randomUUID()}&action=participant.read` +
        '&from=2027-01-01T00:00:00%2B01:00&to=2027-02-01T00:00:00Z&limit=1000&offset=0',
      status: 200,
    },
    {
      title: 'audit.csv ?separator=semicolon&limit=1',
      path: () => '/admin/audit.csv?separator=semicolon&limit=1',
      status: 200,
    },
    { title: 'stats ?from=2027-13-01', path: stats('?from=2027-13-01'), status: 400, field: 'from' },
    { title: 'stats ?to=2027-02-29 (no such day)', path: stats('?to=2027-02-29'), status: 400, field: 'to' },
    { title: 'stats ?from after ?to', path: stats('?from=2027-06-01&to=2027-05-31'), status: 400, field: 'from' },
    { title: 'stats ?from=a&from=b', path: stats('?from=2027-01-01&from=2027-02-01'), status: 400, field: 'from' },
    {
      title: 'stats ?municipalityCode=187',
      path: stats('?municipalityCode=187'),
      status: 400,
      field: 'municipalityCode',
    },
    {
      title: 'stats ?municipalityCode=0000 (none such)',
      path: stats('?municipalityCode=0000'),
      status: 400,
      field: 'municipalityCode',
    },
    {
      title: 'stats ?municipality=1870 (unknown)',
      path: stats('?municipality=1870'),
      status: 400,
      field: 'municipality',
    },
    { title: 'stats.csv ?separator=tab', path: () => `/stats.csv?separator=tab`, status: 400, field: 'separator' },
    {
      title: 'stats ?from=2027-01-01&to=2027-12-31&municipalityCode=1870',
      path: stats('?from=2027-01-01&to=2027-12-31&municipalityCode=1870'),
      status: 200,
    },
    {
      title: 'programme stats.csv ?separator=; (not a name)',
      path: statsCsv('?separator=%3B'),
      status: 400,
      field: 'separator',
    },
    {
      title: 'programme stats.csv ?delimiter=, (unknown)',
      path: statsCsv('?delimiter=,'),
      status: 400,
      field: 'delimiter',
    },
    { title: 'programme stats.csv ?separator=semicolon', path: statsCsv('?separator=semicolon'), status: 200 },
    { title: 'pairs ?status=bogus', path: pairs('?status=bogus'), status: 400, field: 'status' },
    {
      title: 'pairs ?status=proposed (not a pair that ran)',
      path: pairs('?status=proposed'),
      status: 400,
      field: 'status',
    },
    { title: 'pairs ?status=rejected', path: pairs('?status=rejected'), status: 400, field: 'status' },
    { title: 'pairs ?status=Approved', path: pairs('?status=Approved'), status: 400, field: 'status' },
    { title: 'pairs ?status= (empty)', path: pairs('?status='), status: 400, field: 'status' },
    {
      title: 'pairs ?status=approved&status=ended',
      path: pairs('?status=approved&status=ended'),
      status: 400,
      field: 'status',
    },
    { title: 'pairs ?status=%00', path: pairs('?status=%00'), status: 400, field: 'status' },
    { title: 'pairs ?sort=name (unknown)', path: pairs('?sort=name'), status: 400, field: 'sort' },
    { title: 'pairs ?status=approved', path: pairs('?status=approved'), status: 200 },
    { title: 'pairs without parameters', path: pairs(''), status: 200 },
    {
      title: 'pairs of a programme that does not exist',
      path: () => `/programmes/${randomUUID()}/pairs`,
      status: 404,
    },
    {
      title: 'attention of a programme that does not exist',
      path: () => `/programmes/${randomUUID()}/attention`,
      status: 404,
    },
    { title: 'newcomers ?category=tourist', path: newcomers('?category=tourist'), status: 400, field: 'category' },
    { title: 'newcomers ?waiting=yes', path: newcomers('?waiting=yes'), status: 400, field: 'waiting' },
    { title: 'newcomers ?guidance=maybe', path: newcomers('?guidance=maybe'), status: 400, field: 'guidance' },
    { title: 'newcomers ?limit=501', path: newcomers('?limit=501'), status: 400, field: 'limit' },
    { title: 'newcomers ?offset=-1', path: newcomers('?offset=-1'), status: 400, field: 'offset' },
    { title: 'newcomers ?q over 200 characters', path: newcomers(`?q=${long(201)}`), status: 400, field: 'q' },
    { title: 'newcomers ?sort=name (unknown)', path: newcomers('?sort=name'), status: 400, field: 'sort' },
    {
      title: 'newcomers with every filter and a page',
      path: newcomers('?category=labour_spouse&waiting=true&guidance=not_referred&q=%25_&limit=500&offset=0'),
      status: 200,
    },
    {
      title: 'newcomers of municipality 18700',
      path: () => '/municipalities/18700/newcomers',
      status: 400,
      field: 'code',
    },
    { title: 'newcomers of municipality 9999 (none)', path: () => '/municipalities/9999/newcomers', status: 404 },
    {
      title: 'waiting list ?limit=0',
      path: () => '/municipalities/1870/waiting-list?limit=0',
      status: 400,
      field: 'limit',
    },
    {
      title: 'waiting list of municipality abcd',
      path: () => '/municipalities/abcd/waiting-list',
      status: 400,
      field: 'code',
    },
    { title: 'reach ?from=2027-02-30', path: reach('?from=2027-02-30'), status: 400, field: 'from' },
    { title: 'reach ?to=yesterday', path: reach('?to=yesterday'), status: 400, field: 'to' },
    { title: 'reach ?from after ?to', path: reach('?from=2027-02-01&to=2027-01-01'), status: 400, field: 'to' },
    { title: 'reach ?separator=tab (JSON)', path: reach('?separator=tab'), status: 400, field: 'separator' },
    {
      title: 'reach.csv ?separator=tab',
      path: () => '/municipalities/1870/reach.csv?separator=tab',
      status: 400,
      field: 'separator',
    },
    { title: 'reach over a period', path: reach('?from=2026-01-01&to=2026-12-31'), status: 200 },
    {
      title: 'all reach ?from after ?to',
      path: () => '/reach?from=2027-02-01&to=2027-01-01',
      status: 400,
      field: 'to',
    },
    { title: 'all reach ?to=yesterday', path: () => '/reach?to=yesterday', status: 400, field: 'to' },
    {
      title: 'all reach ?municipalityCode=Sortland',
      path: () => '/reach?municipalityCode=Sortland',
      status: 400,
      field: 'municipalityCode',
    },
    {
      title: 'all reach ?municipalityCode=9999 (none)',
      path: () => '/reach?municipalityCode=9999',
      status: 400,
      field: 'municipalityCode',
    },
    { title: 'all reach of one municipality', path: () => '/reach?municipalityCode=1870&from=2026-01-01', status: 200 },
  ];

  it.each(QUERIES)('$title → $status', async ({ path, status, field }) => {
    const counts = await rowCounts(t.db);
    const before = await snapshot(t.db);
    const audited = await auditIds();
    const res = await t.http.get(`/api/v1${path()}`).set(t.auth(adminToken));
    const body: unknown = res.body;
    expect({ status: res.status, body }).toMatchObject(
      status >= 400 ? { status, body: { statusCode: status } } : { status },
    );
    if (field) expect(messageOf(body)).toMatch(naming(field));
    if (status >= 400) expectCodedErrors(body, field);
    // A read answered adds its audit rows (one per person listed) and nothing else; a refused one, nothing.
    const added = await auditedSince(audited);
    if (status >= 400) expect(added).toEqual([]);
    else expect(added.every((a) => a === 'participant.list' || a === 'participant.candidates')).toBe(true);
    expect(withoutAudit(await rowCounts(t.db))).toEqual(withoutAudit(counts));
    expect(snapshotWithoutAudit(await snapshot(t.db))).toBe(snapshotWithoutAudit(before));
  });

  it('candidates ?limit=0 lists every mentor of the programme, blocked ones with their rule', async () => {
    const res = await t.http
      .get(`/api/v1/participants/${ids.tigrinyaMentee}/candidates?limit=0`)
      .set(t.auth(adminToken));
    expect(res.status).toBe(200);
    const listed = records(res.body);
    const [{ n }] = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM participants WHERE programme_id = $1 AND role = 'mentor'`,
      [ids.programme],
    );
    expect(listed).toHaveLength(n);
    for (const c of listed) expect(c).toMatchObject({ allowed: false, blockedBy: 'no_common_language' });
  });
});

// ---------------------------------------------------------------------------------------------
// Malformed ids in paths

describe('a malformed UUID in the path is a 400 naming it', () => {
  const PATHS: {
    call: string;
    method: 'get' | 'post' | 'patch' | 'put' | 'delete';
    path: (id: string) => string;
    body?: () => object;
  }[] = [
    { call: 'PATCH /users/:id', method: 'patch', path: (id) => `/users/${id}`, body: () => ({ name: 'Renamed' }) },
    { call: 'GET /programmes/:id', method: 'get', path: (id) => `/programmes/${id}` },
    {
      call: 'PATCH /programmes/:id',
      method: 'patch',
      path: (id) => `/programmes/${id}`,
      body: () => ({ name: 'Renamed' }),
    },
    { call: 'GET /programmes/:id/gatherings', method: 'get', path: (id) => `/programmes/${id}/gatherings` },
    {
      call: 'POST /programmes/:id/gatherings',
      method: 'post',
      path: (id) => `/programmes/${id}/gatherings`,
      body: () => ({ title: 'Extra', startsAt: '2027-04-20T17:00:00+02:00' }),
    },
    {
      call: 'PATCH /gatherings/:id',
      method: 'patch',
      path: (id) => `/gatherings/${id}`,
      body: () => ({ title: 'Renamed' }),
    },
    { call: 'GET /gatherings/:id/attendance', method: 'get', path: (id) => `/gatherings/${id}/attendance` },
    {
      call: 'PUT /gatherings/:id/attendance',
      method: 'put',
      path: (id) => `/gatherings/${id}/attendance`,
      body: () => ({ participantIds: [] }),
    },
    {
      call: 'POST /programmes/:id/participants',
      method: 'post',
      path: (id) => `/programmes/${id}/participants`,
      body: validMentee,
    },
    { call: 'GET /programmes/:id/participants', method: 'get', path: (id) => `/programmes/${id}/participants` },
    {
      call: 'POST /programmes/:id/participants/import',
      method: 'post',
      path: (id) => `/programmes/${id}/participants/import`,
    },
    { call: 'GET /participants/:id', method: 'get', path: (id) => `/participants/${id}` },
    {
      call: 'PATCH /participants/:id',
      method: 'patch',
      path: (id) => `/participants/${id}`,
      body: () => ({ name: 'Renamed' }),
    },
    {
      call: 'PUT /participants/:id/screening',
      method: 'put',
      path: (id) => `/participants/${id}/screening`,
      body: () => ({ policeCertificateSeenOn: '2026-01-05' }),
    },
    { call: 'POST /programmes/:id/proposals', method: 'post', path: (id) => `/programmes/${id}/proposals` },
    { call: 'GET /programmes/:id/matches', method: 'get', path: (id) => `/programmes/${id}/matches` },
    {
      call: 'POST /programmes/:id/matches',
      method: 'post',
      path: (id) => `/programmes/${id}/matches`,
      body: validPair,
    },
    { call: 'GET /matches/:id', method: 'get', path: (id) => `/matches/${id}` },
    { call: 'POST /matches/:id/approve', method: 'post', path: (id) => `/matches/${id}/approve`, body: () => ({}) },
    {
      call: 'POST /matches/:id/reject',
      method: 'post',
      path: (id) => `/matches/${id}/reject`,
      body: () => ({ reason: 'They know each other' }),
    },
    { call: 'POST /matches/:id/end', method: 'post', path: (id) => `/matches/${id}/end`, body: validEnd },
    { call: 'GET /participants/:id/candidates', method: 'get', path: (id) => `/participants/${id}/candidates` },
    { call: 'POST /matches/:id/meetings', method: 'post', path: (id) => `/matches/${id}/meetings`, body: validMeeting },
    { call: 'GET /matches/:id/meetings', method: 'get', path: (id) => `/matches/${id}/meetings` },
    { call: 'GET /matches/:id/compliance', method: 'get', path: (id) => `/matches/${id}/compliance` },
    { call: 'POST /matches/:id/pauses', method: 'post', path: (id) => `/matches/${id}/pauses`, body: validPause },
    { call: 'GET /matches/:id/pauses', method: 'get', path: (id) => `/matches/${id}/pauses` },
    { call: 'DELETE /pauses/:id', method: 'delete', path: (id) => `/pauses/${id}` },
    { call: 'GET /programmes/:id/pairs', method: 'get', path: (id) => `/programmes/${id}/pairs` },
    { call: 'GET /programmes/:id/attention', method: 'get', path: (id) => `/programmes/${id}/attention` },
    { call: 'GET /programmes/:id/stats', method: 'get', path: (id) => `/programmes/${id}/stats` },
    { call: 'GET /programmes/:id/stats.csv', method: 'get', path: (id) => `/programmes/${id}/stats.csv` },
    { call: 'GET /programmes/:id/surveys', method: 'get', path: (id) => `/programmes/${id}/surveys` },
    { call: 'GET /programmes/:id/report.csv', method: 'get', path: (id) => `/programmes/${id}/report.csv` },
    { call: 'GET /programmes/:id/report.pdf', method: 'get', path: (id) => `/programmes/${id}/report.pdf` },
    { call: 'DELETE /team-members/:id', method: 'delete', path: (id) => `/team-members/${id}` },
    { call: 'GET /newcomers/:id', method: 'get', path: (id) => `/newcomers/${id}` },
    {
      call: 'PATCH /newcomers/:id',
      method: 'patch',
      path: (id) => `/newcomers/${id}`,
      body: () => ({ name: 'Renamed' }),
    },
    {
      call: 'POST /newcomers/:id/enrol',
      method: 'post',
      path: (id) => `/newcomers/${id}/enrol`,
      body: () => ({ programmeId: ids.programme }),
    },
  ];
  const BAD_IDS = ['not-a-uuid', '123', `${randomUUID()}0`, encodeURIComponent("' OR 1=1 --")];
  const cases = PATHS.flatMap((p) => BAD_IDS.map((id) => ({ ...p, id })));

  it.each(cases)('$call with id $id', async ({ method, path, body, id, call }) => {
    const counts = await rowCounts(t.db);
    const before = await snapshot(t.db);
    let test = t.http[method](`/api/v1${path(id)}`).set(t.auth(adminToken));
    if (call.endsWith('/import')) test = test.set('Content-Type', 'text/csv').send(`role,name\nmentor,Kari\n`);
    else if (body) test = test.send(body());
    const res = await test;
    const resBody: unknown = res.body;
    expect({ status: res.status, body: resBody }).toMatchObject({ status: 400, body: { statusCode: 400 } });
    expect(messageOf(resBody)).toMatch(naming('id'));
    expectCodedErrors(resBody, 'id');
    expect(resBody).toMatchObject({ errors: [{ field: 'id', code: 'must_be_uuid', params: {} }] });
    expect(await rowCounts(t.db)).toEqual(counts);
    expect(await snapshot(t.db)).toBe(before);
  });
});

// ---------------------------------------------------------------------------------------------
// The signed link's form: no login, plain form fields, answers in HTML

describe('POST /log/:token', () => {
  const link = (matchId: string, expiresAt = new Date(NOW.getTime() + 7 * DAY_MS), secret = t.config.LINK_SECRET) =>
    signMeetingLink(matchId, expiresAt, secret);
  const valid = (): Record<string, string> => ({ date: TODAY, durationMinutes: '90' });
  /** The token with one character of its payload (the match and the expiry) changed. */
  const tampered = (): string => {
    const token = link(ids.runningApproved);
    const i = 10;
    return `${token.slice(0, i)}${token[i] === 'A' ? 'B' : 'A'}${token.slice(i + 1)}`;
  };
  /** This pair's signature on another pair's payload. */
  const spliced = (): string => {
    const [payload] = link(ids.runningProposal).split('.');
    return `${payload}.${link(ids.runningApproved).split('.')[1]}`;
  };

  const FORMS: {
    title: string;
    token: () => string;
    form: () => Record<string, string>;
    status: number;
    /** The input the page marks invalid (aria-invalid); the other must not be. */
    invalid?: 'date' | 'durationMinutes';
  }[] = [
    {
      title: 'date=garbage',
      token: () => link(ids.runningApproved),
      form: () => ({ ...valid(), date: 'garbage' }),
      status: 400,
      invalid: 'date',
    },
    {
      title: 'date=2027-02-30',
      token: () => link(ids.runningApproved),
      form: () => ({ ...valid(), date: '2027-02-30' }),
      status: 400,
      invalid: 'date',
    },
    {
      title: 'date tomorrow (in the future)',
      token: () => link(ids.runningApproved),
      form: () => ({ ...valid(), date: day(1) }),
      status: 400,
      invalid: 'date',
    },
    {
      title: 'date before the programme starts',
      token: () => link(ids.runningApproved),
      form: () => ({ ...valid(), date: day(-61) }),
      status: 400,
      invalid: 'date',
    },
    {
      title: 'durationMinutes=5',
      token: () => link(ids.runningApproved),
      form: () => ({ ...valid(), durationMinutes: '5' }),
      status: 400,
      invalid: 'durationMinutes',
    },
    {
      title: 'durationMinutes=abc',
      token: () => link(ids.runningApproved),
      form: () => ({ ...valid(), durationMinutes: 'abc' }),
      status: 400,
      invalid: 'durationMinutes',
    },
    {
      title: 'durationMinutes=601',
      token: () => link(ids.runningApproved),
      form: () => ({ ...valid(), durationMinutes: '601' }),
      status: 400,
      invalid: 'durationMinutes',
    },
    {
      title: 'durationMinutes=90.5',
      token: () => link(ids.runningApproved),
      form: () => ({ ...valid(), durationMinutes: '90.5' }),
      status: 400,
      invalid: 'durationMinutes',
    },
    { title: 'a tampered token', token: tampered, form: valid, status: 404 },
    { title: "another pair's payload under this pair's signature", token: spliced, form: valid, status: 404 },
    {
      title: 'a token signed with another secret',
      token: () => link(ids.runningApproved, undefined, 's'.repeat(48)),
      form: valid,
      status: 404,
    },
    {
      title: 'an expired token',
      token: () => link(ids.runningApproved, new Date(NOW.getTime() - 1000)),
      form: valid,
      status: 410,
    },
    { title: 'a token of a pair only proposed', token: () => link(ids.runningProposal), form: valid, status: 409 },
  ];

  it.each(FORMS)('$title → $status, an HTML page, nothing stored', async ({ token, form, status, invalid }) => {
    const counts = await rowCounts(t.db);
    const before = await snapshot(t.db);
    const res = await t.http.post(`/api/v1/log/${token()}`).type('form').send(form());
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toMatch(/<html/i);
    if (invalid) {
      const other = invalid === 'date' ? 'durationMinutes' : 'date';
      expect(res.text).toMatch(new RegExp(`<input[^>]*id="${invalid}"[^>]*aria-invalid="true"`));
      expect(res.text).not.toMatch(new RegExp(`<input[^>]*id="${other}"[^>]*aria-invalid="true"`));
    } else {
      expect(res.text).not.toMatch(/<form/);
    }
    expect(await rowCounts(t.db)).toEqual(counts);
    expect(await snapshot(t.db)).toBe(before);
  });

  it('with the valid form records the meeting (the control for the cases above)', async () => {
    const counts = await rowCounts(t.db);
    const res = await t.http
      .post(`/api/v1/log/${link(ids.runningApproved)}`)
      .type('form')
      .send({ date: day(-1), durationMinutes: '75' });
    expect(res.status).toBe(201);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(await rowCounts(t.db)).toEqual({
      ...counts,
      meetings: counts.meetings + 1,
      audit_log: counts.audit_log + 1,
    });
  });
});

// ---------------------------------------------------------------------------------------------
// The survey link's form: no login, plain form fields, answers in HTML

describe('POST /survey/:token', () => {
  let mentee = '';
  let mentor = '';
  const link = (outboxId: string, expiresAt = new Date(NOW.getTime() + 7 * DAY_MS), secret = t.config.LINK_SECRET) =>
    signSurveyLink(outboxId, expiresAt, secret);
  const valid = (): Record<string, string> => ({
    progress: '4',
    usefulness: '5',
    employmentStatus: 'education',
    norwegianLevel: 'B2',
    helped: 'partly',
    comment: 'Takk',
  });
  beforeAll(async () => {
    const invite = async (role: string) => {
      const [row] = await t.db.query<{ id: string }[]>(
        `INSERT INTO outbox (kind, recipient_id, to_address, language, subject_id, gathering_id, period_key)
         SELECT 'closing_survey', p.id, p.email, 'en', g.id, g.id, 'once'
         FROM participants p JOIN gatherings g ON g.programme_id = p.programme_id AND g.kind = 'closing'
         WHERE p.role = $1 ORDER BY p.created_at LIMIT 1 RETURNING id`,
        [role],
      );
      return row.id;
    };
    mentee = await invite('mentee');
    mentor = await invite('mentor');
  });

  const FORMS: {
    title: string;
    token: () => string;
    form: () => Record<string, string>;
    status: number;
    /** The questions the page marks in error; the others must not be. */
    invalid?: string[];
  }[] = [
    {
      title: 'progress=0',
      token: () => link(mentee),
      form: () => ({ ...valid(), progress: '0' }),
      status: 400,
      invalid: ['progress'],
    },
    {
      title: 'progress=6',
      token: () => link(mentee),
      form: () => ({ ...valid(), progress: '6' }),
      status: 400,
      invalid: ['progress'],
    },
    {
      title: 'progress=3.5',
      token: () => link(mentee),
      form: () => ({ ...valid(), progress: '3.5' }),
      status: 400,
      invalid: ['progress'],
    },
    {
      title: 'usefulness missing',
      token: () => link(mentee),
      form: () => ({ ...valid(), usefulness: '' }),
      status: 400,
      invalid: ['usefulness'],
    },
    {
      title: 'employmentStatus=retired (not one of the statuses)',
      token: () => link(mentee),
      form: () => ({ ...valid(), employmentStatus: 'retired' }),
      status: 400,
      invalid: ['employmentStatus'],
    },
    {
      title: 'norwegianLevel=native',
      token: () => link(mentee),
      form: () => ({ ...valid(), norwegianLevel: 'native' }),
      status: 400,
      invalid: ['norwegianLevel'],
    },
    {
      title: 'helped=maybe',
      token: () => link(mentee),
      form: () => ({ ...valid(), helped: 'maybe' }),
      status: 400,
      invalid: ['helped'],
    },
    {
      title: 'a mentee leaving out the mentee questions',
      token: () => link(mentee),
      form: () => ({ progress: '3', usefulness: '3' }),
      status: 400,
      invalid: ['employmentStatus', 'norwegianLevel', 'helped'],
    },
    {
      title: 'a comment of 1001 characters',
      token: () => link(mentee),
      form: () => ({ ...valid(), comment: 'x'.repeat(1001) }),
      status: 400,
      invalid: ['comment'],
    },
    {
      title: 'an empty form from a mentor',
      token: () => link(mentor),
      form: () => ({}),
      status: 400,
      invalid: ['progress', 'usefulness'],
    },
    {
      title: 'a tampered token',
      token: () => {
        const token = link(mentee);
        return `${token.slice(0, 10)}${token[10] === 'A' ? 'B' : 'A'}${token.slice(11)}`;
      },
      form: valid,
      status: 404,
    },
    {
      title: 'a token signed with another secret',
      token: () => link(mentee, undefined, 's'.repeat(48)),
      form: valid,
      status: 404,
    },
    {
      title: 'a meeting link in place of a survey link',
      token: () => signMeetingLink(mentee, new Date(NOW.getTime() + DAY_MS), t.config.LINK_SECRET),
      form: valid,
      status: 404,
    },
    { title: 'a token naming no survey email', token: () => link(randomUUID()), form: valid, status: 404 },
    { title: 'an expired token', token: () => link(mentee, new Date(NOW.getTime() - 1000)), form: valid, status: 410 },
  ];
  const QUESTIONS = ['progress', 'usefulness', 'employmentStatus', 'norwegianLevel', 'helped', 'comment'];

  it.each(FORMS)('$title → $status, an HTML page, nothing stored', async ({ token, form, status, invalid }) => {
    const counts = await rowCounts(t.db);
    const before = await snapshot(t.db);
    const res = await t.http.post(`/api/v1/survey/${token()}`).type('form').send(form());
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toMatch(/<html/i);
    if (invalid) {
      for (const q of QUESTIONS) {
        const marked = new RegExp(`id="${q}-error"`).test(res.text);
        expect({ q, marked }).toEqual({ q, marked: invalid.includes(q) });
      }
    } else {
      expect(res.text).not.toMatch(/<form/);
    }
    expect(await rowCounts(t.db)).toEqual(counts);
    expect(await snapshot(t.db)).toBe(before);
  });

  it('with the valid form stores the answers (the control for the cases above)', async () => {
    const counts = await rowCounts(t.db);
    const res = await t.http
      .post(`/api/v1/survey/${link(mentee)}`)
      .type('form')
      .send(valid());
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    // The answers, and the audit row saying the person's record changed (survey.answer).
    expect(await rowCounts(t.db)).toEqual({
      ...counts,
      survey_answers: counts.survey_answers + 1,
      audit_log: counts.audit_log + 1,
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Helpers

/** The ids of the audit rows so far, to tell which rows a request added. */
async function auditIds(): Promise<Set<string>> {
  return new Set((await t.db.query<{ id: string }[]>('SELECT id FROM audit_log')).map((r) => r.id));
}

/** The actions of the audit rows added since `before`, sorted. */
async function auditedSince(before: Set<string>): Promise<string[]> {
  const rows = await t.db.query<{ id: string; action: string }[]>('SELECT id, action FROM audit_log');
  return rows
    .filter((r) => !before.has(r.id))
    .map((r) => r.action)
    .sort();
}

function withoutAudit(counts: Record<string, number>): Record<string, number> {
  const { audit_log: _audit, ...rest } = counts;
  return rest;
}

function snapshotWithoutAudit(snapshot: string): string {
  return snapshot
    .split('\n')
    .filter((line) => !line.startsWith('audit_log:'))
    .join('\n');
}
/**
 * The second factor of the admin who sends the requests: started afresh (an enrolment in
 * progress, with its secret) or confirmed (with its recovery codes) before each request.
 */
const mfa = {
  secret: '',
  recoveryCodes: [] as string[],
  /** The app's code at the file's clock, or `offset` seconds from it. */
  code(offset = 0): string {
    return generateSync({ secret: mfa.secret, epoch: Math.floor(NOW.getTime() / 1000) + offset });
  },
  async enrolling(): Promise<void> {
    await t.db.query(`DELETE FROM user_second_factors WHERE user_id = (SELECT id FROM users WHERE email = $1)`, [
      adminEmail,
    ]);
    const res = await t.http.post('/api/v1/auth/mfa/enrol').set(t.auth(adminToken));
    if (res.status !== 200) throw new Error(`setup: enrol answered ${res.status}`);
    mfa.secret = stringField(res.body, 'secret');
  },
  async on(): Promise<void> {
    await mfa.enrolling();
    const res = await t.http.post('/api/v1/auth/mfa/confirm').set(t.auth(adminToken)).send({ code: mfa.code() });
    if (res.status !== 200) throw new Error(`setup: confirm answered ${res.status}`);
    mfa.recoveryCodes = record(res.body).recoveryCodes as string[];
  },
};

/** A lead with a second factor, the mfaToken of a new password login of theirs, and recovery codes not used yet. */
const mfaLogin = {
  email: '',
  mfaToken: '',
  codes: [] as string[],
  recoveryCode(): string {
    return mfaLogin.codes[mfaLogin.codes.length - 1] ?? '';
  },
  async start(): Promise<void> {
    // A used code is dropped; a fresh lead once they run out.
    if (mfaLogin.codes.length < 2) {
      const lead = await t.user('lead');
      const enrol = await t.http.post('/api/v1/auth/mfa/enrol').set(t.auth(lead.token));
      const secret = stringField(enrol.body, 'secret');
      const confirm = await t.http
        .post('/api/v1/auth/mfa/confirm')
        .set(t.auth(lead.token))
        .send({ code: generateSync({ secret, epoch: Math.floor(NOW.getTime() / 1000) }) });
      if (confirm.status !== 200) throw new Error(`setup: confirm answered ${confirm.status}`);
      Object.assign(mfaLogin, { email: lead.email, codes: (record(confirm.body).recoveryCodes as string[]).slice() });
    } else {
      mfaLogin.codes.pop();
    }
    const res = await t.http.post('/api/v1/auth/login').send({ email: mfaLogin.email, password: USER_PASSWORD });
    if (res.status !== 200) throw new Error(`setup: login answered ${res.status}`);
    mfaLogin.mfaToken = stringField(res.body, 'mfaToken');
  },
};

async function send(
  endpoint: Endpoint,
  path: string,
  payload: { body?: unknown } | { raw: string },
): Promise<Response> {
  let test = t.http[endpoint.method](`/api/v1${path}`);
  if (!endpoint.anonymous) test = test.set(t.auth(adminToken));
  if ('raw' in payload) return test.set('Content-Type', 'application/json').send(payload.raw);
  return test.set('Content-Type', 'application/json').send(JSON.stringify(payload.body));
}

/**
 * An error body's `errors`: one entry per sentence of `message`, in the same order; each with a
 * code of ERROR_CODES and exactly its params, and (in a 400) a field that is null or that its
 * sentence names. What the case expects `message` to name, an entry names too: as its field (or a
 * path within it), or as a param (the hard rule a pair breaks).
 */
function expectCodedErrors(body: unknown, field?: string): void {
  const { message, errors, statusCode } = record(body);
  const sentences = Array.isArray(message) ? message : [message];
  expect(Array.isArray(errors)).toBe(true);
  const entries = records(errors);
  expect(entries.map((e) => e.message)).toEqual(sentences);
  for (const entry of entries) {
    expectWellFormedDetail(entry);
    if (statusCode === 400 && entry.field !== null) expect(text(entry.message)).toMatch(naming(text(entry.field)));
  }
  if (field) {
    const names = (f: unknown): boolean =>
      typeof f === 'string' && (f === field || f.startsWith(`${field}.`) || field.startsWith(`${f}.`));
    const named = entries.some((e) => names(e.field) || Object.values(record(e.params)).includes(field));
    expect({ field, errors: named ? 'name it' : entries }).toEqual({ field, errors: 'name it' });
  }
}

/** A code the API declares, with exactly the params it declares for it, of their kinds. */
function expectWellFormedDetail(entry: Record<string, unknown>): void {
  const code = text(entry.code);
  expect(isErrorCode(code) ? code : `unknown code ${code}`).toBe(code);
  if (!isErrorCode(code)) return;
  const declared: Record<string, string> = ERROR_CODES[code].params;
  const params = record(entry.params);
  expect({ code, params: Object.keys(params).sort() }).toEqual({ code, params: Object.keys(declared).sort() });
  for (const [name, kind] of Object.entries(declared)) {
    const value = params[name];
    expect({ code, name, kind: Array.isArray(value) ? 'string[]' : typeof value }).toEqual({ code, name, kind });
  }
}

/** The field as a word of the message: "name must be ...", "rules.weights.profession must ...". */
function naming(field: string): RegExp {
  return new RegExp(`(^|[^A-Za-z0-9])${field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^A-Za-z0-9]|$)`, 'm');
}

function omit(body: Record<string, unknown>, key: string): Record<string, unknown> {
  const copy = { ...body };
  delete copy[key];
  return copy;
}

function record(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`expected an object, got ${JSON.stringify(value)}`);
  }
  return value as Record<string, unknown>;
}

function records(value: unknown): Record<string, unknown>[] {
  if (!Array.isArray(value)) throw new Error(`expected an array, got ${JSON.stringify(value)}`);
  return value.map((item: unknown) => record(item));
}

function stringField(value: unknown, key: string): string {
  const field = record(value)[key];
  if (typeof field !== 'string') throw new Error(`expected ${key} to be a string in ${JSON.stringify(value)}`);
  return field;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function messageOf(body: unknown): string {
  const message = record(body).message;
  if (Array.isArray(message)) return message.map((m) => (typeof m === 'string' ? m : JSON.stringify(m))).join('\n');
  return typeof message === 'string' ? message : JSON.stringify(message);
}
