import { DateTime } from 'luxon';
import { createTestApp, snapshot, type TestApp } from './support/app.js';
import { menteeBody, mentorBody, newcomerBody, programmeBody } from './support/factories.js';
import { startSmtpServer, type ReceivedEmail, type TestSmtpServer } from './support/smtp.js';

/*
 * «Ny i Norge» theme evenings of Sortland (1870): who is invited (and who not), in which language,
 * once per version of the evening with a calendar file that parses back to the evening; attendance
 * and the reach it gives, worked out by hand; scoping and bad input.
 */

let t: TestApp;
let smtp: TestSmtpServer;
let admin: { token: string };
let sortland: { token: string };
let bodo: { token: string };

const ZONE = 'Europe/Oslo';
const NOW = '2027-01-10T12:00:00+01:00';

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ SMTP_URL: smtp.url });
  t.setNow(NOW);
  [admin, sortland, bodo] = await Promise.all([
    t.user('admin'),
    t.user('coordinator', ['1870']),
    t.user('coordinator', ['1804']),
  ]);
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

/** One parsed iCalendar component: its properties (name, parameters, value) and the components in it. */
interface IcsComponent {
  name: string;
  props: { name: string; params: Record<string, string>; value: string }[];
  children: IcsComponent[];
}

/**
 * Parses an iCalendar text (RFC 5545): CRLF lines of at most 75 octets, folded lines unfolded,
 * BEGIN/END balanced, every content line NAME[;PARAM=VALUE]*:VALUE. Throws on anything else.
 */
function parseIcs(text: string): IcsComponent {
  // The mail parser may drop the part's last line break.
  const body = text.replace(/\r\n$/, '');
  const physical = body.split('\r\n');
  for (const line of physical) {
    if (Buffer.byteLength(line) > 75) throw new Error(`a line longer than 75 octets: ${line}`);
    if (line.includes('\n') || line.includes('\r')) throw new Error('a bare line break');
  }
  const lines = body.replace(/\r\n[ \t]/g, '').split('\r\n');
  const stack: IcsComponent[] = [];
  let root: IcsComponent | null = null;
  for (const line of lines) {
    const match = /^([A-Z0-9-]+)((?:;[A-Z0-9-]+=(?:"[^"]*"|[^;:,"]*)(?:,(?:"[^"]*"|[^;:,"]*))*)*):(.*)$/.exec(line);
    if (!match) throw new Error(`not a content line: ${line}`);
    const [, name, paramText, value] = match;
    const params: Record<string, string> = {};
    for (const p of paramText.match(/;[A-Z0-9-]+=(?:"[^"]*"|[^;:"]*)/g) ?? []) {
      const [k, ...v] = p.slice(1).split('=');
      params[k] = v.join('=').replace(/^"|"$/g, '');
    }
    if (name === 'BEGIN') {
      const component: IcsComponent = { name: value, props: [], children: [] };
      if (stack.length) stack[stack.length - 1].children.push(component);
      else if (root) throw new Error('a second top-level component');
      else root = component;
      stack.push(component);
    } else if (name === 'END') {
      if (stack.pop()?.name !== value) throw new Error(`END:${value} does not close what is open`);
    } else {
      if (!stack.length) throw new Error(`a property outside any component: ${line}`);
      // TEXT values escape \\ ; , and line breaks (RFC 5545 §3.3.11).
      const unescaped = value.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
      stack[stack.length - 1].props.push({ name, params, value: unescaped });
    }
  }
  if (stack.length || !root) throw new Error('the calendar is not closed');
  return root;
}

const prop = (c: IcsComponent, name: string) => c.props.find((p) => p.name === name);

/** The local time of a DTSTART/DTEND with its TZID, as an instant. */
function icsInstant(p: { params: Record<string, string>; value: string }): string {
  return DateTime.fromFormat(p.value, "yyyyMMdd'T'HHmmss", { zone: p.params.TZID })
    .toUTC()
    .toISO({ suppressMilliseconds: true })!;
}

const invites = () => smtp.received.filter((e) => e.kind === 'event_invite');
async function waitForInvites(count: number): Promise<ReceivedEmail[]> {
  const deadline = Date.now() + 20_000;
  while (invites().length < count) {
    if (Date.now() > deadline) throw new Error(`expected ${count} invitations, ${invites().length} arrived`);
    await new Promise((r) => setTimeout(r, 20));
  }
  // Nothing more on its way.
  await new Promise((r) => setTimeout(r, 400));
  return invites();
}

const api = (token: string) => ({
  post: (url: string, body: object) => t.http.post(`/api/v1${url}`).set(t.auth(token)).send(body),
  patch: (url: string, body: object) => t.http.patch(`/api/v1${url}`).set(t.auth(token)).send(body),
  put: (url: string, body: object) => t.http.put(`/api/v1${url}`).set(t.auth(token)).send(body),
  get: (url: string) => t.http.get(`/api/v1${url}`).set(t.auth(token)),
});

function eveningBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    theme: 'school_education',
    title: 'Skole og utdanning i Norge',
    startsAt: '2027-02-10T18:00:00+01:00',
    endsAt: '2027-02-10T20:30:00+01:00',
    location: 'Sortland bibliotek',
    partners: [{ organisation: 'Karrieresenteret i Nordland', contact: 'Rådgiver' }, { organisation: 'Sortland vgs' }],
    ...overrides,
  };
}

interface World {
  running: string;
  newcomers: Record<string, { id: string; email: string | null }>;
  participants: Record<string, { id: string; email: string }>;
}
let world: World;

async function register(code: string, body: Record<string, unknown>): Promise<{ id: string; email: string | null }> {
  const res = await api(admin.token).post(`/municipalities/${code}/newcomers`, body);
  expect(res.status).toBe(201);
  return { id: res.body.id as string, email: (res.body.email as string | null) ?? null };
}

async function participant(programmeId: string, body: Record<string, unknown>): Promise<{ id: string; email: string }> {
  const res = await api(admin.token).post(`/programmes/${programmeId}/participants`, body);
  expect(res.status).toBe(201);
  return { id: res.body.id as string, email: res.body.email as string };
}

beforeAll(async () => {
  const running = await api(admin.token).post('/programmes', programmeBody({ endDate: '2027-09-15' }));
  expect(running.status).toBe(201);
  const later = await api(admin.token).post(
    '/programmes',
    programmeBody({ name: 'Høstprogram 2027', startDate: '2027-03-01', endDate: '2027-10-01' }),
  );
  expect(later.status).toBe(201);
  const consent = (invitations: boolean) => ({
    register: true,
    invitations,
    mentorProgramme: true,
    givenOn: '2026-12-01',
  });
  const newcomers = {
    // Invited: consented, with an email, in nynorsk and in Ukrainian (English, having no template).
    nn: await register(
      '1870',
      newcomerBody({ email: 'nn@example.org', preferredLanguage: 'nn', category: 'refugee', consent: consent(true) }),
    ),
    uk: await register(
      '1870',
      newcomerBody({
        email: 'uk@example.org',
        preferredLanguage: 'uk',
        category: 'labour_eea',
        consent: consent(true),
      }),
    ),
    // Not invited: no consent to invitations; no email; another municipality.
    refused: await register(
      '1870',
      newcomerBody({ email: 'refused@example.org', category: 'labour_spouse', consent: consent(false) }),
    ),
    noEmail: await register(
      '1870',
      newcomerBody({ email: undefined, category: 'labour_spouse', consent: consent(true) }),
    ),
    andoy: await register('1871', newcomerBody({ email: 'andoy-newcomer@example.org', consent: consent(true) })),
  };
  const participants = {
    // Invited: living in Sortland, in a programme running on the evening's day.
    mentor: await participant(running.body.id as string, mentorBody({ email: 'mentor@example.org' })),
    mentee: await participant(running.body.id as string, menteeBody({ email: 'mentee@example.org' })),
    // Not invited: living in Andøy; in a programme that starts after the evening.
    andoy: await participant(
      running.body.id as string,
      mentorBody({ email: 'andoy-mentor@example.org', municipalityCode: '1871' }),
    ),
    later: await participant(later.body.id as string, mentorBody({ email: 'later@example.org' })),
  };
  // The Ukrainian newcomer is enrolled as a mentee too: one invitation to the address, not two.
  const enrolled = await api(admin.token).post(`/newcomers/${newcomers.uk.id}/enrol`, {
    programmeId: running.body.id as string,
  });
  expect(enrolled.status).toBe(201);
  world = { running: running.body.id as string, newcomers, participants };
});

describe('invitations', () => {
  let eveningId: string;

  it('go to exactly the consenting newcomers and the participants of running programmes, in their language', async () => {
    const created = await api(sortland.token).post('/municipalities/1870/events', eveningBody());
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      municipalityCode: '1870',
      theme: 'school_education',
      title: 'Skole og utdanning i Norge',
      startsAt: '2027-02-10T18:00:00+01:00',
      endsAt: '2027-02-10T20:30:00+01:00',
      location: 'Sortland bibliotek',
      partners: [
        { organisation: 'Karrieresenteret i Nordland', contact: 'Rådgiver' },
        { organisation: 'Sortland vgs', contact: null },
      ],
      sequence: 0,
      newcomerIds: [],
      participantIds: [],
      invited: 4,
      invitedNewcomerIds: [world.newcomers.nn.id, world.newcomers.uk.id].sort(),
      invitedParticipantIds: [world.participants.mentor.id, world.participants.mentee.id].sort(),
    });
    eveningId = created.body.id as string;
    const received = await waitForInvites(4);
    const byAddress = Object.fromEntries(received.map((e) => [e.to, e]));
    expect(Object.keys(byAddress).sort()).toEqual(
      ['mentee@example.org', 'mentor@example.org', 'nn@example.org', 'uk@example.org'].sort(),
    );
    expect(received).toHaveLength(4);
    // The language: nynorsk, English for Ukrainian (no template), bokmål for the mentor, English for the mentee.
    expect(byAddress['nn@example.org'].html).toContain('<html lang="nn">');
    expect(byAddress['nn@example.org'].text).toContain('Du er invitert til temakvelden «Ny i Noreg»');
    expect(byAddress['nn@example.org'].text).toContain('Tema: Skule og utdanning');
    expect(byAddress['uk@example.org'].html).toContain('<html lang="en">');
    expect(byAddress['uk@example.org'].subject).toMatch(/^Invitation: Skole og utdanning i Norge, /);
    expect(byAddress['mentor@example.org'].html).toContain('<html lang="nb">');
    expect(byAddress['mentor@example.org'].text).toContain('Hvor: Sortland bibliotek');
    expect(byAddress['mentor@example.org'].text).toContain('Sammen med: Karrieresenteret i Nordland, Sortland vgs');
    expect(byAddress['mentee@example.org'].html).toContain('<html lang="en">');

    // Every invitation carries a calendar that parses back to the evening.
    for (const email of received) {
      const calendar = parseIcs(email.calendar!);
      expect(calendar.name).toBe('VCALENDAR');
      expect(prop(calendar, 'VERSION')?.value).toBe('2.0');
      expect(prop(calendar, 'METHOD')?.value).toBe('REQUEST');
      const events = calendar.children.filter((c) => c.name === 'VEVENT');
      expect(events).toHaveLength(1);
      const [event] = events;
      expect(prop(event, 'UID')?.value).toBe(`theme-evening-${eveningId}@localhost`);
      expect(prop(event, 'SEQUENCE')?.value).toBe('0');
      expect(prop(event, 'SUMMARY')?.value).toBe('Skole og utdanning i Norge');
      expect(prop(event, 'LOCATION')?.value).toBe('Sortland bibliotek');
      expect(prop(event, 'DTSTART')?.params.TZID).toBe(ZONE);
      expect(icsInstant(prop(event, 'DTSTART')!)).toBe('2027-02-10T17:00:00Z');
      expect(icsInstant(prop(event, 'DTEND')!)).toBe('2027-02-10T19:30:00Z');
      expect(prop(event, 'ATTENDEE')?.value.toLowerCase()).toBe(`mailto:${email.to}`);
      expect(calendar.children.some((c) => c.name === 'VTIMEZONE' && prop(c, 'TZID')?.value === ZONE)).toBe(true);
    }
    // Nothing to anyone who is not to be invited.
    for (const nobody of [
      'refused@example.org',
      'andoy-newcomer@example.org',
      'andoy-mentor@example.org',
      'later@example.org',
    ]) {
      expect(smtp.received.filter((e) => e.to === nobody)).toEqual([]);
    }
  });

  it('are not sent again for a new title, and are sent again (same UID, higher SEQUENCE) for a new place or time', async () => {
    const renamed = await api(sortland.token).patch(`/events/${eveningId}`, {
      title: 'Skole, utdanning og karriere',
      theme: 'school_education',
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ title: 'Skole, utdanning og karriere', sequence: 0, invited: 4 });
    await new Promise((r) => setTimeout(r, 600));
    expect(invites()).toHaveLength(4);

    const moved = await api(sortland.token).patch(`/events/${eveningId}`, { location: 'Sortland kulturhus' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ location: 'Sortland kulturhus', sequence: 1, invited: 4 });
    const received = await waitForInvites(8);
    expect(received).toHaveLength(8);
    const second = received.slice(4);
    expect(second.map((e) => e.to).sort()).toEqual(
      ['mentee@example.org', 'mentor@example.org', 'nn@example.org', 'uk@example.org'].sort(),
    );
    for (const email of second) {
      const [event] = parseIcs(email.calendar!).children.filter((c) => c.name === 'VEVENT');
      expect(prop(event, 'UID')?.value).toBe(`theme-evening-${eveningId}@localhost`);
      expect(prop(event, 'SEQUENCE')?.value).toBe('1');
      expect(prop(event, 'LOCATION')?.value).toBe('Sortland kulturhus');
      expect(prop(event, 'SUMMARY')?.value).toBe('Skole, utdanning og karriere');
    }
    expect(second.find((e) => e.to === 'mentor@example.org')!.subject).toMatch(/^Nytt tidspunkt eller sted: /);

    // A new time: the third version, one more each.
    const later = await api(sortland.token).patch(`/events/${eveningId}`, {
      startsAt: '2027-02-11T18:00:00+01:00',
    });
    expect(later.status).toBe(200);
    expect(later.body).toMatchObject({
      sequence: 2,
      startsAt: '2027-02-11T18:00:00+01:00',
      endsAt: '2027-02-11T20:30:00+01:00',
    });
    const third = (await waitForInvites(12)).slice(8);
    expect(third).toHaveLength(4);
    for (const email of third) {
      const [event] = parseIcs(email.calendar!).children.filter((c) => c.name === 'VEVENT');
      expect(prop(event, 'SEQUENCE')?.value).toBe('2');
      expect(icsInstant(prop(event, 'DTSTART')!)).toBe('2027-02-11T17:00:00Z');
    }
    const rows = await t.db.query<{ period: string; n: number }[]>(
      `SELECT period_key AS period, count(*)::int AS n FROM outbox WHERE event_id = $1 GROUP BY 1 ORDER BY 1`,
      [eveningId],
    );
    expect(rows).toEqual([
      { period: 'v0', n: 4 },
      { period: 'v1', n: 4 },
      { period: 'v2', n: 4 },
    ]);
  });

  it('the daily sweep sends nothing twice, and invites a newcomer who consented since', async () => {
    const sweep = () =>
      t.http.post('/api/v1/admin/reminders/run').set(t.auth(admin.token)).send({ asOf: '2027-01-11T09:00:00+01:00' });
    expect((await sweep()).status).toBe(200);
    const late = await register(
      '1870',
      newcomerBody({
        email: 'late@example.org',
        preferredLanguage: 'nb',
        category: 'family',
        consent: { register: true, invitations: true, mentorProgramme: false, givenOn: '2027-01-10' },
      }),
    );
    const res = await sweep();
    expect(res.status).toBe(200);
    expect((await sweep()).status).toBe(200);
    const received = await waitForInvites(13);
    expect(received).toHaveLength(13);
    expect(received[12]).toMatchObject({ to: 'late@example.org' });
    expect(received[12].html).toContain('<html lang="nb">');
    const rows = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM outbox WHERE kind = 'event_invite' AND recipient_id = $1`,
      [late.id],
    );
    expect(rows).toEqual([{ n: 1 }]);
    expect(
      (await api(sortland.token).get('/municipalities/1870/events')).body.find(
        (e: { id: string }) => e.id === eveningId,
      ),
    ).toMatchObject({ invited: 5 });
  });

  it('an evening already held sends no invitation', async () => {
    const before = invites().length;
    const held = await api(sortland.token).post(
      '/municipalities/1870/events',
      eveningBody({
        theme: 'health_family',
        title: 'Helse og familieliv',
        startsAt: '2027-01-05T18:00:00+01:00',
        endsAt: '2027-01-05T20:00:00+01:00',
        partners: [{ organisation: 'Helsestasjonen', contact: 'Helsesykepleier' }],
      }),
    );
    expect(held.status).toBe(201);
    expect(held.body.invited).toBe(0);
    await new Promise((r) => setTimeout(r, 400));
    expect(invites()).toHaveLength(before);
  });
});

describe('attendance and reach', () => {
  it('records the municipality’s newcomers and participants, and reach counts newcomers by hand', async () => {
    const list = await api(sortland.token).get('/municipalities/1870/events');
    expect(list.status).toBe(200);
    // Latest first.
    expect(list.body.map((e: { title: string }) => e.title)).toEqual([
      'Skole, utdanning og karriere',
      'Helse og familieliv',
    ]);
    const [february, january] = list.body as { id: string }[];
    const { nn, refused, uk } = world.newcomers;
    const { mentor } = world.participants;

    // January (the 5th): the nynorsk refugee and the labour spouse who refused invitations came.
    const jan = await api(sortland.token).put(`/events/${january.id}/attendance`, {
      newcomerIds: [nn.id, refused.id],
      participantIds: [],
    });
    expect(jan.status).toBe(200);
    expect(jan.body).toMatchObject({ newcomerIds: [nn.id, refused.id].sort(), participantIds: [] });
    // February: the refugee again, the labour immigrant from the EEA, and the mentor.
    const feb = await api(sortland.token).put(`/events/${february.id}/attendance`, {
      newcomerIds: [nn.id, uk.id.toUpperCase()],
      participantIds: [mentor.id],
    });
    expect(feb.status).toBe(200);
    expect(feb.body).toMatchObject({ newcomerIds: [nn.id, uk.id].sort(), participantIds: [mentor.id] });

    /*
     * Sortland's register (all registered on 10 January): refugee nn; labour_eea uk (enrolled);
     * labour_spouse refused and noEmail; family late. Reach for all time: reached by an evening:
     * refugee 1 (nn, at two evenings: counted once), labour_eea 1, labour_spouse 1 (refused) → 3.
     */
    const reach = async (query: string) => {
      const res = await api(sortland.token).get(`/municipalities/1870/reach${query}`);
      expect(res.status).toBe(200);
      return res.body as {
        byCategory: { category: string; registered: number; reachedByEvening: number; inMentorProgramme: number }[];
        total: { registered: number; reachedByEvening: number; inMentorProgramme: number };
      };
    };
    const figures = (r: Awaited<ReturnType<typeof reach>>) =>
      Object.fromEntries(
        r.byCategory.map((c) => [c.category, [c.registered, c.reachedByEvening, c.inMentorProgramme]]),
      );
    const all = await reach('');
    expect(figures(all)).toEqual({
      refugee: [1, 1, 0],
      family: [1, 0, 0],
      labour_eea: [1, 1, 1],
      labour_non_eea: [0, 0, 0],
      labour_spouse: [2, 1, 0],
      other: [0, 0, 0],
    });
    expect(all.total).toMatchObject({ registered: 5, reachedByEvening: 3, inMentorProgramme: 1 });
    // January only: the evening of the 5th (nn and refused); February's does not count.
    const january2027 = await reach('?from=2027-01-01&to=2027-01-31');
    expect(january2027.total).toMatchObject({ registered: 5, reachedByEvening: 2 });
    expect(figures(january2027).labour_eea).toEqual([1, 0, 1]);
    // Registered in January, reached in a period that starts in February: the February evening only.
    const fromFebruary = await reach('?from=2027-02-01');
    expect(fromFebruary.total).toMatchObject({ registered: 0, reachedByEvening: 0 });

    const csv = await api(sortland.token).get('/municipalities/1870/reach.csv');
    expect(csv.status).toBe(200);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe(
      'municipalityCode,from,to,category,registered,reachedByEvening,inMentorProgramme,careerGuidanceDone',
    );
    expect(lines).toContain('1870,,,refugee,1,1,0,0');
    expect(lines.at(-1)).toBe('1870,,,total,5,3,1,0');

    // The lead's view across municipalities: Sortland as above, Andøy's one labour spouse, by name.
    const across = await api(admin.token).get('/reach');
    expect(across.status).toBe(200);
    expect(
      (across.body.municipalities as { municipalityCode: string; name: string; total: object }[]).map((m) => [
        m.municipalityCode,
        m.name,
        m.total,
      ]),
    ).toEqual([
      ['1871', 'Andøy', { registered: 1, reachedByEvening: 0, inMentorProgramme: 0, careerGuidanceDone: 0 }],
      ['1870', 'Sortland', all.total],
    ]);
    expect(across.body.municipalities[1].byCategory).toEqual(all.byCategory);
    expect(figures(across.body as typeof all).labour_spouse).toEqual([3, 1, 0]);
    expect(across.body.total).toEqual({
      registered: 6,
      reachedByEvening: 3,
      inMentorProgramme: 1,
      careerGuidanceDone: 0,
    });
    // One municipality, with a period: the same figures as its own page; one without newcomers, zeros.
    const sortlandJanuary = await api(admin.token).get('/reach?municipalityCode=1870&from=2027-01-01&to=2027-01-31');
    expect(sortlandJanuary.body).toMatchObject({ from: '2027-01-01', to: '2027-01-31', total: january2027.total });
    expect(sortlandJanuary.body.municipalities).toHaveLength(1);
    const bodo = await api(admin.token).get('/reach?municipalityCode=1804');
    expect(bodo.body.municipalities).toEqual([
      expect.objectContaining({
        municipalityCode: '1804',
        name: 'Bodø',
        total: expect.objectContaining({ registered: 0 }),
      }),
    ]);
    // Leads and admins only; bad filters name their field.
    expect((await api(sortland.token).get('/reach')).status).toBe(403);
    for (const [query, field] of [
      ['?from=2027-02-01&to=2027-01-01', 'to'],
      ['?municipalityCode=9999', 'municipalityCode'],
      ['?municipalityCode=Sortland', 'municipalityCode'],
      ['?from=2027-02-30', 'from'],
    ]) {
      const bad = await api(admin.token).get(`/reach${query}`);
      expect({
        query,
        status: bad.status,
        fields: (bad.body.errors as { field: string }[]).map((e) => e.field),
      }).toEqual({ query, status: 400, fields: [field] });
    }

    // Replacing the list: nobody came after all.
    const cleared = await api(sortland.token).put(`/events/${january.id}/attendance`, {
      newcomerIds: [],
      participantIds: [],
    });
    expect(cleared.status).toBe(200);
    expect((await reach('?to=2027-01-31')).total.reachedByEvening).toBe(0);
  });

  it('refuses people of another municipality, naming the field, and changes nothing', async () => {
    const [evening] = (await api(sortland.token).get('/municipalities/1870/events')).body as { id: string }[];
    const before = await snapshot(t.db);
    const stranger = await api(sortland.token).put(`/events/${evening.id}/attendance`, {
      newcomerIds: [world.newcomers.andoy.id],
      participantIds: [world.participants.andoy.id],
    });
    expect(stranger.status).toBe(400);
    expect(stranger.body.errors).toEqual([
      expect.objectContaining({
        field: 'newcomerIds',
        code: 'unknown_attendee',
        params: { id: world.newcomers.andoy.id },
      }),
      expect.objectContaining({
        field: 'participantIds',
        code: 'unknown_attendee',
        params: { id: world.participants.andoy.id },
      }),
    ]);
    expect(await snapshot(t.db)).toBe(before);
  });
});

describe('scoping', () => {
  it('a coordinator of another municipality gets 404 everywhere and changes nothing', async () => {
    const [evening] = (await api(sortland.token).get('/municipalities/1870/events')).body as { id: string }[];
    const before = await snapshot(t.db);
    const sent = smtp.received.length;
    const other = api(bodo.token);
    const responses = [
      await other.get('/municipalities/1870/events'),
      await other.post('/municipalities/1870/events', eveningBody()),
      await other.patch(`/events/${evening.id}`, { location: 'Bodø' }),
      await other.put(`/events/${evening.id}/attendance`, { newcomerIds: [], participantIds: [] }),
    ];
    expect(responses.map((r) => r.status)).toEqual([404, 404, 404, 404]);
    expect(responses[0].body).toMatchObject({ errors: [{ code: 'not_found', params: { resource: 'municipality' } }] });
    expect(responses[2].body).toMatchObject({ errors: [{ code: 'not_found', params: { resource: 'theme evening' } }] });
    expect(await snapshot(t.db)).toBe(before);
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.received.length).toBe(sent);
    // Their own municipality is theirs: an empty list.
    expect((await other.get('/municipalities/1804/events')).body).toEqual([]);
    expect((await api(admin.token).get('/municipalities/9999/events')).status).toBe(404);
    expect((await t.http.get('/api/v1/municipalities/1870/events')).status).toBe(401);
  });
});

describe('bad input', () => {
  const cases: { title: string; body: Record<string, unknown>; field: string }[] = [
    { title: 'no theme', body: eveningBody({ theme: undefined }), field: 'theme' },
    { title: 'an unknown theme', body: eveningBody({ theme: 'cooking' }), field: 'theme' },
    { title: 'an empty title', body: eveningBody({ title: '  ' }), field: 'title' },
    { title: 'a time without its offset', body: eveningBody({ startsAt: '2027-02-10T18:00:00' }), field: 'startsAt' },
    { title: 'no end', body: eveningBody({ endsAt: undefined }), field: 'endsAt' },
    {
      title: 'an end before the start',
      body: eveningBody({ endsAt: '2027-02-10T17:00:00+01:00' }),
      field: 'endsAt',
    },
    {
      title: 'an evening longer than a day',
      body: eveningBody({ endsAt: '2027-02-12T17:00:00+01:00' }),
      field: 'endsAt',
    },
    { title: 'no location', body: eveningBody({ location: undefined }), field: 'location' },
    { title: 'partners not a list', body: eveningBody({ partners: 'Røde Kors' }), field: 'partners' },
    {
      title: 'a partner without organisation',
      body: eveningBody({ partners: [{ contact: 'Ola' }] }),
      field: 'partners',
    },
  ];
  it.each(cases)('creating with $title is a 400 naming $field and changes nothing', async ({ body, field }) => {
    const before = await snapshot(t.db);
    const res = await api(sortland.token).post('/municipalities/1870/events', body);
    expect(res.status).toBe(400);
    expect((res.body.errors as { field: string }[]).map((e) => e.field.split(/[.[]/)[0])).toContain(field);
    expect(await snapshot(t.db)).toBe(before);
  });

  it('changing or recording with bad values is a 400 naming the field and changes nothing', async () => {
    const [evening] = (await api(sortland.token).get('/municipalities/1870/events')).body as { id: string }[];
    const before = await snapshot(t.db);
    const checks: [Promise<{ status: number; body: { errors: { field: string }[] } }>, string][] = [
      [api(sortland.token).patch(`/events/${evening.id}`, { title: null }), 'title'],
      [api(sortland.token).patch(`/events/${evening.id}`, { location: '' }), 'location'],
      [api(sortland.token).patch(`/events/${evening.id}`, { endsAt: '2027-02-01T10:00:00+01:00' }), 'endsAt'],
      [
        api(sortland.token).put(`/events/${evening.id}/attendance`, { newcomerIds: ['x'], participantIds: [] }),
        'newcomerIds',
      ],
      [api(sortland.token).put(`/events/${evening.id}/attendance`, { newcomerIds: [] }), 'participantIds'],
    ];
    for (const [request, field] of checks) {
      const res = await request;
      expect({ field, status: res.status }).toEqual({ field, status: 400 });
      expect(res.body.errors.map((e) => e.field.split(/[.[]/)[0])).toContain(field);
    }
    expect((await api(sortland.token).patch('/events/not-a-uuid', { title: 'x' })).status).toBe(400);
    expect(await snapshot(t.db)).toBe(before);
  });
});
