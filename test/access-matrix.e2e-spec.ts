/**
 * Every endpoint × every caller. The Vesterålen programme covers 1851, 1866, 1867, 1868, 1870 and
 * 1871; the coordinator holds 1870 Sortland, the outsider holds 1804 Bodø (not in it, but in a
 * Bodø programme of its own). A refused request (401, 403, 404 or 400) must change nothing.
 *
 * A pair belongs to the municipality of its mentee: a coordinator sees and decides only the pairs
 * of their own mentees; any other pair answers 404, as if it did not exist.
 *
 * Meetings need a programme that is running: the "running" programme began 60 days ago (in Oslo
 * days) and the app's clock is held at NOW for the whole file. Its workers are off, so nothing
 * changes the outbox behind a request's back (emails stay pending; no SMTP server is needed).
 */
import { randomUUID } from 'node:crypto';
import { RequestMethod } from '@nestjs/common';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { DateTime } from 'luxon';
import { generate } from 'otplib';
import type { Response } from 'supertest';
import { ACCESS_KEY, type AccessRule } from '../src/common/access/access.decorator.js';
import { EMAIL_KINDS } from '../src/mail/outbox.entity.js';
import { signMeetingLink } from '../src/meetings/meeting-link.js';
import { signSurveyLink } from '../src/surveys/survey-link.js';
import { SESSION_COOKIE } from '../src/auth/session-cookie.js';
import { DASHBOARD_COOKIE } from '../src/auth/dashboard-cookie.js';
import { hashOf } from '../src/auth/sessions.service.js';
import { verifyPassword } from '../src/auth/passwords.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, USER_PASSWORD, createTestApp, snapshot, type TestApp } from './support/app.js';
import { menteeBody, mentorBody, newcomerBody, programmeBody } from './support/factories.js';

type RoleCaller = 'admin' | 'lead' | 'coordinator' | 'outsider';
type TokenlessCaller = 'anonymous' | 'forged' | 'garbage' | 'unsigned' | 'expired' | 'unknown user';
type Caller = RoleCaller | TokenlessCaller;

type Call =
  | 'POST /auth/login'
  | 'POST /auth/refresh'
  | 'POST /auth/logout'
  | 'GET /auth/me'
  | 'PATCH /auth/me'
  | 'POST /auth/password'
  | 'POST /auth/mfa'
  | 'GET /auth/mfa'
  | 'POST /auth/mfa/enrol'
  | 'POST /auth/mfa/confirm'
  | 'DELETE /auth/mfa'
  | 'GET /auth/options'
  | 'GET /auth/oidc/login'
  | 'GET /auth/oidc/callback'
  | 'POST /admin/dashboard-session'
  | 'GET /health'
  | 'POST /users'
  | 'GET /users'
  | 'PATCH /users/:id'
  | 'GET /municipalities'
  | 'POST /municipalities'
  | 'GET /professions'
  | 'POST /programmes'
  | 'GET /programmes'
  | 'GET /programmes/:id'
  | 'PATCH /programmes/:id'
  | 'GET /programmes/:id/gatherings'
  | 'POST /programmes/:id/gatherings'
  | 'PATCH /gatherings/:id'
  | 'GET /gatherings/:id/attendance'
  | 'PUT /gatherings/:id/attendance'
  | 'POST /programmes/:id/participants'
  | 'POST /programmes/:id/participants/import'
  | 'GET /programmes/:id/participants'
  | 'GET /participants/:id'
  | 'PATCH /participants/:id'
  | 'PUT /participants/:id/screening'
  | 'POST /programmes/:id/proposals'
  | 'GET /programmes/:id/proposal-runs'
  | 'GET /programmes/:id/matches'
  | 'POST /programmes/:id/matches'
  | 'GET /matches/:id'
  | 'POST /matches/:id/approve'
  | 'POST /matches/:id/reject'
  | 'POST /matches/:id/end'
  | 'GET /participants/:id/candidates'
  | 'POST /matches/:id/meetings'
  | 'GET /matches/:id/meetings'
  | 'GET /matches/:id/compliance'
  | 'POST /matches/:id/pauses'
  | 'GET /matches/:id/pauses'
  | 'DELETE /pauses/:id'
  | 'GET /matches/:id/certificate.pdf'
  | 'GET /certificates/:code'
  | 'GET /programmes/:id/pairs'
  | 'GET /programmes/:id/attention'
  | 'GET /admin/outbox'
  | 'GET /admin/audit'
  | 'GET /admin/audit.csv'
  | 'POST /admin/reminders/run'
  | 'GET /programmes/:id/stats'
  | 'GET /programmes/:id/stats.csv'
  | 'GET /stats'
  | 'GET /stats.csv'
  | 'GET /log/:token'
  | 'POST /log/:token'
  | 'GET /programmes/:id/surveys'
  | 'GET /programmes/:id/report.csv'
  | 'GET /programmes/:id/report.pdf'
  | 'GET /survey/:token'
  | 'POST /survey/:token'
  | 'GET /municipalities/:code/info'
  | 'POST /municipalities/:code/info/preview'
  | 'GET /municipalities/:code/info/:language'
  | 'PUT /municipalities/:code/info/:language'
  | 'GET /municipalities/:code/team'
  | 'POST /municipalities/:code/team'
  | 'DELETE /team-members/:id'
  | 'GET /info/:code'
  | 'GET /info/:code/:language'
  | 'POST /municipalities/:code/newcomers'
  | 'GET /municipalities/:code/newcomers'
  | 'GET /municipalities/:code/waiting-list'
  | 'GET /municipalities/:code/reach'
  | 'GET /municipalities/:code/reach.csv'
  | 'GET /reach'
  | 'GET /newcomers/:id'
  | 'PATCH /newcomers/:id'
  | 'POST /newcomers/:id/enrol'
  | 'POST /municipalities/:code/events'
  | 'GET /municipalities/:code/events'
  | 'PATCH /events/:id'
  | 'PUT /events/:id/attendance'
  | 'GET /participants/:id/export'
  | 'POST /participants/:id/erase'
  | 'GET /newcomers/:id/export'
  | 'POST /newcomers/:id/erase'
  | 'GET /programmes/:id/archive';

type Target =
  | ''
  | 'Vesterålen'
  | 'Bodø'
  | 'kickoff'
  | 'mentor 1870'
  | 'mentee 1870'
  | 'mentor 1866'
  | 'mentee 1866'
  | 'mentor 1804'
  /**
   * A pair whose mentee lives in 1870 or 1866. Read: the approved pair of the setup. Written to: a
   * fresh one made as admin just before the request (a new mentor and mentee to pair by hand, a new
   * proposal to approve or reject, a newly approved pair to end), so every granted call has its own.
   */
  | 'pair 1870'
  | 'pair 1866'
  /**
   * An approved pair of the running programme whose mentee (and mentor) live in 1870 or 1866, with
   * one meeting logged at setup. Meetings are added to it; a signed link names the 1870 one.
   */
  | 'running pair 1870'
  | 'running pair 1866'
  /** A verification code issued for the 1870 pair (its public page answers anyone). */
  | 'certificate'
  /** The midway survey email of the 1870 mentee (never sent: the workers are off); a signed link names it. */
  | 'survey 1870'
  /** A municipality: its information pages and newcomer team. */
  | 'Sortland 1870'
  | 'Hadsel 1866'
  /** A member of that municipality's newcomer team, added as admin just before the request. */
  | 'team member 1870'
  | 'team member 1866'
  /** A pause of the running pair of 1870 or 1866, added as admin just before the request. */
  | 'pause 1870'
  | 'pause 1866'
  /** A municipality's newcomer register, reach and waiting list (the id is the kommunenummer). */
  | 'municipality 1870'
  | 'municipality 1866'
  /** A newcomer of the register, on the waiting list. Enrolled: a fresh one made as admin just before the request. */
  | 'newcomer 1870'
  | 'newcomer 1866'
  /** A theme evening of that municipality, planned at setup (its newcomer attends). */
  | 'evening 1870'
  | 'evening 1866';
type RunningPair = 'running pair 1870' | 'running pair 1866';

const ROLE_CALLERS: RoleCaller[] = ['admin', 'lead', 'coordinator', 'outsider'];
/** No header; a JWT signed with another secret; a string that is no JWT; alg "none"; expired; a user that does not exist. */
const TOKENLESS: TokenlessCaller[] = ['anonymous', 'forged', 'garbage', 'unsigned', 'expired', 'unknown user'];
/**
 * No token needed: login, health, the session cookie's refresh and logout (the cookie is the key),
 * and the signed meeting link's pages (the token in the path is the key).
 */
const PUBLIC: Call[] = [
  'POST /auth/login',
  'POST /auth/refresh',
  'POST /auth/logout',
  'POST /auth/mfa',
  'GET /auth/options',
  'GET /auth/oidc/login',
  'GET /auth/oidc/callback',
  'GET /health',
  'GET /log/:token',
  'POST /log/:token',
  'GET /survey/:token',
  'POST /survey/:token',
  'GET /certificates/:code',
  'GET /info/:code',
  'GET /info/:code/:language',
];

/** The app's clock for the whole file, and the days of the running programme around it, in Oslo. */
const NOW = new Date();
const OSLO_NOW = DateTime.fromJSDate(NOW).setZone('Europe/Oslo');
const TODAY = OSLO_NOW.toISODate() ?? '';
const START = OSLO_NOW.minus({ days: 60 }).toISODate() ?? '';
const END = OSLO_NOW.plus({ days: 180 }).toISODate() ?? '';

/**
 * The statuses each role gets. Without a valid token (the TOKENLESS callers) every endpoint but
 * the PUBLIC ones answers 401.
 */
// prettier-ignore
const MATRIX: [Call, Target, admin: number, lead: number, coordinator: number, outsider: number][] = [
  // endpoint                                      target               admin lead coordinator outsider
  ['POST /auth/login',                             '',                  200,  200, 200,        200],
  // Refresh and logout carry the cookie of a session opened just before; the bearer token (or none) changes nothing.
  ['POST /auth/refresh',                           '',                  200,  200, 200,        200],
  ['POST /auth/logout',                            '',                  204,  204, 204,        204],
  ['GET /auth/me',                                 '',                  200,  200, 200,        200],
  ['PATCH /auth/me',                               '',                  200,  200, 200,        200],
  ['POST /auth/password',                          '',                  204,  204, 204,        204],
  // The caller's own second factor: each enrols afresh, confirms, turns it off with a recovery code.
  ['GET /auth/mfa',                                '',                  200,  200, 200,        200],
  ['POST /auth/mfa/enrol',                         '',                  200,  200, 200,        200],
  ['POST /auth/mfa/confirm',                       '',                  200,  200, 200,        200],
  ['DELETE /auth/mfa',                             '',                  204,  204, 204,        204],
  // Public: the mfaToken of a password login (of a user with a second factor) and a recovery code are the key.
  ['POST /auth/mfa',                               '',                  200,  200, 200,        200],
  ['GET /auth/options',                            '',                  200,  200, 200,        200],
  // Single sign-on answers with redirects, whoever calls: here to the login page (its provider is down).
  ['GET /auth/oidc/login',                         '',                  302,  302, 302,        302],
  ['GET /auth/oidc/callback',                      '',                  302,  302, 302,        302],
  ['POST /admin/dashboard-session',                '',                  204,  403, 403,        403],
  ['GET /health',                                  '',                  200,  200, 200,        200],
  ['POST /users',                                  '',                  201,  403, 403,        403],
  ['GET /users',                                   '',                  200,  403, 403,        403],
  ['PATCH /users/:id',                             '',                  200,  403, 403,        403],
  ['GET /municipalities',                          '',                  200,  200, 200,        200],
  ['POST /municipalities',                         '',                  201,  403, 403,        403],
  ['GET /professions',                             '',                  200,  200, 200,        200],
  ['POST /programmes',                             '',                  201,  201, 403,        403],
  ['GET /programmes',                              '',                  200,  200, 200,        200],
  ['GET /programmes/:id',                          'Vesterålen',        200,  200, 200,        404],
  ['GET /programmes/:id',                          'Bodø',              200,  200, 404,        200],
  ['PATCH /programmes/:id',                        'Vesterålen',        200,  200, 403,        403],
  ['GET /programmes/:id/gatherings',               'Vesterålen',        200,  200, 200,        404],
  ['POST /programmes/:id/gatherings',              'Vesterålen',        201,  201, 403,        403],
  ['PATCH /gatherings/:id',                        'kickoff',           200,  200, 403,        403],
  ['GET /gatherings/:id/attendance',               'kickoff',           200,  200, 200,        404],
  ['PUT /gatherings/:id/attendance',               'kickoff',           200,  200, 200,        404],
  ['POST /programmes/:id/participants',            'Vesterålen',        201,  201, 201,        404],
  ['POST /programmes/:id/participants/import',     'Vesterålen',        200,  200, 200,        404],
  ['GET /programmes/:id/participants',             'Vesterålen',        200,  200, 200,        404],
  ['GET /participants/:id',                        'mentor 1870',       200,  200, 200,        404],
  ['GET /participants/:id',                        'mentee 1870',       200,  200, 200,        404],
  ['GET /participants/:id',                        'mentor 1866',       200,  200, 200,        404],
  ['GET /participants/:id',                        'mentee 1866',       200,  200, 404,        404],
  ['GET /participants/:id',                        'mentor 1804',       200,  200, 404,        200],
  ['PATCH /participants/:id',                      'mentor 1870',       200,  200, 200,        404],
  ['PATCH /participants/:id',                      'mentee 1870',       200,  200, 200,        404],
  ['PATCH /participants/:id',                      'mentor 1866',       200,  200, 404,        404],
  ['PATCH /participants/:id',                      'mentee 1866',       200,  200, 404,        404],
  ['PATCH /participants/:id',                      'mentor 1804',       200,  200, 404,        200],
  ['PUT /participants/:id/screening',              'mentor 1870',       200,  200, 200,        404],
  ['PUT /participants/:id/screening',              'mentor 1866',       200,  200, 404,        404],
  ['PUT /participants/:id/screening',              'mentor 1804',       200,  200, 404,        200],
  ['POST /programmes/:id/proposals',               'Vesterålen',        200,  200, 200,        404],
  ['POST /programmes/:id/proposals',               'Bodø',              200,  200, 404,        200],
  ['GET /programmes/:id/proposal-runs',            'Vesterålen',        200,  200, 200,        404],
  ['GET /programmes/:id/proposal-runs',            'Bodø',              200,  200, 404,        200],
  ['GET /programmes/:id/matches',                  'Vesterålen',        200,  200, 200,        404],
  ['GET /programmes/:id/matches',                  'Bodø',              200,  200, 404,        200],
  ['POST /programmes/:id/matches',                 'pair 1870',         201,  201, 201,        404],
  ['POST /programmes/:id/matches',                 'pair 1866',         201,  201, 404,        404],
  ['GET /matches/:id',                             'pair 1870',         200,  200, 200,        404],
  ['GET /matches/:id',                             'pair 1866',         200,  200, 404,        404],
  ['POST /matches/:id/approve',                    'pair 1870',         200,  200, 200,        404],
  ['POST /matches/:id/approve',                    'pair 1866',         200,  200, 404,        404],
  ['POST /matches/:id/reject',                     'pair 1870',         200,  200, 200,        404],
  ['POST /matches/:id/reject',                     'pair 1866',         200,  200, 404,        404],
  ['POST /matches/:id/end',                        'pair 1870',         200,  200, 200,        404],
  ['POST /matches/:id/end',                        'pair 1866',         200,  200, 404,        404],
  ['GET /participants/:id/candidates',             'mentee 1870',       200,  200, 200,        404],
  ['GET /participants/:id/candidates',             'mentee 1866',       200,  200, 404,        404],
  ['POST /matches/:id/meetings',                   'running pair 1870', 201,  201, 201,        404],
  ['POST /matches/:id/meetings',                   'running pair 1866', 201,  201, 404,        404],
  ['GET /matches/:id/meetings',                    'running pair 1870', 200,  200, 200,        404],
  ['GET /matches/:id/meetings',                    'running pair 1866', 200,  200, 404,        404],
  ['GET /matches/:id/compliance',                  'running pair 1870', 200,  200, 200,        404],
  ['GET /matches/:id/compliance',                  'running pair 1866', 200,  200, 404,        404],
  // Pauses: as a pair's meetings (a coordinator only for pairs whose mentee is theirs; others 404).
  ['POST /matches/:id/pauses',                     'running pair 1870', 201,  201, 201,        404],
  ['POST /matches/:id/pauses',                     'running pair 1866', 201,  201, 404,        404],
  ['GET /matches/:id/pauses',                      'running pair 1870', 200,  200, 200,        404],
  ['GET /matches/:id/pauses',                      'running pair 1866', 200,  200, 404,        404],
  ['DELETE /pauses/:id',                           'pause 1870',        204,  204, 204,        404],
  ['DELETE /pauses/:id',                           'pause 1866',        204,  204, 404,        404],
  // A running pair has no certificate: 409 to whoever may see the pair, 404 to the rest.
  ['GET /matches/:id/certificate.pdf',             'pair 1870',         409,  409, 409,        404],
  ['GET /matches/:id/certificate.pdf',             'pair 1866',         409,  409, 404,        404],
  ['GET /programmes/:id/pairs',                    'Vesterålen',        200,  200, 200,        404],
  ['GET /programmes/:id/pairs',                    'Bodø',              200,  200, 404,        200],
  ['GET /programmes/:id/attention',                'Vesterålen',        200,  200, 200,        404],
  ['GET /programmes/:id/attention',                'Bodø',              200,  200, 404,        200],
  ['GET /admin/outbox',                            '',                  200,  403, 403,        403],
  ['GET /admin/audit',                             '',                  200,  403, 403,        403],
  ['GET /admin/audit.csv',                         '',                  200,  403, 403,        403],
  ['POST /admin/reminders/run',                    '',                  200,  403, 403,        403],
  ['GET /programmes/:id/stats',                    'Vesterålen',        200,  200, 200,        404],
  ['GET /programmes/:id/stats',                    'Bodø',              200,  200, 404,        200],
  ['GET /programmes/:id/stats.csv',                'Vesterålen',        200,  200, 200,        404],
  ['GET /programmes/:id/stats.csv',                'Bodø',              200,  200, 404,        200],
  ['GET /stats',                                   '',                  200,  200, 403,        403],
  ['GET /stats.csv',                               '',                  200,  200, 403,        403],
  // Public: any header or none, the signed token decides (each caller logs a meeting of its own length).
  ['GET /log/:token',                              'running pair 1870', 200,  200, 200,        200],
  ['POST /log/:token',                             'running pair 1870', 201,  201, 201,        201],
  ['GET /certificates/:code',                      'certificate',       200,  200, 200,        200],
  ['GET /programmes/:id/surveys',                  'Vesterålen',        200,  200, 200,        404],
  ['GET /programmes/:id/surveys',                  'Bodø',              200,  200, 404,        200],
  ['GET /programmes/:id/report.csv',               'Vesterålen',        200,  200, 403,        403],
  ['GET /programmes/:id/report.csv',               'Bodø',              200,  200, 403,        403],
  ['GET /programmes/:id/report.pdf',               'Vesterålen',        200,  200, 403,        403],
  ['GET /survey/:token',                           'survey 1870',       200,  200, 200,        200],
  ['POST /survey/:token',                          'survey 1870',       200,  200, 200,        200],
  // A municipality's information pages and newcomer team: its coordinators, admins and leads.
  ['GET /municipalities/:code/info',               'Sortland 1870',     200,  200, 200,        404],
  ['GET /municipalities/:code/info',               'Hadsel 1866',       200,  200, 404,        404],
  ['POST /municipalities/:code/info/preview',      'Sortland 1870',     200,  200, 200,        404],
  ['POST /municipalities/:code/info/preview',      'Hadsel 1866',       200,  200, 404,        404],
  ['GET /municipalities/:code/info/:language',     'Sortland 1870',     200,  200, 200,        404],
  ['GET /municipalities/:code/info/:language',     'Hadsel 1866',       200,  200, 404,        404],
  ['PUT /municipalities/:code/info/:language',     'Sortland 1870',     200,  200, 200,        404],
  ['PUT /municipalities/:code/info/:language',     'Hadsel 1866',       200,  200, 404,        404],
  ['GET /municipalities/:code/team',               'Sortland 1870',     200,  200, 200,        404],
  ['GET /municipalities/:code/team',               'Hadsel 1866',       200,  200, 404,        404],
  ['POST /municipalities/:code/team',              'Sortland 1870',     201,  201, 201,        404],
  ['POST /municipalities/:code/team',              'Hadsel 1866',       201,  201, 404,        404],
  ['DELETE /team-members/:id',                     'team member 1870',  204,  204, 204,        404],
  ['DELETE /team-members/:id',                     'team member 1866',  204,  204, 404,        404],
  // Public: the information pages are for residents, no login.
  ['GET /info/:code',                              'Sortland 1870',     200,  200, 200,        200],
  ['GET /info/:code/:language',                    'Sortland 1870',     200,  200, 200,        200],
  // The newcomer register: admins, leads and the municipality's coordinators; anyone else 404.
  ['POST /municipalities/:code/newcomers',         'municipality 1870', 201,  201, 201,        404],
  ['POST /municipalities/:code/newcomers',         'municipality 1866', 201,  201, 404,        404],
  ['GET /municipalities/:code/newcomers',          'municipality 1870', 200,  200, 200,        404],
  ['GET /municipalities/:code/newcomers',          'municipality 1866', 200,  200, 404,        404],
  ['GET /municipalities/:code/waiting-list',       'municipality 1870', 200,  200, 200,        404],
  ['GET /municipalities/:code/waiting-list',       'municipality 1866', 200,  200, 404,        404],
  ['GET /municipalities/:code/reach',              'municipality 1870', 200,  200, 200,        404],
  ['GET /municipalities/:code/reach',              'municipality 1866', 200,  200, 404,        404],
  ['GET /municipalities/:code/reach.csv',          'municipality 1870', 200,  200, 200,        404],
  ['GET /municipalities/:code/reach.csv',          'municipality 1866', 200,  200, 404,        404],
  ['GET /reach',                                   '',                  200,  200, 403,        403],
  ['GET /newcomers/:id',                           'newcomer 1870',     200,  200, 200,        404],
  ['GET /newcomers/:id',                           'newcomer 1866',     200,  200, 404,        404],
  ['PATCH /newcomers/:id',                         'newcomer 1870',     200,  200, 200,        404],
  ['PATCH /newcomers/:id',                         'newcomer 1866',     200,  200, 404,        404],
  ['POST /newcomers/:id/enrol',                    'newcomer 1870',     201,  201, 201,        404],
  ['POST /newcomers/:id/enrol',                    'newcomer 1866',     201,  201, 404,        404],
  // Theme evenings: the same people as the register.
  ['POST /municipalities/:code/events',            'municipality 1870', 201,  201, 201,        404],
  ['POST /municipalities/:code/events',            'municipality 1866', 201,  201, 404,        404],
  ['GET /municipalities/:code/events',             'municipality 1870', 200,  200, 200,        404],
  ['GET /municipalities/:code/events',             'municipality 1866', 200,  200, 404,        404],
  ['PATCH /events/:id',                            'evening 1870',      200,  200, 200,        404],
  ['PATCH /events/:id',                            'evening 1866',      200,  200, 404,        404],
  ['PUT /events/:id/attendance',                   'evening 1870',      200,  200, 200,        404],
  ['PUT /events/:id/attendance',                   'evening 1866',      200,  200, 404,        404],
  // Export: admins, leads and the coordinators of the person's municipality (a mentor of 1866 is
  // visible to the Sortland coordinator, but not theirs to export). Erasure: admins and leads, each
  // granted call on a fresh person made just before it.
  ['GET /participants/:id/export',                 'mentor 1870',       200,  200, 200,        404],
  ['GET /participants/:id/export',                 'mentee 1870',       200,  200, 200,        404],
  ['GET /participants/:id/export',                 'mentor 1866',       200,  200, 404,        404],
  ['GET /participants/:id/export',                 'mentee 1866',       200,  200, 404,        404],
  ['GET /participants/:id/export',                 'mentor 1804',       200,  200, 404,        200],
  ['POST /participants/:id/erase',                 'mentee 1870',       200,  200, 403,        403],
  ['POST /participants/:id/erase',                 'mentee 1866',       200,  200, 403,        403],
  ['GET /newcomers/:id/export',                    'newcomer 1870',     200,  200, 200,        404],
  ['GET /newcomers/:id/export',                    'newcomer 1866',     200,  200, 404,        404],
  ['POST /newcomers/:id/erase',                    'newcomer 1870',     200,  200, 403,        403],
  ['POST /newcomers/:id/erase',                    'newcomer 1866',     200,  200, 403,        403],
  // The archive of a whole programme: admins and leads only.
  ['GET /programmes/:id/archive',                  'Vesterålen',        200,  200, 403,        403],
  ['GET /programmes/:id/archive',                  'Bodø',              200,  200, 403,        403],
];

interface Case {
  call: Call;
  target: Target;
  caller: Caller;
  status: number;
}

const CASES: Case[] = MATRIX.flatMap(([call, target, ...statuses]) => [
  ...ROLE_CALLERS.map((caller, i) => ({ call, target, caller, status: statuses[i] })),
  ...TOKENLESS.map((caller) => ({ call, target, caller, status: PUBLIC.includes(call) ? statuses[0] : 401 })),
]);

type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';

interface Req {
  method: Method;
  path: string;
  body?: object;
  csv?: string;
  /** Sent as application/x-www-form-urlencoded, as the signed link's form posts. */
  form?: Record<string, string>;
  /** The value of the session cookie to send. */
  session?: string;
  /** What the request's setup made for it, for verify to check the answer against. */
  made?: Made;
}

/** A mentor and a mentee of the Vesterålen programme, and the match between them once there is one. */
interface Pair {
  mentorId: string;
  menteeId: string;
  matchId: string;
}

interface Made {
  /** The team member the request removes. */
  teamMemberId?: string;
  /** The pause the request removes. */
  pauseId?: string;
  /** The fresh pair the request works on. */
  pair?: Pair;
  /** An admin's proposal run over the whole programme, made just before the request. */
  adminRun?: { runId: string; proposals: { id: string; menteeId: string }[] };
  /** Outbox emails before a sweep: all of them, and those pending (all, with the workers off). */
  outbox?: { total: number; pending: number };
  /** A user made for the request to change. */
  userId?: string;
  /** The caller's password hash before the request. */
  passwordHash?: string;
  /** The newcomer made for the request to enrol or erase. */
  newcomerId?: string;
  /** The participant made for the request to erase. */
  participantId?: string;
}

let t: TestApp;
let adminToken = '';
const tokens = {} as Record<Caller, string | null>;
const userIds = {} as Record<RoleCaller, string>;
const ids = {} as Record<Exclude<Target, ''>, string>;
/** The municipality each coordinator holds. */
const HOME: Partial<Record<RoleCaller, string>> = { coordinator: '1870', outsider: '1804' };
let fresh = 0;
/** Days after START taken by the pauses the file makes, one day each. */
let pauseDays = 0;
/** The running programme; not a matrix target (the Vesterålen one stands for programmes). */
let runningProgramme = '';
/** Pairs of the running programme whose mentor and mentee live in different municipalities. */
const mixed = { mentee1870mentor1866: '', mentee1866mentor1870: '' };

beforeAll(async () => {
  t = await createTestApp({
    RUN_WORKERS: 'false',
    // Single sign-on configured, with a provider that is not there (nothing listens on port 9).
    OIDC_ISSUER: 'http://127.0.0.1:9',
    OIDC_CLIENT_ID: 'mentornett',
    OIDC_CLIENT_SECRET: 'a client secret',
  });
  t.setNow(NOW);
  const [admin, lead, coordinator, outsider] = await Promise.all([
    t.user('admin'),
    t.user('lead'),
    t.user('coordinator', ['1870']),
    t.user('coordinator', ['1804']),
  ]);
  adminToken = admin.token;
  Object.assign(userIds, { admin: admin.id, lead: lead.id, coordinator: coordinator.id, outsider: outsider.id });
  const jwt = t.app.get(JwtService);
  const now = Math.floor(Date.now() / 1000);
  Object.assign(tokens, {
    admin: admin.token,
    lead: lead.token,
    coordinator: coordinator.token,
    outsider: outsider.token,
    anonymous: null,
    forged: await new JwtService({ secret: 'not-the-secret-of-this-service' }).signAsync(
      { sub: admin.id, role: 'admin', ver: 0 },
      { expiresIn: 900 },
    ),
    garbage: 'garbage',
    unsigned: `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ sub: admin.id, role: 'admin', ver: 0, iat: now, exp: now + 900 })}.`,
    expired: await jwt.signAsync({ sub: admin.id, role: 'admin', ver: 0, iat: now - 1000, exp: now - 100 }),
    'unknown user': await jwt.signAsync({ sub: randomUUID(), role: 'admin', ver: 0 }, { expiresIn: 900 }),
  } satisfies Record<Caller, string | null>);

  const asAdmin = t.auth(admin.token);
  ids.Vesterålen = await created('/programmes', programmeBody());
  ids.Bodø = await created(
    '/programmes',
    programmeBody({ name: 'Mentorprogram Bodø 2027', municipalityCodes: ['1804'] }),
  );
  const programme = `/programmes/${ids.Vesterålen}/participants`;
  ids['mentor 1870'] = await created(programme, mentorBody({ municipalityCode: '1870' }));
  ids['mentee 1870'] = await created(programme, menteeBody({ municipalityCode: '1870' }));
  ids['mentor 1866'] = await created(programme, mentorBody({ municipalityCode: '1866' }));
  ids['mentee 1866'] = await created(programme, menteeBody({ municipalityCode: '1866' }));
  ids['mentor 1804'] = await created(`/programmes/${ids.Bodø}/participants`, mentorBody({ municipalityCode: '1804' }));
  const gatherings = await t.http.get(`/api/v1/programmes/${ids.Vesterålen}/gatherings`).set(asAdmin);
  const kickoff = records(gatherings.body).find((g) => g.kind === 'kickoff');
  ids.kickoff = stringField(kickoff, 'id');
  const attendance = await t.http
    .put(`/api/v1/gatherings/${ids.kickoff}/attendance`)
    .set(asAdmin)
    .send({ participantIds: [ids['mentee 1870'], ids['mentee 1866']] });
  if (attendance.status !== 200) throw new Error(`setup: attendance answered ${attendance.status}`);
  ids['pair 1870'] = (await newPair('1870', 'approved')).matchId;
  ids['pair 1866'] = (await newPair('1866', 'approved')).matchId;
  const [survey] = await t.db.query<{ id: string }[]>(
    `INSERT INTO outbox (kind, recipient_id, to_address, language, subject_id, gathering_id, period_key)
     VALUES ('midway_survey', $1, 'survey@example.org', 'nb', $2, $2, 'once') RETURNING id`,
    [ids['mentee 1870'], ids.kickoff],
  );
  ids['survey 1870'] = survey.id;
  ids.certificate = '7K2M-QH4P-XR9D';
  await t.db.query('INSERT INTO certificates (code, match_id, issued_at) VALUES ($1, $2, now())', [
    ids.certificate,
    ids['pair 1870'],
  ]);

  runningProgramme = await created(
    '/programmes',
    programmeBody({
      name: 'Mentorprogram Vesterålen, running',
      startDate: START,
      endDate: END,
      timezone: 'Europe/Oslo',
    }),
  );
  ids['Sortland 1870'] = '1870';
  ids['Hadsel 1866'] = '1866';
  ids['running pair 1870'] = (await newPair('1870', 'approved', 'running')).matchId;
  ids['running pair 1866'] = (await newPair('1866', 'approved', 'running')).matchId;
  mixed.mentee1870mentor1866 = (await newPair({ mentor: '1866', mentee: '1870' }, 'approved', 'running')).matchId;
  mixed.mentee1866mentor1870 = (await newPair({ mentor: '1870', mentee: '1866' }, 'approved', 'running')).matchId;
  const early = OSLO_NOW.minus({ days: 55 }).toISODate() ?? '';
  for (const target of ['running pair 1870', 'running pair 1866'] as const) {
    await created(`/matches/${ids[target]}/meetings`, { date: early, durationMinutes: 120, note: 'First meeting' });
  }
  // Gathering invitations in the outbox, for the outbox list to show.
  ids['municipality 1870'] = '1870';
  ids['municipality 1866'] = '1866';
  ids['newcomer 1870'] = await created('/municipalities/1870/newcomers', newcomerBody());
  ids['newcomer 1866'] = await created('/municipalities/1866/newcomers', newcomerBody());
  for (const code of ['1870', '1866'] as const) {
    ids[`evening ${code}`] = await created(`/municipalities/${code}/events`, eveningBody());
  }
  const sweep = await t.http.post('/api/v1/admin/reminders/run').set(asAdmin).send({ asOf: NOW.toISOString() });
  if (sweep.status !== 200 || !(Number(record(sweep.body).enqueued) > 0)) {
    throw new Error(`setup: the sweep answered ${sweep.status} ${JSON.stringify(sweep.body)}`);
  }
});

afterAll(() => t.close());

describe('access matrix', () => {
  it.each(CASES)('$call $target as $caller → $status', async ({ call, target, caller, status }) => {
    const req = await requestFor(call, target, caller);
    const before = await snapshot(t.db);
    const res = await send(req, caller);
    const body: unknown = res.body;
    expect({ status: res.status, body }).toMatchObject({ status });
    if (status >= 400) {
      expect(body).toMatchObject({ statusCode: status });
      expect(await snapshot(t.db)).toBe(before);
    } else {
      await verify(call, target, caller, req, body, res, before);
    }
  });
});

describe('the matrix covers every route of the app', () => {
  it('has rows for each route the app serves, and PUBLIC names exactly the routes declared public', () => {
    const routes = appRoutes();
    expect(routes.length).toBeGreaterThan(30);
    expect(routes.map((r) => r.call).sort()).toEqual([...new Set(MATRIX.map(([call]) => call))].sort());
    expect(
      routes
        .filter((r) => r.public)
        .map((r) => r.call)
        .sort(),
    ).toEqual([...PUBLIC].sort());
  });
});

/**
 * A coordinator sees every mentor of the programme but changes only their own municipalities'
 * participants, and places participants only there.
 */
describe('the coordinator of 1870 at the edge of their municipalities', () => {
  const BOUNDARY: { title: string; req: () => Req; status: number; field?: string }[] = [
    {
      title: 'registering a mentee in 1866 is refused',
      req: () => ({
        method: 'post',
        path: `/programmes/${ids.Vesterålen}/participants`,
        body: menteeBody({ municipalityCode: '1866' }),
      }),
      status: 400,
      field: 'municipalityCode',
    },
    {
      title: 'moving their own mentee to 1866 is refused',
      req: () => ({ method: 'patch', path: `/participants/${ids['mentee 1870']}`, body: { municipalityCode: '1866' } }),
      status: 400,
      field: 'municipalityCode',
    },
    {
      title: 'pulling the 1866 mentee into 1870 is a 404',
      req: () => ({ method: 'patch', path: `/participants/${ids['mentee 1866']}`, body: { municipalityCode: '1870' } }),
      status: 404,
    },
    {
      title: 'recording attendance of the 1866 mentee is refused',
      req: () => ({
        method: 'put',
        path: `/gatherings/${ids.kickoff}/attendance`,
        body: { participantIds: [ids['mentee 1870'], ids['mentee 1866']] },
      }),
      status: 400,
      field: 'participantIds',
    },
    {
      title: 'recording attendance of the 1866 mentor is refused',
      req: () => ({
        method: 'put',
        path: `/gatherings/${ids.kickoff}/attendance`,
        body: { participantIds: [ids['mentee 1870'], ids['mentor 1866']] },
      }),
      status: 400,
      field: 'participantIds',
    },
    {
      title: 'pairing the 1866 mentee by hand is a 404',
      req: () => ({
        method: 'post',
        path: `/programmes/${ids.Vesterålen}/matches`,
        body: { mentorId: ids['mentor 1870'], menteeId: ids['mentee 1866'] },
      }),
      status: 404,
    },
    {
      title: 'ending the pair of the 1866 mentee is a 404',
      req: () => ({ method: 'post', path: `/matches/${ids['pair 1866']}/end`, body: { outcome: 'ended' } }),
      status: 404,
    },
    {
      title: 'logging a meeting of the 1866 mentee with a 1870 mentor is a 404 (the pair follows its mentee)',
      req: () => ({
        method: 'post',
        path: `/matches/${mixed.mentee1866mentor1870}/meetings`,
        body: { date: TODAY, durationMinutes: 120 },
      }),
      status: 404,
    },
    {
      title: 'reading the meetings of the 1866 mentee with a 1870 mentor is a 404',
      req: () => ({ method: 'get', path: `/matches/${mixed.mentee1866mentor1870}/meetings` }),
      status: 404,
    },
    {
      title: 'reading the compliance of the 1866 mentee with a 1870 mentor is a 404',
      req: () => ({ method: 'get', path: `/matches/${mixed.mentee1866mentor1870}/compliance` }),
      status: 404,
    },
    {
      title: 'a meeting for their own pair with a bad body is a 400 naming the field, before anything is stored',
      req: () => ({
        method: 'post',
        path: `/matches/${ids['running pair 1870']}/meetings`,
        body: { date: TODAY, durationMinutes: 5 },
      }),
      status: 400,
      field: 'durationMinutes',
    },
  ];

  it.each(BOUNDARY)('$title ($status)', async ({ req, status, field }) => {
    const request = req();
    const before = await snapshot(t.db);
    const res = await send(request, 'coordinator');
    const body: unknown = res.body;
    expect({ status: res.status, body }).toMatchObject({ status });
    if (field) expect(messageOf(body)).toContain(field);
    expect(await snapshot(t.db)).toBe(before);
  });

  it('an imported row in 1866 comes back as an error on municipalityCode and is not stored', async () => {
    const before = await snapshot(t.db);
    const row = menteeBody({ municipalityCode: '1866' });
    const res = await send(
      { method: 'post', path: `/programmes/${ids.Vesterålen}/participants/import`, csv: csv([row]) },
      'coordinator',
    );
    expect({ status: res.status, body: res.body as unknown }).toMatchObject({
      status: 200,
      body: { created: 0, errors: [expect.objectContaining({ row: 2, field: 'municipalityCode' })] },
    });
    expect(await snapshot(t.db)).toBe(before);
  });

  it('?role=mentee lists their mentees, not the 1866 one', async () => {
    const res = await send(
      { method: 'get', path: `/programmes/${ids.Vesterålen}/participants?role=mentee` },
      'coordinator',
    );
    expect(res.status).toBe(200);
    const listed = records(res.body);
    expect(listed.map((p) => p.id)).toContain(ids['mentee 1870']);
    expect(listed.map((p) => p.id)).not.toContain(ids['mentee 1866']);
    for (const p of listed) expect(p).toMatchObject({ role: 'mentee', municipalityCode: '1870' });
  });

  it('recording their share of the attendance leaves the 1866 mentee recorded', async () => {
    const res = await send(
      { method: 'put', path: `/gatherings/${ids.kickoff}/attendance`, body: { participantIds: [] } },
      'coordinator',
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ participantIds: [] });
    expect(await attendees(ids.kickoff)).toEqual([ids['mentee 1866']]);
    const restore = await send(
      { method: 'put', path: `/gatherings/${ids.kickoff}/attendance`, body: { participantIds: [ids['mentee 1870']] } },
      'coordinator',
    );
    expect(restore.status).toBe(200);
    expect(await attendees(ids.kickoff)).toEqual([ids['mentee 1870'], ids['mentee 1866']].sort());
  });

  it('logs and reads the meetings of their own mentee paired with a mentor of 1866', async () => {
    const matchId = mixed.mentee1870mentor1866;
    const logged = await send(
      { method: 'post', path: `/matches/${matchId}/meetings`, body: { date: TODAY, durationMinutes: 90 } },
      'coordinator',
    );
    expect({ status: logged.status, body: logged.body as unknown }).toMatchObject({
      status: 201,
      body: { matchId, date: TODAY, durationMinutes: 90, source: 'api' },
    });
    const listed = await send({ method: 'get', path: `/matches/${matchId}/meetings` }, 'coordinator');
    expect(listed.status).toBe(200);
    expect(records(listed.body).map((m) => m.id)).toEqual([stringField(logged.body, 'id')]);
    const compliance = await send({ method: 'get', path: `/matches/${matchId}/compliance` }, 'coordinator');
    expect(compliance.status).toBe(200);
    expect(records(compliance.body).at(-1)).toMatchObject({ month: TODAY.slice(0, 7), meetings: 1, minutes: 90 });
  });

  it('pairs their own mentee with a mentor of 1866: every mentor of the programme is theirs to pair', async () => {
    const mentor = await created(
      `/programmes/${ids.Vesterålen}/participants`,
      mentorBody({ municipalityCode: '1866' }),
    );
    const menteeId = ids['mentee 1870'];
    const res = await send(
      { method: 'post', path: `/programmes/${ids.Vesterålen}/matches`, body: { mentorId: mentor, menteeId } },
      'coordinator',
    );
    expect({ status: res.status, body: res.body as unknown }).toMatchObject({
      status: 201,
      body: { mentorId: mentor, menteeId, status: 'proposed', runId: null },
    });
  });
});

/** What lies outside the caller's municipalities answers exactly as what does not exist. */
describe('a 404 outside the municipalities is indistinguishable from a 404 for nothing', () => {
  const PAIRS: { title: string; caller: RoleCaller; req: (id: string) => Req; target: () => string }[] = [
    {
      title: 'GET /programmes/:id',
      caller: 'outsider',
      req: (id) => ({ method: 'get', path: `/programmes/${id}` }),
      target: () => ids.Vesterålen,
    },
    {
      title: 'GET /programmes/:id',
      caller: 'coordinator',
      req: (id) => ({ method: 'get', path: `/programmes/${id}` }),
      target: () => ids.Bodø,
    },
    {
      title: 'GET /programmes/:id/gatherings',
      caller: 'outsider',
      req: (id) => ({ method: 'get', path: `/programmes/${id}/gatherings` }),
      target: () => ids.Vesterålen,
    },
    {
      title: 'GET /gatherings/:id/attendance',
      caller: 'outsider',
      req: (id) => ({ method: 'get', path: `/gatherings/${id}/attendance` }),
      target: () => ids.kickoff,
    },
    {
      title: 'GET /participants/:id',
      caller: 'coordinator',
      req: (id) => ({ method: 'get', path: `/participants/${id}` }),
      target: () => ids['mentee 1866'],
    },
    {
      title: 'PATCH /participants/:id',
      caller: 'coordinator',
      req: (id) => ({ method: 'patch', path: `/participants/${id}`, body: { name: 'Changed Name' } }),
      target: () => ids['mentor 1866'],
    },
    {
      title: 'PUT /participants/:id/screening',
      caller: 'coordinator',
      req: (id) => ({
        method: 'put',
        path: `/participants/${id}/screening`,
        body: { policeCertificateSeenOn: '2026-06-01', confidentialitySignedOn: '2026-06-02' },
      }),
      target: () => ids['mentor 1866'],
    },
    {
      title: 'POST /programmes/:id/proposals',
      caller: 'outsider',
      req: (id) => ({ method: 'post', path: `/programmes/${id}/proposals` }),
      target: () => ids.Vesterålen,
    },
    {
      title: 'GET /programmes/:id/matches',
      caller: 'outsider',
      req: (id) => ({ method: 'get', path: `/programmes/${id}/matches` }),
      target: () => ids.Vesterålen,
    },
    {
      title: 'POST /programmes/:id/matches (menteeId)',
      caller: 'coordinator',
      req: (id) => ({
        method: 'post',
        path: `/programmes/${ids.Vesterålen}/matches`,
        body: { mentorId: ids['mentor 1870'], menteeId: id },
      }),
      target: () => ids['mentee 1866'],
    },
    {
      title: 'GET /matches/:id',
      caller: 'coordinator',
      req: (id) => ({ method: 'get', path: `/matches/${id}` }),
      target: () => ids['pair 1866'],
    },
    {
      // The pair is approved already: a 409 would tell that it exists.
      title: 'POST /matches/:id/approve',
      caller: 'coordinator',
      req: (id) => ({ method: 'post', path: `/matches/${id}/approve`, body: {} }),
      target: () => ids['pair 1866'],
    },
    {
      title: 'POST /matches/:id/reject',
      caller: 'coordinator',
      req: (id) => ({ method: 'post', path: `/matches/${id}/reject`, body: { reason: 'They know each other' } }),
      target: () => ids['pair 1866'],
    },
    {
      title: 'POST /matches/:id/end',
      caller: 'coordinator',
      req: (id) => ({ method: 'post', path: `/matches/${id}/end`, body: { outcome: 'ended' } }),
      target: () => ids['pair 1866'],
    },
    {
      title: 'GET /participants/:id/candidates',
      caller: 'coordinator',
      req: (id) => ({ method: 'get', path: `/participants/${id}/candidates` }),
      target: () => ids['mentee 1866'],
    },
    {
      // The pair is approved and the body valid: a 201 or a 400 on the date would tell that it exists.
      title: 'POST /matches/:id/meetings',
      caller: 'coordinator',
      req: (id) => ({ method: 'post', path: `/matches/${id}/meetings`, body: { date: TODAY, durationMinutes: 120 } }),
      target: () => ids['running pair 1866'],
    },
    {
      title: 'POST /matches/:id/meetings (a date in the future)',
      caller: 'coordinator',
      req: (id) => ({ method: 'post', path: `/matches/${id}/meetings`, body: { date: END, durationMinutes: 120 } }),
      target: () => ids['running pair 1866'],
    },
    {
      title: 'POST /matches/:id/meetings',
      caller: 'outsider',
      req: (id) => ({ method: 'post', path: `/matches/${id}/meetings`, body: { date: TODAY, durationMinutes: 120 } }),
      target: () => ids['running pair 1870'],
    },
    {
      title: 'POST /matches/:id/meetings (the 1866 mentee of a 1870 mentor)',
      caller: 'coordinator',
      req: (id) => ({ method: 'post', path: `/matches/${id}/meetings`, body: { date: TODAY, durationMinutes: 120 } }),
      target: () => mixed.mentee1866mentor1870,
    },
    {
      title: 'GET /matches/:id/meetings',
      caller: 'coordinator',
      req: (id) => ({ method: 'get', path: `/matches/${id}/meetings` }),
      target: () => ids['running pair 1866'],
    },
    {
      title: 'GET /matches/:id/compliance',
      caller: 'coordinator',
      req: (id) => ({ method: 'get', path: `/matches/${id}/compliance` }),
      target: () => ids['running pair 1866'],
    },
    {
      title: 'POST /matches/:id/pauses (the 1866 mentee of a 1870 mentor)',
      caller: 'coordinator',
      req: (id) => ({
        method: 'post',
        path: `/matches/${id}/pauses`,
        body: { from: TODAY, to: TODAY, reason: 'travel' },
      }),
      target: () => mixed.mentee1866mentor1870,
    },
    {
      title: 'GET /matches/:id/pauses (the 1866 mentee of a 1870 mentor)',
      caller: 'coordinator',
      req: (id) => ({ method: 'get', path: `/matches/${id}/pauses` }),
      target: () => mixed.mentee1866mentor1870,
    },
    {
      title: 'GET /matches/:id/compliance',
      caller: 'outsider',
      req: (id) => ({ method: 'get', path: `/matches/${id}/compliance` }),
      target: () => ids['running pair 1870'],
    },
    {
      title: 'GET /programmes/:id/pairs',
      caller: 'coordinator',
      req: (id) => ({ method: 'get', path: `/programmes/${id}/pairs` }),
      target: () => ids.Bodø,
    },
    {
      title: 'GET /programmes/:id/attention',
      caller: 'outsider',
      req: (id) => ({ method: 'get', path: `/programmes/${id}/attention` }),
      target: () => ids.Vesterålen,
    },
    {
      title: 'GET /newcomers/:id',
      caller: 'coordinator',
      req: (id) => ({ method: 'get', path: `/newcomers/${id}` }),
      target: () => ids['newcomer 1866'],
    },
    {
      title: 'PATCH /newcomers/:id',
      caller: 'coordinator',
      req: (id) => ({ method: 'patch', path: `/newcomers/${id}`, body: { phone: '+47 900 00 000' } }),
      target: () => ids['newcomer 1866'],
    },
    {
      // The coordinator sees the mentor of 1866, yet may not export them: the same 404 as for no one.
      title: 'GET /participants/:id/export',
      caller: 'coordinator',
      req: (id) => ({ method: 'get', path: `/participants/${id}/export` }),
      target: () => ids['mentor 1866'],
    },
    {
      title: 'GET /newcomers/:id/export',
      caller: 'coordinator',
      req: (id) => ({ method: 'get', path: `/newcomers/${id}/export` }),
      target: () => ids['newcomer 1866'],
    },
    {
      // The programme covers 1866 and the newcomer may be enrolled: a 201 or a 400 would tell that they exist.
      title: 'POST /newcomers/:id/enrol',
      caller: 'coordinator',
      req: (id) => ({ method: 'post', path: `/newcomers/${id}/enrol`, body: { programmeId: ids.Vesterålen } }),
      target: () => ids['newcomer 1866'],
    },
  ];

  it.each(PAIRS)('$title as $caller', async ({ caller, req, target }) => {
    const before = await snapshot(t.db);
    const outside = await send(req(target()), caller);
    const nothing = await send(req(randomUUID()), caller);
    expect(outside.status).toBe(404);
    expect(outside.body).toEqual(nothing.body);
    expect(await snapshot(t.db)).toBe(before);
  });
});

// ---------------------------------------------------------------------------------------------
// Requests

async function requestFor(call: Call, target: Target, caller: Caller): Promise<Req> {
  const n = ++fresh;
  const id = target === '' ? '' : ids[target];
  /** Where a coordinator may place a participant; admins and leads place them in 1866 too. */
  const home = caller === 'admin' || caller === 'lead' ? '1866' : '1870';
  switch (call) {
    case 'POST /auth/login':
      return { method: 'post', path: '/auth/login', body: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } };
    case 'POST /auth/refresh':
      return { method: 'post', path: '/auth/refresh', session: await openSession() };
    case 'POST /auth/logout':
      return { method: 'post', path: '/auth/logout', session: await openSession() };
    case 'GET /auth/me':
      return { method: 'get', path: '/auth/me' };
    case 'PATCH /auth/me':
      return { method: 'patch', path: '/auth/me', body: { name: `Renamed ${n}`, preferredLanguage: 'nn' } };
    case 'POST /auth/password':
      // The same password again: a granted call leaves every caller able to log in as before.
      return {
        method: 'post',
        path: '/auth/password',
        body: { currentPassword: USER_PASSWORD, newPassword: USER_PASSWORD },
        made: { passwordHash: (await passwordHashOf(userIds[caller as RoleCaller])) ?? undefined },
      };
    case 'GET /auth/mfa':
      return { method: 'get', path: '/auth/mfa' };
    case 'POST /auth/mfa/enrol':
      await mfaOff(caller);
      return { method: 'post', path: '/auth/mfa/enrol' };
    case 'POST /auth/mfa/confirm': {
      const secret = await mfaEnrolling(caller);
      return { method: 'post', path: '/auth/mfa/confirm', body: { code: secret ? await totpNow(secret) : '123456' } };
    }
    case 'DELETE /auth/mfa': {
      const codes = await mfaOn(caller);
      return { method: 'delete', path: '/auth/mfa', body: { code: codes?.[0] ?? '123456' } };
    }
    case 'POST /auth/mfa':
      return { method: 'post', path: '/auth/mfa', body: await mfaLogin() };
    case 'GET /health':
      return { method: 'get', path: '/health' };
    case 'GET /auth/options':
      return { method: 'get', path: '/auth/options' };
    case 'GET /auth/oidc/login':
      return { method: 'get', path: '/auth/oidc/login?returnTo=%2Fstats' };
    case 'GET /auth/oidc/callback':
      // An answer of the provider without the login cookie of this browser.
      return { method: 'get', path: `/auth/oidc/callback?code=code${n}&state=state${n}` };
    case 'POST /admin/dashboard-session':
      return { method: 'post', path: '/admin/dashboard-session' };
    case 'POST /users':
      return {
        method: 'post',
        path: '/users',
        body: {
          email: `new.user${n}@example.org`,
          name: `New User ${n}`,
          password: 'a long enough password',
          role: 'lead',
        },
      };
    case 'GET /users':
      return { method: 'get', path: '/users' };
    case 'PATCH /users/:id': {
      const userId = (await t.user('lead')).id;
      return { method: 'patch', path: `/users/${userId}`, body: { name: `Renamed Lead ${n}` }, made: { userId } };
    }
    case 'GET /municipalities':
      return { method: 'get', path: '/municipalities' };
    case 'POST /municipalities':
      return {
        method: 'post',
        path: '/municipalities',
        body: { code: String(9000 + n), name: `Testkommune ${n}`, county: 'Testfylke', lat: 67.28, lon: 14.4 },
      };
    case 'GET /professions':
      return { method: 'get', path: '/professions' };
    case 'POST /programmes':
      return { method: 'post', path: '/programmes', body: programmeBody({ name: `Programme ${n}` }) };
    case 'GET /programmes':
      return { method: 'get', path: '/programmes' };
    case 'GET /programmes/:id':
      return { method: 'get', path: `/programmes/${id}` };
    case 'PATCH /programmes/:id':
      return { method: 'patch', path: `/programmes/${id}`, body: { name: `Mentorprogram Vesterålen 2027 (${n})` } };
    case 'GET /programmes/:id/gatherings':
      return { method: 'get', path: `/programmes/${id}/gatherings` };
    case 'POST /programmes/:id/gatherings':
      return {
        method: 'post',
        path: `/programmes/${id}/gatherings`,
        body: { title: `Extra gathering ${n}`, startsAt: '2027-03-10T17:00:00+01:00', location: 'Sortland kulturhus' },
      };
    case 'PATCH /gatherings/:id':
      return { method: 'patch', path: `/gatherings/${id}`, body: { title: `Kickoff seminar (${n})` } };
    case 'GET /gatherings/:id/attendance':
      return { method: 'get', path: `/gatherings/${id}/attendance` };
    case 'PUT /gatherings/:id/attendance':
      return {
        method: 'put',
        path: `/gatherings/${id}/attendance`,
        // The attendance as it stands, or the caller's share of it: a granted call changes nothing.
        body: { participantIds: home === '1866' ? [ids['mentee 1870'], ids['mentee 1866']] : [ids['mentee 1870']] },
      };
    case 'POST /programmes/:id/participants':
      return { method: 'post', path: `/programmes/${id}/participants`, body: menteeBody({ municipalityCode: home }) };
    case 'POST /programmes/:id/participants/import':
      return {
        method: 'post',
        path: `/programmes/${id}/participants/import`,
        csv: csv([mentorBody({ municipalityCode: home })]),
      };
    case 'GET /programmes/:id/participants':
      return { method: 'get', path: `/programmes/${id}/participants` };
    case 'GET /participants/:id':
      return { method: 'get', path: `/participants/${id}` };
    case 'PATCH /participants/:id':
      return { method: 'patch', path: `/participants/${id}`, body: { phone: `+47 900 ${String(10000 + n).slice(1)}` } };
    case 'PUT /participants/:id/screening':
      return {
        method: 'put',
        path: `/participants/${id}/screening`,
        body: { policeCertificateSeenOn: '2026-06-01', confidentialitySignedOn: `2026-05-${String(10 + (n % 18))}` },
      };
    case 'POST /programmes/:id/proposals':
      // An admin's run first, so there are undecided proposals in every municipality to replace or keep.
      return { method: 'post', path: `/programmes/${id}/proposals`, made: { adminRun: await adminRun(id) } };
    case 'GET /programmes/:id/matches':
      return { method: 'get', path: `/programmes/${id}/matches?status=approved` };
    case 'POST /programmes/:id/matches': {
      const { mentorId, menteeId } = await newPeople(pairHome(target));
      return { method: 'post', path: `/programmes/${ids.Vesterålen}/matches`, body: { mentorId, menteeId } };
    }
    case 'GET /matches/:id':
      return { method: 'get', path: `/matches/${id}` };
    case 'POST /matches/:id/approve': {
      const pair = await newPair(pairHome(target), 'proposed');
      return {
        method: 'post',
        path: `/matches/${pair.matchId}/approve`,
        body: { startsOn: '2027-02-01' },
        made: { pair },
      };
    }
    case 'POST /matches/:id/reject': {
      const pair = await newPair(pairHome(target), 'proposed');
      return {
        method: 'post',
        path: `/matches/${pair.matchId}/reject`,
        body: { reason: `They know each other (${n})` },
        made: { pair },
      };
    }
    case 'POST /matches/:id/end': {
      const pair = await newPair(pairHome(target), 'approved');
      return {
        method: 'post',
        path: `/matches/${pair.matchId}/end`,
        body: { outcome: 'completed', reason: 'Ran its course', employmentStatusAtEnd: 'part_time' },
        made: { pair },
      };
    }
    case 'GET /participants/:id/candidates':
      return { method: 'get', path: `/participants/${id}/candidates?limit=5` };
    case 'POST /matches/:id/meetings':
      return {
        method: 'post',
        path: `/matches/${id}/meetings`,
        body: { date: TODAY, durationMinutes: 15 + (n % 500), note: `Coffee and a CV (${n})` },
      };
    case 'GET /matches/:id/meetings':
      return { method: 'get', path: `/matches/${id}/meetings` };
    case 'GET /matches/:id/compliance':
      return { method: 'get', path: `/matches/${id}/compliance` };
    case 'POST /matches/:id/pauses': {
      // One day each, a day apart from every other pause the file makes: pauses of a pair never overlap.
      const day =
        DateTime.fromISO(START)
          .plus({ days: 1 + pauseDays++ })
          .toISODate() ?? '';
      return {
        method: 'post',
        path: `/matches/${id}/pauses`,
        body: { from: day, to: day, reason: 'sick_leave', note: `Influensa (${n})` },
      };
    }
    case 'GET /matches/:id/pauses':
      return { method: 'get', path: `/matches/${id}/pauses` };
    case 'DELETE /pauses/:id': {
      const pair = ids[target === 'pause 1866' ? 'running pair 1866' : 'running pair 1870'];
      const day =
        DateTime.fromISO(START)
          .plus({ days: 1 + pauseDays++ })
          .toISODate() ?? '';
      const pauseId = await created(`/matches/${pair}/pauses`, { from: day, to: day, reason: 'travel' });
      return { method: 'delete', path: `/pauses/${pauseId}`, made: { pauseId } };
    }
    case 'GET /matches/:id/certificate.pdf':
      return { method: 'get', path: `/matches/${id}/certificate.pdf` };
    case 'GET /certificates/:code':
      return { method: 'get', path: `/certificates/${id}` };
    case 'GET /admin/outbox':
      return { method: 'get', path: '/admin/outbox' };
    case 'GET /admin/audit':
      return { method: 'get', path: '/admin/audit?limit=1000' };
    case 'GET /admin/audit.csv':
      return { method: 'get', path: '/admin/audit.csv?limit=1000&separator=semicolon' };
    case 'POST /admin/reminders/run':
      return {
        method: 'post',
        path: '/admin/reminders/run',
        body: { asOf: NOW.toISOString() },
        made: { outbox: await outboxCounts() },
      };
    case 'GET /programmes/:id/pairs':
      return { method: 'get', path: `/programmes/${id}/pairs` };
    case 'GET /programmes/:id/attention':
      return { method: 'get', path: `/programmes/${id}/attention` };
    case 'GET /programmes/:id/proposal-runs':
      return { method: 'get', path: `/programmes/${id}/proposal-runs` };
    case 'GET /programmes/:id/stats':
      return { method: 'get', path: `/programmes/${id}/stats` };
    case 'GET /programmes/:id/stats.csv':
      return { method: 'get', path: `/programmes/${id}/stats.csv?separator=semicolon` };
    case 'GET /stats':
      return { method: 'get', path: '/stats' };
    case 'GET /stats.csv':
      return { method: 'get', path: '/stats.csv' };
    case 'POST /municipalities/:code/newcomers':
      return { method: 'post', path: `/municipalities/${id}/newcomers`, body: newcomerBody() };
    case 'GET /municipalities/:code/newcomers':
      return { method: 'get', path: `/municipalities/${id}/newcomers?waiting=true` };
    case 'GET /municipalities/:code/waiting-list':
      return { method: 'get', path: `/municipalities/${id}/waiting-list` };
    case 'GET /municipalities/:code/reach':
      return { method: 'get', path: `/municipalities/${id}/reach?from=2026-01-01` };
    case 'GET /municipalities/:code/reach.csv':
      return { method: 'get', path: `/municipalities/${id}/reach.csv` };
    case 'GET /reach':
      return { method: 'get', path: '/reach?from=2026-01-01' };
    case 'GET /newcomers/:id':
      return { method: 'get', path: `/newcomers/${id}` };
    case 'PATCH /newcomers/:id':
      return { method: 'patch', path: `/newcomers/${id}`, body: { phone: `+47 900 ${String(10000 + n).slice(1)}` } };
    case 'POST /newcomers/:id/enrol': {
      const newcomerId = await created(`/municipalities/${newcomerHome(target)}/newcomers`, newcomerBody());
      return {
        method: 'post',
        path: `/newcomers/${newcomerId}/enrol`,
        body: { programmeId: ids.Vesterålen },
        made: { newcomerId },
      };
    }
    case 'POST /municipalities/:code/events':
      return { method: 'post', path: `/municipalities/${id}/events`, body: eveningBody({ title: `Temakveld ${n}` }) };
    case 'GET /municipalities/:code/events':
      return { method: 'get', path: `/municipalities/${id}/events` };
    case 'PATCH /events/:id':
      return { method: 'patch', path: `/events/${id}`, body: { title: `Temakveld ${n}` } };
    case 'PUT /events/:id/attendance': {
      const code = target === 'evening 1866' ? '1866' : '1870';
      return {
        method: 'put',
        path: `/events/${id}/attendance`,
        body: { newcomerIds: [ids[`newcomer ${code}`]], participantIds: [] },
      };
    }
    case 'GET /participants/:id/export':
      return { method: 'get', path: `/participants/${id}/export` };
    case 'POST /participants/:id/erase': {
      const participantId = await created(
        `/programmes/${ids.Vesterålen}/participants`,
        menteeBody({ municipalityCode: target === 'mentee 1866' ? '1866' : '1870' }),
      );
      return {
        method: 'post',
        path: `/participants/${participantId}/erase`,
        body: { reason: 'Asked for erasure' },
        made: { participantId },
      };
    }
    case 'GET /newcomers/:id/export':
      return { method: 'get', path: `/newcomers/${id}/export` };
    case 'GET /programmes/:id/archive':
      return { method: 'get', path: `/programmes/${id}/archive` };
    case 'POST /newcomers/:id/erase': {
      const newcomerId = await created(`/municipalities/${newcomerHome(target)}/newcomers`, newcomerBody());
      return {
        method: 'post',
        path: `/newcomers/${newcomerId}/erase`,
        body: { reason: 'Asked for erasure' },
        made: { newcomerId },
      };
    }
    case 'GET /log/:token':
      return { method: 'get', path: `/log/${linkTo(id)}` };
    case 'POST /log/:token':
      return {
        method: 'post',
        path: `/log/${linkTo(id)}`,
        form: { date: TODAY, durationMinutes: String(15 + (n % 500)) },
      };
    case 'GET /programmes/:id/surveys':
      return { method: 'get', path: `/programmes/${id}/surveys` };
    case 'GET /programmes/:id/report.csv':
      return { method: 'get', path: `/programmes/${id}/report.csv?separator=semicolon` };
    case 'GET /programmes/:id/report.pdf':
      return { method: 'get', path: `/programmes/${id}/report.pdf` };
    case 'GET /survey/:token':
      return { method: 'get', path: `/survey/${surveyLinkTo(id)}` };
    case 'POST /survey/:token':
      return {
        method: 'post',
        path: `/survey/${surveyLinkTo(id)}`,
        form: {
          progress: String(1 + (n % 5)),
          usefulness: '4',
          employmentStatus: 'full_time',
          norwegianLevel: 'B1',
          helped: 'yes',
        },
      };
    case 'GET /municipalities/:code/info':
      return { method: 'get', path: `/municipalities/${id}/info` };
    case 'POST /municipalities/:code/info/preview':
      return { method: 'post', path: `/municipalities/${id}/info/preview`, body: { body: `## Velkommen ${n}` } };
    case 'GET /municipalities/:code/info/:language':
      return { method: 'get', path: `/municipalities/${id}/info/nb` };
    case 'PUT /municipalities/:code/info/:language':
      return {
        method: 'put',
        path: `/municipalities/${id}/info/nb`,
        body: { title: `Rettigheter og plikter (${n})`, body: `Skrevet av ${caller}.` },
      };
    case 'GET /municipalities/:code/team':
      return { method: 'get', path: `/municipalities/${id}/team` };
    case 'POST /municipalities/:code/team':
      return {
        method: 'post',
        path: `/municipalities/${id}/team`,
        body: { name: `Ingrid Hansen ${n}`, email: `team${n}@example.org`, organisation: 'NAV', sector: 'municipal' },
      };
    case 'DELETE /team-members/:id': {
      const code = target === 'team member 1866' ? '1866' : '1870';
      const teamMemberId = await created(`/municipalities/${code}/team`, {
        name: `Ingrid Hansen ${n}`,
        email: `member${n}@example.org`,
        organisation: 'Frivilligsentralen',
        sector: 'voluntary',
      });
      return { method: 'delete', path: `/team-members/${teamMemberId}`, made: { teamMemberId } };
    }
    case 'GET /info/:code':
      return { method: 'get', path: `/info/${id}` };
    case 'GET /info/:code/:language':
      return { method: 'get', path: `/info/${id}/en` };
  }
}

/** A theme evening a month ahead of the file's clock. */
function eveningBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const startsAt = OSLO_NOW.plus({ days: 30 }).set({ hour: 18, minute: 0, second: 0, millisecond: 0 });
  return {
    theme: 'health_family',
    title: 'Helse og familieliv',
    startsAt: startsAt.toISO({ suppressMilliseconds: true }),
    endsAt: startsAt.plus({ hours: 2 }).toISO({ suppressMilliseconds: true }),
    location: 'Helsestasjonen',
    partners: [{ organisation: 'Helsestasjonen', contact: 'Helsesykepleier' }],
    ...overrides,
  };
}

/** The code of the authenticator app for this secret at the file's clock. */
const totpNow = (secret: string) => generate({ secret, epoch: Math.floor(NOW.getTime() / 1000) });

/** The caller's second factor removed (straight in the database: setup, not under test). */
async function mfaOff(caller: Caller): Promise<void> {
  const id = userIds[caller as RoleCaller] as string | undefined;
  if (id !== undefined) await t.db.query('DELETE FROM user_second_factors WHERE user_id = $1', [id]);
}

/** A new enrolment of a role caller, started with their own token; its secret (null for a tokenless caller). */
async function mfaEnrolling(caller: Caller): Promise<string | null> {
  const token = tokens[caller];
  if (!ROLE_CALLERS.includes(caller as RoleCaller) || token === null) return null;
  await mfaOff(caller);
  const res = await t.http.post('/api/v1/auth/mfa/enrol').set(t.auth(token));
  if (res.status !== 200) throw new Error(`setup: enrol answered ${res.status}`);
  return stringField(res.body, 'secret');
}

/** A confirmed second factor for a role caller; its recovery codes (null for a tokenless caller). */
async function mfaOn(caller: Caller): Promise<string[] | null> {
  const secret = await mfaEnrolling(caller);
  const token = tokens[caller];
  if (secret === null || token === null) return null;
  const res = await t.http
    .post('/api/v1/auth/mfa/confirm')
    .set(t.auth(token))
    .send({ code: await totpNow(secret) });
  if (res.status !== 200) throw new Error(`setup: confirm answered ${res.status}`);
  return (record(res.body).recoveryCodes as string[]).slice();
}

/** Users with a second factor and the recovery codes of theirs not used yet; a new one when these run out. */
const mfaUser = { email: '', codes: [] as string[] };

/** The body of a second step: the mfaToken of a new password login and an unused recovery code. */
async function mfaLogin(): Promise<{ mfaToken: string; code: string }> {
  if (mfaUser.codes.length === 0) {
    const user = await t.user('lead');
    const enrol = await t.http.post('/api/v1/auth/mfa/enrol').set(t.auth(user.token));
    const confirm = await t.http
      .post('/api/v1/auth/mfa/confirm')
      .set(t.auth(user.token))
      .send({ code: await totpNow(stringField(enrol.body, 'secret')) });
    if (confirm.status !== 200) throw new Error(`setup: confirm answered ${confirm.status}`);
    Object.assign(mfaUser, { email: user.email, codes: (record(confirm.body).recoveryCodes as string[]).slice() });
  }
  const res = await t.http.post('/api/v1/auth/login').send({ email: mfaUser.email, password: USER_PASSWORD });
  if (res.status !== 200) throw new Error(`setup: login answered ${res.status}`);
  return { mfaToken: stringField(res.body, 'mfaToken'), code: mfaUser.codes.pop() ?? '' };
}

/** A console session of the first admin, opened by a login; its cookie value. */
async function openSession(): Promise<string> {
  const res = await t.http.post('/api/v1/auth/login').send({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
  const value = /^mentornett_session=([\w-]{43});/.exec(String(res.headers['set-cookie']))?.[1];
  if (res.status !== 200 || !value) throw new Error(`setup: login answered ${res.status}`);
  return value;
}

async function passwordHashOf(userId: string | undefined): Promise<string | null> {
  if (userId === undefined) return null;
  const rows = await t.db.query<{ hash: string }[]>('SELECT password_hash AS hash FROM users WHERE id = $1', [userId]);
  return rows[0]?.hash ?? null;
}

/** Whether the session whose cookie value (current or replaced) this is has ended. */
async function sessionEnded(value: string | undefined): Promise<boolean> {
  if (value === undefined) throw new Error('the request carried no session');
  const rows = await t.db.query<{ ended: boolean }[]>(
    `SELECT ended_at IS NOT NULL AS ended FROM sessions
      WHERE token_hash = $1 OR id = (SELECT session_id FROM rotated_session_tokens WHERE token_hash = $1)`,
    [hashOf(value)],
  );
  if (rows.length !== 1) throw new Error('no such session');
  return rows[0].ended;
}

/** A valid signed link to a pair, a week before it expires. */
function linkTo(matchId: string): string {
  return signMeetingLink(matchId, new Date(NOW.getTime() + 7 * 86_400_000), t.config.LINK_SECRET);
}

/** A valid signed link to a survey email, a week before it expires. */
function surveyLinkTo(outboxId: string): string {
  return signSurveyLink(outboxId, new Date(NOW.getTime() + 7 * 86_400_000), t.config.LINK_SECRET);
}

/** The municipality of the mentee of a 'pair …' target. */
function pairHome(target: Target): string {
  if (target === 'pair 1870') return '1870';
  if (target === 'pair 1866') return '1866';
  throw new Error(`${target} is no pair`);
}

/** The municipality of a 'newcomer …' target. */
function newcomerHome(target: Target): string {
  if (target === 'newcomer 1870') return '1870';
  if (target === 'newcomer 1866') return '1866';
  throw new Error(`${target} is no newcomer`);
}

/** Where a new pair's people live: both in one municipality, or each in their own. */
type Homes = string | { mentor: string; mentee: string };

/** A new mentor and mentee of the Vesterålen (or the running) programme, made as admin. */
async function newPeople(
  homes: Homes,
  programme: 'Vesterålen' | 'running' = 'Vesterålen',
): Promise<{ mentorId: string; menteeId: string }> {
  const { mentor, mentee } = typeof homes === 'string' ? { mentor: homes, mentee: homes } : homes;
  const participants = `/programmes/${programme === 'running' ? runningProgramme : ids.Vesterålen}/participants`;
  const mentorId = await created(participants, mentorBody({ municipalityCode: mentor }));
  const menteeId = await created(participants, menteeBody({ municipalityCode: mentee }));
  return { mentorId, menteeId };
}

/** A new mentor and mentee proposed by hand as admin, and approved from the programme's start if asked. */
async function newPair(
  homes: Homes,
  stage: 'proposed' | 'approved',
  programme: 'Vesterålen' | 'running' = 'Vesterålen',
): Promise<Pair> {
  const people = await newPeople(homes, programme);
  const programmeId = programme === 'running' ? runningProgramme : ids.Vesterålen;
  const matchId = await created(`/programmes/${programmeId}/matches`, people);
  if (stage === 'approved') {
    const res = await t.http
      .post(`/api/v1/matches/${matchId}/approve`)
      .set(t.auth(adminToken))
      .send({ startsOn: programme === 'running' ? START : '2027-01-15' });
    if (res.status !== 200) throw new Error(`setup: approve answered ${res.status} ${JSON.stringify(res.body)}`);
  }
  return { ...people, matchId };
}

/** An admin's proposal run over the whole programme. */
async function adminRun(programmeId: string): Promise<NonNullable<Made['adminRun']>> {
  const res = await t.http.post(`/api/v1/programmes/${programmeId}/proposals`).set(t.auth(adminToken));
  if (res.status !== 200) throw new Error(`setup: proposals answered ${res.status} ${JSON.stringify(res.body)}`);
  return {
    runId: stringField(res.body, 'runId'),
    proposals: records(record(res.body).proposals).map((p) => ({
      id: stringField(p, 'id'),
      menteeId: stringField(p, 'menteeId'),
    })),
  };
}

/** POST as admin, expecting 201; the id of what was made. */
async function created(path: string, body: object): Promise<string> {
  const res = await t.http.post(`/api/v1${path}`).set(t.auth(adminToken)).send(body);
  if (res.status !== 201) throw new Error(`setup: POST ${path} answered ${res.status} ${JSON.stringify(res.body)}`);
  return stringField(res.body, 'id');
}

async function send(req: Req, caller: Caller): Promise<Response> {
  const token = tokens[caller];
  let test = t.http[req.method](`/api/v1${req.path}`);
  if (token !== null) test = test.set('Authorization', `Bearer ${token}`);
  if (req.session !== undefined) test = test.set('Cookie', `${SESSION_COOKIE}=${req.session}`);
  if (req.csv !== undefined) return test.set('Content-Type', 'text/csv').send(req.csv);
  if (req.form !== undefined) return test.type('form').send(req.form);
  if (req.body !== undefined) return test.send(req.body);
  return test;
}

/**
 * What a granted call must show: the right object, and in lists only what the caller may see.
 * `before` is the database's snapshot before the request.
 */
async function verify(
  call: Call,
  target: Target,
  caller: Caller,
  req: Req,
  body: unknown,
  res: Response,
  before: string,
): Promise<void> {
  const seesAll = caller === 'admin' || caller === 'lead';
  switch (call) {
    case 'POST /auth/login':
      expect(typeof record(body).accessToken).toBe('string');
      expect(record(body).user).not.toHaveProperty('passwordHash');
      return;
    case 'GET /auth/mfa':
      expect(record(body)).toEqual({ enabled: false, required: false, recoveryCodesLeft: 0 });
      return;
    case 'POST /auth/mfa/enrol':
      expect(record(body)).toEqual({ secret: expect.any(String), otpauthUrl: expect.stringMatching(/^otpauth:/) });
      return;
    case 'POST /auth/mfa/confirm':
      expect(record(body).recoveryCodes).toHaveLength(10);
      return;
    case 'DELETE /auth/mfa': {
      const rows = await t.db.query('SELECT 1 FROM user_second_factors WHERE user_id = $1', [
        userIds[caller as RoleCaller],
      ]);
      expect(rows).toEqual([]);
      return;
    }
    case 'POST /auth/mfa':
      expect(record(body)).toMatchObject({ accessToken: expect.any(String), user: { email: mfaUser.email } });
      expect(String(res.headers['set-cookie'])).toMatch(new RegExp(`^${SESSION_COOKIE}=[\\w-]{43};`));
      return;
    case 'POST /auth/refresh': {
      // The session of the cookie goes on under a new value, whoever's bearer token came along.
      expect(record(body)).toMatchObject({ accessToken: expect.any(String), user: { email: ADMIN_EMAIL } });
      const cookie = String(res.headers['set-cookie']);
      expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[\\w-]{43};`));
      expect(cookie).not.toContain(`${SESSION_COOKIE}=${req.session};`);
      expect(await sessionEnded(req.session)).toBe(false);
      return;
    }
    case 'POST /auth/logout':
      expect(String(res.headers['set-cookie'])).toMatch(new RegExp(`^${SESSION_COOKIE}=; Max-Age=0;`));
      expect(await sessionEnded(req.session)).toBe(true);
      return;
    case 'GET /auth/options':
      expect(body).toEqual({ oidc: true });
      return;
    case 'GET /auth/oidc/login':
      expect(res.headers.location).toBe('/login?sso=unavailable');
      expect(String(res.headers['set-cookie'])).not.toContain(SESSION_COOKIE);
      return;
    case 'GET /auth/oidc/callback':
      expect(res.headers.location).toBe('/login?sso=failed');
      expect(String(res.headers['set-cookie'])).not.toContain(`${SESSION_COOKIE}=`);
      return;
    case 'POST /admin/dashboard-session': {
      const cookie = String(res.headers['set-cookie']).split(';')[0];
      expect(cookie).toMatch(new RegExp(`^${DASHBOARD_COOKIE}=[\\w-]{40,}$`));
      expect((await t.http.get('/api/v1/admin/queues/api/queues').set('Cookie', cookie)).status).toBe(200);
      return;
    }
    case 'GET /auth/me':
    case 'PATCH /auth/me': {
      const me = record(body);
      expect(me.id).toBe(userIds[caller as RoleCaller]);
      expect(me).not.toHaveProperty('passwordHash');
      if (call === 'PATCH /auth/me') {
        expect(me).toMatchObject(req.body ?? {});
        const [stored] = await t.db.query<{ name: string; preferred_language: string }[]>(
          'SELECT name, preferred_language FROM users WHERE id = $1',
          [me.id],
        );
        expect(stored).toEqual({ name: me.name, preferred_language: 'nn' });
      }
      return;
    }
    case 'POST /auth/password': {
      // Hashed anew (a new salt), for the same password.
      const stored = await passwordHashOf(userIds[caller as RoleCaller]);
      expect(stored).not.toBe(req.made?.passwordHash);
      expect(await verifyPassword(stored ?? undefined, USER_PASSWORD)).toBe(true);
      return;
    }
    case 'PATCH /users/:id':
      expect(record(body)).toMatchObject({
        id: req.made?.userId,
        name: req.body && record(req.body).name,
        role: 'lead',
      });
      return;
    case 'POST /users':
    case 'GET /users':
      for (const user of call === 'GET /users' ? records(body) : [record(body)]) {
        expect(Object.keys(user).filter((k) => /password/i.test(k))).toEqual([]);
      }
      return;
    case 'GET /programmes': {
      const listed = records(body);
      const listedIds = listed.map((p) => p.id);
      if (seesAll) {
        expect(listedIds).toEqual(expect.arrayContaining([ids.Vesterålen, ids.Bodø]));
        return;
      }
      const own = caller === 'coordinator' ? '1870' : '1804';
      expect(listedIds).toContain(caller === 'coordinator' ? ids.Vesterålen : ids.Bodø);
      expect(listedIds).not.toContain(caller === 'coordinator' ? ids.Bodø : ids.Vesterålen);
      for (const p of listed) expect(p.municipalityCodes).toContain(own);
      return;
    }
    case 'GET /programmes/:id':
    case 'GET /participants/:id':
      expect(record(body).id).toBe(ids[target as Exclude<Target, ''>]);
      return;
    case 'GET /programmes/:id/participants': {
      const listed = records(body);
      const listedIds = listed.map((p) => p.id);
      expect(listedIds).toEqual(expect.arrayContaining([ids['mentor 1870'], ids['mentee 1870'], ids['mentor 1866']]));
      if (seesAll) {
        expect(listedIds).toContain(ids['mentee 1866']);
      } else {
        expect(listedIds).not.toContain(ids['mentee 1866']);
        for (const p of listed) expect(p.role === 'mentor' || p.municipalityCode === '1870').toBe(true);
      }
      return;
    }
    case 'GET /gatherings/:id/attendance':
    case 'PUT /gatherings/:id/attendance': {
      const expected = seesAll ? [ids['mentee 1870'], ids['mentee 1866']] : [ids['mentee 1870']];
      expect(stringArray(record(body).participantIds).sort()).toEqual(expected.sort());
      // The coordinator's share replaced, every other municipality's rows as they were.
      expect(await attendees(ids.kickoff)).toEqual([ids['mentee 1870'], ids['mentee 1866']].sort());
      return;
    }
    case 'POST /programmes/:id/participants':
    case 'PATCH /participants/:id':
    case 'PUT /participants/:id/screening':
      expect(body).toMatchObject(req.body ?? {});
      return;
    case 'POST /municipalities/:code/newcomers':
      expect(body).toMatchObject({ ...req.body, municipalityCode: ids[target as Exclude<Target, ''>] });
      return;
    case 'PATCH /newcomers/:id':
    case 'GET /newcomers/:id':
      expect(body).toMatchObject({ ...req.body, id: ids[target as Exclude<Target, ''>] });
      return;
    case 'GET /municipalities/:code/newcomers':
    case 'GET /municipalities/:code/waiting-list': {
      // The register of that municipality only, its standing newcomer among them.
      const code = ids[target as Exclude<Target, ''>];
      const listed = records(body);
      expect(listed.map((n) => n.id)).toContain(ids[`newcomer ${code}` as Target & `newcomer ${string}`]);
      for (const n of listed) expect(n).toMatchObject({ municipalityCode: code, waiting: true });
      return;
    }
    case 'GET /municipalities/:code/reach':
      expect(record(body)).toMatchObject({ municipalityCode: ids[target as Exclude<Target, ''>], from: '2026-01-01' });
      expect(Number(record(record(body).total).registered)).toBeGreaterThan(0);
      return;
    case 'GET /municipalities/:code/reach.csv':
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.text).toContain(`${ids[target as Exclude<Target, ''>]},,,total,`);
      return;
    case 'GET /reach': {
      // Every municipality's newcomers, the coordinator's and the outsider's alike.
      const codes = records(record(body).municipalities).map((m) => m.municipalityCode);
      expect(codes).toEqual(expect.arrayContaining(['1870', '1866']));
      return;
    }
    case 'POST /municipalities/:code/events':
      expect(body).toMatchObject({ ...req.body, municipalityCode: ids[target as Exclude<Target, ''>] });
      return;
    case 'GET /municipalities/:code/events': {
      // That municipality's evenings only, the one of the setup among them.
      const code = ids[target as Exclude<Target, ''>];
      const listed = records(body);
      expect(listed.map((e) => e.id)).toContain(ids[`evening ${code}` as Target & `evening ${string}`]);
      for (const e of listed) expect(e).toMatchObject({ municipalityCode: code });
      return;
    }
    case 'PATCH /events/:id':
    case 'PUT /events/:id/attendance':
      expect(body).toMatchObject({ ...req.body, id: ids[target as Exclude<Target, ''>] });
      return;
    case 'POST /newcomers/:id/enrol': {
      // A mentee of the programme, and the newcomer off the waiting list.
      expect(body).toMatchObject({
        role: 'mentee',
        programmeId: ids.Vesterålen,
        municipalityCode: newcomerHome(target),
      });
      const [link] = await t.db.query<{ participant_id: string }[]>(
        'SELECT participant_id FROM newcomer_enrolments WHERE newcomer_id = $1',
        [req.made?.newcomerId],
      );
      expect(link?.participant_id).toBe(stringField(body, 'id'));
      return;
    }
    case 'POST /programmes/:id/participants/import':
      expect(body).toEqual({ created: 1, errors: [] });
      return;
    case 'GET /participants/:id/export':
      expect(record(record(body).participant).id).toBe(ids[target as Exclude<Target, ''>]);
      return;
    case 'GET /newcomers/:id/export':
      expect(record(record(body).newcomer).id).toBe(ids[target as Exclude<Target, ''>]);
      return;
    case 'GET /programmes/:id/archive': {
      const programme = ids[target as Exclude<Target, ''>];
      expect(record(record(body).programme).id).toBe(programme);
      for (const p of records(record(body).participants)) expect(p.programmeId).toBe(programme);
      return;
    }
    case 'POST /participants/:id/erase': {
      expect(body).toMatchObject({ id: req.made?.participantId, erased: true });
      const [row] = await t.db.query<{ name: string; erased: boolean }[]>(
        'SELECT name, erased_at IS NOT NULL AS erased FROM participants WHERE id = $1',
        [req.made?.participantId],
      );
      expect(row).toEqual({ name: '', erased: true });
      return;
    }
    case 'POST /newcomers/:id/erase': {
      expect(body).toMatchObject({ id: req.made?.newcomerId, erased: true });
      const [row] = await t.db.query<{ name: string; email: string | null }[]>(
        'SELECT name, email FROM newcomers WHERE id = $1',
        [req.made?.newcomerId],
      );
      expect(row).toEqual({ name: '', email: null });
      return;
    }
    case 'PATCH /programmes/:id':
    case 'PATCH /gatherings/:id':
    case 'POST /programmes':
    case 'POST /programmes/:id/gatherings':
    case 'POST /municipalities':
      expect(body).toMatchObject(req.body ?? {});
      return;
    case 'GET /health':
    case 'GET /municipalities':
    case 'GET /professions':
    case 'GET /programmes/:id/gatherings':
      if (call !== 'GET /health') expect(records(body).length).toBeGreaterThan(0);
      return;
    case 'POST /programmes/:id/proposals':
      await verifyProposalRun(ids[target as 'Vesterålen' | 'Bodø'], caller, req, body);
      return;
    case 'GET /programmes/:id/matches': {
      const listed = records(body);
      for (const m of listed)
        expect(m).toMatchObject({ programmeId: ids[target as 'Vesterålen' | 'Bodø'], status: 'approved' });
      if (target !== 'Vesterålen') return;
      const listedIds = listed.map((m) => m.id);
      expect(listedIds).toContain(ids['pair 1870']);
      if (seesAll) {
        expect(listedIds).toContain(ids['pair 1866']);
      } else {
        expect(listedIds).not.toContain(ids['pair 1866']);
        expect(homes(await people(listed.map((m) => stringField(m, 'menteeId'))))).toEqual(['1870']);
      }
      return;
    }
    case 'POST /programmes/:id/matches':
      expect(body).toMatchObject({
        ...req.body,
        programmeId: ids.Vesterålen,
        status: 'proposed',
        runId: null,
        score: expect.any(Number),
      });
      expect(await matchStatus(stringField(body, 'id'))).toBe('proposed');
      return;
    case 'GET /matches/:id':
      expect(body).toMatchObject({ id: ids[target as 'pair 1870' | 'pair 1866'], status: 'approved' });
      return;
    case 'POST /matches/:id/approve':
    case 'POST /matches/:id/reject':
    case 'POST /matches/:id/end': {
      const pair = req.made?.pair;
      if (!pair) throw new Error('the request made no pair');
      const decided = { decidedBy: userIds[caller as RoleCaller], decidedAt: expect.any(String) };
      const expected = {
        'POST /matches/:id/approve': { status: 'approved', startsOn: '2027-02-01', ...decided },
        'POST /matches/:id/reject': { status: 'rejected', ...req.body, ...decided },
        'POST /matches/:id/end': {
          status: 'completed',
          reason: 'Ran its course',
          employmentStatusAtEnd: 'part_time',
          startsOn: '2027-01-15',
          endedOn: expect.any(String),
        },
      }[call];
      expect(body).toMatchObject({ id: pair.matchId, mentorId: pair.mentorId, menteeId: pair.menteeId, ...expected });
      expect(await matchStatus(pair.matchId)).toBe(expected.status);
      return;
    }
    case 'GET /participants/:id/candidates': {
      const listed = records(body);
      expect(listed.length).toBeGreaterThan(0);
      expect(listed.length).toBeLessThanOrEqual(5);
      for (const c of listed) expect(c).toMatchObject({ allowed: true, score: expect.any(Number) });
      const scores = listed.map((c) => Number(c.score));
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      const mentors = await people(listed.map((c) => stringField(c, 'mentorId')));
      expect(new Set(mentors.map((m) => `${m.programmeId} ${m.role}`))).toEqual(new Set([`${ids.Vesterålen} mentor`]));
      return;
    }
    case 'POST /matches/:id/meetings': {
      const matchId = ids[target as RunningPair];
      const id = stringField(body, 'id');
      expect(body).toMatchObject({ ...req.body, id, matchId, source: 'api', createdAt: expect.any(String) });
      expect(await storedMeetings(matchId, id)).toEqual([
        { ...storedFrom(req.body), source: 'api', recordedBy: userIds[caller as RoleCaller] },
      ]);
      return;
    }
    case 'GET /matches/:id/meetings': {
      const matchId = ids[target as RunningPair];
      const listed = records(body);
      expect(listed.length).toBeGreaterThan(0);
      for (const m of listed)
        expect(m).toMatchObject({ matchId, date: expect.any(String), source: expect.any(String) });
      expect(listed.map((m) => m.id)).toEqual((await storedMeetings(matchId)).map((m) => m.id));
      return;
    }
    case 'GET /matches/:id/certificate.pdf':
      throw new Error(
        'The matrix grants no certificate: its pairs are running (test/certificates.e2e-spec.ts has the PDF)',
      );
    case 'GET /matches/:id/compliance': {
      const months = records(body);
      const expected: string[] = [];
      for (let m = DateTime.fromISO(START).startOf('month'); m <= OSLO_NOW; m = m.plus({ months: 1 })) {
        expected.push(m.toFormat('yyyy-MM'));
      }
      expect(months.map((m) => m.month)).toEqual(expected);
      for (const m of months) {
        expect(m).toMatchObject({
          requiredMeetings: expect.any(Number),
          qualifyingMeetings: expect.any(Number),
          meetings: expect.any(Number),
          minutes: expect.any(Number),
          met: Number(m.qualifyingMeetings) >= Number(m.requiredMeetings),
        });
      }
      const stored = await storedMeetings(ids[target as RunningPair]);
      expect(months.reduce((sum, m) => sum + Number(m.meetings), 0)).toBe(stored.length);
      expect(months.reduce((sum, m) => sum + Number(m.minutes), 0)).toBe(
        stored.reduce((sum, m) => sum + m.durationMinutes, 0),
      );
      return;
    }
    case 'GET /admin/audit': {
      // The newest 1,000 rows (the setup wrote fewer), ids and codes only, and reading them writes none.
      const listed = records(body);
      const rows = await t.db.query<{ id: string }[]>('SELECT id FROM audit_log ORDER BY at DESC, id DESC LIMIT 1000');
      expect(listed.map((a) => a.id)).toEqual(rows.map((r) => r.id));
      expect([...new Set(listed.map((a) => a.action))]).toEqual(
        expect.arrayContaining(['participant.create', 'match.approve', 'meeting.create']),
      );
      for (const a of listed) {
        expect(Object.keys(a).sort()).toEqual(
          expect.arrayContaining([
            'action',
            'actorId',
            'actorRole',
            'at',
            'id',
            'requestId',
            'subjectId',
            'subjectType',
          ]),
        );
        expect(JSON.stringify(a)).not.toContain('@');
      }
      expect(await snapshot(t.db)).toBe(before);
      return;
    }
    case 'GET /admin/audit.csv':
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(
        res.text.startsWith(
          '\ufeffid;at;actorId;actorRole;action;subjectType;subjectId;programmeId;municipalityCode;requestId\r\n',
        ),
      ).toBe(true);
      expect(res.text).toContain(';participant.create;participant;');
      expect(await snapshot(t.db)).toBe(before);
      return;
    case 'GET /admin/outbox': {
      const listed = records(body);
      expect(listed.length).toBeGreaterThan(0);
      const rows = await t.db.query<{ id: string }[]>('SELECT id FROM outbox ORDER BY created_at DESC, id');
      expect(listed.map((o) => o.id)).toEqual(rows.map((r) => r.id));
      for (const o of listed) {
        expect(o).toMatchObject({
          kind: expect.stringMatching(`^(${EMAIL_KINDS.join('|')})$`),
          to: expect.stringContaining('@'),
          status: 'pending',
          attempts: 0,
          periodKey: expect.any(String),
          createdAt: expect.any(String),
        });
        expect(Object.keys(o).filter((k) => /category|country|origin/i.test(k))).toEqual([]);
      }
      return;
    }
    case 'POST /admin/reminders/run': {
      const earlier = req.made?.outbox;
      if (!earlier) throw new Error('the request counted no outbox');
      const now = await outboxCounts();
      // With the workers off every email stays pending: the earlier ones are queued again.
      expect(body).toEqual({ enqueued: now.total - earlier.total, requeued: earlier.pending });
      expect(now.pending).toBe(now.total);
      return;
    }
    case 'GET /programmes/:id/pairs': {
      // Every pair of the programme that ran, in the caller's share: the pairs of their mentees.
      const listed = records(body);
      const share = seesAll ? null : [HOME[caller as RoleCaller]];
      const ran = await t.db.query<{ id: string }[]>(
        `SELECT m.id FROM matches m JOIN participants mentee ON mentee.id = m.mentee_id
          WHERE m.programme_id = $1 AND m.status IN ('approved', 'completed', 'ended')
            AND ($2::text[] IS NULL OR mentee.municipality_code = ANY($2))`,
        [ids[target as 'Vesterålen' | 'Bodø'], share],
      );
      expect(listed.map((p) => p.id).sort()).toEqual(ran.map((r) => r.id).sort());
      if (target === 'Vesterålen') {
        expect(listed.map((p) => p.id)).toContain(ids['pair 1870']);
        expect(listed.some((p) => p.id === ids['pair 1866'])).toBe(seesAll);
      }
      for (const p of listed) {
        expect(p).toMatchObject({
          status: expect.stringMatching(/^(approved|completed|ended)$/),
          mentor: { id: expect.any(String), name: expect.any(String) },
          mentee: { id: expect.any(String), municipalityCode: share ? share[0] : expect.any(String) },
          months: { marks: expect.stringMatching(/^[mxrnh]*$/), requiredMeetings: expect.any(Array) },
          needsAttention: expect.any(Boolean),
        });
      }
      return;
    }
    case 'GET /programmes/:id/proposal-runs': {
      // A coordinator sees the runs that covered their municipality, and only their mentees left out.
      for (const run of records(body)) {
        if (!seesAll)
          expect(
            run.municipalityCodes === null ||
              stringArray(run.municipalityCodes).includes(HOME[caller as RoleCaller] ?? ''),
          ).toBe(true);
        expect(Array.isArray(run.unmatched)).toBe(true);
      }
      return;
    }
    case 'GET /programmes/:id/attention': {
      // The mentees waiting are those of the caller's share without a pair or a proposal.
      const share = seesAll ? null : [HOME[caller as RoleCaller]];
      const waiting = await t.db.query<{ id: string }[]>(
        `SELECT p.id FROM participants p
          WHERE p.programme_id = $1 AND p.role = 'mentee' AND ($2::text[] IS NULL OR p.municipality_code = ANY($2))
            AND NOT EXISTS (SELECT 1 FROM matches m WHERE m.mentee_id = p.id AND m.status IN ('approved', 'completed', 'proposed'))`,
        [ids[target as 'Vesterålen' | 'Bodø'], share],
      );
      const attention = record(body);
      expect(stringArray(attention.menteesWithoutMentorIds).sort()).toEqual(waiting.map((w) => w.id).sort());
      expect(attention).toMatchObject({
        menteesWithoutMentor: waiting.length,
        staleProposals: expect.any(Number),
        pairsMissedLastMonth: expect.any(Number),
        pairsMissedTwoMonths: expect.any(Number),
        pairsSilent30Days: expect.any(Number),
        gatheringsSoonWithoutInvitations: expect.any(Array),
      });
      // The programme's gatherings are every caller's: the next one is the first not yet over.
      const [next] = await t.db.query<{ id: string }[]>(
        'SELECT id FROM gatherings WHERE programme_id = $1 AND ends_at > $2 ORDER BY starts_at, id LIMIT 1',
        [ids[target as 'Vesterålen' | 'Bodø'], NOW],
      );
      expect(attention.nextGathering === null ? null : stringField(attention.nextGathering, 'id')).toBe(
        next?.id ?? null,
      );
      return;
    }
    case 'GET /programmes/:id/stats':
    case 'GET /programmes/:id/stats.csv': {
      // Admins and leads get the whole programme; a coordinator only their municipalities' share.
      const programmeCodes = target === 'Bodø' ? ['1804'] : ['1851', '1866', '1867', '1868', '1870', '1871'];
      const share = seesAll ? programmeCodes : [HOME[caller as RoleCaller]];
      const counted = await t.db.query<{ n: number }[]>(
        'SELECT count(*)::int AS n FROM participants WHERE programme_id = $1 AND municipality_code = ANY($2)',
        [ids[target as 'Vesterålen' | 'Bodø'], share],
      );
      if (call === 'GET /programmes/:id/stats') {
        const stats = record(body);
        expect(stats.municipalityCodes).toEqual(share);
        const participants = record(stats.participants);
        expect(Number(participants.mentors) + Number(participants.mentees)).toBe(counted[0].n);
        expect(Object.keys(record(participants.byMunicipality))).toEqual(share);
      } else {
        expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
        expect(res.text.startsWith('\ufeffsection;item;metric;value\r\n')).toBe(true);
        expect(res.text).toContain(`programme;;municipalityCodes;${share.join(' ')}\r\n`);
      }
      return;
    }
    case 'GET /stats': {
      const listed = records(body).map((p) => p.programmeId);
      expect(listed).toEqual(expect.arrayContaining([ids.Vesterålen, ids.Bodø]));
      return;
    }
    case 'GET /stats.csv':
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.text).toContain(ids.Vesterålen);
      expect(res.text).toContain(ids.Bodø);
      return;
    case 'GET /certificates/:code':
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.text).toContain(ids.certificate);
      expect(res.text).toContain('er ekte');
      return;
    case 'GET /log/:token':
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.text).toContain(`action="/api/v1${req.path}"`);
      expect(res.text).toMatch(/<input[^>]*name="date"/);
      expect(res.text).toMatch(/<input[^>]*name="durationMinutes"/);
      // Showing the form records nothing: a mail scanner may open the link.
      expect(await snapshot(t.db)).toBe(before);
      return;
    case 'GET /municipalities/:code/info':
      expect(records(body).map((p) => p.language)).toEqual(expect.arrayContaining(['nb', 'en']));
      return;
    case 'POST /municipalities/:code/info/preview':
      expect(body).toEqual({ html: expect.stringMatching(/^<h3>Velkommen \d+<\/h3>$/) as unknown });
      expect(await snapshot(t.db)).toBe(before);
      return;
    case 'GET /municipalities/:code/info/:language':
      expect(record(body)).toMatchObject({ language: 'nb', body: expect.any(String) as unknown });
      return;
    case 'PUT /municipalities/:code/info/:language': {
      expect(body).toMatchObject({ ...req.body, language: 'nb', startingText: false });
      const [row] = await t.db.query<{ title: string; updated_by: string }[]>(
        `SELECT title, updated_by FROM info_pages WHERE municipality_code = $1 AND language = 'nb'`,
        [ids[target as 'Sortland 1870' | 'Hadsel 1866']],
      );
      expect(row).toEqual({ title: req.body && record(req.body).title, updated_by: userIds[caller as RoleCaller] });
      return;
    }
    case 'GET /municipalities/:code/team':
      for (const member of records(body)) expect(member.municipalityCode).toBe(ids[target as 'Sortland 1870']);
      return;
    case 'POST /municipalities/:code/team':
      expect(body).toMatchObject({ ...req.body, municipalityCode: ids[target as 'Sortland 1870' | 'Hadsel 1866'] });
      return;
    case 'POST /matches/:id/pauses': {
      const matchId = ids[target as RunningPair];
      const id = stringField(body, 'id');
      expect(body).toMatchObject({ ...req.body, id, matchId, createdAt: expect.any(String) });
      const rows = await t.db.query<unknown[]>(
        `SELECT from_date::text AS "from", to_date::text AS "to", reason::text AS reason, note, created_by AS "createdBy"
           FROM match_pauses WHERE id = $1 AND match_id = $2`,
        [id, matchId],
      );
      expect(rows).toEqual([{ ...req.body, createdBy: userIds[caller as RoleCaller] }]);
      const audited = await t.db.query<unknown[]>(
        `SELECT actor_id AS "actorId", subject_type AS "subjectType" FROM audit_log
          WHERE action = 'pause.create' AND subject_id = $1 AND actor_id = $2`,
        [matchId, userIds[caller as RoleCaller]],
      );
      expect(audited.length).toBeGreaterThan(0);
      return;
    }
    case 'GET /matches/:id/pauses': {
      const matchId = ids[target as RunningPair];
      const listed = records(body);
      const stored = await t.db.query<{ id: string }[]>(
        'SELECT id FROM match_pauses WHERE match_id = $1 ORDER BY from_date',
        [matchId],
      );
      expect(listed.map((p) => p.id)).toEqual(stored.map((p) => p.id));
      for (const p of listed)
        expect(p).toMatchObject({ matchId, from: expect.any(String), reason: expect.any(String) });
      return;
    }
    case 'DELETE /pauses/:id': {
      const rows = await t.db.query<unknown[]>('SELECT 1 FROM match_pauses WHERE id = $1', [req.made?.pauseId]);
      expect(rows).toEqual([]);
      const audited = await t.db.query<unknown[]>(
        `SELECT 1 FROM audit_log WHERE action = 'pause.delete' AND actor_id = $1 AND subject_type = 'match'`,
        [userIds[caller as RoleCaller]],
      );
      expect(audited.length).toBeGreaterThan(0);
      return;
    }
    case 'DELETE /team-members/:id': {
      const rows = await t.db.query<unknown[]>('SELECT 1 FROM team_members WHERE id = $1', [req.made?.teamMemberId]);
      expect(rows).toEqual([]);
      return;
    }
    case 'GET /info/:code':
    case 'GET /info/:code/:language':
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.text).toContain('Sortland');
      if (call === 'GET /info/:code/:language') expect(res.text).toContain('<html lang="en" dir="ltr">');
      expect(await snapshot(t.db)).toBe(before);
      return;
    case 'GET /programmes/:id/surveys': {
      expect(records(body).map((s) => s.kind)).toEqual(['midway_survey', 'closing_survey', 'followup_survey']);
      // The survey email at setup was never sent: no survey counts as sent anywhere.
      for (const survey of records(body)) expect(survey.sent).toBe(0);
      return;
    }
    case 'GET /programmes/:id/report.csv':
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.text).toContain(`programme;;programmeId;${ids[target as 'Vesterålen' | 'Bodø']}`);
      expect(await snapshot(t.db)).toBe(before);
      return;
    case 'GET /programmes/:id/report.pdf':
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(await snapshot(t.db)).toBe(before);
      return;
    case 'GET /survey/:token':
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.text).toContain(`action="/api/v1${req.path}"`);
      expect(res.text).toMatch(/<input[^>]*name="progress"/);
      expect(res.text).toMatch(/<input[^>]*name="employmentStatus"/);
      // Showing the form stores nothing: a mail scanner may open the link.
      expect(await snapshot(t.db)).toBe(before);
      return;
    case 'POST /survey/:token': {
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      const rows = await t.db.query<{ progress: number; participant: string }[]>(
        `SELECT progress, participant_id AS participant FROM survey_answers WHERE outbox_id = $1`,
        [ids['survey 1870']],
      );
      expect(rows).toEqual([{ progress: Number(req.form?.progress), participant: ids['mentee 1870'] }]);
      return;
    }
    case 'POST /log/:token': {
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      const matchId = ids[target as RunningPair];
      const form = req.form ?? {};
      const rows = await t.db.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM meetings
          WHERE match_id = $1 AND date = $2 AND duration_minutes = $3 AND source = 'link' AND recorded_by IS NULL`,
        [matchId, form.date, Number(form.durationMinutes)],
      );
      expect(rows[0].n).toBe(1);
      return;
    }
  }
}

/** Every route the app serves, as "METHOD /path" under /api/v1, and whether it is declared public. */
function appRoutes(): { call: string; public: boolean }[] {
  const reflector = t.app.get(Reflector);
  const scanner = new MetadataScanner();
  const routes: { call: string; public: boolean }[] = [];
  for (const module of t.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Function;
      const prototype = Object.getPrototypeOf(wrapper.instance) as Record<string, unknown>;
      const prefixes = [Reflect.getMetadata('path', controller) as string | string[] | undefined].flat();
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name] as Function;
        const paths = Reflect.getMetadata('path', handler) as string | string[] | undefined;
        if (paths === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata('method', handler) as RequestMethod];
        const rule = reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [handler, controller]);
        for (const prefix of prefixes) {
          for (const path of [paths].flat()) {
            const joined = `/${prefix ?? ''}/${path}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');
            routes.push({ call: `${method} ${joined}`, public: rule?.kind === 'public' });
          }
        }
      }
    }
  }
  return routes;
}

/**
 * A proposal run replaces the undecided proposals of the mentees it covers: an admin's or lead's
 * covers every mentee, a coordinator's only their own, and leaves the other municipalities'
 * proposals of the admin's run made just before exactly as they were.
 */
async function verifyProposalRun(programmeId: string, caller: Caller, req: Req, body: unknown): Promise<void> {
  const run = record(body);
  const runId = stringField(run, 'runId');
  const proposals = records(run.proposals);
  const earlier = req.made?.adminRun;
  if (!earlier) throw new Error('the request made no admin run');
  for (const p of proposals) expect(p).toMatchObject({ programmeId, status: 'proposed', runId });
  expect(typeof run.totalScore).toBe('number');
  const proposalIds = proposals.map((p) => stringField(p, 'id'));
  const own = HOME[caller as RoleCaller];
  if (own === undefined) {
    expect(await proposedIn(programmeId)).toEqual([...proposalIds].sort());
    return;
  }
  const covered = [...proposals.map((p) => stringField(p, 'menteeId')), ...stringArray(run.unmatchedMenteeIds)];
  if (covered.length) expect(homes(await people(covered))).toEqual([own]);
  const homeOf = new Map(
    (await people(earlier.proposals.map((p) => p.menteeId))).map((p) => [p.id, p.municipalityCode]),
  );
  const others = earlier.proposals.filter((p) => homeOf.get(p.menteeId) !== own);
  if (programmeId === ids.Vesterålen) expect(others.map((p) => p.menteeId)).toContain(ids['mentee 1866']);
  const kept = await t.db.query<{ id: string; status: string; run_id: string; decided_at: Date | null }[]>(
    'SELECT id, status, run_id, decided_at FROM matches WHERE id = ANY($1) ORDER BY id',
    [others.map((p) => p.id)],
  );
  expect(kept).toEqual(
    others
      .map((p) => ({ id: p.id, status: 'proposed', run_id: earlier.runId, decided_at: null }))
      .sort((a, b) => a.id.localeCompare(b.id)),
  );
  expect(await proposedIn(programmeId)).toEqual([...others.map((p) => p.id), ...proposalIds].sort());
}

// ---------------------------------------------------------------------------------------------
// Helpers

function csv(rows: Record<string, unknown>[]): string {
  const columns = [
    'role',
    'name',
    'email',
    'municipalityCode',
    'preferredLanguage',
    'languages',
    'professionCode',
    'category',
  ];
  const cell = (column: string, value: unknown): string => {
    if (value === undefined) return '';
    if (column === 'languages') {
      const skills = value as { code: string; level: string }[];
      return `"${skills.map((s) => `${s.code}:${s.level}`).join(';')}"`;
    }
    return typeof value === 'string' ? value : JSON.stringify(value);
  };
  return [columns.join(','), ...rows.map((row) => columns.map((c) => cell(c, row[c])).join(','))].join('\n') + '\n';
}

async function attendees(gatheringId: string): Promise<string[]> {
  const rows = await t.db.query<{ id: string }[]>(
    'SELECT participant_id AS id FROM gathering_attendance WHERE gathering_id = $1 ORDER BY participant_id',
    [gatheringId],
  );
  return rows.map((r) => r.id);
}

interface Person {
  id: string;
  programmeId: string;
  role: string;
  municipalityCode: string;
}

/** Participants as stored. */
async function people(participantIds: string[]): Promise<Person[]> {
  return t.db.query<Person[]>(
    `SELECT id, programme_id AS "programmeId", role, municipality_code AS "municipalityCode"
       FROM participants WHERE id = ANY($1) ORDER BY id`,
    [participantIds],
  );
}

/** The municipalities they live in, each once. */
function homes(persons: Person[]): string[] {
  return [...new Set(persons.map((p) => p.municipalityCode))].sort();
}

interface StoredMeeting {
  id: string;
  date: string;
  durationMinutes: number;
  note: string | null;
  source: string;
  recordedBy: string | null;
}

/** The meetings of a pair as stored (or the one meeting `id`), oldest first. */
async function storedMeetings(matchId: string, id?: string): Promise<StoredMeeting[]> {
  return t.db.query<StoredMeeting[]>(
    `SELECT id, date::text AS date, duration_minutes AS "durationMinutes", note, source, recorded_by AS "recordedBy"
       FROM meetings WHERE match_id = $1 AND ($2::uuid IS NULL OR id = $2) ORDER BY date, created_at`,
    [matchId, id ?? null],
  );
}

/** The stored columns a meeting body sets. */
function storedFrom(body: object | undefined): Partial<StoredMeeting> {
  const { date, durationMinutes, note } = record(body) as { date: string; durationMinutes: number; note?: string };
  return { id: expect.any(String) as string, date, durationMinutes, note: note ?? null };
}

/** Outbox emails, all and pending. */
async function outboxCounts(): Promise<{ total: number; pending: number }> {
  const [counts] = await t.db.query<{ total: number; pending: number }[]>(
    `SELECT count(*)::int AS total, count(*) FILTER (WHERE status = 'pending')::int AS pending FROM outbox`,
  );
  return counts;
}

async function matchStatus(matchId: string): Promise<string | undefined> {
  const rows = await t.db.query<{ status: string }[]>('SELECT status FROM matches WHERE id = $1', [matchId]);
  return rows[0]?.status;
}

/** The undecided proposals of a programme, by id. */
async function proposedIn(programmeId: string): Promise<string[]> {
  const rows = await t.db.query<{ id: string }[]>(
    `SELECT id FROM matches WHERE programme_id = $1 AND status = 'proposed' ORDER BY id`,
    [programmeId],
  );
  return rows.map((r) => r.id);
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
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

function stringArray(value: unknown): string[] {
  if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string')) {
    throw new Error(`expected an array of strings, got ${JSON.stringify(value)}`);
  }
  return value;
}

function stringField(value: unknown, key: string): string {
  const field = record(value)[key];
  if (typeof field !== 'string') throw new Error(`expected ${key} to be a string in ${JSON.stringify(value)}`);
  return field;
}

function messageOf(body: unknown): string {
  const message = record(body).message;
  if (Array.isArray(message)) return message.map((m) => (typeof m === 'string' ? m : JSON.stringify(m))).join('\n');
  return typeof message === 'string' ? message : JSON.stringify(message);
}
