import { Migration } from '@mikro-orm/migrations';
import { EXTENSIONS_SQL } from '../../../shared/db/extensions';
import { outboxTablesV1 } from '../../../shared/outbox/outbox';

const STATUSES = `'RECEIVED','DECISION_ISSUED','PARTIES_NOTIFIED','VOLUNTARY_COMPLIANCE','VERIFICATION','COERCIVE_MEASURES','NO_CONDITIONS','POSTPONED','SUSPENDED','TERMINATED','COMPLETED'`;

export class Migration20261203000000_init extends Migration {
  async up(): Promise<void> {
    for (const sql of EXTENSIONS_SQL) this.addSql(sql);
    this.addSql('create schema if not exists cases');
    this.addSql(`create table cases.agency (
      id text primary key,
      name text not null,
      province_code text not null unique,
      address text not null,
      phone text not null
    )`);
    this.addSql(`create table cases.officer (
      id uuid primary key,
      agency_id text not null references cases.agency (id),
      full_name text not null,
      title text not null,
      role text not null check (role in ('OFFICER', 'HEAD')),
      email text not null,
      active boolean not null default true,
      case_types text[] not null default '{}'
    )`);
    this.addSql('create index officer_agency_idx on cases.officer (agency_id)');
    this.addSql(`create table cases.enforcement_case (
      id uuid primary key,
      number text not null unique,
      decision_number text,
      agency_id text not null references cases.agency (id),
      officer_id uuid references cases.officer (id),
      status text not null check (status in (${STATUSES})),
      case_type text not null check (case_type in ('CIVIL','FAMILY','BUSINESS','LABOUR','CRIMINAL','ADMINISTRATIVE')),
      initiation text not null check (initiation in ('ON_REQUEST','EX_OFFICIO')),
      judgment_number text not null,
      court_code text not null,
      court_name text not null,
      judgment_date date not null,
      received_on date not null,
      decision_on date,
      amount_due bigint not null check (amount_due >= 0),
      amount_collected bigint not null default 0 check (amount_collected >= 0 and amount_collected <= amount_due),
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`);
    this.addSql(`comment on table cases.enforcement_case is 'Civil judgment enforcement cases (hồ sơ thi hành án)'`);
    this.addSql('create index enforcement_case_received_idx on cases.enforcement_case (received_on desc, id desc)');
    this.addSql('create index enforcement_case_agency_received_idx on cases.enforcement_case (agency_id, received_on desc, id desc)');
    this.addSql('create index enforcement_case_officer_idx on cases.enforcement_case (officer_id, received_on desc, id desc)');
    this.addSql('create index enforcement_case_status_idx on cases.enforcement_case (status, received_on desc, id desc)');
    this.addSql('create index enforcement_case_court_idx on cases.enforcement_case (court_code)');
    this.addSql(`create table cases.case_party (
      id uuid primary key,
      case_id uuid not null references cases.enforcement_case (id),
      role text not null check (role in ('CREDITOR', 'DEBTOR')),
      party_type text not null check (party_type in ('PERSON', 'ORGANIZATION')),
      party_id uuid not null,
      identifier text not null,
      position integer not null
    )`);
    this.addSql('create index case_party_case_idx on cases.case_party (case_id, position)');
    this.addSql('create index case_party_party_idx on cases.case_party (party_id, case_id)');
    this.addSql('create index case_party_identifier_idx on cases.case_party (identifier, case_id)');
    this.addSql(`create table cases.obligation (
      id uuid primary key,
      case_id uuid not null references cases.enforcement_case (id),
      kind text not null check (kind in ('PAY_MONEY','COURT_FEE','FINE','HAND_OVER_PROPERTY','PERFORM_ACT')),
      description text not null,
      amount_due bigint check (amount_due >= 0),
      amount_paid bigint not null default 0 check (amount_paid >= 0),
      debtor_party_id uuid not null references cases.case_party (id),
      creditor_party_id uuid references cases.case_party (id),
      joint_liability boolean not null default false,
      position integer not null,
      check (amount_due is null or amount_paid <= amount_due)
    )`);
    this.addSql('create index obligation_case_idx on cases.obligation (case_id, position)');
    this.addSql(`create table cases.status_change (
      id uuid primary key,
      case_id uuid not null references cases.enforcement_case (id),
      sequence integer not null,
      from_status text,
      to_status text not null,
      at timestamptz not null,
      actor text not null,
      reason text,
      document_id uuid,
      unique (case_id, sequence)
    )`);
    this.addSql(`comment on table cases.status_change is 'Case history: appended to, never edited'`);
    for (const sql of outboxTablesV1('cases')) this.addSql(sql);
  }
}
