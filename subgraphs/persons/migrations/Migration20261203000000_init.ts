import { Migration } from '@mikro-orm/migrations';
import { EXTENSIONS_SQL } from '../../../shared/db/extensions';
import { outboxTablesV1 } from '../../../shared/outbox/outbox';
import { caseScopeTablesV1 } from '../../../shared/scope/case-scope';

export class Migration20261203000000_init extends Migration {
  async up(): Promise<void> {
    for (const sql of EXTENSIONS_SQL) this.addSql(sql);
    this.addSql('create schema if not exists persons');
    this.addSql(`create table persons.person (
      id uuid primary key,
      national_id text not null unique check (national_id ~ '^[0-9]{12}$'),
      old_id_number text check (old_id_number ~ '^[0-9]{9}$'),
      full_name text not null,
      name_search text not null,
      date_of_birth date not null,
      gender text not null check (gender in ('MALE', 'FEMALE')),
      permanent_street text not null,
      permanent_ward text not null,
      permanent_province_code text not null,
      current_street text not null,
      current_ward text not null,
      current_province_code text not null,
      phone text
    )`);
    this.addSql(`comment on table persons.person is 'Mirror of the national population register'`);
    this.addSql(`comment on column persons.person.name_search is 'full_name in NFC, lower case, without diacritics, đ as d: what name search matches'`);
    this.addSql('create index person_name_search_trgm_idx on persons.person using gin (name_search extensions.gin_trgm_ops)');
    this.addSql('create index person_name_search_id_idx on persons.person (name_search, id)');
    this.addSql('create index person_old_id_number_idx on persons.person (old_id_number) where old_id_number is not null');
    this.addSql(`create table persons.organization (
      id uuid primary key,
      tax_code text not null unique check (tax_code ~ '^[0-9]{10}([0-9]{3})?$'),
      name text not null,
      name_search text not null,
      address_street text not null,
      address_ward text not null,
      address_province_code text not null,
      legal_representative text
    )`);
    this.addSql(`comment on table persons.organization is 'Mirror of the national business register'`);
    this.addSql('create index organization_name_search_trgm_idx on persons.organization using gin (name_search extensions.gin_trgm_ops)');
    this.addSql('create index organization_name_search_id_idx on persons.organization (name_search, id)');
    for (const sql of outboxTablesV1('persons')) this.addSql(sql);
    for (const sql of caseScopeTablesV1('persons')) this.addSql(sql);
  }
}
