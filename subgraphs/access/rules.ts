// Who may read which field of the access subgraph.
import { anyOf, everyone, staff, signedIn, access, type Permissions } from '../../shared/auth/rules';
import { federationQueryRules, federationRules } from '../../shared/auth/federation-rules';

const admin = staff('ADMIN');
const auditor = staff('AUDITOR');
/** A partner reading its own key and partner record through `viewer`, or an administrator. */
const ownKeyOrAdmin = anyOf(admin, access('the partner the key belongs to', (parent, _a, ctx) => ctx.principal.kind === 'PARTNER' && (parent.partnerId ?? parent.id) === ctx.principal.partnerId));

export const permissions: Permissions = {
  ...federationRules,
  Query: { _service: federationQueryRules._service, viewer: everyone, auditRecords: auditor, partners: admin, apiKeys: admin },
  Mutation: { createApiKey: admin, revokeApiKey: admin, rotateApiKey: admin },
  Viewer: { kind: everyone, name: signedIn, role: signedIn, agencyId: signedIn, officerId: signedIn, partner: signedIn, apiKey: signedIn, scopes: everyone },
  ScopeGrant: { scope: everyone, description: everyone },
  Partner: { id: ownKeyOrAdmin, name: ownKeyOrAdmin, type: ownKeyOrAdmin, bankCode: ownKeyOrAdmin, courtCode: ownKeyOrAdmin, provinceCode: ownKeyOrAdmin },
  ApiKey: {
    keyId: ownKeyOrAdmin,
    name: ownKeyOrAdmin,
    scopes: ownKeyOrAdmin,
    createdAt: ownKeyOrAdmin,
    expiresAt: ownKeyOrAdmin,
    revokedAt: ownKeyOrAdmin,
    lastUsedAt: ownKeyOrAdmin,
    rotatedFrom: ownKeyOrAdmin,
  },
  CreatedApiKey: { apiKey: admin, secret: admin },
  AuditRecord: Object.fromEntries(
    ['id', 'occurredAt', 'subgraph', 'requestId', 'principal', 'principalKind', 'agency', 'operation', 'action', 'entityType', 'entityId', 'fields'].map((f) => [f, auditor]),
  ),
  AuditRecordConnection: { nodes: auditor, pageInfo: auditor },
  PageInfo: { hasNextPage: everyone, endCursor: everyone },
};
