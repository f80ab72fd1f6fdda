// Who may read which field of the persons subgraph. Row scope (which persons a caller sees at all) is in scope.ts;
// these rules decide the fields of the rows a caller sees. Deny by default: every field is listed here.
import { access, anyOf, audited, citizenSelf, everyone, partnerScope, signedIn, staff, type Permissions } from '../../shared/auth/rules';
import { federationQueryRules, federationRules } from '../../shared/auth/federation-rules';
import { partyOfVisibleCase } from './loaders';

/**
 * Officers and heads reading a party of a case of their agency (or assigned to them). They may find anyone by exact
 * national ID, to open a case, but see that person's identity data only once the person is a party of such a case.
 */
const officerOfTheirCase = access('staff: OFFICER, HEAD, for parties of the cases of their agency or assigned to them', async (person, _a, ctx) => {
  const p = ctx.principal;
  return p.kind === 'STAFF' && (p.role === 'OFFICER' || p.role === 'HEAD') && partyOfVisibleCase(ctx).load(person.id);
});

/** Identity data: the officers of the person's cases, police identity checks, and the person themself. Audited. */
const personalData = audited('Person', anyOf(officerOfTheirCase, partnerScope('persons:read', 'POLICE'), citizenSelf((p) => p.nationalId)));

/**
 * Anyone who sees the row at all: row scope decides (anonymous callers see only debtors of published findings of no
 * conditions to enforce, whose name, year of birth and ward are public by law).
 */
const rowReader = access('anyone who sees the row (row scope decides; anonymous: published debtors only)', () => true);

export const permissions: Permissions = {
  ...federationRules,
  Query: {
    ...federationQueryRules,
    person: rowReader,
    personByNationalId: signedIn,
    searchPersons: anyOf(staff('OFFICER', 'HEAD', 'AUDITOR'), partnerScope('persons:read', 'POLICE')),
    organization: rowReader,
    organizationByTaxCode: signedIn,
    searchOrganizations: signedIn,
  },
  Person: {
    id: rowReader,
    fullName: rowReader,
    birthYear: rowReader,
    publishedAddress: rowReader,
    gender: signedIn,
    nationalIdMasked: signedIn,
    nationalId: personalData,
    oldIdNumber: personalData,
    dateOfBirth: personalData,
    permanentAddress: personalData,
    currentAddress: personalData,
    phone: personalData,
  },
  Organization: {
    id: rowReader,
    taxCode: rowReader,
    name: rowReader,
    address: rowReader,
    legalRepresentative: signedIn,
  },
  Address: { street: everyone, ward: everyone, provinceCode: everyone, provinceName: everyone, formatted: everyone },
  PersonConnection: { nodes: everyone, pageInfo: everyone },
  OrganizationConnection: { nodes: everyone, pageInfo: everyone },
  PageInfo: { hasNextPage: everyone, endCursor: everyone },
};
