import { sql, type AliasedRawBuilder, type RawBuilder } from 'kysely';

/** The transaction's start time, as Prisma's @default(now()) writes it. */
export const NOW: RawBuilder<Date> = sql<Date>`now()`;

/** now() plus (or, negative, minus) a number of milliseconds. */
export const nowPlusMs = (ms: number): RawBuilder<Date> => sql<Date>`now() + ${ms} * interval '1 millisecond'`;

/** count(*) as a JavaScript number (pg returns a bigint count as text). */
export const COUNT_ALL: RawBuilder<number> = sql<number>`count(*)::int`;

type Columns = Record<string, readonly unknown[]>;

/**
 * A batch as a table, one array parameter per column: `unnest($1::bigint[], $2::int[], …) AS alias(a, b, …)`.
 * The parameter count stays the number of columns whatever the batch size (a VALUES list would take one per cell,
 * and PostgreSQL allows 65 535). Row types come from the arrays given; `types` names each column's SQL type.
 */
export function unnestAs<C extends Columns, A extends string>(
  alias: A,
  columns: C,
  types: { [K in keyof C]: string },
): AliasedRawBuilder<{ [K in keyof C]: C[K][number] }, A> {
  const names = Object.keys(columns);
  const args = sql.join(names.map((n) => sql`${sql.val(columns[n])}::${sql.raw(types[n])}[]`));
  const columnList = sql.join(names.map((n) => sql.ref(n)));
  return sql<{ [K in keyof C]: C[K][number] }>`unnest(${args})`.as<A>(sql`${sql.ref(alias)}(${columnList})`);
}

/**
 * `= ANY($1::text[])`: one array parameter for a batch of ids, where `in` would bind one parameter each (a batch of
 * 500 users: 500 parameters, and a different statement text for each batch size).
 */
export const anyText = (values: readonly string[]): RawBuilder<string> => sql<string>`ANY(${sql.val(values)}::text[])`;
