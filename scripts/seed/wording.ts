// The Vietnamese words of seed data: how parties are named in running text, what a money obligation is for, and how
// amounts are written ("150.000.000 đồng"). Judgments, decisions and obligation descriptions all draw on it.
import { CaseType as T, ObligationKind as K, PartyType } from '../../subgraphs/cases/entities/enums';
import { findProvince } from '../../shared/vn/provinces';
import type { CasePlan, ObligationPlan, PartyPlan } from './case-plan';
import { BANK_ORGANIZATIONS, generatePerson, type BaseContext } from './context';
import { provinceUnitName } from './geography';
import type { Address } from './people';
import { organizationRecord } from './registers';
import type { Rng } from './random';

/** 150000000n → "150.000.000". */
export function formatMoney(amount: bigint): string {
  return amount.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export interface PartyInfo {
  readonly party: PartyPlan;
  readonly name: string;
  /** "ông Nguyễn Văn An", "bà Trần Thị Bình", or the organization's name: how running text names the party. */
  readonly mention: string;
  /** "Ông Nguyễn Văn An, sinh năm 1970; CCCD số 001070012345" / "Công ty …; mã số doanh nghiệp 0101234567". */
  readonly entry: string;
  readonly identifier: string;
  readonly address: string;
  readonly nationalId: string | null;
}

export function addressLine(a: Address): string {
  const province = findProvince(a.provinceCode);
  return `${a.street}, ${a.ward}, ${province ? provinceUnitName(province) : a.provinceCode}`;
}

export function partyInfo(ctx: BaseContext, party: PartyPlan): PartyInfo {
  if (party.type === PartyType.PERSON) {
    const p = generatePerson(ctx.seed, party.index);
    const honorific = p.gender === 'MALE' ? 'ông' : 'bà';
    const born = p.dateOfBirth.slice(0, 4);
    return {
      party,
      name: p.fullName,
      mention: `${honorific} ${p.fullName}`,
      entry: `${honorific === 'ông' ? 'Ông' : 'Bà'} ${p.fullName}, sinh năm ${born}; CCCD số ${p.nationalId}`,
      identifier: p.nationalId,
      address: addressLine(p.currentAddress),
      nationalId: p.nationalId,
    };
  }
  const o = organizationRecord(ctx.seed, party.index);
  return {
    party,
    name: o.name,
    mention: o.name,
    entry: `${o.name}; mã số doanh nghiệp ${o.taxCode}`,
    identifier: o.taxCode,
    address: addressLine(o.address),
    nationalId: null,
  };
}

/** Infos of every party of a case, by position. */
export function caseParties(ctx: BaseContext, plan: CasePlan): PartyInfo[] {
  return plan.parties.map((p) => partyInfo(ctx, p));
}

const SUBJECTS: Readonly<Record<T, readonly string[]>> = {
  [T.CIVIL]: [
    'tiền nợ gốc và lãi theo hợp đồng vay tài sản', 'tiền đặt cọc và tiền phạt cọc', 'tiền chuyển nhượng quyền sử dụng đất',
    'tiền bồi thường thiệt hại ngoài hợp đồng', 'tiền mua bán hàng hóa còn nợ', 'tiền thuê nhà còn nợ',
  ],
  [T.FAMILY]: [
    'tiền chênh lệch khi chia tài sản chung của vợ chồng', 'tiền cấp dưỡng nuôi con một lần', 'tiền chia tài sản chung và nợ chung',
  ],
  [T.BUSINESS]: [
    'nợ gốc, lãi trong hạn và lãi quá hạn theo hợp đồng tín dụng', 'tiền hàng và lãi chậm thanh toán theo hợp đồng mua bán hàng hóa',
    'tiền thi công còn nợ theo hợp đồng xây dựng', 'tiền cước vận chuyển còn nợ',
  ],
  [T.LABOUR]: [
    'tiền lương, trợ cấp thôi việc và bồi thường do đơn phương chấm dứt hợp đồng lao động trái pháp luật',
    'tiền lương và bảo hiểm xã hội còn nợ',
  ],
  [T.CRIMINAL]: [
    'tiền bồi thường thiệt hại do hành vi lừa đảo chiếm đoạt tài sản', 'tiền bồi thường thiệt hại về sức khỏe',
    'tiền bồi thường tài sản bị chiếm đoạt', 'tiền bồi thường thiệt hại do tai nạn giao thông',
    'tiền bồi thường tổn thất về tinh thần và chi phí mai táng',
  ],
  [T.ADMINISTRATIVE]: [
    'tiền bồi thường thiệt hại do quyết định hành chính trái pháp luật gây ra', 'tiền bồi thường, hỗ trợ khi Nhà nước thu hồi đất',
  ],
};
const BANK_LOAN = 'nợ gốc, lãi trong hạn và lãi quá hạn theo hợp đồng tín dụng';

/** What the money of a case is for; a bank creditor always sues on a credit contract. */
export function subjectPhrase(plan: CasePlan, creditor: PartyPlan | null = plan.creditors[0] ?? null): string {
  if (creditor && creditor.type === PartyType.ORGANIZATION && creditor.index < BANK_ORGANIZATIONS) return BANK_LOAN;
  return SUBJECTS[plan.caseType][plan.subject] ?? SUBJECTS[plan.caseType][0]!;
}

/** The dispute as a judgment heading names it ("V/v: Tranh chấp hợp đồng vay tài sản"). */
export function disputeTitle(plan: CasePlan): string {
  switch (plan.caseType) {
    case T.CRIMINAL:
      return ['Tội lừa đảo chiếm đoạt tài sản', 'Tội cố ý gây thương tích', 'Tội trộm cắp tài sản', 'Tội vi phạm quy định về tham gia giao thông đường bộ', 'Tội giết người'][plan.subject] ?? 'Tội trộm cắp tài sản';
    case T.FAMILY:
      return 'Ly hôn, nuôi con, chia tài sản chung';
    case T.LABOUR:
      return 'Tranh chấp về đơn phương chấm dứt hợp đồng lao động';
    case T.ADMINISTRATIVE:
      return 'Khiếu kiện quyết định hành chính trong lĩnh vực quản lý đất đai';
    case T.BUSINESS:
      return plan.creditors[0] && subjectPhrase(plan) === BANK_LOAN ? 'Tranh chấp hợp đồng tín dụng' : 'Tranh chấp hợp đồng mua bán hàng hóa';
    default:
      return subjectPhrase(plan) === BANK_LOAN
        ? 'Tranh chấp hợp đồng tín dụng'
        : ['Tranh chấp hợp đồng vay tài sản', 'Tranh chấp hợp đồng đặt cọc', 'Tranh chấp hợp đồng chuyển nhượng quyền sử dụng đất',
            'Tranh chấp về bồi thường thiệt hại ngoài hợp đồng', 'Tranh chấp hợp đồng mua bán tài sản', 'Tranh chấp hợp đồng thuê nhà'][plan.subject] ??
          'Tranh chấp hợp đồng dân sự';
  }
}

const FEE_KIND: Readonly<Record<T, string>> = {
  [T.CIVIL]: 'án phí dân sự', [T.FAMILY]: 'án phí dân sự', [T.BUSINESS]: 'án phí kinh doanh thương mại',
  [T.LABOUR]: 'án phí lao động', [T.CRIMINAL]: 'án phí hình sự và án phí dân sự', [T.ADMINISTRATIVE]: 'án phí hành chính',
};

/**
 * "ông A, bà B và Công ty C"; when that would take more than `maxBytes` (documents are short), the first name and a
 * count instead: "ông A và 2 người khác".
 */
export function names(infos: readonly PartyInfo[], maxBytes = Infinity, others = 'người khác'): string {
  const full = infos.length === 1 ? infos[0]!.mention : `${infos.slice(0, -1).map((i) => i.mention).join(', ')} và ${infos[infos.length - 1]!.mention}`;
  return Buffer.byteLength(full, 'utf8') <= maxBytes ? full : `${infos[0]!.mention} và ${infos.length - 1} ${others}`;
}

/**
 * The obligation as the judgment words it. `rng` supplies the details a judgment would name (plates, parcels);
 * `maxNameBytes` shortens long lists of debtors for short documents.
 */
export function obligationText(plan: CasePlan, o: ObligationPlan, infos: readonly PartyInfo[], rng: Rng, maxNameBytes = Infinity): string {
  const debtors = [o.debtor, ...o.coDebtors].map((p) => infos[p.position - 1]!);
  const creditor = o.creditor ? infos[o.creditor.position - 1]! : null;
  const level = plan.level === 'PT' ? 'phúc thẩm' : 'sơ thẩm';
  const who = names(debtors, maxNameBytes);
  const Who = who.charAt(0).toUpperCase() + who.slice(1);
  switch (o.kind) {
    case K.PAY_MONEY:
      return `${Who} ${o.joint ? 'liên đới ' : 'phải '}trả cho ${creditor!.mention} số tiền ${formatMoney(o.due!)} đồng ${subjectPhrase(plan, o.creditor)}`;
    case K.COURT_FEE:
      return `${Who} phải nộp ${formatMoney(o.due!)} đồng ${FEE_KIND[plan.caseType]} ${level}`;
    case K.FINE:
      return o.subject === 1
        ? `${Who} phải nộp lại ${formatMoney(o.due!)} đồng thu lợi bất chính để sung quỹ Nhà nước`
        : `${Who} phải nộp ${formatMoney(o.due!)} đồng tiền phạt bổ sung để sung quỹ Nhà nước`;
    case K.HAND_OVER_PROPERTY:
      if (o.subject === 1) {
        return `${Who} phải giao cho ${creditor!.mention} quyền sử dụng thửa đất số ${rng.int(1, 980)}, tờ bản đồ số ${rng.int(1, 140)}`;
      }
      return `${Who} phải giao trả cho ${creditor!.mention} xe ô tô biển kiểm soát ${rng.int(11, 99)}A-${String(rng.int(100, 999))}.${String(rng.int(10, 99))}`;
    default:
      return `${Who} phải thực hiện nghĩa vụ theo bản án`;
  }
}
