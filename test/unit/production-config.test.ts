// Secrets come from the environment; the dev defaults published in this repository are refused in production.
import { secret } from '../../shared/config';
import { identityConfig, issueDevToken } from '../../shared/auth/identity-tokens';
import { DEV_IDENTITY_PUBLIC_JWKS } from '../../shared/auth/dev-identity-key';

const prod = { NODE_ENV: 'production' };

test('outside production a dev secret is used when none is set', () => {
  expect(secret('PRINCIPAL_SECRET', {})).toMatch(/^dev-only-/);
});

test('in production a secret must be set, long enough, and not a dev value', () => {
  expect(() => secret('PRINCIPAL_SECRET', prod)).toThrow('PRINCIPAL_SECRET must be set when NODE_ENV=production');
  expect(() => secret('INTERNAL_SECRET', { ...prod, INTERNAL_SECRET: 'dev-only-internal-secret-do-not-use-in-production' })).toThrow(/dev-only value/);
  expect(() => secret('LOOKUP_SECRET', { ...prod, LOOKUP_SECRET: 'short' })).toThrow('LOOKUP_SECRET must be at least 32 characters');
  expect(secret('LOOKUP_SECRET', { ...prod, LOOKUP_SECRET: 'a'.repeat(40) })).toBe('a'.repeat(40));
});

test('in production the dev identity key is refused and dev tokens cannot be issued', async () => {
  expect(() => identityConfig(prod)).toThrow('AUTH_ISSUER must be set when NODE_ENV=production');
  expect(() => identityConfig({ ...prod, AUTH_ISSUER: 'https://id.example' })).toThrow('AUTH_JWKS or AUTH_JWKS_URL must be set');
  expect(() => identityConfig({ ...prod, AUTH_ISSUER: 'https://id.example', AUTH_JWKS: JSON.stringify(DEV_IDENTITY_PUBLIC_JWKS) })).toThrow(/dev-only identity signing key is refused/);
  await expect(issueDevToken({ typ: 'staff', sub: 'x', name: 'x', role: 'ADMIN' }, { env: prod })).rejects.toThrow(/cannot be issued when NODE_ENV=production/);
});
