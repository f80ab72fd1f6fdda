// Publishes a case's scope facts (agency, officer, court, parties) to the subgraphs that keep a read model of them,
// through the outbox, in the transaction that changed them.
import type { EntityManager } from '@mikro-orm/postgresql';
import { enqueue } from '../../../shared/outbox/outbox';
import { CASE_SCOPE_TOPIC, SCOPE_CONSUMERS, type CaseScopeFact } from '../../../shared/scope/case-scope';
import { CaseParty } from '../entities/case-party';
import { CaseStatus, PartyType } from '../entities/enums';
import type { EnforcementCase } from '../entities/enforcement-case';

export async function publishCaseScope(em: EntityManager, c: EnforcementCase): Promise<void> {
  const parties = await em.find(CaseParty, { caseId: c.id }, { orderBy: { position: 'asc' } });
  const fact: CaseScopeFact = {
    caseId: c.id,
    agencyId: c.agencyId,
    officerId: c.officerId,
    courtCode: c.courtCode,
    version: c.version,
    published: c.status === CaseStatus.NO_CONDITIONS && c.publishedOn !== null,
    judgmentDocumentId: c.judgmentDocumentId,
    status: c.status,
    amountOutstanding: c.amountOutstanding.toString(),
    parties: parties.map((p) => ({
      partyType: p.partyType,
      partyId: p.partyId,
      role: p.role,
      nationalId: p.partyType === PartyType.PERSON ? p.identifier : null,
    })),
  };
  await enqueue(em, SCOPE_CONSUMERS.map((destination) => ({ destination, topic: CASE_SCOPE_TOPIC, payload: fact })));
}
