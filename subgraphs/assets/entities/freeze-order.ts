import { BigIntType, Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar, MoneyScalar } from '../../../shared/scalars';
import { FreezeOrderStatus } from './enums';

@ObjectType({ description: 'An order to freeze a bank account for a case (lệnh phong tỏa tài khoản), and the bank’s answer.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'freeze_order' })
export class FreezeOrder {
  [OptionalProps]?: 'version';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  caseId!: string;

  @Property({ type: 'uuid' })
  accountId!: string;

  @Property({ type: 'text' })
  bankCode!: string;

  @Field(() => MoneyScalar, { description: 'Amount the officer asked to freeze, in đồng.' })
  @Property({ type: new BigIntType('bigint') })
  amountRequested!: bigint;

  @Field(() => MoneyScalar, { nullable: true, description: 'Amount the bank actually froze, in đồng (may be less than asked when the balance is lower).' })
  @Property({ type: new BigIntType('bigint'), nullable: true })
  amountFrozen: bigint | null = null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Amount the bank transferred to the agency, in đồng, once deducted.' })
  @Property({ type: new BigIntType('bigint'), nullable: true })
  amountDeducted: bigint | null = null;

  @Field(() => FreezeOrderStatus, { description: 'Stage of the order.' })
  @Enum({ items: () => FreezeOrderStatus, type: 'text' })
  status!: FreezeOrderStatus;

  @Field(() => DateTimeScalar, { description: 'When the officer ordered the freeze.' })
  @Property({ type: 'timestamptz' })
  orderedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the bank last answered.' })
  @Property({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Reason the bank gave for a rejection.' })
  @Property({ type: 'text', nullable: true })
  rejectionReason: string | null = null;

  @Field(() => Int, { description: 'Version for optimistic concurrency.' })
  @Property({ type: 'integer', version: true })
  version: number = 1;
}
