import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { DateTimeScalar } from '../../../shared/scalars';
import { Partner } from '../entities/partner';
import { ApiKey } from '../entities/api-key';
import { createKey, revokeKey, rotateKey } from '../api-keys';

@InputType({ description: 'A new API key for a partner.' })
export class CreateApiKeyInput {
  @Field(() => ID)
  partnerId!: string;

  @Field(() => String, { description: 'A label to tell keys apart.' })
  name!: string;

  @Field(() => [String], { description: 'Scopes to grant; each must suit the partner type.' })
  scopes!: string[];

  @Field(() => DateTimeScalar, { description: 'When the key stops working.' })
  expiresAt!: Date;
}

@ObjectType({ description: 'A key just created: the only time its secret is shown.' })
export class CreatedApiKey {
  @Field(() => ApiKey)
  apiKey!: ApiKey;

  @Field(() => String, { description: 'The whole key, to send as `x-api-key`. Store it now: it is not shown again.' })
  secret!: string;
}

@Resolver()
export class KeyAdminResolver {
  @Query(() => [Partner], { description: 'Partner agencies. Administrators only.' })
  partners(@Ctx() ctx: RequestContext): Promise<Partner[]> {
    return ctx.em.find(Partner, {}, { orderBy: { id: 'asc' } });
  }

  @Query(() => [ApiKey], { description: "A partner's API keys, newest first. Administrators only." })
  apiKeys(@Arg('partnerId', () => ID) partnerId: string, @Ctx() ctx: RequestContext): Promise<ApiKey[]> {
    return ctx.em.find(ApiKey, { partnerId }, { orderBy: { createdAt: 'desc' } });
  }

  @Mutation(() => CreatedApiKey, { description: 'Create an API key for a partner. Administrators only.' })
  async createApiKey(@Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput, @Ctx() ctx: RequestContext): Promise<CreatedApiKey> {
    return ctx.em.transactional(async (em) => {
      const created = await createKey(em, input);
      await ctx.audit.mutation(em, 'ApiKey', created.apiKey.keyId, ['created']);
      return created;
    });
  }

  @Mutation(() => ApiKey, { description: 'Revoke an API key at once (the gateway may honour it for a few more seconds). Administrators only.' })
  async revokeApiKey(@Arg('keyId', () => ID) keyId: string, @Ctx() ctx: RequestContext): Promise<ApiKey> {
    return ctx.em.transactional(async (em) => {
      const key = await revokeKey(em, keyId);
      await ctx.audit.mutation(em, 'ApiKey', keyId, ['revokedAt']);
      return key;
    });
  }

  @Mutation(() => CreatedApiKey, { description: 'Replace a key with a new one; the old one keeps working for the grace period. Administrators only.' })
  async rotateApiKey(
    @Arg('keyId', () => ID) keyId: string,
    @Arg('graceSeconds', () => Int, { defaultValue: 86400, description: 'How long the old key keeps working.' }) graceSeconds: number,
    @Ctx() ctx: RequestContext,
  ): Promise<CreatedApiKey> {
    return ctx.em.transactional(async (em) => {
      const created = await rotateKey(em, keyId, graceSeconds);
      await ctx.audit.mutation(em, 'ApiKey', keyId, ['rotated']);
      return created;
    });
  }
}
