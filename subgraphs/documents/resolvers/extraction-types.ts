// How extraction proposals and confirmations look in the graph: every proposed field with its confidence and the span
// of the original text it came from.
import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar, LocalDateScalar, MoneyScalar } from '../../../shared/scalars';
import { OrganizationByTaxCode, PersonByNationalId } from '../entities/refs';

@ObjectType({ description: 'A stretch of the original text: UTF-16 offsets [start, end) and the text itself.' })
export class TextSpan {
  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;

  @Field(() => String)
  text!: string;
}

@ObjectType({ description: 'A proposed value, how sure extraction is of it (0 to 1), and where in the text it was found.' })
export class ExtractedValue {
  @Field(() => String, { description: 'The value as text (amounts as whole đồng, dates as YYYY-MM-DD).' })
  value!: string;

  @Field(() => Float)
  confidence!: number;

  @Field(() => TextSpan, { nullable: true })
  span!: TextSpan | null;
}

@ObjectType({ description: 'A party proposed by extraction.' })
export class ExtractedParty {
  @Field(() => String, { description: 'p1, p2, …: how obligations refer to the party.' })
  key!: string;

  @Field(() => String, { description: 'PERSON or ORGANIZATION.' })
  kind!: string;

  @Field(() => ExtractedValue, { description: 'PLAINTIFF (nguyên đơn, bị hại), DEFENDANT (bị đơn, bị cáo) or RELATED_PARTY.' })
  role!: ExtractedValue;

  @Field(() => ExtractedValue)
  name!: ExtractedValue;

  @Field(() => ExtractedValue, { nullable: true, description: '12-digit CCCD or 9-digit CMND.' })
  nationalId!: ExtractedValue | null;

  @Field(() => ExtractedValue, { nullable: true })
  taxCode!: ExtractedValue | null;

  @Field(() => ExtractedValue, { nullable: true })
  birthYear!: ExtractedValue | null;

  @Field(() => ExtractedValue, { nullable: true })
  address!: ExtractedValue | null;

  @Field(() => ExtractedValue, { nullable: true, description: 'Legal or authorised representative of an organization.' })
  representative!: ExtractedValue | null;

  @Field(() => PersonByNationalId, { nullable: true, description: 'The person with this national ID in the population register, if found.' })
  person!: PersonByNationalId | null;

  @Field(() => OrganizationByTaxCode, { nullable: true, description: 'The organization with this tax code in the business register, if found.' })
  organization!: OrganizationByTaxCode | null;
}

@ObjectType({ description: 'An obligation proposed by extraction.' })
export class ExtractedObligation {
  @Field(() => String, { description: 'PAY_MONEY, COURT_FEE, HAND_OVER_PROPERTY or OTHER.' })
  kind!: string;

  @Field(() => [String])
  debtorKeys!: string[];

  @Field(() => [String])
  creditorKeys!: string[];

  @Field(() => ExtractedValue, { nullable: true, description: 'Amount in whole đồng.' })
  amount!: ExtractedValue | null;

  @Field(() => Boolean)
  jointLiability!: boolean;

  @Field(() => ExtractedValue)
  description!: ExtractedValue;
}

@ObjectType({ description: 'What extraction proposes from a judgment’s text, for an officer to confirm or correct.' })
export class JudgmentExtraction {
  @Field(() => ExtractedValue, { nullable: true })
  judgmentNumber!: ExtractedValue | null;

  @Field(() => ExtractedValue, { nullable: true, description: 'DS, HNGĐ, KDTM, LĐ, HC or HS.' })
  caseType!: ExtractedValue | null;

  @Field(() => ExtractedValue, { nullable: true, description: 'FIRST_INSTANCE or APPEAL.' })
  level!: ExtractedValue | null;

  @Field(() => ExtractedValue, { nullable: true })
  court!: ExtractedValue | null;

  @Field(() => ExtractedValue, { nullable: true })
  issuedOn!: ExtractedValue | null;

  @Field(() => [ExtractedParty])
  parties!: ExtractedParty[];

  @Field(() => [ExtractedObligation])
  obligations!: ExtractedObligation[];
}

@InputType('ConfirmedPartyInput', { description: 'A party as the officer confirms it.' })
@ObjectType('ConfirmedParty', { description: 'A party as an officer confirmed it.' })
export class ConfirmedParty {
  @Field(() => String)
  key!: string;

  @Field(() => String, { description: 'PLAINTIFF, DEFENDANT or RELATED_PARTY.' })
  role!: 'PLAINTIFF' | 'DEFENDANT' | 'RELATED_PARTY';

  @Field(() => String, { description: 'PERSON or ORGANIZATION.' })
  kind!: 'PERSON' | 'ORGANIZATION';

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  nationalId?: string | null;

  @Field(() => String, { nullable: true })
  taxCode?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;
}

@InputType('ConfirmedObligationInput', { description: 'An obligation as the officer confirms it.' })
@ObjectType('ConfirmedObligation', { description: 'An obligation as an officer confirmed it.' })
export class ConfirmedObligation {
  @Field(() => String, { description: 'PAY_MONEY, COURT_FEE, HAND_OVER_PROPERTY or OTHER.' })
  kind!: 'PAY_MONEY' | 'COURT_FEE' | 'HAND_OVER_PROPERTY' | 'OTHER';

  @Field(() => [String])
  debtorKeys!: string[];

  @Field(() => [String])
  creditorKeys!: string[];

  @Field(() => MoneyScalar, { nullable: true })
  amount?: bigint | null;

  @Field(() => Boolean)
  jointLiability!: boolean;

  @Field(() => String)
  description!: string;
}

@ObjectType({ description: 'The fields of a judgment as an officer confirmed them: what opens the case.' })
export class ConfirmedJudgment {
  @Field(() => String)
  judgmentNumber!: string;

  @Field(() => String)
  caseType!: string;

  @Field(() => String)
  court!: string;

  @Field(() => LocalDateScalar)
  issuedOn!: string;

  @Field(() => [ConfirmedParty])
  parties!: ConfirmedParty[];

  @Field(() => [ConfirmedObligation])
  obligations!: ConfirmedObligation[];

  @Field(() => String)
  confirmedBy!: string;

  @Field(() => DateTimeScalar)
  confirmedAt!: Date;
}

@InputType({ description: 'The officer’s confirmed (or corrected) version of an extraction.' })
export class ConfirmExtractionInput {
  @Field(() => String)
  documentId!: string;

  @Field(() => String)
  judgmentNumber!: string;

  @Field(() => String)
  caseType!: string;

  @Field(() => String)
  court!: string;

  @Field(() => LocalDateScalar)
  issuedOn!: string;

  @Field(() => [ConfirmedParty])
  parties!: ConfirmedParty[];

  @Field(() => [ConfirmedObligation])
  obligations!: ConfirmedObligation[];

  @Field(() => String, { description: 'Idempotency key: retrying with the same key and input returns the first result.' })
  idempotencyKey!: string;
}
