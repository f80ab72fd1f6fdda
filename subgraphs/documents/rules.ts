// Who may read which field of the documents subgraph. Row scope is in scope.ts.
import { anyOf, audited, citizen, partnerScope, signedIn, staff, type Permissions } from '../../shared/auth/rules';
import { federationQueryRules, federationRules } from '../../shared/auth/federation-rules';

/** Full text: officers of the case, the issuing court, partners granted `documents:content`, and the parties. */
const content = audited('Document', anyOf(staff('OFFICER', 'HEAD'), partnerScope('documents:content'), citizen));

export const permissions: Permissions = {
  ...federationRules,
  Query: { ...federationQueryRules, document: signedIn },
  Document: {
    id: signedIn,
    kind: signedIn,
    number: signedIn,
    title: signedIn,
    issuerCode: signedIn,
    issuerName: signedIn,
    issuedOn: signedIn,
    sha256: signedIn,
    sizeBytes: signedIn,
    mediaType: signedIn,
    createdAt: signedIn,
    enforcementCase: signedIn,
    content,
  },
  EnforcementCase: { id: signedIn, documents: signedIn },
};
