// Which cases a caller may see (row scope), as one SQL condition on the case table, used by every query of this
// subgraph (ORM filters and hand-written SQL alike). A case out of scope is treated as if it did not exist.
import type { Principal } from '../../shared/auth/principal';
import { ALL_ROWS, NO_ROWS, type SqlCondition } from '../../shared/db/scope-filter';

const NO_OFFICER = '00000000-0000-0000-0000-000000000000';

export function caseScope(p: Principal): SqlCondition {
  switch (p.kind) {
    case 'STAFF':
      if (p.role === 'AUDITOR') return ALL_ROWS;
      if (p.role === 'OFFICER' || p.role === 'HEAD') {
        return { sql: (a) => `(${a}.agency_id = ? or ${a}.officer_id = ?)`, bindings: [p.agencyId ?? '', p.officerId ?? NO_OFFICER] };
      }
      return NO_ROWS;
    case 'CITIZEN':
      return {
        sql: (a) => `exists (select 1 from cases.case_party cp where cp.case_id = ${a}.id and cp.identifier = ?)`,
        bindings: [p.nationalId],
      };
    case 'PARTNER':
      if (p.partnerType === 'COURT' && p.courtCode && p.scopes.includes('cases:read')) {
        return { sql: (a) => `${a}.court_code = ?`, bindings: [p.courtCode] };
      }
      return NO_ROWS;
    default:
      return NO_ROWS;
  }
}
