// Where audit records end up: the consolidated trail in access.audit_record. Records arrive through the outbox from
// every subgraph (and from access itself through a local transport); each is stored once, by id.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditRecord as AuditRecordPayload } from '../../shared/audit';

export async function storeAuditRecords(em: EntityManager, payload: { records: AuditRecordPayload[] }): Promise<void> {
  if (!payload.records?.length) return;
  const rows = payload.records.map((r) => ({
    id: r.id,
    occurred_at: r.occurredAt,
    subgraph: r.subgraph,
    request_id: r.requestId,
    principal: r.principal,
    principal_kind: r.principalKind,
    agency: r.agency,
    operation: r.operation,
    action: r.action,
    entity_type: r.entityType,
    entity_id: r.entityId,
    fields: r.fields,
  }));
  await em.execute(em.getKnex().withSchema('access').insert(rows).into('audit_record').onConflict('id').ignore());
}
