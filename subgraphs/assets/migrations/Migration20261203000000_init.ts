import { Migration } from '@mikro-orm/migrations';
import { EXTENSIONS_SQL } from '../../../shared/db/extensions';
import { outboxTablesV1 } from '../../../shared/outbox/outbox';
import { caseScopeTablesV1 } from '../../../shared/scope/case-scope';

export class Migration20261203000000_init extends Migration {
  async up(): Promise<void> {
    for (const sql of EXTENSIONS_SQL) this.addSql(sql);
    this.addSql('create schema if not exists assets');
    this.addSql(`create table assets.bank (
      code text primary key,
      bin text not null unique check (bin ~ '^[0-9]{6}$'),
      short_name text not null,
      name text not null
    )`);
    this.addSql(`create table assets.bank_account (
      id uuid primary key,
      bank_code text not null references assets.bank (code),
      account_number text not null check (account_number ~ '^[0-9]{6,19}$'),
      holder_type text not null check (holder_type in ('PERSON', 'ORGANIZATION')),
      holder_id uuid not null,
      holder_name text not null,
      balance bigint not null check (balance >= 0),
      balance_as_of timestamptz not null,
      status text not null check (status in ('ACTIVE', 'FROZEN', 'CLOSED')),
      opened_on date not null,
      unique (bank_code, account_number)
    )`);
    this.addSql('create index bank_account_holder_idx on assets.bank_account (holder_id)');
    this.addSql(`create table assets.land_parcel (
      id uuid primary key,
      certificate_serial text not null unique check (certificate_serial ~ '^[A-Z]{2} [0-9]{6}$'),
      parcel_number text not null,
      map_sheet_number text not null,
      street text not null,
      ward text not null,
      province_code text not null,
      area_m2 double precision not null check (area_m2 > 0),
      use_type text not null
    )`);
    this.addSql('create index land_parcel_province_idx on assets.land_parcel (province_code)');
    this.addSql(`create table assets.parcel_owner (
      parcel_id uuid not null references assets.land_parcel (id),
      owner_id uuid not null,
      owner_type text not null check (owner_type in ('PERSON', 'ORGANIZATION')),
      share_percent integer not null check (share_percent between 1 and 100),
      primary key (parcel_id, owner_id)
    )`);
    this.addSql('create index parcel_owner_owner_idx on assets.parcel_owner (owner_id)');
    this.addSql(`create table assets.freeze_order (
      id uuid primary key,
      case_id uuid not null,
      account_id uuid not null references assets.bank_account (id),
      bank_code text not null references assets.bank (code),
      amount_requested bigint not null check (amount_requested > 0),
      amount_frozen bigint check (amount_frozen >= 0),
      status text not null,
      ordered_at timestamptz not null,
      answered_at timestamptz,
      rejection_reason text,
      version integer not null default 1
    )`);
    this.addSql('create index freeze_order_case_idx on assets.freeze_order (case_id)');
    this.addSql('create index freeze_order_bank_status_idx on assets.freeze_order (bank_code, status, ordered_at)');
    this.addSql('create index freeze_order_account_idx on assets.freeze_order (account_id)');
    this.addSql(`create table assets.seizure (
      id uuid primary key,
      case_id uuid not null,
      parcel_id uuid not null references assets.land_parcel (id),
      province_code text not null,
      status text not null,
      requested_at timestamptz not null,
      answered_at timestamptz,
      rejection_reason text,
      version integer not null default 1
    )`);
    this.addSql('create index seizure_case_idx on assets.seizure (case_id)');
    this.addSql('create index seizure_province_status_idx on assets.seizure (province_code, status, requested_at)');
    for (const sql of outboxTablesV1('assets')) this.addSql(sql);
    for (const sql of caseScopeTablesV1('assets')) this.addSql(sql);
  }
}
