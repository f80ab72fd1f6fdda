// Officers store the documents they issue for a case (enforcement decisions, notices, reports): stored once with their
// SHA-256 and size, never altered, ready to be served by post.
import { createHash, randomUUID } from 'node:crypto';
import type { RequestContext } from '../../../shared/server/context';
import { principalLabel } from '../../../shared/auth/principal';
import { appError, badInput, ErrorCode, forbidden } from '../../../shared/errors';
import { once } from '../../../shared/idempotency';
import { assertMayActOnCase } from '../../../shared/scope/case-scope';
import { Document, DocumentContent } from '../entities/document';
import { DocumentKind } from '../entities/enums';
import { MAX_TEXT_BYTES } from './judgments';

const ISSUED_BY_AGENCIES = [
  DocumentKind.ENFORCEMENT_DECISION,
  DocumentKind.NOTICE,
  DocumentKind.VERIFICATION_REPORT,
  DocumentKind.FREEZE_DECISION,
  DocumentKind.SEIZURE_DECISION,
  DocumentKind.NO_CONDITIONS_DECISION,
  DocumentKind.OTHER,
];

export interface StoreCaseDocumentRequest {
  caseId: string;
  kind: DocumentKind;
  number: string;
  title: string;
  issuedOn: string;
  text: string;
  idempotencyKey: string;
}

export async function storeCaseDocument(ctx: RequestContext, request: StoreCaseDocumentRequest): Promise<string> {
  const p = ctx.principal;
  if (p.kind !== 'STAFF' || !p.agencyId) throw forbidden('Only enforcement staff may store case documents');
  if (!ISSUED_BY_AGENCIES.includes(request.kind)) throw badInput('kind', 'agencyDocument', 'judgments come from courts (submitJudgment); store here what the agency issues');
  const text = request.text.normalize('NFC');
  const size = Buffer.byteLength(text, 'utf8');
  if (!text.trim()) throw badInput('text', 'required', 'text must not be empty');
  if (size > MAX_TEXT_BYTES) throw appError(ErrorCode.PAYLOAD_TOO_LARGE, `text is ${size} bytes; the limit is ${MAX_TEXT_BYTES} bytes`, { field: 'text', limit: MAX_TEXT_BYTES });
  if (!request.number.trim()) throw badInput('number', 'required', 'number is required');
  const { idempotencyKey, ...input } = request;
  const { result } = await ctx.em.transactional((em) =>
    once(em, p, idempotencyKey, 'storeCaseDocument', input, async () => {
      await assertMayActOnCase(em, p, request.caseId, 'store its documents');
      const [scope] = (await em.execute('select agency_id from documents.case_scope where case_id = ?', [request.caseId])) as { agency_id: string }[];
      const id = randomUUID();
      em.create(Document, {
        id,
        caseId: request.caseId,
        kind: request.kind,
        number: request.number.trim().normalize('NFC'),
        title: request.title.trim(),
        issuerCode: scope.agency_id,
        issuerName: p.name,
        issuedOn: request.issuedOn,
        sha256: createHash('sha256').update(text).digest('hex'),
        sizeBytes: size,
        mediaType: 'text/plain; charset=utf-8',
        addressedAgencyId: null,
        submittedBy: principalLabel(p),
      });
      em.create(DocumentContent, { documentId: id, text });
      await em.flush();
      await ctx.audit.mutation(em, 'Document', id, ['created']);
      return id;
    }),
  );
  return result;
}
