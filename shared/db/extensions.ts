// PostgreSQL extensions live in one shared schema, `extensions`, created once whichever subgraph migrates first.
// `create extension if not exists` is safe to repeat; the migration advisory lock keeps two from racing.
export const EXTENSIONS_SQL = [
  'create schema if not exists extensions',
  'create extension if not exists pg_trgm with schema extensions',
  'create extension if not exists unaccent with schema extensions',
  'create extension if not exists pgcrypto with schema extensions',
];
