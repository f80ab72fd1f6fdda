// Row scope as part of the query itself: a SQL condition on the queried table that goes into the WHERE clause (of
// ORM queries through `asFilter`, and of hand-written SQL directly), so a row out of scope is never loaded and is
// treated exactly like a row that does not exist.
import { raw, type FilterQuery } from '@mikro-orm/core';
import { visibleCaseIdsSql } from '../scope/case-scope';
import type { Principal } from '../auth/principal';

export interface SqlCondition {
  /** The condition for the table aliased `alias`. */
  sql: (alias: string) => string;
  bindings: unknown[];
}

export const ALL_ROWS: SqlCondition = { sql: () => 'true', bindings: [] };
export const NO_ROWS: SqlCondition = { sql: () => 'false', bindings: [] };

export function anyCondition(...all: SqlCondition[]): SqlCondition {
  if (all.includes(ALL_ROWS)) return ALL_ROWS;
  const conditions = all.filter((c) => c !== NO_ROWS);
  if (conditions.length === 0) return NO_ROWS;
  if (conditions.length === 1) return conditions[0];
  return { sql: (a) => `(${conditions.map((c) => c.sql(a)).join(' or ')})`, bindings: conditions.flatMap((c) => c.bindings) };
}

/** `where` restricted to the rows the condition allows, as a MikroORM filter. */
export function scoped<T extends object>(where: FilterQuery<NoInfer<T>>, scope: SqlCondition): FilterQuery<T> {
  // T comes from where the result goes (em.find's entity), not from the literal `where`.
  if (scope === ALL_ROWS) return where as FilterQuery<T>;
  const condition = { [raw((alias: string) => scope.sql(alias), scope.bindings)]: [] } as FilterQuery<T>;
  return { $and: [where, condition] } as FilterQuery<T>;
}

/** `<alias>.<column>` names a case the principal may see, per this subgraph's case scope read model. */
export function inVisibleCases(schema: string, p: Principal, column = 'case_id'): SqlCondition {
  const cases = visibleCaseIdsSql(schema, p);
  if (cases === 'all') return ALL_ROWS;
  if (cases === null) return NO_ROWS;
  return { sql: (a) => `${a}.${column} in (${cases.sql})`, bindings: cases.bindings };
}

/** `<alias>.<column>` is a party (person or organization id) of a case the principal may see. */
export function isPartyOfVisibleCases(schema: string, p: Principal, column: string): SqlCondition {
  const cases = visibleCaseIdsSql(schema, p);
  if (cases === 'all') return ALL_ROWS;
  if (cases === null) return NO_ROWS;
  return {
    sql: (a) => `${a}.${column} in (select party_id from ${schema}.case_party where case_id in (${cases.sql}))`,
    bindings: cases.bindings,
  };
}
