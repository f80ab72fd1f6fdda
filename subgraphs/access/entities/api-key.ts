import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../../shared/scalars';

@ObjectType({ description: 'A partner API key. The secret is shown once, when the key is created; only its hash is kept.' })
@Entity({ tableName: 'api_key' })
export class ApiKey {
  @Field(() => ID, { description: 'The public part of the key (after the `thads_` prefix), safe to show and log.' })
  @PrimaryKey({ type: 'text' })
  keyId!: string;

  @Property({ type: 'text' })
  partnerId!: string;

  @Field(() => String, { description: 'A label to tell keys apart, e.g. "core banking, production".' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => [String], { description: 'Scopes granted to the key.' })
  @Property({ type: 'text[]' })
  scopes!: string[];

  /** SHA-256 (hex) of the whole key. Keys are 256-bit random, so a fast hash is safe. */
  @Property({ type: 'text', hidden: true })
  hash!: string;

  @Field(() => DateTimeScalar)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => DateTimeScalar, { description: 'The key stops working at this instant.' })
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the key was revoked, if it was.' })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Last time the key was used (recorded at most once a minute).' })
  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null = null;

  @Field(() => ID, { nullable: true, description: 'The key this one replaced by rotation.' })
  @Property({ type: 'text', nullable: true })
  rotatedFrom: string | null = null;
}
