import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CONSOLE_CSP } from '../src/console/console.js';
import { createTestApp, type TestApp } from './support/app.js';

/** The built console at /: every route of CONSOLE.md answers the app; the API keeps its JSON 404. */
const ASSETS = fileURLToPath(new URL('../web/dist/assets', import.meta.url));
const ROUTES = [
  '/',
  '/login',
  '/programmes',
  '/programmes/new',
  '/programmes/0b7f6b0e-52a8-4bd6-9bb5-1e1c9a1ad0f1',
  '/programmes/0b7f6b0e-52a8-4bd6-9bb5-1e1c9a1ad0f1/participants',
  '/programmes/0b7f6b0e-52a8-4bd6-9bb5-1e1c9a1ad0f1/participants/import',
  '/participants/0b7f6b0e-52a8-4bd6-9bb5-1e1c9a1ad0f1',
  '/programmes/0b7f6b0e-52a8-4bd6-9bb5-1e1c9a1ad0f1/matching',
  '/programmes/0b7f6b0e-52a8-4bd6-9bb5-1e1c9a1ad0f1/pairs',
  '/pairs/0b7f6b0e-52a8-4bd6-9bb5-1e1c9a1ad0f1',
  '/programmes/0b7f6b0e-52a8-4bd6-9bb5-1e1c9a1ad0f1/stats',
  '/stats',
  '/admin/users',
  '/admin/outbox',
  '/account',
  '/accessibility',
];

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ ACCESSIBILITY_STATEMENT_URL: 'https://uustatus.no/nb/erklaringer/publisert/example' });
});
afterAll(() => t.close());

it.each(ROUTES)('%s answers the console, never cached without a check, under a strict CSP', async (route) => {
  const res = await t.http.get(route).expect(200);
  expect(res.headers['content-type']).toMatch(/^text\/html/);
  expect(res.headers['cache-control']).toBe('no-cache');
  expect(res.headers['content-security-policy']).toBe(CONSOLE_CSP);
  expect(res.text).toContain('<div id="root"></div>');
  // No inline script: every <script> names its file.
  expect(res.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
});

it('a browser revalidating the console gets 304, and the API answers carry no ETag', async () => {
  const first = await t.http.get('/programmes').expect(200);
  const tag = first.headers.etag;
  expect(tag).toMatch(/^"[\w-]+"$/);
  await t.http.get('/pairs/123').set('If-None-Match', tag).expect(304);
  const api = await t.http.get('/api/v1/health').expect(200);
  expect(api.headers.etag).toBeUndefined();
});

it('the policy allows nothing inline and no other origin', () => {
  expect(CONSOLE_CSP).toContain("script-src 'self'");
  expect(CONSOLE_CSP).toContain("style-src 'self'");
  expect(CONSOLE_CSP).toContain("frame-ancestors 'none'");
  expect(CONSOLE_CSP).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
});

it("names the municipality's accessibility statement when one is set", async () => {
  const res = await t.http.get('/programmes').expect(200);
  expect(res.text).toContain(
    '<meta name="mentornett-accessibility-statement" content="https://uustatus.no/nb/erklaringer/publisert/example" />',
  );
});

it('hashed assets are cached for a year and served compressed', async () => {
  const script = readdirSync(ASSETS).find((file) => /^index-[\w-]+\.js$/.test(file));
  expect(script).toBeDefined();
  const res = await t.http.get(`/assets/${script}`).set('Accept-Encoding', 'gzip').expect(200);
  expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(res.headers['content-encoding']).toBe('gzip');
  expect(res.headers['content-type']).toMatch(/javascript/);
});

it('a missing asset is a 404, not the app (a tab of the last release asking for its chunk)', async () => {
  const res = await t.http.get('/assets/index-gone.js').expect(404);
  expect(res.text).not.toContain('<div id="root">');
});

it('an /api path that does not exist still answers JSON 404, for GET and POST alike', async () => {
  for (const path of ['/api/v1/no-such-thing', '/api/nothing', '/api']) {
    const res = await t.http.get(path).expect(404);
    expect(res.body).toMatchObject({ statusCode: 404 });
  }
  const posted = await t.http.post('/api/v1/no-such-thing').send({}).expect(404);
  expect(posted.body).toMatchObject({ statusCode: 404 });
});
