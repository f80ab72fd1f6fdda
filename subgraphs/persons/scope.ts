// Which persons and organizations a caller may see (row scope), enforced in every query of this subgraph.
import type { Principal } from '../../shared/auth/principal';
import { ALL_ROWS, anyCondition, isPartyOfVisibleCases, type SqlCondition } from '../../shared/db/scope-filter';
import { publishedDebtorIdsSql } from '../../shared/scope/case-scope';

const policeCheck = (p: Principal) => p.kind === 'PARTNER' && p.partnerType === 'POLICE' && p.scopes.includes('persons:read');

/** Debtors of published findings of no conditions to enforce are public by law: anyone sees their public facts. */
const publishedDebtors: SqlCondition = { sql: (a) => `${a}.id in (${publishedDebtorIdsSql('persons')})`, bindings: [] };

export function personScope(p: Principal): SqlCondition {
  if (policeCheck(p)) return ALL_ROWS;
  if (p.kind === 'CITIZEN') {
    // themself, the other parties of their own cases (whose names they may read), and the published debtors
    return anyCondition({ sql: (a) => `${a}.national_id = ?`, bindings: [p.nationalId] }, isPartyOfVisibleCases('persons', p, 'id'), publishedDebtors);
  }
  // What anyone may read about published debtors, every caller may read: a signed-in caller never sees less.
  return anyCondition(isPartyOfVisibleCases('persons', p, 'id'), publishedDebtors);
}

/**
 * The business register is public: any signed-in caller may see an organization's registered facts; anonymous callers
 * see those that are published debtors.
 */
export function organizationScope(p: Principal): SqlCondition {
  return p.kind === 'ANONYMOUS' ? publishedDebtors : ALL_ROWS;
}

/**
 * Looking a person up by exact national ID: enforcement officers and heads may find anyone this way (to open a case
 * they must find its parties, who are in none of their cases yet), and every such read of personal data is audited.
 */
export function exactLookupScope(p: Principal): SqlCondition {
  if (p.kind === 'STAFF' && (p.role === 'OFFICER' || p.role === 'HEAD')) return ALL_ROWS;
  return personScope(p);
}
