// The per-request context every resolver and rule receives: who is asking, one EntityManager fork, one set of loaders.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal';
import type { AuditBuffer } from '../audit';
import type { Loaders } from '../loaders';

export interface RequestContext {
  principal: Principal;
  requestId: string;
  /** The caller's address as the gateway saw it. */
  clientIp: string | null;
  em: EntityManager;
  loaders: Loaders;
  audit: AuditBuffer;
  /** Long-lived helpers of this service (e.g. a rate limiter), made once at startup by the subgraph module. */
  services: Record<string, unknown>;
}
