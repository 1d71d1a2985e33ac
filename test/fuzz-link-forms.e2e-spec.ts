import fc from 'fast-check';
import { signMeetingLink } from '../src/meetings/meeting-link.js';
import { MAX_MEETING_MINUTES, MIN_MEETING_MINUTES } from '../src/meetings/meeting.entity.js';
import { EMPLOYMENT_STATUSES } from '../src/participants/participant-fields.js';
import { signSurveyLink } from '../src/surveys/survey-link.js';
import { HELPED_ANSWERS, NORWEGIAN_LEVELS } from '../src/surveys/survey-questions.js';
import { approvedPair } from './support/api.js';
import { createTestApp, type TestApp } from './support/app.js';
import { menteeBody, mentorBody, programmeBody } from './support/factories.js';

/*
 * The bounded fuzz run of test/fuzz-write-endpoints.e2e-spec.ts, over the two form pages behind a
 * signed link that the OpenAPI document leaves out: POST /log/:token (a mentor logs a meeting) and
 * POST /survey/:token (a mentee or a mentor answers a survey). Each is posted form bodies of any
 * keys and values (the page's own fields with hostile values: huge, control characters, repeated
 * keys, numbers and dates that are no such thing, empty; keys of any text; bodies that are no
 * urlencoding at all; JSON of any shape) with a valid link. Whatever comes, the answer is never a
 * 5xx. The limits per address, per link and per day are raised so that every answer is the page's
 * own: at least some are its validation answer, and the valid-shaped forms are recorded.
 */

const RUNS_PER_PAGE = 50;
const SEED = 20271203;

/** 10 March 2027, midday in Oslo; the programme runs from 18 January to 17 September 2027. */
const NOW = '2027-03-10T11:00:00Z';
const START = '2027-01-18';

let t: TestApp;
const tokens: Record<'meeting' | 'mentee' | 'mentor', string> = { meeting: '', mentee: '', mentor: '' };

beforeAll(async () => {
  // Far above what this file sends (some 50 requests a link, at most 50 new meetings), so no answer is a 429.
  t = await createTestApp({
    LINK_RATE_LIMIT: '10000',
    LINK_RATE_LIMIT_PER_LINK: '10000',
    LINK_DAILY_MEETINGS: '100',
  });
  t.setNow(NOW);
  const lead = await t.user('lead');
  const programme = await t.http
    .post('/api/v1/programmes')
    .set(t.auth(lead.token))
    .send(programmeBody({ startDate: START, endDate: '2027-09-17' }));
  expect(programme.status).toBe(201);
  const programmeId = programme.body.id as string;
  const add = async (body: Record<string, unknown>) => {
    const res = await t.http.post(`/api/v1/programmes/${programmeId}/participants`).set(t.auth(lead.token)).send(body);
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const mentorId = await add(mentorBody());
  const menteeId = await add(menteeBody());
  const match = await approvedPair(t, lead.token, programmeId, { mentorId, menteeId, startsOn: START });
  tokens.meeting = signMeetingLink(match.id, new Date('2027-04-01T00:00:00Z'), t.config.LINK_SECRET);
  // The midway survey emails of both, as the sweep writes them (sent, so no worker picks them up).
  const survey = async (participantId: string) => {
    const [row] = await t.db.query<{ id: string }[]>(
      `INSERT INTO outbox (kind, recipient_id, to_address, language, subject_id, gathering_id, period_key, status, sent_at)
       SELECT 'midway_survey', p.id, p.email, 'nb', g.id, g.id, 'once', 'sent', now()
       FROM participants p JOIN gatherings g ON g.programme_id = p.programme_id AND g.kind = 'midway'
       WHERE p.id = $1 RETURNING id`,
      [participantId],
    );
    return signSurveyLink(row.id, new Date('2027-05-01T00:00:00Z'), t.config.LINK_SECRET);
  };
  tokens.mentee = await survey(menteeId);
  tokens.mentor = await survey(mentorId);
});
afterAll(() => t.close());

// ---------------------------------------------------------------------------------------------
// Bodies

/** Form-encodes text byte by byte (UTF-8; a lone surrogate becomes U+FFFD, as a browser sends it). */
function percent(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((b) =>
      /[A-Za-z0-9_.~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).padStart(2, '0')}`,
    )
    .join('');
}

const formOf = (pairs: readonly (readonly [string, string])[]): string =>
  pairs.map(([k, v]) => `${percent(k)}=${percent(v)}`).join('&');

const FORM = 'application/x-www-form-urlencoded';

/** Text no field takes: empty, any code points, control characters, huge, look-alikes of numbers and dates. */
const hostileValue: fc.Arbitrary<string> = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({
    unit: fc.oneof(
      fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
      fc.constantFrom('\u007f', '\u0085', '\u00a0', '\u2028', '\u202e', '\ufeff', '\ud800', '\udfff'),
    ),
    maxLength: 20,
  }),
  fc.constantFrom(
    ' 60 ',
    '60.0',
    '6e1',
    '0x3c',
    '-15',
    '+60',
    '０６０',
    'NaN',
    'Infinity',
    '99999999999999999999',
    '2027-02-30',
    '2027-13-01',
    '0000-01-01',
    '1899-12-31',
    '3000-01-01',
    '2027-3-1',
    '20270310',
    '2027-03-10T00:00:00Z',
    '2027-03-10\n',
    'true',
    'null',
    '[]',
    '{}',
    '<script>alert(1)</script>',
    '{{date}}',
    "'; DROP TABLE meetings; --",
    'x\u0000y',
  ),
  fc.integer().map(String),
  fc.double().map(String),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  // Huge: up to the 64 KB the form parser takes, and past it.
  fc
    .tuple(fc.integer({ min: 1_000, max: 70_000 }), fc.constantFrom('x', '5', ' ', '\n', 'é'))
    .map(([n, c]) => c.repeat(n)),
);

/** Keys: mostly the page's own, else names an object already has, bracketed names, or any text. */
const anyKey = (fields: readonly string[]): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...fields) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '__proto__',
        'constructor',
        'prototype',
        'toString',
        'valueOf',
        'hasOwnProperty',
        `${fields[0]}[]`,
        `${fields[0]}[0]`,
        `${fields[1]}[a][b]`,
        '',
        ' ',
        'a.b',
      ),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  );

/** Fragments that make a body no urlencoding: bad escapes, overlong and surrogate UTF-8, stray separators. */
const rawFragment = fc.oneof(
  fc.constantFrom('%', '%z', '%zz', '%ED%A0%80', '%C0%AF', '%FF', '%00', '&', '=', '==', '+', '[', ']', ';'),
  fc.string({ maxLength: 8 }),
);

interface Page {
  name: string;
  path: () => string;
  fields: readonly string[];
  /** A form the page records: the page's fields with valid values. */
  valid: fc.Arbitrary<Record<string, string>>;
  /** The page's own validation answer: its form again, with a field marked in error. */
  marked: (html: string) => boolean;
}

/** A day of the programme up to today: 18 January to 10 March. */
const meetingDay = fc
  .integer({ min: 0, max: 51 })
  .map((d) => new Date(Date.parse(`${START}T00:00:00Z`) + d * 86_400_000).toISOString().slice(0, 10));
const scale = fc.integer({ min: 1, max: 5 }).map(String);
const comment = fc.option(fc.string({ maxLength: 200 }), { nil: undefined });
const surveyFields = ['progress', 'usefulness', 'employmentStatus', 'norwegianLevel', 'helped', 'comment'];
const surveyMarked = (html: string) => /id="[A-Za-z]+-error"/.test(html);
const defined = (record: Record<string, string | undefined>): Record<string, string> =>
  Object.fromEntries(Object.entries(record).filter((e): e is [string, string] => e[1] !== undefined));

const PAGES: Page[] = [
  {
    name: 'POST /log/:token (a mentor logs a meeting)',
    path: () => `/api/v1/log/${tokens.meeting}`,
    fields: ['date', 'durationMinutes'],
    valid: fc.record({
      date: meetingDay,
      durationMinutes: fc.integer({ min: MIN_MEETING_MINUTES, max: MAX_MEETING_MINUTES }).map(String),
    }),
    marked: (html) => /aria-invalid="true"/.test(html),
  },
  {
    name: "POST /survey/:token (a mentee's survey)",
    path: () => `/api/v1/survey/${tokens.mentee}`,
    fields: surveyFields,
    valid: fc
      .record({
        progress: scale,
        usefulness: scale,
        employmentStatus: fc.constantFrom(...EMPLOYMENT_STATUSES),
        norwegianLevel: fc.constantFrom(...NORWEGIAN_LEVELS),
        helped: fc.constantFrom(...HELPED_ANSWERS),
        comment,
      })
      .map(defined),
    marked: surveyMarked,
  },
  {
    name: "POST /survey/:token (a mentor's survey)",
    path: () => `/api/v1/survey/${tokens.mentor}`,
    fields: surveyFields,
    valid: fc.record({ progress: scale, usefulness: scale, comment }).map(defined),
    marked: surveyMarked,
  },
];

interface Sent {
  shape: 'valid' | 'hostile' | 'raw' | 'json';
  type: string;
  body: string;
}

function bodies(page: Page): fc.Arbitrary<Sent> {
  const form = (shape: Sent['shape'], body: string, type = FORM): Sent => ({ shape, type, body });
  const pairs = fc.array(fc.tuple(anyKey(page.fields), hostileValue), { maxLength: 10 });
  // Keys no page reads, with plain values: the page ignores them.
  const extra = fc.array(
    fc.tuple(
      fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !page.fields.includes(k) && !/[[\]]/.test(k)),
      fc.string({ maxLength: 20 }),
    ),
    { maxLength: 3 },
  );
  return fc.oneof(
    // The page's fields (and others) with hostile values, repeated keys making arrays.
    {
      weight: 4,
      arbitrary: fc
        .tuple(
          pairs,
          fc.constantFrom(FORM, `${FORM}; charset=utf-8`, `${FORM}; charset=iso-8859-1`, `${FORM}; charset=utf-16`),
        )
        .map(([p, type]) => form('hostile', formOf(p), type)),
    },
    // A valid form but for one field, given a hostile value.
    {
      weight: 2,
      arbitrary: fc
        .tuple(page.valid, fc.constantFrom(...page.fields), hostileValue)
        .map(([valid, field, value]) => form('hostile', formOf(Object.entries({ ...valid, [field]: value })))),
    },
    // A valid form, in any order, with some keys the page does not read.
    {
      weight: 2,
      arbitrary: fc
        .tuple(page.valid, extra)
        .chain(([valid, more]) =>
          fc
            .shuffledSubarray([...Object.entries(valid), ...more], { minLength: 0 })
            .map((shuffled) => ({ valid, shuffled })),
        )
        .filter(({ valid, shuffled }) => Object.keys(valid).every((k) => shuffled.some(([key]) => key === k)))
        .map(({ shuffled }) => form('valid', formOf(shuffled))),
    },
    // No urlencoding at all.
    { weight: 1, arbitrary: fc.array(rawFragment, { maxLength: 20 }).map((f) => form('raw', f.join(''))) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }).map((s) => form('raw', s)) },
    // The page takes JSON too (the parsers are the app's): the fields of any JSON type, or any JSON.
    {
      weight: 1,
      arbitrary: fc
        .oneof(
          fc.record(Object.fromEntries(page.fields.map((f) => [f, fc.jsonValue({ maxDepth: 2 })])), {
            requiredKeys: [],
          }),
          fc.jsonValue({ maxDepth: 3 }),
        )
        .map((value) => form('json', JSON.stringify(value), 'application/json')),
    },
  );
}

// ---------------------------------------------------------------------------------------------

describe.each(PAGES)('$name', (page) => {
  it('never answers a form with a 5xx, whatever the body; valid forms are recorded', async () => {
    const answers = new Map<string, number>();
    const count = (what: string) => answers.set(what, (answers.get(what) ?? 0) + 1);
    await fc.assert(
      fc.asyncProperty(bodies(page), async ({ shape, type, body }) => {
        const res = await t.http.post(page.path()).set('Content-Type', type).send(body);
        const html = /^text\/html/.test(String(res.headers['content-type']));
        if (res.status === 400 && html && page.marked(res.text)) count('validation');
        else count(String(res.status));
        if (res.status >= 500) return false;
        // A valid form is recorded (201, or 200 when the same was recorded before).
        if (shape === 'valid') return res.status === 200 || res.status === 201;
        return true;
      }),
      { numRuns: RUNS_PER_PAGE, seed: SEED },
    );
    const tally = Object.fromEntries(answers);
    // Every answer was the page's own: no limit refused any of them.
    expect(tally['429']).toBeUndefined();
    // Some were its validation answer, and some forms got through to be recorded.
    expect(tally.validation).toBeGreaterThan(0);
    expect((tally['200'] ?? 0) + (tally['201'] ?? 0)).toBeGreaterThan(0);
    expect(Object.values(tally).reduce((a, b) => a + b, 0)).toBe(RUNS_PER_PAGE);
  }, 120_000);

  it('still shows its form and records a valid one after the run', async () => {
    const form = await t.http.get(page.path());
    expect(form.status).toBe(200);
    expect(form.text).toMatch(/<form/);
    const valid = fc.sample(page.valid, { numRuns: 1, seed: SEED })[0];
    const res = await t.http.post(page.path()).type('form').send(valid);
    expect([200, 201]).toContain(res.status);
  });
});
