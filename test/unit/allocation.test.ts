// Allocation picks the officer a head would pick, and says why. Officers' workloads here are counted by hand:
// workload = Σ count × amount weight (<100M: 1, <1B: 1.5, <10B: 2, else 3) × stage weight (coercion 2,
// verification 1.5, no conditions 0.25, paused 0.5, other open stages 1).
import { chooseOfficer, workloadOf, type Candidate } from '../../subgraphs/cases/workflow/allocation';
import { CaseStatus, CaseType } from '../../subgraphs/cases/entities/enums';

const M = 1_000_000n;

const lan: Candidate = {
  officerId: 'o-lan',
  name: 'Nguyễn Thị Lan',
  caseTypes: [CaseType.CIVIL, CaseType.FAMILY],
  // 4 small cases in coercion (4 × 1 × 2 = 8) + 1 case of 2 billion in verification (1 × 2 × 1.5 = 3) → 11
  openCases: [
    { status: CaseStatus.COERCIVE_MEASURES, amountDue: 50n * M, count: 4 },
    { status: CaseStatus.VERIFICATION, amountDue: 2_000n * M, count: 1 },
  ],
  conflict: null,
};
const hung: Candidate = {
  officerId: 'o-hung',
  name: 'Trần Văn Hùng',
  caseTypes: [CaseType.CIVIL],
  // 6 cases of 300 million just received (6 × 1.5 × 1 = 9) → 9: the lightest, but he is a relative of the debtor
  openCases: [{ status: CaseStatus.RECEIVED, amountDue: 300n * M, count: 6 }],
  conflict: 'anh trai của người phải thi hành án',
};
const minh: Candidate = {
  officerId: 'o-minh',
  name: 'Lê Quang Minh',
  caseTypes: [CaseType.CIVIL, CaseType.BUSINESS],
  // 20 cases with no conditions (20 × 1 × 0.25 = 5) + 2 of 20 billion paused (2 × 3 × 0.5 = 3) → 8
  openCases: [
    { status: CaseStatus.NO_CONDITIONS, amountDue: 10n * M, count: 20 },
    { status: CaseStatus.POSTPONED, amountDue: 20_000n * M, count: 2 },
  ],
  conflict: null,
};
const thu: Candidate = {
  officerId: 'o-thu',
  name: 'Phạm Thu',
  caseTypes: [CaseType.BUSINESS],
  // nothing open: 0, but does not handle civil cases
  openCases: [],
  conflict: null,
};

test('hand-counted workloads', () => {
  expect(workloadOf(lan.openCases)).toBe(11);
  expect(workloadOf(hung.openCases)).toBe(9);
  expect(workloadOf(minh.openCases)).toBe(8);
  expect(workloadOf(thu.openCases)).toBe(0);
});

test('a civil case goes to the least loaded civil officer without a conflict, and the reasons say so', () => {
  const decision = chooseOfficer([lan, hung, minh, thu], CaseType.CIVIL);
  expect(decision.officerId).toBe('o-minh');
  expect(decision.reason).toBe(
    'Lowest workload (8, 22 open cases) among 2 officer(s) handling CIVIL cases; excluded: Trần Văn Hùng (conflict of interest: anh trai của người phải thi hành án)',
  );
  expect(decision.candidates.find((c) => c.officerId === 'o-thu')).toEqual({ officerId: 'o-thu', name: 'Phạm Thu', workload: 0, openCases: 0, handlesCaseType: false, excluded: null });
});

test('when no eligible officer handles the case type, the least loaded eligible officer takes it', () => {
  const decision = chooseOfficer([lan, hung, minh, thu], CaseType.LABOUR);
  expect(decision.officerId).toBe('o-thu');
  expect(decision.reason).toMatch(/^Lowest workload \(0, 0 open cases\) among 3 eligible officer\(s\); none handles this case type/);
});

test('ties go to fewer open cases, then to the name', () => {
  const a: Candidate = { officerId: 'a', name: 'Bùi An', caseTypes: [CaseType.CIVIL], openCases: [{ status: CaseStatus.RECEIVED, amountDue: 10n * M, count: 2 }], conflict: null };
  const b: Candidate = { officerId: 'b', name: 'Bùi Bình', caseTypes: [CaseType.CIVIL], openCases: [{ status: CaseStatus.VERIFICATION, amountDue: 10n * M, count: 1 }, { status: CaseStatus.NO_CONDITIONS, amountDue: 10n * M, count: 2 }], conflict: null };
  // a: 2 × 1 = 2 with 2 cases; b: 1.5 + 0.5 = 2 with 3 cases → a
  expect(chooseOfficer([b, a], CaseType.CIVIL).officerId).toBe('a');
});

test('with every officer in conflict, nobody is chosen', () => {
  expect(() => chooseOfficer([hung], CaseType.CIVIL)).toThrow('no officer of the agency can take the case');
});
