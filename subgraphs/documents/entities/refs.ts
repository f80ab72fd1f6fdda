import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType('EnforcementCase', { description: 'A civil judgment enforcement case (hồ sơ thi hành án).' })
@Directive('@key(fields: "id")')
export class EnforcementCaseRef {
  @Field(() => ID)
  id!: string;
}

/** A person named in a judgment, found in the persons subgraph by national ID. */
@ObjectType('Person', { description: 'A person in the mirror of the national population register (công dân).' })
@Directive('@key(fields: "nationalId", resolvable: false)')
export class PersonByNationalId {
  @Field(() => String, { nullable: true })
  nationalId!: string;
}

/** An organization named in a judgment, found in the persons subgraph by tax code. */
@ObjectType('Organization', { description: 'An organization in the national business register (doanh nghiệp, tổ chức).' })
@Directive('@key(fields: "taxCode", resolvable: false)')
export class OrganizationByTaxCode {
  @Field(() => String)
  taxCode!: string;
}
