// DEV ONLY. A published signing key for the identity tokens that `npm run token` issues on a developer's machine and
// in tests. Its key id starts with `dev-only-`, and identity-tokens.ts refuses it when NODE_ENV=production.
export const DEV_IDENTITY_KEY_ID = 'dev-only-2026-12';

export const DEV_IDENTITY_PRIVATE_JWK = {
  kty: 'EC',
  crv: 'P-256',
  x: 'hdh-MIw-NXxkmtzPMvN0bnVePC7x0lR5zJGCd_r9ng8',
  y: 'LYldEeP1l2EH9mlB1eLE_RK_Lt6QphJwIVDOKy4KUP4',
  d: 'KNgmHVeN5KbHNEHn3zSn60by45j5V8BynRnTyGdVaw8',
  kid: DEV_IDENTITY_KEY_ID,
  alg: 'ES256',
} as const;

export const DEV_IDENTITY_PUBLIC_JWKS = {
  keys: [{ kty: 'EC', crv: 'P-256', x: DEV_IDENTITY_PRIVATE_JWK.x, y: DEV_IDENTITY_PRIVATE_JWK.y, kid: DEV_IDENTITY_KEY_ID, alg: 'ES256', use: 'sig' }],
};
