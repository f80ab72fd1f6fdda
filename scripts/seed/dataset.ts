// The whole seed dataset as an ordered list of tables, each a lazy generator of rows: nothing is held in memory but the
// small per-index facts of the context. The order is the load order (parents before children) and the order of the
// checksum.
import { createHash, type Hash } from 'node:crypto';
import {
  BANK_ACCOUNT_COLUMNS, BANK_COLUMNS, FREEZE_ORDER_COLUMNS, FREEZE_ORDER_EVENT_COLUMNS, LAND_PARCEL_COLUMNS, PARCEL_OWNER_COLUMNS,
  SEIZURE_COLUMNS, SEIZURE_EVENT_COLUMNS, bankAccountRows, bankRows, freezeOrderEventRows, freezeOrderRows, landParcelRows,
  parcelOwnerRows, seizureEventRows, seizureRows,
} from './assets';
import { buildSeedContext, type SeedContext } from './case-index';
import {
  AGENCY_COLUMNS, ASSIGNMENT_COLUMNS, CASE_COLUMNS, CASE_PARTY_COLUMNS, OBLIGATION_COLUMNS, OFFICER_COLUMNS, PAYMENT_COLUMNS,
  STATUS_CHANGE_COLUMNS, agencyRows, assignmentRows, caseRows, casePartyRows, obligationRows, officerRows, paymentRows,
  statusChangeRows,
} from './cases';
import { buildBaseContext, type SeedOptions } from './context';
import { encodeRow, type Row } from './copy-text';
import { DOCUMENT_COLUMNS, DOCUMENT_CONTENT_COLUMNS, documentContentRows, documentRows } from './documents';
import { PARTNER_COLUMNS, partnerRows } from './partners';
import { POSTAL_DELIVERY_COLUMNS, POSTAL_DELIVERY_EVENT_COLUMNS, postalDeliveryEventRows, postalDeliveryRows } from './postal';
import { CASE_SCOPE_COLUMNS, SCOPE_PARTY_COLUMNS, caseScopeRows, scopePartyRows } from './read-model';
import { ORGANIZATION_COLUMNS, PERSON_COLUMNS, organizationRows, personRows } from './registers';

export interface SeedTable {
  /** Schema-qualified name, e.g. "cases.enforcement_case". */
  readonly name: string;
  readonly columns: readonly string[];
  rows(ctx: SeedContext): Iterable<Row>;
}

const readModel = (schema: string): SeedTable[] => [
  { name: `${schema}.case_scope`, columns: CASE_SCOPE_COLUMNS, rows: caseScopeRows },
  { name: `${schema}.case_party`, columns: SCOPE_PARTY_COLUMNS, rows: scopePartyRows },
];

/**
 * Every seeded table, in load and checksum order. Left empty: outbox and inbox, idempotency keys, API keys, audit
 * records, notifications, lookup tokens, rate limits, declared conflicts, judgment submissions and extractions.
 */
export const SEED_TABLES: readonly SeedTable[] = [
  { name: 'cases.agency', columns: AGENCY_COLUMNS, rows: agencyRows },
  { name: 'cases.officer', columns: OFFICER_COLUMNS, rows: officerRows },
  { name: 'cases.enforcement_case', columns: CASE_COLUMNS, rows: caseRows },
  { name: 'cases.case_party', columns: CASE_PARTY_COLUMNS, rows: casePartyRows },
  { name: 'cases.obligation', columns: OBLIGATION_COLUMNS, rows: obligationRows },
  { name: 'cases.status_change', columns: STATUS_CHANGE_COLUMNS, rows: statusChangeRows },
  { name: 'cases.payment', columns: PAYMENT_COLUMNS, rows: paymentRows },
  { name: 'cases.assignment', columns: ASSIGNMENT_COLUMNS, rows: assignmentRows },
  { name: 'persons.person', columns: PERSON_COLUMNS, rows: personRows },
  { name: 'persons.organization', columns: ORGANIZATION_COLUMNS, rows: organizationRows },
  ...readModel('persons'),
  { name: 'assets.bank', columns: BANK_COLUMNS, rows: bankRows },
  { name: 'assets.bank_account', columns: BANK_ACCOUNT_COLUMNS, rows: bankAccountRows },
  { name: 'assets.land_parcel', columns: LAND_PARCEL_COLUMNS, rows: landParcelRows },
  { name: 'assets.parcel_owner', columns: PARCEL_OWNER_COLUMNS, rows: parcelOwnerRows },
  { name: 'assets.freeze_order', columns: FREEZE_ORDER_COLUMNS, rows: freezeOrderRows },
  { name: 'assets.freeze_order_event', columns: FREEZE_ORDER_EVENT_COLUMNS, rows: freezeOrderEventRows },
  { name: 'assets.seizure', columns: SEIZURE_COLUMNS, rows: seizureRows },
  { name: 'assets.seizure_event', columns: SEIZURE_EVENT_COLUMNS, rows: seizureEventRows },
  ...readModel('assets'),
  { name: 'documents.document', columns: DOCUMENT_COLUMNS, rows: documentRows },
  { name: 'documents.document_content', columns: DOCUMENT_CONTENT_COLUMNS, rows: documentContentRows },
  { name: 'documents.postal_delivery', columns: POSTAL_DELIVERY_COLUMNS, rows: postalDeliveryRows },
  { name: 'documents.postal_delivery_event', columns: POSTAL_DELIVERY_EVENT_COLUMNS, rows: postalDeliveryEventRows },
  ...readModel('documents'),
  { name: 'access.partner', columns: PARTNER_COLUMNS, rows: partnerRows },
];

/** The context every table is generated from: the small per-index facts, built by two passes (persons, cases). */
export function buildContext(options: SeedOptions): SeedContext {
  return buildSeedContext(buildBaseContext(options));
}

const CHUNK_CHARS = 256 * 1024;

/** A table's COPY text in chunks of about 256 KB; `onRows` hears the running row count after each chunk. */
export function* copyChunks(table: SeedTable, ctx: SeedContext, onRows: (rows: number) => void = () => undefined): Generator<string> {
  let buffer = '';
  let rows = 0;
  for (const row of table.rows(ctx)) {
    if (row.length !== table.columns.length) throw new Error(`${table.name}: a row has ${row.length} fields, not ${table.columns.length}`);
    buffer += encodeRow(row);
    rows++;
    if (buffer.length >= CHUNK_CHARS) {
      yield buffer;
      buffer = '';
      onRows(rows);
    }
  }
  if (buffer) yield buffer;
  onRows(rows);
}

/**
 * The dataset checksum: SHA-256 over, for each table in SEED_TABLES order, its name and a newline, then its COPY
 * lines exactly as sent. The same seed and sizes give the same checksum, with or without a database.
 */
export class DatasetChecksum {
  private readonly hash: Hash = createHash('sha256');
  beginTable(table: SeedTable): void {
    this.hash.update(`${table.name}\n`, 'utf8');
  }
  update(chunk: string): void {
    this.hash.update(chunk, 'utf8');
  }
  hex(): string {
    return this.hash.digest('hex');
  }
}

/** Generates every table without a database; returns the checksum and row counts. */
export function generateDataset(options: SeedOptions): { checksum: string; counts: Record<string, number> } {
  const ctx = buildContext(options);
  const checksum = new DatasetChecksum();
  const counts: Record<string, number> = {};
  for (const table of SEED_TABLES) {
    checksum.beginTable(table);
    for (const chunk of copyChunks(table, ctx, (n) => (counts[table.name] = n))) checksum.update(chunk);
  }
  return { checksum: checksum.hex(), counts };
}
