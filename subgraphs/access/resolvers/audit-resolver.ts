import { Args, ArgsType, Ctx, Field, InputType, ObjectType, Query, Resolver } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { RequestContext } from '../../../shared/server/context';
import { Connection, PageArgs, findPage, type Page } from '../../../shared/pagination';
import { DateTimeScalar } from '../../../shared/scalars';
import { badInput } from '../../../shared/errors';
import { AuditRecord } from '../entities/audit-record';

@ObjectType({ description: 'A page of audit records.' })
export class AuditRecordConnection extends Connection(AuditRecord) {}

@InputType({ description: 'Conditions on the audit trail; all given conditions must hold.' })
export class AuditFilter {
  @Field(() => String, { nullable: true, description: 'Exactly this principal, e.g. "staff:officer-hn-1".' })
  principal?: string | null;

  @Field(() => String, { nullable: true, description: 'Entity type, e.g. "Person".' })
  entityType?: string | null;

  @Field(() => String, { nullable: true, description: 'Entity id.' })
  entityId?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'At or after this instant.' })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Before this instant.' })
  to?: Date | null;
}

@ArgsType()
export class AuditArgs extends PageArgs {
  @Field(() => AuditFilter, { nullable: true })
  filter?: AuditFilter | null;
}

@Resolver(() => AuditRecord)
export class AuditResolver {
  @Query(() => AuditRecordConnection, { description: 'The consolidated audit trail, newest first. Auditors only.' })
  auditRecords(@Args(() => AuditArgs) args: AuditArgs, @Ctx() ctx: RequestContext): Promise<Page<AuditRecord>> {
    const f = args.filter ?? {};
    const where: FilterQuery<AuditRecord> & Record<string, unknown> = {};
    if (f.principal) where.principal = f.principal;
    if (f.entityType) where.entityType = f.entityType;
    if (f.entityId) where.entityId = f.entityId;
    if (f.from && f.to && f.from >= f.to) throw badInput('filter.to', 'range', 'filter.to must be after filter.from');
    if (f.from || f.to) where.occurredAt = { ...(f.from ? { $gte: f.from } : {}), ...(f.to ? { $lt: f.to } : {}) };
    return findPage(ctx.em, AuditRecord, where, [{ occurredAt: 'desc' }, { id: 'desc' }], args);
  }
}
