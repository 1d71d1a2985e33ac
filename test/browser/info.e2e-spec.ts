import {
  auditInEveryLanguage,
  focusedName,
  logInByKeyboard,
  screenshot,
  seriousViolations,
  startConsoleApp,
  tabTo,
  type ConsoleApp,
} from '../support/browser.js';

/**
 * The information pages in a real browser: the public pages (no login, no script) in bokmål,
 * English and Arabic (right to left) are axe-clean; a coordinator reaches the page editor with
 * the keyboard alone, previews and publishes.
 */
let c: ConsoleApp;
let coordinatorEmail: string;

beforeAll(async () => {
  c = await startConsoleApp();
  const coordinator = await c.user('coordinator', ['1870']);
  coordinatorEmail = coordinator.email;
  await c.http
    .put('/api/v1/municipalities/1870/info/ar')
    .set(c.auth(coordinator.token))
    .send({
      title: 'حقوقك وواجباتك',
      body: '> **ملاحظة:** هذا النص ليس استشارة قانونية.\n\n## اللاجئون\n\n- برنامج التعريف\n- مستشار اللاجئين\n\n[مديرية الاندماج](https://www.imdi.no)',
    })
    .expect(200);
}, 60_000);

afterAll(async () => {
  await c?.close();
});

describe('the public information pages', () => {
  it.each([
    ['nb', 'ltr', 'Rettigheter og plikter for deg som er ny i kommunen', 'Publisert av Sortland kommune'],
    ['en', 'ltr', 'Your rights and duties as a newcomer', 'Published by Sortland municipality'],
    ['ar', 'rtl', 'حقوقك وواجباتك', 'Published by Sortland municipality'],
  ])('in %s (%s) is axe-clean, with one h1, its landmarks and the other languages', async (lang, dir, h1, footer) => {
    const page = await c.newPage();
    const res = await page.goto(`/api/v1/info/1870/${lang}`);
    expect(res?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await page.getAttribute('html', 'dir')).toBe(dir);
    await page.getByRole('heading', { level: 1, name: h1 }).waitFor();
    expect(await page.locator('h1').count()).toBe(1);
    for (const role of ['banner', 'main', 'navigation', 'contentinfo'] as const) {
      expect(await page.getByRole(role).count()).toBe(1);
    }
    await page.getByRole('contentinfo').getByText(footer).waitFor();
    const others = await page
      .getByRole('navigation')
      .locator('a[hreflang]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('hreflang')));
    expect(others.sort()).toEqual(['ar', 'en', 'nb'].filter((other) => other !== lang).sort());
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, `info-public-${lang}`);
    // Reflow at 320 px: nothing scrolls sideways.
    await page.setViewportSize({ width: 320, height: 800 });
    expect(
      await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth'),
    ).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('the municipality’s page lists every language, each link in its own language', async () => {
    const page = await c.newPage();
    await page.goto('/api/v1/info/1870');
    await page.getByRole('heading', { level: 1, name: 'Informasjon til nye innbyggere' }).waitFor();
    await page.getByRole('link', { name: 'العربية' }).click();
    await page.getByRole('heading', { level: 1, name: 'حقوقك وواجباتك' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
    expect(c.problems).toEqual([]);
  });
});

it('a coordinator reaches the bokmål page’s editor with the keyboard, previews and publishes', async () => {
  const page = await c.newPage();
  await page.goto('/municipalities');
  await page.getByRole('heading', { level: 1, name: 'Logg inn' }).waitFor();
  await logInByKeyboard(page, coordinatorEmail);

  await page.getByRole('heading', { level: 1, name: 'Kommuner' }).waitFor();
  await tabTo(page, /^Informasjonssider – Sortland$/);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Informasjonssider for Sortland' }).waitFor();
  // Focus moves to the new page's heading.
  expect(await focusedName(page)).toBe('Informasjonssider for Sortland');
  expect(await seriousViolations(page)).toEqual([]);
  await tabTo(page, /^Endre – Norsk bokmål$/);
  await page.keyboard.press('Enter');

  const heading = page.getByRole('heading', { level: 1, name: 'Informasjonsside på norsk bokmål – Sortland' });
  await heading.waitFor();
  await page.getByText('Dette er standardteksten fra mentornett.').waitFor();
  expect(await page.getByLabel('Tittel').inputValue()).toBe('Rettigheter og plikter for deg som er ny i kommunen');

  await tabTo(page, /^Tittel$/);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Rettigheter og plikter i Sortland');
  await tabTo(page, /^Forhåndsvis$/);
  await page.keyboard.press('Enter');
  await page.locator('.info-preview').getByRole('heading', { name: 'Flyktninger og familiene deres' }).waitFor();
  expect(await page.locator('.info-preview script').count()).toBe(0);
  expect(await auditInEveryLanguage(page, 'info-editor')).toEqual([]);

  await tabTo(page, /^Lagre og publiser$/);
  await page.keyboard.press('Enter');
  await page.getByText('Siden er lagret og publisert.').waitFor();
  await screenshot(page, 'info-editor-saved');

  const [row] = await c.db.query<{ title: string }[]>(
    `SELECT title FROM info_pages WHERE municipality_code = '1870' AND language = 'nb'`,
  );
  expect(row.title).toBe('Rettigheter og plikter i Sortland');
  const publicPage = await c.http.get('/api/v1/info/1870/nb');
  expect(publicPage.text).toContain('<h1>Rettigheter og plikter i Sortland</h1>');
  expect(c.problems).toEqual([]);
}, 120_000);
