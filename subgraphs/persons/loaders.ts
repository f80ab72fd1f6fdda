// Batched, scoped loads for this subgraph: one statement per list, whatever its length, and never a row out of scope.
import type { RequestContext } from '../../shared/server/context';
import { alignByKey } from '../../shared/loaders';
import { isPartyOfVisibleCases, scoped } from '../../shared/db/scope-filter';
import { isUuid } from '../../shared/ids';
import { Person } from './entities/person';
import { Organization } from './entities/organization';
import { exactLookupScope, organizationScope, personScope } from './scope';

export function personById(ctx: RequestContext) {
  return ctx.loaders.get<string, Person | null>('personById', async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await ctx.em.find(Person, scoped({ id: { $in: valid } }, personScope(ctx.principal))) : [];
    rememberPartiesInScope(ctx, rows);
    return alignByKey(ids, rows, (r) => r.id);
  });
}

/**
 * For officers and heads, row scope is exactly "a party of a case they may see": rows loaded under it answer the
 * identity-data rule without another query (rows found by exact national ID still get one).
 */
export function rememberPartiesInScope(ctx: RequestContext, rows: Person[]): void {
  const p = ctx.principal;
  if (p.kind !== 'STAFF' || (p.role !== 'OFFICER' && p.role !== 'HEAD')) return;
  const loader = partyOfVisibleCase(ctx);
  for (const row of rows) loader.prime(row.id, true);
}

export function personByNationalId(ctx: RequestContext) {
  return ctx.loaders.get<string, Person | null>('personByNationalId', async (nationalIds) => {
    const rows = await ctx.em.find(Person, scoped({ nationalId: { $in: [...nationalIds] } }, exactLookupScope(ctx.principal)));
    return alignByKey(nationalIds, rows, (r) => r.nationalId);
  });
}

export function organizationById(ctx: RequestContext) {
  return ctx.loaders.get<string, Organization | null>('organizationById', async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await ctx.em.find(Organization, scoped({ id: { $in: valid } }, organizationScope(ctx.principal))) : [];
    return alignByKey(ids, rows, (r) => r.id);
  });
}

export function organizationByTaxCode(ctx: RequestContext) {
  return ctx.loaders.get<string, Organization | null>('organizationByTaxCode', async (codes) => {
    const rows = await ctx.em.find(Organization, scoped({ taxCode: { $in: [...codes] } }, organizationScope(ctx.principal)));
    return alignByKey(codes, rows, (r) => r.taxCode);
  });
}

/** Whether each person is a party of a case the caller may see (one statement per request, however many persons). */
export function partyOfVisibleCase(ctx: RequestContext) {
  return ctx.loaders.get<string, boolean>('partyOfVisibleCase', async (ids) => {
    const scope = isPartyOfVisibleCases('persons', ctx.principal, 'id');
    const valid = ids.filter(isUuid);
    const rows = valid.length
      ? ((await ctx.em.execute(`select p.id from persons.person p where p.id in (?) and ${scope.sql('p')}`, [valid, ...scope.bindings])) as { id: string }[])
      : [];
    const seen = new Set(rows.map((r) => r.id));
    return ids.map((id) => seen.has(id));
  });
}
