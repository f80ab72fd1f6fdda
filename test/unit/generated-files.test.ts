// Generated files are committed so that reviewers see schema changes; these tests fail when one is stale.
// Fix with `npm run generate`.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { PROJECT_ROOT } from '../../shared/config';
import { SUBGRAPHS } from '../../scripts/subgraph-modules';
import { printSubgraphSdl, schemaFile } from '../../scripts/print-schemas';
import { API_SCHEMA_FILE, SUPERGRAPH_FILE, apiSchemaSdl, compose } from '../../gateway/compose';
import { PERMISSIONS_FILE, renderPermissions } from '../../scripts/permissions';

const read = (file: string) => fs.readFileSync(file, 'utf8');

describe('committed SDL', () => {
  test.each(SUBGRAPHS.map((m) => [m.name, m] as const))('subgraphs/%s/schema.graphql is up to date', async (_name, module) => {
    expect(read(schemaFile(module.name))).toBe(await printSubgraphSdl(module));
  });

  test('the supergraph composes from the committed SDL and gateway/supergraph.graphql is up to date', () => {
    const outcome = compose();
    if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
    expect(read(SUPERGRAPH_FILE)).toBe(outcome.supergraphSdl);
    expect(read(API_SCHEMA_FILE)).toBe(apiSchemaSdl(outcome.supergraphSdl));
  });

  test('composition errors are reported with the composer’s message', () => {
    const persons = read(schemaFile('persons'));
    // PageInfo is shared by several subgraphs: giving one of its fields another type in one of them cannot compose.
    const broken = persons.replace('hasNextPage: Boolean!', 'hasNextPage: String!');
    expect(broken).not.toBe(persons);
    const outcome = compose({ persons: broken });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.errors.join('\n')).toMatch(/PageInfo\.hasNextPage/);
  });
});

describe('codegen', () => {
  // The codegen CLI loads ESM-only modules that jest's module system cannot, so it runs in its own process,
  // in its dry-run mode: exit code 1 when a generated file would change.
  test('client/generated is up to date with the operations and the API schema', () => {
    const bin = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'graphql-codegen');
    expect(fs.existsSync(path.join(PROJECT_ROOT, 'client/generated/graphql.ts'))).toBe(true);
    expect(() => execFileSync(bin, ['--config', 'codegen.ts', '--check'], { cwd: PROJECT_ROOT, stdio: 'pipe' })).not.toThrow();
  });
});

describe('published permissions', () => {
  test('docs/permissions.md is up to date with the rules', async () => {
    expect(read(PERMISSIONS_FILE)).toBe(renderPermissions());
  });
});
