import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar, LocalDateScalar } from '../../../shared/scalars';

export enum DeliveryStatus {
  HANDED_OVER = 'HANDED_OVER',
  IN_TRANSIT = 'IN_TRANSIT',
  DELIVERED = 'DELIVERED',
  REFUSED = 'REFUSED',
  ADDRESS_UNKNOWN = 'ADDRESS_UNKNOWN',
}
registerEnumType(DeliveryStatus, {
  name: 'DeliveryStatus',
  description: 'Where a document handed to the post is.',
  valuesConfig: {
    HANDED_OVER: { description: 'Handed to the post by the agency.' },
    IN_TRANSIT: { description: 'On its way.' },
    DELIVERED: { description: 'Delivered to the recipient (the date starts legal periods).' },
    REFUSED: { description: 'The recipient refused it.' },
    ADDRESS_UNKNOWN: { description: 'No such address, or the recipient is not known there.' },
  },
});

@ObjectType({ description: 'A document handed to the post for serving on a party, with its tracking number.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'postal_delivery' })
export class PostalDelivery {
  [OptionalProps]?: 'version' | 'handedOverAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  documentId!: string;

  @Property({ type: 'uuid', nullable: true })
  caseId: string | null = null;

  @Field(() => String, { description: 'Tracking number (UPU S10), e.g. "RR123456785VN".' })
  @Property({ type: 'text' })
  trackingNumber!: string;

  @Field(() => String, { nullable: true, description: 'Who to deliver to. Restricted to the post and the case’s staff.' })
  @Property({ type: 'text' })
  recipientName!: string;

  @Field(() => String, { nullable: true, description: 'Where to deliver. Restricted to the post and the case’s staff.' })
  @Property({ type: 'text' })
  recipientAddress!: string;

  @Property({ type: 'text', nullable: true })
  recipientIdentifier: string | null = null;

  @Field(() => DeliveryStatus)
  @Enum({ items: () => DeliveryStatus, type: 'text' })
  status!: DeliveryStatus;

  @Field(() => DateTimeScalar)
  @Property({ type: 'timestamptz' })
  handedOverAt: Date = new Date();

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date of the last status (e.g. the delivery date).' })
  @Property({ type: 'date', nullable: true })
  statusOn: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version: number = 1;
}

@ObjectType({ description: 'One step of a postal delivery.' })
@Entity({ tableName: 'postal_delivery_event' })
export class PostalDeliveryEvent {
  [OptionalProps]?: 'at';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  deliveryId!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  fromStatus: string | null = null;

  @Field(() => String)
  @Property({ type: 'text' })
  toStatus!: string;

  @Field(() => LocalDateScalar)
  @Property({ type: 'date' })
  occurredOn!: string;

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
