import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { Document } from '../entities/document';
import { DocumentKind } from '../entities/enums';
import { EnforcementCaseRef } from '../entities/refs';
import { caseVisibility } from '../../../shared/scope/case-scope';
import { contentByDocument, documentById, documentsByCase } from '../loaders';

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => Document, { nullable: true, description: 'A document by id; null when there is none the caller may see.' })
  document(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Document | null> {
    return documentById(ctx).load(id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Full text of the document. Needs its own scope; every read is audited.' })
  content(@Root() doc: Document, @Ctx() ctx: RequestContext): Promise<string | null> {
    return contentByDocument(ctx).load(doc.id);
  }

  @FieldResolver(() => EnforcementCaseRef, { nullable: true, description: 'The case the document belongs to, if any yet and the caller may see it.' })
  async enforcementCase(@Root() doc: Document, @Ctx() ctx: RequestContext): Promise<EnforcementCaseRef | null> {
    return doc.caseId && (await caseVisibility(ctx).load(doc.caseId)) ? { id: doc.caseId } : null;
  }
}

@Resolver(() => EnforcementCaseRef)
export class CaseDocumentsResolver {
  @FieldResolver(() => [Document], { description: 'Documents of the case the caller may see, by date of issue.' })
  documents(
    @Root() c: EnforcementCaseRef,
    @Arg('kind', () => DocumentKind, { nullable: true, description: 'Only documents of this kind.' }) kind: DocumentKind | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Document[]> {
    return documentsByCase(ctx, kind ?? null).load(c.id);
  }
}
