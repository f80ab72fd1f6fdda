// Opening a case: validates the judgment, parties and obligations, numbers the case, allocates an officer by the
// explainable rule, records the first step of its history and its first deadline, tells the other subgraphs its scope
// facts, and notifies the parties, all in one transaction.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../../shared/server/context';
import { principalLabel } from '../../../shared/auth/principal';
import { appError, badInput, ErrorCode, forbidden } from '../../../shared/errors';
import { once } from '../../../shared/idempotency';
import { isUuid } from '../../../shared/ids';
import { validateNationalId } from '../../../shared/vn/national-id';
import { validateTaxCode } from '../../../shared/vn/tax-code';
import { COURT_CODE, parseJudgmentNumber, type JudgmentCaseType } from '../../../shared/vn/judgment-number';
import { todayInVietnam } from '../deadlines';
import { CaseStatus as S, CaseType, Initiation, ObligationKind, PartyRole, PartyType } from '../entities/enums';
import { EnforcementCase } from '../entities/enforcement-case';
import { CaseParty } from '../entities/case-party';
import { Obligation } from '../entities/obligation';
import { Agency } from '../entities/agency';
import { Assignment } from '../entities/assignment';
import { appendHistory } from './steps';
import { setNextDeadline } from './deadline-refresh';
import { publishCaseScope } from './scope-facts';
import { loadCandidates } from './candidates';
import { chooseOfficer, NoOfficerAvailableError } from './allocation';
import { notifyParties } from '../notifications/notify';
import { STAGE_LABEL_VI, viDate } from './labels';

export interface OpenCaseParty {
  role: PartyRole;
  partyType: PartyType;
  partyId: string;
  /** National ID (persons) or tax code (organizations), as named in the judgment. */
  identifier: string;
}

export interface OpenCaseObligation {
  kind: ObligationKind;
  description: string;
  amountDue?: bigint | null;
  /** Index in `parties` of the debtor who owes it. */
  debtor: number;
  /** Index in `parties` of the creditor it is owed to; null for court fees and fines owed to the State. */
  creditor?: number | null;
  jointLiability?: boolean | null;
}

export interface OpenCaseRequest {
  caseType: CaseType;
  initiation: Initiation;
  judgmentNumber: string;
  courtCode: string;
  courtName: string;
  judgmentDate: string;
  receivedOn: string;
  judgmentDocumentId?: string | null;
  parties: OpenCaseParty[];
  obligations: OpenCaseObligation[];
  idempotencyKey: string;
}

const MONEY_KINDS = [ObligationKind.PAY_MONEY, ObligationKind.COURT_FEE, ObligationKind.FINE];
/** The type of case each judgment number suffix means. */
const CASE_TYPE_OF: Record<JudgmentCaseType, CaseType> = {
  DS: CaseType.CIVIL,
  HNGĐ: CaseType.FAMILY,
  KDTM: CaseType.BUSINESS,
  LĐ: CaseType.LABOUR,
  HS: CaseType.CRIMINAL,
  HC: CaseType.ADMINISTRATIVE,
};
/** 1,000,000 billion đồng: above any one obligation there is (all cases nationally come to about 690,000 billion). */
const MAX_OBLIGATION = 1_000_000_000_000_000n;

function validate(request: OpenCaseRequest): void {
  const today = todayInVietnam(new Date());
  const number = parseJudgmentNumber(request.judgmentNumber);
  if (!number) throw badInput('judgmentNumber', 'format', 'judgmentNumber must look like "123/2025/DS-PT" or "45/2025/QĐST-DS"');
  if (CASE_TYPE_OF[number.caseType] !== request.caseType) {
    throw badInput('caseType', 'matchesJudgmentNumber', `caseType must be ${CASE_TYPE_OF[number.caseType]} for a judgment numbered …/${number.caseType}`);
  }
  if (number.year !== Number(request.judgmentDate.slice(0, 4))) throw badInput('judgmentDate', 'matchesJudgmentNumber', `judgmentDate must be in ${number.year}, the year in the judgment number`);
  if (!COURT_CODE.test(request.courtCode.trim())) throw badInput('courtCode', 'format', 'courtCode must be a court code such as "TAND-01" or "TAND-79-KV2"');
  if (!request.courtName.trim()) throw badInput('courtName', 'required', 'courtName is required');
  if (request.judgmentDate > request.receivedOn) throw badInput('receivedOn', 'afterJudgment', 'receivedOn must not be before judgmentDate');
  if (request.receivedOn > today) throw badInput('receivedOn', 'notInFuture', `receivedOn must not be after today (${today})`);
  const debtors = request.parties.filter((p) => p.role === PartyRole.DEBTOR);
  const creditors = request.parties.filter((p) => p.role === PartyRole.CREDITOR);
  if (debtors.length === 0) throw badInput('parties', 'debtor', 'a case needs at least one debtor');
  if (creditors.length === 0 && request.initiation === Initiation.ON_REQUEST) throw badInput('parties', 'creditor', 'a case opened on request needs at least one creditor');
  const seen = new Set<string>();
  request.parties.forEach((p, i) => {
    const field = `parties[${i}]`;
    if (!isUuid(p.partyId)) throw badInput(`${field}.partyId`, 'format', `${field}.partyId is not an id of a person or organization`);
    if (seen.has(`${p.role}:${p.partyId}`)) throw badInput(`${field}.partyId`, 'unique', `${field} names the same party twice in the same role`);
    seen.add(`${p.role}:${p.partyId}`);
    if (p.partyType === PartyType.PERSON) {
      const check = validateNationalId(p.identifier);
      if (!check.ok) throw badInput(`${field}.identifier`, 'nationalId', `${field}.identifier is not a valid national ID: ${check.message}`);
    } else {
      const check = validateTaxCode(p.identifier);
      if (!check.ok) throw badInput(`${field}.identifier`, 'taxCode', `${field}.identifier is not a valid tax code: ${check.message}`);
    }
  });
  if (request.judgmentDocumentId && !isUuid(request.judgmentDocumentId)) throw badInput('judgmentDocumentId', 'format', 'judgmentDocumentId is not a document id');
  if (request.obligations.length === 0) throw badInput('obligations', 'required', 'a case needs at least one obligation');
  request.obligations.forEach((o, i) => {
    const field = `obligations[${i}]`;
    if (request.parties[o.debtor]?.role !== PartyRole.DEBTOR) throw badInput(`${field}.debtor`, 'debtor', `${field}.debtor must be the index of a debtor in parties`);
    if (o.creditor != null && request.parties[o.creditor]?.role !== PartyRole.CREDITOR) throw badInput(`${field}.creditor`, 'creditor', `${field}.creditor must be the index of a creditor in parties`);
    if (o.kind === ObligationKind.PAY_MONEY && o.creditor == null) throw badInput(`${field}.creditor`, 'required', `${field} pays money to a creditor: name the creditor`);
    const money = MONEY_KINDS.includes(o.kind);
    if (money && !(o.amountDue != null && o.amountDue > 0n)) throw badInput(`${field}.amountDue`, 'positive', `${field}.amountDue must be more than 0 đồng`);
    if (o.amountDue != null && o.amountDue > MAX_OBLIGATION) throw badInput(`${field}.amountDue`, 'max', `${field}.amountDue must be at most ${MAX_OBLIGATION} đồng`);
    if (!money && o.amountDue != null) throw badInput(`${field}.amountDue`, 'none', `${field} is not a sum of money: leave amountDue empty`);
    if (!o.description.trim()) throw badInput(`${field}.description`, 'required', `${field}.description is required`);
  });
}

async function nextCaseNumber(em: EntityManager, agency: Agency, year: number): Promise<string> {
  const prefix = `${agency.provinceCode}-${year}-`;
  const [{ last }] = (await em.execute(
    `insert into cases.case_number_counter (agency_id, year, last)
       values (?, ?, coalesce((select max(split_part(number, '-', 3)::int) from cases.enforcement_case where number like ?), 0) + 1)
     on conflict (agency_id, year) do update set last = cases.case_number_counter.last + 1
     returning last`,
    [agency.id, year, `${prefix}%`],
  )) as { last: number }[];
  return `${prefix}${String(last).padStart(6, '0')}`;
}

export async function openCase(ctx: RequestContext, request: OpenCaseRequest): Promise<{ caseId: string }> {
  const p = ctx.principal;
  if (p.kind !== 'STAFF' || (p.role !== 'OFFICER' && p.role !== 'HEAD') || !p.agencyId) throw forbidden('Only officers and heads of an agency may open cases');
  const agencyId = p.agencyId;
  validate(request);
  const { idempotencyKey, ...input } = request;
  const { result } = await ctx.em.transactional((em) =>
    once(em, p, idempotencyKey, 'openEnforcementCase', input, async () => {
      const agency = await em.findOneOrFail(Agency, { id: agencyId });
      const amountDue = request.obligations.reduce((sum, o) => sum + (o.amountDue ?? 0n), 0n);
      const candidates = await loadCandidates(em, agency.id, request.parties.map((x) => x.identifier));
      let decision;
      try {
        decision = chooseOfficer(candidates, request.caseType);
      } catch (error) {
        if (error instanceof NoOfficerAvailableError) throw appError(ErrorCode.CONFLICT, 'No officer of the agency can take this case (all have a conflict of interest)');
        throw error;
      }
      const c = em.create(EnforcementCase, {
        id: randomUUID(),
        number: await nextCaseNumber(em, agency, Number(request.receivedOn.slice(0, 4))),
        decisionNumber: null,
        agencyId: agency.id,
        officerId: decision.officerId,
        status: S.RECEIVED,
        caseType: request.caseType,
        initiation: request.initiation,
        judgmentNumber: request.judgmentNumber.normalize('NFC'),
        courtCode: request.courtCode.trim(),
        courtName: request.courtName.trim(),
        judgmentDate: request.judgmentDate,
        receivedOn: request.receivedOn,
        judgmentDocumentId: request.judgmentDocumentId ?? null,
        amountDue,
        amountCollected: 0n,
        createdAt: new Date(),
        updatedAt: new Date(),
      });
      const parties = request.parties.map((x, i) =>
        em.create(CaseParty, { id: randomUUID(), caseId: c.id, role: x.role, partyType: x.partyType, partyId: x.partyId, identifier: x.identifier, position: i + 1 }),
      );
      request.obligations.forEach((o, i) =>
        em.create(Obligation, {
          id: randomUUID(),
          caseId: c.id,
          kind: o.kind,
          description: o.description.trim(),
          amountDue: o.amountDue ?? null,
          amountPaid: 0n,
          debtorPartyId: parties[o.debtor].id,
          creditorPartyId: o.creditor != null ? parties[o.creditor].id : null,
          jointLiability: o.jointLiability ?? false,
          position: i + 1,
        }),
      );
      const history = [appendHistory(em, [], c, null, S.RECEIVED, request.receivedOn, principalLabel(p), request.judgmentDocumentId ? 'Nhận bản án do Tòa án chuyển giao' : 'Nhận yêu cầu thi hành án', request.judgmentDocumentId ?? null)];
      const next = setNextDeadline(c, history);
      em.create(Assignment, { id: randomUUID(), caseId: c.id, officerId: decision.officerId, assignedBy: 'system', reason: decision.reason, candidates: decision.candidates, assignedAt: new Date() });
      await em.flush();
      await publishCaseScope(em, c);
      await notifyParties(em, c.id, {
        kind: 'CASE_OPENED',
        title: `Hồ sơ thi hành án ${c.number} đã được thụ lý`,
        body: [`${agency.name} đã nhận hồ sơ thi hành bản án số ${c.judgmentNumber} ngày ${viDate(request.receivedOn)}.`, next ? `${STAGE_LABEL_VI[next.stage]} chậm nhất ngày ${viDate(next.dueOn)}.` : null]
          .filter(Boolean)
          .join(' '),
      });
      await ctx.audit.mutation(em, 'EnforcementCase', c.id, ['created']);
      return { caseId: c.id };
    }),
  );
  return result;
}
