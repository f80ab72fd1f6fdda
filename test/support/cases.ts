// Helpers for tests that drive the workflow: open a case for the fixture world's people and act as its officer.
import { issueDevToken } from '../../shared/auth/identity-tokens';
import type { Credential, Stack } from './stack';
import { tokens } from './credentials';
import { W } from '../fixtures/world';

export interface OpenedCase {
  id: string;
  number: string;
  officer: Credential;
  obligations: { id: string; kind: string; amountDue: string }[];
}

export async function openCase(stack: Stack, key: string, options: { amount?: string; receivedOn?: string; debtor?: keyof typeof W.persons; creditor?: keyof typeof W.persons } = {}): Promise<OpenedCase> {
  const debtor = W.persons[options.debtor ?? 'an'];
  const creditor = W.persons[options.creditor ?? 'binh'];
  const { data, errors } = await stack.gql(
    `mutation Open($input: OpenCaseInput!) { openEnforcementCase(input: $input) { id number officer { id fullName } obligations { id kind amountDue } } }`,
    {
      input: {
        caseType: 'CIVIL',
        initiation: 'ON_REQUEST',
        judgmentNumber: '88/2026/DS-ST',
        courtCode: 'TAND-01-KV2',
        courtName: 'Tòa án nhân dân khu vực 2 - Hà Nội',
        judgmentDate: '2026-05-04',
        receivedOn: options.receivedOn ?? '2026-06-01',
        parties: [
          { role: 'DEBTOR', partyType: 'PERSON', partyId: debtor.id, identifier: debtor.nationalId },
          { role: 'CREDITOR', partyType: 'PERSON', partyId: creditor.id, identifier: creditor.nationalId },
        ],
        obligations: [{ kind: 'PAY_MONEY', description: 'Trả nợ', amountDue: options.amount ?? '5000000', debtor: 0, creditor: 1 }],
        idempotencyKey: key,
      },
    },
    await tokens.headBao(),
  );
  if (errors.length) throw new Error(JSON.stringify(errors));
  const c = data.openEnforcementCase;
  const officer = { token: await issueDevToken({ typ: 'staff', sub: `officer-${c.officer.id.slice(0, 8)}`, name: c.officer.fullName, role: 'OFFICER', agency_id: 'THADS-01', officer_id: c.officer.id }) };
  return { id: c.id, number: c.number, officer, obligations: c.obligations };
}

export const STEP = (mutation: string, inputType = 'CaseStepInput') =>
  `mutation Step($input: ${inputType}!) { ${mutation}(input: $input) { enforcementCase { status version } change { sequence toStatus } } }`;
