import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { scopeDefinition } from '../../../shared/auth/scopes';
import { Partner } from '../entities/partner';
import { ApiKey } from '../entities/api-key';

@ObjectType({ description: 'A scope held by the caller and what it unlocks.' })
export class ScopeGrant {
  @Field(() => String)
  scope!: string;

  @Field(() => String)
  description!: string;
}

@ObjectType({ description: 'Who the graph takes the caller to be, and what the caller may do.' })
export class Viewer {
  @Field(() => String, { description: 'ANONYMOUS, STAFF, CITIZEN or PARTNER.' })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'Display name of the signed-in person or partner.' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'Staff role: OFFICER, HEAD, AUDITOR or ADMIN.' })
  role!: string | null;

  @Field(() => String, { nullable: true, description: 'Enforcement agency of a staff member.' })
  agencyId!: string | null;

  @Field(() => String, { nullable: true, description: 'Officer id of a staff member who handles cases.' })
  officerId!: string | null;

  @Field(() => Partner, { nullable: true, description: 'The partner agency, for an API key.' })
  partner!: Partner | null;

  @Field(() => ApiKey, { nullable: true, description: 'The API key used, for a partner.' })
  apiKey!: ApiKey | null;

  @Field(() => [ScopeGrant], { description: "The key's scopes and what each unlocks (partners); empty otherwise." })
  scopes!: ScopeGrant[];
}

@Resolver(() => Viewer)
export class ViewerResolver {
  @Query(() => Viewer, { description: 'The caller as the graph sees it: anonymous, staff, citizen or partner, with its scopes.' })
  async viewer(@Ctx() ctx: RequestContext): Promise<Viewer> {
    const p = ctx.principal;
    const base: Viewer = { kind: p.kind, name: null, role: null, agencyId: null, officerId: null, partner: null, apiKey: null, scopes: [] };
    switch (p.kind) {
      case 'STAFF':
        return { ...base, name: p.name, role: p.role, agencyId: p.agencyId, officerId: p.officerId };
      case 'CITIZEN':
        return { ...base, name: p.name };
      case 'PARTNER':
        return {
          ...base,
          name: p.partnerName,
          partner: await ctx.em.findOne(Partner, { id: p.partnerId }),
          apiKey: await ctx.em.findOne(ApiKey, { keyId: p.keyId }),
          scopes: p.scopes.map((scope) => ({ scope, description: scopeDefinition(scope)?.description ?? '' })),
        };
      default:
        return base;
    }
  }
}
