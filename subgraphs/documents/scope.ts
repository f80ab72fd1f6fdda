// Which documents a caller may see (row scope): those of the cases it may see, and for a court the documents it
// issued itself.
import type { Principal } from '../../shared/auth/principal';
import { anyCondition, inVisibleCases, type SqlCondition } from '../../shared/db/scope-filter';

export function documentScope(p: Principal): SqlCondition {
  const ofCases = inVisibleCases('documents', p);
  if (p.kind === 'PARTNER' && p.partnerType === 'COURT' && p.courtCode) {
    return anyCondition(ofCases, { sql: (a) => `${a}.issuer_code = ?`, bindings: [p.courtCode] });
  }
  return ofCases;
}
