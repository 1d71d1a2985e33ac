import type { Page } from 'playwright-core';
import { auditInEveryLanguage, logIn, screenshot, startConsoleApp, type ConsoleApp } from '../support/browser.js';
import { mentorBody, VESTERALEN } from '../support/factories.js';

/**
 * A coordinator's working day in the console, in a real browser against the real service: log in,
 * import mentees from a spreadsheet with one bad row and read the row's error, run proposals, read
 * a pair's reasons, approve one and reject one with a reason, then log the meetings of a pair and
 * see last month's mark turn from missed to met. Every page is checked by axe in each language.
 */
let c: ConsoleApp;
let programmeId: string;
let coordinatorEmail: string;
const violations: string[] = [];

/** Days around today, as the programme's zone sees them. */
function monthStart(monthsAgo: number): string {
  const now = new Date();
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 1));
  return d.toISOString().slice(0, 10);
}
const START = monthStart(3);
const LAST_MONTH = monthStart(1).slice(0, 7);

beforeAll(async () => {
  c = await startConsoleApp();
  const admin = await c.user('admin');
  const coordinator = await c.user('coordinator', ['1870', '1871']);
  coordinatorEmail = coordinator.email;
  const programme = await c.http
    .post('/api/v1/programmes')
    .set(c.auth(admin.token))
    .send({ name: 'Mentorprogram Vesterålen høst', startDate: START, municipalityCodes: VESTERALEN })
    .expect(201);
  programmeId = programme.body.id;
  for (const [name, profession, code] of [
    ['Kari Nordmann', '2221', '1870'],
    ['Ola Hansen', '7126', '1870'],
    ['Ingrid Johansen', '2341', '1871'],
  ]) {
    await c.http
      .post(`/api/v1/programmes/${programmeId}/participants`)
      .set(c.auth(admin.token))
      .send(mentorBody({ name, professionCode: profession, municipalityCode: code }))
      .expect(201);
  }
}, 60_000);

afterAll(async () => {
  await c?.close();
});

async function audit(page: Page, name: string): Promise<void> {
  violations.push(...(await auditInEveryLanguage(page, `coordinator-${name}`)));
}

const CSV = [
  'role,name,email,municipalityCode,preferredLanguage,languages,professionCode,category',
  'mentee,Amina Yusuf,amina@example.org,1870,ar,ar:native;nb:A2;en:B1,2221,refugee',
  'mentee,Tomasz Nowak,tomasz@example.org,1870,pl,pl:native;nb:B1,7126,labour_eea',
  'mentee,Maria Santos,maria@example.org,1871,pt,pt:native;en:B2;nb:A2,2341,family',
  'mentee,Feil Rad,feil@example.org,1870,nb,nb:native,2221,tourist',
].join('\r\n');

it('a coordinator imports, matches, decides and follows a pair', async () => {
  const page = await c.newPage();
  await logIn(page, coordinatorEmail, `/programmes/${programmeId}/participants/import`);
  await page.getByRole('button', { name: 'Importer' }).waitFor();
  await audit(page, 'import');

  // The file is chosen as a person would; its fifth row (the header is row 1) names no residence basis we know.
  await page.getByLabel('CSV-fil').setInputFiles({
    name: 'mentees.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`\uFEFF${CSV}`, 'utf8'),
  });
  await page.getByRole('button', { name: 'Importer' }).click();
  const errors = page.getByRole('table', { name: /Feil i filen/ });
  await errors.waitFor();
  const errorRows = await errors.locator('tbody tr').allInnerTexts();
  expect(errorRows).toHaveLength(1);
  expect(errorRows[0]).toMatch(/^5\b/);
  expect(errorRows[0]).toContain('category');
  await page.getByText('3 deltakere er lagret.').waitFor();
  await audit(page, 'import-result');

  // Proposals: the three mentees against the three mentors.
  await page.goto(`/programmes/${programmeId}/matching`);
  await page.getByRole('button', { name: 'Lag forslag' }).click();
  await page.getByText(/Ferdig på .* sekunder: 3 forslag/).waitFor();
  const proposals = page.getByRole('table', { name: /Forslag til par/ });
  await proposals.waitFor();
  const amina = proposals.getByRole('row', { name: /Amina Yusuf/ });
  // The reasons are written in words, from the codes: the same profession group and a shared language.
  const reasons = await amina.innerText();
  expect(reasons).toContain('Samme yrke: Sykepleiere (2221)');
  expect(reasons).toContain('Begge snakker engelsk, på nivå B1 eller bedre');
  expect(reasons).toContain('Begge bor i Sortland');
  await audit(page, 'matching');

  await page.getByLabel('Startdato for parene du godkjenner (valgfritt)').fill(START);
  await amina.getByRole('button', { name: 'Godkjenn' }).click();
  await page.getByText('Godkjent: ', { exact: false }).first().waitFor();

  const tomasz = proposals.getByRole('row', { name: /Tomasz Nowak/ });
  await tomasz.getByRole('button', { name: 'Avvis' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Begrunnelse').fill('Mentoren kjenner menteens familie.');
  await dialog.getByRole('button', { name: 'Avvis paret' }).click();
  await page.getByText('Avvist: ', { exact: false }).first().waitFor();
  await audit(page, 'matching-decided');

  const decided = (
    await c.db.query<{ name: string; status: string; reason: string | null }[]>(
      `SELECT p.name, m.status, m.reason FROM matches m JOIN participants p ON p.id = m.mentee_id
        WHERE m.programme_id = $1 AND m.status IN ('approved', 'rejected') ORDER BY p.name`,
      [programmeId],
    )
  ).map((r) => ({ ...r }));
  expect(decided).toEqual([
    { name: 'Amina Yusuf', status: 'approved', reason: null },
    { name: 'Tomasz Nowak', status: 'rejected', reason: 'Mentoren kjenner menteens familie.' },
  ]);

  // The pairs grid, then the pair: last month was missed; two meetings of two hours make it met.
  await page.goto(`/programmes/${programmeId}/pairs`);
  await page.getByRole('table').first().waitFor();
  await audit(page, 'pairs');
  await page
    .getByRole('link', { name: /Amina Yusuf/ })
    .first()
    .click();
  await page.getByRole('heading', { level: 1, name: /Amina Yusuf/ }).waitFor();
  const months = page.getByRole('table', { name: /Hver måned/ });
  const lastMonth = months.getByRole('row').filter({ hasText: monthName(LAST_MONTH) });
  expect(await lastMonth.innerText()).toContain('ikke oppfylt');
  await audit(page, 'pair');

  for (const day of ['10', '20']) {
    await page.getByLabel('Dato for møtet').fill(`${LAST_MONTH}-${day}`);
    await page.getByLabel('Varighet i minutter').fill('120');
    await page.getByRole('button', { name: 'Registrer møtet' }).click();
    await page
      .getByText(/Møtet .* er registrert\./)
      .first()
      .waitFor();
  }
  await lastMonth.filter({ hasNotText: 'ikke oppfylt' }).waitFor();
  expect(await lastMonth.innerText()).toMatch(/✓[\s\S]*oppfylt/);
  await screenshot(page, 'coordinator-pair-after-meetings');
  await page.context().close();
}, 240_000);

/** «november 2026», as the console writes a month in bokmål. */
function monthName(yyyyMm: string): string {
  return new Intl.DateTimeFormat('nb-NO', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${yyyyMm}-15T12:00:00Z`),
  );
}

it('no page of the journey has a serious or critical accessibility violation in any language, and none broke the CSP', () => {
  expect(violations).toEqual([]);
  expect(c.problems).toEqual([]);
});
