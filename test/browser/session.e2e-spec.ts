import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../support/app.js';
import { auditInEveryLanguage, startConsoleApp, type ConsoleApp } from '../support/browser.js';
import type { Page } from 'playwright-core';

/**
 * A person's session in the console: it survives a reload, ends on logout and after the idle
 * time, and a rotated session cookie presented again ends it (someone else holds a copy).
 */
let c: ConsoleApp;
const violations: string[] = [];

beforeAll(async () => {
  c = await startConsoleApp({ SESSION_IDLE_MINUTES: '60', SESSION_MAX_HOURS: '12' });
}, 60_000);
afterAll(async () => {
  await c?.close();
});

async function logIn(page: Page, path = '/programmes'): Promise<void> {
  await page.goto(path);
  await page.getByLabel('E-post').fill(ADMIN_EMAIL);
  await page.getByLabel('Passord').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Logg inn' }).click();
}

async function sessionCookie(page: Page): Promise<string> {
  const cookies = await page.context().cookies();
  const cookie = cookies.find((k) => k.name === 'mentornett_session');
  if (!cookie) throw new Error('no session cookie');
  return cookie.value;
}

it('a session survives a reload, ends on logout, and the login page brings the person back where they were', async () => {
  const page = await c.newPage();
  await page.goto('/account');
  await page.getByRole('heading', { level: 1, name: 'Logg inn' }).waitFor();
  violations.push(...(await auditInEveryLanguage(page, 'login')));
  expect(new URL(page.url()).searchParams.get('returnTo')).toBe('/account');
  await page.getByLabel('E-post').fill(ADMIN_EMAIL);
  await page.getByLabel('Passord').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.waitForURL('**/account');

  const cookie = (await page.context().cookies()).find((k) => k.name === 'mentornett_session');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/v1/auth' });

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Min konto' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/account');
  violations.push(...(await auditInEveryLanguage(page, 'account')));
  await page.goto('/accessibility');
  await page.getByRole('heading', { level: 1, name: 'Tilgjengelighetserklæring' }).waitFor();
  violations.push(...(await auditInEveryLanguage(page, 'accessibility')));
  await page.goto('/account');
  await page.getByRole('heading', { level: 1, name: 'Min konto' }).waitFor();

  await page.getByRole('button', { name: 'Logg ut' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Logg inn' }).waitFor();
  await page.goto('/programmes');
  await page.getByRole('heading', { level: 1, name: 'Logg inn' }).waitFor();
  expect((await page.context().cookies()).find((k) => k.name === 'mentornett_session')).toBeUndefined();

  // A language chosen on the login page is the person's choice: logging in keeps it, though their
  // own preferredLanguage (bokmål) is the default otherwise.
  await page.getByLabel('Språk', { exact: true }).selectOption('en');
  await page.getByLabel('Email', { exact: true }).fill(ADMIN_EMAIL);
  await page.getByLabel('Password', { exact: true }).fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Programmes' }).waitFor();
  await page.context().close();
}, 90_000);

it('a session ends after the idle time: the next page load goes to the login page, which brings the person back', async () => {
  const page = await c.newPage();
  c.setNow('2027-03-01T08:00:00Z');
  await logIn(page, '/programmes');
  await page.getByRole('heading', { level: 1, name: 'Programmer' }).waitFor();
  c.setNow('2027-03-01T08:59:00Z');
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Programmer' }).waitFor();
  c.setNow('2027-03-01T10:00:00Z'); // 61 minutes after the last refresh
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Logg inn' }).waitFor();
  expect(new URL(page.url()).searchParams.get('returnTo')).toBe('/programmes');
  await page.context().close();
}, 90_000);

it('a session cookie presented again after it was rotated ends the whole session', async () => {
  const page = await c.newPage();
  c.setNow('2027-03-02T08:00:00Z');
  await logIn(page);
  await page.getByRole('heading', { level: 1, name: 'Programmer' }).waitFor();
  const stolen = await sessionCookie(page);
  await page.reload(); // the console refreshes on load: the cookie rotates
  await page.getByRole('heading', { level: 1, name: 'Programmer' }).waitFor();
  const current = await sessionCookie(page);
  expect(current).not.toBe(stolen);

  const replay = await fetch(`${c.baseUrl}/api/v1/auth/refresh`, {
    method: 'POST',
    headers: { Cookie: `mentornett_session=${stolen}` },
  });
  expect(replay.status).toBe(401);

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Logg inn' }).waitFor();
  await page.context().close();
}, 90_000);

it('no page of these journeys has a serious or critical accessibility violation, and none broke the CSP', () => {
  expect(violations).toEqual([]);
  expect(c.problems).toEqual([]);
});
