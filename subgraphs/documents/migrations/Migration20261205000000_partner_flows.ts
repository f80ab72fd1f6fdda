import { Migration } from '@mikro-orm/migrations';
import { idempotencyTablesV1 } from '../../../shared/idempotency';
import { deferForeignKeysSql } from '../../../shared/db/extensions';

/** Judgments submitted by courts with their proposed extraction, optional PDF files, and postal deliveries. */
export class Migration20261205000000_partner_flows extends Migration {
  async up(): Promise<void> {
    this.addSql('alter table documents.document add column addressed_agency_id text, add column submitted_by text');
    this.addSql('create index document_addressed_agency_idx on documents.document (addressed_agency_id, created_at desc) where case_id is null');
    this.addSql(`create table documents.document_file (
      document_id uuid primary key references documents.document (id),
      media_type text not null,
      sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
      size_bytes integer not null check (size_bytes > 0),
      bytes bytea not null
    )`);
    this.addSql(`create trigger document_file_immutable before update or delete on documents.document_file
      for each row execute function documents.refuse_content_change()`);
    this.addSql(`create table documents.document_extraction (
      document_id uuid primary key references documents.document (id),
      proposal jsonb not null,
      extracted_at timestamptz not null default now(),
      confirmed jsonb,
      confirmed_by text,
      confirmed_at timestamptz
    )`);
    this.addSql(`create sequence documents.tracking_serial start 10000001`);
    this.addSql(`create table documents.postal_delivery (
      id uuid primary key,
      document_id uuid not null references documents.document (id),
      case_id uuid,
      tracking_number text not null unique check (tracking_number ~ '^[A-Z]{2}[0-9]{9}VN$'),
      recipient_name text not null,
      recipient_address text not null,
      recipient_identifier text,
      status text not null check (status in ('HANDED_OVER', 'IN_TRANSIT', 'DELIVERED', 'REFUSED', 'ADDRESS_UNKNOWN')),
      handed_over_at timestamptz not null default now(),
      status_on date,
      note text,
      version integer not null default 1
    )`);
    this.addSql('create index postal_delivery_document_idx on documents.postal_delivery (document_id)');
    this.addSql('create index postal_delivery_status_idx on documents.postal_delivery (status, handed_over_at)');
    this.addSql(`create table documents.postal_delivery_event (
      id uuid primary key,
      delivery_id uuid not null references documents.postal_delivery (id),
      from_status text,
      to_status text not null,
      occurred_on date not null,
      at timestamptz not null default now(),
      actor text not null,
      note text
    )`);
    this.addSql('create index postal_delivery_event_delivery_idx on documents.postal_delivery_event (delivery_id, at)');
    this.addSql(`alter table documents.document add constraint document_kind_check check (kind in ('JUDGMENT', 'COURT_DECISION',
      'ENFORCEMENT_REQUEST', 'ENFORCEMENT_DECISION', 'NOTICE', 'VERIFICATION_REPORT', 'FREEZE_DECISION', 'SEIZURE_DECISION', 'NO_CONDITIONS_DECISION', 'OTHER'))`);
    for (const sql of idempotencyTablesV1('documents')) this.addSql(sql);
    this.addSql(deferForeignKeysSql('documents'));
  }
}
