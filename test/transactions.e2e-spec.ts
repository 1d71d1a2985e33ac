import { DataSource } from 'typeorm';
import { AuditRepository } from '../src/audit/audit.repository.js';
import { dataSourceOptions } from '../src/database/data-source.js';
import { DomainRepository, Transactions } from '../src/database/transactions.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

/** A repository of this test only: one row per call in a table of its own. */
class NotesRepository extends DomainRepository {
  async add(text: string): Promise<void> {
    await this.manager.query('INSERT INTO tx_notes (text) VALUES ($1)', [text]);
  }

  async count(): Promise<number> {
    const [{ n }] = await this.manager.query<{ n: number }[]>('SELECT count(*)::int AS n FROM tx_notes');
    return n;
  }
}

let database: TestDatabase;
let dataSource: DataSource;
let transactions: Transactions;
let pool: NotesRepository;

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
  await dataSource.query('CREATE TABLE tx_notes (text text NOT NULL)');
  transactions = new Transactions(dataSource);
  pool = new NotesRepository(dataSource.manager);
});
afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});
beforeEach(() => dataSource.query('TRUNCATE tx_notes'));

describe('Transactions.run', () => {
  it('commits what the repositories of its Tx wrote when the work resolves', async () => {
    const result = await transactions.run(async (tx) => {
      await tx.get(NotesRepository).add('one');
      await tx.get(NotesRepository).add('two');
      return 'done';
    });
    expect(result).toBe('done');
    expect(await pool.count()).toBe(2);
  });

  it('rolls back every write of the work when it throws, audit rows included', async () => {
    const auditBefore = await dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM audit_log');
    await expect(
      transactions.run(async (tx) => {
        await tx.get(NotesRepository).add('one');
        await tx.get(AuditRepository).append(
          {
            at: new Date(),
            actorId: null,
            actorRole: null,
            action: 'auth.login_failed',
            subjectType: 'user',
            requestId: null,
          },
          [{ id: null }],
        );
        throw new Error('a crash between two steps');
      }),
    ).rejects.toThrow('a crash between two steps');
    expect(await pool.count()).toBe(0);
    expect(await dataSource.query('SELECT count(*)::int AS n FROM audit_log')).toEqual(auditBefore);
  });

  it("hands out repositories that see the transaction's own uncommitted writes, and others that do not", async () => {
    await transactions.run(async (tx) => {
      await tx.get(NotesRepository).add('one');
      expect(await tx.get(NotesRepository).count()).toBe(1);
      expect(await pool.count()).toBe(0);
    });
    expect(await pool.count()).toBe(1);
  });

  it('makes one repository of a kind per transaction, and new ones for the next', async () => {
    const seen: NotesRepository[] = [];
    await transactions.run((tx) => Promise.resolve(seen.push(tx.get(NotesRepository), tx.get(NotesRepository))));
    await transactions.run((tx) => Promise.resolve(seen.push(tx.get(NotesRepository))));
    expect(seen[0]).toBe(seen[1]);
    expect(seen[2]).not.toBe(seen[0]);
  });
});
