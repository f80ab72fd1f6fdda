import { Embedded, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Address } from './address';

@ObjectType({ description: 'An organization in the national business register (doanh nghiệp, tổ chức).' })
@Directive('@key(fields: "id")')
@Directive('@key(fields: "taxCode")')
@Entity({ tableName: 'organization' })
export class Organization {
  @Field(() => ID, { description: 'Stable identifier of the organization in this graph.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Tax code (mã số thuế): 10 digits, or 13 digits for a branch (printed 0101234567-001, given here without the dash). Public in the business register.' })
  @Property({ type: 'text', unique: true })
  taxCode!: string;

  @Field(() => String, { nullable: true, description: 'Registered name, Unicode NFC.' })
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  nameSearch!: string;

  @Field(() => Address, { nullable: true, description: 'Registered head office address (public in the business register).' })
  @Embedded(() => Address, { prefix: 'address_' })
  address!: Address;

  @Field(() => String, { nullable: true, description: 'Name of the legal representative (người đại diện theo pháp luật).' })
  @Property({ type: 'text', nullable: true })
  legalRepresentative: string | null = null;
}
