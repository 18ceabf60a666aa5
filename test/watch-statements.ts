// Tests that look at (or fail) the statements a client runs, now that lib/ queries through Kysely: a plugin sees each
// statement as PostgreSQL's SQL before it runs.
import { PostgresQueryCompiler, type QueryId, type RootOperationNode } from 'kysely';
import type { SqlClient } from '../lib/db/sql-client';

const compiler = new PostgresQueryCompiler();

/**
 * The client whose query builder shows `see` each statement's SQL text before running it; `see` may throw, and the
 * statement then fails without reaching the database (an outage for that statement only). Sub-queries are shown
 * on their own too, so match on a marker that only the statement of interest has.
 */
export function watchStatements(sql: SqlClient, see: (text: string) => void): SqlClient {
  const kysely = sql.kysely.withPlugin({
    transformQuery: ({ node, queryId }: { node: RootOperationNode; queryId: QueryId }) => {
      see(compiler.compileQuery(node, queryId).sql);
      return node;
    },
    transformResult: async ({ result }) => result,
  });
  return { ...sql, kysely };
}

/** Counts the statements (roots only: one per query run) whose SQL contains `marker`. */
export function countStatements(sql: SqlClient, marker: string) {
  const counter = { n: 0 };
  const texts = new Map<string, string>();
  const kysely = sql.kysely.withPlugin({
    transformQuery: ({ node, queryId }) => {
      texts.set(queryId.queryId, compiler.compileQuery(node, queryId).sql);
      return node;
    },
    transformResult: async ({ result, queryId }) => {
      if (texts.get(queryId.queryId)?.includes(marker)) counter.n++;
      texts.delete(queryId.queryId);
      return result;
    },
  });
  return { sql: { ...sql, kysely } as SqlClient, counter };
}
