// The README's sample query, through the gateway over HTTP against the real database: one case with every part filled
// from the four domain subgraphs. Expected values are the hand-written fixture world's.
import { CaseOverviewDocument } from '../../client/generated/graphql';
import { startStack, type Stack } from '../support/stack';
import { tokens } from '../support/credentials';
import { W } from '../fixtures/world';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

test('an officer of the agency sees the whole case: status, agency, officer, amounts, debtors with accounts and land, orders, documents', async () => {
  const { data, errors, status } = await stack.gql(CaseOverviewDocument, { number: W.cases.hn.number }, await tokens.officerTuan());
  expect(status).toBe(200);
  expect(errors).toEqual([]);
  const c = data!.enforcementCaseByNumber!;
  expect(c).toMatchObject({
    number: '01-2025-900001',
    status: 'COERCIVE_MEASURES',
    caseType: 'CIVIL',
    judgmentNumber: '123/2025/DS-PT',
    agency: { name: 'Thi hành án dân sự thành phố Hà Nội', provinceName: 'Thành phố Hà Nội' },
    officer: { fullName: 'Phạm Minh Tuấn', title: 'Chấp hành viên trung cấp' },
    amountDue: '157500000',
    amountCollected: '25000000',
    amountOutstanding: '132500000',
  });
  expect(c.debtors).toEqual([
    {
      __typename: 'Person',
      id: W.persons.an.id,
      fullName: 'Nguyễn Văn An',
      nationalId: '001085012345',
      bankAccounts: [
        { bank: { shortName: 'BIDV' }, accountNumber: '12010000123456', balance: '1200000' },
        { bank: { shortName: 'Vietcombank' }, accountNumber: '0011002233445', balance: '25000000' },
      ],
      landParcels: [{ certificateSerial: 'BS 123456', address: 'Số 12 phố Đội Cấn, Phường Ba Đình, Thành phố Hà Nội', areaM2: 85.5 }],
    },
    {
      __typename: 'Organization',
      id: W.organizations.minhPhat.id,
      name: 'Công ty TNHH Thương mại Minh Phát',
      taxCode: '0101234565',
      bankAccounts: [{ bank: { shortName: 'Vietcombank' }, accountNumber: '0451000777666', balance: '310500000' }],
      landParcels: [],
    },
  ]);
  expect(c.freezeOrders).toEqual([{ status: 'EXECUTED', amountRequested: '150000000', amountFrozen: '25000000', bank: { shortName: 'Vietcombank' } }]);
  expect(c.documents).toEqual([
    { kind: 'JUDGMENT', number: '123/2025/DS-PT', title: 'Bản án tranh chấp hợp đồng vay tài sản', issuedOn: '2025-05-20' },
    { kind: 'ENFORCEMENT_DECISION', number: '901/QĐ-THADS', title: 'Quyết định thi hành án theo yêu cầu', issuedOn: '2025-06-05' },
  ]);
});

test('a case of another agency does not exist for the officer', async () => {
  const { data, errors } = await stack.gql(CaseOverviewDocument, { number: W.cases.hcm.number }, await tokens.officerTuan());
  expect(errors).toEqual([]);
  expect(data!.enforcementCaseByNumber).toBeNull();
});

test('without credentials the case is refused with UNAUTHENTICATED at its path', async () => {
  const { data, errors } = await stack.gql(CaseOverviewDocument, { number: W.cases.hn.number }, null);
  expect(data!.enforcementCaseByNumber).toBeNull();
  expect(errors.map((e) => [e.extensions?.code, e.path])).toEqual([['UNAUTHENTICATED', ['enforcementCaseByNumber']]]);
});

test('money is exact past 2^53 in sums: a case list reports amounts as strings of digits', async () => {
  const { data } = await stack.gql<{ enforcementCaseByNumber: { amountDue: string } }>(
    `query { enforcementCaseByNumber(number: "${W.cases.hcm.number}") { amountDue } }`,
    {},
    await tokens.officerHong(),
  );
  expect(data!.enforcementCaseByNumber.amountDue).toBe('2400000000');
});
