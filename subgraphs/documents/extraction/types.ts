/**
 * Output of judgment extraction: every proposed field carries a confidence and the span of the ORIGINAL text it came
 * from, so an enforcement officer can confirm or correct it against the source.
 */

/** A half-open range [start, end) of UTF-16 offsets into the original text, plus the text it covers. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export interface Extracted<T> {
  value: T;
  /** 0..1: how sure the extractor is. */
  confidence: number;
  span: TextSpan | null;
}

/**
 * nguyên đơn / bị hại / nguyên đơn dân sự / người khởi kiện = PLAINTIFF;
 * bị đơn / bị cáo / bị đơn dân sự / người bị kiện = DEFENDANT;
 * người có quyền lợi, nghĩa vụ liên quan = RELATED_PARTY.
 */
export type PartyRole = 'PLAINTIFF' | 'DEFENDANT' | 'RELATED_PARTY';

export interface ExtractedParty {
  /** p1, p2, ... in order of appearance; obligations refer to parties by this key. */
  key: string;
  role: Extracted<PartyRole>;
  kind: 'PERSON' | 'ORGANIZATION';
  name: Extracted<string>;
  /** 12-digit CCCD or 9-digit CMND, digits only. */
  nationalId: Extracted<string> | null;
  /** 10 digits, 13 digits, or 10 digits + "-" + 3 digits (branch), as written. */
  taxCode: Extracted<string> | null;
  birthYear: Extracted<number> | null;
  address: Extracted<string> | null;
  /** Legal (or, failing that, authorised) representative; never a party of its own. */
  representative?: Extracted<string> | null;
}

export type ObligationKind = 'PAY_MONEY' | 'COURT_FEE' | 'HAND_OVER_PROPERTY' | 'OTHER';

export interface ExtractedObligation {
  kind: ObligationKind;
  debtorKeys: string[];
  /** Empty for court fees and other sums paid to the State. */
  creditorKeys: string[];
  /** Exact integer number of đồng as a decimal string, e.g. "150000000". */
  amount: Extracted<string> | null;
  jointLiability: boolean;
  description: Extracted<string>;
}

export interface JudgmentExtraction {
  /** e.g. 123/2025/DS-PT */
  judgmentNumber: Extracted<string> | null;
  /** DS, HNGĐ, KDTM, LĐ, HC or HS, from the number's suffix. */
  caseType: Extracted<string> | null;
  /** ST = first instance, PT = appeal. */
  level: Extracted<'FIRST_INSTANCE' | 'APPEAL'> | null;
  court: Extracted<string> | null;
  /** YYYY-MM-DD */
  issuedOn: Extracted<string> | null;
  parties: ExtractedParty[];
  obligations: ExtractedObligation[];
}
