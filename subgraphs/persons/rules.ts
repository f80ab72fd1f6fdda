// Who may read which field of the persons subgraph. Row scope (which persons a caller sees at all) is in scope.ts;
// these rules decide the fields of the rows a caller sees. Deny by default: every field is listed here.
import { anyOf, audited, citizenSelf, everyone, partnerScope, signedIn, staff, type Permissions } from '../../shared/auth/rules';
import { federationQueryRules, federationRules } from '../../shared/auth/federation-rules';

/** Identity data: case officers of the agency, police identity checks, and the person themself. Audited. */
const personalData = audited(
  'Person',
  anyOf(staff('OFFICER', 'HEAD'), partnerScope('persons:read', 'POLICE'), citizenSelf((p) => p.nationalId)),
);

export const permissions: Permissions = {
  ...federationRules,
  Query: {
    ...federationQueryRules,
    person: signedIn,
    personByNationalId: signedIn,
    searchPersons: anyOf(staff('OFFICER', 'HEAD', 'AUDITOR'), partnerScope('persons:read', 'POLICE')),
    organization: signedIn,
    organizationByTaxCode: signedIn,
    searchOrganizations: signedIn,
  },
  Person: {
    id: signedIn,
    fullName: signedIn,
    gender: signedIn,
    birthYear: signedIn,
    nationalIdMasked: signedIn,
    nationalId: personalData,
    oldIdNumber: personalData,
    dateOfBirth: personalData,
    permanentAddress: personalData,
    currentAddress: personalData,
    phone: personalData,
  },
  Organization: {
    id: signedIn,
    taxCode: signedIn,
    name: signedIn,
    address: signedIn,
    legalRepresentative: signedIn,
  },
  Address: { street: everyone, ward: everyone, provinceCode: everyone, provinceName: everyone, formatted: everyone },
  PersonConnection: { nodes: everyone, pageInfo: everyone },
  OrganizationConnection: { nodes: everyone, pageInfo: everyone },
  PageInfo: { hasNextPage: everyone, endCursor: everyone },
};
