import { Global, Injectable, Module, type Provider } from '@nestjs/common';
import { getDataSourceToken, InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * A domain's persistence: its SQL and row locks behind methods named for the need. It runs every
 * statement on the manager it was made with: the pool's (the instance Nest injects) or one
 * transaction's (the instance a Tx hands out), so a service never passes a manager around and no
 * query of a transaction can slip out of it.
 */
export abstract class DomainRepository {
  constructor(protected readonly manager: EntityManager) {}

  /** Runs an UPDATE or DELETE and answers how many rows it changed (TypeORM answers them as [rows, count]). */
  protected async changedRows(sql: string, parameters: unknown[]): Promise<number> {
    const [, count] = await this.manager.query<[unknown, number]>(sql, parameters);
    return count;
  }
}

/** A repository class, made from a manager. */
export type RepositoryClass<R extends DomainRepository> = new (manager: EntityManager) => R;

/** One transaction: the repositories it hands out run in it, each made once. */
export class Tx {
  private readonly made = new Map<RepositoryClass<DomainRepository>, DomainRepository>();

  constructor(private readonly manager: EntityManager) {}

  /** The repository of this kind bound to this transaction. */
  get<R extends DomainRepository>(kind: RepositoryClass<R>): R {
    let repository = this.made.get(kind);
    if (!repository) {
      repository = new kind(this.manager);
      this.made.set(kind, repository);
    }
    return repository as R;
  }
}

/**
 * The one way into a transaction: `run` begins it, hands the callback a Tx, commits when the
 * callback resolves and rolls back when it throws.
 */
@Injectable()
export class Transactions {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => work(new Tx(manager)));
  }
}

/** The Nest provider of a repository outside any transaction: bound to the pool. */
export function repositoryProvider<R extends DomainRepository>(kind: RepositoryClass<R>): Provider {
  return {
    provide: kind,
    useFactory: (dataSource: DataSource) => new kind(dataSource.manager),
    inject: [getDataSourceToken()],
  };
}

@Global()
@Module({ providers: [Transactions], exports: [Transactions] })
export class TransactionsModule {}
