import { programmeBody } from '../support/factories.js';
import {
  auditInEveryLanguage,
  logIn,
  screenshot,
  seriousViolations,
  startConsoleApp,
  type ConsoleApp,
} from '../support/browser.js';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.js';

/**
 * The newcomer work in a real browser, as issue 13 asks of it: a coordinator registers a newcomer
 * who is not a refugee (a labour immigrant from outside the EEA) with consent to invitations,
 * plans a «Ny i Norge» evening with the career centre (her invitation arrives by email, with a
 * calendar file), records that she came, finds her on the waiting list, enrols her in the next
 * programme, and reads the reach; every page axe-clean in bokmål, nynorsk and English and at 320 px.
 */
let c: ConsoleApp;
let smtp: TestSmtpServer;
let coordinatorEmail: string;
let programmeName: string;

beforeAll(async () => {
  smtp = await startSmtpServer();
  c = await startConsoleApp({ SMTP_URL: smtp.url });
  const coordinator = await c.user('coordinator', ['1870']);
  coordinatorEmail = coordinator.email;
  const lead = await c.user('lead');
  const next = new Date().getUTCFullYear() + 1;
  programmeName = `Mentorprogram Vesterålen ${next}`;
  await c.http
    .post('/api/v1/programmes')
    .set(c.auth(lead.token))
    .send(programmeBody({ name: programmeName, startDate: `${next}-01-18`, endDate: `${next}-09-17` }))
    .expect(201);
}, 60_000);

afterAll(async () => {
  await c?.close();
  await smtp?.close();
});

it('a coordinator registers a newcomer, invites her to a theme evening, records she came, enrols her from the waiting list, and reads the reach', async () => {
  const page = await c.newPage();
  await logIn(page, coordinatorEmail, '/municipalities/1870/newcomers');
  await page.getByRole('heading', { level: 1, name: 'Nykommere i Sortland' }).waitFor();
  await page.getByText('Ingen nykommere er registrert ennå.').waitFor();
  expect(await auditInEveryLanguage(page, 'newcomers-empty')).toEqual([]);

  // The form, axe-clean before anything is typed, and with its errors shown.
  await page.getByRole('button', { name: 'Registrer nykommer' }).click();
  await page.getByRole('heading', { name: 'Registrer nykommer' }).waitFor();
  await page.getByRole('button', { name: 'Registrer', exact: true }).click();
  await page.getByText('Rett opp dette før du lagrer:').waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'newcomer-form-errors');

  await page.getByLabel('Navn', { exact: true }).fill('Olena Kovalenko');
  await page.getByLabel('E-post', { exact: true }).fill('olena.kovalenko@example.org');
  await page.getByLabel('Språk vi skriver på').selectOption('uk');
  // The register's filter has a select of the same name, below the form.
  await page.getByLabel('Oppholdsgrunnlag', { exact: true }).first().selectOption('labour_non_eea');
  await page.getByLabel('Måned for ankomst').fill('2026-09');
  await page.getByLabel('Språk å legge til').selectOption('uk');
  await page.getByLabel('Nivå', { exact: true }).selectOption('native');
  await page.getByRole('button', { name: 'Legg til språk' }).click();
  const profession = page.getByRole('combobox', { name: 'Yrke', exact: true });
  await profession.fill('sykepleier');
  await page
    .getByRole('option', { name: /Sykepleiere/ })
    .first()
    .click();
  await page.getByLabel('Samtykker til å stå i nykommerregisteret').check();
  await page.getByLabel('Samtykker til invitasjoner (temakvelder)').check();
  await page.getByLabel('Samtykker til mentorprogrammet (settes på ventelisten)').check();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Registrer', exact: true }).click();
  await page.getByText('Olena Kovalenko er registrert.').waitFor();
  await page
    .getByRole('link', { name: /Olena Kovalenko/ })
    .first()
    .waitFor();
  expect(await auditInEveryLanguage(page, 'newcomers-list')).toEqual([]);

  // A «Ny i Norge» evening in two weeks, with the career centre: she is invited.
  const day = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  await page.goto('/municipalities/1870/events');
  await page.getByRole('heading', { level: 1, name: 'Temakvelder «Ny i Norge» i Sortland' }).waitFor();
  await page.getByText('Ingen temakvelder ennå.').waitFor();
  await page.getByLabel('Tema', { exact: true }).selectOption('school_education');
  await page.getByLabel('Tittel', { exact: true }).fill('Skole og utdanning i Norge');
  await page.getByLabel('Dato', { exact: true }).fill(day);
  await page.getByLabel('Starter', { exact: true }).fill('18:00');
  await page.getByLabel('Slutter', { exact: true }).fill('20:30');
  await page.getByLabel('Sted', { exact: true }).fill('Sortland bibliotek');
  await page.getByLabel('Samarbeidspartnere', { exact: true }).fill('Karrieresenteret i Nordland; rådgiver');
  await page.getByRole('button', { name: 'Opprett temakveld' }).click();
  await page.getByText('«Skole og utdanning i Norge» er opprettet.').waitFor();
  const evening = page
    .getByRole('table', { name: 'Temakveldene, den siste først' })
    .getByRole('row')
    .filter({ hasText: 'Skole og utdanning i Norge' });
  // Cells after the title: theme, when, place, partners, invited, attended.
  expect(await evening.getByRole('cell').nth(3).innerText()).toBe('Karrieresenteret i Nordland');
  expect(await evening.getByRole('cell').nth(4).innerText()).toBe('1');
  expect(await auditInEveryLanguage(page, 'events')).toEqual([]);

  // Her invitation, in English (no Ukrainian template), with the evening as a calendar file.
  const [invitation] = await smtp.waitFor(1);
  expect(invitation).toMatchObject({ to: 'olena.kovalenko@example.org', kind: 'event_invite' });
  expect(invitation.subject).toMatch(/^Invitation: Skole og utdanning i Norge, /);
  expect(invitation.html).toContain('<html lang="en">');
  expect(invitation.text).toContain('Karrieresenteret i Nordland');
  expect(invitation.calendar).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(invitation.calendar).toContain('SUMMARY:Skole og utdanning i Norge');
  expect(invitation.calendar).toContain('LOCATION:Sortland bibliotek');

  // She came: recorded on the evening's page, by keyboard.
  await evening.getByRole('link', { name: /Rediger og registrer oppmøte/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Skole og utdanning i Norge – Sortland' }).waitFor();
  // Among the invited, marked so in the list she is ticked in.
  await page.getByText('1 er invitert; de står merket «Invitert» under.').waitFor();
  const came = page.getByRole('checkbox', { name: 'Olena Kovalenko' });
  expect(await came.getAttribute('aria-describedby')).toBeTruthy();
  expect(await page.locator(`[id="${await came.getAttribute('aria-describedby')}"]`).innerText()).toBe('Invitert');
  await came.focus();
  await page.keyboard.press('Space');
  expect(await came.isChecked()).toBe(true);
  await page.getByRole('button', { name: 'Lagre oppmøte' }).focus();
  await page.keyboard.press('Enter');
  await page.getByText('Oppmøtet er lagret: 1 deltok.').waitFor();
  expect(await auditInEveryLanguage(page, 'event')).toEqual([]);

  // On the waiting list, since today.
  await page.goto('/municipalities/1870/waiting-list');
  await page.getByRole('heading', { level: 1, name: 'Venteliste i Sortland' }).waitFor();
  await page.getByRole('link', { name: /Olena Kovalenko/ }).waitFor();
  expect(await auditInEveryLanguage(page, 'newcomers-waiting-list')).toEqual([]);

  // Her page: enrol her into next year's programme.
  await page.getByRole('link', { name: /Olena Kovalenko/ }).click();
  await page.getByRole('heading', { level: 1, name: /Olena Kovalenko/ }).waitFor();
  expect(await auditInEveryLanguage(page, 'newcomer-page')).toEqual([]);
  await page.getByLabel('Program', { exact: true }).selectOption({ label: programmeName });
  await page.getByRole('button', { name: 'Meld inn' }).click();
  await page.getByText('Olena Kovalenko er meldt inn som mentee.').waitFor();
  await screenshot(page, 'newcomer-enrolled');

  const [mentee] = await c.db.query<{ role: string; category: string; municipality_code: string }[]>(
    `SELECT role, category, municipality_code FROM participants WHERE email = 'olena.kovalenko@example.org'`,
  );
  expect(mentee).toEqual({ role: 'mentee', category: 'labour_non_eea', municipality_code: '1870' });

  // Off the waiting list now; in the reach as enrolled.
  await page.goto('/municipalities/1870/waiting-list');
  await page.getByRole('heading', { level: 1, name: 'Venteliste i Sortland' }).waitFor();
  expect(await page.getByRole('link', { name: /Olena Kovalenko/ }).count()).toBe(0);
  // The reach: registered, reached by the evening, in a mentor programme; no career guidance yet.
  await page.goto('/municipalities/1870/reach');
  await page.getByRole('heading', { level: 1, name: 'Rekkevidde i Sortland' }).waitFor();
  const reached = page
    .getByRole('table', { name: 'Rekkevidde etter oppholdsgrunnlag' })
    .getByRole('row')
    .filter({ hasText: 'Arbeidsinnvandring fra land utenfor EØS' });
  expect(await reached.getByRole('cell').allInnerTexts()).toEqual(['1', '1', '1', '0']);
  expect(await auditInEveryLanguage(page, 'newcomers-reach')).toEqual([]);
  expect(c.problems).toEqual([]);
}, 240_000);
