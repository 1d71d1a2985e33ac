import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONSOLE_CSP } from '../src/console/console.js';
import { TOOL_PAGE_CSP } from '../src/common/security-headers.js';
import { createTestApp, type TestApp } from './support/app.js';
import { programmeBody } from './support/factories.js';

/*
 * Security headers on a sample of every kind of answer: JSON (with and without a login), an error,
 * CSV, the console's HTML, Swagger UI and the queue dashboard. And CORS: no other origin by
 * default; the configured ones only. And /docs off when asked.
 */

let t: TestApp;
let lead: { token: string };
const consoleDir = mkdtempSync(join(tmpdir(), 'mentornett-console-'));
writeFileSync(join(consoleDir, 'index.html'), '<!doctype html><html><body><div id="root"></div></body></html>');

beforeAll(async () => {
  t = await createTestApp({ CONSOLE_DIR: consoleDir });
  lead = await t.user('lead');
});
afterAll(() => t.close());

/** What every answer carries, whatever its kind. */
function expectBaseline(res: { headers: Record<string, string> }, what: string): void {
  const h = res.headers;
  expect([what, h['x-content-type-options'], h['x-frame-options'], h['x-powered-by']]).toEqual([
    what,
    'nosniff',
    'DENY',
    undefined,
  ]);
  // same-origin, or no-referrer where the address holds a secret (the signed-link pages).
  expect([what, h['referrer-policy']]).toEqual([what, expect.stringMatching(/^(same-origin|no-referrer)$/)]);
  expect([what, h['content-security-policy']]).toEqual([what, expect.stringContaining("frame-ancestors 'none'")]);
}

/** An API answer: a strict policy, and never stored by a browser or a proxy (personal data). */
function expectApi(res: { headers: Record<string, string> }, what: string): void {
  expectBaseline(res, what);
  expect([what, res.headers['content-security-policy']]).toEqual([what, expect.stringMatching(/^default-src 'none'/)]);
  expect([what, res.headers['cache-control']]).toEqual([what, expect.stringMatching(/\bno-store\b/)]);
}

describe('security headers', () => {
  it('on JSON answers, with and without a login, and on errors', async () => {
    expectApi(await t.http.get('/api/v1/health').expect(200), 'health');
    const programme = await t.http.post('/api/v1/programmes').set(t.auth(lead.token)).send(programmeBody());
    expect(programme.status).toBe(201);
    expectApi(programme, 'a created programme');
    expectApi(
      await t.http.get(`/api/v1/programmes/${programme.body.id}`).set(t.auth(lead.token)).expect(200),
      'a programme',
    );
    expectApi(await t.http.get('/api/v1/programmes').expect(401), 'a 401');
    expectApi(await t.http.get('/api/v1/no-such-path').expect(404), 'a 404');
    expectApi(await t.http.post('/api/v1/programmes').set(t.auth(lead.token)).send({ name: '' }).expect(400), 'a 400');
  });

  it('on a CSV download', async () => {
    const programme = await t.http.post('/api/v1/programmes').set(t.auth(lead.token)).send(programmeBody());
    const csv = await t.http.get(`/api/v1/programmes/${programme.body.id}/stats.csv`).set(t.auth(lead.token));
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expectApi(csv, 'stats.csv');
  });

  it('on a signed-link page, never framed', async () => {
    const page = await t.http.get('/api/v1/log/not-a-real-link');
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expectBaseline(page, 'signed-link page');
    expect(page.headers['cache-control']).toBe('no-store');
  });

  it('on the console, with its own policy and caching', async () => {
    const page = await t.http.get('/programmes').expect(200);
    expectBaseline(page, 'console');
    expect(page.headers['content-security-policy']).toBe(CONSOLE_CSP);
    expect(page.headers['cache-control']).toBe('no-cache');
  });

  it('on Swagger UI and the queue dashboard, whose pages load only their own files', async () => {
    const docs = await t.http.get('/docs/').expect(200);
    expectBaseline(docs, 'docs');
    expect(docs.headers['content-security-policy']).toBe(TOOL_PAGE_CSP);
    const admin = await t.user('admin');
    const board = await t.http.get('/api/v1/admin/queues').set(t.auth(admin.token)).expect(200);
    expectBaseline(board, 'dashboard');
    expect(board.headers['content-security-policy']).toBe(TOOL_PAGE_CSP);
    expect(board.headers['cache-control']).toBe('no-store');
  });

  it('let no other origin read an answer by default', async () => {
    const res = await t.http
      .get('/api/v1/programmes')
      .set(t.auth(lead.token))
      .set('Origin', 'https://evil.example')
      .expect(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await t.http
      .options('/api/v1/programmes')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'GET');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('configured', () => {
  let c: TestApp;
  beforeAll(async () => {
    c = await createTestApp({
      CORS_ORIGINS: 'https://intranett.sortland.kommune.no',
      API_DOCS: 'false',
      PUBLIC_URL: 'https://mentornett.sortland.kommune.no',
    });
  });
  afterAll(() => c.close());

  it('lets exactly the CORS_ORIGINS read answers, and serves no /docs with API_DOCS off', async () => {
    const allowed = await c.http
      .options('/api/v1/programmes')
      .set('Origin', 'https://intranett.sortland.kommune.no')
      .set('Access-Control-Request-Method', 'GET');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://intranett.sortland.kommune.no');
    expect(allowed.headers['access-control-allow-credentials']).toBe('true');
    const other = await c.http.get('/api/v1/health').set('Origin', 'https://evil.example');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    expect((await c.http.get('/docs/')).status).toBe(404);
    expect((await c.http.get('/docs/openapi.json')).status).toBe(404);
  });

  it('tells browsers to come back only over https when the service is public over https, and not otherwise', async () => {
    const https = await c.http.get('/api/v1/health').expect(200);
    expect(https.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    const plain = await t.http.get('/api/v1/health').expect(200);
    expect(plain.headers['strict-transport-security']).toBeUndefined();
  });
});
