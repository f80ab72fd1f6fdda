import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { Obligation } from '../entities/obligation';
import { Party, type PartyValue } from '../entities/party-refs';
import { partyById } from '../loaders';

@Resolver(() => Obligation)
export class ObligationResolver {
  @FieldResolver(() => Party, { nullable: true, description: 'The debtor who owes it.' })
  async debtor(@Root() o: Obligation, @Ctx() ctx: RequestContext): Promise<PartyValue | null> {
    const party = await partyById(ctx).load(o.debtorPartyId);
    return party && { id: party.partyId, partyType: party.partyType };
  }

  @FieldResolver(() => Party, { nullable: true, description: 'The creditor it is owed to; null when owed to the State (court fees, fines).' })
  async creditor(@Root() o: Obligation, @Ctx() ctx: RequestContext): Promise<PartyValue | null> {
    if (!o.creditorPartyId) return null;
    const party = await partyById(ctx).load(o.creditorPartyId);
    return party && { id: party.partyId, partyType: party.partyType };
  }
}
