// Batched, scoped loads of the documents subgraph.
import type { RequestContext } from '../../shared/server/context';
import { alignByKey, groupByKey } from '../../shared/loaders';
import { scoped } from '../../shared/db/scope-filter';
import { isUuid } from '../../shared/ids';
import { Document, DocumentContent } from './entities/document';
import type { DocumentKind } from './entities/enums';
import { documentScope } from './scope';

export function documentById(ctx: RequestContext) {
  return ctx.loaders.get<string, Document | null>('documentById', async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await ctx.em.find(Document, scoped({ id: { $in: valid } }, documentScope(ctx.principal))) : [];
    return alignByKey(ids, rows, (r) => r.id);
  });
}

/** Documents of each case, by date of issue then number; `kind` narrows them. */
export function documentsByCase(ctx: RequestContext, kind: DocumentKind | null) {
  return ctx.loaders.get<string, Document[]>(`documentsByCase:${kind ?? '*'}`, async (caseIds) => {
    const valid = caseIds.filter(isUuid);
    const where = kind ? { caseId: { $in: valid }, kind } : { caseId: { $in: valid } };
    const rows = valid.length
      ? await ctx.em.find(Document, scoped(where, documentScope(ctx.principal)), { orderBy: { issuedOn: 'asc', number: 'asc', id: 'asc' } })
      : [];
    return groupByKey(caseIds, rows, (r) => r.caseId as string);
  });
}

/** Content of documents the caller already sees. */
export function contentByDocument(ctx: RequestContext) {
  return ctx.loaders.get<string, string | null>('contentByDocument', async (ids) => {
    const rows = await ctx.em.find(DocumentContent, { documentId: { $in: [...ids] } });
    return alignByKey(ids, rows, (r) => r.documentId).map((r) => r?.text ?? null);
  });
}
