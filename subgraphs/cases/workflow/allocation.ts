// Automatic allocation of a new case to an officer of the competent agency, by an explainable rule:
// 1. officers with a declared conflict of interest with a party are excluded;
// 2. officers who handle the case's type are preferred, when any is available;
// 3. among those, the lowest workload wins: each open case weighs by its amount and its stage;
// 4. ties go to fewer open cases, then to the name.
// The decision keeps every candidate's figures, so the assignment can say why.
import { CaseStatus as S, type CaseType } from '../entities/enums';

export interface OpenCaseLoad {
  status: S;
  /** Amount bucket weight input: the case's amount due in đồng. */
  amountDue: bigint;
  count: number;
}

export interface Candidate {
  officerId: string;
  name: string;
  caseTypes: CaseType[];
  openCases: OpenCaseLoad[];
  /** Why the officer may not take this case, if a conflict of interest is declared. */
  conflict: string | null;
}

export interface CandidateScore {
  officerId: string;
  name: string;
  workload: number;
  openCases: number;
  handlesCaseType: boolean;
  excluded: string | null;
}

export interface AllocationDecision {
  officerId: string;
  reason: string;
  candidates: CandidateScore[];
}

/** Bigger cases take more work: under 100 million đồng 1, under 1 billion 1.5, under 10 billion 2, else 3. */
export function amountWeight(amountDue: bigint): number {
  if (amountDue < 100_000_000n) return 1;
  if (amountDue < 1_000_000_000n) return 1.5;
  if (amountDue < 10_000_000_000n) return 2;
  return 3;
}

/** Coercion and verification are the heavy stages; a case found without conditions or paused weighs little. */
export function stageWeight(status: S): number {
  switch (status) {
    case S.COERCIVE_MEASURES:
      return 2;
    case S.VERIFICATION:
      return 1.5;
    case S.NO_CONDITIONS:
      return 0.25;
    case S.POSTPONED:
    case S.SUSPENDED:
      return 0.5;
    case S.COMPLETED:
    case S.TERMINATED:
      return 0;
    default:
      return 1;
  }
}

export function workloadOf(openCases: OpenCaseLoad[]): number {
  return openCases.reduce((sum, c) => sum + c.count * amountWeight(c.amountDue) * stageWeight(c.status), 0);
}

export class NoOfficerAvailableError extends Error {}

export function chooseOfficer(candidates: Candidate[], caseType: CaseType): AllocationDecision {
  const scores: CandidateScore[] = candidates.map((c) => ({
    officerId: c.officerId,
    name: c.name,
    workload: Math.round(workloadOf(c.openCases) * 100) / 100,
    openCases: c.openCases.reduce((n, o) => n + o.count, 0),
    handlesCaseType: c.caseTypes.includes(caseType),
    excluded: c.conflict ? `conflict of interest: ${c.conflict}` : null,
  }));
  const eligible = scores.filter((s) => !s.excluded);
  if (eligible.length === 0) throw new NoOfficerAvailableError('no officer of the agency can take the case');
  const specialists = eligible.filter((s) => s.handlesCaseType);
  const pool = specialists.length ? specialists : eligible;
  const [chosen] = [...pool].sort((a, b) => a.workload - b.workload || a.openCases - b.openCases || a.name.localeCompare(b.name, 'vi') || a.officerId.localeCompare(b.officerId));
  const excluded = scores.filter((s) => s.excluded).map((s) => `${s.name} (${s.excluded})`);
  const reason = [
    `Lowest workload (${chosen.workload}, ${chosen.openCases} open cases) among ${pool.length} ${specialists.length ? `officer(s) handling ${caseType} cases` : 'eligible officer(s); none handles this case type'}`,
    excluded.length ? `excluded: ${excluded.join('; ')}` : null,
  ]
    .filter(Boolean)
    .join('; ');
  return { officerId: chosen.officerId, reason, candidates: scores };
}
