// Deny by default is a safety net, not a policy: every field of every subgraph must have an explicit rule, so a new
// field never ships without someone deciding who may read it.
import 'reflect-metadata';
import { isObjectType } from 'graphql';
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
