// A head of agency gives a case to another of its officers, with a reason; the assignment is recorded and the other
// subgraphs learn the case's new officer through the outbox.
import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../../shared/server/context';
import { principalLabel } from '../../../shared/auth/principal';
import { badInput, forbidden } from '../../../shared/errors';
import { once } from '../../../shared/idempotency';
import { isUuid } from '../../../shared/ids';
import { Officer } from '../entities/officer';
import { OfficerRole } from '../entities/enums';
import { Assignment, OfficerConflict } from '../entities/assignment';
import { CaseParty } from '../entities/case-party';
import { lockCase } from './case-access';
import { publishCaseScope } from './scope-facts';

export interface ReassignRequest {
  caseId: string;
  expectedVersion: number;
  officerId: string;
  reason: string;
  idempotencyKey: string;
}

export async function reassignCase(ctx: RequestContext, request: ReassignRequest): Promise<{ caseId: string }> {
  const p = ctx.principal;
  if (p.kind !== 'STAFF' || p.role !== 'HEAD') throw forbidden('Only the head of the agency may reassign a case');
  const reason = request.reason.trim();
  if (!reason) throw badInput('reason', 'required', 'reason is required to reassign a case');
  const { idempotencyKey, ...input } = request;
  const { result } = await ctx.em.transactional((em) =>
    once(em, p, idempotencyKey, 'reassignCase', input, async () => {
      const c = await lockCase(em, p, request.caseId, request.expectedVersion);
      if (c.agencyId !== p.agencyId) throw forbidden('Only the head of the case’s agency may reassign it');
      const officer = isUuid(request.officerId) ? await em.findOne(Officer, { id: request.officerId }) : null;
      if (!officer || officer.agencyId !== c.agencyId || !officer.active || officer.role !== OfficerRole.OFFICER) {
        throw badInput('officerId', 'agencyOfficer', 'officerId must be an active officer of the case’s agency');
      }
      if (officer.id === c.officerId) throw badInput('officerId', 'different', 'the case is already assigned to this officer');
      const identifiers = (await em.find(CaseParty, { caseId: c.id })).map((x) => x.identifier);
      const conflict = await em.findOne(OfficerConflict, { officerId: officer.id, partyIdentifier: { $in: identifiers } });
      if (conflict) throw badInput('officerId', 'conflictOfInterest', `this officer has a declared conflict of interest with a party: ${conflict.reason}`);
      c.officerId = officer.id;
      em.create(Assignment, { id: randomUUID(), caseId: c.id, officerId: officer.id, assignedBy: principalLabel(p), reason, candidates: [], assignedAt: new Date() });
      await em.flush();
      await publishCaseScope(em, c);
      await ctx.audit.mutation(em, 'EnforcementCase', c.id, ['officer']);
      return { caseId: c.id };
    }),
  );
  return result;
}
