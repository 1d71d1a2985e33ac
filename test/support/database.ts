import { randomBytes } from 'node:crypto';
import { runMigrations } from '../../src/database/migrate.js';
import { databaseUrl, onServer, templateName } from './postgres.js';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A database of this test file's own, cloned from the run's migrated template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const runId = process.env.MN_TEST_RUN;
  if (!runId) throw new Error('MN_TEST_RUN is not set: run the tests through jest (npm test)');
  await ensureTemplate(runId);
  const name = `mn_test_${runId}_${randomBytes(4).toString('hex')}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await onServer((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${templateName(runId)}"`));
      break;
    } catch (error) {
      // Two files cloning at the same instant: the template is briefly "being accessed by other users".
      if ((error as { code?: string }).code !== '55006' || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
    }
  }
  return {
    name,
    url: databaseUrl(name),
    drop: () => onServer((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

/** The first file of a run migrates the template; the others wait on the lock and find it there. */
async function ensureTemplate(runId: string): Promise<void> {
  const template = templateName(runId);
  await onServer(async (c) => {
    await c.query('SELECT pg_advisory_lock(hashtext($1))', [template]);
    try {
      const { rowCount } = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (rowCount) return;
      await c.query(`CREATE DATABASE "${template}"`);
      await runMigrations(databaseUrl(template));
    } finally {
      await c.query('SELECT pg_advisory_unlock(hashtext($1))', [template]);
    }
  });
}
