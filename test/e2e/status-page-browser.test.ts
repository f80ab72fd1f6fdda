// The public status page behind a case's QR code, as a phone's browser shows it: headless Chromium (Debian's package,
// installed by scripts/ensure-chromium.sh before the tests) with a phone-sized viewport.
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { startStack, type Stack } from '../support/stack';
import { openCase } from '../support/cases';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

let stack: Stack;
let browser: Browser;
beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM}: run scripts/ensure-chromium.sh (npm test does)`);
  stack = await startStack();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

test('a phone opens the link from the QR code and reads the case’s status in Vietnamese', async () => {
  const c = await openCase(stack, 'browser-open-1', { receivedOn: '2026-11-30' });
  const issued = await stack.gql(`mutation { issueCaseLookupCode(caseId: "${c.id}") { url } }`, {}, c.officer);
  const path = new URL(issued.data.issueCaseLookupCode.url).pathname;
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true, locale: 'vi-VN' });
  const response = await page.goto(`${stack.gatewayUrl.replace(/\/graphql$/, '')}${path}`);
  expect(response?.status()).toBe(200);
  expect(await page.title()).toBe(`Hồ sơ ${c.number}`);
  expect(await page.locator('h1').innerText()).toBe(`Hồ sơ số ${c.number}`);
  expect(await page.locator('.status').innerText()).toBe('Đã nhận yêu cầu thi hành án');
  expect(await page.locator('body').innerText()).toContain('Thi hành án dân sự thành phố Hà Nội');
  expect(await page.locator('body').innerText()).toContain('Ra quyết định thi hành án: chậm nhất ngày 07/12/2026');
  // Readable on a phone: nothing wider than the screen, and text large enough not to zoom.
  // (the functions run in the browser: written as strings, since this file is type-checked without the DOM library)
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
  expect(await page.evaluate("parseFloat(getComputedStyle(document.querySelector('dd')).fontSize)")).toBeGreaterThanOrEqual(16);
  await page.close();
});

test('an invalid code shows a plain explanation', async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const response = await page.goto(`${stack.gatewayUrl.replace(/\/graphql$/, '')}/tra-cuu/not-a-token`);
  expect(response?.status()).toBe(404);
  expect(await page.locator('h1').innerText()).toBe('Mã tra cứu không hợp lệ');
  await page.close();
});
