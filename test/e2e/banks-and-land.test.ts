// Banks and land registries at work through their keys: a bank executes a partial freeze and retries its answer
// without effect; a bank cannot see another bank's orders; the registry confirms a seizure; the officer follows up.
import { startStack, type Credential, type Stack } from '../support/stack';
import { partnerKey, tokens } from '../support/credentials';
import { W } from '../fixtures/world';

let stack: Stack;
let bidv: Credential;
let vcb: Credential;
let registryHcm: Credential;
let registryHn: Credential;
beforeAll(async () => {
  stack = await startStack();
  bidv = { apiKey: (await partnerKey(stack.databaseUrl, W.partners.bankBidv.id, 'BANK')).apiKey };
  vcb = { apiKey: (await partnerKey(stack.databaseUrl, W.partners.bankVcb.id, 'BANK')).apiKey };
  registryHcm = { apiKey: (await partnerKey(stack.databaseUrl, W.partners.landHcm.id, 'LAND_REGISTRY')).apiKey };
  registryHn = { apiKey: (await partnerKey(stack.databaseUrl, W.partners.landHn.id, 'LAND_REGISTRY')).apiKey };
});
afterAll(() => stack?.stop());

const ORDER = `mutation Order($input: OrderFreezeInput!) { orderAccountFreeze(input: $input) { id status amountRequested bank { code } version } }`;
const ANSWER = `mutation Answer($input: AnswerFreezeOrderInput!) { answerFreezeOrder(input: $input) { id status amountRequested amountFrozen version account { balance status } history { fromStatus toStatus amount actor } } }`;
const QUEUE = `{ freezeOrders(first: 100, status: [PENDING]) { nodes { id bank { code } amountRequested account { accountNumber } } } }`;

test('a bank executes a partial freeze, and retrying its answer changes nothing', async () => {
  const officer = await tokens.officerTuan();
  // Nguyễn Văn An owes 132.500.000 đồng more; his BIDV account holds 1.200.000 đồng.
  const ordered = await stack.gql(ORDER, { input: { caseId: W.cases.hn.id, accountId: W.accounts.anBidv.id, amount: '132500000', idempotencyKey: 'freeze-bidv-1' } }, officer);
  expect(ordered.errors).toEqual([]);
  const order = ordered.data.orderAccountFreeze;
  expect(order).toMatchObject({ status: 'PENDING', amountRequested: '132500000', bank: { code: 'BIDV' }, version: 1 });

  // BIDV sees it in its queue; Vietcombank does not.
  const bidvQueue = (await stack.gql(QUEUE, {}, bidv)).data.freezeOrders.nodes;
  expect(bidvQueue).toEqual([{ id: order.id, bank: { code: 'BIDV' }, amountRequested: '132500000', account: { accountNumber: '12010000123456' } }]);
  const vcbQueue = (await stack.gql(QUEUE, {}, vcb)).data.freezeOrders.nodes;
  expect(vcbQueue.map((o: { id: string }) => o.id)).not.toContain(order.id);
  expect(vcbQueue.every((o: { bank: { code: string } }) => o.bank.code === 'VCB')).toBe(true);
  expect(vcbQueue.map((o: { id: string }) => o.id)).toContain(W.freezeOrders.cuongVcb.id);

  // Vietcombank cannot answer BIDV's order: for it, the order does not exist.
  const foreign = await stack.gql(ANSWER, { input: { orderId: order.id, outcome: 'EXECUTED', amount: '1', balance: '1', idempotencyKey: 'vcb-answer-foreign' } }, vcb);
  expect(foreign.errors.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);

  // The balance is lower than asked: the bank freezes what there is.
  const tooMuch = await stack.gql(ANSWER, { input: { orderId: order.id, outcome: 'EXECUTED', amount: '1500000', balance: '1200000', idempotencyKey: 'bidv-answer-0' } }, bidv);
  expect(tooMuch.errors.map((e) => [e.extensions?.code, e.extensions?.field, e.extensions?.rule])).toEqual([['BAD_USER_INPUT', 'amount', 'notAboveBalance']]);
  const answer = { orderId: order.id, outcome: 'EXECUTED', amount: '1200000', balance: '1200000', idempotencyKey: 'bidv-answer-1' };
  const executed = await stack.gql(ANSWER, { input: answer }, bidv);
  expect(executed.errors).toEqual([]);
  expect(executed.data.answerFreezeOrder).toMatchObject({ status: 'EXECUTED', amountFrozen: '1200000', version: 2, account: { balance: '1200000', status: 'FROZEN' } });
  // The bank timed out and retries the same answer: the same result, no second freeze.
  const retried = await stack.gql(ANSWER, { input: answer }, bidv);
  expect(retried.errors).toEqual([]);
  expect(retried.data.answerFreezeOrder).toEqual(executed.data.answerFreezeOrder);
  expect(await stack.sql(`select count(*)::int as n from assets.freeze_order_event where order_id = $1`, [order.id])).toEqual([{ n: 2 }]);
  // Answering again with a new key is a second answer, which the order no longer takes.
  const second = await stack.gql(ANSWER, { input: { ...answer, idempotencyKey: 'bidv-answer-2' } }, bidv);
  expect(second.errors[0].extensions).toEqual({ code: 'INVALID_TRANSITION', currentStatus: 'EXECUTED', requestedStatus: 'EXECUTED' });

  // The officer orders the deduction; the bank confirms it; the account is no longer frozen.
  const deduction = await stack.gql(`mutation { orderDeduction(input: { orderId: "${order.id}", expectedVersion: 2, idempotencyKey: "deduct-bidv-1" }) { status version } }`, {}, officer);
  expect(deduction.data.orderDeduction).toEqual({ status: 'DEDUCTION_ORDERED', version: 3 });
  const deducted = await stack.gql(ANSWER, { input: { orderId: order.id, outcome: 'DEDUCTED', amount: '1200000', idempotencyKey: 'bidv-deducted-1' } }, bidv);
  expect(deducted.data.answerFreezeOrder).toMatchObject({ status: 'DEDUCTED', account: { balance: '0', status: 'ACTIVE' } });
  expect(deducted.data.answerFreezeOrder.history.map((h: { toStatus: string; amount: string | null }) => [h.toStatus, h.amount])).toEqual([
    ['PENDING', '132500000'],
    ['EXECUTED', '1200000'],
    ['DEDUCTION_ORDERED', '1200000'],
    ['DEDUCTED', '1200000'],
  ]);
});

test('a bank rejects with a reason; an officer of another agency cannot order a freeze on this case', async () => {
  const hong = await tokens.officerHong();
  const refused = await stack.gql(ORDER, { input: { caseId: W.cases.hn.id, accountId: W.accounts.anVcb.id, amount: '1000000', idempotencyKey: 'freeze-hong-1' } }, hong);
  expect(refused.errors.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
  const noReason = await stack.gql(ANSWER, { input: { orderId: W.freezeOrders.cuongVcb.id, outcome: 'REJECTED', idempotencyKey: 'vcb-reject-0' } }, vcb);
  expect(noReason.errors.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'reason']]);
  const rejected = await stack.gql(ANSWER, { input: { orderId: W.freezeOrders.cuongVcb.id, outcome: 'REJECTED', reason: 'Tài khoản đang bị phong tỏa theo lệnh của cơ quan điều tra', idempotencyKey: 'vcb-reject-1' } }, vcb);
  expect(rejected.data.answerFreezeOrder).toMatchObject({ status: 'REJECTED' });
  const seenByOfficer = await stack.gql(`{ freezeOrder(id: "${W.freezeOrders.cuongVcb.id}") { status rejectionReason } }`, {}, hong);
  expect(seenByOfficer.data.freezeOrder).toEqual({ status: 'REJECTED', rejectionReason: 'Tài khoản đang bị phong tỏa theo lệnh của cơ quan điều tra' });
});

test('the land registry of the province confirms a seizure; another province’s registry does not see it', async () => {
  const hong = await tokens.officerHong();
  const registered = await stack.gql(
    `mutation { registerSeizure(input: { caseId: "${W.cases.hcm.id}", parcelId: "${W.parcels.cuongLand.id}", idempotencyKey: "seize-cuong-1" }) { id status provinceCode parcel { certificateSerial } } }`,
    {},
    hong,
  );
  expect(registered.errors).toEqual([]);
  const seizure = registered.data.registerSeizure;
  expect(seizure).toMatchObject({ status: 'REQUESTED', provinceCode: '79', parcel: { certificateSerial: 'CT 654321' } });
  const hnQueue = (await stack.gql(`{ seizures(first: 50, status: [REQUESTED]) { nodes { id } } }`, {}, registryHn)).data.seizures.nodes;
  expect(hnQueue.map((s: { id: string }) => s.id)).not.toContain(seizure.id);
  const hcmQueue = (await stack.gql(`{ seizures(first: 50, status: [REQUESTED]) { nodes { id parcel { certificateSerial areaM2 } } } }`, {}, registryHcm)).data.seizures.nodes;
  expect(hcmQueue).toEqual([{ id: seizure.id, parcel: { certificateSerial: 'CT 654321', areaM2: 1200 } }]);
  const answer = `mutation { answerSeizure(input: { seizureId: "${seizure.id}", outcome: CONFIRMED, idempotencyKey: "registry-confirm-1" }) { status answeredAt history { toStatus } } }`;
  const foreign = await stack.gql(answer, {}, registryHn);
  expect(foreign.errors.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
  const confirmed = await stack.gql(answer, {}, registryHcm);
  expect(confirmed.data.answerSeizure.status).toBe('CONFIRMED');
  expect(confirmed.data.answerSeizure.history.map((h: { toStatus: string }) => h.toStatus)).toEqual(['REQUESTED', 'CONFIRMED']);
  const lifted = await stack.gql(`mutation { liftSeizure(input: { seizureId: "${seizure.id}", reason: "Đã thi hành xong", idempotencyKey: "lift-cuong-1" }) { status } }`, {}, hong);
  expect(lifted.data.liftSeizure.status).toBe('LIFTED');
});

test('a bank reads its orders without seeing the cases behind them, and nothing fails for it', async () => {
  const { data, errors } = await stack.gql(`{ freezeOrders(first: 100) { nodes { id status enforcementCase { number } account { holderName } } } }`, {}, vcb);
  expect(errors).toEqual([]);
  const order = data.freezeOrders.nodes.find((o: { id: string }) => o.id === W.freezeOrders.anVcb.id);
  expect(order).toEqual({ id: W.freezeOrders.anVcb.id, status: 'EXECUTED', enforcementCase: null, account: { holderName: 'NGUYEN VAN AN' } });
});

test('a freeze is ordered only in coercive measures and within what the case still owes', async () => {
  const hong = await tokens.officerHong();
  // The Hồ Chí Minh case has only been received: no coercion yet.
  const early = await stack.gql(ORDER, { input: { caseId: W.cases.hcm.id, accountId: W.accounts.cuongVcb.id, amount: '1000000', idempotencyKey: 'freeze-early-1' } }, hong);
  expect(early.errors[0].extensions).toEqual({ code: 'INVALID_TRANSITION', currentStatus: 'RECEIVED' });
  // The Hà Nội case owes 132.500.000 đồng more.
  const tuan = await tokens.officerTuan();
  const tooMuch = await stack.gql(ORDER, { input: { caseId: W.cases.hn.id, accountId: W.accounts.anVcb.id, amount: '132500001', idempotencyKey: 'freeze-too-much-1' } }, tuan);
  expect(tooMuch.errors.map((e) => [e.extensions?.code, e.extensions?.rule, e.message])).toEqual([
    ['BAD_USER_INPUT', 'notAboveOutstanding', 'amount must not exceed what the case still has to collect (132.500.000 đồng)'],
  ]);
  // A case the officer cannot see does not exist for them; one they see but do not handle is refused.
  const unseen = await stack.gql(ORDER, { input: { caseId: W.cases.hn.id, accountId: W.accounts.anVcb.id, amount: '1', idempotencyKey: 'freeze-unseen-1' } }, hong);
  expect(unseen.errors.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
});
