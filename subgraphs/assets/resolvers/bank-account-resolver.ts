import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { Bank } from '../entities/bank';
import { BankAccount } from '../entities/bank-account';
import { Party, type HolderValue } from '../entities/refs';
import { accountById, bankByCode } from '../loaders';

@Resolver(() => Bank)
export class BankResolver {
  @Query(() => [Bank], { description: 'Banks known to the platform, by code.' })
  banks(@Ctx() ctx: RequestContext): Promise<Bank[]> {
    return ctx.em.find(Bank, {}, { orderBy: { code: 'asc' } });
  }

  @Query(() => Bank, { nullable: true, description: 'A bank by short code, e.g. "VCB".' })
  bank(@Arg('code', () => String) code: string, @Ctx() ctx: RequestContext): Promise<Bank | null> {
    return bankByCode(ctx).load(code.trim().toUpperCase());
  }
}

@Resolver(() => BankAccount)
export class BankAccountResolver {
  @Query(() => BankAccount, { nullable: true, description: 'A bank account by id; null when there is none the caller may see.' })
  bankAccount(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<BankAccount | null> {
    return accountById(ctx).load(id);
  }

  @FieldResolver(() => Bank, { description: 'The bank that keeps the account.' })
  async bank(@Root() account: BankAccount, @Ctx() ctx: RequestContext): Promise<Bank> {
    return (await bankByCode(ctx).load(account.bankCode))!;
  }

  @FieldResolver(() => Party, { description: 'Who holds the account.' })
  holder(@Root() account: BankAccount): HolderValue {
    return { id: account.holderId, holderType: account.holderType };
  }
}
