import 'reflect-metadata';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { createApp } from '../src/bootstrap.js';
import { loadConfig } from '../src/config/app-config.js';
import { runMigrations } from '../src/database/migrate.js';
import { createLogger } from '../src/logging/logger.js';
import { UsersService } from '../src/users/users.service.js';
import { generatePeople, prng } from './instances.js';
import { arg, benchDatabase, median, onServer } from './cli.js';

/*
 * `npm run bench:proposals`: the whole proposal run through the API — POST /programmes/:id/proposals
 * on a programme of N realistic mentees and N mentors (default 2,000 each; `--size N`, `--runs R`),
 * measured from the client: loading, scoring, solving and storing the run and its proposals.
 * Uses PostgreSQL and Redis at DATABASE_URL / REDIS_URL (default: the local ones), in a database
 * of its own that it drops at the end.
 */

const VESTERALEN = ['1851', '1866', '1867', '1868', '1870', '1871'];

async function main(): Promise<void> {
  const size = arg('size', 2000);
  const runs = arg('runs', 5);
  const { name, env } = await benchDatabase();
  const config = loadConfig(env);
  try {
    await runMigrations(config.DATABASE_URL);
    const app = await createApp(config, createLogger('warn'));
    await app.init();
    await app.get(UsersService).ensureFirstAdmin(config.ADMIN_EMAIL, config.ADMIN_PASSWORD);
    await app.listen(0, '127.0.0.1');
    const address = app.getHttpServer().address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/v1`;
    const post = async (path: string, body: object, token?: string) => {
      const res = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as Record<string, unknown>;
    };
    const { accessToken } = (await post('/auth/login', {
      email: config.ADMIN_EMAIL,
      password: config.ADMIN_PASSWORD,
    })) as {
      accessToken: string;
    };
    const programme = (await post(
      '/programmes',
      { name: 'Benchmark', startDate: '2027-01-15', municipalityCodes: VESTERALEN },
      accessToken,
    )) as { id: string };

    const { mentors, mentees } = generatePeople(
      { key: `api-${size}`, kind: 'realistic', mentees: size, mentors: size, capacity: 1 },
      prng(2027),
    );
    const client = new pg.Client({ connectionString: config.DATABASE_URL });
    await client.connect();
    const people = [
      ...mentors.map((p) => ({ ...p, role: 'mentor' })),
      ...mentees.map((p) => ({ ...p, role: 'mentee' })),
    ];
    await client.query(
      `INSERT INTO participants (programme_id, role, name, email, municipality_code, preferred_language, languages,
         profession_code, desired_profession_code, gender, wants_same_gender)
       SELECT $1, r.role::participant_role, r.name, r.email, r.municipality, 'nb', r.languages, r.profession,
              r.desired, r.gender::gender, r.wants
         FROM jsonb_to_recordset($2::jsonb) AS r(role text, name text, email text, municipality text, languages jsonb,
              profession text, desired text, gender text, wants boolean)`,
      [
        programme.id,
        JSON.stringify(
          people.map((p, i) => ({
            role: p.role,
            name: `Person ${i}`,
            email: `person${i}@example.org`,
            municipality: p.municipalityCode,
            languages: p.languages,
            profession: p.professionCode,
            desired: p.desiredProfessionCode ?? null,
            gender: p.gender ?? null,
            wants: p.wantsSameGender === true,
          })),
        ),
      ],
    );
    await client.end();

    const times: number[] = [];
    const server: number[] = [];
    let matched = 0;
    for (let r = 0; r < runs; r++) {
      const started = performance.now();
      const result = (await post(`/programmes/${programme.id}/proposals`, {}, accessToken)) as {
        proposals: unknown[];
        durationMs: number;
      };
      times.push(performance.now() - started);
      server.push(result.durationMs);
      matched = result.proposals.length;
    }
    await app.close();
    const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
    console.log(`Proposal run through the API, ${size} mentees × ${size} mentors (realistic), ${runs} runs`);
    console.log(`machine: ${cpu}, ${os.cpus().length} cores, Node ${process.version}`);
    console.log('');
    console.log('| measure | median | min | max |');
    console.log('| --- | ---: | ---: | ---: |');
    const row = (label: string, values: number[]) =>
      console.log(
        `| ${label} | ${(median(values) / 1000).toFixed(2)} s | ${(Math.min(...values) / 1000).toFixed(2)} s | ${(Math.max(...values) / 1000).toFixed(2)} s |`,
      );
    row('POST /proposals, client side', times);
    row('run as the server measured it (load, score, solve)', server);
    console.log(`\npairs proposed: ${matched} of ${size} mentees`);
  } finally {
    await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
