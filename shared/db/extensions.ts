// PostgreSQL extensions live in one shared schema, `extensions`, created once whichever subgraph migrates first.
// `create extension if not exists` is safe to repeat; the migration advisory lock keeps two from racing.
export const EXTENSIONS_SQL = [
  'create schema if not exists extensions',
  'create extension if not exists pg_trgm with schema extensions',
  'create extension if not exists unaccent with schema extensions',
  'create extension if not exists pgcrypto with schema extensions',
];

/**
 * Makes every foreign key of a schema checked at commit instead of at each statement. Entities here keep foreign keys
 * as plain columns (loaders do the joining), so the ORM cannot know in which order to insert rows that point at each
 * other within one flush; checking at commit keeps the guarantee without depending on that order.
 */
export function deferForeignKeysSql(schema: string): string {
  return `do $$ declare r record; begin
    for r in select conrelid::regclass as t, conname from pg_constraint where contype = 'f' and connamespace = '${schema}'::regnamespace loop
      execute format('alter table %s alter constraint %I deferrable initially deferred', r.t, r.conname);
    end loop;
  end $$`;
}
