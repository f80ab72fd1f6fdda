// The officers an agency could give a new case to, with their open workload and declared conflicts, in two statements.
import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseStatus, type CaseType } from '../entities/enums';
import type { Candidate } from './allocation';

export async function loadCandidates(em: EntityManager, agencyId: string, partyIdentifiers: string[]): Promise<Candidate[]> {
  const rows = (await em.execute(
    `select o.id, o.full_name, o.case_types,
            (select string_agg(oc.reason, '; ') from cases.officer_conflict oc where oc.officer_id = o.id and oc.party_identifier in (?)) as conflict
       from cases.officer o
      where o.agency_id = ? and o.active and o.role = 'OFFICER'
      order by o.full_name, o.id`,
    [partyIdentifiers.length ? partyIdentifiers : [''], agencyId],
  )) as { id: string; full_name: string; case_types: CaseType[]; conflict: string | null }[];
  // Open cases per officer, grouped by stage and amount band: a handful of rows per officer, whatever the case count.
  const loads = (await em.execute(
    `select officer_id, status,
            case when amount_due < 100000000 then 0 when amount_due < 1000000000 then 100000000
                 when amount_due < 10000000000 then 1000000000 else 10000000000 end as band,
            count(*)::int as n
       from cases.enforcement_case
      where agency_id = ? and officer_id is not null and status not in ('COMPLETED', 'TERMINATED')
      group by 1, 2, 3`,
    [agencyId],
  )) as { officer_id: string; status: CaseStatus; band: string; n: number }[];
  return rows.map((r) => ({
    officerId: r.id,
    name: r.full_name,
    caseTypes: r.case_types,
    conflict: r.conflict,
    openCases: loads.filter((l) => l.officer_id === r.id).map((l) => ({ status: l.status, amountDue: BigInt(l.band), count: l.n })),
  }));
}
