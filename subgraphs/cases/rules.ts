// Who may read which field of the cases subgraph, and who may call its mutations. Row scope (which cases a caller
// sees at all) is in scope.ts; who may act on a given case (its officer, the head of its agency) is checked in the
// workflow itself.
import { access, anyOf, anyStaffRule, citizen, everyone, partnerScope, signedIn, staff, type Permissions } from '../../shared/auth/rules';
import { federationQueryRules, federationRules } from '../../shared/auth/federation-rules';

/** Anyone who may see the case at all: row scope decides which cases. */
const caseReader = access('anyone who sees the case (row scope decides)', (_p, _a, ctx) => ctx.principal.kind !== 'ANONYMOUS');
const caseStaff = staff('OFFICER', 'HEAD', 'AUDITOR');
const caseWorkers = staff('OFFICER', 'HEAD');
const partiesAndStaff = anyOf(caseStaff, citizen, partnerScope('cases:read', 'COURT'));

function fields(names: string[], rule: typeof everyone) {
  return Object.fromEntries(names.map((n) => [n, rule]));
}

export const permissions: Permissions = {
  ...federationRules,
  Query: {
    ...federationQueryRules,
    enforcementCase: caseReader,
    enforcementCaseByNumber: caseReader,
    enforcementCases: partiesAndStaff,
    agencies: everyone,
    agency: everyone,
    officer: signedIn,
    myNotifications: citizen,
    caseLookup: everyone,
    overdueCases: caseStaff,
    agencyDashboard: staff('HEAD', 'AUDITOR'),
    enforcementStatistics: staff('HEAD', 'AUDITOR'),
    publishedNoConditionCases: everyone,
  },
  Mutation: {
    openEnforcementCase: caseWorkers,
    issueEnforcementDecision: caseWorkers,
    recordPartiesNotified: caseWorkers,
    startVoluntaryCompliance: caseWorkers,
    startVerification: caseWorkers,
    beginCoerciveMeasures: caseWorkers,
    declareNoConditions: caseWorkers,
    postponeEnforcement: caseWorkers,
    suspendEnforcement: caseWorkers,
    resumeEnforcement: caseWorkers,
    terminateEnforcement: caseWorkers,
    completeEnforcement: caseWorkers,
    recordPayment: caseWorkers,
    reassignCase: staff('HEAD'),
    setNotificationChannel: citizen,
    issueCaseLookupCode: caseWorkers,
    revokeCaseLookupCodes: caseWorkers,
  },
  EnforcementCase: {
    ...fields(
      ['id', 'number', 'decisionNumber', 'status', 'caseType', 'initiation', 'judgmentNumber', 'courtCode', 'courtName', 'judgmentDate', 'receivedOn', 'decisionOn', 'judgmentDocumentId'],
      caseReader,
    ),
    ...fields(['amountDue', 'amountCollected', 'amountOutstanding', 'version', 'createdAt', 'updatedAt', 'publishedOn', 'agency', 'officer'], caseReader),
    ...fields(['creditors', 'debtors', 'obligations', 'deadlines', 'nextDeadline'], caseReader),
    history: partiesAndStaff,
    payments: anyOf(caseStaff, citizen),
    assignments: caseStaff,
  },
  Obligation: fields(['id', 'kind', 'description', 'amountDue', 'amountPaid', 'jointLiability', 'met', 'debtor', 'creditor'], caseReader),
  StatusChange: { ...fields(['id', 'sequence', 'fromStatus', 'toStatus', 'at', 'effectiveOn', 'reason', 'documentId'], caseReader), actor: anyStaffRule },
  CaseDeadline: fields(['stage', 'stageLabel', 'startedOn', 'dueOn', 'metOn', 'met', 'overdue', 'workingDaysOverdue', 'rule', 'legalBasis', 'verified'], caseReader),
  Payment: fields(['id', 'obligationId', 'amount', 'paidOn', 'method', 'reference', 'recordedAt', 'recordedBy'], anyOf(caseStaff, citizen)),
  Assignment: fields(['id', 'assignedAt', 'assignedBy', 'reason', 'candidates', 'officer'], caseStaff),
  AllocationCandidate: fields(['officerId', 'name', 'workload', 'openCases', 'handlesCaseType', 'excluded'], caseStaff),
  CaseStepResult: fields(['enforcementCase', 'change'], caseWorkers),
  PaymentResult: fields(['enforcementCase', 'payment'], caseWorkers),
  Agency: { ...fields(['id', 'name', 'provinceCode', 'provinceName', 'address', 'phone'], everyone), officers: anyStaffRule },
  Officer: { ...fields(['id', 'fullName', 'title', 'role', 'agency'], signedIn), ...fields(['email', 'active', 'caseTypes'], anyStaffRule) },
  Person: { id: everyone, enforcementCases: signedIn },
  Organization: { id: everyone, enforcementCases: signedIn },
  Notification: fields(['id', 'channel', 'kind', 'title', 'body', 'createdAt', 'status', 'deliveredAt'], citizen),
  NotificationConnection: { nodes: citizen, pageInfo: citizen },
  CaseLookupCode: fields(['url', 'token', 'expiresAt', 'qrSvg', 'qrPngDataUrl'], caseWorkers),
  PublicCaseStatus: fields(['number', 'status', 'statusLabel', 'agencyName', 'agencyPhone', 'nextDeadline'], everyone),
  PublicDeadline: fields(['stageLabel', 'dueOn'], everyone),
  PublishedCase: fields(['id', 'number', 'judgmentNumber', 'courtName', 'publishedOn', 'amountOutstanding', 'agency', 'debtors', 'reason', 'obligations'], everyone),
  PublishedCaseConnection: { nodes: everyone, pageInfo: everyone },
  EnforcementCaseConnection: { nodes: everyone, pageInfo: everyone },
  OverdueCaseConnection: { nodes: caseStaff, pageInfo: caseStaff },
  AgencyDashboard: fields(['agency', 'asOf', 'openCases', 'overdueCases', 'dueWithinAWeek', 'byStatus', 'officers', 'amountOutstanding'], staff('HEAD', 'AUDITOR')),
  StatusCount: fields(['status', 'count'], staff('HEAD', 'AUDITOR')),
  OfficerLoad: fields(['officer', 'openCases', 'overdueCases', 'amountOutstanding'], staff('HEAD', 'AUDITOR')),
  EnforcementStatistics: fields(
    ['agency', 'received', 'withoutConditions', 'paused', 'withConditions', 'completed', 'terminated', 'completionRate', 'amountDue', 'amountWithConditions', 'amountCollected', 'collectionRate'],
    staff('HEAD', 'AUDITOR'),
  ),
  PageInfo: { hasNextPage: everyone, endCursor: everyone },
};
