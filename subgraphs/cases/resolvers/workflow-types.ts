// GraphQL inputs and results of the workflow mutations.
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar, MoneyScalar } from '../../../shared/scalars';
import { CaseType, Initiation, ObligationKind, PartyRole, PartyType } from '../entities/enums';
import { EnforcementCase } from '../entities/enforcement-case';
import { StatusChange } from '../entities/status-change';
import { Payment, PaymentMethod } from '../entities/payment';

const IDEMPOTENCY = 'A key you choose (8–128 letters, digits, . _ : -), unique per request: retrying with the same key and input returns the first result instead of acting twice.';

@InputType({ description: 'A step of the workflow on one case.' })
export class CaseStepInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Int, { description: 'The case version you last read: if the case changed since, the step is refused with CONFLICT.' })
  expectedVersion!: number;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Legal date of the step (default: today in Vietnam).' })
  effectiveOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Reason for the step; required to postpone, suspend, terminate or find no conditions.' })
  reason?: string | null;

  @Field(() => ID, { nullable: true, description: 'The document that records the step (in the documents subgraph), if any.' })
  documentId?: string | null;

  @Field(() => String, { description: IDEMPOTENCY })
  idempotencyKey!: string;
}

@InputType({ description: 'Issuing the enforcement decision.' })
export class IssueDecisionInput extends CaseStepInput {
  @Field(() => String, { description: 'Number of the decision, e.g. "123/QĐ-THADS".' })
  decisionNumber!: string;
}

@ObjectType({ description: 'The case after a step, and the history entry the step added.' })
export class CaseStepResult {
  @Field(() => EnforcementCase)
  enforcementCase!: EnforcementCase;

  @Field(() => StatusChange)
  change!: StatusChange;
}

@InputType({ description: 'A party named in the judgment: a person or organization of the persons subgraph.' })
export class OpenCasePartyInput {
  @Field(() => PartyRole)
  role!: PartyRole;

  @Field(() => PartyType)
  partyType!: PartyType;

  @Field(() => ID, { description: 'The Person or Organization id (e.g. from personByNationalId).' })
  partyId!: string;

  @Field(() => String, { description: 'National ID (12 digits) for a person, tax code for an organization, as in the judgment.' })
  identifier!: string;
}

@InputType({ description: 'An obligation imposed by the judgment.' })
export class OpenCaseObligationInput {
  @Field(() => ObligationKind)
  kind!: ObligationKind;

  @Field(() => String)
  description!: string;

  @Field(() => MoneyScalar, { nullable: true, description: 'Amount in đồng, for money obligations.' })
  amountDue?: bigint | null;

  @Field(() => Int, { description: 'Index in `parties` of the debtor who owes it.' })
  debtor!: number;

  @Field(() => Int, { nullable: true, description: 'Index in `parties` of the creditor; empty for court fees and fines owed to the State.' })
  creditor?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'True when several debtors are jointly liable (liên đới).' })
  jointLiability?: boolean | null;
}

@InputType({ description: 'A new enforcement case, from a judgment.' })
export class OpenCaseInput {
  @Field(() => CaseType)
  caseType!: CaseType;

  @Field(() => Initiation)
  initiation!: Initiation;

  @Field(() => String, { description: 'Number of the judgment, e.g. "123/2025/DS-PT".' })
  judgmentNumber!: string;

  @Field(() => String)
  courtCode!: string;

  @Field(() => String)
  courtName!: string;

  @Field(() => LocalDateScalar)
  judgmentDate!: string;

  @Field(() => LocalDateScalar, { description: 'Date the request or judgment was received.' })
  receivedOn!: string;

  @Field(() => ID, { nullable: true, description: 'The judgment in the documents subgraph, when the court submitted it.' })
  judgmentDocumentId?: string | null;

  @Field(() => [OpenCasePartyInput])
  parties!: OpenCasePartyInput[];

  @Field(() => [OpenCaseObligationInput])
  obligations!: OpenCaseObligationInput[];

  @Field(() => String, { description: IDEMPOTENCY })
  idempotencyKey!: string;
}

@InputType({ description: 'Money received against an obligation.' })
export class RecordPaymentInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ID)
  obligationId!: string;

  @Field(() => MoneyScalar, { description: 'Amount received, in đồng; at most what is still owed on the obligation.' })
  amount!: bigint;

  @Field(() => LocalDateScalar)
  paidOn!: string;

  @Field(() => PaymentMethod)
  method!: PaymentMethod;

  @Field(() => String, { nullable: true })
  reference?: string | null;

  @Field(() => String, { description: IDEMPOTENCY })
  idempotencyKey!: string;
}

@ObjectType({ description: 'The case after a payment, and the payment recorded.' })
export class PaymentResult {
  @Field(() => EnforcementCase)
  enforcementCase!: EnforcementCase;

  @Field(() => Payment)
  payment!: Payment;
}

@InputType({ description: 'Giving a case to another officer of the agency (heads only).' })
export class ReassignCaseInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => ID)
  officerId!: string;

  @Field(() => String)
  reason!: string;

  @Field(() => String, { description: IDEMPOTENCY })
  idempotencyKey!: string;
}
