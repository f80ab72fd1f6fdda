// Banks that hold accounts subject to freeze orders, identified the way the interbank network does: the short
// code and the 6-digit NAPAS BIN (the acquirer ID that VietQR transfers carry). Codes and BINs follow the VietQR bank
// list (api.vietqr.io/v2/banks); where a bank is better known by another code (its stock ticker, a common
// abbreviation) that is listed in `aliases` so lookups by either work.

export interface Bank {
  /** Short code as in the VietQR list, e.g. "VCB", "ICB" (VietinBank), "VBA" (Agribank). */
  readonly code: string;
  /** Brand name people use, e.g. "Vietcombank". */
  readonly shortName: string;
  /** 6-digit NAPAS BIN. */
  readonly bin: string;
  /** Full Vietnamese name (NFC). */
  readonly name: string;
  /** English name as the bank writes it. */
  readonly englishName: string;
  /** Other codes the bank is known by (upper case). */
  readonly aliases: readonly string[];
}

function bank(
  code: string,
  shortName: string,
  bin: string,
  name: string,
  englishName: string,
  aliases: readonly string[] = [],
): Bank {
  return { code, shortName, bin, name, englishName, aliases };
}

export const BANKS: readonly Bank[] = [
  bank('VCB', 'Vietcombank', '970436', 'Ngân hàng TMCP Ngoại thương Việt Nam',
    'Joint Stock Commercial Bank for Foreign Trade of Vietnam'),
  bank('BIDV', 'BIDV', '970418', 'Ngân hàng TMCP Đầu tư và Phát triển Việt Nam',
    'Joint Stock Commercial Bank for Investment and Development of Vietnam'),
  bank('ICB', 'VietinBank', '970415', 'Ngân hàng TMCP Công thương Việt Nam',
    'Vietnam Joint Stock Commercial Bank for Industry and Trade', ['CTG', 'VTB']),
  bank('VBA', 'Agribank', '970405', 'Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam',
    'Vietnam Bank for Agriculture and Rural Development', ['AGRIBANK', 'VBARD']),
  bank('TCB', 'Techcombank', '970407', 'Ngân hàng TMCP Kỹ thương Việt Nam',
    'Vietnam Technological and Commercial Joint Stock Bank'),
  bank('MB', 'MBBank', '970422', 'Ngân hàng TMCP Quân đội', 'Military Commercial Joint Stock Bank', ['MBB']),
  bank('ACB', 'ACB', '970416', 'Ngân hàng TMCP Á Châu', 'Asia Commercial Joint Stock Bank'),
  bank('VPB', 'VPBank', '970432', 'Ngân hàng TMCP Việt Nam Thịnh Vượng',
    'Vietnam Prosperity Joint Stock Commercial Bank'),
  bank('TPB', 'TPBank', '970423', 'Ngân hàng TMCP Tiên Phong', 'Tien Phong Commercial Joint Stock Bank'),
  bank('STB', 'Sacombank', '970403', 'Ngân hàng TMCP Sài Gòn Thương Tín',
    'Saigon Thuong Tin Commercial Joint Stock Bank'),
  bank('HDB', 'HDBank', '970437', 'Ngân hàng TMCP Phát triển Thành phố Hồ Chí Minh',
    'Ho Chi Minh City Development Joint Stock Commercial Bank'),
  bank('VIB', 'VIB', '970441', 'Ngân hàng TMCP Quốc tế Việt Nam', 'Vietnam International Commercial Joint Stock Bank'),
  bank('SHB', 'SHB', '970443', 'Ngân hàng TMCP Sài Gòn - Hà Nội', 'Saigon - Hanoi Commercial Joint Stock Bank'),
  bank('MSB', 'MSB', '970426', 'Ngân hàng TMCP Hàng Hải Việt Nam', 'Vietnam Maritime Commercial Joint Stock Bank'),
  bank('OCB', 'OCB', '970448', 'Ngân hàng TMCP Phương Đông', 'Orient Commercial Joint Stock Bank'),
  bank('SCB', 'SCB', '970429', 'Ngân hàng TMCP Sài Gòn', 'Saigon Commercial Joint Stock Bank'),
  bank('EIB', 'Eximbank', '970431', 'Ngân hàng TMCP Xuất Nhập khẩu Việt Nam',
    'Vietnam Export Import Commercial Joint Stock Bank'),
  bank('SEAB', 'SeABank', '970440', 'Ngân hàng TMCP Đông Nam Á', 'Southeast Asia Commercial Joint Stock Bank', ['SSB']),
  bank('LPB', 'LPBank', '970449', 'Ngân hàng TMCP Lộc Phát Việt Nam', 'Loc Phat Vietnam Joint Stock Commercial Bank'),
  bank('NAB', 'Nam A Bank', '970428', 'Ngân hàng TMCP Nam Á', 'Nam A Commercial Joint Stock Bank'),
  bank('NCB', 'NCB', '970419', 'Ngân hàng TMCP Quốc Dân', 'National Citizen Commercial Joint Stock Bank'),
  bank('PVCB', 'PVcomBank', '970412', 'Ngân hàng TMCP Đại Chúng Việt Nam',
    'Vietnam Public Joint Stock Commercial Bank'),
  bank('ABB', 'ABBANK', '970425', 'Ngân hàng TMCP An Bình', 'An Binh Commercial Joint Stock Bank'),
  bank('BAB', 'Bac A Bank', '970409', 'Ngân hàng TMCP Bắc Á', 'Bac A Commercial Joint Stock Bank'),
  bank('KLB', 'KienlongBank', '970452', 'Ngân hàng TMCP Kiên Long', 'Kien Long Commercial Joint Stock Bank'),
  bank('VCCB', 'BVBank', '970454', 'Ngân hàng TMCP Bản Việt', 'Viet Capital Commercial Joint Stock Bank', ['BVB']),
  bank('VBSP', 'VBSP', '999888', 'Ngân hàng Chính sách Xã hội', 'Vietnam Bank for Social Policies'),
];

const BY_CODE: ReadonlyMap<string, Bank> = new Map(
  BANKS.flatMap((b) => [b.code, ...b.aliases].map((c) => [c.toUpperCase(), b] as const)),
);
const BY_BIN: ReadonlyMap<string, Bank> = new Map(BANKS.map((b) => [b.bin, b]));

/** The bank with this short code or alias (case-insensitive), or undefined. */
export function findBankByCode(code: string): Bank | undefined {
  return BY_CODE.get(code.trim().toUpperCase());
}

/** The bank with this 6-digit NAPAS BIN, or undefined. */
export function findBankByBin(bin: string): Bank | undefined {
  return BY_BIN.get(bin.trim());
}
