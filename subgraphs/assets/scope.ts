// Which accounts, parcels, freeze orders and seizures a caller may see (row scope), as SQL conditions used by every
// query of this subgraph. A bank sees only its own bank's rows; the land registry only its province's.
import type { Principal } from '../../shared/auth/principal';
import { ALL_ROWS, NO_ROWS, inVisibleCases, isPartyOfVisibleCases, type SqlCondition } from '../../shared/db/scope-filter';

const SCHEMA = 'assets';

function bankOf(p: Principal, scope: string): string | null {
  return p.kind === 'PARTNER' && p.partnerType === 'BANK' && p.bankCode && p.scopes.includes(scope) ? p.bankCode : null;
}

function registryProvinceOf(p: Principal, scope: string): string | null {
  return p.kind === 'PARTNER' && p.partnerType === 'LAND_REGISTRY' && p.provinceCode && p.scopes.includes(scope) ? p.provinceCode : null;
}

/** A citizen's own holdings: the holder is a party the case read model knows by the citizen's national ID. */
function ownHoldings(p: Principal, column: string): SqlCondition {
  if (p.kind !== 'CITIZEN') return NO_ROWS;
  return { sql: (a) => `${a}.${column} in (select party_id from ${SCHEMA}.case_party where national_id = ?)`, bindings: [p.nationalId] };
}

export function accountScope(p: Principal): SqlCondition {
  const bank = bankOf(p, 'accounts:read');
  if (bank) return { sql: (a) => `${a}.bank_code = ?`, bindings: [bank] };
  if (p.kind === 'PARTNER') return NO_ROWS; // only banks, for their own accounts
  if (p.kind === 'CITIZEN') return ownHoldings(p, 'holder_id');
  return isPartyOfVisibleCases(SCHEMA, p, 'holder_id');
}

export function parcelScope(p: Principal): SqlCondition {
  const province = registryProvinceOf(p, 'parcels:read');
  if (province) return { sql: (a) => `${a}.province_code = ?`, bindings: [province] };
  if (p.kind === 'PARTNER') return NO_ROWS; // only land registries, for their own province
  const owners = p.kind === 'CITIZEN' ? ownHoldings(p, 'owner_id') : isPartyOfVisibleCases(SCHEMA, p, 'owner_id');
  if (owners === ALL_ROWS || owners === NO_ROWS) return owners;
  return { sql: (a) => `exists (select 1 from ${SCHEMA}.parcel_owner po where po.parcel_id = ${a}.id and ${owners.sql('po')})`, bindings: owners.bindings };
}

export function freezeOrderScope(p: Principal): SqlCondition {
  const bank = bankOf(p, 'freeze-orders:answer');
  if (bank) return { sql: (a) => `${a}.bank_code = ?`, bindings: [bank] };
  if (p.kind === 'PARTNER') return NO_ROWS;
  return inVisibleCases(SCHEMA, p);
}

export function seizureScope(p: Principal): SqlCondition {
  const province = registryProvinceOf(p, 'seizures:answer');
  if (province) return { sql: (a) => `${a}.province_code = ?`, bindings: [province] };
  if (p.kind === 'PARTNER') return NO_ROWS;
  return inVisibleCases(SCHEMA, p);
}

