import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../../shared/scalars';

@ObjectType({ description: 'One entry of the consolidated audit trail: a read of personal data or a change.' })
@Entity({ tableName: 'audit_record' })
export class AuditRecord {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => DateTimeScalar, { description: 'When it happened, in the subgraph that owns the data.' })
  @Property({ type: 'timestamptz' })
  occurredAt!: Date;

  @Field(() => String, { description: 'Subgraph that owns the data.' })
  @Property({ type: 'text' })
  subgraph!: string;

  @Field(() => String, { description: 'Request id, the same in every subgraph and in the logs.' })
  @Property({ type: 'text' })
  requestId!: string;

  @Field(() => String, { description: 'Who: staff:<subject>, citizen:<subject>, partner:<partner>:key:<key id>.' })
  @Property({ type: 'text' })
  principal!: string;

  @Field(() => String, { description: 'Kind of principal: STAFF, CITIZEN, PARTNER.' })
  @Property({ type: 'text' })
  principalKind!: string;

  @Field(() => String, { nullable: true, description: 'Agency of the principal (enforcement agency or partner).' })
  @Property({ type: 'text', nullable: true })
  agency: string | null = null;

  @Field(() => String, { nullable: true, description: 'GraphQL operation name, when the client gave one.' })
  @Property({ type: 'text', nullable: true })
  operation: string | null = null;

  @Field(() => String, { description: 'READ or MUTATION.' })
  @Property({ type: 'text' })
  action!: string;

  @Field(() => String, { description: 'Type of the entity read or changed, e.g. Person.' })
  @Property({ type: 'text' })
  entityType!: string;

  @Field(() => ID, { description: 'Id of the entity read or changed.' })
  @Property({ type: 'text' })
  entityId!: string;

  @Field(() => [String], { description: 'Fields read or changed.' })
  @Property({ type: 'text[]' })
  fields!: string[];
}
