// Courts submitting judgments, officers confirming extractions and serving documents by post, the post recording
// deliveries.
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { Connection, PageArgs, findPage, type Page } from '../../../shared/pagination';
import { scoped } from '../../../shared/db/scope-filter';
import { alignByKey, groupByKey } from '../../../shared/loaders';
import { forbidden } from '../../../shared/errors';
import { LocalDateScalar } from '../../../shared/scalars';
import { Document } from '../entities/document';
import { DocumentKind } from '../entities/enums';
import { DocumentExtraction } from '../entities/submission';
import { DeliveryStatus, PostalDelivery, PostalDeliveryEvent } from '../entities/postal-delivery';
import { documentById } from '../loaders';
import { deliveryScope, documentScope } from '../scope';
import { confirmExtraction, submitJudgment } from '../flows/judgments';
import { handOverToPost, updateDeliveryStatus } from '../flows/postal';
import { storeCaseDocument } from '../flows/case-documents';
import type { Extracted, JudgmentExtraction as Proposal } from '../extraction';
import { ConfirmExtractionInput, ConfirmedJudgment, JudgmentExtraction, type ExtractedValue } from './extraction-types';

const IDEMPOTENCY = 'A key you choose (8–128 letters, digits, . _ : -): retrying with the same key and input returns the first result instead of acting twice.';

@InputType({ description: 'A judgment or court decision, with its full text, sent by the court to an enforcement agency.' })
export class SubmitJudgmentInput {
  @Field(() => DocumentKind, { description: 'JUDGMENT or COURT_DECISION.' })
  kind!: DocumentKind;

  @Field(() => String, { description: 'Number as issued, e.g. "123/2025/DS-PT".' })
  number!: string;

  @Field(() => String)
  title!: string;

  @Field(() => LocalDateScalar)
  issuedOn!: string;

  @Field(() => String, { description: 'Full text (UTF-8, at most 2 MiB). Stored once with its SHA-256; never altered.' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'The signed PDF, base64 (at most 8 MiB), if available.' })
  pdfBase64?: string | null;

  @Field(() => ID, { description: 'The enforcement agency the judgment is sent to, e.g. "THADS-01".' })
  addressedAgencyId!: string;

  @Field(() => String, { description: IDEMPOTENCY })
  idempotencyKey!: string;
}

@InputType({ description: 'A document the agency issues for a case: a decision, a notice, a report.' })
export class StoreCaseDocumentInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => DocumentKind)
  kind!: DocumentKind;

  @Field(() => String, { description: 'Number as issued, e.g. "123/QĐ-THADS".' })
  number!: string;

  @Field(() => String)
  title!: string;

  @Field(() => LocalDateScalar)
  issuedOn!: string;

  @Field(() => String, { description: 'Full text (at most 2 MiB).' })
  text!: string;

  @Field(() => String, { description: IDEMPOTENCY })
  idempotencyKey!: string;
}

@InputType({ description: 'Handing a document of a case to the post to serve on a party.' })
export class HandOverInput {
  @Field(() => ID)
  documentId!: string;

  @Field(() => String)
  recipientName!: string;

  @Field(() => String)
  recipientAddress!: string;

  @Field(() => String, { nullable: true, description: 'National ID or tax code of the recipient, when a party.' })
  recipientIdentifier?: string | null;

  @Field(() => String, { description: IDEMPOTENCY })
  idempotencyKey!: string;
}

@InputType({ description: 'A delivery status reported by the post.' })
export class DeliveryStatusInput {
  @Field(() => String)
  trackingNumber!: string;

  @Field(() => DeliveryStatus)
  status!: DeliveryStatus;

  @Field(() => LocalDateScalar, { description: 'Date of the event (for DELIVERED: the day the recipient received it).' })
  occurredOn!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => String, { description: IDEMPOTENCY })
  idempotencyKey!: string;
}

@ObjectType({ description: 'A page of postal deliveries.' })
export class PostalDeliveryConnection extends Connection(PostalDelivery) {}

@ObjectType({ description: 'A page of documents.' })
export class DocumentConnection extends Connection(Document) {}

@ArgsType()
export class DeliveriesArgs extends PageArgs {
  @Field(() => [DeliveryStatus], { nullable: true, description: 'Only deliveries in these statuses.' })
  status?: DeliveryStatus[] | null;
}

function value(e: Extracted<string | number> | null | undefined): ExtractedValue | null {
  return e ? { value: String(e.value), confidence: e.confidence, span: e.span } : null;
}

function toGraphQL(p: Proposal): JudgmentExtraction {
  return {
    judgmentNumber: value(p.judgmentNumber),
    caseType: value(p.caseType),
    level: value(p.level),
    court: value(p.court),
    issuedOn: value(p.issuedOn),
    parties: p.parties.map((x) => ({
      key: x.key,
      kind: x.kind,
      role: value(x.role)!,
      name: value(x.name)!,
      nationalId: value(x.nationalId),
      taxCode: value(x.taxCode),
      birthYear: value(x.birthYear),
      address: value(x.address),
      representative: value(x.representative),
      person: x.kind === 'PERSON' && x.nationalId && x.nationalId.value.length === 12 ? { nationalId: x.nationalId.value } : null,
      organization: x.kind === 'ORGANIZATION' && x.taxCode ? { taxCode: x.taxCode.value.replace('-', '') } : null,
    })),
    obligations: p.obligations.map((o) => ({ ...o, amount: value(o.amount), description: value(o.description)! })),
  };
}

function extractionOf(ctx: RequestContext) {
  return ctx.loaders.get<string, DocumentExtraction | null>('extractionOf', async (ids) =>
    alignByKey(ids, await ctx.em.find(DocumentExtraction, { documentId: { $in: [...ids] } }), (e) => e.documentId),
  );
}

@Resolver(() => Document)
export class JudgmentFlowResolver {
  @Mutation(() => Document, { description: 'Submit a judgment with its full text (courts). Extraction proposes the fields to open a case.' })
  async submitJudgment(@Arg('input', () => SubmitJudgmentInput) input: SubmitJudgmentInput, @Ctx() ctx: RequestContext): Promise<Document> {
    return ctx.em.findOneOrFail(Document, { id: await submitJudgment(ctx, input) }, { refresh: true });
  }

  @Mutation(() => Document, { description: 'Confirm or correct the fields extracted from a judgment (officers of the agency it is addressed to).' })
  async confirmJudgmentExtraction(@Arg('input', () => ConfirmExtractionInput) input: ConfirmExtractionInput, @Ctx() ctx: RequestContext): Promise<Document> {
    return ctx.em.findOneOrFail(Document, { id: await confirmExtraction(ctx, input) }, { refresh: true });
  }

  @Mutation(() => Document, { description: 'Store a document the agency issued for a case (officer of the case or head of agency).' })
  async storeCaseDocument(@Arg('input', () => StoreCaseDocumentInput) input: StoreCaseDocumentInput, @Ctx() ctx: RequestContext): Promise<Document> {
    return ctx.em.findOneOrFail(Document, { id: await storeCaseDocument(ctx, input) }, { refresh: true });
  }

  @Query(() => DocumentConnection, { description: 'Judgments courts sent to your agency that no case enforces yet, oldest first (officers and heads).' })
  judgmentsAwaitingCase(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext): Promise<Page<Document>> {
    const p = ctx.principal;
    if (p.kind !== 'STAFF' || !p.agencyId) throw forbidden('For officers and heads of an agency');
    return findPage(ctx.em, Document, scoped({ addressedAgencyId: p.agencyId, caseId: null }, documentScope(p)), [{ createdAt: 'asc' }, { id: 'asc' }], args);
  }

  @FieldResolver(() => JudgmentExtraction, { nullable: true, description: 'What extraction proposed from the text, for a submitted judgment.' })
  async extraction(@Root() doc: Document, @Ctx() ctx: RequestContext): Promise<JudgmentExtraction | null> {
    const e = await extractionOf(ctx).load(doc.id);
    return e ? toGraphQL(e.proposal as Proposal) : null;
  }

  @FieldResolver(() => ConfirmedJudgment, { nullable: true, description: 'The fields an officer confirmed, once confirmed.' })
  async confirmedExtraction(@Root() doc: Document, @Ctx() ctx: RequestContext): Promise<ConfirmedJudgment | null> {
    const e = await extractionOf(ctx).load(doc.id);
    if (!e?.confirmed) return null;
    const c = e.confirmed as ConfirmedJudgment;
    return { ...c, obligations: c.obligations.map((o) => ({ ...o, amount: o.amount == null ? null : BigInt(o.amount as unknown as string) })), confirmedBy: e.confirmedBy!, confirmedAt: e.confirmedAt! };
  }

  @FieldResolver(() => [PostalDelivery], { description: 'Times the document was handed to the post, oldest first.' })
  deliveries(@Root() doc: Document, @Ctx() ctx: RequestContext): Promise<PostalDelivery[]> {
    return ctx.loaders
      .get<string, PostalDelivery[]>('deliveriesOf', async (ids) =>
        groupByKey(ids, await ctx.em.find(PostalDelivery, scoped({ documentId: { $in: [...ids] } }, deliveryScope(ctx.principal)), { orderBy: { handedOverAt: 'asc', id: 'asc' } }), (d) => d.documentId),
      )
      .load(doc.id);
  }
}

@Resolver(() => PostalDelivery)
export class PostalDeliveryResolver {
  @Query(() => PostalDeliveryConnection, { description: 'Postal deliveries, oldest first: the post sees all; staff those of their cases.' })
  postalDeliveries(@Args(() => DeliveriesArgs) args: DeliveriesArgs, @Ctx() ctx: RequestContext): Promise<Page<PostalDelivery>> {
    const where = args.status?.length ? { status: { $in: args.status } } : {};
    return findPage(ctx.em, PostalDelivery, scoped(where, deliveryScope(ctx.principal)), [{ handedOverAt: 'asc' }, { id: 'asc' }], args);
  }

  @Mutation(() => PostalDelivery, { description: 'Hand a document of a case to the post; returns its tracking number (officer of the case).' })
  async handOverToPost(@Arg('input', () => HandOverInput) input: HandOverInput, @Ctx() ctx: RequestContext): Promise<PostalDelivery> {
    return ctx.em.findOneOrFail(PostalDelivery, { id: await handOverToPost(ctx, input) }, { refresh: true });
  }

  @Mutation(() => PostalDelivery, { description: 'Record a delivery status (the postal service). A delivery of a decision or notice starts the debtor’s period.' })
  async updateDeliveryStatus(@Arg('input', () => DeliveryStatusInput) input: DeliveryStatusInput, @Ctx() ctx: RequestContext): Promise<PostalDelivery> {
    return ctx.em.findOneOrFail(PostalDelivery, { id: await updateDeliveryStatus(ctx, input) }, { refresh: true });
  }

  @FieldResolver(() => Document, { nullable: true, description: 'The document delivered.' })
  document(@Root() d: PostalDelivery, @Ctx() ctx: RequestContext): Promise<Document | null> {
    return documentById(ctx).load(d.documentId);
  }

  @FieldResolver(() => [PostalDeliveryEvent], { description: 'Every status, oldest first.' })
  history(@Root() d: PostalDelivery, @Ctx() ctx: RequestContext): Promise<PostalDeliveryEvent[]> {
    return ctx.loaders
      .get<string, PostalDeliveryEvent[]>('deliveryEvents', async (ids) =>
        groupByKey(ids, await ctx.em.find(PostalDeliveryEvent, { deliveryId: { $in: [...ids] } }, { orderBy: { at: 'asc', id: 'asc' } }), (e) => e.deliveryId),
      )
      .load(d.id);
  }
}
