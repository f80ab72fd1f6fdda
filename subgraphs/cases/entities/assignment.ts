import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../../shared/scalars';

@ObjectType({ description: 'How an officer compared when a case was allocated.' })
export class AllocationCandidate {
  @Field(() => ID)
  officerId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Float, { description: 'Weighted workload: each open case counts by its amount and stage.' })
  workload!: number;

  @Field(() => Int)
  openCases!: number;

  @Field(() => Boolean, { description: 'True when the officer handles this type of case.' })
  handlesCaseType!: boolean;

  @Field(() => String, { nullable: true, description: 'Why the officer could not take the case, if excluded.' })
  excluded!: string | null;
}

@ObjectType({ description: 'An assignment of a case to an officer, automatic or by the head of the agency, with its reasons.' })
@Entity({ tableName: 'assignment' })
export class Assignment {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  caseId!: string;

  @Property({ type: 'uuid' })
  officerId!: string;

  @Field(() => DateTimeScalar)
  @Property({ type: 'timestamptz' })
  assignedAt: Date = new Date();

  @Field(() => String, { description: '"system" for automatic allocation, else the head who reassigned.' })
  @Property({ type: 'text' })
  assignedBy!: string;

  @Field(() => String, { description: 'Why this officer.' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => [AllocationCandidate], { description: 'Every officer considered, with their figures (automatic allocation).' })
  @Property({ type: 'json' })
  candidates: AllocationCandidate[] = [];
}

@Entity({ tableName: 'officer_conflict' })
export class OfficerConflict {
  @PrimaryKey({ type: 'uuid' })
  officerId!: string;

  @PrimaryKey({ type: 'text' })
  partyIdentifier!: string;

  @Property({ type: 'text' })
  reason!: string;
}
