// Statistics in the shape of the official enforcement reports, for the cases received in a period: how many were
// received, how many had conditions to enforce, how many were completed, the completion rate, money due and collected
// and the collection rate. Sums are exact (bigint in SQL, strings in JSON).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { SqlCondition } from '../../../shared/db/scope-filter';

export interface StatisticsRow {
  agencyId: string;
  received: number;
  withoutConditions: number;
  paused: number;
  withConditions: number;
  completed: number;
  terminated: number;
  /** Completed and terminated, over cases with conditions, in percent (two decimals); null when there are none. */
  completionRate: number | null;
  amountDue: bigint;
  amountWithConditions: bigint;
  amountCollected: bigint;
  /** Collected over due, for the cases with conditions, in percent (two decimals); null when nothing is due. */
  collectionRate: number | null;
}

export function percent(part: bigint, whole: bigint): number | null {
  if (whole === 0n) return null;
  // Exact until the final rounding: basis points of a percent, half up.
  return Number((part * 20000n + whole) / (2n * whole)) / 100;
}

export async function statistics(em: EntityManager, from: string, to: string, scope: SqlCondition, agencyIds: string[] | null): Promise<StatisticsRow[]> {
  const rows = (await em.execute(
    `select c.agency_id,
            count(*)::int as received,
            count(*) filter (where c.status = 'NO_CONDITIONS')::int as without_conditions,
            count(*) filter (where c.status in ('POSTPONED', 'SUSPENDED'))::int as paused,
            count(*) filter (where c.status = 'COMPLETED')::int as completed,
            count(*) filter (where c.status = 'TERMINATED')::int as terminated,
            coalesce(sum(c.amount_due), 0)::text as amount_due,
            coalesce(sum(c.amount_due) filter (where c.status not in ('NO_CONDITIONS', 'POSTPONED', 'SUSPENDED')), 0)::text as amount_with_conditions,
            coalesce(sum(c.amount_collected) filter (where c.status not in ('NO_CONDITIONS', 'POSTPONED', 'SUSPENDED')), 0)::text as amount_collected
       from cases.enforcement_case c
      where c.received_on between ? and ? and ${scope.sql('c')} ${agencyIds ? 'and c.agency_id in (?)' : ''}
      group by c.agency_id
      order by c.agency_id`,
    [from, to, ...scope.bindings, ...(agencyIds ? [agencyIds] : [])],
  )) as Record<string, string | number>[];
  return rows.map((r) => {
    const received = Number(r.received);
    const withoutConditions = Number(r.without_conditions);
    const paused = Number(r.paused);
    const withConditions = received - withoutConditions - paused;
    const completed = Number(r.completed);
    const terminated = Number(r.terminated);
    const amountWithConditions = BigInt(r.amount_with_conditions);
    const amountCollected = BigInt(r.amount_collected);
    return {
      agencyId: String(r.agency_id),
      received,
      withoutConditions,
      paused,
      withConditions,
      completed,
      terminated,
      completionRate: percent(BigInt(completed + terminated), BigInt(withConditions)),
      amountDue: BigInt(r.amount_due),
      amountWithConditions,
      amountCollected,
      collectionRate: percent(amountCollected, amountWithConditions),
    };
  });
}

/** The national (or regional) total of several agencies' rows, summed exactly. */
export function total(rows: StatisticsRow[]): StatisticsRow {
  const sum = (f: (r: StatisticsRow) => number) => rows.reduce((n, r) => n + f(r), 0);
  const sumBig = (f: (r: StatisticsRow) => bigint) => rows.reduce((n, r) => n + f(r), 0n);
  const withConditions = sum((r) => r.withConditions);
  const completed = sum((r) => r.completed);
  const terminated = sum((r) => r.terminated);
  const amountWithConditions = sumBig((r) => r.amountWithConditions);
  const amountCollected = sumBig((r) => r.amountCollected);
  return {
    agencyId: 'TOTAL',
    received: sum((r) => r.received),
    withoutConditions: sum((r) => r.withoutConditions),
    paused: sum((r) => r.paused),
    withConditions,
    completed,
    terminated,
    completionRate: percent(BigInt(completed + terminated), BigInt(withConditions)),
    amountDue: sumBig((r) => r.amountDue),
    amountWithConditions,
    amountCollected,
    collectionRate: percent(amountCollected, amountWithConditions),
  };
}
