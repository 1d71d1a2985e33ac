import { randomBytes } from 'node:crypto';

/**
 * Names this run. Plain JavaScript because Jest loads global setup outside its TypeScript
 * transform; the first test file that needs a database migrates the run's template (database.ts).
 */
export default function globalSetup() {
  process.env.MN_TEST_RUN = randomBytes(4).toString('hex');
}
