import { generate } from 'otplib';
import { ADMIN_EMAIL, ADMIN_PASSWORD, USER_PASSWORD } from '../support/app.js';
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

it('a second factor: set up on the account page, then a login asks for the code after the password', async () => {
  const lead = await c.user('lead');
  const start = new Date('2027-03-03T08:00:10Z');
  c.setNow(start);
  const codeAt = (secret: string, seconds: number) =>
    generate({ secret, epoch: Math.floor(start.getTime() / 1000) + seconds });
  const page = await c.newPage();
  await page.goto('/account');
  await page.getByLabel('E-post').fill(lead.email);
  await page.getByLabel('Passord').fill(USER_PASSWORD);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.getByRole('heading', { level: 1, name: 'Min konto' }).waitFor();

  await page.getByRole('button', { name: 'Slå på totrinnsinnlogging' }).click();
  await page.getByRole('img', { name: 'QR-kode som legger Mentornett til i autentiseringsappen' }).waitFor();
  // The key as text too, for those who cannot scan; focus is on the code field.
  const secret = (await page.locator('.mfa-secret').innerText()).replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{32,}$/);
  const field = page.getByLabel('Kode fra appen');
  expect(await field.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
  expect(await field.getAttribute('autocomplete')).toBe('one-time-code');
  violations.push(...(await auditInEveryLanguage(page, 'account-mfa-enrol')));
  await field.fill(await codeAt(secret, 0));
  await page.getByRole('button', { name: 'Bekreft og slå på' }).click();
  const codesHeading = page.getByRole('heading', { level: 3, name: 'Gjenopprettingskoder' });
  await codesHeading.waitFor();
  expect(await codesHeading.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
  const recoveryCodes = await page
    .getByRole('list', { name: 'Gjenopprettingskoder' })
    .getByRole('listitem')
    .allInnerTexts();
  expect(recoveryCodes).toHaveLength(10);
  violations.push(...(await auditInEveryLanguage(page, 'account-mfa-codes')));
  await page.getByRole('button', { name: 'Jeg har tatt vare på kodene' }).click();
  await page.getByRole('status').filter({ hasText: 'Totrinnsinnlogging er slått på.' }).waitFor();
  await page.getByText('Du har 10 ubrukte gjenopprettingskoder.').waitFor();
  violations.push(...(await auditInEveryLanguage(page, 'account-mfa-on')));

  await page.getByRole('button', { name: 'Logg ut' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Logg inn' }).waitFor();
  await page.getByLabel('E-post').fill(lead.email);
  await page.getByLabel('Passord').fill(USER_PASSWORD);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  const codeHeading = page.getByRole('heading', { level: 2, name: 'Kode fra autentiseringsappen' });
  await codeHeading.waitFor();
  expect(await codeHeading.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
  // The password alone opened no session.
  expect((await page.context().cookies()).find((k) => k.name === 'mentornett_session')).toBeUndefined();
  const oneTime = page.getByLabel('Engangskode');
  expect(await oneTime.getAttribute('autocomplete')).toBe('one-time-code');
  expect(await oneTime.getAttribute('inputmode')).toBe('numeric');
  violations.push(...(await auditInEveryLanguage(page, 'login-mfa-code')));

  c.setNow(new Date(start.getTime() + 30_000));
  const right = await codeAt(secret, 30);
  await oneTime.fill(right === '000000' ? '111111' : '000000');
  await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
  await page.getByText('Koden stemmer ikke. Sjekk appen og prøv igjen.').waitFor();
  violations.push(...(await auditInEveryLanguage(page, 'login-mfa-wrong-code')));

  await page.getByRole('button', { name: 'Bruk en gjenopprettingskode i stedet' }).click();
  await page.getByRole('heading', { level: 2, name: 'Gjenopprettingskode' }).waitFor();
  await page.getByLabel('Gjenopprettingskode').waitFor();
  violations.push(...(await auditInEveryLanguage(page, 'login-mfa-recovery')));
  await page.getByRole('button', { name: 'Bruk koden fra appen i stedet' }).click();

  // By keyboard: from the step's heading, Tab to the code, type it, Enter.
  await codeHeading.waitFor();
  await page.keyboard.press('Tab');
  await page.keyboard.type(right);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Min konto' }).waitFor();
  expect((await page.context().cookies()).find((k) => k.name === 'mentornett_session')).toBeDefined();
  await page.context().close();
}, 180_000);

it('no page of these journeys has a serious or critical accessibility violation, and none broke the CSP', () => {
  expect(violations).toEqual([]);
  expect(c.problems).toEqual([]);
});
