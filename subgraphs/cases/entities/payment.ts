import { BigIntType, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar, LocalDateScalar, MoneyScalar } from '../../../shared/scalars';

export enum PaymentMethod {
  VOLUNTARY = 'VOLUNTARY',
  DEDUCTION = 'DEDUCTION',
  SALE_PROCEEDS = 'SALE_PROCEEDS',
  OTHER = 'OTHER',
}
registerEnumType(PaymentMethod, {
  name: 'PaymentMethod',
  description: 'How money was collected.',
  valuesConfig: {
    VOLUNTARY: { description: 'Paid by the debtor (tự nguyện nộp).' },
    DEDUCTION: { description: 'Deducted from a bank account (khấu trừ tài khoản).' },
    SALE_PROCEEDS: { description: 'Proceeds of selling seized property (bán đấu giá tài sản).' },
    OTHER: { description: 'Any other way.' },
  },
});

@ObjectType({ description: 'Money received against one obligation of a case.' })
@Entity({ tableName: 'payment' })
export class Payment {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  caseId!: string;

  @Field(() => ID, { description: 'The obligation paid against.' })
  @Property({ type: 'uuid' })
  obligationId!: string;

  @Field(() => MoneyScalar, { description: 'Amount received, in đồng.' })
  @Property({ type: new BigIntType('bigint') })
  amount!: bigint;

  @Field(() => LocalDateScalar, { description: 'Date the money was paid or collected.' })
  @Property({ type: 'date' })
  paidOn!: string;

  @Field(() => PaymentMethod)
  @Enum({ items: () => PaymentMethod, type: 'text' })
  method!: PaymentMethod;

  @Field(() => String, { nullable: true, description: 'Receipt or transfer reference.' })
  @Property({ type: 'text', nullable: true })
  reference: string | null = null;

  @Field(() => DateTimeScalar)
  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();

  @Field(() => String, { description: 'Who recorded it.' })
  @Property({ type: 'text' })
  recordedBy!: string;
}
