// Which documents a caller may see (row scope): those of the cases it may see; for officers and heads also the
// judgments courts addressed to their agency (before a case exists); for a court the documents it issued; for the
// post the documents it was given to deliver (metadata only: their content needs its own scope).
import type { Principal } from '../../shared/auth/principal';
import { anyCondition, inVisibleCases, type SqlCondition } from '../../shared/db/scope-filter';

export function documentScope(p: Principal): SqlCondition {
  const ofCases = inVisibleCases('documents', p);
  if (p.kind === 'PARTNER' && p.partnerType === 'COURT' && p.courtCode) {
    return anyCondition(ofCases, { sql: (a) => `${a}.issuer_code = ?`, bindings: [p.courtCode] });
  }
  if (p.kind === 'PARTNER' && p.partnerType === 'POST' && p.scopes.includes('deliveries:update')) {
    return { sql: (a) => `exists (select 1 from documents.postal_delivery d where d.document_id = ${a}.id)`, bindings: [] };
  }
  if (p.kind === 'STAFF' && (p.role === 'OFFICER' || p.role === 'HEAD') && p.agencyId) {
    return anyCondition(ofCases, { sql: (a) => `${a}.addressed_agency_id = ?`, bindings: [p.agencyId] });
  }
  return ofCases;
}

/** Postal deliveries: the post sees all of them (it is one national service); others those of the cases they see. */
export function deliveryScope(p: Principal): SqlCondition {
  if (p.kind === 'PARTNER' && p.partnerType === 'POST' && p.scopes.includes('deliveries:update')) return { sql: () => 'true', bindings: [] };
  return inVisibleCases('documents', p);
}
