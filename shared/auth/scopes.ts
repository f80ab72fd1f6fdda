// The scopes a partner API key can carry, what each unlocks, and which partner types may hold it. The field rules of
// every subgraph refer to these names; `viewer` and docs/permissions.md show them to partners.
import type { PartnerType } from './principal';

export interface ScopeDefinition {
  scope: string;
  description: string;
  partnerTypes: PartnerType[];
}

export const SCOPES: ScopeDefinition[] = [
  { scope: 'cases:read', description: 'Read the status of the cases that enforce your own judgments.', partnerTypes: ['COURT'] },
  { scope: 'judgments:submit', description: 'Submit judgments and decisions with their full text.', partnerTypes: ['COURT'] },
  { scope: 'documents:content', description: 'Read the full text of the documents you may see.', partnerTypes: ['COURT'] },
  { scope: 'persons:read', description: 'Identity checks: read persons with their national ID, date of birth and addresses.', partnerTypes: ['POLICE'] },
  { scope: 'accounts:read', description: "Read the accounts of your own bank named in enforcement, with balances.", partnerTypes: ['BANK'] },
  { scope: 'freeze-orders:answer', description: 'List and answer the freeze, deduction and release orders sent to your bank.', partnerTypes: ['BANK'] },
  { scope: 'parcels:read', description: 'Read the land parcels of your province named in enforcement, with holders and areas.', partnerTypes: ['LAND_REGISTRY'] },
  { scope: 'seizures:answer', description: 'List and answer the seizure registrations addressed to your land registry.', partnerTypes: ['LAND_REGISTRY'] },
  { scope: 'deliveries:update', description: 'Record the delivery status of documents handed to the post.', partnerTypes: ['POST'] },
];

export function scopeDefinition(scope: string): ScopeDefinition | undefined {
  return SCOPES.find((s) => s.scope === scope);
}

/** The scopes a new key gets when none are named: everything its partner type may hold. */
export function defaultScopes(type: PartnerType): string[] {
  return SCOPES.filter((s) => s.partnerTypes.includes(type)).map((s) => s.scope);
}
