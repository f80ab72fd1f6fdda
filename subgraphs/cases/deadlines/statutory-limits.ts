// Statutory time limits of the civil judgment enforcement stages, as data with the dates they are in force.
// A case uses the rule in force on the date of the event that starts the period (the design's rule; the transitional
// provisions of Law 106/2025/QH15 have not been checked against it).
//
// Laws:
// - Luật Thi hành án dân sự 26/2008/QH12 as amended by Luật 64/2014/QH13 (amended text in force 01/07/2015),
//   replaced on 01/07/2026 by
// - Luật Thi hành án dân sự 106/2025/QH15, passed 05/12/2025, in force 01/07/2026 (Điều 115), 116 articles.
//
// What was checked, and where (public pages, read 2026):
// - Art. 36 (5 working days) and Art. 39 (3 working days): tkshcm.edu.vn, "Quy định của pháp luật về thời hạn thi hành
//   án dân sự" (Trường Đào tạo, bồi dưỡng nghiệp vụ kiểm sát tại TP.HCM), summarising the 2008 law as amended.
// - Art. 44(1) and Art. 45(1) (10 days each): thuvienphapluat.vn quoting both articles; thads.moj.gov.vn Q&A on Art. 44(1).
// - Art. 48(3), (4) (5 working days each): thuvienphapluat.vn Q&A quoting both clauses.
// - Art. 47 (10 days to pay out): quoted in Báo Tây Ninh; the clause number was not seen.
// NOT verified, so not in the table: the time limit for deciding and publishing a finding of no conditions to enforce
// (Art. 44a and Decree 62/2015/NĐ-CP Art. 9), and what a bank must do on a freeze order (Art. 67: "ngay", at once,
// which is not a count of days anyway).
//
// Law 106/2025/QH15: its text could not be found in the sources available (only summaries of its new points:
// chinhphu.vn 14/01/2026, thads.moj.gov.vn Gia Lai 13/01/2026, baoxaydung.vn 06/01/2026, MT&Partners 23/05/2026,
// dsdc.com.vn on postponement). No article number or figure of it below is verified. The four core stages keep their
// old figures under the new law because (a) the project's design states those four limits as the enforcement
// stages' limits without tying them to the 2008 law, (b) none of those summaries, as far as they could be read,
// reports a change to them, and (c) leaving them out would stop every deadline of a case opened after 01/07/2026.
// Each of those rows says so in `verification`. The other stages have no row under the new law: the summaries report
// the postponement regime changed, so carrying those figures over could not be justified; asking for them on or
// after 01/07/2026 is an error (NoStatutoryLimitError), not a silent guess.
import { addCalendarDays, addCalendarMonths, addWorkingDays, parseIsoDate, type IsoDate } from './working-days';

export const ENFORCEMENT_STAGES = [
  /** Ra quyết định thi hành án: on request, or proactively (chủ động) for the parts the agency enforces itself. */
  'ENFORCEMENT_DECISION',
  /** Thông báo về thi hành án: notifying the parties of a decision or other enforcement document. */
  'NOTIFICATION',
  /** Thời hạn tự nguyện thi hành án: the debtor's period to comply voluntarily. */
  'VOLUNTARY_COMPLIANCE',
  /** Xác minh điều kiện thi hành án: verifying the debtor's assets and income after the voluntary period. */
  'VERIFICATION',
  /** Xác minh lại định kỳ: re-verifying a debtor found to have no conditions to enforce. */
  'PERIODIC_REVERIFICATION',
  /** The same for a debtor in prison with 2+ years left, or whose new address is unknown. */
  'PERIODIC_REVERIFICATION_LONG',
  /** Ra quyết định hoãn thi hành án: deciding a postponement once a ground for it arises. */
  'POSTPONEMENT_DECISION',
  /** Ra quyết định tiếp tục thi hành án: resuming once the ground for postponement is gone. */
  'RESUMPTION_DECISION',
  /** Thanh toán tiền, trả tài sản: paying out money or handing over property collected for the creditor. */
  'PAYMENT_TO_CREDITOR',
] as const;
export type EnforcementStage = (typeof ENFORCEMENT_STAGES)[number];

/** How a period is counted (Civil Code 2015 Arts. 147–148; see working-days.ts). */
export type PeriodUnit = 'WORKING_DAYS' | 'DAYS' | 'MONTHS';

export interface StatutoryLimit {
  readonly stage: EnforcementStage;
  readonly amount: number;
  readonly unit: PeriodUnit;
  /** The event whose date starts the period (that day itself is not counted). */
  readonly trigger: string;
  /** The law the rule comes from. */
  readonly law: string;
  /** Article and clause, in the law's own words. */
  readonly citation: string;
  /** First and last day (inclusive) on which an event falls under this rule; `null` = still in force. */
  readonly inForceFrom: IsoDate;
  readonly inForceUntil: IsoDate | null;
  /** Whether the figure and article were checked against a source, and what exactly was not. */
  readonly verification: { readonly status: 'VERIFIED' | 'NOT_VERIFIED'; readonly note: string };
}

const LAW_2008 = {
  name: 'Luật Thi hành án dân sự 26/2008/QH12 (sửa đổi, bổ sung bởi Luật 64/2014/QH13)',
  inForceFrom: '2015-07-01',
  inForceUntil: '2026-06-30',
} as const;
const LAW_2025 = { name: 'Luật Thi hành án dân sự 106/2025/QH15', inForceFrom: '2026-07-01' } as const;

/** No rule for that stage is in force on that date (or none could be verified). */
export class NoStatutoryLimitError extends Error {
  readonly code = 'NO_STATUTORY_LIMIT';
  constructor(
    readonly stage: EnforcementStage,
    readonly onDate: IsoDate,
  ) {
    super(
      `No statutory time limit for ${stage} is recorded for events on ${onDate}` +
        (onDate >= LAW_2025.inForceFrom ? ` (the rule under ${LAW_2025.name} has not been verified)` : ''),
    );
    this.name = 'NoStatutoryLimitError';
  }
}

function underLaw2008(
  row: Omit<StatutoryLimit, 'law' | 'inForceFrom' | 'inForceUntil' | 'verification'>,
  verification: StatutoryLimit['verification'],
): StatutoryLimit {
  return { ...row, law: LAW_2008.name, inForceFrom: LAW_2008.inForceFrom, inForceUntil: LAW_2008.inForceUntil, verification };
}

/** A core stage under Law 106/2025/QH15, figure carried over from the 2008 law (see the header for why). */
function carriedOverToLaw2025(old: StatutoryLimit): StatutoryLimit {
  return {
    ...old,
    law: LAW_2025.name,
    // Shown to users: in Vietnamese, and honest that the article of the new law was not checked.
    citation: `${LAW_2025.name} (chưa đối chiếu được điều khoản; thời hạn như ${old.citation.replace(`${LAW_2008.name}, `, '')} Luật 2008)`,
    inForceFrom: LAW_2025.inForceFrom,
    inForceUntil: null,
    verification: {
      status: 'NOT_VERIFIED',
      note:
        `Not verified: the article of ${LAW_2025.name} and its figure for this stage. ` +
        `The 2008 law's ${old.amount} ${old.unit === 'WORKING_DAYS' ? 'working days' : 'days'} is kept because the design ` +
        'states it as this stage’s limit and no summary of the new law found reports a change. Check against the official text.',
    },
  };
}

const ENFORCEMENT_DECISION_2008 = underLaw2008(
  {
    stage: 'ENFORCEMENT_DECISION',
    amount: 5,
    unit: 'WORKING_DAYS',
    trigger: 'The agency receives the request for enforcement (or, for parts it enforces proactively, the judgment)',
    citation: `${LAW_2008.name}, Điều 36`,
  },
  { status: 'VERIFIED', note: 'Art. 36: 05 ngày làm việc from receiving the request, or the judgment for chủ động items (tkshcm.edu.vn).' },
);
const NOTIFICATION_2008 = underLaw2008(
  {
    stage: 'NOTIFICATION',
    amount: 3,
    unit: 'WORKING_DAYS',
    trigger: 'The enforcement decision or other enforcement document is issued',
    citation: `${LAW_2008.name}, Điều 39`,
  },
  { status: 'VERIFIED', note: 'Art. 39: 03 ngày làm việc from issuing the document, save to stop assets being hidden (tkshcm.edu.vn).' },
);
const VOLUNTARY_COMPLIANCE_2008 = underLaw2008(
  {
    stage: 'VOLUNTARY_COMPLIANCE',
    amount: 10,
    unit: 'DAYS',
    trigger: 'The debtor receives the enforcement decision or is duly notified of it',
    citation: `${LAW_2008.name}, Điều 45 khoản 1`,
  },
  { status: 'VERIFIED', note: 'Art. 45(1) as amended by Law 64/2014/QH13 (was 15 days before 01/07/2015) (thuvienphapluat.vn).' },
);
const VERIFICATION_2008 = underLaw2008(
  {
    stage: 'VERIFICATION',
    amount: 10,
    unit: 'DAYS',
    trigger: 'The voluntary compliance period expires (its last day) without compliance',
    citation: `${LAW_2008.name}, Điều 44 khoản 1`,
  },
  { status: 'VERIFIED', note: 'Art. 44(1): within 10 days from the expiry of the voluntary period; at once for interim measures (thuvienphapluat.vn, thads.moj.gov.vn).' },
);

export const STATUTORY_LIMITS: readonly StatutoryLimit[] = [
  ENFORCEMENT_DECISION_2008,
  NOTIFICATION_2008,
  VOLUNTARY_COMPLIANCE_2008,
  VERIFICATION_2008,
  underLaw2008(
    {
      stage: 'PERIODIC_REVERIFICATION',
      amount: 6,
      unit: 'MONTHS',
      trigger: 'The last verification of a debtor found to have no conditions to enforce',
      citation: `${LAW_2008.name}, Điều 44 khoản 4`,
    },
    { status: 'NOT_VERIFIED', note: 'At least once every 6 months: recalled from Art. 44(4) as amended in 2014; no source excerpt of that clause was read.' },
  ),
  underLaw2008(
    {
      stage: 'PERIODIC_REVERIFICATION_LONG',
      amount: 12,
      unit: 'MONTHS',
      trigger: 'The last verification of a debtor with no conditions who is in prison with 2+ years left or whose new address is unknown',
      citation: `${LAW_2008.name}, Điều 44 khoản 4`,
    },
    { status: 'NOT_VERIFIED', note: 'Once a year: recalled from Art. 44(4) as amended in 2014; no source excerpt of that clause was read.' },
  ),
  underLaw2008(
    {
      stage: 'POSTPONEMENT_DECISION',
      amount: 5,
      unit: 'WORKING_DAYS',
      trigger: 'A ground for postponement under Art. 48(1) arises (a competent person’s request under Art. 48(2) needs a decision at once)',
      citation: `${LAW_2008.name}, Điều 48 khoản 3`,
    },
    { status: 'VERIFIED', note: 'Art. 48(3) quoted by thuvienphapluat.vn.' },
  ),
  underLaw2008(
    {
      stage: 'RESUMPTION_DECISION',
      amount: 5,
      unit: 'WORKING_DAYS',
      trigger: 'The ground for postponement ends (or the postponement requested under Art. 48(2) expires)',
      citation: `${LAW_2008.name}, Điều 48 khoản 4`,
    },
    { status: 'VERIFIED', note: 'Art. 48(4) quoted by thuvienphapluat.vn.' },
  ),
  underLaw2008(
    {
      stage: 'PAYMENT_TO_CREDITOR',
      amount: 10,
      unit: 'DAYS',
      trigger: 'The money or property for the creditor is collected',
      citation: `${LAW_2008.name}, Điều 47`,
    },
    { status: 'VERIFIED', note: 'Art. 47: 10 days from collecting the money or property, quoted by Báo Tây Ninh; clause number not seen.' },
  ),
  carriedOverToLaw2025(ENFORCEMENT_DECISION_2008),
  carriedOverToLaw2025(NOTIFICATION_2008),
  carriedOverToLaw2025(VOLUNTARY_COMPLIANCE_2008),
  carriedOverToLaw2025(VERIFICATION_2008),
];

// Rows of one stage must not overlap in time, or "the rule in force" would be ambiguous.
for (const stage of ENFORCEMENT_STAGES) {
  const rows = STATUTORY_LIMITS.filter((l) => l.stage === stage).sort((a, b) => a.inForceFrom.localeCompare(b.inForceFrom));
  rows.forEach((row, i) => {
    parseIsoDate(row.inForceFrom);
    if (row.inForceUntil !== null) parseIsoDate(row.inForceUntil);
    const previous = rows[i - 1];
    if (previous && (previous.inForceUntil === null || previous.inForceUntil >= row.inForceFrom)) {
      throw new Error(`statutory-limits: two rules for ${stage} are in force on ${row.inForceFrom}`);
    }
  });
}

/** The rule in force for a stage on a date (the date of the triggering event), or `undefined` if none is recorded. */
export function findLimitInForce(stage: EnforcementStage, onDate: IsoDate): StatutoryLimit | undefined {
  const date = parseIsoDate(onDate);
  // ISO dates compare correctly as strings.
  return STATUTORY_LIMITS.find(
    (l) => l.stage === stage && l.inForceFrom <= date && (l.inForceUntil === null || date <= l.inForceUntil),
  );
}

/** The rule in force for a stage on the date of the triggering event; throws NoStatutoryLimitError if none. */
export function limitInForce(stage: EnforcementStage, onDate: IsoDate): StatutoryLimit {
  const limit = findLimitInForce(stage, onDate);
  if (!limit) throw new NoStatutoryLimitError(stage, onDate);
  return limit;
}

/** The last day of a stage's statutory period started by an event on `eventDate`, and the rule used. */
export function computeDueDate(stage: EnforcementStage, eventDate: IsoDate): { dueOn: IsoDate; limit: StatutoryLimit } {
  const limit = limitInForce(stage, eventDate);
  switch (limit.unit) {
    case 'WORKING_DAYS':
      return { dueOn: addWorkingDays(eventDate, limit.amount), limit };
    case 'DAYS':
      return { dueOn: addCalendarDays(eventDate, limit.amount), limit };
    case 'MONTHS':
      return { dueOn: addCalendarMonths(eventDate, limit.amount), limit };
  }
}
