import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { PARTNER_TYPES, type PartnerType } from '../../../shared/auth/principal';

export const PartnerTypeEnum = Object.fromEntries(PARTNER_TYPES.map((t) => [t, t])) as Record<PartnerType, PartnerType>;
registerEnumType(PartnerTypeEnum, {
  name: 'PartnerType',
  description: 'Kind of partner agency.',
  valuesConfig: {
    COURT: { description: 'A court (tòa án) sending judgments and reading case status.' },
    POLICE: { description: 'The police, for identity checks (công an).' },
    BANK: { description: 'A bank answering freeze orders for its own accounts.' },
    LAND_REGISTRY: { description: 'A provincial land registry office (văn phòng đăng ký đất đai).' },
    POST: { description: 'The postal service delivering documents (bưu điện).' },
  },
});

@ObjectType({ description: 'A partner agency that calls the graph with API keys.' })
@Entity({ tableName: 'partner' })
export class Partner {
  @Field(() => ID, { description: 'Partner id, e.g. "bank-vcb".' })
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => PartnerTypeEnum)
  @Enum({ items: () => PARTNER_TYPES as unknown as string[], type: 'text' })
  type!: PartnerType;

  @Field(() => String, { nullable: true, description: 'For a bank: the bank it speaks for (short code).' })
  @Property({ type: 'text', nullable: true })
  bankCode: string | null = null;

  @Field(() => String, { nullable: true, description: 'For a court: its court code.' })
  @Property({ type: 'text', nullable: true })
  courtCode: string | null = null;

  @Field(() => String, { nullable: true, description: 'For a land registry: the province it serves (2-digit code).' })
  @Property({ type: 'text', nullable: true })
  provinceCode: string | null = null;
}
