import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../support/app.js';
import { auditInEveryLanguage, logIn, startConsoleApp, type ConsoleApp } from '../support/browser.js';
import { programmeBody } from '../support/factories.js';

/**
 * An admin creates a coordinator and later changes their municipalities; the coordinator, who has
 * the console open meanwhile, is sent to the login page on their next request and told why.
 */
let c: ConsoleApp;
let programmeId: string;
const violations: string[] = [];

beforeAll(async () => {
  c = await startConsoleApp();
  const admin = await c.user('admin');
  const programme = await c.http
    .post('/api/v1/programmes')
    .set(c.auth(admin.token))
    .send(programmeBody({ name: 'Mentorprogram Vesterålen 2027' }))
    .expect(201);
  programmeId = programme.body.id;
}, 60_000);

afterAll(async () => {
  await c?.close();
});

it("an admin creates a coordinator and changes their municipalities; the coordinator's open console goes to the login page", async () => {
  const admin = await c.newPage();
  await logIn(admin, ADMIN_EMAIL, '/admin/users', ADMIN_PASSWORD);
  await admin.getByRole('button', { name: 'Ny bruker' }).click();
  const create = admin.getByRole('dialog');
  await create.getByLabel('Navn', { exact: true }).fill('Siri Koordinator');
  await create.getByLabel('E-post', { exact: true }).fill('siri@sortland.kommune.no');
  await create.getByLabel('Passord', { exact: true }).fill('et langt og godt passord');
  await create.getByRole('radio', { name: 'Koordinator' }).check();
  await create.getByRole('checkbox', { name: 'Sortland (1870)' }).check();
  violations.push(...(await auditInEveryLanguage(admin, 'admin-users-create')));
  await create.getByRole('button', { name: 'Opprett bruker' }).click();
  const row = admin.getByRole('row', { name: /Siri Koordinator/ });
  await row.waitFor();
  expect(await row.innerText()).toContain('Sortland');
  violations.push(...(await auditInEveryLanguage(admin, 'admin-users')));

  // The coordinator logs in and sees the programme of their municipality.
  const coordinator = await c.newPage();
  await logIn(coordinator, 'siri@sortland.kommune.no', '/programmes', 'et langt og godt passord');
  const link = coordinator.getByRole('link', { name: 'Mentorprogram Vesterålen 2027' });
  await link.waitFor();

  // The admin moves her to Andøy as well.
  await row.getByRole('button', { name: /^Endre/ }).click();
  const edit = admin.getByRole('dialog');
  await edit.getByRole('checkbox', { name: 'Andøy (1871)' }).check();
  await edit.getByRole('button', { name: 'Lagre' }).click();
  await admin
    .getByRole('row', { name: /Siri Koordinator.*Andøy|Siri Koordinator/ })
    .filter({ hasText: 'Andøy' })
    .waitFor();
  const [stored] = await c.db.query<{ codes: string[] }[]>(
    `SELECT array_agg(um.municipality_code ORDER BY um.municipality_code) AS codes
       FROM users u JOIN user_municipalities um ON um.user_id = u.id WHERE u.email = 'siri@sortland.kommune.no'`,
  );
  expect(stored.codes).toEqual(['1870', '1871']);

  // Her next request: the old token is refused, her session is over, and the login page says so.
  await link.click();
  await coordinator.getByRole('heading', { level: 1, name: 'Logg inn' }).waitFor();
  await coordinator.getByText('Økten din er avsluttet').waitFor();
  expect(new URL(coordinator.url()).searchParams.get('returnTo')).toBe(`/programmes/${programmeId}`);
  violations.push(...(await auditInEveryLanguage(coordinator, 'session-ended-login')));

  // She logs in again and lands where she was going.
  await coordinator.getByLabel('E-post', { exact: true }).fill('siri@sortland.kommune.no');
  await coordinator.getByLabel('Passord', { exact: true }).fill('et langt og godt passord');
  await coordinator.getByRole('button', { name: 'Logg inn' }).click();
  await coordinator.waitForURL(`**/programmes/${programmeId}`);

  await admin.goto('/admin/outbox');
  await admin.getByRole('heading', { level: 1, name: 'E-postlogg' }).waitFor();
  await admin.getByRole('button', { name: 'Oppdater' }).waitFor();
  violations.push(...(await auditInEveryLanguage(admin, 'admin-outbox')));

  // The audit log, from the navigation: the logins of the journey, filtered in the URL.
  await admin.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Revisjonslogg' }).click();
  const heading = admin.getByRole('heading', { level: 1, name: 'Revisjonslogg' });
  await heading.waitFor();
  await admin.getByRole('table', { name: 'Revisjonslogg, nyeste først' }).waitFor();
  await admin.getByLabel('Handling', { exact: true }).selectOption('auth.login');
  await admin.getByRole('button', { name: 'Filtrer', exact: true }).click();
  await admin.waitForURL('**/admin/audit?action=auth.login');
  const rows = admin.getByRole('table', { name: 'Revisjonslogg, nyeste først' }).locator('tbody tr');
  // Until the filtered page arrives the previous one stays on screen: wait for its other rows to go.
  await rows.filter({ hasNotText: 'Logget inn' }).first().waitFor({ state: 'detached' });
  // Siri's two logins and the admin's one.
  expect(await rows.count()).toBe(3);
  await admin.getByRole('button', { name: 'Last ned CSV' }).waitFor();
  violations.push(...(await auditInEveryLanguage(admin, 'admin-audit')));
}, 180_000);

it('no page of the journey has a serious or critical accessibility violation in any language, and none broke the CSP', () => {
  expect(violations).toEqual([]);
  expect(c.problems).toEqual([]);
});
