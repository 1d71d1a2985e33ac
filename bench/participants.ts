import 'reflect-metadata';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { AuditService } from '../src/audit/audit.service.js';
import { loadConfig } from '../src/config/app-config.js';
import { startBenchApp } from './app.js';
import { arg, BENCH_ADMIN, benchDatabase, median, onServer } from './cli.js';

/*
 * `npm run bench:participants`: GET /programmes/:id/participants, the console's participants table,
 * on a programme of N participants (default 2,000: half mentors, half mentees, over the six
 * Vesterålen municipalities, 40 % of the mentees in a running pair and 5 % in a completed one),
 * beside four other programmes of the same size. Timed from the client over R calls (default 20),
 * the median is the figure: the whole list for a coordinator who holds all six municipalities (so
 * the scoping runs and every row comes back), for a coordinator of one, a search, a filtered and
 * sorted page with its total; and GET /professions?q= for the profession search.
 *
 * Every list read writes one audit row per person listed, in one statement. Its peer, the same read
 * without those rows, is measured in the same run by replacing the app's audit writer for
 * participants with a no-op in this process only (the service has no switch for it).
 * Erasure of one person is timed on R mentees of that programme, beside its peer, a PATCH of one field.
 * Options: --participants N, --runs R, --keep (keep the database and print its name).
 * Uses PostgreSQL and Redis at DATABASE_URL / REDIS_URL (default: the local ones), in a database of
 * its own that it drops at the end.
 */

const VESTERALEN = ['1851', '1866', '1867', '1868', '1870', '1871'];

/** N participants of the programme, half of the mentees paired: one statement per table. */
async function seed(client: pg.Client, programmeId: string, participants: number): Promise<void> {
  const half = Math.floor(participants / 2);
  await client.query(
    `CREATE TEMP TABLE seed AS
     SELECT i, gen_random_uuid() AS mentor_id, gen_random_uuid() AS mentee_id, ($2::text[])[1 + i % 6] AS municipality
     FROM generate_series(1, $1::int) i`,
    [half, VESTERALEN],
  );
  await client.query(
    `INSERT INTO participants (id, programme_id, role, name, email, municipality_code, preferred_language, languages,
       profession_code, capacity, category, created_at)
     SELECT mentor_id, $1::uuid, 'mentor'::participant_role, 'Mentor ' || md5(i::text), 'mentor' || i || '@example.org',
            municipality, 'nb', '[{"code": "nb", "level": "native"}]'::jsonb, '2221', 1 + i % 3, NULL,
            now() - i * interval '1 minute'
     FROM seed
     UNION ALL
     SELECT mentee_id, $1::uuid, 'mentee'::participant_role, 'Mentee ' || md5(i::text || 'x'), 'mentee' || i || '@example.org',
            municipality, 'en', '[{"code": "en", "level": "B2"}]'::jsonb, '5321', 1,
            (ARRAY['refugee', 'family', 'labour_eea', 'labour_non_eea', 'labour_spouse', 'other'])[1 + i % 6]::mentee_category,
            now() - i * interval '1 minute'
     FROM seed`,
    [programmeId],
  );
  await client.query(
    `INSERT INTO matches (programme_id, mentor_id, mentee_id, status, score, breakdown, decided_at, starts_on)
     SELECT $1::uuid, mentor_id, mentee_id, (CASE WHEN i % 20 < 8 THEN 'approved' WHEN i % 20 = 8 THEN 'completed'
              WHEN i % 20 < 12 THEN 'proposed' ELSE 'rejected' END)::match_status, 0.7, '{}'::jsonb,
            CASE WHEN i % 20 BETWEEN 9 AND 11 THEN NULL ELSE now() END,
            CASE WHEN i % 20 <= 8 THEN date '2027-01-18' END
     FROM seed`,
    [programmeId],
  );
  await client.query('DROP TABLE seed');
}

async function main(): Promise<void> {
  const size = arg('participants', 2000);
  const runs = arg('runs', 20);
  const { name, env } = await benchDatabase({ RUN_WORKERS: 'false', SCHEDULE_SWEEPS: 'false' });
  const config = loadConfig(env);
  try {
    const { app, call, login } = await startBenchApp(config);
    const admin = await login(BENCH_ADMIN.email, BENCH_ADMIN.password);
    const coordinatorOf = async (email: string, municipalityCodes: string[]) => {
      const password = 'coordinator password 123';
      await call('POST', '/users', admin, {
        email,
        name: 'Koordinator',
        password,
        role: 'coordinator',
        municipalityCodes,
      });
      return login(email, password);
    };
    const all = await coordinatorOf('vesteralen@example.org', VESTERALEN);
    const sortland = await coordinatorOf('sortland@example.org', ['1870']);

    const client = new pg.Client({ connectionString: config.DATABASE_URL });
    client.on('error', () => undefined);
    await client.connect();
    const auditRows = async () =>
      Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM audit_log')).rows[0].n);
    let programmeId = '';
    for (let i = 0; i < 5; i++) {
      const body = { name: `Vesterålen ${2027 - i}`, startDate: `${2027 - i}-01-18`, municipalityCodes: VESTERALEN };
      const id = (JSON.parse((await call('POST', '/programmes', admin, body)).text) as { id: string }).id;
      await seed(client, id, size);
      if (i === 0) programmeId = id;
    }
    await client.query('ANALYZE');

    const time = async (label: string, path: string, token: string) => {
      const first = await call('GET', path, token); // warm-up
      const rows = (JSON.parse(first.text) as unknown[]).length;
      const times: number[] = [];
      for (let r = 0; r < runs; r++) {
        const started = performance.now();
        await call('GET', path, token);
        times.push(performance.now() - started);
      }
      const total = first.total === null ? '' : `, X-Total-Count ${first.total}`;
      console.log(
        `${label.padEnd(58)} median ${median(times).toFixed(1)} ms  (min ${Math.min(...times).toFixed(1)}, ` +
          `max ${Math.max(...times).toFixed(1)}; ${rows} rows${total})`,
      );
    };
    console.log(
      `machine: ${os.cpus()[0]?.model ?? '?'}, ${os.cpus().length} cores, Node ${process.version}, load ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}; ${size} participants a programme, 5 programmes, ${runs} calls each`,
    );
    const list = `/programmes/${programmeId}/participants`;
    const rowsBefore = await auditRows();
    await time('whole list, coordinator of all six municipalities', list, all);
    const written = (await auditRows()) - rowsBefore;
    console.log(`  audit rows written per read: ${written / (runs + 1)}`);
    // The peer: the same read with the audit rows of participants not written (this process only).
    const audit = app.get(AuditService);
    const writeAudit = audit.participants.bind(audit);
    audit.participants = () => Promise.resolve();
    await time('  the same read without its audit rows (peer)', list, all);
    audit.participants = writeAudit;
    // Erasure of one person (POST /participants/:id/erase: name, email, phone and the notes of their
    // pairs replaced, pending emails cancelled, one audit row) on R mentees of the big programme, each
    // once; its peer is a change of one field of R others (PATCH, also one transaction and audit row).
    const { rows: people } = await client.query<{ id: string }>(
      `SELECT id FROM participants WHERE programme_id = $1 AND role = 'mentee' ORDER BY id LIMIT $2`,
      [programmeId, 2 * runs],
    );
    const timeWrites = async (label: string, write: (id: string) => Promise<unknown>, ids: string[]) => {
      const times: number[] = [];
      for (const id of ids) {
        const started = performance.now();
        await write(id);
        times.push(performance.now() - started);
      }
      console.log(
        `${label.padEnd(58)} median ${median(times).toFixed(1)} ms  (min ${Math.min(...times).toFixed(1)}, ` +
          `max ${Math.max(...times).toFixed(1)}; ${ids.length} people)`,
      );
    };
    await timeWrites(
      'erase one participant (POST /participants/:id/erase)',
      (id) => call('POST', `/participants/${id}/erase`, admin, { reason: 'Asked for erasure' }),
      people.slice(0, runs).map((p) => p.id),
    );
    await timeWrites(
      '  change one field of a participant (PATCH, peer)',
      (id) => call('PATCH', `/participants/${id}`, admin, { phone: '+47 912 34 567' }),
      people.slice(runs).map((p) => p.id),
    );
    await client.end();
    await time('whole list, lead (admin)', list, admin);
    await time('whole list, coordinator of Sortland', list, sortland);
    await time('search ?q=mentee 1a (name or email)', `${list}?q=${encodeURIComponent('mentee 1a')}`, all);
    await time(
      'page ?role=mentee&hasMentor=false&sort=municipality&limit=50',
      `${list}?role=mentee&hasMentor=false&sort=municipality&limit=50&offset=100`,
      all,
    );
    await time('GET /professions?q=sykepleier&lang=nb&limit=20', '/professions?q=sykepleier&lang=nb&limit=20', all);
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
