// Checks partner API keys with the access subgraph's internal endpoint and remembers each answer for a few seconds
// (KEY_CACHE_SECONDS, default 5): a revoked key stops working within that bound, and the gateway does not ask
// `access` on every request. Keys are remembered by their SHA-256, never as they are.
import { createHash } from 'node:crypto';
import type { Principal } from '../shared/auth/principal';
import { SERVICE_TOKEN_HEADER, signServiceToken } from '../shared/auth/service-token';

type PartnerPrincipal = Extract<Principal, { kind: 'PARTNER' }>;

export class ApiKeyVerifier {
  private readonly cache = new Map<string, { principal: PartnerPrincipal | null; until: number }>();

  constructor(
    private readonly accessBaseUrl: () => string,
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  /** The partner the key belongs to, or null when the key is unknown, expired or revoked. */
  async verify(apiKey: string): Promise<PartnerPrincipal | null> {
    const digest = createHash('sha256').update(apiKey).digest('hex');
    const now = Date.now();
    const hit = this.cache.get(digest);
    if (hit && hit.until > now) return hit.principal;
    const response = await fetch(`${this.accessBaseUrl()}/internal/api-keys/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SERVICE_TOKEN_HEADER]: await signServiceToken('gateway', 'access') },
      body: JSON.stringify({ apiKey }),
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) throw new Error(`access answered HTTP ${response.status} to a key check`);
    const body = (await response.json()) as { principal: PartnerPrincipal | null };
    if (this.cache.size >= this.maxEntries) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(digest, { principal: body.principal, until: now + this.ttlMs });
    return body.principal;
  }
}
