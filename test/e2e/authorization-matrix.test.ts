// Who sees what, walked as a matrix through the gateway: each principal kind × each sensitive field × rows in and out
// of its scope, in one request per principal (so each request mixes rows the caller may and may not see). The
// expected outcome of every cell is written here by hand: a value, FORBIDDEN (null with an error at its path),
// UNAUTHENTICATED, or ABSENT (the row is treated as not existing: null, no error).
import { startStack, type Credential, type Stack } from '../support/stack';
import { partnerKey, tokens } from '../support/credentials';
import { W } from '../fixtures/world';

const F = 'FORBIDDEN' as const;
const U = 'UNAUTHENTICATED' as const;
const ABSENT = null;
type Cell = string | number | typeof F;
type Row = Record<string, Cell> | typeof ABSENT | typeof U;

const QUERY = `query Matrix {
  an: person(id: "${W.persons.an.id}") { fullName nationalId dateOfBirth phone }
  binh: person(id: "${W.persons.binh.id}") { fullName nationalId phone }
  cuong: person(id: "${W.persons.cuong.id}") { fullName nationalId dateOfBirth phone }
  anVcb: bankAccount(id: "${W.accounts.anVcb.id}") { accountNumberMasked accountNumber balance }
  anBidv: bankAccount(id: "${W.accounts.anBidv.id}") { accountNumberMasked accountNumber balance }
  cuongVcb: bankAccount(id: "${W.accounts.cuongVcb.id}") { accountNumberMasked accountNumber balance }
  anHome: landParcel(id: "${W.parcels.anHome.id}") { certificateSerial areaM2 }
  hnJudgment: document(id: "${W.documents.hnJudgment.id}") { number content }
  hcmJudgment: document(id: "${W.documents.hcmJudgment.id}") { number content }
  hn: enforcementCaseByNumber(number: "${W.cases.hn.number}") { number amountDue }
  hcm: enforcementCaseByNumber(number: "${W.cases.hcm.number}") { number amountDue }
}`;

// Values of the fixture world, written out.
const AN = { fullName: 'Nguyễn Văn An', nationalId: '001085012345', dateOfBirth: '1985-03-04', phone: '0912345678' };
const BINH = { fullName: 'Trần Thị Bình', nationalId: '036190004567', phone: '0987654321' };
const CUONG = { fullName: 'Hoàng Văn Cường', nationalId: '079078123456', dateOfBirth: '1978-11-02', phone: '0903111222' };
const AN_VCB = { accountNumberMasked: '*********3445', accountNumber: '0011002233445', balance: '25000000' };
const AN_BIDV = { accountNumberMasked: '**********3456', accountNumber: '12010000123456', balance: '1200000' };
const CUONG_VCB = { accountNumberMasked: '*********8999', accountNumber: '0071000888999', balance: '900000000' };
const AN_HOME = { certificateSerial: 'BS 123456', areaM2: 85.5 };
const HN_JUDGMENT = { number: '123/2025/DS-PT', content: 'BẢN ÁN SỐ 123/2025/DS-PT. Buộc ông Nguyễn Văn An trả cho bà Trần Thị Bình 150.000.000 đồng.' };
const HCM_JUDGMENT = { number: '45/2025/KDTM-ST', content: 'BẢN ÁN SỐ 45/2025/KDTM-ST. Buộc ông Hoàng Văn Cường trả cho bà Lê Thị Dung 2.400.000.000 đồng.' };
const HN = { number: '01-2025-900001', amountDue: '157500000' };
const HCM = { number: '79-2025-900002', amountDue: '2400000000' };

const nothing = { an: ABSENT, binh: ABSENT, cuong: ABSENT, anVcb: ABSENT, anBidv: ABSENT, cuongVcb: ABSENT, anHome: ABSENT, hnJudgment: ABSENT, hcmJudgment: ABSENT, hn: ABSENT, hcm: ABSENT };

const EXPECTED: Record<string, Record<string, Row>> = {
  officerTuan: { ...nothing, an: AN, binh: BINH, anVcb: AN_VCB, anBidv: AN_BIDV, anHome: AN_HOME, hnJudgment: HN_JUDGMENT, hn: HN },
  officerHong: { ...nothing, cuong: CUONG, cuongVcb: CUONG_VCB, hcmJudgment: HCM_JUDGMENT, hcm: HCM },
  headBao: { ...nothing, an: AN, binh: BINH, anVcb: AN_VCB, anBidv: AN_BIDV, anHome: AN_HOME, hnJudgment: HN_JUDGMENT, hn: HN },
  auditor: {
    an: { fullName: AN.fullName, nationalId: F, dateOfBirth: F, phone: F },
    binh: { fullName: BINH.fullName, nationalId: F, phone: F },
    cuong: { fullName: CUONG.fullName, nationalId: F, dateOfBirth: F, phone: F },
    anVcb: { accountNumberMasked: AN_VCB.accountNumberMasked, accountNumber: F, balance: F },
    anBidv: { accountNumberMasked: AN_BIDV.accountNumberMasked, accountNumber: F, balance: F },
    cuongVcb: { accountNumberMasked: CUONG_VCB.accountNumberMasked, accountNumber: F, balance: F },
    anHome: { certificateSerial: AN_HOME.certificateSerial, areaM2: F },
    hnJudgment: { number: HN_JUDGMENT.number, content: F },
    hcmJudgment: { number: HCM_JUDGMENT.number, content: F },
    hn: HN,
    hcm: HCM,
  },
  admin: nothing,
  citizenAn: {
    ...nothing,
    an: AN,
    binh: { fullName: BINH.fullName, nationalId: F, phone: F },
    anVcb: AN_VCB,
    anBidv: AN_BIDV,
    anHome: AN_HOME,
    hnJudgment: HN_JUDGMENT,
    hn: HN,
  },
  citizenCuong: { ...nothing, cuong: CUONG, cuongVcb: CUONG_VCB, hcmJudgment: HCM_JUDGMENT, hcm: HCM },
  court: {
    ...nothing,
    an: { fullName: AN.fullName, nationalId: F, dateOfBirth: F, phone: F },
    binh: { fullName: BINH.fullName, nationalId: F, phone: F },
    hnJudgment: HN_JUDGMENT,
    hn: HN,
  },
  police: { ...nothing, an: AN, binh: BINH, cuong: CUONG },
  bankVcb: { ...nothing, anVcb: AN_VCB, cuongVcb: CUONG_VCB },
  bankBidv: { ...nothing, anBidv: AN_BIDV },
  landRegistryHn: { ...nothing, anHome: AN_HOME },
  post: nothing,
  anonymous: { ...nothing, anVcb: U, anBidv: U, cuongVcb: U, anHome: U, hnJudgment: U, hcmJudgment: U, hn: U, hcm: U },
};

/** The data and errors a row table means. */
function expectedResult(rows: Record<string, Row>) {
  const data: Record<string, unknown> = {};
  const errors: [string, (string | number)[]][] = [];
  for (const [alias, row] of Object.entries(rows)) {
    if (row === U) {
      data[alias] = null;
      errors.push([U, [alias]]);
    } else if (row === null) {
      data[alias] = null;
    } else {
      data[alias] = Object.fromEntries(Object.entries(row).map(([field, cell]) => [field, cell === F ? null : cell]));
      for (const [field, cell] of Object.entries(row)) if (cell === F) errors.push([F, [alias, field]]);
    }
  }
  return { data, errors: errors.sort((a, b) => a[1].join('.').localeCompare(b[1].join('.'))) };
}

let stack: Stack;
const credentials: Record<string, Credential> = {};
beforeAll(async () => {
  stack = await startStack();
  Object.assign(credentials, {
    officerTuan: await tokens.officerTuan(),
    officerHong: await tokens.officerHong(),
    headBao: await tokens.headBao(),
    auditor: await tokens.auditor(),
    admin: await tokens.admin(),
    citizenAn: await tokens.citizenAn(),
    citizenCuong: await tokens.citizenCuong(),
    court: { apiKey: (await partnerKey(stack.databaseUrl, W.partners.courtHn.id, 'COURT')).apiKey },
    police: { apiKey: (await partnerKey(stack.databaseUrl, W.partners.police.id, 'POLICE')).apiKey },
    bankVcb: { apiKey: (await partnerKey(stack.databaseUrl, W.partners.bankVcb.id, 'BANK')).apiKey },
    bankBidv: { apiKey: (await partnerKey(stack.databaseUrl, W.partners.bankBidv.id, 'BANK')).apiKey },
    landRegistryHn: { apiKey: (await partnerKey(stack.databaseUrl, W.partners.landHn.id, 'LAND_REGISTRY')).apiKey },
    post: { apiKey: (await partnerKey(stack.databaseUrl, W.partners.post.id, 'POST')).apiKey },
    anonymous: null,
  });
});
afterAll(() => stack?.stop());

test.each(Object.keys(EXPECTED))('%s sees exactly what the matrix says', async (principal) => {
  const { status, data, errors } = await stack.gql(QUERY, {}, credentials[principal]);
  expect(status).toBe(200);
  const expected = expectedResult(EXPECTED[principal]);
  expect(data).toEqual(expected.data);
  expect(errors.map((e) => [e.extensions?.code, e.path]).sort((a, b) => (a[1] as string[]).join('.').localeCompare((b[1] as string[]).join('.')))).toEqual(expected.errors);
  for (const e of errors) expect(JSON.stringify(e)).not.toMatch(/stack|select |postgres|127\.0\.0\.1/i);
});

test('a case list mixes rows: the court sees only the cases of its own judgments, with their debtors’ names but not their IDs', async () => {
  const { data, errors } = await stack.gql<{ enforcementCases: { nodes: { number: string; courtCode: string; debtors: ({ fullName?: string; nationalId?: string | null; name?: string } | null)[] }[] } }>(
    `{ enforcementCases(first: 100) { nodes { number courtCode debtors { ... on Person { fullName nationalId } ... on Organization { name taxCode } } } } }`,
    {},
    credentials.court,
  );
  const nodes = data!.enforcementCases.nodes;
  expect(nodes.length).toBeGreaterThan(0);
  expect(nodes.every((n) => n.courtCode === 'TAND-01')).toBe(true);
  expect(nodes.find((n) => n.number === HN.number)!.debtors).toEqual([
    { fullName: 'Nguyễn Văn An', nationalId: null },
    { name: 'Công ty TNHH Thương mại Minh Phát', taxCode: '0101234565' },
  ]);
  // every person debtor's national ID is refused, at its own path, and nothing else is
  expect(new Set(errors.map((e) => e.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
  expect(errors.every((e) => e.path?.at(-1) === 'nationalId')).toBe(true);
});

test('a masked national ID is the lesser field anyone who sees the person may read', async () => {
  const { data, errors } = await stack.gql(`{ person(id: "${W.persons.an.id}") { nationalIdMasked nationalId } }`, {}, credentials.auditor);
  expect(data).toEqual({ person: { nationalIdMasked: '*********345', nationalId: null } });
  expect(errors.map((e) => [e.extensions?.code, e.path])).toEqual([['FORBIDDEN', ['person', 'nationalId']]]);
});

test('an officer finds anyone by exact national ID to open a case, but reads their identity data only for parties of their cases', async () => {
  const { data, errors } = await stack.gql(`{ personByNationalId(nationalId: "${W.persons.cuong.nationalId}") { id fullName nationalIdMasked nationalId phone } }`, {}, credentials.officerTuan);
  expect(data).toEqual({ personByNationalId: { id: W.persons.cuong.id, fullName: 'Hoàng Văn Cường', nationalIdMasked: '*********456', nationalId: null, phone: null } });
  expect(errors.map((e) => [e.extensions?.code, e.path?.join('.')])).toEqual([
    ['FORBIDDEN', 'personByNationalId.nationalId'],
    ['FORBIDDEN', 'personByNationalId.phone'],
  ]);
});
