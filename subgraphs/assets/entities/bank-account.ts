import { BigIntType, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar, LocalDateScalar, MoneyScalar } from '../../../shared/scalars';
import { AccountStatus, HolderType } from './enums';

@ObjectType({ description: 'A bank account held by a person or organization, as reported by its bank.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'bank_account' })
export class BankAccount {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  bankCode!: string;

  @Field(() => String, { nullable: true, description: 'Account number (a string: leading zeros are data). Restricted.' })
  @Property({ type: 'text' })
  accountNumber!: string;

  @Field(() => String, { nullable: true, description: 'The account number with all but its last 4 digits hidden.' })
  get accountNumberMasked(): string {
    return `${'*'.repeat(Math.max(0, this.accountNumber.length - 4))}${this.accountNumber.slice(-4)}`;
  }

  @Enum({ items: () => HolderType, type: 'text' })
  holderType!: HolderType;

  @Property({ type: 'uuid' })
  holderId!: string;

  @Field(() => String, { description: 'Holder name as the bank records it.' })
  @Property({ type: 'text' })
  holderName!: string;

  @Field(() => MoneyScalar, { nullable: true, description: 'Balance in đồng as last reported by the bank. Restricted and audited.' })
  @Property({ type: new BigIntType('bigint') })
  balance!: bigint;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the bank reported the balance.' })
  @Property({ type: 'timestamptz' })
  balanceAsOf!: Date;

  @Field(() => AccountStatus, { description: 'Account state as the bank reports it.' })
  @Enum({ items: () => AccountStatus, type: 'text' })
  status!: AccountStatus;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date the account was opened.' })
  @Property({ type: 'date' })
  openedOn!: string;
}
