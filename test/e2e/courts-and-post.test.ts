// A court submits a judgment with its text; extraction proposes the fields; an officer confirms them and opens the
// case through the graph; the post delivers the enforcement decision and the case's deadline moves with the date.
import { startStack, type Credential, type Stack } from '../support/stack';
import { partnerKey, tokens } from '../support/credentials';
import { eventually } from '../support/wait';
import { W } from '../fixtures/world';

let stack: Stack;
let court: Credential;
let post: Credential;
beforeAll(async () => {
  stack = await startStack();
  court = { apiKey: (await partnerKey(stack.databaseUrl, W.partners.courtHn.id, 'COURT')).apiKey };
  post = { apiKey: (await partnerKey(stack.databaseUrl, W.partners.post.id, 'POST')).apiKey };
});
afterAll(() => stack?.stop());

const JUDGMENT = `TÒA ÁN NHÂN DÂN THÀNH PHỐ HÀ NỘI
Bản án số: 321/2026/DS-PT
Ngày: 02/11/2026
V/v tranh chấp hợp đồng vay tài sản

NHÂN DANH
NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TÒA ÁN NHÂN DÂN THÀNH PHỐ HÀ NỘI

Ngày 02 tháng 11 năm 2026, tại trụ sở Tòa án nhân dân thành phố Hà Nội xét xử phúc thẩm công khai vụ án dân sự thụ lý số 210/2026/TLPT-DS, giữa các đương sự:
- Nguyên đơn: Bà Trần Thị Bình, sinh năm 1990; CCCD số 036190004567; địa chỉ: Số 5 ngõ 68 đường Xuân Thủy, phường Cầu Giấy, thành phố Hà Nội.
- Bị đơn: Ông Nguyễn Văn An, sinh năm 1985; CCCD số 001085012345; địa chỉ: Số 12 phố Đội Cấn, phường Ba Đình, thành phố Hà Nội.

NỘI DUNG VỤ ÁN:
Bà Bình khởi kiện yêu cầu ông An trả số tiền 350.000.000 đồng tiền vay cùng lãi.

QUYẾT ĐỊNH:
1. Buộc ông Nguyễn Văn An phải trả cho bà Trần Thị Bình số tiền 320.000.000 đồng (Ba trăm hai mươi triệu đồng).
2. Về án phí: Ông Nguyễn Văn An phải chịu 16.000.000 đồng án phí dân sự sơ thẩm.
Bản án phúc thẩm có hiệu lực pháp luật kể từ ngày tuyên án.`;

test('judgment → extraction → confirmation → case; decision served by post → the voluntary period runs from delivery', async () => {
  const submitted = await stack.gql(
    `mutation Submit($input: SubmitJudgmentInput!) { submitJudgment(input: $input) { id number issuerCode sha256 sizeBytes } }`,
    { input: { kind: 'JUDGMENT', number: '321/2026/DS-PT', title: 'Tranh chấp hợp đồng vay tài sản', issuedOn: '2026-11-02', text: JUDGMENT, addressedAgencyId: 'THADS-01', idempotencyKey: 'court-submit-321' } },
    court,
  );
  expect(submitted.errors).toEqual([]);
  const doc = submitted.data.submitJudgment;
  expect(doc).toMatchObject({ number: '321/2026/DS-PT', issuerCode: 'TAND-01', sizeBytes: Buffer.byteLength(JUDGMENT) });
  expect(doc.sha256).toBe(require('node:crypto').createHash('sha256').update(JUDGMENT).digest('hex'));

  const head = await tokens.headBao();
  const inbox = await stack.gql(`{ judgmentsAwaitingCase(first: 20) { nodes { id number } } }`, {}, head);
  expect(inbox.data.judgmentsAwaitingCase.nodes).toContainEqual({ id: doc.id, number: '321/2026/DS-PT' });

  const read = await stack.gql(
    `{ document(id: "${doc.id}") { extraction {
        judgmentNumber { value } caseType { value } issuedOn { value }
        parties { key kind role { value } name { value confidence span { text } } nationalId { value } person { id fullName } }
        obligations { kind debtorKeys creditorKeys jointLiability amount { value confidence } }
    } } }`,
    {},
    head,
  );
  expect(read.errors).toEqual([]);
  const x = read.data.document.extraction;
  expect(x.judgmentNumber.value).toBe('321/2026/DS-PT');
  expect(x.caseType.value).toBe('DS');
  expect(x.issuedOn.value).toBe('2026-11-02');
  const byName = (name: string) => x.parties.find((p: { name: { value: string } }) => p.name.value === name);
  const binh = byName('Trần Thị Bình');
  const an = byName('Nguyễn Văn An');
  expect(binh).toMatchObject({ kind: 'PERSON', role: { value: 'PLAINTIFF' }, nationalId: { value: '036190004567' }, person: { id: W.persons.binh.id, fullName: 'Trần Thị Bình' } });
  expect(an).toMatchObject({ kind: 'PERSON', role: { value: 'DEFENDANT' }, nationalId: { value: '001085012345' }, person: { id: W.persons.an.id, fullName: 'Nguyễn Văn An' } });
  expect(an.name.span.text).toContain('Nguyễn Văn An');
  expect(x.obligations.map((o: { kind: string; debtorKeys: string[]; creditorKeys: string[]; amount: { value: string } }) => [o.kind, o.debtorKeys, o.creditorKeys, o.amount.value])).toEqual([
    ['PAY_MONEY', [an.key], [binh.key], '320000000'],
    ['COURT_FEE', [an.key], [], '16000000'],
  ]);

  const confirmed = await stack.gql(
    `mutation Confirm($input: ConfirmExtractionInput!) { confirmJudgmentExtraction(input: $input) { confirmedExtraction { judgmentNumber confirmedBy obligations { kind amount } } } }`,
    {
      input: {
        documentId: doc.id,
        judgmentNumber: '321/2026/DS-PT',
        caseType: 'DS',
        court: 'Tòa án nhân dân thành phố Hà Nội',
        issuedOn: '2026-11-02',
        parties: [
          { key: an.key, role: 'DEFENDANT', kind: 'PERSON', name: 'Nguyễn Văn An', nationalId: '001085012345' },
          { key: binh.key, role: 'PLAINTIFF', kind: 'PERSON', name: 'Trần Thị Bình', nationalId: '036190004567' },
        ],
        obligations: [
          { kind: 'PAY_MONEY', debtorKeys: [an.key], creditorKeys: [binh.key], amount: '320000000', jointLiability: false, description: 'Trả tiền vay' },
          { kind: 'COURT_FEE', debtorKeys: [an.key], creditorKeys: [], amount: '16000000', jointLiability: false, description: 'Án phí dân sự sơ thẩm' },
        ],
        idempotencyKey: 'confirm-321',
      },
    },
    head,
  );
  expect(confirmed.errors).toEqual([]);
  expect(confirmed.data.confirmJudgmentExtraction.confirmedExtraction).toEqual({
    judgmentNumber: '321/2026/DS-PT',
    confirmedBy: 'staff:head-bao',
    obligations: [
      { kind: 'PAY_MONEY', amount: '320000000' },
      { kind: 'COURT_FEE', amount: '16000000' },
    ],
  });

  // The confirmed version opens the case in the cases subgraph, through the graph.
  const opened = await stack.gql(
    `mutation Open($input: OpenCaseInput!) { openEnforcementCase(input: $input) { id number version amountDue judgmentDocumentId debtors { ... on Person { id fullName } } creditors { ... on Person { id fullName } } } }`,
    {
      input: {
        caseType: 'CIVIL',
        initiation: 'ON_REQUEST',
        judgmentNumber: '321/2026/DS-PT',
        courtCode: 'TAND-01',
        courtName: 'Tòa án nhân dân thành phố Hà Nội',
        judgmentDate: '2026-11-02',
        receivedOn: '2026-11-04',
        judgmentDocumentId: doc.id,
        parties: [
          { role: 'DEBTOR', partyType: 'PERSON', partyId: an.person.id, identifier: '001085012345' },
          { role: 'CREDITOR', partyType: 'PERSON', partyId: binh.person.id, identifier: '036190004567' },
        ],
        obligations: [
          { kind: 'PAY_MONEY', description: 'Trả tiền vay', amountDue: '320000000', debtor: 0, creditor: 1 },
          { kind: 'COURT_FEE', description: 'Án phí dân sự sơ thẩm', amountDue: '16000000', debtor: 0 },
        ],
        idempotencyKey: 'open-321',
      },
    },
    head,
  );
  expect(opened.errors).toEqual([]);
  const c = opened.data.openEnforcementCase;
  expect(c).toMatchObject({
    amountDue: '336000000',
    judgmentDocumentId: doc.id,
    debtors: [{ id: W.persons.an.id, fullName: 'Nguyễn Văn An' }],
    creditors: [{ id: W.persons.binh.id, fullName: 'Trần Thị Bình' }],
  });
  // The judgment joins the case in the documents subgraph once the case's facts arrive there.
  await eventually(async () => {
    const r = await stack.gql(`{ enforcementCase(id: "${c.id}") { documents { id kind } } }`, {}, head);
    return r.data.enforcementCase.documents.some((d: { id: string }) => d.id === doc.id);
  }, 10_000, 'the judgment to join the case');

  // Decision, stored and served by post; the post reports delivery on Monday 16 November.
  const decided = await stack.gql(
    `mutation { issueEnforcementDecision(input: { caseId: "${c.id}", expectedVersion: 1, decisionNumber: "1501/QĐ-THADS", effectiveOn: "2026-11-05", idempotencyKey: "decide-321" }) { enforcementCase { version } } }`,
    {},
    head,
  );
  expect(decided.errors).toEqual([]);
  const stored = await stack.gql(
    `mutation { storeCaseDocument(input: { caseId: "${c.id}", kind: ENFORCEMENT_DECISION, number: "1501/QĐ-THADS", title: "Quyết định thi hành án", issuedOn: "2026-11-05", text: "QUYẾT ĐỊNH THI HÀNH ÁN số 1501/QĐ-THADS", idempotencyKey: "store-1501" }) { id } }`,
    {},
    head,
  );
  expect(stored.errors).toEqual([]);
  const handed = await stack.gql(
    `mutation { handOverToPost(input: { documentId: "${stored.data.storeCaseDocument.id}", recipientName: "Nguyễn Văn An", recipientAddress: "Số 12 phố Đội Cấn, phường Ba Đình, Hà Nội", recipientIdentifier: "001085012345", idempotencyKey: "post-1501" }) { trackingNumber status } }`,
    {},
    head,
  );
  expect(handed.errors).toEqual([]);
  const tracking = handed.data.handOverToPost.trackingNumber;
  expect(tracking).toMatch(/^RR\d{9}VN$/);
  await stack.gql(`mutation { recordPartiesNotified(input: { caseId: "${c.id}", expectedVersion: 2, effectiveOn: "2026-11-06", idempotencyKey: "notified-321" }) { enforcementCase { status } } }`, {}, head);

  const queue = await stack.gql(`{ postalDeliveries(first: 50, status: [HANDED_OVER]) { nodes { trackingNumber recipientName recipientAddress document { number } } } }`, {}, post);
  expect(queue.data.postalDeliveries.nodes).toContainEqual({ trackingNumber: tracking, recipientName: 'Nguyễn Văn An', recipientAddress: 'Số 12 phố Đội Cấn, phường Ba Đình, Hà Nội', document: { number: '1501/QĐ-THADS' } });
  // The letter went out on Friday 13 November (handed over today by the clock of this test run: set back by hand).
  await stack.sql(`update documents.postal_delivery set handed_over_at = '2026-11-13T03:00:00Z' where tracking_number = $1`, [tracking]);
  const early = await stack.gql(
    `mutation { updateDeliveryStatus(input: { trackingNumber: "${tracking}", status: DELIVERED, occurredOn: "2026-11-12", idempotencyKey: "vnpost-${tracking}-early" }) { status } }`,
    {},
    post,
  );
  expect(early.errors.map((e) => [e.extensions?.code, e.extensions?.field, e.extensions?.rule])).toEqual([['BAD_USER_INPUT', 'occurredOn', 'afterHandOver']]);
  const delivered = await stack.gql(
    `mutation { updateDeliveryStatus(input: { trackingNumber: "${tracking}", status: DELIVERED, occurredOn: "2026-11-16", idempotencyKey: "vnpost-${tracking}-delivered" }) { status statusOn } }`,
    {},
    post,
  );
  expect(delivered.errors).toEqual([]);
  expect(delivered.data.updateDeliveryStatus).toEqual({ status: 'DELIVERED', statusOn: '2026-11-16' });
  // 10 days from Monday 16 November 2026 → Thursday 26 November, a working day.
  const voluntary = await eventually(async () => {
    const r = await stack.gql(`{ enforcementCase(id: "${c.id}") { deadlines { stage startedOn dueOn } } }`, {}, head);
    return r.data.enforcementCase.deadlines.find((d: { stage: string }) => d.stage === 'VOLUNTARY_COMPLIANCE');
  }, 10_000, 'the voluntary period');
  expect(voluntary).toEqual({ stage: 'VOLUNTARY_COMPLIANCE', startedOn: '2026-11-16', dueOn: '2026-11-26' });
});

test('a judgment text over the size limit is refused with a clear error and stores nothing', async () => {
  const huge = 'Á'.repeat(1_100_000); // 2.2 MB in UTF-8
  const { errors } = await stack.gql(
    `mutation Submit($input: SubmitJudgmentInput!) { submitJudgment(input: $input) { id } }`,
    { input: { kind: 'JUDGMENT', number: '9/2026/DS-ST', title: 'Quá dài', issuedOn: '2026-11-02', text: huge, addressedAgencyId: 'THADS-01', idempotencyKey: 'court-huge-1' } },
    court,
  );
  expect(errors.map((e) => [e.extensions?.code, e.extensions?.field, e.extensions?.limit])).toEqual([['PAYLOAD_TOO_LARGE', 'text', 2097152]]);
  expect(await stack.sql(`select count(*)::int as n from documents.document where number = '9/2026/DS-ST'`)).toEqual([{ n: 0 }]);
});

test('the post cannot read document content, and stored content never changes', async () => {
  const r = await stack.gql(`{ document(id: "${W.documents.hnJudgment.id}") { number content } }`, {}, post);
  expect(r.data.document).toBeNull();
  await expect(stack.sql(`update documents.document_content set text = 'x' where document_id = $1`, [W.documents.hnJudgment.id])).rejects.toThrow(/immutable/);
});
