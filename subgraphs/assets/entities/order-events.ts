import { BigIntType, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar, MoneyScalar } from '../../../shared/scalars';

@ObjectType({ description: 'One step of a freeze order: who did what, when.' })
@Entity({ tableName: 'freeze_order_event' })
export class FreezeOrderEvent {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  orderId!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  fromStatus: string | null = null;

  @Field(() => String)
  @Property({ type: 'text' })
  toStatus!: string;

  @Field(() => DateTimeScalar)
  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  @Field(() => String, { description: 'Officer or bank (partner key) that took the step.' })
  @Property({ type: 'text' })
  actor!: string;

  @Field(() => MoneyScalar, { nullable: true, description: 'Amount the step concerns (asked, frozen or deducted), in đồng.' })
  @Property({ type: new BigIntType('bigint'), nullable: true })
  amount: bigint | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}

@ObjectType({ description: 'One step of a seizure: who did what, when.' })
@Entity({ tableName: 'seizure_event' })
export class SeizureEvent {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  seizureId!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  fromStatus: string | null = null;

  @Field(() => String)
  @Property({ type: 'text' })
  toStatus!: string;

  @Field(() => DateTimeScalar)
  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  @Field(() => String)
  @Property({ type: 'text' })
  actor!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
