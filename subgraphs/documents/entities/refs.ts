import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType('EnforcementCase', { description: 'A civil judgment enforcement case (hồ sơ thi hành án).' })
@Directive('@key(fields: "id")')
export class EnforcementCaseRef {
  @Field(() => ID)
  id!: string;
}
