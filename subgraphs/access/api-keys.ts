// Partner API keys: random, with a recognizable prefix, shown once, stored only as a SHA-256 hash, compared in
// constant time; they expire, can be revoked, and rotate with a grace period in which old and new both work.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../shared/auth/principal';
import { scopeDefinition } from '../../shared/auth/scopes';
import { badInput, notFound } from '../../shared/errors';
import { ApiKey } from './entities/api-key';
import { Partner } from './entities/partner';

export const KEY_PREFIX = 'thads_';
const KEY_FORMAT = /^thads_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export interface NewKey {
  apiKey: ApiKey;
  /** The whole key: shown once, never stored. */
  secret: string;
}

export function checkScopes(partner: Partner, scopes: string[]): void {
  for (const scope of scopes) {
    const def = scopeDefinition(scope);
    if (!def) throw badInput('scopes', 'known', `"${scope}" is not a scope`);
    if (!def.partnerTypes.includes(partner.type)) throw badInput('scopes', 'partnerType', `scope "${scope}" cannot be granted to a ${partner.type} partner`);
  }
}

export async function createKey(em: EntityManager, input: { partnerId: string; name: string; scopes: string[]; expiresAt: Date; rotatedFrom?: string }): Promise<NewKey> {
  const partner = await em.findOne(Partner, { id: input.partnerId });
  if (!partner) throw notFound(`Partner ${input.partnerId}`);
  checkScopes(partner, input.scopes);
  if (!(input.expiresAt.getTime() > Date.now())) throw badInput('expiresAt', 'future', 'expiresAt must be in the future');
  if (!input.name.trim()) throw badInput('name', 'required', 'name must not be empty');
  const keyId = randomBytes(8).toString('hex').slice(0, 12);
  const secret = `${KEY_PREFIX}${keyId}_${randomBytes(32).toString('base64url')}`;
  const apiKey = em.create(ApiKey, {
    keyId,
    partnerId: partner.id,
    name: input.name.trim(),
    scopes: [...new Set(input.scopes)].sort(),
    hash: sha256(secret),
    expiresAt: input.expiresAt,
    rotatedFrom: input.rotatedFrom ?? null,
    createdAt: new Date(),
    revokedAt: null,
    lastUsedAt: null,
  });
  await em.flush();
  return { apiKey, secret };
}

export async function revokeKey(em: EntityManager, keyId: string): Promise<ApiKey> {
  const key = await em.findOne(ApiKey, { keyId });
  if (!key) throw notFound(`API key ${keyId}`);
  key.revokedAt ??= new Date();
  await em.flush();
  return key;
}

/** A new key with the same partner and scopes; the old one keeps working for `graceSeconds`, then expires. */
export async function rotateKey(em: EntityManager, keyId: string, graceSeconds: number): Promise<NewKey> {
  if (!Number.isInteger(graceSeconds) || graceSeconds < 0 || graceSeconds > 30 * 24 * 3600) {
    throw badInput('graceSeconds', 'range', 'graceSeconds must be between 0 and 30 days');
  }
  return em.transactional(async (tem) => {
    const old = await tem.findOne(ApiKey, { keyId });
    if (!old) throw notFound(`API key ${keyId}`);
    if (old.revokedAt || old.expiresAt.getTime() <= Date.now()) throw badInput('keyId', 'active', 'only an active key can be rotated');
    const graceEnd = new Date(Date.now() + graceSeconds * 1000);
    const created = await createKey(tem, { partnerId: old.partnerId, name: old.name, scopes: old.scopes, expiresAt: old.expiresAt, rotatedFrom: old.keyId });
    if (old.expiresAt > graceEnd) old.expiresAt = graceEnd;
    await tem.flush();
    return created;
  });
}

type PartnerPrincipal = Extract<Principal, { kind: 'PARTNER' }>;

/** The partner a presented key speaks for, or null when the key is unknown, expired or revoked. */
export async function verifyKey(em: EntityManager, presented: string): Promise<PartnerPrincipal | null> {
  const match = KEY_FORMAT.exec(presented);
  if (!match) return null;
  const key = await em.findOne(ApiKey, { keyId: match[1] });
  if (!key) return null;
  const expected = Buffer.from(key.hash, 'hex');
  const actual = Buffer.from(sha256(presented), 'hex');
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  if (key.revokedAt || key.expiresAt.getTime() <= Date.now()) return null;
  const partner = await em.findOneOrFail(Partner, { id: key.partnerId });
  // Recorded at most once a minute per key, so a busy partner does not turn every request into a write.
  await em.execute(
    `update access.api_key set last_used_at = now() where key_id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')`,
    [key.keyId],
  );
  return {
    kind: 'PARTNER',
    keyId: key.keyId,
    partnerId: partner.id,
    partnerType: partner.type,
    partnerName: partner.name,
    scopes: key.scopes,
    bankCode: partner.bankCode,
    courtCode: partner.courtCode,
    provinceCode: partner.provinceCode,
  };
}
