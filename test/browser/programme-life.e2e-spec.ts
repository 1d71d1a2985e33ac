import { readFile } from 'node:fs/promises';
import type { Page, Response } from 'playwright-core';
import { approvedPair } from '../support/api.js';
import {
  auditInEveryLanguage,
  focusedName,
  logIn,
  screenshot,
  seriousViolations,
  startConsoleApp,
  tabTo,
  type ConsoleApp,
} from '../support/browser.js';
import { menteeBody, mentorBody } from '../support/factories.js';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.js';

/**
 * The programme's life in a real browser against the real service: a coordinator pauses a pair
 * for a month on its page and sees the month stop counting, is refused an overlapping pause in
 * their language, and removes the pause by keyboard; the pair's mentor and mentee answer the
 * midway survey from the link in their email (bokmål and English, the form working without
 * JavaScript), a tampered link is refused; and the lead reads the answers on the stats page and
 * downloads the funder report as CSV and PDF. Every page is checked by axe.
 */
let c: ConsoleApp;
let smtp: TestSmtpServer;
let programmeId: string;
let matchId: string;
let coordinatorEmail: string;
let leadEmail: string;
let adminToken: string;
const violations: string[] = [];

/** The first day of the month `monthsAgo` months before this one, and that month as YYYY-MM. */
function monthStart(monthsAgo: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 1)).toISOString().slice(0, 10);
}
const START = monthStart(3);
const END = monthStart(-4);
/** Last month, paused whole: its last day. */
const PAUSED = monthStart(1).slice(0, 7);
const PAUSED_LAST = new Date(Date.UTC(Number(PAUSED.slice(0, 4)), Number(PAUSED.slice(5, 7)), 0))
  .toISOString()
  .slice(0, 10);

beforeAll(async () => {
  smtp = await startSmtpServer();
  c = await startConsoleApp({ SMTP_URL: smtp.url });
  const admin = await c.user('admin');
  adminToken = admin.token;
  coordinatorEmail = (await c.user('coordinator', ['1870'])).email;
  leadEmail = (await c.user('lead')).email;
  // No month exempt, so last month requires meetings whatever month the test runs in.
  const programme = await c.http
    .post('/api/v1/programmes')
    .set(c.auth(admin.token))
    .send({
      name: 'Mentorprogram Sortland',
      startDate: START,
      endDate: END,
      municipalityCodes: ['1870'],
      rules: { exemptMonths: [] },
    })
    .expect(201);
  programmeId = programme.body.id;
  const add = async (body: Record<string, unknown>) =>
    (
      await c.http
        .post(`/api/v1/programmes/${programmeId}/participants`)
        .set(c.auth(admin.token))
        .send(body)
        .expect(201)
    ).body.id as string;
  const mentorId = await add(
    mentorBody({ name: 'Kari Nordmann', email: 'kari@example.org', municipalityCode: '1870', preferredLanguage: 'nb' }),
  );
  const menteeId = await add(
    menteeBody({ name: 'Amina Yusuf', email: 'amina@example.org', municipalityCode: '1870', preferredLanguage: 'en' }),
  );
  matchId = (await approvedPair(c, admin.token, programmeId, { mentorId, menteeId, startsOn: START })).id;
}, 60_000);

afterAll(async () => {
  await c?.close();
  await smtp?.close();
});

async function audit(page: Page, name: string): Promise<void> {
  violations.push(...(await auditInEveryLanguage(page, `life-${name}`)));
}

/** A page outside the console (no language menu): axe-core's serious and critical violations, and a screenshot. */
async function auditPublic(page: Page, name: string): Promise<void> {
  violations.push(...(await seriousViolations(page)).map((v) => `life-${name}: ${v}`));
  await screenshot(page, `life-${name}`);
}

it('a coordinator pauses a pair for a month, is refused an overlapping pause, and removes it by keyboard', async () => {
  const page = await c.newPage();
  await logIn(page, coordinatorEmail, `/pairs/${matchId}`);
  await page.getByRole('heading', { level: 1, name: /Amina Yusuf/ }).waitFor();
  await page.getByText('Paret har ingen pauser.').waitFor();
  const months = page.getByRole('table', { name: /Hver måned/ });
  const paused = months.getByRole('row').filter({ hasText: monthName(PAUSED) });
  // Last month: two meetings required, none held.
  await paused.filter({ hasText: 'ikke oppfylt' }).waitFor();
  expect(await cells(paused)).toEqual(['0', '2', '0', '0', '0']);

  // The whole of last month, by the form: typed dates, the reason chosen, sent with Enter.
  const section = page.getByRole('region', { name: 'Pauser' });
  await section.getByLabel('Fra og med', { exact: true }).fill(`${PAUSED}-01`);
  await section.getByLabel('Til og med', { exact: true }).fill(PAUSED_LAST);
  await section.getByLabel('Grunn', { exact: true }).selectOption('travel');
  await section.getByLabel('Merknad (valgfri)', { exact: true }).fill('Besøker familien');
  await section.getByLabel('Merknad (valgfri)', { exact: true }).press('Enter');
  await page.getByText(/^Pausen .+ er lagt til\.$/).waitFor();
  const list = page.getByRole('table', { name: 'Parets pauser' });
  expect(await list.getByRole('row').nth(1).innerText()).toMatch(/Reise[\s\S]*Besøker familien/);
  // The month now requires nothing: every day of it paused.
  await paused.filter({ hasText: 'ikke påkrevd' }).waitFor();
  const days = Number(PAUSED_LAST.slice(8));
  expect(await cells(paused)).toEqual(['0', '0', '0', '0', String(days)]);
  await audit(page, 'pair-paused');

  // A second pause over the first's last days: refused beside the date, in bokmål, then in English.
  const from = section.getByLabel('Fra og med', { exact: true });
  await from.fill(`${PAUSED}-20`);
  await section.getByLabel('Til og med', { exact: true }).fill(PAUSED_LAST);
  await section.getByRole('button', { name: 'Legg til pausen' }).press('Enter');
  await page.getByText(/^Paret har allerede pause fra .+ til .+\.$/).waitFor();
  expect(await from.getAttribute('aria-invalid')).toBe('true');
  await page.getByLabel(/^(Språk|Language)$/).selectOption('en');
  await page.locator('html[lang="en"]').waitFor();
  await page.getByRole('button', { name: 'Add the pause' }).press('Enter');
  await page.getByText(/^The pair is already paused from .+ to .+\.$/).waitFor();
  await auditPublic(page, 'pair-pause-refused-en');
  await page.getByLabel('Language').selectOption('nb');
  await page.locator('html[lang="nb"]').waitFor();
  const [{ n }] = await c.db.query<{ n: number }[]>('SELECT count(*)::int AS n FROM match_pauses WHERE match_id = $1', [
    matchId,
  ]);
  expect(n).toBe(1);

  // Removed with the keyboard alone: to the row's button, Enter, and the dialog's confirm.
  await page.getByRole('heading', { level: 2, name: 'Pauser' }).focus();
  await tabTo(page, /^Fjern\s+Fjern pausen/, 40);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('heading', { name: 'Fjerne pausen?' }).waitFor();
  await auditPublic(page, 'pair-pause-remove-dialog');
  await tabTo(page, /^Fjern$/, 10);
  await page.keyboard.press('Enter');
  await page.getByText('Pausen er fjernet.').waitFor();
  await page.getByText('Paret har ingen pauser.').waitFor();
  // Focus is not lost with the removed row: it is on the section's heading.
  await until(async () => (await focusedName(page)) === 'Pauser');
  // The refusal went with the pause it named.
  expect(await from.getAttribute('aria-invalid')).toBeNull();
  expect(await page.getByText(/Paret har allerede pause/).count()).toBe(0);
  await paused.filter({ hasText: 'ikke oppfylt' }).waitFor();
  expect(await cells(paused)).toEqual(['0', '2', '0', '0', '0']);
  await screenshot(page, 'life-pair-pause-removed');
  await page.context().close();
}, 240_000);

it('the mentor and the mentee answer the midway survey from their email, without JavaScript; a tampered link is refused', async () => {
  // The midway gathering is today: the sweep sends the survey to the pair's two.
  const gatherings = await c.http.get(`/api/v1/programmes/${programmeId}/gatherings`).set(c.auth(adminToken));
  const midway = (gatherings.body as { id: string; kind: string }[]).find((g) => g.kind === 'midway')!;
  const startsAt = new Date(Date.now() - 60_000);
  await c.http
    .patch(`/api/v1/gatherings/${midway.id}`)
    .set(c.auth(adminToken))
    .send({ startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3 * 3_600_000).toISOString() })
    .expect(200);
  await c.http
    .post('/api/v1/admin/reminders/run')
    .set(c.auth(adminToken))
    .send({ asOf: new Date().toISOString() })
    .expect(200);
  const linkTo = async (to: string): Promise<string> => {
    for (let i = 0; i < 200; i++) {
      const email = smtp.received.find((e) => e.to === to && e.kind === 'midway_survey');
      if (email) return new URL(/http\S+\/api\/v1\/survey\/[\w.-]+/.exec(email.text)![0]).pathname;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`no survey email to ${to}`);
  };
  const menteeLink = await linkTo('amina@example.org');
  const mentorLink = await linkTo('kari@example.org');

  // The mentee, in English (her language), with JavaScript off: the form is plain HTML.
  const noScript = await c.browser.newContext({ baseURL: c.baseUrl, javaScriptEnabled: false, locale: 'en-GB' });
  const plain = await noScript.newPage();
  await plain.goto(menteeLink);
  await plain.getByRole('heading', { level: 1, name: 'Halfway through the mentor programme' }).waitFor();
  await plain.getByRole('group', { name: 'How far have you come toward your own goals?' }).getByLabel('2').check();
  await plain.getByRole('group', { name: 'How useful were the meetings?' }).getByLabel('4').check();
  await plain.getByLabel('I work part time').check();
  await plain.getByRole('group', { name: 'How well do you know Norwegian now?' }).getByLabel('B1').check();
  await plain.getByLabel('Partly').check();
  await plain.getByRole('button', { name: 'Send the answers' }).click();
  await plain.getByRole('heading', { level: 1, name: 'Thank you for your answers' }).waitFor();
  await plain.getByText('Your answers are saved.').waitFor();
  await noScript.close();

  // Again with a browser that runs axe: the form shows her answers; a new answer replaces them.
  const page = await c.newPage();
  await page.goto(menteeLink);
  await page.getByText('You have answered before.', { exact: false }).waitFor();
  expect(await page.getByLabel('I work part time').isChecked()).toBe(true);
  await auditPublic(page, 'survey-form-en');
  await page.getByRole('group', { name: 'How far have you come toward your own goals?' }).getByLabel('4').check();
  await page.getByRole('button', { name: 'Send the answers' }).click();
  await page.getByText('Your new answers have replaced the old ones.').waitFor();
  await auditPublic(page, 'survey-thanks-en');

  // The mentor, in bokmål: no questions on work or Norwegian for a mentor.
  await page.goto(mentorLink);
  await page.getByRole('heading', { level: 1 }).waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('nb');
  expect(await page.locator('input[name="employmentStatus"]').count()).toBe(0);
  await auditPublic(page, 'survey-form-nb');
  await page.getByRole('group', { name: 'Hvor langt har du kommet mot dine egne mål?' }).getByLabel('5').check();
  await page.getByRole('group', { name: 'Hvor nyttige var møtene?' }).getByLabel('3').check();
  await page.getByRole('button', { name: /^Send/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Takk for svarene' }).waitFor();
  await page.getByText('Svarene er lagret.').waitFor();
  await auditPublic(page, 'survey-thanks-nb');

  // One character of the link changed: refused, and nothing is stored.
  const token = mentorLink.split('/').pop()!;
  const flipped = token.slice(0, 5) + (token[5] === 'A' ? 'B' : 'A') + token.slice(6);
  const refused = await page.goto(`/api/v1/survey/${flipped}`);
  expect(refused?.status()).toBe(404);
  await page.getByRole('heading', { level: 1, name: 'Lenken virker ikke' }).waitFor();
  await auditPublic(page, 'survey-refused-nb');
  const stored = await c.db.query<{ role: string; progress: number; usefulness: number }[]>(
    `SELECT p.role::text AS role, a.progress, a.usefulness FROM survey_answers a
       JOIN participants p ON p.id = a.participant_id ORDER BY p.role::text`,
  );
  expect(stored).toEqual([
    { role: 'mentee', progress: 4, usefulness: 4 },
    { role: 'mentor', progress: 5, usefulness: 3 },
  ]);
  await page.context().close();
}, 240_000);

it('the lead reads the survey answers on the stats page and downloads the funder report as CSV and PDF', async () => {
  const page = await c.newPage();
  await logIn(page, leadEmail, `/programmes/${programmeId}/stats`);
  const midway = page.getByRole('table', { name: 'Ved midtveissamlingen' });
  await midway.waitFor();
  await page.getByText('Sendt til 2, besvart av 2.').waitFor();
  const row = (question: string) => midway.getByRole('row').filter({ hasText: question }).innerText();
  // Progress (4 + 5) / 2, usefulness (4 + 3) / 2; the mentee's own questions, hers alone.
  expect(await row('Framgang mot egne mål')).toMatch(/2\s+4,50 av 5 i snitt/);
  expect(await row('Hvor nyttige møtene var')).toMatch(/2\s+3,50 av 5 i snitt/);
  expect(await row('Arbeid eller utdanning nå')).toMatch(/1\s+.*: 1/);
  await audit(page, 'stats');

  // The report's two downloads: each answered 200 with its type, in the console's language.
  const answer = (path: string): Promise<Response> =>
    page.waitForResponse((r) => new URL(r.url()).pathname === `/api/v1/programmes/${programmeId}/${path}`);
  const [csvResponse, csvDownload] = await Promise.all([
    answer('report.csv'),
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Last ned rapporten som CSV' }).click(),
  ]);
  expect(csvResponse.status()).toBe(200);
  expect(csvResponse.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(csvDownload.suggestedFilename()).toMatch(/^mentornett-rapport-.+\.csv$/);
  expect(await readFile(await csvDownload.path(), 'utf8')).toMatch(/^\uFEFF/);
  await page.getByLabel(/^(Språk|Language)$/).selectOption('en');
  await page.locator('html[lang="en"]').waitFor();
  const [pdfResponse, pdfDownload] = await Promise.all([
    answer('report.pdf'),
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the report as PDF' }).click(),
  ]);
  expect(pdfResponse.status()).toBe(200);
  expect(pdfResponse.headers()['content-type']).toBe('application/pdf');
  expect(new URL(pdfResponse.url()).searchParams.get('lang')).toBe('en');
  expect(pdfDownload.suggestedFilename()).toMatch(/\.pdf$/);
  expect((await readFile(await pdfDownload.path())).subarray(0, 5).toString()).toBe('%PDF-');
  await page.context().close();
}, 240_000);

async function until(condition: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The numbers of a month's row: counted, required, all meetings, minutes, paused days. */
async function cells(row: ReturnType<Page['getByRole']>): Promise<string[]> {
  return (await row.getByRole('cell').allInnerTexts()).slice(0, 5).map((s) => s.trim().replace(/\s/g, ''));
}

/** «november 2026», as the console writes a month in bokmål. */
function monthName(yyyyMm: string): string {
  return new Intl.DateTimeFormat('nb-NO', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${yyyyMm}-15T12:00:00Z`),
  );
}

it('no page of the journeys has a serious or critical accessibility violation in any language, and none broke the CSP', () => {
  expect(violations).toEqual([]);
  expect(c.problems).toEqual([]);
});
