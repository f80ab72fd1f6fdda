import { Migration } from '@mikro-orm/migrations';
import { EXTENSIONS_SQL } from '../../../shared/db/extensions';
import { outboxTablesV1 } from '../../../shared/outbox/outbox';
import { caseScopeTablesV1 } from '../../../shared/scope/case-scope';

export class Migration20261203000000_init extends Migration {
  async up(): Promise<void> {
    for (const sql of EXTENSIONS_SQL) this.addSql(sql);
    this.addSql('create schema if not exists documents');
    this.addSql(`create table documents.document (
      id uuid primary key,
      case_id uuid,
      kind text not null,
      number text not null,
      title text not null,
      issuer_code text not null,
      issuer_name text not null,
      issued_on date not null,
      sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
      size_bytes integer not null check (size_bytes >= 0),
      media_type text not null,
      created_at timestamptz not null default now()
    )`);
    this.addSql('create index document_case_idx on documents.document (case_id, issued_on)');
    this.addSql('create index document_issuer_idx on documents.document (issuer_code, issued_on)');
    this.addSql('create index document_number_idx on documents.document (number)');
    this.addSql(`create table documents.document_content (
      document_id uuid primary key references documents.document (id),
      text text not null
    )`);
    // Content is stored once and never altered: the hash in `document` would no longer match.
    this.addSql(`create function documents.refuse_content_change() returns trigger language plpgsql as $$
      begin raise exception 'document content is immutable'; end $$`);
    this.addSql(`create trigger document_content_immutable before update or delete on documents.document_content
      for each row execute function documents.refuse_content_change()`);
    for (const sql of outboxTablesV1('documents')) this.addSql(sql);
    for (const sql of caseScopeTablesV1('documents')) this.addSql(sql);
  }
}
