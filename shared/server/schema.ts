// Builds a subgraph's executable schema: type-graphql classes → SDL with directives → @apollo/subgraph (with the
// federation @link), reference resolvers attached, then graphql-shield on top, deny by default.
import { parse, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { applyMiddleware } from 'graphql-middleware';
import { shield, deny } from 'graphql-shield';
import { GraphQLError } from 'graphql';
import type { RequestContext } from './context';
import { toShieldRules, type Permissions } from '../auth/rules';
import { DateTimeScalar, LocalDateScalar, MoneyScalar } from '../scalars';

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@inaccessible"])';

export type ReferenceResolver = (reference: Record<string, unknown>, ctx: RequestContext) => unknown;

export interface SchemaDefinition {
  resolvers: NonEmptyArray<Function>;
  orphanedTypes?: Function[];
  referenceResolvers?: Record<string, ReferenceResolver>;
  permissions: Permissions;
}

/** The federated subgraph schema without authorization: what `schema.graphql` is printed from. */
export async function buildFederatedSchema(def: SchemaDefinition): Promise<GraphQLSchema> {
  const typeGraphQLSchema = await buildSchema({
    resolvers: def.resolvers,
    orphanedTypes: def.orphanedTypes,
    scalarsMap: [{ type: BigInt, scalar: MoneyScalar }],
    validate: false,
    emitSchemaFile: false,
  });
  const typeDefs = parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(typeGraphQLSchema)}`);
  const resolvers = createResolversMap(typeGraphQLSchema) as Record<string, any>;
  for (const scalar of [MoneyScalar, LocalDateScalar, DateTimeScalar]) {
    if (resolvers[scalar.name]) resolvers[scalar.name] = scalar;
  }
  for (const [typeName, resolve] of Object.entries(def.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), __resolveReference: resolve };
  }
  return buildSubgraphSchema({ typeDefs, resolvers });
}

export function printSdl(schema: GraphQLSchema): string {
  return `${printSubgraphSchema(schema).trim()}\n`;
}

/** Refusals are FORBIDDEN for signed-in callers and UNAUTHENTICATED for anonymous ones. */
function refusal(_error: unknown, _parent: unknown, _args: unknown, ctx: RequestContext, info: GraphQLResolveInfo): GraphQLError {
  const what = info.parentType.name === 'Mutation' ? 'to do this' : 'to read this field';
  return ctx.principal.kind === 'ANONYMOUS'
    ? new GraphQLError(`Sign in or send an API key ${what}`, { extensions: { code: 'UNAUTHENTICATED' } })
    : new GraphQLError(`Not allowed ${what}`, { extensions: { code: 'FORBIDDEN' } });
}

export function withPermissions(schema: GraphQLSchema, permissions: Permissions): GraphQLSchema {
  const middleware = shield(toShieldRules(permissions), {
    fallbackRule: deny,
    fallbackError: refusal as never,
    // Errors thrown by resolvers (validation, conflicts, faults) pass through as they are, never as a refusal.
    allowExternalErrors: true,
  });
  return applyMiddleware(schema, middleware);
}

export async function buildSubgraphGraphQLSchema(def: SchemaDefinition, options: { withoutFieldRules?: boolean } = {}): Promise<{ schema: GraphQLSchema; sdl: string }> {
  const federated = await buildFederatedSchema(def);
  return { schema: options.withoutFieldRules ? federated : withPermissions(federated, def.permissions), sdl: printSdl(federated) };
}
