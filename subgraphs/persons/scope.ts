// Which persons and organizations a caller may see (row scope), enforced in every query of this subgraph.
import type { FilterQuery } from '@mikro-orm/core';
import type { Principal } from '../../shared/auth/principal';
import { visibleCaseIdsSql } from '../../shared/scope/case-scope';
import { NO_ROWS, inSubquery } from '../../shared/db/scope-filter';
import type { Person } from './entities/person';
import type { Organization } from './entities/organization';

/** Parties of the cases the caller may see, from the case scope read model. */
function partiesOfVisibleCases<T>(p: Principal, partyType: 'PERSON' | 'ORGANIZATION'): FilterQuery<T> | 'all' {
  const cases = visibleCaseIdsSql('persons', p);
  if (cases === 'all') return 'all';
  if (cases === null) return NO_ROWS;
  return inSubquery<T>('id', {
    sql: `select party_id from persons.case_party where party_type = ? and case_id in (${cases.sql})`,
    bindings: [partyType, ...cases.bindings],
  });
}

export function personScope(p: Principal): FilterQuery<Person> | 'all' {
  if (p.kind === 'PARTNER' && p.partnerType === 'POLICE' && p.scopes.includes('persons:read')) return 'all';
  if (p.kind === 'CITIZEN') {
    // themself, and the other parties of their own cases (whose names they may read)
    const coParties = partiesOfVisibleCases<Person>(p, 'PERSON');
    return { $or: [{ nationalId: p.nationalId }, coParties === 'all' ? {} : coParties] } as FilterQuery<Person>;
  }
  return partiesOfVisibleCases<Person>(p, 'PERSON');
}

/** The business register is public: any signed-in caller may see an organization's registered facts. */
export function organizationScope(p: Principal): FilterQuery<Organization> | 'all' {
  return p.kind === 'ANONYMOUS' ? NO_ROWS : 'all';
}
