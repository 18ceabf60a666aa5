import type { PGlite, Transaction } from '@electric-sql/pglite';
import {
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from 'kysely';

// Why our own dialect rather than kysely-pglite-dialect / kysely-pglite: the first declares PGlite ≤ 0.4 (we run
// 0.5), the second brings a CLI and a code generator; and neither shares the instance with Prisma's adapter: a
// transaction must hold PGlite's own transaction lock, or Prisma's queries on the same instance would run inside it.

// pg returns int8 (bigint ids, sums) as text and the generated row types say so (Delivery.id: string); PGlite would
// return numbers. Per query, so the instance's defaults that Prisma's adapter relies on stay as they are.
const AS_PG_DOES = { 20: (value: string) => value };

type Querier = Pick<PGlite | Transaction, 'query'>;

class PgliteConnection implements DatabaseConnection {
  #querier: Querier;
  #end?: (commit: boolean) => void;
  #ended?: Promise<unknown>;

  constructor(private readonly lite: PGlite) {
    this.#querier = lite;
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.#querier.query<R>(query.sql, [...query.parameters], { parsers: AS_PG_DOES });
    const affected = result.affectedRows;
    return { rows: result.rows, ...(affected === undefined ? {} : { numAffectedRows: BigInt(affected) }) };
  }

  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('PGlite does not stream query results');
  }

  /** Enters PGlite's transaction(): its lock is held (everyone else waits) until end() settles the callback. */
  begin(): Promise<void> {
    return new Promise((started, failed) => {
      this.#ended = this.lite
        .transaction(async (tx) => {
          this.#querier = tx;
          const commit = await new Promise<boolean>((resolve) => {
            this.#end = resolve;
            started();
          });
          if (!commit) await tx.rollback();
        })
        .finally(() => {
          this.#querier = this.lite;
          this.#end = undefined;
        });
      this.#ended.catch(failed);
    });
  }

  async end(commit: boolean): Promise<void> {
    this.#end?.(commit);
    await this.#ended;
  }
}

class PgliteDriver implements Driver {
  constructor(private readonly lite: PGlite) {}
  async init() {}
  async acquireConnection() {
    return new PgliteConnection(this.lite);
  }
  async beginTransaction(connection: DatabaseConnection) {
    await (connection as PgliteConnection).begin();
  }
  async commitTransaction(connection: DatabaseConnection) {
    await (connection as PgliteConnection).end(true);
  }
  async rollbackTransaction(connection: DatabaseConnection) {
    await (connection as PgliteConnection).end(false);
  }
  async releaseConnection() {}
  // The instance belongs to the Database that opened it (Prisma uses it too): closing it is that object's job.
  async destroy() {}
}

/** Kysely on an existing PGlite instance, PostgreSQL's SQL dialect. */
export function pgliteDialect(lite: PGlite): Dialect {
  return {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new PgliteDriver(lite),
    createIntrospector: (db: Kysely<unknown>) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  };
}
