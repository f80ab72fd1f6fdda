// QR lookup codes for a case (staff print them on notices) and the anonymous lookup they open: only the public facts.
import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import QRCode from 'qrcode';
import type { RequestContext } from '../../../shared/server/context';
import { principalLabel } from '../../../shared/auth/principal';
import { badInput } from '../../../shared/errors';
import { DateTimeScalar, LocalDateScalar } from '../../../shared/scalars';
import { EnforcementCase } from '../entities/enforcement-case';
import { Agency } from '../entities/agency';
import { CaseStatus } from '../entities/enums';
import { lockCase, assertMayAct } from '../workflow/case-access';
import { deadlinesFor, loadHistory } from '../workflow/deadline-refresh';
import { nextDeadline } from '../workflow/case-deadlines';
import { STAGE_LABEL_VI, STATUS_LABEL_VI } from '../workflow/labels';
import { caseForToken, issueLookupToken, lookupUrl, revokeLookupTokens } from './lookup-tokens';
import type { LookupRateLimiter } from './rate-limit';

@ObjectType({ description: 'A lookup code for a case: a link with a signed, expiring, revocable token, and its QR code.' })
export class CaseLookupCode {
  @Field(() => String, { description: 'The link the QR code encodes: the public status page.' })
  url!: string;

  @Field(() => String, { description: 'The token alone, for caseLookup.' })
  token!: string;

  @Field(() => DateTimeScalar)
  expiresAt!: Date;

  @Field(() => String, { description: 'The QR code as an SVG document.' })
  qrSvg!: string;

  @Field(() => String, { description: 'The QR code as a PNG data URL (data:image/png;base64,…).' })
  qrPngDataUrl!: string;
}

@ObjectType({ description: 'The next deadline of a case, as shown publicly.' })
export class PublicDeadline {
  @Field(() => String)
  stageLabel!: string;

  @Field(() => LocalDateScalar)
  dueOn!: string;
}

@ObjectType({ description: 'What anyone holding a case’s lookup code may see: no personal data.' })
export class PublicCaseStatus {
  @Field(() => String)
  number!: string;

  @Field(() => CaseStatus)
  status!: CaseStatus;

  @Field(() => String, { description: 'The status in Vietnamese.' })
  statusLabel!: string;

  @Field(() => String)
  agencyName!: string;

  @Field(() => String)
  agencyPhone!: string;

  @Field(() => PublicDeadline, { nullable: true })
  nextDeadline!: PublicDeadline | null;
}

@Resolver()
export class LookupResolver {
  @Mutation(() => CaseLookupCode, { description: 'Issue a lookup code for a case, to print on notices. Officer of the case or head of its agency.' })
  async issueCaseLookupCode(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('validDays', () => Int, { defaultValue: 365, description: 'How long the code works, 1 to 1,825 days.' }) validDays: number,
    @Ctx() ctx: RequestContext,
  ): Promise<CaseLookupCode> {
    if (!Number.isInteger(validDays) || validDays < 1 || validDays > 1825) throw badInput('validDays', 'range', 'validDays must be between 1 and 1825');
    const { token, expiresAt } = await ctx.em.transactional(async (em) => {
      const c = await lockCase(em, ctx.principal, caseId, null);
      assertMayAct(ctx.principal, c);
      const issued = await issueLookupToken(em, c.id, principalLabel(ctx.principal), validDays);
      await ctx.audit.mutation(em, 'EnforcementCase', c.id, ['lookupCode']);
      return issued;
    });
    const url = lookupUrl(token, ctx.services.publicBaseUrl as string);
    return { url, token, expiresAt, qrSvg: await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M' }), qrPngDataUrl: await QRCode.toDataURL(url, { errorCorrectionLevel: 'M' }) };
  }

  @Mutation(() => Int, { description: 'Revoke every lookup code of a case at once; returns how many were revoked.' })
  async revokeCaseLookupCodes(@Arg('caseId', () => ID) caseId: string, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.em.transactional(async (em) => {
      const c = await lockCase(em, ctx.principal, caseId, null);
      assertMayAct(ctx.principal, c);
      const n = await revokeLookupTokens(em, c.id);
      await ctx.audit.mutation(em, 'EnforcementCase', c.id, ['lookupCode']);
      return n;
    });
  }

  @Query(() => PublicCaseStatus, {
    nullable: true,
    description: 'The public facts of the case a lookup code opens (anyone may ask; limited per client). Null when the code is invalid, expired or revoked.',
  })
  async caseLookup(@Arg('token', () => String) token: string, @Ctx() ctx: RequestContext): Promise<PublicCaseStatus | null> {
    await (ctx.services.lookupRateLimiter as LookupRateLimiter).consume(ctx.clientIp ?? 'unknown');
    if (token.length > 2000) return null;
    const caseId = await caseForToken(ctx.em, token);
    if (!caseId) return null;
    const c = await ctx.em.findOne(EnforcementCase, { id: caseId });
    if (!c) return null;
    const agency = await ctx.em.findOneOrFail(Agency, { id: c.agencyId });
    const next = nextDeadline(deadlinesFor(c, await loadHistory(ctx.em, c.id)), c.status);
    return {
      number: c.number,
      status: c.status,
      statusLabel: STATUS_LABEL_VI[c.status],
      agencyName: agency.name,
      agencyPhone: agency.phone,
      nextDeadline: next && { stageLabel: STAGE_LABEL_VI[next.stage] ?? next.stage, dueOn: next.dueOn },
    };
  }
}
