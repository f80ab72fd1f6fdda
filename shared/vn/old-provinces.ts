// The 63 provinces that existed before 1 July 2025, with the 3-digit code of the province where a birth was
// registered. That code is the first 3 digits of every national ID (CCCD / số định danh cá nhân) and it never changes,
// so IDs keep pointing at these old provinces even though the provinces themselves were merged in 2025.
//
// Source: Appendix 1 of Circular 07/2016/TT-BCA (kept by Circular 59/2021/TT-BCA). Names as written there.
// `cmndPrefix` is the prefix of the older 9-digit identity card (CMND) numbers issued in that province; those ranges
// were never one published table (this follows the list reproduced from Vietnamese Wikipedia), so treat them as
// indicative, not authoritative.

export interface OldProvince {
  /** 3-digit birth-registration code, e.g. "001" for Hà Nội. */
  readonly code: string;
  /** Vietnamese name (NFC), as in Circular 07/2016/TT-BCA. */
  readonly name: string;
  /** Usual prefix of 9-digit CMND numbers issued there (2 or 3 digits). Indicative only. */
  readonly cmndPrefix: string;
}

export const OLD_PROVINCES: readonly OldProvince[] = [
  { code: '001', name: 'Hà Nội', cmndPrefix: '01' },
  { code: '002', name: 'Hà Giang', cmndPrefix: '07' },
  { code: '004', name: 'Cao Bằng', cmndPrefix: '08' },
  { code: '006', name: 'Bắc Kạn', cmndPrefix: '095' },
  { code: '008', name: 'Tuyên Quang', cmndPrefix: '07' },
  { code: '010', name: 'Lào Cai', cmndPrefix: '06' },
  { code: '011', name: 'Điện Biên', cmndPrefix: '04' },
  { code: '012', name: 'Lai Châu', cmndPrefix: '04' },
  { code: '014', name: 'Sơn La', cmndPrefix: '05' },
  { code: '015', name: 'Yên Bái', cmndPrefix: '06' },
  { code: '017', name: 'Hòa Bình', cmndPrefix: '11' },
  { code: '019', name: 'Thái Nguyên', cmndPrefix: '09' },
  { code: '020', name: 'Lạng Sơn', cmndPrefix: '08' },
  { code: '022', name: 'Quảng Ninh', cmndPrefix: '10' },
  { code: '024', name: 'Bắc Giang', cmndPrefix: '12' },
  { code: '025', name: 'Phú Thọ', cmndPrefix: '13' },
  { code: '026', name: 'Vĩnh Phúc', cmndPrefix: '13' },
  { code: '027', name: 'Bắc Ninh', cmndPrefix: '12' },
  { code: '030', name: 'Hải Dương', cmndPrefix: '14' },
  { code: '031', name: 'Hải Phòng', cmndPrefix: '03' },
  { code: '033', name: 'Hưng Yên', cmndPrefix: '14' },
  { code: '034', name: 'Thái Bình', cmndPrefix: '15' },
  { code: '035', name: 'Hà Nam', cmndPrefix: '16' },
  { code: '036', name: 'Nam Định', cmndPrefix: '16' },
  { code: '037', name: 'Ninh Bình', cmndPrefix: '16' },
  { code: '038', name: 'Thanh Hóa', cmndPrefix: '17' },
  { code: '040', name: 'Nghệ An', cmndPrefix: '18' },
  { code: '042', name: 'Hà Tĩnh', cmndPrefix: '18' },
  { code: '044', name: 'Quảng Bình', cmndPrefix: '19' },
  { code: '045', name: 'Quảng Trị', cmndPrefix: '19' },
  { code: '046', name: 'Thừa Thiên Huế', cmndPrefix: '19' },
  { code: '048', name: 'Đà Nẵng', cmndPrefix: '20' },
  { code: '049', name: 'Quảng Nam', cmndPrefix: '20' },
  { code: '051', name: 'Quảng Ngãi', cmndPrefix: '21' },
  { code: '052', name: 'Bình Định', cmndPrefix: '21' },
  { code: '054', name: 'Phú Yên', cmndPrefix: '22' },
  { code: '056', name: 'Khánh Hòa', cmndPrefix: '22' },
  { code: '058', name: 'Ninh Thuận', cmndPrefix: '26' },
  { code: '060', name: 'Bình Thuận', cmndPrefix: '26' },
  { code: '062', name: 'Kon Tum', cmndPrefix: '23' },
  { code: '064', name: 'Gia Lai', cmndPrefix: '23' },
  { code: '066', name: 'Đắk Lắk', cmndPrefix: '24' },
  { code: '067', name: 'Đắk Nông', cmndPrefix: '245' },
  { code: '068', name: 'Lâm Đồng', cmndPrefix: '25' },
  { code: '070', name: 'Bình Phước', cmndPrefix: '285' },
  { code: '072', name: 'Tây Ninh', cmndPrefix: '29' },
  { code: '074', name: 'Bình Dương', cmndPrefix: '28' },
  { code: '075', name: 'Đồng Nai', cmndPrefix: '27' },
  { code: '077', name: 'Bà Rịa - Vũng Tàu', cmndPrefix: '27' },
  { code: '079', name: 'Hồ Chí Minh', cmndPrefix: '02' },
  { code: '080', name: 'Long An', cmndPrefix: '30' },
  { code: '082', name: 'Tiền Giang', cmndPrefix: '31' },
  { code: '083', name: 'Bến Tre', cmndPrefix: '32' },
  { code: '084', name: 'Trà Vinh', cmndPrefix: '33' },
  { code: '086', name: 'Vĩnh Long', cmndPrefix: '33' },
  { code: '087', name: 'Đồng Tháp', cmndPrefix: '34' },
  { code: '089', name: 'An Giang', cmndPrefix: '35' },
  { code: '091', name: 'Kiên Giang', cmndPrefix: '37' },
  { code: '092', name: 'Cần Thơ', cmndPrefix: '36' },
  { code: '093', name: 'Hậu Giang', cmndPrefix: '36' },
  { code: '094', name: 'Sóc Trăng', cmndPrefix: '36' },
  { code: '095', name: 'Bạc Liêu', cmndPrefix: '38' },
  { code: '096', name: 'Cà Mau', cmndPrefix: '38' },
];

const BY_CODE: ReadonlyMap<string, OldProvince> = new Map(OLD_PROVINCES.map((p) => [p.code, p]));

/** The old province with this 3-digit birth-registration code, or undefined (e.g. "003" was never assigned). */
export function findOldProvince(code: string): OldProvince | undefined {
  return BY_CODE.get(code);
}
