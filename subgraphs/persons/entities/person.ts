import { Embedded, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../../shared/scalars';
import { Address } from './address';
import { Gender } from './gender';

@ObjectType({ description: 'A person in the mirror of the national population register (công dân).' })
@Directive('@key(fields: "id")')
@Directive('@key(fields: "nationalId")')
@Entity({ tableName: 'person' })
export class Person {
  @Field(() => ID, { description: 'Stable identifier of the person in this graph.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: 'National ID number (số định danh cá nhân / CCCD), 12 digits. Personal data: reading it is restricted and audited.',
  })
  @Property({ type: 'text', unique: true })
  nationalId!: string;

  @Field(() => String, { nullable: true, description: 'Old 9-digit identity card number (CMND), for people who had one. Personal data.' })
  @Property({ type: 'text', nullable: true })
  oldIdNumber: string | null = null;

  // Nullable, like every field other subgraphs reach through a reference: a person the caller may not see comes back
  // as nulls, not as an error that would void the whole answer.
  @Field(() => String, { nullable: true, description: 'Full name as registered (họ và tên), Unicode NFC.' })
  @Property({ type: 'text' })
  fullName!: string;

  /** NFC, lower case, no diacritics, đ as d: what name search matches, backed by a trigram index. */
  @Property({ type: 'text' })
  nameSearch!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date of birth. Personal data: restricted and audited.' })
  @Property({ type: 'date' })
  dateOfBirth!: string;

  @Field(() => Gender, { nullable: true, description: 'Gender as registered.' })
  @Enum({ items: () => Gender, type: 'text' })
  gender!: Gender;

  @Field(() => Address, { nullable: true, description: 'Permanent residence (nơi thường trú). Personal data: restricted and audited.' })
  @Embedded(() => Address, { prefix: 'permanent_' })
  permanentAddress!: Address;

  @Field(() => Address, { nullable: true, description: 'Current residence (nơi ở hiện tại). Personal data: restricted and audited.' })
  @Embedded(() => Address, { prefix: 'current_' })
  currentAddress!: Address;

  @Field(() => String, { nullable: true, description: 'Mobile phone number. Personal data: restricted and audited.' })
  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  @Field(() => Int, { nullable: true, description: 'Year of birth, as printed on public notices.' })
  get birthYear(): number {
    return Number(this.dateOfBirth.slice(0, 4));
  }

  @Field(() => String, { nullable: true, description: 'Ward and province of permanent residence, as printed on public notices (no street).' })
  get publishedAddress(): string {
    return `${this.permanentAddress.ward}, ${this.permanentAddress.provinceName}`;
  }

  @Field(() => String, { nullable: true, description: 'The national ID with all but its last 3 digits hidden, e.g. "*********123": enough to tell people apart on screen.' })
  get nationalIdMasked(): string {
    return `${'*'.repeat(Math.max(0, this.nationalId.length - 3))}${this.nationalId.slice(-3)}`;
  }
}
