import { BigIntType, Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { MoneyScalar } from '../../../shared/scalars';
import { ObligationKind } from './enums';

@ObjectType({ description: 'One obligation the judgment imposes, with what has been paid against it.' })
@Entity({ tableName: 'obligation' })
export class Obligation {
  [OptionalProps]?: 'met' | 'amountPaid' | 'jointLiability';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  caseId!: string;

  @Field(() => ObligationKind, { description: 'What the debtor must do.' })
  @Enum({ items: () => ObligationKind, type: 'text' })
  kind!: ObligationKind;

  @Field(() => String, { description: 'The obligation as the judgment words it.' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => MoneyScalar, { nullable: true, description: 'Amount due in đồng; null for obligations that are not money.' })
  @Property({ type: new BigIntType('bigint'), nullable: true })
  amountDue: bigint | null = null;

  @Field(() => MoneyScalar, { description: 'Amount paid so far in đồng.' })
  @Property({ type: new BigIntType('bigint') })
  amountPaid: bigint = 0n;

  /** The debtor party (case_party id) who owes it. */
  @Property({ type: 'uuid' })
  debtorPartyId!: string;

  /** The creditor party (case_party id) it is owed to; null when owed to the State (court fees, fines). */
  @Property({ type: 'uuid', nullable: true })
  creditorPartyId: string | null = null;

  @Field(() => Boolean, { description: 'True when several debtors are jointly liable for it (liên đới).' })
  @Property({ type: 'boolean' })
  jointLiability: boolean = false;

  @Property({ type: 'integer' })
  position!: number;

  @Field(() => Boolean, { description: 'True when the obligation has been met in full.' })
  get met(): boolean {
    return this.amountDue !== null && this.amountPaid >= this.amountDue;
  }
}
