import { Migration } from '@mikro-orm/migrations';
import { idempotencyTablesV1 } from '../../../shared/idempotency';
import { deferForeignKeysSql } from '../../../shared/db/extensions';

/** Banks answering freeze orders and land registries answering seizures: each step with its history. */
export class Migration20261205000000_partner_flows extends Migration {
  async up(): Promise<void> {
    this.addSql(`create table assets.freeze_order_event (
      id uuid primary key,
      order_id uuid not null references assets.freeze_order (id),
      from_status text,
      to_status text not null,
      at timestamptz not null default now(),
      actor text not null,
      amount bigint,
      note text
    )`);
    this.addSql('create index freeze_order_event_order_idx on assets.freeze_order_event (order_id, at)');
    this.addSql(`create table assets.seizure_event (
      id uuid primary key,
      seizure_id uuid not null references assets.seizure (id),
      from_status text,
      to_status text not null,
      at timestamptz not null default now(),
      actor text not null,
      note text
    )`);
    this.addSql('create index seizure_event_seizure_idx on assets.seizure_event (seizure_id, at)');
    this.addSql('alter table assets.freeze_order add column amount_deducted bigint check (amount_deducted >= 0)');
    this.addSql(`alter table assets.freeze_order add constraint freeze_order_frozen_not_above_requested check (amount_frozen is null or amount_frozen <= amount_requested)`);
    this.addSql(`alter table assets.freeze_order add constraint freeze_order_status_check check (status in
      ('PENDING', 'EXECUTED', 'REJECTED', 'ACCOUNT_CLOSED', 'DEDUCTION_ORDERED', 'DEDUCTED', 'RELEASE_ORDERED', 'RELEASED'))`);
    this.addSql(`alter table assets.seizure add constraint seizure_status_check check (status in ('REQUESTED', 'CONFIRMED', 'REJECTED', 'LIFTED'))`);
    for (const sql of idempotencyTablesV1('assets')) this.addSql(sql);
    this.addSql(deferForeignKeysSql('assets'));
  }
}
