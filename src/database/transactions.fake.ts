import type { DomainRepository, RepositoryClass, Transactions, Tx } from './transactions.js';

/** A fake of one repository for a service's unit spec: the methods the rule under test calls. */
export type FakeOf<R extends DomainRepository, K extends keyof R> = Pick<R, K>;

/**
 * Transactions for a service's unit spec, without a database: `run` hands its callback a Tx whose
 * `get` answers the fake given for each repository class (an unlisted class fails the spec), and
 * counts the transactions that committed and that rolled back (their callback threw).
 */
export class FakeTransactions {
  committed = 0;
  rolledBack = 0;
  private readonly fakes = new Map<RepositoryClass<DomainRepository>, unknown>();

  /** Registers the fake that `tx.get(kind)` answers: some of the repository's methods, typed as its own. */
  with<R extends DomainRepository>(kind: RepositoryClass<R>, fake: Partial<R>): this {
    this.fakes.set(kind, fake);
    return this;
  }

  private readonly tx = {
    get: (kind: RepositoryClass<DomainRepository>): unknown => {
      if (!this.fakes.has(kind)) throw new Error(`No fake for ${kind.name} in this spec`);
      return this.fakes.get(kind);
    },
  };

  async run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    try {
      const result = await work(this.tx as unknown as Tx);
      this.committed += 1;
      return result;
    } catch (error) {
      this.rolledBack += 1;
      throw error;
    }
  }

  /** This fake where the service expects the real helper. */
  asTransactions(): Transactions {
    return this as unknown as Transactions;
  }
}
