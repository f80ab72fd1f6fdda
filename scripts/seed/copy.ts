// Bulk loading with COPY. Each table loads in its own transaction: its secondary indexes and its foreign keys are
// captured from the catalog and dropped, the rows streamed in, then the indexes rebuilt and the foreign keys added
// back from the captured definitions. One index build is much faster than a million index insertions, and adding a
// foreign key checks every row in one join instead of one lookup per row; the rows are still checked. The migrations
// stay the only place these definitions are written; if anything fails, the transaction rolls back and the table is
// as it was.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export interface IndexDefinition {
  readonly name: string;
  readonly definition: string;
}

function splitName(table: string): [schema: string, name: string] {
  const [schema, name] = table.split('.');
  if (!schema || !name) throw new Error(`expected a schema-qualified table name, got ${table}`);
  return [schema, name];
}

/** Indexes of a table that no constraint owns (primary keys and unique constraints keep theirs). */
export async function secondaryIndexes(client: Client, table: string): Promise<IndexDefinition[]> {
  const [schema, name] = splitName(table);
  const { rows } = await client.query<{ indexname: string; indexdef: string }>(
    `select i.indexname, i.indexdef
       from pg_indexes i
      where i.schemaname = $1 and i.tablename = $2
        and not exists (
          select 1 from pg_constraint c
           where c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass
        )
      order by i.indexname`,
    [schema, name],
  );
  return rows.map((r) => ({ name: r.indexname, definition: r.indexdef }));
}

export interface ForeignKeyDefinition {
  readonly name: string;
  readonly definition: string;
}

/** Foreign keys declared on a table (the references it makes, not those made to it). */
export async function foreignKeys(client: Client, table: string): Promise<ForeignKeyDefinition[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `select conname as name, pg_get_constraintdef(oid) as definition
       from pg_constraint
      where conrelid = $1::regclass and contype = 'f'
      order by conname`,
    [table],
  );
  return rows;
}

export interface LoadResult {
  readonly rows: number;
  readonly indexes: number;
  readonly foreignKeys: number;
  readonly copySeconds: number;
  /** Rebuilding the indexes and checking the foreign keys. */
  readonly indexSeconds: number;
}

/**
 * Loads one table from COPY text chunks (see copy-text.ts), dropping and rebuilding its secondary indexes around the
 * load, all in one transaction.
 */
export async function loadTable(
  client: Client,
  table: string,
  columns: readonly string[],
  chunks: Iterable<string>,
  countRows: () => number,
): Promise<LoadResult> {
  const [schema] = splitName(table);
  await client.query('begin');
  try {
    const indexes = await secondaryIndexes(client, table);
    const keys = await foreignKeys(client, table);
    for (const key of keys) await client.query(`alter table ${table} drop constraint ${client.escapeIdentifier(key.name)}`);
    for (const index of indexes) await client.query(`drop index ${client.escapeIdentifier(schema)}.${client.escapeIdentifier(index.name)}`);
    const started = process.hrtime.bigint();
    const target = client.query(copyFrom(`copy ${table} (${columns.map((c) => client.escapeIdentifier(c)).join(', ')}) from stdin`));
    await pipeline(Readable.from(chunks, { objectMode: false }), target);
    const copied = process.hrtime.bigint();
    for (const index of indexes) await client.query(index.definition);
    for (const key of keys) await client.query(`alter table ${table} add constraint ${client.escapeIdentifier(key.name)} ${key.definition}`);
    const indexed = process.hrtime.bigint();
    await client.query('commit');
    return {
      rows: countRows(),
      indexes: indexes.length,
      foreignKeys: keys.length,
      copySeconds: Number(copied - started) / 1e9,
      indexSeconds: Number(indexed - copied) / 1e9,
    };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  }
}

/** Fresh planner statistics for the loaded tables. */
export async function analyzeTables(client: Client, tables: readonly string[]): Promise<void> {
  await client.query(`analyze ${tables.join(', ')}`);
}
