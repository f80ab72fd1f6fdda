import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { OfficerRole, CaseType } from './enums';

@ObjectType({ description: 'A staff member of an enforcement agency who handles cases.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'officer' })
export class Officer {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  agencyId!: string;

  @Field(() => String, { description: 'Full name, as printed on decisions the officer signs.' })
  @Property({ type: 'text' })
  fullName!: string;

  @Field(() => String, { description: 'Official title, e.g. "Chấp hành viên trung cấp".' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => OfficerRole, { description: 'Officer or head of agency.' })
  @Enum({ items: () => OfficerRole, type: 'text' })
  role!: OfficerRole;

  @Field(() => String, { nullable: true, description: 'Work e-mail address. Visible to staff only.' })
  @Property({ type: 'text' })
  email!: string;

  @Field(() => Boolean, { nullable: true, description: 'False for officers who no longer take cases. Staff only.' })
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Field(() => [CaseType], { nullable: true, description: 'Case types the officer handles; allocation prefers officers of the case type. Staff only.' })
  @Property({ type: 'text[]' })
  caseTypes: CaseType[] = [];
}
