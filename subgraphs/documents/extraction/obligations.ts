import { findAmounts, type AmountMatch } from './amounts';
import { decisionClauses, type Clause } from './clauses';
import { collapseSpaces, type NormalizedText } from './normalize';
import type { PartyRecord } from './parties';
import { PartyMatcher } from './party-mentions';
import type { Sections } from './sections';
import type { Extracted, ExtractedObligation, ObligationKind } from './types';

/**
 * Obligations from the operative part (QUYẾT ĐỊNH) only. The grammar of an order is
 *   [Buộc] DEBTORS [phải | có nghĩa vụ | có trách nhiệm] [liên đới] VERB [cho] CREDITORS [số tiền] AMOUNT
 * for payments and hand-overs, and
 *   DEBTORS phải chịu AMOUNT án phí ... [, được trừ vào tiền tạm ứng án phí đã nộp ...]
 * for court fees, which are owed to the State. Past facts ("đã bồi thường"), refusals ("không chấp nhận yêu cầu
 * buộc ...", "không phải chịu án phí") and refunds of advance fees ("hoàn trả tiền tạm ứng án phí") are not obligations.
 */

const VERB =
  /(?<![\p{L}])(?:bồi thường|bồi hoàn|hoàn trả|thanh toán|trả lại|trả nợ|hoàn lại|chuyển trả|giao trả|giao lại|bàn giao|chuyển giao|cấp dưỡng|nộp lại|nộp|giao|trả|di dời|tháo dỡ|khôi phục|chấm dứt|phạt|nhận\s+[^.;:]{0,60}?trở lại làm việc)(?![\p{L}])(?!\s+(?:thông|dịch|kết|ước|tiếp|khoán|thầu|lời|giá|đơn|hồ sơ)(?![\p{L}]))/giu;
/** A verb after these words is a past fact, a refusal, a time limit or a noun ("tiền bồi thường"). */
const NOT_AN_ORDER = /(?<![\p{L}])(?:đã|chưa|không phải|không|khi|chậm|tiền|khoản|mức|số tiền|việc)\s+(?:(?!(?:và|hoặc|nhưng)\s)[\p{L}]+\s+){0,2}$/u;
const CONTINUATION = /(?<![\p{L}])còn\s+(?:phải\s+)?$/u;
const BUOC = /(?<![\p{L}])buộc(?![\p{L}])/giu;
const REFUSED_BEFORE_BUOC = /(?:về việc|yêu cầu|đề nghị|đòi|không)\s*$/iu;
/** "Bác yêu cầu khởi kiện của A về việc … và buộc B …": the order is part of the claim that was refused. */
const REFUSED_CLAIM = /(?:không chấp nhận|bác|đình chỉ)(?:\s+(?:toàn bộ|một phần))?\s+(?:các\s+)?yêu cầu(?![^.;]*(?:chấp nhận|cụ thể|giữ nguyên))[^.;]*$/iu;
/** A clause that refuses a claim ("Bác yêu cầu ...", "Không chấp nhận yêu cầu ..."); refusing an appeal keeps the orders. */
const REFUSAL_START =
  /^[\s\d.)\-+*•a-zđ]{0,6}(?:(?:không chấp nhận|bác|đình chỉ(?: giải quyết)?)(?:\s+(?:toàn bộ|một phần))?\s+(?:các\s+)?yêu cầu|không buộc)(?![\p{L}])/iu;
const MODAL_ONLY = /^[\s,;:.\-+*•\d)]*(?:(?:thì|đồng thời|và|phải|có nghĩa vụ|có trách nhiệm|tiếp tục|được|tự nguyện)\s*)*$/iu;

const MODAL_WORD = /phải|có nghĩa vụ|có trách nhiệm|tiếp tục|đồng thời/iu;
const MONEY_VERBS = /^(?:bồi thường|bồi hoàn|hoàn trả|thanh toán|trả lại|trả nợ|hoàn lại|chuyển trả|cấp dưỡng|nộp lại|nộp|trả|phạt)$/iu;
const HANDOVER_VERBS = /^(?:giao trả|giao lại|bàn giao|chuyển giao|giao|trả lại|trả|hoàn trả)$/iu;
const OTHER_VERBS = /^(?:di dời|tháo dỡ|khôi phục|chấm dứt|nhận)$/iu;
const STATE_VERBS = /^(?:nộp lại|nộp|phạt)$/iu;
const PROPERTY =
  /(?<![\p{L}])(?:nhà|đất|quyền sử dụng|thửa|diện tích|căn hộ|xe|ô tô|mô tô|tài sản|hàng hóa|hàng hoá|máy|thiết bị|vàng|công trình|lô|ki-ốt|kiốt|container|chỉ vàng)(?![\p{L}])/iu;
/**
 * Papers: handing them over ("trả sổ bảo hiểm xã hội", "giao bản chính Giấy chứng nhận quyền sử dụng đất", "trả lại
 * giấy tờ xe") is an act (OTHER), not a hand-over of property, even when they concern property: the thing named first
 * is what is handed over.
 */
const DOCUMENT =
  /(?<![\p{L}])(?:sổ|giấy|giấy tờ|bản chính|bản gốc|bản sao|hồ sơ|chứng từ|hóa đơn|hoá đơn|văn bằng|chứng chỉ|thẻ|tài liệu)(?![\p{L}])/iu;
/** Words that make the object of "trả"/"giao" a sum rather than a thing: "chi phí định giá tài sản", "giá trị tài sản". */
const MONEY_OBJECT = /(?<![\p{L}])(?:số tiền|tiền|chi phí|giá trị|khoản|phí|nợ)(?![\p{L}])/iu;
const TO_STATE = /ngân sách|công quỹ|sung quỹ|nhà nước|sung công/iu;
const REFUND = /tạm ứng án phí|tạm ứng lệ phí|tiền tạm ứng/iu;
const EXCLUDED_AMOUNT =
  /(?:đã (?:trả|thanh toán|nhận|bồi thường|nộp|giao|khắc phục)|được (?:khấu )?trừ|khấu trừ|đối trừ|tạm ứng|tính trên|trên số|trên (?:số )?(?:dư )?nợ gốc)(?:\s+[\p{L}]+){0,5}\s*:?\s*$/iu;

/** What opens the breakdown of an amount: "(gồm", ", trong đó", "bao gồm", "cụ thể là". */
const BREAKDOWN_OPEN = /(?:^|[\s,:])(\(\s*)?(?:trong đó|bao gồm|gồm(?:\s+có)?|cụ thể(?:\s+(?:là|như sau|gồm))?|chi tiết(?:\s+gồm)?)(?![\p{L}])/iu;
/** A word that starts another order: between a total and "gồm", it means the breakdown belongs to someone else. */
const ANOTHER_ORDER = /(?<![\p{L}])(?:phải|chịu|nộp|trả|thanh toán|bồi thường|buộc|giao|cấp dưỡng)(?![\p{L}])/iu;

/** "… là 40.000.000 đồng", "…: 40.000.000 đồng". */
const NAMED_AMOUNT = /(?:(?<![\p{L}])là|:)\s*$/u;
const DEDUCTED = /(?<![\p{L}])(?:được (?:khấu )?trừ|khấu trừ|đối trừ|trừ đi|trừ vào|tạm ứng)(?![\p{L}])/iu;

const FEE_VERB = /(?<![\p{L}])(?:phải chịu|chịu|phải nộp|nộp)(?![\p{L}])/giu;
const FEE_NOT_OWED = /(?:không|không phải|đã|được miễn|miễn|được)\s*$/iu;
const FEE_WORDS = /án phí|lệ phí/iu;
const DEDUCTION = /được (?:khấu )?trừ|khấu trừ|đối trừ|tạm ứng|đã nộp|hoàn trả|trả lại|nhưng được|chuyển thành/iu;

const EACH = /(?<![\p{L}])mỗi\s+(?:người|bị cáo|bên|bị đơn|nguyên đơn|đương sự)(?![\p{L}])/iu;
const JOINT = /liên đới/iu;

interface Draft {
  kind: ObligationKind;
  debtorKeys: string[];
  creditorKeys: string[];
  amount: { value: bigint; start: number; end: number; confidence: number } | null;
  jointLiability: boolean;
  descStart: number;
  descEnd: number;
  confidence: number;
}

interface VerbAt {
  verb: string;
  start: number;
  end: number;
}

class ObligationReader {
  private readonly matcher: PartyMatcher;
  private readonly amounts: AmountMatch[];
  readonly drafts: Draft[] = [];
  private lastDebtors: string[] = [];
  /** Amounts that only break down an earlier amount, and the stretches of text those breakdowns take. */
  private readonly parts = new Set<AmountMatch>();
  private readonly breakdowns: Array<[number, number]> = [];

  constructor(
    private readonly nt: NormalizedText,
    private readonly sections: Sections,
    private readonly parties: PartyRecord[],
  ) {
    this.matcher = new PartyMatcher(parties);
    this.amounts = findAmounts(nt.text.slice(0, sections.decisionEnd)).filter((a) => a.start >= sections.decisionStart);
  }

  private get text(): string {
    return this.nt.text;
  }

  /** Amounts in [from, to), without the parts of a breakdown (see markBreakdowns). */
  private amountsIn(from: number, to: number): AmountMatch[] {
    return this.amounts.filter((a) => a.start >= from && a.start < to && !this.parts.has(a));
  }

  private inBreakdown(pos: number): boolean {
    return this.breakdowns.some(([s, e]) => pos >= s && pos < e);
  }

  /**
   * A breakdown restates an amount already ordered, so neither its amounts nor its verbs are obligations of their own:
   * "chịu 1.275.000 đồng án phí dân sự sơ thẩm (gồm 150.000 đồng … và 1.125.000 đồng …)", "… 2.000.000 đồng, trong
   * đó 1.700.000 đồng … và 300.000 đồng …", "… là 5.300.000 đồng bao gồm …". It opens with "gồm", "bao gồm", "trong
   * đó", "cụ thể" or "chi tiết" after a total, with only words (no other amount, no other order) in between, and runs to
   * its closing bracket, or else to the end of the sentence (to the end of the clause when it announces a list with
   * ":"). Its amounts must not add up to more than the total: otherwise they are not its parts.
   */
  private markBreakdowns(from: number, to: number): void {
    const text = this.text;
    const amounts = this.amounts.filter((a) => a.start >= from && a.start < to);
    amounts.forEach((total, i) => {
      const next = amounts[i + 1];
      if (!next || this.parts.has(total)) return;
      const gap = text.slice(total.end, next.start);
      const open = BREAKDOWN_OPEN.exec(gap);
      if (!open || /[;]|\.\s/u.test(gap.slice(0, open.index)) || ANOTHER_ORDER.test(gap.slice(0, open.index))) return;
      const start = total.end + open.index;
      let end: number;
      if (open[1]) {
        // The bracket that opened the breakdown closes it; brackets inside (amounts in words) are skipped.
        let depth = 0;
        end = to;
        for (let k = start + open[0].indexOf('('); k < to; k++) {
          if (text[k] === '(') depth++;
          else if (text[k] === ')' && --depth === 0) {
            end = k + 1;
            break;
          }
        }
      } else if (/^\s*:\s*\n/u.test(text.slice(total.end + open.index + open[0].length, to))) {
        end = to;
      } else {
        const stop = /;|\.(?=\s|$)/u.exec(text.slice(start + open[0].length, to));
        end = stop ? start + open[0].length + stop.index : to;
      }
      const parts = amounts.filter((a) => a.start >= start && a.start < end);
      const sum = parts.reduce((acc, a) => acc + a.value, 0n);
      if (parts.length === 0 || sum > total.value) return;
      for (const a of parts) this.parts.add(a);
      this.breakdowns.push([start, end]);
    });
  }

  readClause(clause: Clause): void {
    this.markBreakdowns(clause.start, clause.end);
    const body = this.text.slice(clause.start, clause.end);
    if (FEE_WORDS.test(body) || clause.feeContext) {
      let at = clause.start;
      for (const part of body.split(';')) {
        const a = at;
        const b = at + part.length;
        at = b + 1;
        if (/(?:trả|thanh toán|bồi thường|hoàn trả)\s+(?:lại\s+)?cho/iu.test(part) && !REFUND.test(part) && !FEE_WORDS.test(part)) this.readOrders(a, b);
        else this.readFees(a, b, clause.feeContext);
      }
      return;
    }
    this.readOrders(clause.start, clause.end);
  }

  private verbsIn(from: number, to: number): Array<VerbAt & { continuation: boolean }> {
    const zone = this.text.slice(from, to);
    const out: Array<VerbAt & { continuation: boolean }> = [];
    for (const m of zone.matchAll(VERB)) {
      const start = from + m.index!;
      if (this.inBreakdown(start)) continue;
      const before = this.text.slice(Math.max(from, start - 30), start);
      if (NOT_AN_ORDER.test(before)) continue;
      // Verbs that only make an order of their own after "buộc"/"phải" ("do chấm dứt hợp đồng" is a reason).
      const word = m[0].toLowerCase().startsWith('nhận') ? 'nhận' : m[0].toLowerCase();
      if (OTHER_VERBS.test(word) && !/(?:phải|nghĩa vụ|trách nhiệm|buộc[^.;]{0,80}?)\s*$/iu.test(this.text.slice(Math.max(from, start - 90), start))) continue;
      const prev = out[out.length - 1];
      // "thanh toán trả", "trả lại": one verb.
      if (prev && /^\s*$/.test(this.text.slice(prev.end, start))) {
        prev.end = start + m[0].length;
        continue;
      }
      out.push({ verb: m[0].toLowerCase().replace(/\s+/g, ' '), start, end: start + m[0].length, continuation: CONTINUATION.test(before) });
    }
    // "còn phải bồi thường ..." continues the previous order: its amount is the remainder, not a new debt.
    const merged: Array<VerbAt & { continuation: boolean }> = [];
    for (const v of out) if (!(v.continuation && merged.length > 0)) merged.push(v);
    return merged;
  }

  /** Payment, hand-over and other orders in [from, to). */
  private readOrders(from: number, to: number): void {
    const text = this.text;
    const verbs = this.verbsIn(from, to);
    const buocs = [...text.slice(from, to).matchAll(BUOC)].map((m) => ({ start: from + m.index!, end: from + m.index! + m[0].length }));
    if (verbs.length === 0) {
      // "Buộc Công ty X nhận ..."/"Buộc ... thực hiện ..." without a recognized verb is still an order.
      const b = buocs[0];
      if (b && !REFUSED_BEFORE_BUOC.test(text.slice(Math.max(from, b.start - 15), b.start)) && !REFUSED_CLAIM.test(text.slice(from, b.start))) {
        const debtors = this.matcher.resolve(text, b.end, Math.min(to, b.end + 120));
        const first = this.matcher.mentions(text, b.end, to)[0];
        const keys = first ? [first.key] : debtors.keys;
        if (keys.length > 0) this.push({ kind: 'OTHER', debtorKeys: keys, creditorKeys: [], amount: null, jointLiability: false, descStart: from, descEnd: to, confidence: 0.6 });
      }
      return;
    }
    if (buocs.length === 0 && REFUSAL_START.test(text.slice(from, verbs[0]!.start))) return;

    let prevEnd = from;
    let clauseDebtors: string[] = [];
    let clauseCreditors: string[] = [];
    let prevJoint = false;
    verbs.forEach((v, i) => {
      const segEnd = i + 1 < verbs.length ? verbs[i + 1]!.start : to;
      // Debtors: what stands between the last "buộc", colon, semicolon or "theo đó" and the verb.
      const lead = text.slice(prevEnd, v.start);
      const buoc = [...buocs].reverse().find((b) => b.start >= prevEnd && b.end <= v.start);
      if (buoc && (REFUSED_BEFORE_BUOC.test(text.slice(Math.max(from, buoc.start - 15), buoc.start)) || REFUSED_CLAIM.test(text.slice(from, buoc.start)))) {
        prevEnd = v.end;
        return;
      }
      let zoneStart = prevEnd;
      if (buoc) zoneStart = buoc.end;
      const boundary = Math.max(lead.lastIndexOf(':'), lead.lastIndexOf(';'), lead.search(/theo đó(?![\p{L}])/u) >= 0 ? lead.search(/theo đó/u) + 7 : -1);
      if (boundary >= 0 && prevEnd + boundary + 1 > zoneStart) zoneStart = prevEnd + boundary + 1;
      const zoneText = text.slice(zoneStart, v.start);
      if (i > 0 && prevJoint && /mỗi|phần/iu.test(lead)) {
        // "liên đới bồi thường 60.000.000 đồng, mỗi bị cáo phải bồi thường 30.000.000 đồng": shares of one debt.
        prevEnd = v.end;
        return;
      }
      // "Công ty A đồng ý không yêu cầu Công ty B trả tiền lãi": a waiver, not an order. Only the words since the last
      // comma count: "Không chấp nhận kháng cáo của bị đơn, ông A phải trả ..." is still an order.
      if (/(?<![\p{L}])(?:không|chưa|rút|miễn|từ bỏ)(?![\p{L}])/iu.test(zoneText.slice(zoneText.lastIndexOf(',') + 1))) {
        prevEnd = v.end;
        return;
      }
      let debtors = this.matcher.resolve(text, zoneStart, v.start);
      // Only a debtor named right before the verb makes an order out of a verb with no sum and no property
      // ("Anh A giao cháu B cho chị C").
      const explicitDebtor = debtors.keys.length > 0 && !debtors.byRole;
      // An order whose subject is carried over is described from its verb.
      const descStart = debtors.keys.length === 0 ? v.start : zoneStart;
      // A subject-less order ("; đồng thời phải trả ...") continues the last debtor; a bare verb at the start of a
      // clause ("Giao cho chị B được sở hữu ...") is an allocation, not an order against anyone.
      if (debtors.keys.length === 0 && (i > 0 || (MODAL_ONLY.test(zoneText) && MODAL_WORD.test(zoneText)))) {
        const inherited = i > 0 ? clauseDebtors : this.lastDebtors;
        debtors = { keys: inherited, confidence: 0.6, byRole: false };
      }
      const verb = v.verb.split(' ')[0] === 'nhận' ? 'nhận' : v.verb;
      // "đợt 1 trả 50.000.000 đồng": an instalment of the debt just ordered, not another debt.
      if (i > 0 && /(?<![\p{L}])(?:đợt|lần\s+(?:thứ|\d)|kỳ|hàng tháng|thời hạn)(?![\p{L}])/iu.test(text.slice(verbs[i - 1]!.end, v.start))) {
        prevEnd = v.end;
        return;
      }
      const isState = STATE_VERBS.test(verb);
      if (verb === 'phạt') {
        // "Phạt bổ sung bị cáo A 10.000.000 đồng": the debtor follows the verb.
        const amt = this.amountsIn(v.end, segEnd)[0];
        if (!amt || /(?<![\p{L}])tù(?![\p{L}])/u.test(text.slice(v.end, amt.start))) {
          prevEnd = segEnd;
          return;
        }
        const fined = this.matcher.resolve(text, v.end, amt.start);
        if (fined.keys.length > 0) {
          this.push({ kind: 'PAY_MONEY', debtorKeys: fined.keys, creditorKeys: [], amount: amt, jointLiability: false, descStart: v.start, descEnd: segEnd, confidence: 0.75 });
        }
        prevEnd = v.end;
        return;
      }
      if (debtors.keys.length === 0) {
        prevEnd = v.end;
        return;
      }
      const segText = text.slice(v.end, segEnd);
      if (REFUND.test(segText) || (isState && !TO_STATE.test(segText))) {
        prevEnd = v.end;
        return;
      }
      const amounts = this.amountsIn(v.end, segEnd);
      const firstAmount = amounts[0];
      const objectEnd = firstAmount ? firstAmount.start : segEnd;
      const kind = this.classify(v, verb, segEnd, firstAmount, Boolean(buoc) || (explicitDebtor && !isState));
      if (!kind) {
        prevEnd = v.end;
        return;
      }
      const amount = kind === 'PAY_MONEY' ? this.chooseAmount(amounts, v.end) : null;
      let creditors = isState ? [] : this.creditorsOf(kind, v, verb, debtors.keys, firstAmount, segEnd);
      // "trả lại cho ông B 150.000.000 đồng và bồi thường 45.000.000 đồng": the second order has the same creditor.
      if (!isState && creditors.length === 0 && i > 0 && sameKeys(debtors.keys, clauseDebtors)) creditors = clauseCreditors;
      const joint = JOINT.test(text.slice(zoneStart, objectEnd));
      // "mỗi người" splits the order: per debtor ("A và B mỗi người phải trả ...") or, with one debtor, per creditor
      // ("thanh toán cho B, C và D mỗi người 320.000.000 đồng").
      const eachSaid = EACH.test(text.slice(zoneStart, objectEnd));
      const each = eachSaid && debtors.keys.length > 1;
      const eachCreditor = eachSaid && !each && creditors.length > 1;
      const confidence = Math.min(debtors.confidence, amount ? amount.confidence + 0.05 : 0.85);
      // The description ends with this order: at the first ";" after its amount, before the next order's subject.
      const semicolon = text.slice(amount ? amount.end : v.end, segEnd).indexOf(';');
      const descEnd = semicolon >= 0 ? (amount ? amount.end : v.end) + semicolon : segEnd;
      const base: Draft = {
        kind,
        debtorKeys: debtors.keys,
        creditorKeys: creditors,
        amount,
        jointLiability: joint && !each,
        descStart,
        descEnd,
        confidence,
      };
      if (each) for (const k of debtors.keys) this.push({ ...base, debtorKeys: [k] });
      else if (eachCreditor) for (const k of creditors) this.push({ ...base, creditorKeys: [k] });
      else this.push(base);
      clauseDebtors = debtors.keys;
      clauseCreditors = creditors;
      prevJoint = base.jointLiability;
      // The next order's subject is looked for after this order's amount (or verb), behind the last ";" or ":".
      prevEnd = Math.min(segEnd, amount ? Math.max(amount.end, v.end) : v.end);
    });
  }

  /**
   * What an order asks: a sum (PAY_MONEY), a thing (HAND_OVER_PROPERTY: "giao trả nhà", "trả lại diện tích đất"),
   * or another act (OTHER: "tháo dỡ", "nhận ... trở lại làm việc", or any order with neither sum nor thing).
   * `ordered` says the verb is an order even without a sum or a thing ("Buộc ...", or a named debtor).
   */
  private classify(v: VerbAt, verb: string, segEnd: number, firstAmount: AmountMatch | undefined, ordered: boolean): ObligationKind | null {
    const text = this.text;
    const object = text.slice(v.end, firstAmount ? firstAmount.start : segEnd);
    const propertyFirst = this.thingHandedOver(v.end, firstAmount ? firstAmount.start : segEnd) === 'property' && !MONEY_OBJECT.test(object);
    if (/trở lại làm việc|di dời|tháo dỡ|khôi phục|chấm dứt/iu.test(v.verb)) return 'OTHER';
    if (HANDOVER_VERBS.test(verb) && propertyFirst) return 'HAND_OVER_PROPERTY';
    // "giao cho bà B số tiền 50.000.000 đồng" hands over a sum.
    if (firstAmount && (MONEY_VERBS.test(verb) || (HANDOVER_VERBS.test(verb) && MONEY_OBJECT.test(object)))) return 'PAY_MONEY';
    if (HANDOVER_VERBS.test(verb) && this.thingHandedOver(v.end, segEnd) === 'property') return 'HAND_OVER_PROPERTY';
    if (ordered && (HANDOVER_VERBS.test(verb) || MONEY_VERBS.test(verb) || OTHER_VERBS.test(verb))) return 'OTHER';
    return null;
  }

  /**
   * Whether [from, to) first names property (a house, land, a vehicle) or papers (a book, a certificate), leaving out
   * the names of the parties ("cho Công ty TNHH Nhà Đất Phú Mỹ" names no land).
   */
  private thingHandedOver(from: number, to: number): 'property' | 'document' | null {
    let zone = this.text.slice(from, to);
    for (const m of this.matcher.mentions(this.text, from, to).reverse()) {
      zone = zone.slice(0, m.start - from) + ' '.repeat(m.end - m.start) + zone.slice(m.end - from);
    }
    const property = PROPERTY.exec(zone)?.index ?? -1;
    const document = DOCUMENT.exec(zone)?.index ?? -1;
    if (property < 0) return document < 0 ? null : 'document';
    return document >= 0 && document < property ? 'document' : 'property';
  }

  /** Who receives: the parties named between the verb and the sum, or after "cho" behind the sum; never a debtor. */
  private creditorsOf(kind: ObligationKind, v: VerbAt, verb: string, debtors: string[], firstAmount: AmountMatch | undefined, segEnd: number): string[] {
    const text = this.text;
    const notDebtor = (k: string): boolean => !debtors.includes(k);
    // For other orders the beneficiary may sit inside the verb phrase ("nhận bà B trở lại làm việc").
    const from = kind === 'OTHER' ? v.start : v.end;
    let creditors = this.matcher.resolve(text, from, firstAmount ? firstAmount.start : segEnd).keys.filter(notDebtor);
    if (creditors.length === 0 && firstAmount) {
      const cho = /(?<![\p{L}])cho(?![\p{L}])/u.exec(text.slice(firstAmount.end, segEnd));
      if (cho) creditors = this.matcher.resolve(text, firstAmount.end + cho.index, segEnd).keys.filter(notDebtor);
    }
    if (creditors.length === 0 && verb === 'cấp dưỡng') creditors = this.custodian(v.start, debtors);
    return creditors;
  }

  /**
   * Which amount of an order is its amount: the total ("tổng cộng", "tổng số tiền") if stated; the first amount when
   * a breakdown follows ("trong đó", "gồm"); the remainder ("còn lại", "còn phải trả"); else the one amount, or the
   * sum of the components listed ("tiền gốc 100.000.000 đồng và tiền lãi 20.000.000 đồng").
   */
  private chooseAmount(amounts: AmountMatch[], verbEnd: number): Draft['amount'] {
    const text = this.text;
    const usable: Array<{ a: AmountMatch; pre: string }> = [];
    let prev = verbEnd;
    for (const a of amounts) {
      const pre = text.slice(prev, a.start);
      // "hoàn trả cho ông B số tiền phạt đã nộp là 40.000.000 đồng": an amount after "là" or ":" is the value of the
      // object just named, and "đã nộp" only describes that object; it is a sum already paid only after a deduction
      // word or in a phrase of its own (after a comma).
      const ofObject = prev === verbEnd && NAMED_AMOUNT.test(pre) && !/[,;]/u.test(pre) && !DEDUCTED.test(pre);
      prev = a.end;
      if ((!ofObject && EXCLUDED_AMOUNT.test(pre)) || /^\s*[=x×*]/u.test(text.slice(a.end, a.end + 3))) continue;
      usable.push({ a, pre });
    }
    if (usable.length === 0) return null;
    const pick = (a: AmountMatch, factor: number): Draft['amount'] => ({ value: a.value, start: a.start, end: a.end, confidence: a.confidence * factor });
    const total = usable.find((u) => /tổng|cộng\s*:?\s*$/iu.test(u.pre));
    if (total) return pick(total.a, 1);
    const first = usable[0]!;
    if (/^\s*[,(:]?\s*(?:trong đó|bao gồm|gồm)/iu.test(text.slice(first.a.end, first.a.end + 20))) return pick(first.a, 1);
    const remainder = [...usable].reverse().find((u) => /còn\s+(?:lại|phải)/iu.test(u.pre));
    if (remainder) return pick(remainder.a, 0.9);
    if (usable.length === 1) return pick(first.a, 1);
    const sum = usable.reduce((acc, u) => acc + u.a.value, 0n);
    const last = usable[usable.length - 1]!.a;
    return { value: sum, start: first.a.start, end: last.end, confidence: Math.min(...usable.map((u) => u.a.confidence)) * 0.75 };
  }

  /** Child support is paid to the parent raising the child: "Giao con chung ... cho chị B trực tiếp nuôi dưỡng". */
  private custodian(before: number, debtors: string[]): string[] {
    const text = this.text;
    const zone = text.slice(this.sections.decisionStart, before);
    const m = [...zone.matchAll(/cho\s+([^.;]{1,80}?)\s+trực tiếp\s+(?:trông nom|nuôi|chăm sóc)/giu)].pop();
    if (m) {
      const at = this.sections.decisionStart + m.index! + 4;
      const keys = this.matcher.resolve(text, at, at + m[1]!.length).keys.filter((k) => !debtors.includes(k));
      if (keys.length > 0) return keys;
    }
    const main = this.parties.filter((p) => p.party.role.value !== 'RELATED_PARTY' && !debtors.includes(p.party.key));
    return main.length === 1 ? [main[0]!.party.key] : [];
  }

  /** Court fees in [from, to): "ông A phải chịu 5.000.000 đồng án phí dân sự sơ thẩm". */
  private readFees(from: number, to: number, feeContext: boolean): void {
    const text = this.text;
    const verbs = [...text.slice(from, to).matchAll(FEE_VERB)]
      .map((m) => ({ start: from + m.index!, end: from + m.index! + m[0].length }))
      .filter((v) => !FEE_NOT_OWED.test(text.slice(Math.max(from, v.start - 12), v.start)));
    let zoneStart = from;
    verbs.forEach((v, i) => {
      const nextVerb = i + 1 < verbs.length ? verbs[i + 1]!.start : to;
      const cut = DEDUCTION.exec(text.slice(v.end, nextVerb));
      const segEnd = cut ? v.end + cut.index : nextVerb;
      if (!feeContext && !FEE_WORDS.test(text.slice(zoneStart, segEnd))) {
        zoneStart = v.end;
        return;
      }
      const amounts = this.amountsIn(v.end, segEnd).filter(
        (a) => !/^\s*[=x×*]/u.test(text.slice(a.end, a.end + 3)) && !/(?:%|x|×)\s*(?:của)?\s*$/u.test(text.slice(Math.max(v.end, a.start - 8), a.start)),
      );
      let debtors = this.matcher.resolve(text, zoneStart, v.start);
      if (debtors.keys.length === 0 && MODAL_ONLY.test(text.slice(zoneStart, v.start))) debtors = { keys: this.lastDebtors, confidence: 0.6, byRole: false };
      if (debtors.keys.length === 0 || amounts.length === 0) {
        zoneStart = v.end;
        return;
      }
      const lead = text.slice(zoneStart, v.end);
      const each = EACH.test(text.slice(zoneStart, segEnd)) && debtors.keys.length > 1;
      for (const a of amounts) {
        const base: Draft = {
          kind: 'COURT_FEE',
          debtorKeys: debtors.keys,
          creditorKeys: [],
          amount: { value: a.value, start: a.start, end: a.end, confidence: a.confidence },
          jointLiability: JOINT.test(lead) && !each,
          descStart: zoneStart,
          descEnd: segEnd,
          confidence: Math.min(debtors.confidence, a.confidence),
        };
        if (each) for (const k of debtors.keys) this.push({ ...base, debtorKeys: [k] });
        else this.push(base);
      }
      // The next payer is named after this fee: "… 37.500.000 đồng và anh B phải chịu …"; after a deduction
      // ("được trừ vào tạm ứng án phí của ông A, bà B phải chịu …") only the words after the last comma name them.
      const lastAmountEnd = amounts[amounts.length - 1]!.end;
      if (cut) {
        const tail = text.slice(segEnd, nextVerb);
        zoneStart = segEnd + Math.max(tail.lastIndexOf(','), tail.lastIndexOf(';')) + 1;
      } else {
        zoneStart = lastAmountEnd + (/^[\s,;]*(?:và|còn|đồng thời)?/u.exec(text.slice(lastAmountEnd, nextVerb))?.[0].length ?? 0);
      }
    });
  }

  private push(d: Draft): void {
    this.drafts.push(d);
    this.lastDebtors = d.debtorKeys;
  }

  toExtracted(d: Draft): ExtractedObligation {
    const nt = this.nt;
    const lead = /^[\s,;:.\-+*•]*/.exec(nt.text.slice(d.descStart, d.descEnd))![0].length;
    // Connectives that lead into the next order ("... 500.000.000 đồng và tiếp tục") are not part of this one.
    const raw = nt.text
      .slice(d.descStart + lead, d.descEnd)
      .replace(/(?:[\s,;]+(?:và|đồng thời|tiếp tục|phải|có nghĩa vụ|có trách nhiệm|buộc))+[\s,;]*$/iu, '')
      .replace(/[\s,;]+$/u, '');
    const descEnd = d.descStart + lead + raw.length;
    const amount: Extracted<string> | null = d.amount
      ? { value: d.amount.value.toString(), confidence: round(d.amount.confidence), span: nt.span(d.amount.start, d.amount.end) }
      : null;
    return {
      kind: d.kind,
      debtorKeys: d.debtorKeys,
      creditorKeys: d.creditorKeys,
      amount,
      jointLiability: d.jointLiability,
      description: { value: collapseSpaces(raw), confidence: round(d.confidence), span: nt.span(d.descStart + lead, descEnd) },
    };
  }
}

function sameKeys(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((k) => b.includes(k));
}

function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}

export function extractObligations(nt: NormalizedText, sections: Sections, parties: PartyRecord[]): ExtractedObligation[] {
  if (sections.decisionStart >= sections.decisionEnd) return [];
  const reader = new ObligationReader(nt, sections, parties);
  for (const clause of decisionClauses(nt.text, sections.decisionStart, sections.decisionEnd)) reader.readClause(clause);
  return reader.drafts.map((d) => reader.toExtracted(d));
}
