import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { createTestApp, USER_PASSWORD, type TestApp } from './app.js';

/** Debian's Chromium (`apt-get install -y chromium`); the registry's browser downloads do not work here. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Screenshots of every page the journeys see; kept as test artefacts, never committed. */
export const SCREENSHOTS = new URL('../../test-artifacts/screenshots/', import.meta.url);

export interface ConsoleApp extends TestApp {
  baseUrl: string;
  browser: Browser;
  /** Problems the pages reported: CSP violations, uncaught errors, failed requests to our own origin. */
  problems: string[];
  /** A fresh browser context (its own cookies) with its page, watched for problems. */
  newPage(options?: { width?: number; height?: number }): Promise<Page>;
}

/** The real service (with the built console) on a port of its own, and a headless Chromium. */
export async function startConsoleApp(overrides: Record<string, string> = {}): Promise<ConsoleApp> {
  const t = await createTestApp(overrides);
  await t.app.listen(0, '127.0.0.1');
  const address = t.app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const baseUrl = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  const problems: string[] = [];
  await mkdir(SCREENSHOTS, { recursive: true });
  return {
    ...t,
    baseUrl,
    browser,
    problems,
    async newPage(options = {}) {
      const context = await browser.newContext({
        baseURL: baseUrl,
        viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
        locale: 'nb-NO',
        timezoneId: 'Europe/Oslo',
      });
      const page = await context.newPage();
      page.on('console', (message: ConsoleMessage) => {
        const text = message.text();
        if (
          message.type() === 'error' &&
          !/Failed to load resource: the server responded with a status of 4\d\d/.test(text)
        ) {
          problems.push(`console error on ${page.url()}: ${text}`);
        }
      });
      page.on('pageerror', (error) => problems.push(`uncaught on ${page.url()}: ${error.message}`));
      return page;
    },
    async close() {
      await browser.close();
      await t.close();
    },
  };
}

let axeSource: string | undefined;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * axe-core's WCAG 2.1 A and AA rules on the page as it stands. Returns the violations of impact
 * serious or critical, each with where it is, so a failing test says what to mend.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  axeSource ??= await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(axeSource);
  // A dialog fading in has, for a moment, colours it does not keep: check the page as it settles.
  await page.evaluate(
    `Promise.all(document.getAnimations()
       .filter((a) => a.effect && a.effect.getComputedTiming().endTime !== Infinity)
       .map((a) => a.finished.catch(() => undefined)))`,
  );
  const violations = await page.evaluate<AxeViolation[]>(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((r) => r.violations)`,
  );
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

/** Saves a screenshot of the whole page under test-artifacts/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: new URL(`${name}.png`, SCREENSHOTS).pathname, fullPage: true });
}

const LANGUAGE_LABEL = /^(Språk|Language)$/;

/**
 * The page as it stands, in bokmål, nynorsk and English: axe-core's serious and critical
 * violations of each (none expected), a screenshot of each, and back to the language it was in;
 * then at 320 px wide, where nothing may make the page scroll sideways.
 */
export async function auditInEveryLanguage(page: Page, name: string): Promise<string[]> {
  const select = page.getByLabel(LANGUAGE_LABEL);
  const before = await select.inputValue();
  const found: string[] = [];
  for (const language of ['nb', 'nn', 'en']) {
    await select.selectOption(language);
    await page.locator(`html[lang="${language}"]`).waitFor();
    found.push(...(await seriousViolations(page)).map((v) => `${name} [${language}]: ${v}`));
    await screenshot(page, `${name}-${language}`);
  }
  await select.selectOption(before);
  await page.locator(`html[lang="${before}"]`).waitFor();
  // Reflow (WCAG 1.4.10): at 320 px the page scrolls only downwards; wide tables scroll in their own box.
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  const overflow = await page.evaluate<number>(
    'document.documentElement.scrollWidth - document.documentElement.clientWidth',
  );
  if (overflow > 0) found.push(`${name} [320 px]: the page is ${overflow} px wider than the screen`);
  found.push(...(await seriousViolations(page)).map((v) => `${name} [320 px]: ${v}`));
  await screenshot(page, `${name}-320px`);
  if (size) await page.setViewportSize(size);
  return found;
}

/** Opens `path`, is sent to the login page, and logs in there (by default with a test user's password). */
export async function logIn(page: Page, email: string, path: string, password = USER_PASSWORD): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', { level: 1, name: 'Logg inn' }).waitFor();
  await page.getByLabel('E-post', { exact: true }).fill(email);
  await page.getByLabel('Passord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Logg inn' }).click();
}

/** The accessible name of the focused element, roughly as a screen reader says it. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(`(() => {
    const el = document.activeElement;
    if (!el) return '';
    const labelled = el.getAttribute('aria-label') || (el.labels && el.labels[0] && el.labels[0].textContent);
    return (labelled || el.textContent || '').trim();
  })()`);
}

/** Presses Tab until the focused element's name matches, as a keyboard user moves through the page. */
export async function tabTo(page: Page, name: RegExp, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (name.test(await focusedName(page))) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

/** On the login page, with the keyboard alone: Tab to each field, type, and Enter. */
export async function logInByKeyboard(page: Page, email: string): Promise<void> {
  await tabTo(page, /^E-post$/);
  await page.keyboard.type(email);
  await tabTo(page, /^Passord$/);
  await page.keyboard.type(USER_PASSWORD);
  await page.keyboard.press('Enter');
}
