// Health and readiness on every service, and no way around the gateway.
import { SUBGRAPH_NAMES } from '../../shared/config';
import { startStack, type Stack } from '../support/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

test('the gateway and every subgraph answer /health and /ready', async () => {
  const gatewayBase = stack.gatewayUrl.replace(/\/graphql$/, '');
  expect((await fetch(`${gatewayBase}/health`)).status).toBe(200);
  const ready = await fetch(`${gatewayBase}/ready`);
  expect(ready.status).toBe(200);
  expect(await ready.json()).toEqual({ status: 'ready', subgraphs: Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, 'ready'])) });
  for (const name of SUBGRAPH_NAMES) {
    const base = stack.subgraphs[name].url.replace(/\/graphql$/, '');
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok', service: name });
    expect(await (await fetch(`${base}/ready`)).json()).toEqual({ status: 'ready', service: name, database: 'ok' });
  }
});

test.each(SUBGRAPH_NAMES.map((n) => [n]))('the %s subgraph refuses GraphQL without the gateway’s signed principal', async (name) => {
  const response = await fetch(stack.subgraphs[name].url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ _service { sdl } }' }),
  });
  expect(response.status).toBe(401);
  expect(await response.json()).toEqual({ errors: [{ message: 'This service answers only the gateway', extensions: { code: 'UNAUTHENTICATED' } }] });
});

test('/ready on the gateway reports a subgraph that is down', async () => {
  await stack.stopSubgraph('documents');
  const ready = await fetch(`${stack.gatewayUrl.replace(/\/graphql$/, '')}/ready`);
  expect(ready.status).toBe(503);
  expect(((await ready.json()) as { subgraphs: Record<string, string> }).subgraphs.documents).toBe('unreachable');
  await stack.restartSubgraph('documents');
});
