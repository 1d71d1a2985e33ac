import {
  focusedName,
  logInByKeyboard,
  screenshot,
  startConsoleApp,
  tabTo,
  type ConsoleApp,
} from '../support/browser.js';
import { menteeBody, mentorBody, programmeBody } from '../support/factories.js';

/**
 * Keyboard only: a coordinator logs in and approves a proposal with Tab, Enter and Space alone
 * (typing into the fields is typing). Nothing is clicked.
 */
let c: ConsoleApp;
let programmeId: string;
let coordinatorEmail: string;

beforeAll(async () => {
  c = await startConsoleApp();
  const admin = await c.user('admin');
  coordinatorEmail = (await c.user('coordinator', ['1870'])).email;
  const programme = await c.http.post('/api/v1/programmes').set(c.auth(admin.token)).send(programmeBody()).expect(201);
  programmeId = programme.body.id;
  for (const body of [mentorBody({ name: 'Kari Nordmann' }), menteeBody({ name: 'Amina Yusuf' })]) {
    await c.http.post(`/api/v1/programmes/${programmeId}/participants`).set(c.auth(admin.token)).send(body).expect(201);
  }
  await c.http.post(`/api/v1/programmes/${programmeId}/proposals`).set(c.auth(admin.token)).expect(200);
}, 60_000);

afterAll(async () => {
  await c?.close();
});

it('a coordinator logs in and approves a proposal with the keyboard alone', async () => {
  const page = await c.newPage();
  await page.goto(`/programmes/${programmeId}/matching`);
  await page.getByRole('heading', { level: 1, name: 'Logg inn' }).waitFor();

  await page.keyboard.press('Tab');
  expect(await focusedName(page)).toBe('Hopp til hovedinnhold');
  await logInByKeyboard(page, coordinatorEmail);

  await page.getByRole('heading', { level: 1, name: 'Matching' }).waitFor();
  await tabTo(page, /^Godkjenn Kari Nordmann og Amina Yusuf$/, 150);
  await screenshot(page, 'keyboard-approve-focused');
  await page.keyboard.press('Space');
  await page.getByText('Godkjent: Kari Nordmann og Amina Yusuf.').waitFor();

  const [pair] = await c.db.query<{ status: string }[]>('SELECT status FROM matches WHERE programme_id = $1', [
    programmeId,
  ]);
  expect(pair.status).toBe('approved');
  expect(c.problems).toEqual([]);
}, 120_000);
