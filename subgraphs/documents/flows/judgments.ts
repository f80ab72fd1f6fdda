// Courts submit judgments through their key: the text (and optionally the PDF) is stored once with its SHA-256 and
// size, never altered, and extraction proposes the fields an officer needs to open a case. An officer of the agency
// the judgment is addressed to confirms or corrects the proposal; the confirmed version is what opens the case
// (through the graph: the officer's client calls openEnforcementCase in the cases subgraph with it).
import { createHash, randomUUID } from 'node:crypto';
import type { RequestContext } from '../../../shared/server/context';
import { principalLabel } from '../../../shared/auth/principal';
import { appError, badInput, ErrorCode, forbidden } from '../../../shared/errors';
import { once } from '../../../shared/idempotency';
import { vietnamDateOf } from '../../../shared/vn/dates';
import { isUuid } from '../../../shared/ids';
import { scoped } from '../../../shared/db/scope-filter';
import { validateNationalId, validateOldIdCard } from '../../../shared/vn/national-id';
import { validateTaxCode } from '../../../shared/vn/tax-code';
import { parseJudgmentNumber } from '../../../shared/vn/judgment-number';
import { findProvince } from '../../../shared/vn/provinces';
import { Document, DocumentContent } from '../entities/document';
import { DocumentExtraction, DocumentFile } from '../entities/submission';
import { DocumentKind } from '../entities/enums';
import { extractJudgment } from '../extraction';
import { documentScope } from '../scope';

/** Largest judgment text accepted (UTF-8 bytes): far above the longest real judgment, far below what hurts. */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;
/** Largest PDF accepted. */
export const MAX_PDF_BYTES = 8 * 1024 * 1024;

export interface SubmitJudgmentRequest {
  kind: DocumentKind;
  number: string;
  title: string;
  issuedOn: string;
  text: string;
  pdfBase64?: string | null;
  addressedAgencyId: string;
  idempotencyKey: string;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

export async function submitJudgment(ctx: RequestContext, request: SubmitJudgmentRequest): Promise<string> {
  const p = ctx.principal;
  if (p.kind !== 'PARTNER' || p.partnerType !== 'COURT' || !p.courtCode) throw forbidden('Only a court may submit judgments');
  if (request.kind !== DocumentKind.JUDGMENT && request.kind !== DocumentKind.COURT_DECISION) throw badInput('kind', 'oneOf', 'kind must be JUDGMENT or COURT_DECISION');
  const text = request.text.normalize('NFC');
  const textBytes = Buffer.byteLength(text, 'utf8');
  if (textBytes === 0 || !text.trim()) throw badInput('text', 'required', 'text must not be empty');
  if (textBytes > MAX_TEXT_BYTES) throw appError(ErrorCode.PAYLOAD_TOO_LARGE, `text is ${textBytes} bytes; the limit is ${MAX_TEXT_BYTES} bytes`, { field: 'text', limit: MAX_TEXT_BYTES });
  let pdf: Buffer | null = null;
  if (request.pdfBase64) {
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(request.pdfBase64)) throw badInput('pdfBase64', 'base64', 'pdfBase64 is not base64');
    pdf = Buffer.from(request.pdfBase64, 'base64');
    if (pdf.length > MAX_PDF_BYTES) throw appError(ErrorCode.PAYLOAD_TOO_LARGE, `the PDF is ${pdf.length} bytes; the limit is ${MAX_PDF_BYTES} bytes`, { field: 'pdfBase64', limit: MAX_PDF_BYTES });
    if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw badInput('pdfBase64', 'pdf', 'pdfBase64 is not a PDF file');
  }
  const agencyProvince = /^THADS-([0-9]{2})$/.exec(request.addressedAgencyId)?.[1];
  if (!agencyProvince || !findProvince(agencyProvince)) throw badInput('addressedAgencyId', 'agency', 'addressedAgencyId must be one of the 34 agencies, such as "THADS-01"');
  if (!parseJudgmentNumber(request.number)) throw badInput('number', 'format', 'number must look like "123/2025/DS-PT" or "45/2025/QĐST-DS"');
  const today = vietnamDateOf();
  if (request.issuedOn > today) throw badInput('issuedOn', 'notInFuture', `issuedOn must not be after today (${today})`);
  const { idempotencyKey, ...input } = request;
  const { result } = await ctx.em.transactional((em) =>
    once(em, p, idempotencyKey, 'submitJudgment', { ...input, text: sha256(text), pdfBase64: pdf ? sha256(pdf) : null }, async () => {
      const id = randomUUID();
      em.create(Document, {
        id,
        caseId: null,
        kind: request.kind,
        number: request.number.trim().normalize('NFC'),
        title: request.title.trim(),
        issuerCode: p.courtCode!,
        issuerName: p.partnerName,
        issuedOn: request.issuedOn,
        sha256: sha256(text),
        sizeBytes: textBytes,
        mediaType: 'text/plain; charset=utf-8',
        addressedAgencyId: request.addressedAgencyId,
        submittedBy: principalLabel(p),
      });
      em.create(DocumentContent, { documentId: id, text });
      if (pdf) em.create(DocumentFile, { documentId: id, mediaType: 'application/pdf', sha256: sha256(pdf), sizeBytes: pdf.length, bytes: pdf });
      em.create(DocumentExtraction, { documentId: id, proposal: extractJudgment(text), extractedAt: new Date() });
      await em.flush();
      await ctx.audit.mutation(em, 'Document', id, ['created']);
      return id;
    }),
  );
  return result;
}

export interface ConfirmedParty {
  key: string;
  role: 'PLAINTIFF' | 'DEFENDANT' | 'RELATED_PARTY';
  kind: 'PERSON' | 'ORGANIZATION';
  name: string;
  nationalId?: string | null;
  taxCode?: string | null;
  address?: string | null;
}

export interface ConfirmedObligation {
  kind: 'PAY_MONEY' | 'COURT_FEE' | 'HAND_OVER_PROPERTY' | 'OTHER';
  debtorKeys: string[];
  creditorKeys: string[];
  amount?: bigint | null;
  jointLiability: boolean;
  description: string;
}

export interface ConfirmRequest {
  documentId: string;
  judgmentNumber: string;
  caseType: string;
  court: string;
  issuedOn: string;
  parties: ConfirmedParty[];
  obligations: ConfirmedObligation[];
  idempotencyKey: string;
}

function validateConfirmation(r: ConfirmRequest): void {
  const keys = new Set<string>();
  r.parties.forEach((party, i) => {
    const f = `parties[${i}]`;
    if (!party.key.trim() || keys.has(party.key)) throw badInput(`${f}.key`, 'unique', `${f}.key must be present and unique`);
    keys.add(party.key);
    if (!party.name.trim()) throw badInput(`${f}.name`, 'required', `${f}.name is required`);
    if (party.nationalId) {
      const ok = party.nationalId.length === 9 ? validateOldIdCard(party.nationalId).ok : validateNationalId(party.nationalId).ok;
      if (!ok) throw badInput(`${f}.nationalId`, 'nationalId', `${f}.nationalId is not a valid CCCD (12 digits) or CMND (9 digits)`);
    }
    if (party.taxCode && !validateTaxCode(party.taxCode).ok) throw badInput(`${f}.taxCode`, 'taxCode', `${f}.taxCode is not a valid tax code`);
  });
  if (!r.parties.some((x) => x.role === 'DEFENDANT')) throw badInput('parties', 'defendant', 'the judgment must name at least one party who owes (bị đơn / bị cáo)');
  r.obligations.forEach((o, i) => {
    const f = `obligations[${i}]`;
    for (const k of [...o.debtorKeys, ...o.creditorKeys]) if (!keys.has(k)) throw badInput(`${f}`, 'partyKey', `${f} names a party key "${k}" that is not in parties`);
    if (o.debtorKeys.length === 0) throw badInput(`${f}.debtorKeys`, 'required', `${f} needs at least one debtor`);
    if ((o.kind === 'PAY_MONEY' || o.kind === 'COURT_FEE') && !(o.amount != null && o.amount > 0n)) throw badInput(`${f}.amount`, 'positive', `${f}.amount must be more than 0 đồng`);
  });
}

export async function confirmExtraction(ctx: RequestContext, request: ConfirmRequest): Promise<string> {
  const p = ctx.principal;
  if (p.kind !== 'STAFF' || (p.role !== 'OFFICER' && p.role !== 'HEAD')) throw forbidden('Only officers may confirm an extraction');
  validateConfirmation(request);
  const { idempotencyKey, ...input } = request;
  const { result } = await ctx.em.transactional((em) =>
    once(em, p, idempotencyKey, 'confirmJudgmentExtraction', input, async () => {
      const doc = isUuid(request.documentId) ? await em.findOne(Document, scoped({ id: request.documentId }, documentScope(p))) : null;
      if (!doc) throw appError(ErrorCode.NOT_FOUND, 'No such document', { field: 'documentId' });
      if (doc.addressedAgencyId !== p.agencyId) throw forbidden('Only officers of the agency the judgment is addressed to may confirm it');
      const extraction = await em.findOne(DocumentExtraction, { documentId: doc.id });
      if (!extraction) throw badInput('documentId', 'judgment', 'this document has no extraction to confirm');
      const { documentId: _d, ...confirmed } = input;
      extraction.confirmed = JSON.parse(JSON.stringify(confirmed, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)));
      extraction.confirmedBy = principalLabel(p);
      extraction.confirmedAt = new Date();
      await em.flush();
      await ctx.audit.mutation(em, 'Document', doc.id, ['confirmedExtraction']);
      return doc.id;
    }),
  );
  return result;
}
