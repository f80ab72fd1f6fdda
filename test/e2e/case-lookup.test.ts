// A case's QR code decodes to a link with a signed, expiring, revocable token; the anonymous lookup and the public
// status page behind it show only the public facts; lookups are limited per client.
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { decodeJwt } from 'jose';
import { startStack, type Stack } from '../support/stack';
import { openCase } from '../support/cases';
import { W } from '../fixtures/world';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ PUBLIC_BASE_URL: 'https://tracuu.thads.example', LOOKUP_RATE_PER_MINUTE: '12' });
});
afterAll(() => stack?.stop());

const ISSUE = `mutation Issue($caseId: ID!) { issueCaseLookupCode(caseId: $caseId, validDays: 30) { url token expiresAt qrPngDataUrl qrSvg } }`;
const LOOKUP = `query Lookup($token: String!) { caseLookup(token: $token) { number status statusLabel agencyName agencyPhone nextDeadline { stageLabel dueOn } } }`;

function decodeQr(dataUrl: string): string {
  const png = PNG.sync.read(Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64'));
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!code) throw new Error('no QR code found in the PNG');
  return code.data;
}

function pageUrl(link: string): string {
  return `${stack.gatewayUrl.replace(/\/graphql$/, '')}${new URL(link).pathname}`;
}

test('the QR code decodes to a link whose token opens the case’s public facts, and nothing personal', async () => {
  const c = await openCase(stack, 'lookup-open-1', { receivedOn: '2026-11-30' });
  const issued = await stack.gql(ISSUE, { caseId: c.id }, c.officer);
  expect(issued.errors).toEqual([]);
  const { url, token, qrPngDataUrl, qrSvg } = issued.data.issueCaseLookupCode;
  expect(qrSvg).toMatch(/^<svg/);
  const scanned = decodeQr(qrPngDataUrl);
  expect(scanned).toBe(url);
  expect(scanned).toBe(`https://tracuu.thads.example/tra-cuu/${token}`);
  // The token carries a case id and its own id, nothing about a person.
  expect(Object.keys(decodeJwt(token)).sort()).toEqual(['aud', 'exp', 'jti', 'sub']);
  expect(decodeJwt(token).sub).toBe(c.id);

  const lookup = await stack.gql(LOOKUP, { token }, null);
  expect(lookup.errors).toEqual([]);
  expect(lookup.data.caseLookup).toEqual({
    number: c.number,
    status: 'RECEIVED',
    statusLabel: 'Đã nhận yêu cầu thi hành án',
    agencyName: 'Thi hành án dân sự thành phố Hà Nội',
    agencyPhone: expect.any(String),
    // Received Mon 30 Nov 2026: 5 working days → Mon 7 Dec.
    nextDeadline: { stageLabel: 'Ra quyết định thi hành án', dueOn: '2026-12-07' },
  });

  const page = await fetch(pageUrl(scanned));
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toContain(`Hồ sơ số ${c.number}`);
  expect(html).toContain('Đã nhận yêu cầu thi hành án');
  expect(html).toContain('chậm nhất ngày 07/12/2026');
  for (const secret of [W.persons.an.name, W.persons.an.nationalId, W.persons.binh.name, W.persons.binh.nationalId]) expect(html).not.toContain(secret);
});

test('a revoked or expired token, or a forged one, opens nothing', async () => {
  const c = await openCase(stack, 'lookup-open-2');
  const first = (await stack.gql(ISSUE, { caseId: c.id }, c.officer)).data.issueCaseLookupCode;
  const revoked = await stack.gql(`mutation { revokeCaseLookupCodes(caseId: "${c.id}") }`, {}, c.officer);
  expect(revoked.data).toEqual({ revokeCaseLookupCodes: 1 });
  expect((await stack.gql(LOOKUP, { token: first.token }, null)).data.caseLookup).toBeNull();
  expect((await fetch(pageUrl(first.url))).status).toBe(404);

  const second = (await stack.gql(ISSUE, { caseId: c.id }, c.officer)).data.issueCaseLookupCode;
  expect((await stack.gql(LOOKUP, { token: second.token }, null)).data.caseLookup.number).toBe(c.number);
  await stack.sql(`update cases.lookup_token set expires_at = now() - interval '1 second' where case_id = $1`, [c.id]);
  expect((await stack.gql(LOOKUP, { token: second.token }, null)).data.caseLookup).toBeNull();

  const [h, p] = second.token.split('.');
  expect((await stack.gql(LOOKUP, { token: `${h}.${p}.${'A'.repeat(43)}` }, null)).data.caseLookup).toBeNull();
  expect((await stack.gql(LOOKUP, { token: 'nonsense' }, null)).data.caseLookup).toBeNull();
});

test('lookups are rate limited per client with counters in PostgreSQL', async () => {
  const results = [];
  for (let i = 0; i < 14; i++) results.push(await stack.gql(LOOKUP, { token: 'nonsense' }, null));
  const limited = results.filter((r) => r.errors.some((e) => e.extensions?.code === 'RATE_LIMITED'));
  expect(limited.length).toBeGreaterThan(0);
  expect(limited[0].errors[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
  const counters = await stack.sql<{ key: string; points: number }>(`select key, points from cases.rate_limit where key like 'lookup:%'`);
  expect(counters.length).toBeGreaterThan(0);
  expect(Math.max(...counters.map((c) => c.points))).toBeGreaterThan(12);
  const page = await fetch(`${stack.gatewayUrl.replace(/\/graphql$/, '')}/tra-cuu/nonsense`);
  expect(page.status).toBe(429);
});
