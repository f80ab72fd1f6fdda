import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { checkPageSize, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../../shared/pagination';
import { EnforcementCase } from '../entities/enforcement-case';
import { OrganizationRef, PersonRef } from '../entities/party-refs';
import { PartyRole, PartyType } from '../entities/enums';
import { casesOfParty } from '../loaders';

const DESCRIPTION = `Enforcement cases naming this party that the caller may see, newest first (at most ${MAX_PAGE_SIZE}; use enforcementCases for more).`;

@Resolver(() => PersonRef)
export class PersonCasesResolver {
  @FieldResolver(() => [EnforcementCase], { nullable: true, description: DESCRIPTION })
  enforcementCases(
    @Root() person: PersonRef,
    @Arg('role', () => PartyRole, { nullable: true, description: 'Only cases where the person has this role.' }) role: PartyRole | null,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE }) first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<EnforcementCase[]> {
    return casesOfParty(ctx).load({ partyId: person.id, partyType: PartyType.PERSON, role: role ?? null, first: checkPageSize(first) });
  }
}

@Resolver(() => OrganizationRef)
export class OrganizationCasesResolver {
  @FieldResolver(() => [EnforcementCase], { nullable: true, description: DESCRIPTION })
  enforcementCases(
    @Root() organization: OrganizationRef,
    @Arg('role', () => PartyRole, { nullable: true, description: 'Only cases where the organization has this role.' }) role: PartyRole | null,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE }) first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<EnforcementCase[]> {
    return casesOfParty(ctx).load({ partyId: organization.id, partyType: PartyType.ORGANIZATION, role: role ?? null, first: checkPageSize(first) });
  }
}
