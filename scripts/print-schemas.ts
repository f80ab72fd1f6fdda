// Writes each subgraph's SDL to subgraphs/<name>/schema.graphql (committed; a test fails when one is stale).
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../shared/config';
import { buildFederatedSchema, printSdl } from '../shared/server/schema';
import type { SubgraphModule } from '../shared/server/subgraph';
import { SUBGRAPHS } from './subgraph-modules';

export function schemaFile(name: string): string {
  return path.join(PROJECT_ROOT, 'subgraphs', name, 'schema.graphql');
}

export async function printSubgraphSdl(module: SubgraphModule): Promise<string> {
  return printSdl(await buildFederatedSchema(module));
}

async function main() {
  for (const module of SUBGRAPHS) {
    const sdl = await printSubgraphSdl(module);
    fs.writeFileSync(schemaFile(module.name), sdl);
    console.log(`wrote ${path.relative(PROJECT_ROOT, schemaFile(module.name))}`);
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
