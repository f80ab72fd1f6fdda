// Rows of the documents schema: for each case its judgment and the documents of the stages it reached, each with a
// short Vietnamese text (300–800 bytes, like the head of the real document), its SHA-256 and size.
import crypto from 'node:crypto';
import { CaseStatus as S, CaseType as T, Initiation, PartyType } from '../../subgraphs/cases/entities/enums';
import { DocumentKind as D } from '../../subgraphs/documents/entities/enums';
import { BANKS } from '../../shared/vn/banks';
import { accountPlans, parcelPlans, planCaseAssets, type CaseAssets } from './asset-plan';
import { dayOf, isoDate, viLongDate, viShortDate, vnTimestamp } from './calendar';
import type { SeedContext } from './case-index';
import { planCase, type CasePlan } from './case-plan';
import type { Row } from './copy-text';
import { planDocuments, type DocumentPlan } from './document-plan';
import { provinceUnitName } from './geography';
import { documentNumbers, judgmentNumber } from './numbering';
import { caseParties, disputeTitle, formatMoney, names, obligationText, type PartyInfo } from './wording';
import { entityRng } from './seed-rng';
import { findProvince } from '../../shared/vn/provinces';

export const DOCUMENT_COLUMNS = [
  'id', 'case_id', 'kind', 'number', 'title', 'issuer_code', 'issuer_name', 'issued_on', 'sha256', 'size_bytes',
  'media_type', 'created_at',
] as const;
export const DOCUMENT_CONTENT_COLUMNS = ['document_id', 'text'] as const;

export const MEDIA_TYPE = 'text/plain; charset=utf-8';
export const MIN_CONTENT_BYTES = 300;
export const MAX_CONTENT_BYTES = 800;
const NEW_LAW_DAY = dayOf('2026-07-01');

const JUDGMENT_KIND: Readonly<Record<T, string>> = {
  [T.CIVIL]: 'dân sự', [T.FAMILY]: 'hôn nhân và gia đình', [T.BUSINESS]: 'kinh doanh thương mại', [T.LABOUR]: 'lao động',
  [T.CRIMINAL]: 'hình sự', [T.ADMINISTRATIVE]: 'hành chính',
};
const NATIONAL_MOTTO = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/**
 * A line that may give way when the text is too long: replaced by its fallback (itself a line, which may give way
 * again), or left out. Larger `drop` goes first.
 */
interface FlexLine {
  readonly text: string;
  readonly fallback?: Line;
  readonly drop: number;
}
type Line = string | FlexLine;

function flex(text: string, drop: number, fallback?: Line): FlexLine {
  return fallback === undefined ? { text, drop } : { text, drop, fallback };
}

function asFlex(line: Line): FlexLine {
  return typeof line === 'string' ? { text: line, drop: -1 } : line;
}

/**
 * The text of a document, in order: while it is longer than MAX_CONTENT_BYTES, the most expendable line gives way to
 * its shorter fallback or is left out; then closing lines are added until it reaches MIN_CONTENT_BYTES. A text still
 * too long after that (many long company names) is cut at a word boundary.
 */
export function fitContent(lines: readonly Line[], closing: readonly string[] = []): string {
  const current = lines.map(asFlex);
  let size = current.reduce((n, l) => n + bytes(l.text), current.length - 1);
  while (size > MAX_CONTENT_BYTES) {
    let victim = -1;
    current.forEach((l, i) => {
      if (l.drop >= 0 && (victim < 0 || l.drop >= current[victim]!.drop)) victim = i;
    });
    if (victim < 0) break;
    const line = current[victim]!;
    size -= bytes(line.text);
    if (line.fallback !== undefined) {
      const replacement = asFlex(line.fallback);
      current[victim] = replacement;
      size += bytes(replacement.text);
    } else {
      current.splice(victim, 1);
      size -= 1;
    }
  }
  let text = current.map((l) => l.text).join('\n');
  for (const line of closing) {
    if (size >= MIN_CONTENT_BYTES) break;
    const extra = 1 + bytes(line);
    if (size + extra > MAX_CONTENT_BYTES) continue;
    text += `\n${line}`;
    size += extra;
  }
  while (size > MAX_CONTENT_BYTES) {
    const cut = text.lastIndexOf(' ', text.length - 2);
    text = (cut > 0 ? text.slice(0, cut) : text.slice(0, text.length - 4)) + '…';
    size = bytes(text);
  }
  return text;
}

function lawCitation(day: number): string {
  return day >= NEW_LAW_DAY
    ? 'Căn cứ Luật Thi hành án dân sự số 106/2025/QH15;'
    : 'Căn cứ Luật Thi hành án dân sự năm 2008, sửa đổi, bổ sung năm 2014;';
}

interface DocumentText {
  readonly title: string;
  readonly text: string;
}

interface CaseDocumentsInput {
  readonly ctx: SeedContext;
  readonly plan: CasePlan;
  readonly assets: CaseAssets;
  readonly docs: readonly DocumentPlan[];
  readonly numbers: ReadonlyMap<string, string>;
  readonly parties: readonly PartyInfo[];
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Lists of names longer than this give way to "X và 2 người khác" in documents. */
const NAME_BYTES = 110;

function debtorNames(input: CaseDocumentsInput): string {
  return names(input.parties.filter((p) => p.party.role === 'DEBTOR'), NAME_BYTES);
}

function agencyHeader(plan: CasePlan, number: string, day: number): string[] {
  return [plan.agency.name.toUpperCase(), ...NATIONAL_MOTTO, `Số: ${number}`, `${plan.agency.province.name}, ${viLongDate(day)}`];
}

function signature(title: string, name: string): FlexLine {
  return flex(`${title}: ${name}`, 1);
}

function judgmentText(input: CaseDocumentsInput, doc: DocumentPlan): DocumentText {
  const { plan, parties } = input;
  const number = input.numbers.get(doc.key)!;
  const level = plan.level === 'PT' ? 'phúc thẩm' : 'sơ thẩm';
  const criminal = plan.caseType === T.CRIMINAL;
  const administrative = plan.caseType === T.ADMINISTRATIVE;
  const label = (p: PartyInfo) =>
    p.party.role === 'CREDITOR' ? (criminal ? 'Bị hại' : administrative ? 'Người khởi kiện' : 'Nguyên đơn') : criminal ? 'Bị cáo' : administrative ? 'Người có nghĩa vụ' : 'Bị đơn';
  const rng = entityRng(input.ctx.seed, 'judgment-text', plan.index);
  const obligations = plan.obligations.map((o) => `${o.position}. ${obligationText(plan, o, parties, rng, NAME_BYTES)}.`);
  const text = fitContent(
    [
      plan.court.name.toUpperCase(), ...NATIONAL_MOTTO, `Bản án số: ${number}`, `Ngày: ${viShortDate(plan.judgmentDay)}`,
      `V/v: ${disputeTitle(plan)}`, `BẢN ÁN ${JUDGMENT_KIND[plan.caseType].toUpperCase()} ${level.toUpperCase()}`,
      // Parties with identity and address when there is room, else by name.
      ...parties.map((p, i) => {
        // The first party on each side always stays; co-parties can give way entirely in a crowded judgment.
        const firstOfSide = parties.findIndex((q) => q.party.role === p.party.role) === i;
        const short = `${label(p)}: ${capitalize(p.mention)}.`;
        return flex(`${label(p)}: ${p.entry}; địa chỉ: ${p.address}.`, 3, firstOfSide ? short : flex(short, 1));
      }),
      'QUYẾT ĐỊNH:', obligations[0]!, ...obligations.slice(1).map((o) => flex(o, 2)),
    ],
    [
      'Kể từ ngày bản án có hiệu lực pháp luật và có đơn yêu cầu thi hành án, nếu người phải thi hành án chậm trả tiền thì còn phải trả lãi theo khoản 2 Điều 468 Bộ luật Dân sự.',
      'Nơi nhận: Các đương sự; Viện kiểm sát nhân dân cùng cấp; Cơ quan thi hành án dân sự; Lưu hồ sơ vụ án.',
    ],
  );
  return { title: `Bản án ${JUDGMENT_KIND[plan.caseType]} ${level} số ${number}`, text };
}

function decisionText(input: CaseDocumentsInput, doc: DocumentPlan): DocumentText {
  const { plan, parties } = input;
  const number = input.numbers.get(doc.key)!;
  const exOfficio = plan.initiation === Initiation.EX_OFFICIO;
  const rng = entityRng(input.ctx.seed, 'decision-text', plan.index);
  const creditors = parties.filter((p) => p.party.role === 'CREDITOR');
  const text = fitContent(
    [
      ...agencyHeader(plan, number, doc.day), `QUYẾT ĐỊNH THI HÀNH ÁN ${exOfficio ? 'CHỦ ĐỘNG' : 'THEO ĐƠN YÊU CẦU'}`,
      flex(`THỦ TRƯỞNG ${plan.agency.name.toUpperCase()}`, 5), flex(lawCitation(doc.day), 4),
      `Căn cứ Bản án số ${judgmentNumber(input.ctx, plan)} ngày ${viShortDate(plan.judgmentDay)} của ${plan.court.name};`,
      ...(exOfficio ? [] : [flex(`Căn cứ đơn yêu cầu thi hành án của ${names(creditors, NAME_BYTES)};`, 3)]),
      'QUYẾT ĐỊNH:', `Điều 1. Cho thi hành án đối với: ${debtorNames(input)}.`,
      ...plan.obligations.map((o) => flex(`- ${obligationText(plan, o, parties, rng, NAME_BYTES)}.`, 2)),
      flex(`Điều 2. Chấp hành viên ${plan.officer.fullName} có trách nhiệm tổ chức thi hành Quyết định này.`, 3),
      signature('THỦ TRƯỞNG', plan.head.fullName),
    ],
    ['Nơi nhận: Các đương sự; Viện kiểm sát nhân dân; Lưu hồ sơ thi hành án.'],
  );
  return { title: `Quyết định thi hành án ${exOfficio ? 'chủ động' : 'theo đơn yêu cầu'} số ${number}`, text };
}

function noticeText(input: CaseDocumentsInput, doc: DocumentPlan): DocumentText {
  const { plan, parties } = input;
  const number = input.numbers.get(doc.key)!;
  const decision = input.numbers.get(`${D.ENFORCEMENT_DECISION}.1`) ?? '';
  const text = fitContent(
    [
      ...agencyHeader(plan, number, doc.day), 'THÔNG BÁO', 'Về việc thi hành án', `Kính gửi: ${names(parties, NAME_BYTES + 40, 'đương sự khác')}.`,
      `${plan.agency.name} thông báo Quyết định thi hành án số ${decision} ngày ${plan.decisionDay === null ? '' : viShortDate(plan.decisionDay)} đối với ${debtorNames(input)}.`,
      'Người phải thi hành án có thời hạn 10 ngày, kể từ ngày nhận được thông báo này, để tự nguyện thi hành án.',
      flex('Hết thời hạn trên mà không tự nguyện thi hành thì bị cưỡng chế thi hành án theo quy định của pháp luật.', 2),
      signature('CHẤP HÀNH VIÊN', plan.officer.fullName),
    ],
    ['Nơi nhận: Như trên; Lưu hồ sơ thi hành án.'],
  );
  return { title: `Thông báo thi hành án số ${number}`, text };
}

function verificationText(input: CaseDocumentsInput, doc: DocumentPlan): DocumentText {
  const { ctx, plan, parties } = input;
  const next = doc.step ? plan.steps[doc.step.sequence] : undefined;
  const nothingFound = next?.to === S.NO_CONDITIONS;
  const findings: string[] = [];
  for (const info of parties.filter((p) => p.party.role === 'DEBTOR')) {
    if (nothingFound) {
      findings.push(`${capitalize(info.mention)} không có tài sản, thu nhập để thi hành án.`);
      continue;
    }
    const accounts = accountPlans(ctx, info.party, true).filter((a) => !a.closed).map((a) => BANKS[a.bankIndex]!.shortName);
    const land = info.party.type === PartyType.PERSON ? parcelPlans(ctx, info.party.index, true).map((p) => p.certificateSerial) : [];
    const parts = [
      accounts.length ? `có tài khoản tại ${accounts.join(', ')}` : 'không có tài khoản còn hoạt động',
      ...(land.length ? [`đứng tên Giấy chứng nhận quyền sử dụng đất số ${land.join(', ')}`] : []),
    ];
    findings.push(`${capitalize(info.mention)} ${parts.join('; ')}.`);
  }
  const debtor = parties.find((p) => p.party.role === 'DEBTOR')!;
  const text = fitContent(
    [
      plan.agency.name.toUpperCase(), ...NATIONAL_MOTTO, `Số: ${input.numbers.get(doc.key)!}`, 'BIÊN BẢN XÁC MINH ĐIỀU KIỆN THI HÀNH ÁN',
      `Hôm nay, ${viLongDate(doc.day)}, Chấp hành viên ${plan.officer.fullName} tiến hành xác minh điều kiện thi hành án của ${debtorNames(input)}.`,
      'Kết quả xác minh:', findings[0]!, ...findings.slice(1).map((f) => flex(f, 2)), flex(`Địa chỉ xác minh: ${debtor.address}.`, 3),
    ],
    ['Biên bản lập xong cùng ngày, đã đọc lại cho những người có mặt cùng nghe và ký tên.', `CHẤP HÀNH VIÊN: ${plan.officer.fullName}`],
  );
  return { title: `Biên bản xác minh điều kiện thi hành án ngày ${viShortDate(doc.day)}`, text };
}

function freezeText(input: CaseDocumentsInput, doc: DocumentPlan): DocumentText {
  const { plan, parties, assets } = input;
  const number = input.numbers.get(doc.key)!;
  const lines = assets.freezes.map((f) => {
    const bank = BANKS[f.account.bankIndex]!;
    return `- Tài khoản số ${f.account.number} của ${parties[f.debtor.position - 1]!.mention} tại ${bank.shortName}, số tiền ${formatMoney(f.amountRequested)} đồng.`;
  });
  const banks = [...new Set(assets.freezes.map((f) => BANKS[f.account.bankIndex]!.shortName))].join(', ');
  const text = fitContent(
    [
      ...agencyHeader(plan, number, doc.day), 'QUYẾT ĐỊNH PHONG TỎA TÀI KHOẢN', flex(lawCitation(doc.day), 4),
      flex(`Căn cứ Quyết định thi hành án số ${input.numbers.get(`${D.ENFORCEMENT_DECISION}.1`) ?? ''};`, 3), 'QUYẾT ĐỊNH:',
      'Điều 1. Phong tỏa các tài khoản sau:', lines[0]!, ...lines.slice(1).map((l) => flex(l, 2)),
      flex(`Điều 2. ${banks} thực hiện ngay việc phong tỏa khi nhận được Quyết định này.`, 3),
    ],
    [`CHẤP HÀNH VIÊN: ${plan.officer.fullName}`, 'Nơi nhận: Ngân hàng; Các đương sự; Lưu hồ sơ thi hành án.'],
  );
  return { title: `Quyết định phong tỏa tài khoản số ${number}`, text };
}

function seizureText(input: CaseDocumentsInput, doc: DocumentPlan): DocumentText {
  const { plan, parties, assets } = input;
  const number = input.numbers.get(doc.key)!;
  const lines = assets.seizures.map((z) => {
    const p = z.parcel;
    const province = findProvince(p.provinceCode)!;
    return `- Quyền sử dụng đất của ${parties[z.debtor.position - 1]!.mention}: thửa đất số ${p.parcelNumber}, tờ bản đồ số ${p.mapSheetNumber}, diện tích ${String(p.areaM2).replace('.', ',')} m², tại ${p.ward}, ${provinceUnitName(province)}; Giấy chứng nhận số ${p.certificateSerial}.`;
  });
  const province = findProvince(assets.seizures[0]!.parcel.provinceCode)!;
  const text = fitContent(
    [
      ...agencyHeader(plan, number, doc.day), 'QUYẾT ĐỊNH CƯỠNG CHẾ KÊ BIÊN, XỬ LÝ TÀI SẢN', 'QUYẾT ĐỊNH:', 'Điều 1. Kê biên tài sản sau:',
      lines[0]!, ...lines.slice(1).map((l) => flex(l, 2)),
      flex(`Điều 2. Văn phòng Đăng ký đất đai ${provinceUnitName(province)} tạm dừng việc đăng ký chuyển quyền đối với thửa đất nêu trên.`, 3),
    ],
    [`CHẤP HÀNH VIÊN: ${plan.officer.fullName}`, 'Nơi nhận: Văn phòng Đăng ký đất đai; Các đương sự; Lưu hồ sơ thi hành án.'],
  );
  return { title: `Quyết định cưỡng chế kê biên quyền sử dụng đất số ${number}`, text };
}

function noConditionsText(input: CaseDocumentsInput, doc: DocumentPlan): DocumentText {
  const { plan } = input;
  const number = input.numbers.get(doc.key)!;
  const reason = doc.step?.reason ?? 'Người phải thi hành án không có thu nhập, tài sản để thi hành án';
  const text = fitContent(
    [
      ...agencyHeader(plan, number, doc.day), 'QUYẾT ĐỊNH VỀ VIỆC CHƯA CÓ ĐIỀU KIỆN THI HÀNH ÁN', flex(lawCitation(doc.day), 4),
      flex(`Căn cứ Quyết định thi hành án số ${input.numbers.get(`${D.ENFORCEMENT_DECISION}.1`) ?? ''} và kết quả xác minh điều kiện thi hành án;`, 3),
      'QUYẾT ĐỊNH:', `Điều 1. Xác định ${debtorNames(input)} chưa có điều kiện thi hành án.`, `Lý do: ${reason}.`,
      flex('Điều 2. Thông tin về người phải thi hành án chưa có điều kiện thi hành án được đăng tải trên Trang thông tin điện tử về thi hành án dân sự.', 2),
      signature('THỦ TRƯỞNG', plan.head.fullName),
    ],
    ['Nơi nhận: Các đương sự; Viện kiểm sát nhân dân; Lưu hồ sơ thi hành án.'],
  );
  return { title: `Quyết định về việc chưa có điều kiện thi hành án số ${number}`, text };
}

const WRITERS: Readonly<Partial<Record<D, (input: CaseDocumentsInput, doc: DocumentPlan) => DocumentText>>> = {
  [D.JUDGMENT]: judgmentText,
  [D.ENFORCEMENT_DECISION]: decisionText,
  [D.NOTICE]: noticeText,
  [D.VERIFICATION_REPORT]: verificationText,
  [D.FREEZE_DECISION]: freezeText,
  [D.SEIZURE_DECISION]: seizureText,
  [D.NO_CONDITIONS_DECISION]: noConditionsText,
};

export interface GeneratedDocument {
  readonly id: string;
  readonly plan: DocumentPlan;
  readonly number: string;
  readonly title: string;
  readonly text: string;
}

/** Every document of a case, with its words. */
export function caseDocuments(ctx: SeedContext, caseIndex: number): { plan: CasePlan; documents: GeneratedDocument[] } {
  const plan = planCase(ctx, caseIndex);
  const assets = planCaseAssets(ctx, plan);
  const docs = planDocuments(ctx, plan, assets);
  const input: CaseDocumentsInput = { ctx, plan, assets, docs, numbers: documentNumbers(ctx, plan, docs), parties: caseParties(ctx, plan) };
  return {
    plan,
    documents: docs.map((doc) => {
      const { title, text } = WRITERS[doc.kind]!(input, doc);
      return { id: ctx.ids.document(caseIndex, doc.key), plan: doc, number: input.numbers.get(doc.key)!, title, text };
    }),
  };
}

export function* documentRows(ctx: SeedContext): Generator<Row> {
  for (let i = 0; i < ctx.sizes.cases; i++) {
    const { plan, documents } = caseDocuments(ctx, i);
    const received = plan.steps[0]!;
    for (const d of documents) {
      const byCourt = d.plan.kind === D.JUDGMENT;
      // A judgment enters the platform when the case is received; the agency's own documents when they are issued.
      const created = byCourt ? vnTimestamp(received.day, received.minute) : vnTimestamp(d.plan.day, d.plan.minute);
      yield [
        d.id, plan.id, d.plan.kind, d.number, d.title, byCourt ? plan.court.code : plan.agency.id,
        byCourt ? plan.court.name : plan.agency.name, isoDate(d.plan.day),
        crypto.hash('sha256', d.text, 'hex'), Buffer.byteLength(d.text, 'utf8'), MEDIA_TYPE, created,
      ];
    }
  }
}

export function* documentContentRows(ctx: SeedContext): Generator<Row> {
  for (let i = 0; i < ctx.sizes.cases; i++) {
    for (const d of caseDocuments(ctx, i).documents) yield [d.id, d.text];
  }
}
