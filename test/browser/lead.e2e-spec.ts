import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { auditInEveryLanguage, logIn, startConsoleApp, type ConsoleApp } from '../support/browser.js';
import { menteeBody, mentorBody, newcomerBody } from '../support/factories.js';

/**
 * A programme lead creates a programme, moves its kickoff, records who came, reads the stats
 * (charts with their tables) and downloads them as CSV for Excel, and reads beside the programmes
 * the newcomers the municipalities reach.
 */
let c: ConsoleApp;
let leadEmail: string;
let adminToken: string;
const violations: string[] = [];

/** The first day of the month `monthsAgo` months before this one. */
function monthStart(monthsAgo: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 1)).toISOString().slice(0, 10);
}
const START = monthStart(2);
const KICKOFF_DAY = START.slice(0, 8) + '03';

beforeAll(async () => {
  c = await startConsoleApp();
  leadEmail = (await c.user('lead')).email;
  adminToken = (await c.user('admin')).token;
}, 60_000);

afterAll(async () => {
  await c?.close();
});

async function audit(page: Page, name: string): Promise<void> {
  violations.push(...(await auditInEveryLanguage(page, `lead-${name}`)));
}

it('a lead creates a programme, moves a gathering, records attendance, reads the stats and downloads the CSV', async () => {
  const page = await c.newPage();
  await logIn(page, leadEmail, '/programmes/new');
  await page.getByRole('button', { name: 'Opprett programmet' }).waitFor();
  await audit(page, 'programme-new');

  await page.getByLabel('Navn på programmet').fill('Mentorprogram Sortland og Andøy');
  await page.getByLabel('Startdato').fill(START);
  await page.getByRole('checkbox', { name: 'Sortland' }).check();
  await page.getByRole('checkbox', { name: 'Andøy' }).check();
  await page.getByRole('button', { name: 'Opprett programmet' }).click();
  await page.waitForURL(/\/programmes\/[0-9a-f-]{36}$/);
  const programmeId = new URL(page.url()).pathname.split('/')[2];
  await page.getByRole('heading', { level: 1, name: 'Mentorprogram Sortland og Andøy' }).waitFor();

  // Two people join (as a coordinator would register them), so there is attendance to record.
  const people = [
    mentorBody({ name: 'Kari Nordmann', municipalityCode: '1870' }),
    menteeBody({ name: 'Amina Yusuf', municipalityCode: '1870' }),
    menteeBody({ name: 'Tomasz Nowak', municipalityCode: '1871', category: 'labour_eea' }),
  ];
  for (const body of people) {
    await c.http.post(`/api/v1/programmes/${programmeId}/participants`).set(c.auth(adminToken)).send(body).expect(201);
  }
  await page.reload();

  // The kickoff moves to the 3rd at 18:00, in the town hall.
  const kickoff = page.getByRole('region', { name: /Kickoff/ });
  await kickoff.getByRole('button', { name: /^Endre/ }).click();
  await kickoff.getByLabel('Dato', { exact: true }).fill(KICKOFF_DAY);
  await kickoff.getByLabel('Starter kl.').fill('18:00');
  await kickoff.getByLabel('Slutter kl.').fill('20:30');
  await kickoff.getByLabel('Sted').fill('Sortland rådhus');
  await kickoff.getByRole('button', { name: 'Lagre samlingen' }).click();
  await kickoff.getByText('Sortland rådhus').first().waitFor();
  const [moved] = await c.db.query<{ starts: string; location: string }[]>(
    `SELECT to_char(starts_at AT TIME ZONE 'Europe/Oslo', 'YYYY-MM-DD HH24:MI') AS starts, location
       FROM gatherings WHERE programme_id = $1 AND kind = 'kickoff'`,
    [programmeId],
  );
  expect(moved).toEqual({ starts: `${KICKOFF_DAY} 18:00`, location: 'Sortland rådhus' });

  // Two of the three came.
  await kickoff
    .getByText(/^Oppmøte/)
    .first()
    .click();
  await kickoff.getByRole('checkbox', { name: 'Kari Nordmann' }).check();
  await kickoff.getByRole('checkbox', { name: 'Amina Yusuf' }).check();
  await kickoff.getByRole('button', { name: 'Lagre oppmøtet' }).click();
  await kickoff.getByText('Oppmøtet er lagret: 2 til stede.').waitFor();
  await audit(page, 'programme');

  // The stats: every chart has its table. The three joined after the kickoff was held, so the
  // invited are those recorded there (README, "invited"): 2 of 2.
  await page.goto(`/programmes/${programmeId}/stats`);
  const attendance = page.getByRole('table', { name: 'Oppmøte per samling' });
  await attendance.waitFor();
  const kickoffRow = await attendance
    .getByRole('row')
    .filter({ hasText: /Oppstartssamling/ })
    .first()
    .innerText();
  expect(kickoffRow).toMatch(/\b2\b[\s\S]*\b2\b[\s\S]*100\s?%/);
  expect(await page.locator('main svg').count()).toBeGreaterThan(0);
  await audit(page, 'stats');

  // The CSV for Excel with Norwegian settings: semicolons and decimal commas.
  await page.getByLabel('Skilletegn i CSV-filen').selectOption({ index: 0 });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Last ned CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csv = await readFile(await download.path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain(';');
  expect(csv).toMatch(/gatherings;.*;attended;2/);

  // The other pages a lead works in, each checked the same way.
  await page.goto('/programmes');
  await page.getByRole('link', { name: 'Mentorprogram Sortland og Andøy' }).waitFor();
  await audit(page, 'programmes');
  await page.goto(`/programmes/${programmeId}/edit`);
  await page.getByRole('button', { name: 'Lagre endringene' }).waitFor();
  await audit(page, 'programme-edit');
  await page.goto(`/programmes/${programmeId}/participants`);
  await page.getByRole('link', { name: 'Amina Yusuf' }).waitFor();
  await audit(page, 'participants');
  await page.getByRole('link', { name: 'Amina Yusuf' }).click();
  await page.getByRole('heading', { level: 1, name: /Amina Yusuf/ }).waitFor();
  await audit(page, 'participant');
  // Beside the programmes, the newcomers the municipalities reach: two in Sortland's register (a
  // labour immigrant from outside the EEA with career guidance done, and a refugee), one in Andøy's.
  for (const [code, body] of [
    ['1870', newcomerBody({ category: 'labour_non_eea', careerGuidance: { status: 'done', doneOn: START } })],
    ['1870', newcomerBody({ category: 'refugee' })],
    ['1871', newcomerBody({ category: 'refugee' })],
  ] as const) {
    await c.http.post(`/api/v1/municipalities/${code}/newcomers`).set(c.auth(adminToken)).send(body).expect(201);
  }
  await page.goto('/stats');
  await page.getByRole('table', { name: 'Programmene side om side' }).waitFor();
  const rowsOf = async (name: string) =>
    (await page.getByRole('table', { name }).getByRole('row').allInnerTexts()).map((row) =>
      row.split(/\s*\t\s*|\n/).filter(Boolean),
    );
  expect(await rowsOf('Rekkevidde etter kommune')).toEqual([
    ['Kommune', 'Registrert', 'Nådd med temakveld', 'I mentorprogram', 'Karriereveiledning gjennomført'],
    ['Andøy', '1', '0', '0', '0'],
    ['Sortland', '2', '0', '0', '1'],
  ]);
  const byCategory = await rowsOf('Rekkevidde etter oppholdsgrunnlag, alle kommunene');
  expect(byCategory).toContainEqual(['Flyktning', '2', '0', '0', '0']);
  expect(byCategory).toContainEqual(['Arbeidsinnvandring fra land utenfor EØS', '1', '0', '0', '1']);
  expect(byCategory.at(-1)).toEqual(['Alle', '3', '0', '0', '1']);
  expect(await page.locator('[data-chart="Registrerte nykommere etter oppholdsgrunnlag"] svg').count()).toBeGreaterThan(
    0,
  );
  await audit(page, 'stats-overview');
  // The municipality's own reach page is a link away.
  await page.getByRole('table', { name: 'Rekkevidde etter kommune' }).getByRole('link', { name: 'Sortland' }).click();
  await page.getByRole('heading', { level: 1, name: 'Rekkevidde i Sortland' }).waitFor();
  await page.context().close();
}, 240_000);

it('no page of the journey has a serious or critical accessibility violation in any language, and none broke the CSP', () => {
  expect(violations).toEqual([]);
  expect(c.problems).toEqual([]);
});
