// The audit trail's producer side: what a request read of personal data and what it changed. Reads are collected
// while the request resolves (the field rules record them when they let a sensitive field through) and written once
// per request as one outbox row; mutations write theirs in their own transaction, so a failed change records nothing.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { principalAgency, principalLabel, type Principal } from './auth/principal';
import { enqueue } from './outbox/outbox';

export type AuditAction = 'READ' | 'MUTATION';

export interface AuditRecord {
  id: string;
  occurredAt: string;
  subgraph: string;
  requestId: string;
  principal: string;
  principalKind: Principal['kind'];
  agency: string | null;
  operation: string | null;
  action: AuditAction;
  entityType: string;
  entityId: string;
  fields: string[];
}

export const AUDIT_TOPIC = 'audit.records';

export class AuditBuffer {
  private readonly reads = new Map<string, { entityType: string; entityId: string; fields: Set<string> }>();

  constructor(
    private readonly subgraph: string,
    private readonly principal: Principal,
    private readonly requestId: string,
    public operation: string | null,
  ) {}

  read(entityType: string, entityId: string, field: string): void {
    const k = `${entityType}:${entityId}`;
    let entry = this.reads.get(k);
    if (!entry) this.reads.set(k, (entry = { entityType, entityId, fields: new Set() }));
    entry.fields.add(field);
  }

  record(action: AuditAction, entityType: string, entityId: string, fields: string[]): AuditRecord {
    return {
      id: randomUUID(),
      occurredAt: new Date().toISOString(),
      subgraph: this.subgraph,
      requestId: this.requestId,
      principal: principalLabel(this.principal),
      principalKind: this.principal.kind,
      agency: principalAgency(this.principal),
      operation: this.operation,
      action,
      entityType,
      entityId,
      fields: [...fields].sort(),
    };
  }

  /** Writes the reads collected so far as one outbox row (one statement), then forgets them. */
  async flushReads(em: EntityManager): Promise<number> {
    if (this.reads.size === 0) return 0;
    const records = [...this.reads.values()].map((r) => this.record('READ', r.entityType, r.entityId, [...r.fields]));
    this.reads.clear();
    await enqueue(em, [{ destination: 'access', topic: AUDIT_TOPIC, payload: { records } }]);
    return records.length;
  }

  /** Records a mutation inside the caller's transaction (`em` must be the transactional EntityManager). */
  async mutation(em: EntityManager, entityType: string, entityId: string, fields: string[]): Promise<void> {
    await enqueue(em, [{ destination: 'access', topic: AUDIT_TOPIC, payload: { records: [this.record('MUTATION', entityType, entityId, fields)] } }]);
  }
}
