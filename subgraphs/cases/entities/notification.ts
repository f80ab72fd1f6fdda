import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../../../shared/scalars';

export enum NotificationChannel {
  E_ID = 'E_ID',
  SMS = 'SMS',
  POST = 'POST',
}
registerEnumType(NotificationChannel, {
  name: 'NotificationChannel',
  description: 'How a party wants to be notified.',
  valuesConfig: {
    E_ID: { description: 'In the national e-ID app (VNeID).' },
    SMS: { description: 'By text message.' },
    POST: { description: 'By letter.' },
  },
});

@ObjectType({ description: 'A notification to a party of a case: a status change or a deadline.' })
@Entity({ tableName: 'notification' })
export class Notification {
  [OptionalProps]?: 'createdAt' | 'status' | 'deliveries' | 'deliveredAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  caseId!: string;

  @Property({ type: 'text' })
  partyIdentifier!: string;

  @Field(() => NotificationChannel)
  @Enum({ items: () => NotificationChannel, type: 'text' })
  channel!: NotificationChannel;

  @Field(() => String, { description: 'What happened: STATUS_CHANGED, DEADLINE, CASE_OPENED.' })
  @Property({ type: 'text' })
  kind!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  body!: string;

  @Field(() => DateTimeScalar)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => String, { description: 'PENDING until the delivery worker has sent it, then DELIVERED.' })
  @Property({ type: 'text' })
  status: string = 'PENDING';

  /** How many times the adapter sent it: 1 when delivered exactly once. */
  @Property({ type: 'integer' })
  deliveries: number = 0;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null = null;
}

@Entity({ tableName: 'party_contact' })
export class PartyContact {
  @PrimaryKey({ type: 'text' })
  identifier!: string;

  @Enum({ items: () => NotificationChannel, type: 'text' })
  channel!: NotificationChannel;

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}
