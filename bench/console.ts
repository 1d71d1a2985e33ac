import 'reflect-metadata';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { chromium, type Page } from 'playwright-core';
import { loadConfig } from '../src/config/app-config.js';
import { startBenchApp } from './app.js';
import { arg, BENCH_ADMIN, benchDatabase, median, onServer } from './cli.js';

/*
 * `npm run bench:console`: the console in headless Chromium (Debian's, /usr/bin/chromium) against
 * the real service, as CONSOLE.md's performance rules ask:
 * - the first load's JavaScript as served (compressed bytes on the wire, every script the login
 *   page loads), against the 300 KB budget;
 * - the participants page of a programme of 2,000 participants, and the pairs grid of 1,000 pairs
 *   × 8 months, each timed from navigation to the table drawn, median of R loads (default 5).
 * The data is written with SQL: a Vesterålen programme 2027-01-18 → 2027-09-17 with N pairs
 * (default 1,000, so 2N participants), each with its meetings month by month (some pairs behind),
 * the clock held at 2027-09-10, so the grid has 8 months whose marks vary.
 * Options: --pairs N, --runs R. Needs `npm run build` first (the script does it).
 */

const VESTERALEN = ['1851', '1866', '1867', '1868', '1870', '1871'];
const NOW = new Date('2027-09-10T10:00:00Z');
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function seed(client: pg.Client, programmeId: string, pairs: number): Promise<void> {
  await client.query(
    `CREATE TEMP TABLE pair_seed AS
     SELECT i, gen_random_uuid() AS mentor_id, gen_random_uuid() AS mentee_id, gen_random_uuid() AS match_id,
            ($2::text[])[1 + i % 6] AS municipality
     FROM generate_series(1, $1::int) i`,
    [pairs, VESTERALEN],
  );
  await client.query(
    `INSERT INTO participants (id, programme_id, role, name, email, municipality_code, preferred_language, languages,
       profession_code, category)
     SELECT mentor_id, $1::uuid, 'mentor'::participant_role, 'Mentor ' || i, 'mentor' || i || '@example.org', municipality,
            'nb', '[{"code": "nb", "level": "native"}]'::jsonb, '2512', NULL
     FROM pair_seed
     UNION ALL
     SELECT mentee_id, $1::uuid, 'mentee'::participant_role, 'Mentee ' || i, 'mentee' || i || '@example.org', municipality,
            'en', '[{"code": "en", "level": "B2"}, {"code": "nb", "level": "A2"}]'::jsonb, '2512',
            (ARRAY['refugee', 'family', 'labour_eea', 'labour_non_eea', 'labour_spouse', 'other'])[1 + i % 6]::mentee_category
     FROM pair_seed`,
    [programmeId],
  );
  await client.query(
    `INSERT INTO matches (id, programme_id, mentor_id, mentee_id, status, score, breakdown, decided_at, starts_on)
     SELECT match_id, $1::uuid, mentor_id, mentee_id, 'approved'::match_status, 0.7, '{}'::jsonb,
            timestamptz '2027-01-15T12:00:00Z', date '2027-01-18'
     FROM pair_seed`,
    [programmeId],
  );
  // Two meetings of two hours in most months; every seventh pair skips a month now and then.
  await client.query(
    `INSERT INTO meetings (match_id, date, duration_minutes, source)
     SELECT s.match_id, (date '2027-01-18' + (m * 30 + k * 9 + s.i % 5))::date, 120, 'api'
     FROM pair_seed s, generate_series(0, 7) m, generate_series(0, 1) k
     WHERE NOT (s.i % 7 = 0 AND m % 3 = 1) AND (date '2027-01-18' + (m * 30 + k * 9 + s.i % 5)) <= date '2027-09-10'`,
  );
}

async function timeLoad(page: Page, url: string, rows: number, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let r = 0; r <= runs; r++) {
    await page.goto('about:blank');
    const started = performance.now();
    await page.goto(url);
    // A function, not a string: the console's CSP refuses eval.
    await page.waitForFunction(
      (n) =>
        (
          globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }
        ).document.querySelectorAll('main table tbody tr').length >= n,
      rows,
      { timeout: 30_000, polling: 'raf' },
    );
    if (r > 0) times.push(performance.now() - started); // the first load warms caches
  }
  return times;
}

async function main(): Promise<void> {
  const pairs = arg('pairs', 1_000);
  const runs = arg('runs', 5);
  const { name, env } = await benchDatabase({ RUN_WORKERS: 'false', SCHEDULE_SWEEPS: 'false' });
  const config = loadConfig(env);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const { app, origin: base, call, login } = await startBenchApp(config, NOW);
    const accessToken = await login(BENCH_ADMIN.email, BENCH_ADMIN.password);
    const created = await call('POST', '/programmes', accessToken, {
      name: 'Vesterålen 2027',
      startDate: '2027-01-18',
      endDate: '2027-09-17',
      municipalityCodes: VESTERALEN,
    });
    const programmeId = (JSON.parse(created.text) as { id: string }).id;
    const client = new pg.Client({ connectionString: config.DATABASE_URL });
    await client.connect();
    await seed(client, programmeId, pairs);
    await client.query('ANALYZE');
    await client.end();

    console.log(
      `machine: ${os.cpus()[0]?.model ?? '?'}, ${os.cpus().length} cores, Node ${process.version}, ` +
        `Chromium ${browser.version()}, load ${os
          .loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')}`,
    );

    // The first load: what a person's browser fetches to show the login page, as served (gzip).
    const context = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const scripts: { url: string; bytes: number }[] = [];
    page.on('requestfinished', (request) => {
      if (request.resourceType() !== 'script') return;
      void request.sizes().then((sizes) => scripts.push({ url: request.url(), bytes: sizes.responseBodySize }));
    });
    await page.goto('/login');
    await page.getByRole('button', { name: /Logg inn|Log in/ }).waitFor();
    await page.waitForTimeout(500);
    const total = scripts.reduce((sum, s) => sum + s.bytes, 0);
    console.log(
      `first load (login page): ${(total / 1024).toFixed(1)} KB of JavaScript as served, in ${scripts.length} files ` +
        `(budget 300 KB)`,
    );

    await page.getByLabel(/E-post|Email/).fill(BENCH_ADMIN.email);
    await page.getByLabel(/Passord|Password/).fill(BENCH_ADMIN.password);
    await page.getByRole('button', { name: /Logg inn|Log in/ }).click();
    await page.waitForURL('**/programmes');

    const participants = await timeLoad(page, `/programmes/${programmeId}/participants`, 20, runs);
    console.log(
      `participants page, ${2 * pairs} participants: median ${median(participants).toFixed(0)} ms ` +
        `(min ${Math.min(...participants).toFixed(0)}, max ${Math.max(...participants).toFixed(0)}, ${runs} loads)`,
    );
    const grid = await timeLoad(page, `/programmes/${programmeId}/pairs`, pairs, runs);
    console.log(
      `pairs grid, ${pairs} pairs × 8 months: median ${median(grid).toFixed(0)} ms ` +
        `(min ${Math.min(...grid).toFixed(0)}, max ${Math.max(...grid).toFixed(0)}, ${runs} loads)`,
    );
    await app.close();
  } finally {
    await browser.close();
    await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
