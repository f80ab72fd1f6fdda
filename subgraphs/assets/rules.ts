// Who may read which field of the assets subgraph. Row scope (which rows a caller sees at all) is in scope.ts.
import { anyOf, audited, citizen, everyone, partnerScope, signedIn, staff, type Permissions } from '../../shared/auth/rules';
import { federationQueryRules, federationRules } from '../../shared/auth/federation-rules';

const caseStaff = staff('OFFICER', 'HEAD');
const bank = partnerScope('accounts:read', 'BANK');
const bankAnswering = partnerScope('freeze-orders:answer', 'BANK');
const registry = partnerScope('seizures:answer', 'LAND_REGISTRY');
const registryParcels = partnerScope('parcels:read', 'LAND_REGISTRY');

/** Balances and account numbers: the officers of the case, the bank that keeps the account, the holder. Audited. */
const accountSecret = audited('BankAccount', anyOf(caseStaff, bank, bankAnswering, citizen));
/** Land holdings: the officers of the case, the land registry of the province, the holder. Audited. */
const landHolding = audited('LandParcel', anyOf(caseStaff, registryParcels, registry, citizen));

const orderReader = signedIn; // row scope decides which orders

export const permissions: Permissions = {
  ...federationRules,
  Query: {
    ...federationQueryRules,
    banks: everyone,
    bank: everyone,
    bankAccount: signedIn,
    landParcel: signedIn,
    landParcelByCertificate: signedIn,
    freezeOrder: signedIn,
    seizure: signedIn,
    freezeOrders: anyOf(caseStaff, staff('AUDITOR'), bankAnswering),
    seizures: anyOf(caseStaff, staff('AUDITOR'), registry),
  },
  Mutation: {
    orderAccountFreeze: caseStaff,
    answerFreezeOrder: bankAnswering,
    orderDeduction: caseStaff,
    orderRelease: caseStaff,
    registerSeizure: caseStaff,
    answerSeizure: registry,
    liftSeizure: caseStaff,
  },
  Bank: { code: everyone, bin: everyone, shortName: everyone, name: everyone },
  BankAccount: {
    id: signedIn,
    bank: signedIn,
    holder: signedIn,
    holderName: signedIn,
    status: signedIn,
    accountNumberMasked: signedIn,
    accountNumber: accountSecret,
    balance: accountSecret,
    balanceAsOf: accountSecret,
    openedOn: accountSecret,
  },
  LandParcel: {
    id: signedIn,
    certificateSerial: signedIn,
    parcelNumber: signedIn,
    mapSheetNumber: signedIn,
    street: signedIn,
    ward: signedIn,
    provinceCode: signedIn,
    address: signedIn,
    useType: signedIn,
    useTypeName: signedIn,
    areaM2: landHolding,
    owners: landHolding,
  },
  LandOwnership: { owner: signedIn, sharePercent: signedIn },
  FreezeOrder: {
    id: orderReader,
    amountRequested: orderReader,
    amountFrozen: orderReader,
    amountDeducted: orderReader,
    history: orderReader,
    status: orderReader,
    orderedAt: orderReader,
    answeredAt: orderReader,
    rejectionReason: orderReader,
    version: orderReader,
    account: orderReader,
    bank: orderReader,
    enforcementCase: orderReader,
  },
  Seizure: {
    id: orderReader,
    provinceCode: orderReader,
    status: orderReader,
    requestedAt: orderReader,
    answeredAt: orderReader,
    rejectionReason: orderReader,
    version: orderReader,
    parcel: orderReader,
    enforcementCase: orderReader,
    history: orderReader,
  },
  FreezeOrderEvent: { id: orderReader, fromStatus: orderReader, toStatus: orderReader, at: orderReader, actor: orderReader, amount: orderReader, note: orderReader },
  SeizureEvent: { id: orderReader, fromStatus: orderReader, toStatus: orderReader, at: orderReader, actor: orderReader, note: orderReader },
  FreezeOrderConnection: { nodes: orderReader, pageInfo: orderReader },
  SeizureConnection: { nodes: orderReader, pageInfo: orderReader },
  PageInfo: { hasNextPage: everyone, endCursor: everyone },
  Person: { id: signedIn, bankAccounts: signedIn, landParcels: signedIn },
  Organization: { id: signedIn, bankAccounts: signedIn, landParcels: signedIn },
  EnforcementCase: { id: signedIn, freezeOrders: signedIn, seizures: signedIn },
};
