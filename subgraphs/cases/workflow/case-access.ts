// Loading a case for a change: inside the transaction, under a row lock, in the caller's scope (a case out of scope is
// NOT_FOUND, like one that does not exist), at the version the caller last saw (else CONFLICT), and only by the
// officer assigned to it or the head of its agency.
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../../shared/auth/principal';
import { appError, conflict, ErrorCode, forbidden } from '../../../shared/errors';
import { scoped } from '../../../shared/db/scope-filter';
import { isUuid } from '../../../shared/ids';
import { EnforcementCase } from '../entities/enforcement-case';
import { caseScope } from '../scope';

export async function lockCase(em: EntityManager, principal: Principal, caseId: string, expectedVersion: number | null): Promise<EnforcementCase> {
  const c = isUuid(caseId)
    ? await em.findOne(EnforcementCase, scoped({ id: caseId }, caseScope(principal)), { lockMode: LockMode.PESSIMISTIC_WRITE })
    : null;
  if (!c) throw appError(ErrorCode.NOT_FOUND, 'No such case', { field: 'caseId' });
  if (expectedVersion !== null && c.version !== expectedVersion) {
    throw conflict(`The case changed since you read it: it is at version ${c.version}, not ${expectedVersion}. Read it again and retry.`, {
      field: 'expectedVersion',
      currentVersion: c.version,
    });
  }
  return c;
}

/** The assigned officer, or a head of the case's agency, may act on a case. */
export function assertMayAct(principal: Principal, c: EnforcementCase): void {
  if (principal.kind !== 'STAFF') throw forbidden('Only enforcement staff may change a case');
  if (principal.role === 'HEAD' && principal.agencyId === c.agencyId) return;
  if (principal.role === 'OFFICER' && principal.officerId !== null && principal.officerId === c.officerId) return;
  throw forbidden('Only the officer assigned to the case or the head of its agency may change it');
}
