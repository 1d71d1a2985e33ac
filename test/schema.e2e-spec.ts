import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

let database: TestDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
});
afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});

describe('the schema', () => {
  it('is exactly what the entities describe: every entity change has its migration', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('has no pending migrations after the template was migrated', async () => {
    expect(await dataSource.showMigrations()).toBe(false);
  });

  it('never synchronizes from the entities', () => {
    expect(dataSource.options.synchronize).toBe(false);
    expect(dataSource.options.migrationsRun).toBe(false);
  });

  it('holds the shipped municipalities exactly as the data file has them', async () => {
    const file = JSON.parse(
      readFileSync(new URL('../src/municipalities/data/nordland-municipalities.json', import.meta.url), 'utf8'),
    ) as { code: string; name: string; county: string; lat: number; lon: number }[];
    const rows = await dataSource.query<{ code: string; name: string; county: string; lat: number; lon: number }[]>(
      'SELECT code, name, county, lat, lon FROM municipalities ORDER BY code',
    );
    expect(rows).toEqual(file.map(({ code, name, county, lat, lon }) => ({ code, name, county, lat, lon })));
  });
});
