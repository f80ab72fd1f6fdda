import { Arg, Args, ArgsType, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { Connection, PageArgs, findPage, type Page } from '../../../shared/pagination';
import { badInput } from '../../../shared/errors';
import { scoped } from '../../../shared/db/scope-filter';
import { Organization } from '../entities/organization';
import { organizationById, organizationByTaxCode } from '../loaders';
import { organizationScope } from '../scope';
import { nameCondition } from './person-resolver';

@ObjectType({ description: 'A page of organizations.' })
export class OrganizationConnection extends Connection(Organization) {}

@ArgsType()
export class OrganizationSearchArgs extends PageArgs {
  @Field(() => String, { description: 'Part of the registered name; case and diacritics are ignored.' })
  name!: string;
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true, description: 'An organization by id.' })
  organization(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Organization | null> {
    return organizationById(ctx).load(id);
  }

  @Query(() => Organization, { nullable: true, description: 'An organization by tax code (10 digits, or 10-3 for a branch).' })
  organizationByTaxCode(@Arg('taxCode', () => String) taxCode: string, @Ctx() ctx: RequestContext): Promise<Organization | null> {
    const code = taxCode.trim();
    const match = /^([0-9]{10})-?([0-9]{3})?$/.exec(code);
    if (!match) throw badInput('taxCode', 'format', 'taxCode must be 10 digits, or 13 digits for a branch (0101234567-001)');
    return organizationByTaxCode(ctx).load(match[1] + (match[2] ?? ''));
  }

  @Query(() => OrganizationConnection, { description: 'Organizations whose name contains the given text, ignoring case and diacritics.' })
  searchOrganizations(@Args(() => OrganizationSearchArgs) args: OrganizationSearchArgs, @Ctx() ctx: RequestContext): Promise<Page<Organization>> {
    const where = { nameSearch: { $like: nameCondition(args.name) } };
    return findPage(ctx.em, Organization, scoped(where, organizationScope(ctx.principal)), [{ nameSearch: 'asc' }, { id: 'asc' }], args);
  }
}
