import { BigIntType, Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar, LocalDateScalar, MoneyScalar } from '../../../shared/scalars';
import { CaseStatus, CaseType, Initiation } from './enums';

@ObjectType({ description: 'A civil judgment enforcement case (hồ sơ thi hành án).' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'enforcement_case' })
export class EnforcementCase {
  [OptionalProps]?: 'amountOutstanding' | 'version' | 'createdAt' | 'updatedAt' | 'decisionNumber' | 'officerId' | 'decisionOn';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => String, { description: 'Case number on the platform: agency province, year and sequence, e.g. "01-2025-000123".' })
  @Property({ type: 'text', unique: true })
  number!: string;

  @Field(() => String, { nullable: true, description: 'Number of the enforcement decision (quyết định thi hành án), e.g. "123/QĐ-THADS".' })
  @Property({ type: 'text', nullable: true })
  decisionNumber: string | null = null;

  @Property({ type: 'text' })
  agencyId!: string;

  @Property({ type: 'uuid', nullable: true })
  officerId: string | null = null;

  @Field(() => CaseStatus, { description: 'Current stage.' })
  @Enum({ items: () => CaseStatus, type: 'text' })
  status!: CaseStatus;

  @Field(() => CaseType, { description: 'Kind of judgment enforced.' })
  @Enum({ items: () => CaseType, type: 'text' })
  caseType!: CaseType;

  @Field(() => Initiation, { description: 'On request of a party or on the agency’s own initiative.' })
  @Enum({ items: () => Initiation, type: 'text' })
  initiation!: Initiation;

  @Field(() => String, { description: 'Number of the judgment or decision enforced, e.g. "123/2025/DS-PT".' })
  @Property({ type: 'text' })
  judgmentNumber!: string;

  @Field(() => String, { description: 'Code of the court that issued the judgment.' })
  @Property({ type: 'text' })
  courtCode!: string;

  @Field(() => String, { description: 'Name of the court that issued the judgment.' })
  @Property({ type: 'text' })
  courtName!: string;

  @Field(() => LocalDateScalar, { description: 'Date of the judgment.' })
  @Property({ type: 'date' })
  judgmentDate!: string;

  @Field(() => LocalDateScalar, { description: 'Date the request or judgment was received by the agency.' })
  @Property({ type: 'date' })
  receivedOn!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date of the enforcement decision.' })
  @Property({ type: 'date', nullable: true })
  decisionOn: string | null = null;

  @Field(() => MoneyScalar, { description: 'Total of the money obligations, in đồng.' })
  @Property({ type: new BigIntType('bigint') })
  amountDue!: bigint;

  @Field(() => MoneyScalar, { description: 'Total collected so far, in đồng.' })
  @Property({ type: new BigIntType('bigint') })
  amountCollected!: bigint;

  @Field(() => MoneyScalar, { description: 'Still to collect: amountDue minus amountCollected, in đồng.' })
  get amountOutstanding(): bigint {
    return this.amountDue - this.amountCollected;
  }

  @Field(() => ID, { nullable: true, description: 'The judgment in the documents subgraph, when a court submitted it.' })
  @Property({ type: 'uuid', nullable: true })
  judgmentDocumentId: string | null = null;

  /** When the parties received the notice (reported by the post), which starts the voluntary period. */
  @Property({ type: 'date', nullable: true })
  noticeDeliveredOn: string | null = null;

  /** Stage and due date of the next statutory deadline (recomputed on every event), for monitoring queries. */
  @Property({ type: 'text', nullable: true })
  nextDeadlineStage: string | null = null;

  @Property({ type: 'date', nullable: true })
  nextDueOn: string | null = null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date the finding of no conditions to enforce was published, if it was.' })
  @Property({ type: 'date', nullable: true })
  publishedOn: string | null = null;

  /** The stage a postponed or suspended case resumes into. */
  @Enum({ items: () => CaseStatus, type: 'text', nullable: true })
  statusBeforePause: CaseStatus | null = null;

  @Field(() => Int, { description: 'Version for optimistic concurrency: pass it back with an update; a stale one is refused with CONFLICT.' })
  @Property({ type: 'integer', version: true })
  version: number = 1;

  @Field(() => DateTimeScalar, { description: 'When the case was opened on the platform.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => DateTimeScalar, { description: 'When the case last changed.' })
  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
