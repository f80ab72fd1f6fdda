// Batched, scoped loads of the assets subgraph: one statement per list, whatever its length.
import type { RequestContext } from '../../shared/server/context';
import { alignByKey, groupByKey } from '../../shared/loaders';
import { scoped } from '../../shared/db/scope-filter';
import { isUuid } from '../../shared/ids';
import { Bank } from './entities/bank';
import { BankAccount } from './entities/bank-account';
import { LandParcel, ParcelOwner } from './entities/land-parcel';
import { FreezeOrder } from './entities/freeze-order';
import { Seizure } from './entities/seizure';
import { accountScope, freezeOrderScope, parcelScope, seizureScope } from './scope';

export function bankByCode(ctx: RequestContext) {
  return ctx.loaders.get<string, Bank | null>('bankByCode', async (codes) => alignByKey(codes, await ctx.em.find(Bank, { code: { $in: [...codes] } }), (b) => b.code));
}

export function accountById(ctx: RequestContext) {
  return ctx.loaders.get<string, BankAccount | null>('accountById', async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await ctx.em.find(BankAccount, scoped({ id: { $in: valid } }, accountScope(ctx.principal))) : [];
    return alignByKey(ids, rows, (r) => r.id);
  });
}

export function accountsByHolder(ctx: RequestContext) {
  return ctx.loaders.get<string, BankAccount[]>('accountsByHolder', async (holderIds) => {
    const valid = holderIds.filter(isUuid);
    const rows = valid.length
      ? await ctx.em.find(BankAccount, scoped({ holderId: { $in: valid } }, accountScope(ctx.principal)), { orderBy: { bankCode: 'asc', accountNumber: 'asc' } })
      : [];
    return groupByKey(holderIds, rows, (r) => r.holderId);
  });
}

export function parcelById(ctx: RequestContext) {
  return ctx.loaders.get<string, LandParcel | null>('parcelById', async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await ctx.em.find(LandParcel, scoped({ id: { $in: valid } }, parcelScope(ctx.principal))) : [];
    return alignByKey(ids, rows, (r) => r.id);
  });
}

/** Parcels of each owner the caller may see: owners and parcels in one statement each. */
export function parcelsByOwner(ctx: RequestContext) {
  return ctx.loaders.get<string, LandParcel[]>('parcelsByOwner', async (ownerIds) => {
    const valid = ownerIds.filter(isUuid);
    if (valid.length === 0) return ownerIds.map(() => []);
    const rows = (await ctx.em.execute(
      `select p.*, po.owner_id as parent_id from assets.parcel_owner po join assets.land_parcel p on p.id = po.parcel_id
        where po.owner_id in (?) and ${parcelScope(ctx.principal).sql('p')} order by p.certificate_serial`,
      [valid, ...parcelScope(ctx.principal).bindings],
    )) as (Record<string, unknown> & { parent_id: string })[];
    const pairs = rows.map(({ parent_id, ...columns }) => ({ parent_id, parcel: ctx.em.map(LandParcel, columns) }));
    return groupByKey(ownerIds, pairs, (r) => r.parent_id).map((list) => list.map((r) => r.parcel));
  });
}

export function ownersByParcel(ctx: RequestContext) {
  return ctx.loaders.get<string, ParcelOwner[]>('ownersByParcel', async (parcelIds) =>
    groupByKey(parcelIds, await ctx.em.find(ParcelOwner, { parcelId: { $in: [...parcelIds] } }, { orderBy: { sharePercent: 'desc' } }), (r) => r.parcelId),
  );
}

export function freezeOrdersByCase(ctx: RequestContext) {
  return ctx.loaders.get<string, FreezeOrder[]>('freezeOrdersByCase', async (caseIds) => {
    const valid = caseIds.filter(isUuid);
    const rows = valid.length ? await ctx.em.find(FreezeOrder, scoped({ caseId: { $in: valid } }, freezeOrderScope(ctx.principal)), { orderBy: { orderedAt: 'asc', id: 'asc' } }) : [];
    return groupByKey(caseIds, rows, (r) => r.caseId);
  });
}

export function seizuresByCase(ctx: RequestContext) {
  return ctx.loaders.get<string, Seizure[]>('seizuresByCase', async (caseIds) => {
    const valid = caseIds.filter(isUuid);
    const rows = valid.length ? await ctx.em.find(Seizure, scoped({ caseId: { $in: valid } }, seizureScope(ctx.principal)), { orderBy: { requestedAt: 'asc', id: 'asc' } }) : [];
    return groupByKey(caseIds, rows, (r) => r.caseId);
  });
}

export function freezeOrderById(ctx: RequestContext) {
  return ctx.loaders.get<string, FreezeOrder | null>('freezeOrderById', async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await ctx.em.find(FreezeOrder, scoped({ id: { $in: valid } }, freezeOrderScope(ctx.principal))) : [];
    return alignByKey(ids, rows, (r) => r.id);
  });
}

export function seizureById(ctx: RequestContext) {
  return ctx.loaders.get<string, Seizure | null>('seizureById', async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await ctx.em.find(Seizure, scoped({ id: { $in: valid } }, seizureScope(ctx.principal))) : [];
    return alignByKey(ids, rows, (r) => r.id);
  });
}
