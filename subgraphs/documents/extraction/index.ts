import { extractJudgmentMeta } from './judgment-meta';
import { normalizeText } from './normalize';
import { extractObligations } from './obligations';
import { extractParties } from './parties';
import { findSections } from './sections';
import type { JudgmentExtraction } from './types';

export type * from './types';
export { parseAmountWords } from './amount-words';
export { findAmounts, parseDigitNumber } from './amounts';
export { checkCccd, findNationalId, findTaxCode, taxCodeChecksumOk } from './identifiers';

/**
 * Proposes the structured fields of a Vietnamese judgment (bản án) or decision (quyết định) from its full text.
 * Nothing here is authoritative: every value carries a confidence and the span of the original text it came from,
 * for an enforcement officer to confirm or correct.
 */
export function extractJudgment(text: string): JudgmentExtraction {
  const nt = normalizeText(text);
  const sections = findSections(nt.text);
  const meta = extractJudgmentMeta(nt, sections);
  const records = extractParties(nt, sections);
  const obligations = extractObligations(nt, sections, records);
  return { ...meta, parties: records.map((r) => r.party), obligations };
}
