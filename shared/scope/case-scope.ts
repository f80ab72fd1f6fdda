// The scope facts that `cases` owns (which agency and officer work a case, which court issued its judgment, who its
// parties are), kept as a small local read model by `persons`, `assets` and `documents` for row scope. They arrive
// through the outbox (topic `case.scope`) and are applied idempotently; a stale fact never overwrites a newer one.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal';
import { appError, ErrorCode, forbidden } from '../errors';
import { UUID } from '../ids';

export const CASE_SCOPE_TOPIC = 'case.scope';
export const SCOPE_CONSUMERS = ['persons', 'assets', 'documents'] as const;

export interface CaseScopeFact {
  caseId: string;
  agencyId: string;
  officerId: string | null;
  courtCode: string | null;
  /** The case's version when the fact was taken: facts older than the stored one are ignored. */
  version: number;
  /** True while the case is a published finding of no conditions to enforce: its debtors are public by law. */
  published?: boolean;
  /** The judgment the case enforces, when a court submitted it to the documents subgraph. */
  judgmentDocumentId?: string | null;
  /** The case's stage, and what is still to collect in đồng (a decimal string): what other subgraphs' checks need. */
  status?: string;
  amountOutstanding?: string;
  parties: { partyType: 'PERSON' | 'ORGANIZATION'; partyId: string; role: 'CREDITOR' | 'DEBTOR'; nationalId: string | null }[];
}

export function caseScopeTablesV1(schema: string): string[] {
  return [
    `create table ${schema}.case_scope (
      case_id uuid primary key,
      agency_id text not null,
      officer_id uuid,
      court_code text,
      version integer not null
    )`,
    `create index case_scope_agency_idx on ${schema}.case_scope (agency_id)`,
    `create index case_scope_officer_idx on ${schema}.case_scope (officer_id)`,
    `create index case_scope_court_idx on ${schema}.case_scope (court_code)`,
    `comment on table ${schema}.case_scope is 'Read model of case scope facts owned by the cases subgraph (via the outbox)'`,
    `create table ${schema}.case_party (
      case_id uuid not null references ${schema}.case_scope (case_id) on delete cascade,
      party_type text not null,
      party_id uuid not null,
      role text not null,
      national_id text,
      primary key (case_id, party_type, party_id, role)
    )`,
    `create index case_party_party_idx on ${schema}.case_party (party_id, case_id)`,
    `create index case_party_national_id_idx on ${schema}.case_party (national_id) where national_id is not null`,
  ];
}

/** Second version: whether the case is a published finding of no conditions to enforce. */
export function caseScopeTablesV2(schema: string): string[] {
  return [`alter table ${schema}.case_scope add column published boolean not null default false`];
}

/** Third version: the case's stage and what is still owed, so a freeze is ordered only in coercion and within the debt. */
export function caseScopeTablesV3(schema: string): string[] {
  return [`alter table ${schema}.case_scope add column status text, add column amount_outstanding bigint`];
}

export async function applyCaseScope(em: EntityManager, fact: CaseScopeFact): Promise<void> {
  const schema = em.config.get('schema') as string;
  const stored = (await em.execute(
    `insert into ${schema}.case_scope (case_id, agency_id, officer_id, court_code, version, published, status, amount_outstanding)
     values (?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (case_id) do update set agency_id = excluded.agency_id, officer_id = excluded.officer_id,
       court_code = excluded.court_code, version = excluded.version, published = excluded.published,
       status = excluded.status, amount_outstanding = excluded.amount_outstanding
     where ${schema}.case_scope.version <= excluded.version
     returning case_id`,
    [fact.caseId, fact.agencyId, fact.officerId, fact.courtCode, fact.version, fact.published ?? false, fact.status ?? null, fact.amountOutstanding ?? null],
  )) as unknown[];
  if (stored.length === 0) return; // a newer fact is already here
  await em.execute(`delete from ${schema}.case_party where case_id = ?`, [fact.caseId]);
  if (fact.parties.length) {
    await em.execute(
      em.getKnex().withSchema(schema).insert(
        fact.parties.map((p) => ({ case_id: fact.caseId, party_type: p.partyType, party_id: p.partyId, role: p.role, national_id: p.nationalId })),
      ).into('case_party').onConflict().ignore(),
    );
  }
}

/** SQL selecting the debtors (party ids) of published findings of no conditions: public by law. */
export function publishedDebtorIdsSql(schema: string): string {
  return `select cp.party_id from ${schema}.case_party cp join ${schema}.case_scope cs on cs.case_id = cp.case_id where cs.published and cp.role = 'DEBTOR'`;
}

/**
 * SQL (with bindings) selecting the ids of the cases this principal may see in this subgraph's read model,
 * `'all'` for national readers, or `null` when it may see none.
 */
export function visibleCaseIdsSql(schema: string, p: Principal): { sql: string; bindings: unknown[] } | 'all' | null {
  switch (p.kind) {
    case 'STAFF':
      if (p.role === 'OFFICER' || p.role === 'HEAD') {
        return {
          sql: `select case_id from ${schema}.case_scope where agency_id = ? or officer_id = ?`,
          bindings: [p.agencyId ?? '', p.officerId ?? '00000000-0000-0000-0000-000000000000'],
        };
      }
      return p.role === 'AUDITOR' ? 'all' : null;
    case 'CITIZEN':
      return { sql: `select case_id from ${schema}.case_party where national_id = ?`, bindings: [p.nationalId] };
    case 'PARTNER':
      if (p.partnerType === 'COURT' && p.courtCode) {
        return { sql: `select case_id from ${schema}.case_scope where court_code = ?`, bindings: [p.courtCode] };
      }
      return null;
    default:
      return null;
  }
}

/**
 * Refuses an action on a case as the cases subgraph would: a case the caller may not see is NOT_FOUND (as if it did
 * not exist); a case it sees but does not handle is FORBIDDEN.
 */
export async function assertMayActOnCase(em: EntityManager, p: Principal, caseId: string, action: string): Promise<void> {
  const schema = em.config.get('schema') as string;
  const visible = visibleCaseIdsSql(schema, p);
  const seen =
    UUID.test(caseId) &&
    visible !== null &&
    ((await em.execute(`select 1 from ${schema}.case_scope where case_id = ?${visible === 'all' ? '' : ` and case_id in (${visible.sql})`}`, [caseId, ...(visible === 'all' ? [] : visible.bindings)])) as unknown[]).length > 0;
  if (!seen) throw appError(ErrorCode.NOT_FOUND, 'No such case', { field: 'caseId' });
  if (!(await mayActOnCase(em, p, caseId))) throw forbidden(`Only the officer of the case or the head of its agency may ${action}`);
}

/**
 * Whether the principal may act on a case, per this subgraph's read model: the officer assigned to it or a head of
 * its agency (the same rule the cases subgraph applies to its own steps).
 */
export async function mayActOnCase(em: EntityManager, p: Principal, caseId: string): Promise<boolean> {
  if (p.kind !== 'STAFF') return false;
  const schema = em.config.get('schema') as string;
  const rows = (await em.execute(`select agency_id, officer_id from ${schema}.case_scope where case_id = ?`, [caseId])) as { agency_id: string; officer_id: string | null }[];
  const scope = rows[0];
  if (!scope) return false;
  if (p.role === 'HEAD') return p.agencyId === scope.agency_id;
  return p.role === 'OFFICER' && p.officerId !== null && p.officerId === scope.officer_id;
}

/** Whether a person or organization is a debtor of the case, per this subgraph's read model. */
export async function isDebtorOf(em: EntityManager, caseId: string, partyId: string): Promise<boolean> {
  const schema = em.config.get('schema') as string;
  const rows = (await em.execute(`select 1 from ${schema}.case_party where case_id = ? and party_id = ? and role = 'DEBTOR'`, [caseId, partyId])) as unknown[];
  return rows.length > 0;
}

/**
 * Whether each case id names a case the caller may see, per this subgraph's read model, batched. A subgraph that points
 * at a case (a freeze order's case, a document's case) gives the reference only when it is visible: the gateway would
 * otherwise ask `cases` for a case it must treat as absent, and a non-null field of it would fail the whole answer.
 */
export function caseVisibility(ctx: { em: EntityManager; principal: Principal; loaders: { get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<V[]>): { load(key: K): Promise<V> } } }) {
  return ctx.loaders.get<string, boolean>('caseVisibility', async (caseIds) => {
    const schema = ctx.em.config.get('schema') as string;
    const visible = visibleCaseIdsSql(schema, ctx.principal);
    if (visible === 'all') return caseIds.map(() => true);
    if (visible === null) return caseIds.map(() => false);
    const rows = (await ctx.em.execute(`select case_id from ${schema}.case_scope where case_id in (?) and case_id in (${visible.sql})`, [[...caseIds], ...visible.bindings])) as { case_id: string }[];
    const seen = new Set(rows.map((r) => r.case_id));
    return caseIds.map((id) => seen.has(id));
  });
}
