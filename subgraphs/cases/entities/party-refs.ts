// Person and Organization belong to the persons subgraph; this subgraph only adds each one's enforcement cases and
// points at them from cases (as the Party union), by id.
import { createUnionType, Directive, Field, ID, ObjectType } from 'type-graphql';
import { PartyType } from './enums';

@ObjectType('Person', { description: 'A person in the mirror of the national population register (công dân).' })
@Directive('@key(fields: "id")')
export class PersonRef {
  @Field(() => ID)
  id!: string;

  partyType?: PartyType;
}

@ObjectType('Organization', { description: 'An organization in the national business register (doanh nghiệp, tổ chức).' })
@Directive('@key(fields: "id")')
export class OrganizationRef {
  @Field(() => ID)
  id!: string;

  partyType?: PartyType;
}

export type PartyValue = { id: string; partyType: PartyType };

export const Party = createUnionType({
  name: 'Party',
  description: 'A party to a case: a person or an organization.',
  types: () => [PersonRef, OrganizationRef] as const,
  resolveType: (value: PersonRef | OrganizationRef) => (value.partyType === PartyType.ORGANIZATION ? 'Organization' : 'Person'),
});
