import { Migration } from '@mikro-orm/migrations';
import { idempotencyTablesV1 } from '../../../shared/idempotency';
import { deferForeignKeysSql } from '../../../shared/db/extensions';

/** The enforcement workflow: legal event dates, deadlines, payments, allocation, lookups, notifications. */
export class Migration20261204000000_workflow extends Migration {
  async up(): Promise<void> {
    this.addSql(`alter table cases.enforcement_case
      add column notice_delivered_on date,
      add column next_deadline_stage text,
      add column next_due_on date,
      add column published_on date,
      add column judgment_document_id uuid,
      add column status_before_pause text`);
    this.addSql(`comment on column cases.enforcement_case.next_due_on is 'Due date of the next statutory deadline, recomputed on every event; null when none runs'`);
    this.addSql('create index enforcement_case_agency_due_idx on cases.enforcement_case (agency_id, next_due_on) where next_due_on is not null');
    this.addSql('create index enforcement_case_officer_due_idx on cases.enforcement_case (officer_id, next_due_on) where next_due_on is not null');
    this.addSql(`create index enforcement_case_published_idx on cases.enforcement_case (published_on desc, id desc) where status = 'NO_CONDITIONS' and published_on is not null`);

    this.addSql('alter table cases.status_change add column effective_on date');
    this.addSql(`update cases.status_change set effective_on = (at at time zone 'Asia/Ho_Chi_Minh')::date`);
    this.addSql('alter table cases.status_change alter column effective_on set not null');
    this.addSql(`comment on column cases.status_change.effective_on is 'Legal date of the event (Asia/Ho_Chi_Minh), which starts or meets deadlines'`);
    // History is appended to, never edited.
    this.addSql(`create function cases.refuse_history_change() returns trigger language plpgsql as $$
      begin raise exception 'case history is append-only'; end $$`);
    this.addSql(`create trigger status_change_append_only before update or delete on cases.status_change
      for each row execute function cases.refuse_history_change()`);

    this.addSql(`create table cases.payment (
      id uuid primary key,
      case_id uuid not null references cases.enforcement_case (id),
      obligation_id uuid not null references cases.obligation (id),
      amount bigint not null check (amount > 0),
      paid_on date not null,
      method text not null check (method in ('VOLUNTARY', 'DEDUCTION', 'SALE_PROCEEDS', 'OTHER')),
      reference text,
      recorded_at timestamptz not null default now(),
      recorded_by text not null
    )`);
    this.addSql('create index payment_case_idx on cases.payment (case_id, recorded_at)');

    this.addSql(`create table cases.officer_conflict (
      officer_id uuid not null references cases.officer (id),
      party_identifier text not null,
      reason text not null,
      primary key (officer_id, party_identifier)
    )`);
    this.addSql(`comment on table cases.officer_conflict is 'Declared conflicts of interest: the officer may not handle cases naming this party'`);
    this.addSql(`create table cases.assignment (
      id uuid primary key,
      case_id uuid not null references cases.enforcement_case (id),
      officer_id uuid not null references cases.officer (id),
      assigned_at timestamptz not null default now(),
      assigned_by text not null,
      reason text not null,
      candidates jsonb not null default '[]'
    )`);
    this.addSql('create index assignment_case_idx on cases.assignment (case_id, assigned_at)');

    this.addSql(`create table cases.lookup_token (
      id uuid primary key,
      case_id uuid not null references cases.enforcement_case (id),
      issued_at timestamptz not null default now(),
      issued_by text not null,
      expires_at timestamptz not null,
      revoked_at timestamptz
    )`);
    this.addSql('create index lookup_token_case_idx on cases.lookup_token (case_id)');
    this.addSql(`create table cases.rate_limit (key varchar(255) primary key, points integer not null default 0, expire bigint)`);
    this.addSql(`comment on table cases.rate_limit is 'Counters of rate-limiter-flexible (public case lookups per client)'`);

    this.addSql(`create table cases.party_contact (
      identifier text primary key,
      channel text not null check (channel in ('E_ID', 'SMS', 'POST')),
      updated_at timestamptz not null default now()
    )`);
    this.addSql(`create table cases.notification (
      id uuid primary key,
      case_id uuid not null references cases.enforcement_case (id),
      party_identifier text not null,
      channel text not null check (channel in ('E_ID', 'SMS', 'POST')),
      kind text not null,
      title text not null,
      body text not null,
      created_at timestamptz not null default now(),
      status text not null default 'PENDING' check (status in ('PENDING', 'DELIVERED', 'FAILED')),
      deliveries integer not null default 0,
      delivered_at timestamptz
    )`);
    this.addSql('create index notification_party_idx on cases.notification (party_identifier, created_at desc, id desc)');
    this.addSql('create index notification_case_idx on cases.notification (case_id)');
    this.addSql(`create table cases.case_number_counter (
      agency_id text not null references cases.agency (id),
      year integer not null,
      last integer not null,
      primary key (agency_id, year)
    )`);
    this.addSql(`comment on table cases.case_number_counter is 'Last case number used per agency and year: numbers are taken under the row lock, never twice'`);
    for (const sql of idempotencyTablesV1('cases')) this.addSql(sql);
    this.addSql(deferForeignKeysSql('cases'));
  }
}
