// Deny by default is a safety net, not a policy: every field of every subgraph must have an explicit rule, so a new
// field never ships without someone deciding who may read it.
import 'reflect-metadata';
import { isNonNullType, isObjectType } from 'graphql';
import { SUBGRAPHS } from '../../scripts/subgraph-modules';
import { buildFederatedSchema } from '../../shared/server/schema';

describe.each(SUBGRAPHS.map((m) => [m.name, m] as const))('%s subgraph', (_name, module) => {
  test('every field of every object type has a rule, and every rule names a real field', async () => {
    const schema = await buildFederatedSchema(module);
    const missing: string[] = [];
    const fields = new Set<string>();
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.keys(type.getFields())) {
        fields.add(`${type.name}.${field}`);
        if (!module.permissions[type.name]?.[field]) missing.push(`${type.name}.${field}`);
      }
    }
    const unknown = Object.entries(module.permissions).flatMap(([type, rules]) => Object.keys(rules).map((f) => `${type}.${f}`)).filter((f) => !fields.has(f));
    expect(missing).toEqual([]);
    expect(unknown).toEqual([]);
  });
});

// A field that fewer callers may read than may see its object must be nullable: its refusal then comes back as null
// with a FORBIDDEN error at its own path, and the rest of the answer stands (a refused non-null field would null its
// parent, and with it everything the caller was allowed to see).
describe.each(SUBGRAPHS.map((m) => [m.name, m] as const))('%s subgraph', (_name, module) => {
  test('every field with a narrower rule than its type’s id is nullable', async () => {
    const schema = await buildFederatedSchema(module);
    const offenders: string[] = [];
    for (const [typeName, rules] of Object.entries(module.permissions)) {
      const type = schema.getType(typeName);
      if (!isObjectType(type) || typeName === 'Query' || typeName === 'Mutation' || !rules.id) continue;
      for (const [field, rule] of Object.entries(rules)) {
        if (rule === rules.id) continue;
        if (isNonNullType(type.getFields()[field].type)) offenders.push(`${typeName}.${field}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
