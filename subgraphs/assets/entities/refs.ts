// Types owned by other subgraphs that this one extends or points at, by key only.
import { createUnionType, Directive, Field, ID, ObjectType } from 'type-graphql';
import { HolderType } from './enums';

@ObjectType('Person', { description: 'A person in the mirror of the national population register (công dân).' })
@Directive('@key(fields: "id")')
export class PersonRef {
  @Field(() => ID)
  id!: string;

  holderType?: HolderType;
}

@ObjectType('Organization', { description: 'An organization in the national business register (doanh nghiệp, tổ chức).' })
@Directive('@key(fields: "id")')
export class OrganizationRef {
  @Field(() => ID)
  id!: string;

  holderType?: HolderType;
}

@ObjectType('EnforcementCase', { description: 'A civil judgment enforcement case (hồ sơ thi hành án).' })
@Directive('@key(fields: "id")')
export class EnforcementCaseRef {
  @Field(() => ID)
  id!: string;
}

export type HolderValue = { id: string; holderType: HolderType };

export const Party = createUnionType({
  name: 'Party',
  description: 'A party to a case: a person or an organization.',
  types: () => [PersonRef, OrganizationRef] as const,
  resolveType: (value: PersonRef | OrganizationRef) => (value.holderType === HolderType.ORGANIZATION ? 'Organization' : 'Person'),
});
