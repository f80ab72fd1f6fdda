import { Migration } from '@mikro-orm/migrations';
import { EXTENSIONS_SQL } from '../../../shared/db/extensions';
import { outboxTablesV1 } from '../../../shared/outbox/outbox';

export class Migration20261203000000_init extends Migration {
  async up(): Promise<void> {
    for (const sql of EXTENSIONS_SQL) this.addSql(sql);
    this.addSql('create schema if not exists access');
    this.addSql(`create table access.partner (
      id text primary key,
      name text not null,
      type text not null check (type in ('COURT', 'POLICE', 'BANK', 'LAND_REGISTRY', 'POST')),
      bank_code text,
      court_code text,
      province_code text,
      check ((type = 'BANK') = (bank_code is not null)),
      check ((type = 'COURT') = (court_code is not null)),
      check ((type = 'LAND_REGISTRY') = (province_code is not null))
    )`);
    this.addSql(`create table access.api_key (
      key_id text primary key,
      partner_id text not null references access.partner (id),
      name text not null,
      scopes text[] not null,
      hash text not null check (hash ~ '^[0-9a-f]{64}$'),
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      revoked_at timestamptz,
      last_used_at timestamptz,
      rotated_from text references access.api_key (key_id)
    )`);
    this.addSql(`comment on column access.api_key.hash is 'SHA-256 of the whole key; the key itself is never stored'`);
    this.addSql('create index api_key_partner_idx on access.api_key (partner_id, created_at desc)');
    this.addSql(`create table access.audit_record (
      id uuid primary key,
      occurred_at timestamptz not null,
      subgraph text not null,
      request_id text not null,
      principal text not null,
      principal_kind text not null,
      agency text,
      operation text,
      action text not null check (action in ('READ', 'MUTATION')),
      entity_type text not null,
      entity_id text not null,
      fields text[] not null,
      received_at timestamptz not null default now()
    )`);
    this.addSql('create index audit_record_time_idx on access.audit_record (occurred_at desc, id desc)');
    this.addSql('create index audit_record_principal_idx on access.audit_record (principal, occurred_at desc, id desc)');
    this.addSql('create index audit_record_entity_idx on access.audit_record (entity_type, entity_id, occurred_at desc)');
    for (const sql of outboxTablesV1('access')) this.addSql(sql);
  }
}
