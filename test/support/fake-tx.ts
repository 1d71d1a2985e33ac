import type { DataSource, EntityManager } from 'typeorm';
import { Transactions, Tx, type DomainRepository, type RepositoryClass } from '../../src/database/transactions.js';

/*
 * Transactions without a database, for a service's unit spec: the spec binds a typed fake to each
 * repository class the rule uses (some of the class's methods, each with the real one's
 * signature), and the service's tx.get(...) hands it out. A method the fake lacks fails the spec.
 */

/** A fake of one repository: the methods the rule under test calls. */
export type FakeOf<R extends DomainRepository, K extends keyof R> = Pick<R, K>;

/** A Tx that hands out the bound fakes. */
export class FakeTx extends Tx {
  private readonly fakes = new Map<RepositoryClass<DomainRepository>, unknown>();

  constructor() {
    // No manager: a fake Tx makes no repository of its own.
    super(null as unknown as EntityManager);
  }

  /** Binds `fake` as the transaction's `kind`. */
  bind<R extends DomainRepository>(kind: RepositoryClass<R>, fake: Partial<R>): this {
    this.fakes.set(kind, fake);
    return this;
  }

  override get<R extends DomainRepository>(kind: RepositoryClass<R>): R {
    if (!this.fakes.has(kind)) throw new Error(`No fake bound for ${kind.name}`);
    return this.fakes.get(kind) as R;
  }
}

/**
 * Transactions whose run() calls back with one FakeTx, and counts the transactions begun, those
 * that committed and those that rolled back (their callback threw).
 */
export class FakeTransactions extends Transactions {
  begun = 0;
  committed = 0;
  rolledBack = 0;

  constructor(readonly tx: FakeTx = new FakeTx()) {
    super(null as unknown as DataSource);
  }

  /** Binds `fake` as `kind` in the transaction (FakeTx.bind). */
  with<R extends DomainRepository>(kind: RepositoryClass<R>, fake: Partial<R>): this {
    this.tx.bind(kind, fake);
    return this;
  }

  /** This fake where a service expects the real helper. */
  asTransactions(): Transactions {
    return this;
  }

  override async run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    this.begun += 1;
    try {
      const result = await work(this.tx);
      this.committed += 1;
      return result;
    } catch (error) {
      this.rolledBack += 1;
      throw error;
    }
  }
}
