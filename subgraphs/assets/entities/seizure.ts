import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../../shared/scalars';
import { SeizureStatus } from './enums';

@ObjectType({ description: 'A seizure of a land parcel for a case: the land registry suspends transfer registration.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'seizure' })
export class Seizure {
  [OptionalProps]?: 'version';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  caseId!: string;

  @Property({ type: 'uuid' })
  parcelId!: string;

  /** Province of the land registry office the request is addressed to. */
  @Field(() => String, { description: '2-digit code of the province whose land registry the request is addressed to.' })
  @Property({ type: 'text' })
  provinceCode!: string;

  @Field(() => SeizureStatus, { description: 'Stage of the seizure.' })
  @Enum({ items: () => SeizureStatus, type: 'text' })
  status!: SeizureStatus;

  @Field(() => DateTimeScalar, { description: 'When the officer registered the seizure.' })
  @Property({ type: 'timestamptz' })
  requestedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the land registry answered.' })
  @Property({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Reason the land registry gave for a rejection.' })
  @Property({ type: 'text', nullable: true })
  rejectionReason: string | null = null;

  @Field(() => Int, { description: 'Version for optimistic concurrency.' })
  @Property({ type: 'integer', version: true })
  version: number = 1;
}
