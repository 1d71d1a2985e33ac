import 'reflect-metadata';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { loadConfig } from '../src/config/app-config.js';
import { startBenchApp } from './app.js';
import { arg, BENCH_ADMIN, benchDatabase, median, onServer } from './cli.js';

/*
 * `npm run bench:stats`: GET /programmes/:id/stats on a programme of N pairs (default 10,000) with
 * M meetings (default 200,000), timed over R calls (default 20) by a client
 * in its own process, as a browser is (its unzipping and decoding no longer share the server's thread); the median is the
 * figure, until the answer is unzipped and read as text (the time until its last byte arrived is
 * printed beside it). Also timed, the same way: a coordinator's share (one municipality of six), the CSV,
 * GET /stats with this programme and four smaller ones side by side, and the console's pairs list
 * (GET /programmes/:id/pairs, every pair with its months) and attention counts, each for a lead and
 * for the coordinator. The client asks for the encodings a browser does (brotli, then).
 *
 * The data is written straight with SQL: a Vesterålen programme, 2027-01-18 → 2027-09-17, with
 * N mentors and N mentees (six municipalities, every category and employment status), their pairs
 * (75 % running, 12 % completed, 8 % ended early, the rest proposed or rejected), M meetings spread
 * over the pairs' months, and attendance at the kickoff and the midway gathering. The clock is held
 * at 2027-08-20, so seven months are closed. Options: --pairs N, --meetings M, --runs R, --only TEXT (time
 * only the requests whose label holds TEXT, such as pairs), --keep (keep
 * the database and print its name, to EXPLAIN the queries afterwards).
 * Uses PostgreSQL and Redis at DATABASE_URL / REDIS_URL (default: the local ones), in a database of
 * its own that it drops at the end.
 */

const VESTERALEN = ['1851', '1866', '1867', '1868', '1870', '1871'];
const NOW = new Date('2027-08-20T10:00:00Z');

/** N pairs and M meetings in the programme that starts on `start` (its meetings up to NOW or its end). */
async function seed(
  client: pg.Client,
  programmeId: string,
  start: string,
  pairs: number,
  meetings: number,
): Promise<void> {
  await client.query('SET synchronous_commit = off');
  await client.query(
    `CREATE TEMP TABLE pair_seed AS
     SELECT i, gen_random_uuid() AS mentor_id, gen_random_uuid() AS mentee_id, gen_random_uuid() AS match_id,
            ($2::text[])[1 + i % 6] AS municipality,
            CASE WHEN i % 100 < 75 THEN 'approved' WHEN i % 100 < 87 THEN 'completed' WHEN i % 100 < 95 THEN 'ended'
                 WHEN i % 100 < 98 THEN 'proposed' ELSE 'rejected' END AS status,
            $3::date + (i % 60) AS starts_on
     FROM generate_series(1, $1::int) i`,
    [pairs, VESTERALEN, start],
  );
  await client.query(
    `INSERT INTO participants (id, programme_id, role, name, email, municipality_code, preferred_language, languages,
       profession_code, category, employment_status_at_start)
     SELECT mentor_id, $1::uuid, 'mentor'::participant_role, 'Mentor ' || i, 'mentor' || i || '@example.org', municipality, 'nb',
            '[{"code": "nb", "level": "native"}]'::jsonb, '2512', NULL, NULL
     FROM pair_seed
     UNION ALL
     SELECT mentee_id, $1::uuid, 'mentee'::participant_role, 'Mentee ' || i, 'mentee' || i || '@example.org', municipality, 'en',
            '[{"code": "en", "level": "B2"}]'::jsonb, '2512',
            (ARRAY['refugee', 'family', 'labour_eea', 'labour_non_eea', 'labour_spouse', 'other', NULL])[1 + i % 7]::mentee_category,
            (ARRAY['unemployed', 'introduction_programme', 'education', 'part_time', 'full_time', NULL])[1 + i % 6]::employment_status
     FROM pair_seed`,
    [programmeId],
  );
  await client.query(
    `INSERT INTO matches (id, programme_id, mentor_id, mentee_id, status, score, breakdown, decided_at, starts_on,
       ended_on, employment_status_at_end)
     SELECT match_id, $1::uuid, mentor_id, mentee_id, status::match_status, 0.7, '{}'::jsonb,
            CASE WHEN status = 'proposed' THEN NULL ELSE timestamptz '2027-01-15T12:00:00Z' END,
            CASE WHEN status IN ('approved', 'completed', 'ended') THEN starts_on END,
            CASE WHEN status = 'completed' THEN $2::date + 195 WHEN status = 'ended' THEN $2::date + 73 + (i % 90) END,
            CASE WHEN status IN ('completed', 'ended')
                 THEN (ARRAY['unemployed', 'education', 'part_time', 'full_time', NULL])[1 + i % 5]::employment_status END
     FROM pair_seed`,
    [programmeId, start],
  );
  // M meetings over the running, completed and ended pairs, each within its pair's span.
  await client.query(
    `INSERT INTO meetings (match_id, date, duration_minutes, source)
     SELECT m.id, m.starts_on + (hashint8(k) & 2147483647) % GREATEST(1, LEAST(COALESCE(m.ended_on, m.last_day), m.last_day) - m.starts_on),
            (ARRAY[60, 90, 120, 120, 150, 180])[1 + (k % 6)::int], 'api'
     FROM (SELECT mt.id, mt.starts_on, mt.ended_on, LEAST(p.end_date, $3::date) AS last_day,
                  row_number() OVER (ORDER BY mt.id) - 1 AS n, count(*) OVER () AS total
           FROM matches mt JOIN programmes p ON p.id = mt.programme_id
           WHERE mt.programme_id = $1 AND mt.starts_on IS NOT NULL) m
     CROSS JOIN LATERAL generate_series(m.n * $2::int / m.total, (m.n + 1) * $2::int / m.total - 1) k`,
    [programmeId, meetings, NOW.toISOString().slice(0, 10)],
  );
  await client.query(
    `INSERT INTO gathering_attendance (gathering_id, participant_id)
     SELECT g.id, p.id FROM gatherings g JOIN participants p ON p.programme_id = g.programme_id
     WHERE g.programme_id = $1 AND g.kind IN ('kickoff', 'midway') AND (hashtext(p.id::text || g.kind) & 3) <> 0`,
    [programmeId],
  );
  await client.query('DROP TABLE pair_seed');
}

async function main(): Promise<void> {
  const pairs = arg('pairs', 10_000);
  const meetingCount = arg('meetings', 200_000);
  const runs = arg('runs', 20);
  const { name, env } = await benchDatabase({ RUN_WORKERS: 'false', SCHEDULE_SWEEPS: 'false' });
  const config = loadConfig(env);
  try {
    const bench = await startBenchApp(config, NOW);
    const { app, login } = bench;
    const call = async (method: string, path: string, token?: string, body?: object) =>
      (await bench.call(method, path, token, body)).text;
    const admin = await login(BENCH_ADMIN.email, BENCH_ADMIN.password);
    const coordinatorPassword = 'coordinator password 123';
    await call('POST', '/users', admin, {
      email: 'sortland@example.org',
      name: 'Koordinator Sortland',
      password: coordinatorPassword,
      role: 'coordinator',
      municipalityCodes: ['1870'],
    });
    const coordinator = await login('sortland@example.org', coordinatorPassword);
    await call('POST', '/users', admin, {
      email: 'lead@example.org',
      name: 'Programleder',
      password: coordinatorPassword,
      role: 'lead',
    });
    const lead = await login('lead@example.org', coordinatorPassword);

    const programme = (body: object) =>
      call('POST', '/programmes', admin, body).then((text) => (JSON.parse(text) as { id: string }).id);
    const programmeId = await programme({
      name: 'Vesterålen 2027',
      startDate: '2027-01-18',
      endDate: '2027-09-17',
      municipalityCodes: VESTERALEN,
    });
    const client = new pg.Client({ connectionString: config.DATABASE_URL });
    client.on('error', () => undefined); // the database is dropped at the end, maybe under it
    await client.connect();
    const seedStarted = performance.now();
    await seed(client, programmeId, '2027-01-18', pairs, meetingCount);
    for (let year = 2023; year <= 2026; year++) {
      const earlier = await programme({
        name: `Vesterålen ${year}`,
        startDate: `${year}-01-18`,
        municipalityCodes: VESTERALEN,
      });
      await seed(client, earlier, `${year}-01-18`, Math.ceil(pairs / 10), Math.ceil(meetingCount / 10));
    }
    await client.query('ANALYZE');
    const counts = (
      await client.query<{ participants: number; matches: number; meetings: number }>(
        `SELECT (SELECT count(*) FROM participants WHERE programme_id = $1)::int AS participants,
                (SELECT count(*) FROM matches WHERE programme_id = $1)::int AS matches,
                (SELECT count(*) FROM meetings mt JOIN matches m ON m.id = mt.match_id WHERE m.programme_id = $1)::int AS meetings`,
        [programmeId],
      )
    ).rows[0];
    await client.end();
    console.log(
      `seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s: ${counts.participants} participants, ` +
        `${counts.matches} pairs, ${counts.meetings} meetings (and four earlier programmes of a tenth the size)`,
    );

    const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
    const time = async (label: string, path: string, token: string) => {
      if (only !== undefined && !label.includes(only)) return;
      const { received, decoded } = await bench.timeCalls(path, token, runs);
      console.log(
        `${label.padEnd(44)} median ${median(decoded).toFixed(1)} ms  (min ${Math.min(...decoded).toFixed(1)}, ` +
          `max ${Math.max(...decoded).toFixed(1)}, ${runs} calls; last byte received: median ${median(received).toFixed(1)} ms)`,
      );
    };
    console.log(
      `machine: ${os.cpus()[0]?.model ?? '?'}, ${os.cpus().length} cores, Node ${process.version}, load ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    await time('GET /programmes/:id/stats (lead)', `/programmes/${programmeId}/stats`, admin);
    await time('GET /programmes/:id/stats (coordinator, 1870)', `/programmes/${programmeId}/stats`, coordinator);
    await time('GET /programmes/:id/stats.csv (lead)', `/programmes/${programmeId}/stats.csv`, admin);
    await time('GET /stats (5 programmes)', '/stats', admin);
    const pairsList = await call('GET', `/programmes/${programmeId}/pairs`, lead);
    console.log(
      `pairs list: ${(JSON.parse(pairsList) as unknown[]).length} pairs, ${(pairsList.length / 1e6).toFixed(1)} MB of JSON`,
    );
    await time('GET /programmes/:id/pairs (lead)', `/programmes/${programmeId}/pairs`, lead);
    await time('GET /programmes/:id/pairs (coordinator, 1870)', `/programmes/${programmeId}/pairs`, coordinator);
    await time('GET /programmes/:id/attention (lead)', `/programmes/${programmeId}/attention`, lead);
    await time(
      'GET /programmes/:id/attention (coordinator, 1870)',
      `/programmes/${programmeId}/attention`,
      coordinator,
    );
    await app.close();
  } finally {
    if (process.argv.includes('--keep')) console.log(`database kept: ${name}`);
    else await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
