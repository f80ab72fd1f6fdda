// Where audit records end up: the consolidated trail in access.audit_record. Records arrive through the outbox from
// every subgraph (and from access itself through a local transport); each is stored once, by id, in one statement.
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
  // One JSON parameter for the whole batch: PostgreSQL turns it into rows (and `fields` into text[]) itself.
  await em.execute(
    `insert into access.audit_record (id, occurred_at, subgraph, request_id, principal, principal_kind, agency, operation, action, entity_type, entity_id, fields)
     select id, occurred_at, subgraph, request_id, principal, principal_kind, agency, operation, action, entity_type, entity_id, fields
       from jsonb_to_recordset(?::jsonb) as r(id uuid, occurred_at timestamptz, subgraph text, request_id text, principal text, principal_kind text,
                                              agency text, operation text, action text, entity_type text, entity_id text, fields text[])
     on conflict (id) do nothing`,
    [JSON.stringify(rows)],
  );
}
