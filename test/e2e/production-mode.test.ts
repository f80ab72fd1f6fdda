// In production: secrets from the environment, no introspection or field suggestions for partners, citizens and
// anonymous callers (staff may still introspect), depth and alias limits, no batched requests.
import { SignJWT, exportJWK, generateKeyPair, type KeyLike } from 'jose';
import { startStack, type Stack } from '../support/stack';

let stack: Stack;
let privateKey: KeyLike;
beforeAll(async () => {
  const pair = await generateKeyPair('ES256');
  privateKey = pair.privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'idp-2026', alg: 'ES256', use: 'sig' };
  stack = await startStack({
    NODE_ENV: 'production',
    PRINCIPAL_SECRET: 'p'.repeat(48),
    INTERNAL_SECRET: 'i'.repeat(48),
    LOOKUP_SECRET: 'l'.repeat(48),
    AUTH_ISSUER: 'https://vneid.example.gov.vn',
    AUTH_AUDIENCE: 'enforcement-supergraph',
    AUTH_JWKS: JSON.stringify({ keys: [jwk] }),
  });
});
afterAll(() => stack?.stop());

async function staffToken(): Promise<string> {
  return new SignJWT({ typ: 'staff', role: 'AUDITOR', name: 'Auditor' })
    .setProtectedHeader({ alg: 'ES256', kid: 'idp-2026' })
    .setIssuer('https://vneid.example.gov.vn')
    .setAudience('enforcement-supergraph')
    .setSubject('auditor-prod')
    .setExpirationTime('10m')
    .sign(privateKey);
}

const INTROSPECT = '{ __schema { queryType { name } } }';

test('anonymous callers cannot introspect; staff can', async () => {
  const anonymous = await stack.gql(INTROSPECT, {}, null);
  expect(anonymous.errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  const staff = await stack.gql(INTROSPECT, {}, { token: await staffToken() });
  expect(staff.errors).toEqual([]);
  expect(staff.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
});

test('field suggestions are not given', async () => {
  const { errors } = await stack.gql('{ agencie { id } }', {}, null);
  expect(errors).toHaveLength(1);
  expect(errors[0].message).not.toMatch(/Did you mean/);
});

test('the sandbox is not served', async () => {
  const page = await fetch(stack.gatewayUrl, { headers: { accept: 'text/html' } });
  expect(await page.text()).not.toMatch(/sandbox|apollographql/i);
});

test('deep and many-aliased queries are refused before they run', async () => {
  // agencies → officers → agency → officers → … 14 levels deep; the limit is 12.
  const levels = Array.from({ length: 14 }, (_, i) => (i === 0 ? 'agencies' : i % 2 ? 'officers' : 'agency'));
  const deep = `{ ${levels.join(' { ')} { id ${'} '.repeat(levels.length)}}`;
  const tooDeep = await stack.gql(deep, {}, { token: await staffToken() });
  expect(tooDeep.data).toBeNull();
  expect(tooDeep.errors[0].message).toMatch(/depth/i);
  const aliases = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: agencies { id }`).join(' ')} }`;
  const tooMany = await stack.gql(aliases, {}, null);
  expect(tooMany.errors[0].message).toMatch(/alias/i);
});

test('batched requests are refused', async () => {
  const response = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify([{ query: '{ agencies { id } }' }, { query: '{ agencies { id } }' }]),
  });
  expect(response.status).toBe(400);
});
