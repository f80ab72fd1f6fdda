// Case lookup tokens, printed as QR codes on notices: signed (HS256, LOOKUP_SECRET), expiring, and revocable (each
// token has a row; revoking the row kills the token at once). A token names only a case id, so it reveals nothing
// personal even if decoded.
import { randomUUID } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import type { EntityManager } from '@mikro-orm/postgresql';
import { secret } from '../../../shared/config';

const AUDIENCE = 'case-lookup';
const key = () => new TextEncoder().encode(secret('LOOKUP_SECRET'));

export async function issueLookupToken(em: EntityManager, caseId: string, issuedBy: string, validDays: number): Promise<{ token: string; expiresAt: Date }> {
  const id = randomUUID();
  const expiresAt = new Date(Date.now() + validDays * 86400_000);
  await em.execute('insert into cases.lookup_token (id, case_id, issued_by, expires_at) values (?, ?, ?, ?)', [id, caseId, issuedBy, expiresAt]);
  const token = await new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setJti(id)
    .setSubject(caseId)
    .setAudience(AUDIENCE)
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(key());
  return { token, expiresAt };
}

/** The case a token opens, or null when it is malformed, forged, expired or revoked. */
export async function caseForToken(em: EntityManager, token: string): Promise<string | null> {
  try {
    const { payload } = await jwtVerify(token, key(), { audience: AUDIENCE, algorithms: ['HS256'] });
    if (!payload.jti || !payload.sub) return null;
    const rows = (await em.execute('select case_id from cases.lookup_token where id = ? and revoked_at is null and expires_at > now()', [payload.jti])) as { case_id: string }[];
    return rows[0]?.case_id === payload.sub ? payload.sub : null;
  } catch {
    return null;
  }
}

export async function revokeLookupTokens(em: EntityManager, caseId: string): Promise<number> {
  const rows = (await em.execute('update cases.lookup_token set revoked_at = now() where case_id = ? and revoked_at is null and expires_at > now() returning id', [caseId])) as unknown[];
  return rows.length;
}

/** Where the QR code points: the public status page served by the gateway. */
export function lookupUrl(token: string, publicBaseUrl: string): string {
  const base = publicBaseUrl.replace(/\/$/, '');
  return `${base}/tra-cuu/${token}`;
}
