// Numbers of court judgments and decisions as courts write them: "123/2025/DS-PT" (judgment: number, year, type of
// case, first instance ST or appeal PT) and "45/2025/QĐST-DS" (decision, e.g. recognising a settlement).
export type JudgmentCaseType = 'DS' | 'HNGĐ' | 'KDTM' | 'LĐ' | 'HS' | 'HC';

export interface JudgmentNumber {
  sequence: number;
  year: number;
  caseType: JudgmentCaseType;
  /** ST (first instance) or PT (appeal), when the number says. */
  level: 'ST' | 'PT' | null;
  decision: boolean;
}

const TYPES = 'DS|HNGĐ|KDTM|LĐ|HS|HC';
const JUDGMENT = new RegExp(`^(\\d{1,5})/(\\d{4})/(${TYPES})-(ST|PT)$`, 'u');
const DECISION = new RegExp(`^(\\d{1,5})/(\\d{4})/QĐ(ST|PT)?-(${TYPES})$`, 'u');

export function parseJudgmentNumber(value: string): JudgmentNumber | null {
  const text = value.trim().normalize('NFC');
  const j = JUDGMENT.exec(text);
  if (j) return { sequence: Number(j[1]), year: Number(j[2]), caseType: j[3] as JudgmentCaseType, level: j[4] as 'ST' | 'PT', decision: false };
  const d = DECISION.exec(text);
  if (d) return { sequence: Number(d[1]), year: Number(d[2]), caseType: d[4] as JudgmentCaseType, level: (d[3] as 'ST' | 'PT' | undefined) ?? null, decision: true };
  return null;
}

/** Codes of the courts: the Supreme People's Court, the three high courts, the 34 provincial and their regional courts. */
export const COURT_CODE = /^(TANDTC|TANDCC-(HN|DN|HCM)|TAND-[0-9]{2}(-KV[0-9]{1,2})?)$/;
