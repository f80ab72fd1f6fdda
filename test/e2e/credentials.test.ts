// Bad, expired, revoked and malformed credentials get HTTP 401 with UNAUTHENTICATED; they never fall back to
// anonymous. A revoked key stops working within the gateway's cache bound; a rotated key's grace period works.
import { SignJWT, generateKeyPair } from 'jose';
import { issueDevToken } from '../../shared/auth/identity-tokens';
import { startStack, type Stack } from '../support/stack';
import { partnerKey, tokens } from '../support/credentials';
import { W } from '../fixtures/world';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ KEY_CACHE_SECONDS: '1' });
});
afterAll(() => stack?.stop());

const VIEWER = '{ viewer { kind name } }';

async function expect401(headers: Record<string, string>) {
  const response = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: VIEWER }) });
  expect(response.status).toBe(401);
  const body = (await response.json()) as { errors: { extensions: { code: string } }[]; data?: unknown };
  expect(body.errors.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
  expect(body.data ?? null).toBeNull();
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('a valid staff token is accepted', async () => {
  const { status, data } = await stack.gql(VIEWER, {}, await tokens.officerTuan());
  expect(status).toBe(200);
  expect(data).toEqual({ viewer: { kind: 'STAFF', name: 'Phạm Minh Tuấn' } });
});

test('expired, malformed, wrongly signed, wrong issuer and wrong audience tokens get 401', async () => {
  const expired = await issueDevToken({ typ: 'staff', sub: 'x', name: 'x', role: 'OFFICER', agency_id: 'THADS-01', officer_id: W.officers.tuan.id }, { expiresIn: '-1m' });
  await expect401({ authorization: `Bearer ${expired}` });
  await expect401({ authorization: 'Bearer not.a.jwt' });
  await expect401({ authorization: 'Basic dXNlcjpwYXNz' });
  const { privateKey } = await generateKeyPair('ES256');
  const forged = await new SignJWT({ typ: 'staff', role: 'ADMIN', name: 'forger' })
    .setProtectedHeader({ alg: 'ES256', kid: 'dev-only-2026-12' })
    .setIssuer('https://id.dev.thads.local')
    .setAudience('enforcement-supergraph')
    .setSubject('forger')
    .setExpirationTime('1h')
    .sign(privateKey);
  await expect401({ authorization: `Bearer ${forged}` });
  const otherIssuer = await issueDevToken({ typ: 'citizen', sub: 'c', name: 'c', national_id: W.persons.an.nationalId }, { issuer: 'https://evil.example' });
  await expect401({ authorization: `Bearer ${otherIssuer}` });
  const [header, payload, signature] = (await issueDevToken({ typ: 'staff', sub: 'x', name: 'x', role: 'AUDITOR' })).split('.');
  const tampered = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), role: 'ADMIN' })).toString('base64url');
  await expect401({ authorization: `Bearer ${header}.${tampered}.${signature}` });
});

test('unknown and malformed API keys get 401, and a key and a token together are refused', async () => {
  await expect401({ 'x-api-key': 'thads_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' });
  await expect401({ 'x-api-key': 'hello' });
  const { apiKey } = await partnerKey(stack.databaseUrl, W.partners.police.id, 'POLICE');
  await expect401({ 'x-api-key': apiKey, authorization: `Bearer ${(await tokens.admin() as { token: string }).token}` });
});

test('an expired key gets 401', async () => {
  const { apiKey } = await partnerKey(stack.databaseUrl, W.partners.post.id, 'POST', undefined, new Date(Date.now() + 1500));
  const ok = await stack.gql(VIEWER, {}, { apiKey });
  expect(ok.data).toEqual({ viewer: { kind: 'PARTNER', name: 'Bưu điện Việt Nam' } });
  await sleep(2600); // past the expiry and the 1 s cache
  await expect401({ 'x-api-key': apiKey });
});

test('a revoked key stops working within the cache bound (1 s here)', async () => {
  const { apiKey, keyId } = await partnerKey(stack.databaseUrl, W.partners.bankVcb.id, 'BANK');
  expect((await stack.gql(VIEWER, {}, { apiKey })).status).toBe(200);
  const revoked = await stack.gql(`mutation { revokeApiKey(keyId: "${keyId}") { keyId revokedAt } }`, {}, await tokens.admin());
  expect(revoked.errors).toEqual([]);
  expect(revoked.data.revokeApiKey.keyId).toBe(keyId);
  await sleep(1200);
  await expect401({ 'x-api-key': apiKey });
});

test('a rotated key: old and new both work for the grace period, then only the new one', async () => {
  const { apiKey: oldKey, keyId } = await partnerKey(stack.databaseUrl, W.partners.bankBidv.id, 'BANK');
  const rotated = await stack.gql(`mutation { rotateApiKey(keyId: "${keyId}", graceSeconds: 2) { secret apiKey { keyId rotatedFrom scopes } } }`, {}, await tokens.admin());
  expect(rotated.errors).toEqual([]);
  const newKey = rotated.data.rotateApiKey.secret as string;
  expect(rotated.data.rotateApiKey.apiKey).toMatchObject({ rotatedFrom: keyId, scopes: ['accounts:read', 'freeze-orders:answer'] });
  expect(newKey).toMatch(/^thads_[a-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
  expect((await stack.gql(VIEWER, {}, { apiKey: oldKey })).status).toBe(200);
  expect((await stack.gql(VIEWER, {}, { apiKey: newKey })).status).toBe(200);
  await sleep(3300); // grace (2 s) + cache (1 s)
  await expect401({ 'x-api-key': oldKey });
  expect((await stack.gql(VIEWER, {}, { apiKey: newKey })).status).toBe(200);
});

test('keys are stored only as hashes, and the last use is recorded', async () => {
  const { apiKey, keyId } = await partnerKey(stack.databaseUrl, W.partners.landHn.id, 'LAND_REGISTRY');
  await stack.gql(VIEWER, {}, { apiKey });
  const [row] = await stack.sql<{ hash: string; last_used_at: Date | null }>('select hash, last_used_at from access.api_key where key_id = $1', [keyId]);
  expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
  expect(row.hash).not.toContain(apiKey.split('_')[2]);
  expect(row.last_used_at).not.toBeNull();
  const stored = await stack.sql(`select 1 from access.api_key where hash like $1 or key_id = $2`, [`%${apiKey.split('_')[2].slice(0, 20)}%`, apiKey]);
  expect(stored).toEqual([]);
});

test('a partner reads its own key’s scopes and what they unlock', async () => {
  const { apiKey } = await partnerKey(stack.databaseUrl, W.partners.courtHn.id, 'COURT');
  const { data, errors } = await stack.gql(`{ viewer { kind partner { id type courtCode } scopes { scope description } apiKey { scopes } } }`, {}, { apiKey });
  expect(errors).toEqual([]);
  expect(data.viewer.partner).toEqual({ id: 'fixture-court-hn', type: 'COURT', courtCode: 'TAND-01' });
  expect(data.viewer.scopes.map((s: { scope: string }) => s.scope)).toEqual(['cases:read', 'documents:content', 'judgments:submit']);
  expect(data.viewer.scopes[0].description).toBe('Read the status of the cases that enforce your own judgments.');
});
