// Staff and citizen identity tokens (JWT, `Authorization: Bearer`): signature, issuer, audience and expiry are
// verified with jose against the configured keys. Staff tokens carry role and agency; citizen tokens (national e-ID)
// carry the national ID.
import { SignJWT, createLocalJWKSet, createRemoteJWKSet, importJWK, jwtVerify, type JWTPayload, type JSONWebKeySet } from 'jose';
import { isProduction } from '../config';
import { UUID } from '../ids';
import { STAFF_ROLES, type Principal, type StaffRole } from './principal';
import { DEV_IDENTITY_KEY_ID, DEV_IDENTITY_PRIVATE_JWK, DEV_IDENTITY_PUBLIC_JWKS } from './dev-identity-key';

type Env = Record<string, string | undefined>;

export interface IdentityConfig {
  issuer: string;
  audience: string;
  keys: ReturnType<typeof createLocalJWKSet> | ReturnType<typeof createRemoteJWKSet>;
}

const DEV_ISSUER = 'https://id.dev.thads.local';
const DEFAULT_AUDIENCE = 'enforcement-supergraph';

export function identityConfig(env: Env = process.env): IdentityConfig {
  const issuer = env.AUTH_ISSUER || (isProduction(env) ? '' : DEV_ISSUER);
  if (!issuer) throw new Error('AUTH_ISSUER must be set when NODE_ENV=production');
  const audience = env.AUTH_AUDIENCE || DEFAULT_AUDIENCE;
  if (env.AUTH_JWKS_URL) return { issuer, audience, keys: createRemoteJWKSet(new URL(env.AUTH_JWKS_URL)) };
  let jwks: JSONWebKeySet;
  if (env.AUTH_JWKS) jwks = JSON.parse(env.AUTH_JWKS) as JSONWebKeySet;
  else if (isProduction(env)) throw new Error('AUTH_JWKS or AUTH_JWKS_URL must be set when NODE_ENV=production');
  else jwks = DEV_IDENTITY_PUBLIC_JWKS as JSONWebKeySet;
  if (isProduction(env) && jwks.keys.some((k) => String(k.kid ?? '').startsWith('dev-only-'))) {
    throw new Error('the dev-only identity signing key is refused when NODE_ENV=production');
  }
  return { issuer, audience, keys: createLocalJWKSet(jwks) };
}

/** Verifies an identity token and returns the principal it names; throws when it is not valid. */
export async function verifyIdentityToken(token: string, config: IdentityConfig): Promise<Principal> {
  const { payload } = await jwtVerify(token, config.keys, {
    issuer: config.issuer,
    audience: config.audience,
    algorithms: ['ES256', 'RS256', 'EdDSA'],
    requiredClaims: ['sub', 'exp'],
  });
  return principalFromClaims(payload);
}

function principalFromClaims(claims: JWTPayload): Principal {
  const sub = String(claims.sub);
  if (claims.typ === 'citizen') {
    const nationalId = String(claims.national_id ?? '');
    if (!/^[0-9]{12}$/.test(nationalId)) throw new Error('citizen token without a valid national_id');
    return { kind: 'CITIZEN', subject: sub, nationalId, name: String(claims.name ?? '') };
  }
  if (claims.typ === 'staff') {
    const role = claims.role as StaffRole;
    if (!STAFF_ROLES.includes(role)) throw new Error('staff token with an unknown role');
    checkStaffClaims(role, claims.agency_id, claims.officer_id);
    return {
      kind: 'STAFF',
      subject: sub,
      role,
      agencyId: typeof claims.agency_id === 'string' ? claims.agency_id : null,
      officerId: typeof claims.officer_id === 'string' ? claims.officer_id : null,
      name: String(claims.name ?? ''),
    };
  }
  throw new Error('token of an unknown type');
}

const AGENCY = /^THADS-[0-9]{2}$/;

/** Ids in tokens are written as PostgreSQL returns them. */
const isLowerCaseUuid = (value: string) => UUID.test(value) && value === value.toLowerCase();

/** Officers and heads belong to an agency; ids in a token have the shapes the graph uses, or the token is refused. */
export function checkStaffClaims(role: StaffRole, agencyId: unknown, officerId: unknown): void {
  if (agencyId != null && (typeof agencyId !== 'string' || !AGENCY.test(agencyId))) throw new Error('agency_id must be an agency id such as THADS-01');
  if (officerId != null && (typeof officerId !== 'string' || !isLowerCaseUuid(officerId))) throw new Error('officer_id must be a lower-case UUID');
  if ((role === 'OFFICER' || role === 'HEAD') && (agencyId == null || officerId == null)) throw new Error(`${role} tokens need agency_id and officer_id`);
}

export interface DevTokenClaims {
  typ: 'staff' | 'citizen';
  sub: string;
  name: string;
  role?: StaffRole;
  agency_id?: string | null;
  officer_id?: string | null;
  national_id?: string;
}

/** DEV ONLY: issues an identity token signed with the published dev key (refused in production). */
export async function issueDevToken(claims: DevTokenClaims, options: { expiresIn?: string; env?: Env; issuer?: string } = {}): Promise<string> {
  const env = options.env ?? process.env;
  if (isProduction(env)) throw new Error('dev tokens cannot be issued when NODE_ENV=production');
  if (claims.typ === 'staff') checkStaffClaims(claims.role as StaffRole, claims.agency_id, claims.officer_id);
  const key = await importJWK(DEV_IDENTITY_PRIVATE_JWK, 'ES256');
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: 'ES256', kid: DEV_IDENTITY_KEY_ID, typ: 'JWT' })
    .setIssuer(options.issuer ?? (env.AUTH_ISSUER || DEV_ISSUER))
    .setAudience(env.AUTH_AUDIENCE || DEFAULT_AUDIENCE)
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '12h')
    .sign(key);
}
