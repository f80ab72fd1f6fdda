// Citizens read their notifications and choose how they are sent.
import { Arg, Args, Ctx, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { Connection, PageArgs, findPage, type Page } from '../../../shared/pagination';
import { forbidden } from '../../../shared/errors';
import { Notification, NotificationChannel, PartyContact } from '../entities/notification';

@ObjectType({ description: 'A page of notifications.' })
export class NotificationConnection extends Connection(Notification) {}

function citizenId(ctx: RequestContext): string {
  if (ctx.principal.kind !== 'CITIZEN') throw forbidden('Only citizens signed in with the national e-ID have notifications here');
  return ctx.principal.nationalId;
}

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationConnection, { description: 'Your notifications about your cases, newest first (citizens).' })
  myNotifications(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext): Promise<Page<Notification>> {
    return findPage(ctx.em, Notification, { partyIdentifier: citizenId(ctx) }, [{ createdAt: 'desc' }, { id: 'desc' }], args);
  }

  @Mutation(() => NotificationChannel, { description: 'Choose how you receive notifications about your cases (citizens).' })
  async setNotificationChannel(@Arg('channel', () => NotificationChannel) channel: NotificationChannel, @Ctx() ctx: RequestContext): Promise<NotificationChannel> {
    const identifier = citizenId(ctx);
    await ctx.em.transactional(async (em) => {
      await em.upsert(PartyContact, { identifier, channel, updatedAt: new Date() });
      await ctx.audit.mutation(em, 'PartyContact', identifier, ['channel']);
    });
    return channel;
  }
}
