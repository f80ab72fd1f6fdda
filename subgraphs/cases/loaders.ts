// Batched, scoped loads of the cases subgraph: one statement per list, whatever its length.
import type { RequestContext } from '../../shared/server/context';
import { alignByKey, groupByKey } from '../../shared/loaders';
import { isUuid } from '../../shared/ids';
import { EnforcementCase } from './entities/enforcement-case';
import { Agency } from './entities/agency';
import { Officer } from './entities/officer';
import { CaseParty } from './entities/case-party';
import { Obligation } from './entities/obligation';
import { StatusChange } from './entities/status-change';
import { PartyRole, type PartyType } from './entities/enums';
import { scoped } from '../../shared/db/scope-filter';
import { caseScope } from './scope';

export function caseById(ctx: RequestContext) {
  return ctx.loaders.get<string, EnforcementCase | null>('caseById', async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await ctx.em.find(EnforcementCase, scoped({ id: { $in: valid } }, caseScope(ctx.principal))) : [];
    return alignByKey(ids, rows, (r) => r.id);
  });
}

export function caseByNumber(ctx: RequestContext) {
  return ctx.loaders.get<string, EnforcementCase | null>('caseByNumber', async (numbers) => {
    const rows = await ctx.em.find(EnforcementCase, scoped({ number: { $in: [...numbers] } }, caseScope(ctx.principal)));
    return alignByKey(numbers, rows, (r) => r.number);
  });
}

export function agencyById(ctx: RequestContext) {
  return ctx.loaders.get<string, Agency | null>('agencyById', async (ids) => {
    const rows = await ctx.em.find(Agency, { id: { $in: [...ids] } });
    return alignByKey(ids, rows, (r) => r.id);
  });
}

export function officerById(ctx: RequestContext) {
  return ctx.loaders.get<string, Officer | null>('officerById', async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await ctx.em.find(Officer, { id: { $in: valid } }) : [];
    return alignByKey(ids, rows, (r) => r.id);
  });
}

/** Parties of cases the caller already sees (the case passed row scope). */
export function partiesByCase(ctx: RequestContext) {
  return ctx.loaders.get<string, CaseParty[]>('partiesByCase', async (caseIds) => {
    const rows = await ctx.em.find(CaseParty, { caseId: { $in: [...caseIds] } }, { orderBy: { position: 'asc' } });
    return groupByKey(caseIds, rows, (r) => r.caseId);
  });
}

export function partyById(ctx: RequestContext) {
  return ctx.loaders.get<string, CaseParty | null>('partyById', async (ids) => {
    const rows = await ctx.em.find(CaseParty, { id: { $in: [...ids] } });
    return alignByKey(ids, rows, (r) => r.id);
  });
}

export function obligationsByCase(ctx: RequestContext) {
  return ctx.loaders.get<string, Obligation[]>('obligationsByCase', async (caseIds) => {
    const rows = await ctx.em.find(Obligation, { caseId: { $in: [...caseIds] } }, { orderBy: { position: 'asc' } });
    return groupByKey(caseIds, rows, (r) => r.caseId);
  });
}

export function historyByCase(ctx: RequestContext) {
  return ctx.loaders.get<string, StatusChange[]>('historyByCase', async (caseIds) => {
    const rows = await ctx.em.find(StatusChange, { caseId: { $in: [...caseIds] } }, { orderBy: { sequence: 'asc' } });
    return groupByKey(caseIds, rows, (r) => r.caseId);
  });
}

export interface CasesOfPartyKey {
  partyId: string;
  partyType: PartyType;
  role: PartyRole | null;
  first: number;
}

/**
 * The first N cases of each party that the caller may see, newest first: one windowed statement for all parties
 * asked with the same role and page size.
 */
export function casesOfParty(ctx: RequestContext) {
  return ctx.loaders.get<CasesOfPartyKey, EnforcementCase[]>(
    'casesOfParty',
    async (keys) => {
      const groups = new Map<string, CasesOfPartyKey[]>();
      for (const k of keys) {
        const g = `${k.partyType}|${k.role ?? ''}|${k.first}`;
        groups.set(g, [...(groups.get(g) ?? []), k]);
      }
      const result = new Map<CasesOfPartyKey, EnforcementCase[]>();
      const scope = caseScope(ctx.principal);
      for (const group of groups.values()) {
        const { partyType, role, first } = group[0];
        const ids = group.map((k) => k.partyId).filter(isUuid);
        if (ids.length === 0) continue;
        const rows = (await ctx.em.execute(
          `select * from (
             select c.*, cp.party_id as parent_id,
                    row_number() over (partition by cp.party_id order by c.received_on desc, c.id desc) as rn
               from cases.case_party cp join cases.enforcement_case c on c.id = cp.case_id
              where cp.party_type = ? and cp.party_id in (?) ${role ? 'and cp.role = ?' : ''} and ${scope.sql('c')}
           ) t where rn <= ? order by parent_id, rn`,
          [partyType, ids, ...(role ? [role] : []), ...scope.bindings, first],
        )) as (Record<string, unknown> & { parent_id: string })[];
        const byParent = new Map<string, EnforcementCase[]>();
        for (const row of rows) {
          const { parent_id, rn: _rn, ...columns } = row;
          const list = byParent.get(parent_id) ?? [];
          if (list.some((c) => c.id === columns.id)) continue; // a party named twice in one case
          list.push(ctx.em.map(EnforcementCase, columns));
          byParent.set(parent_id, list);
        }
        for (const k of group) result.set(k, byParent.get(k.partyId) ?? []);
      }
      return keys.map((k) => result.get(k) ?? []);
    },
    (k) => `${k.partyType}|${k.partyId}|${k.role ?? ''}|${k.first}`,
  );
}

export { PartyRole };
