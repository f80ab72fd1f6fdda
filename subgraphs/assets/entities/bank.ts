import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A Vietnamese bank, identified as on the interbank network.' })
@Directive('@key(fields: "code")')
@Entity({ tableName: 'bank' })
export class Bank {
  @Field(() => String, { description: 'Short code as in the VietQR bank list, e.g. "VCB", "BIDV", "ICB" (VietinBank).' })
  @PrimaryKey({ type: 'text' })
  code!: string;

  @Field(() => String, { description: '6-digit NAPAS BIN, e.g. "970436" for Vietcombank.' })
  @Property({ type: 'text' })
  bin!: string;

  @Field(() => String, { description: 'Brand name, e.g. "Vietcombank".' })
  @Property({ type: 'text' })
  shortName!: string;

  @Field(() => String, { description: 'Full Vietnamese name.' })
  @Property({ type: 'text' })
  name!: string;
}
