import { Arg, Args, ArgsType, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { RequestContext } from '../../../shared/server/context';
import { Connection, PageArgs, findPage, type Page } from '../../../shared/pagination';
import { badInput } from '../../../shared/errors';
import { escapeLike } from '../../../shared/ids';
import { scoped } from '../../../shared/db/scope-filter';
import { normalizeForSearch } from '../../../shared/vn/normalize-name';
import { findProvince } from '../../../shared/vn/provinces';
import { Person } from '../entities/person';
import { personById, personByNationalId } from '../loaders';
import { personScope } from '../scope';

@ObjectType({ description: 'A page of persons.' })
export class PersonConnection extends Connection(Person) {}

@ArgsType()
export class PersonSearchArgs extends PageArgs {
  @Field(() => String, { description: 'Part of the full name; case and diacritics are ignored ("nguyen van a" finds "Nguyễn Văn A").' })
  name!: string;

  @Field(() => Int, { nullable: true, description: 'Only persons born in this year.' })
  birthYear?: number | null;

  @Field(() => String, { nullable: true, description: 'Only persons whose permanent residence is in this province (2-digit code, e.g. "01").' })
  provinceCode?: string | null;
}

/** The search condition shared by people and organizations: a normalized substring, served by a trigram index. */
export function nameCondition(name: string): string {
  const normalized = normalizeForSearch(name);
  if ((normalized.match(/[\p{L}\p{N}]/gu) ?? []).length < 2) throw badInput('name', 'minLength', 'name must contain at least 2 letters or digits');
  if (normalized.length > 200) throw badInput('name', 'maxLength', 'name must be at most 200 characters');
  return `%${escapeLike(normalized)}%`;
}

export function checkProvinceCode(code: string | null | undefined, field = 'provinceCode'): void {
  if (code != null && !findProvince(code)) throw badInput(field, 'province', `${field} "${code}" is not one of the 34 province codes`);
}

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: 'A person by id; null when there is none the caller may see.' })
  person(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Person | null> {
    return personById(ctx).load(id);
  }

  @Query(() => Person, {
    nullable: true,
    description: 'A person by national ID (12-digit CCCD; a 9-digit old CMND also works); null when there is none the caller may see.',
  })
  async personByNationalId(@Arg('nationalId', () => String) nationalId: string, @Ctx() ctx: RequestContext): Promise<Person | null> {
    const digits = nationalId.trim();
    if (/^[0-9]{12}$/.test(digits)) return personByNationalId(ctx).load(digits);
    if (/^[0-9]{9}$/.test(digits)) {
      return ctx.em.findOne(Person, scoped({ oldIdNumber: digits }, personScope(ctx.principal)));
    }
    throw badInput('nationalId', 'format', 'nationalId must be 12 digits (CCCD) or 9 digits (old CMND)');
  }

  @Query(() => PersonConnection, { description: 'Persons whose name contains the given text, ignoring case and diacritics, by name.' })
  searchPersons(@Args(() => PersonSearchArgs) args: PersonSearchArgs, @Ctx() ctx: RequestContext): Promise<Page<Person>> {
    const where: FilterQuery<Person> = { nameSearch: { $like: nameCondition(args.name) } };
    if (args.birthYear != null) {
      if (!Number.isInteger(args.birthYear) || args.birthYear < 1900 || args.birthYear > 2100) {
        throw badInput('birthYear', 'range', 'birthYear must be a year between 1900 and 2100');
      }
      where.dateOfBirth = { $gte: `${args.birthYear}-01-01`, $lte: `${args.birthYear}-12-31` };
    }
    checkProvinceCode(args.provinceCode);
    if (args.provinceCode) where.permanentAddress = { provinceCode: args.provinceCode };
    return findPage(ctx.em, Person, scoped(where, personScope(ctx.principal)), [{ nameSearch: 'asc' }, { id: 'asc' }], args);
  }
}
