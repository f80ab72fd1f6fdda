// Batched, scoped loads for this subgraph: one statement per list, whatever its length, and never a row out of scope.
import type { RequestContext } from '../../shared/server/context';
import { alignByKey } from '../../shared/loaders';
import { isPartyOfVisibleCases, scoped } from '../../shared/db/scope-filter';
import { isUuid } from '../../shared/ids';
import { Person } from './entities/person';
import { Organization } from './entities/organization';
import { exactLookupScope, organizationScope, personScope } from './scope';

/**
 * Persons by id in the caller's scope. The same statement tells, for each row, whether the person is a party of a case
 * the caller may see, which answers the identity-data rule for officers without another query.
 */
export function personById(ctx: RequestContext) {
  return ctx.loaders.get<string, Person | null>('personById', async (ids) => {
    const valid = [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
    if (valid.length === 0) return ids.map(() => null);
    const scope = personScope(ctx.principal);
    const party = isPartyOfVisibleCases('persons', ctx.principal, 'id');
    const rows = (await ctx.em.execute(
      `select p.*, (${party.sql('p')}) as in_case_scope from persons.person p where p.id in (?) and ${scope.sql('p')}`,
      [...party.bindings, valid, ...scope.bindings],
    )) as (Record<string, unknown> & { in_case_scope: boolean })[];
    const loader = partyOfVisibleCase(ctx);
    const persons = rows.map(({ in_case_scope, ...columns }) => {
      const person = ctx.em.map(Person, columns);
      loader.prime(person.id, in_case_scope);
      return person;
    });
    return alignByKey(ids.map((id) => id.toLowerCase()), persons, (r) => r.id);
  });
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
