// Composes the supergraph from supergraph.yaml and the committed subgraph SDL files with @apollo/composition.
// `npm run compose` writes gateway/supergraph.graphql; composition errors print the composer's messages and exit 1.
import fs from 'node:fs';
import path from 'node:path';
import { parse, printSchema } from 'graphql';
import YAML from 'yaml';
import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import { PROJECT_ROOT } from '../shared/config';

export const SUPERGRAPH_FILE = path.join(PROJECT_ROOT, 'gateway', 'supergraph.graphql');
/** The schema clients see (no federation internals): what codegen and the docs read. */
export const API_SCHEMA_FILE = path.join(PROJECT_ROOT, 'gateway', 'api-schema.graphql');

interface SupergraphConfig {
  subgraphs: Record<string, { routing_url: string; schema: { file: string } }>;
}

export function readSupergraphConfig(file = path.join(PROJECT_ROOT, 'supergraph.yaml')): SupergraphConfig {
  const config = YAML.parse(fs.readFileSync(file, 'utf8')) as SupergraphConfig;
  if (!config?.subgraphs || typeof config.subgraphs !== 'object') throw new Error(`${path.relative(PROJECT_ROOT, file)} has no "subgraphs" map`);
  return config;
}

export type CompositionOutcome = { ok: true; supergraphSdl: string } | { ok: false; errors: string[] };

/** Composes from SDL texts keyed by subgraph name (the files, unless given). */
export function compose(sdlByName?: Record<string, string>): CompositionOutcome {
  const config = readSupergraphConfig();
  const services = Object.entries(config.subgraphs).map(([name, s]) => {
    const sdl = sdlByName?.[name] ?? fs.readFileSync(path.resolve(PROJECT_ROOT, s.schema.file), 'utf8');
    return { name, url: s.routing_url, typeDefs: parse(sdl) };
  });
  const result = composeServices(services);
  if (result.errors) return { ok: false, errors: result.errors.map((e) => e.message) };
  return { ok: true, supergraphSdl: result.supergraphSdl };
}

export function apiSchemaSdl(supergraphSdl: string): string {
  return `${printSchema(Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema())}\n`;
}

if (require.main === module) {
  let outcome: CompositionOutcome;
  try {
    outcome = compose();
  } catch (error) {
    // A missing SDL file or a broken supergraph.yaml: say which, without a stack trace.
    console.error(`Composition could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  if (!outcome.ok) {
    console.error(`Composition failed with ${outcome.errors.length} error(s):`);
    for (const e of outcome.errors) console.error(`- ${e}`);
    process.exit(1);
  }
  fs.writeFileSync(SUPERGRAPH_FILE, outcome.supergraphSdl);
  fs.writeFileSync(API_SCHEMA_FILE, apiSchemaSdl(outcome.supergraphSdl));
  console.log(`wrote ${path.relative(PROJECT_ROOT, SUPERGRAPH_FILE)} and ${path.relative(PROJECT_ROOT, API_SCHEMA_FILE)}`);
}
