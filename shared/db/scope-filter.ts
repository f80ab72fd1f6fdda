// Row scope as part of the query itself: a raw SQL condition that MikroORM puts in the WHERE clause, so a row out of
// scope is never loaded (and so is treated exactly like a row that does not exist).
import { raw, type FilterQuery } from '@mikro-orm/core';

/** Nothing is visible. */
export const NO_ROWS = { [raw('false')]: [] } as FilterQuery<any>;

/** `<alias>.<column> in (<subquery>)`. */
export function inSubquery<T>(column: string, subquery: { sql: string; bindings: unknown[] }): FilterQuery<T> {
  return { [raw((alias: string) => `${alias}.${column} in (${subquery.sql})`, subquery.bindings)]: [] } as FilterQuery<T>;
}

/** Combines a query's own conditions with the caller's scope. */
export function scoped<T>(where: FilterQuery<T>, scope: FilterQuery<T> | 'all'): FilterQuery<T> {
  return scope === 'all' ? where : ({ $and: [where, scope] } as FilterQuery<T>);
}
