// The per-request context every resolver and rule receives: who is asking, one EntityManager fork, one set of loaders.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal';
import type { AuditBuffer } from '../audit';
import type { Loaders } from '../loaders';

export interface RequestContext {
  principal: Principal;
  requestId: string;
  em: EntityManager;
  loaders: Loaders;
  audit: AuditBuffer;
}
