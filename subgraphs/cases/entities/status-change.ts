import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar, LocalDateScalar } from '../../../shared/scalars';
import { CaseStatus } from './enums';

@ObjectType({ description: 'One step in the history of a case. History is appended to, never edited.' })
@Entity({ tableName: 'status_change' })
export class StatusChange {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  caseId!: string;

  @Field(() => Int, { description: 'Position in the case history, from 1.' })
  @Property({ type: 'integer' })
  sequence!: number;

  @Field(() => CaseStatus, { nullable: true, description: 'Status before the step; null for the first one.' })
  @Enum({ items: () => CaseStatus, type: 'text', nullable: true })
  fromStatus: CaseStatus | null = null;

  @Field(() => CaseStatus, { description: 'Status after the step.' })
  @Enum({ items: () => CaseStatus, type: 'text' })
  toStatus!: CaseStatus;

  @Field(() => DateTimeScalar, { description: 'When the step was recorded.' })
  @Property({ type: 'timestamptz' })
  at!: Date;

  @Field(() => LocalDateScalar, { description: 'Legal date of the step (Asia/Ho_Chi_Minh), which starts or meets deadlines.' })
  @Property({ type: 'date' })
  effectiveOn!: string;

  @Field(() => String, { nullable: true, description: 'Who took the step (staff user, partner or system). Staff only.' })
  @Property({ type: 'text' })
  actor!: string;

  @Field(() => String, { nullable: true, description: 'Reason given for the step.' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field(() => ID, { nullable: true, description: 'Id of the related document in the documents subgraph, if any.' })
  @Property({ type: 'uuid', nullable: true })
  documentId: string | null = null;
}
