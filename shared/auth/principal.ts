// Who is calling. The gateway authenticates the caller and hands every subgraph a short-lived principal token signed
// with PRINCIPAL_SECRET, addressed to that one subgraph (audience), so a token captured from one subgraph's traffic
// does not open another, and nobody reaches a subgraph, `_entities` included, without going through the gateway.
import { SignJWT, jwtVerify } from 'jose';
import { secret } from '../config';

export const PRINCIPAL_HEADER = 'x-enforcement-principal';
export const REQUEST_ID_HEADER = 'x-request-id';
const ISSUER = 'enforcement-gateway';
const TTL_SECONDS = 60;

export const STAFF_ROLES = ['OFFICER', 'HEAD', 'AUDITOR', 'ADMIN'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const PARTNER_TYPES = ['COURT', 'POLICE', 'BANK', 'LAND_REGISTRY', 'POST'] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

export type Principal =
  | { kind: 'ANONYMOUS' }
  | { kind: 'STAFF'; subject: string; role: StaffRole; agencyId: string | null; officerId: string | null; name: string }
  | { kind: 'CITIZEN'; subject: string; nationalId: string; name: string }
  | {
      kind: 'PARTNER';
      keyId: string;
      partnerId: string;
      partnerType: PartnerType;
      partnerName: string;
      scopes: string[];
      /** The bank a BANK partner speaks for (short code such as VCB): it sees only that bank's rows. */
      bankCode: string | null;
      /** The court a COURT partner speaks for: it sees the cases from its own judgments. */
      courtCode: string | null;
      /** The province a LAND_REGISTRY partner serves: it sees the seizure requests addressed to it. */
      provinceCode: string | null;
    };

export const ANONYMOUS: Principal = { kind: 'ANONYMOUS' };

/** A stable label for logs and audit records, never a name or a national ID. */
export function principalLabel(p: Principal): string {
  switch (p.kind) {
    case 'ANONYMOUS':
      return 'anonymous';
    case 'STAFF':
      return `staff:${p.subject}`;
    case 'CITIZEN':
      return `citizen:${p.subject}`;
    case 'PARTNER':
      return `partner:${p.partnerId}:key:${p.keyId}`;
  }
}

export function principalAgency(p: Principal): string | null {
  if (p.kind === 'STAFF') return p.agencyId;
  if (p.kind === 'PARTNER') return p.partnerId;
  return null;
}

const key = () => new TextEncoder().encode(secret('PRINCIPAL_SECRET'));

export async function signPrincipal(principal: Principal, audience: string, requestId: string, clientIp: string | null = null, operation: string | null = null): Promise<string> {
  return new SignJWT({ principal, rid: requestId, ip: clientIp, op: operation })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(`${TTL_SECONDS}s`)
    .sign(key());
}

export interface VerifiedPrincipal {
  principal: Principal;
  requestId: string;
  /** The caller's address as the gateway saw it (for per-client rate limits). */
  clientIp: string | null;
  /** The client's operation name, for the audit trail (subgraphs receive generated names). */
  operation: string | null;
}

export async function verifyPrincipal(token: string, audience: string): Promise<VerifiedPrincipal> {
  const { payload } = await jwtVerify(token, key(), { issuer: ISSUER, audience, algorithms: ['HS256'] });
  const principal = payload.principal as Principal | undefined;
  if (!principal || typeof principal !== 'object' || typeof principal.kind !== 'string') {
    throw new Error('principal token carries no principal');
  }
  return { principal, requestId: typeof payload.rid === 'string' ? payload.rid : '', clientIp: typeof payload.ip === 'string' ? payload.ip : null,
    operation: typeof payload.op === 'string' ? payload.op : null,
  };
}
