// Nobody reaches a subgraph around the gateway: without the gateway's signed principal every subgraph answers 401
// (even _service and _entities), a principal signed with another secret or for another subgraph is refused, and with a
// valid principal `_entities` still applies row scope: another agency's rows come back null.
import { SignJWT } from 'jose';
import { signPrincipal, type Principal } from '../../shared/auth/principal';
import { startStack, type Stack } from '../support/stack';
import { W } from '../fixtures/world';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

const hong: Principal = { kind: 'STAFF', subject: 'officer-hong', role: 'OFFICER', agencyId: 'THADS-79', officerId: W.officers.hong.id, name: 'Lê Thị Hồng' };

async function direct(name: 'cases' | 'persons' | 'assets' | 'documents' | 'access', query: string, token?: string) {
  const response = await fetch(stack.subgraphs[name].url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { 'x-enforcement-principal': token } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] } };
}

test('_entities without a principal, with a forged one, or with one addressed to another subgraph: 401', async () => {
  const query = `{ _entities(representations: [{ __typename: "EnforcementCase", id: "${W.cases.hn.id}" }]) { ... on EnforcementCase { number } } }`;
  expect((await direct('cases', query)).status).toBe(401);
  const forged = await new SignJWT({ principal: hong, rid: 'x' })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer('enforcement-gateway')
    .setAudience('cases')
    .setExpirationTime('1m')
    .sign(new TextEncoder().encode('not-the-secret-not-the-secret-not-the-secret'));
  expect((await direct('cases', query, forged)).status).toBe(401);
  expect((await direct('cases', query, await signPrincipal(hong, 'persons', 'x'))).status).toBe(401);
});

test('with a valid principal, _entities of another agency’s case, its debtor, account and judgment come back null', async () => {
  const cases = await direct('cases', `{ _entities(representations: [{ __typename: "EnforcementCase", id: "${W.cases.hn.id}" }, { __typename: "EnforcementCase", id: "${W.cases.hcm.id}" }]) { ... on EnforcementCase { number } } }`, await signPrincipal(hong, 'cases', 'r1'));
  expect(cases.body.data._entities).toEqual([null, { number: '79-2025-900002' }]);
  const persons = await direct('persons', `{ _entities(representations: [{ __typename: "Person", id: "${W.persons.an.id}" }]) { ... on Person { fullName } } }`, await signPrincipal(hong, 'persons', 'r2'));
  expect(persons.body.data._entities).toEqual([null]);
  const assets = await direct('assets', `{ _entities(representations: [{ __typename: "BankAccount", id: "${W.accounts.anVcb.id}" }]) { ... on BankAccount { balance } } }`, await signPrincipal(hong, 'assets', 'r3'));
  expect(assets.body.data._entities).toEqual([null]);
  const documents = await direct('documents', `{ _entities(representations: [{ __typename: "Document", id: "${W.documents.hnJudgment.id}" }]) { ... on Document { content } } }`, await signPrincipal(hong, 'documents', 'r4'));
  expect(documents.body.data._entities).toEqual([null]);
});

test('field rules apply to entities fetched through _entities too', async () => {
  const auditor: Principal = { kind: 'STAFF', subject: 'auditor', role: 'AUDITOR', agencyId: null, officerId: null, name: 'Auditor' };
  const { body } = await direct('persons', `{ _entities(representations: [{ __typename: "Person", id: "${W.persons.an.id}" }]) { ... on Person { fullName nationalId } } }`, await signPrincipal(auditor, 'persons', 'r5'));
  expect(body.data._entities).toEqual([{ fullName: 'Nguyễn Văn An', nationalId: null }]);
  expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
});
