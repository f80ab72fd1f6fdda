// The 34 provinces and centrally-run cities in force since 1 July 2025 (Resolution 202/2025/QH15), used for every
// address. Codes are the official 2-digit provincial codes of Decision 19/2025/QĐ-TTg (each new unit kept the code
// of the old province that hosts its seat, so Bắc Ninh is 24, the old Bắc Giang's code). Old provinces are listed by
// their 3-digit CCCD code (see old-provinces.ts).
//
// Ward/commune names (phường/xã/đặc khu) are a small real sample per province after the 2025 reorganization, enough
// to build plausible addresses; they are not the full list of 3,321 units and carry no official codes.

import { findOldProvince } from './old-provinces';

export interface Province {
  /** Official 2-digit code (Decision 19/2025/QĐ-TTg), e.g. "01" Hà Nội, "79" Hồ Chí Minh. */
  readonly code: string;
  /** Short Vietnamese name (NFC), e.g. "Hồ Chí Minh". */
  readonly name: string;
  /** Official name with its unit type, e.g. "Thành phố Hồ Chí Minh", "Tỉnh Lào Cai". */
  readonly officialName: string;
  /** Lower-case ASCII slug, stable for URLs and English text, e.g. "ho-chi-minh". */
  readonly slug: string;
  /** CCCD codes of the pre-2025 provinces merged into this one (itself included). */
  readonly mergedFrom: readonly string[];
  /** A sample of real ward/commune names, each with its unit type ("Phường …", "Xã …", "Đặc khu …"). */
  readonly wards: readonly string[];
}

const CITY = 'Thành phố';
const PROVINCE = 'Tỉnh';

function p(
  code: string,
  kind: typeof CITY | typeof PROVINCE,
  name: string,
  slug: string,
  mergedFrom: readonly string[],
  wards: readonly string[],
): Province {
  return { code, name, officialName: `${kind} ${name}`, slug, mergedFrom, wards };
}

export const PROVINCES: readonly Province[] = [
  p('01', CITY, 'Hà Nội', 'ha-noi', ['001'], [
    'Phường Hoàn Kiếm', 'Phường Cửa Nam', 'Phường Ba Đình', 'Phường Giảng Võ', 'Phường Đống Đa', 'Phường Cầu Giấy',
    'Phường Tây Hồ', 'Phường Long Biên', 'Phường Hà Đông', 'Phường Thanh Xuân', 'Xã Đông Anh', 'Xã Sóc Sơn',
  ]),
  p('04', PROVINCE, 'Cao Bằng', 'cao-bang', ['004'], [
    'Phường Thục Phán', 'Phường Nùng Trí Cao', 'Phường Tân Giang', 'Xã Hòa An', 'Xã Trùng Khánh', 'Xã Quảng Uyên',
    'Xã Nguyên Bình', 'Xã Bảo Lạc',
  ]),
  p('08', PROVINCE, 'Tuyên Quang', 'tuyen-quang', ['002', '008'], [
    'Phường Minh Xuân', 'Phường Nông Tiến', 'Phường An Tường', 'Phường Mỹ Lâm', 'Phường Hà Giang 1',
    'Phường Hà Giang 2', 'Xã Yên Sơn', 'Xã Sơn Dương', 'Xã Đồng Văn', 'Xã Mèo Vạc',
  ]),
  p('11', PROVINCE, 'Điện Biên', 'dien-bien', ['011'], [
    'Phường Điện Biên Phủ', 'Phường Mường Thanh', 'Phường Mường Lay', 'Xã Mường Ảng', 'Xã Tuần Giáo', 'Xã Tủa Chùa',
    'Xã Mường Nhé', 'Xã Thanh Nưa',
  ]),
  p('12', PROVINCE, 'Lai Châu', 'lai-chau', ['012'], [
    'Phường Tân Phong', 'Phường Đoàn Kết', 'Xã Phong Thổ', 'Xã Sìn Hồ', 'Xã Than Uyên', 'Xã Tân Uyên', 'Xã Mường Tè',
  ]),
  p('14', PROVINCE, 'Sơn La', 'son-la', ['014'], [
    'Phường Tô Hiệu', 'Phường Chiềng An', 'Phường Chiềng Cơi', 'Phường Chiềng Sinh', 'Phường Mộc Châu', 'Xã Mai Sơn',
    'Xã Thuận Châu', 'Xã Yên Châu', 'Xã Sông Mã', 'Xã Phù Yên',
  ]),
  p('15', PROVINCE, 'Lào Cai', 'lao-cai', ['010', '015'], [
    'Phường Lào Cai', 'Phường Cam Đường', 'Phường Sa Pa', 'Phường Yên Bái', 'Phường Văn Phú', 'Phường Nghĩa Lộ',
    'Xã Bát Xát', 'Xã Bắc Hà', 'Xã Mường Khương', 'Xã Lục Yên',
  ]),
  p('19', PROVINCE, 'Thái Nguyên', 'thai-nguyen', ['006', '019'], [
    'Phường Phan Đình Phùng', 'Phường Gia Sàng', 'Phường Quyết Thắng', 'Phường Sông Công', 'Phường Phổ Yên',
    'Phường Đức Xuân', 'Phường Bắc Kạn', 'Xã Đại Từ', 'Xã Phú Bình', 'Xã Định Hóa',
  ]),
  p('20', PROVINCE, 'Lạng Sơn', 'lang-son', ['020'], [
    'Phường Tam Thanh', 'Phường Lương Văn Tri', 'Phường Đông Kinh', 'Phường Kỳ Lừa', 'Xã Đồng Đăng', 'Xã Cao Lộc',
    'Xã Chi Lăng', 'Xã Hữu Lũng', 'Xã Lộc Bình',
  ]),
  p('22', PROVINCE, 'Quảng Ninh', 'quang-ninh', ['022'], [
    'Phường Hạ Long', 'Phường Bãi Cháy', 'Phường Hồng Gai', 'Phường Cẩm Phả', 'Phường Uông Bí', 'Phường Móng Cái 1',
    'Phường Đông Triều', 'Phường Quảng Yên', 'Xã Tiên Yên', 'Đặc khu Vân Đồn', 'Đặc khu Cô Tô',
  ]),
  p('24', PROVINCE, 'Bắc Ninh', 'bac-ninh', ['024', '027'], [
    'Phường Kinh Bắc', 'Phường Võ Cường', 'Phường Vũ Ninh', 'Phường Từ Sơn', 'Phường Bắc Giang', 'Phường Đa Mai',
    'Phường Việt Yên', 'Phường Chũ', 'Xã Tiên Du', 'Xã Gia Bình', 'Xã Lương Tài',
  ]),
  p('25', PROVINCE, 'Phú Thọ', 'phu-tho', ['017', '025', '026'], [
    'Phường Nông Trang', 'Phường Thanh Miếu', 'Phường Vân Phú', 'Phường Phú Thọ', 'Phường Vĩnh Phúc',
    'Phường Vĩnh Yên', 'Phường Phúc Yên', 'Phường Hòa Bình', 'Phường Tân Hòa', 'Xã Lâm Thao', 'Xã Mai Châu',
  ]),
  p('31', CITY, 'Hải Phòng', 'hai-phong', ['030', '031'], [
    'Phường Hồng Bàng', 'Phường Ngô Quyền', 'Phường Lê Chân', 'Phường Hải An', 'Phường Kiến An', 'Phường Đồ Sơn',
    'Phường Thủy Nguyên', 'Phường Hải Dương', 'Phường Thành Đông', 'Phường Chu Văn An', 'Xã Tiên Lãng',
    'Đặc khu Cát Hải',
  ]),
  p('33', PROVINCE, 'Hưng Yên', 'hung-yen', ['033', '034'], [
    'Phường Phố Hiến', 'Phường Sơn Nam', 'Phường Hồng Châu', 'Phường Mỹ Hào', 'Phường Thái Bình', 'Phường Trần Lãm',
    'Phường Trần Hưng Đạo', 'Xã Văn Giang', 'Xã Khoái Châu', 'Xã Tiền Hải',
  ]),
  p('37', PROVINCE, 'Ninh Bình', 'ninh-binh', ['035', '036', '037'], [
    'Phường Hoa Lư', 'Phường Tam Điệp', 'Phường Nam Định', 'Phường Thiên Trường', 'Phường Đông A', 'Phường Phủ Lý',
    'Phường Duy Tiên', 'Xã Gia Viễn', 'Xã Kim Sơn', 'Xã Hải Hậu', 'Xã Giao Thủy',
  ]),
  p('38', PROVINCE, 'Thanh Hóa', 'thanh-hoa', ['038'], [
    'Phường Hạc Thành', 'Phường Hàm Rồng', 'Phường Đông Sơn', 'Phường Quảng Phú', 'Phường Sầm Sơn',
    'Phường Nam Sầm Sơn', 'Phường Bỉm Sơn', 'Phường Nghi Sơn', 'Xã Hoằng Hóa', 'Xã Thọ Xuân', 'Xã Triệu Sơn',
  ]),
  p('40', PROVINCE, 'Nghệ An', 'nghe-an', ['040'], [
    'Phường Thành Vinh', 'Phường Trường Vinh', 'Phường Vinh Hưng', 'Phường Vinh Phú', 'Phường Vinh Lộc',
    'Phường Cửa Lò', 'Phường Hoàng Mai', 'Phường Thái Hòa', 'Xã Diễn Châu', 'Xã Quỳnh Lưu', 'Xã Đô Lương',
    'Xã Nam Đàn',
  ]),
  p('42', PROVINCE, 'Hà Tĩnh', 'ha-tinh', ['042'], [
    'Phường Thành Sen', 'Phường Trần Phú', 'Phường Hà Huy Tập', 'Phường Bắc Hồng Lĩnh', 'Phường Nam Hồng Lĩnh',
    'Phường Sông Trí', 'Phường Hoành Sơn', 'Xã Thạch Hà', 'Xã Can Lộc', 'Xã Hương Khê', 'Xã Đức Thọ', 'Xã Nghi Xuân',
  ]),
  p('44', PROVINCE, 'Quảng Trị', 'quang-tri', ['044', '045'], [
    'Phường Đồng Hới', 'Phường Đồng Thuận', 'Phường Đồng Sơn', 'Phường Ba Đồn', 'Phường Đông Hà',
    'Phường Nam Đông Hà', 'Phường Quảng Trị', 'Xã Vĩnh Linh', 'Xã Gio Linh', 'Xã Lệ Thủy', 'Xã Khe Sanh',
    'Đặc khu Cồn Cỏ',
  ]),
  p('46', CITY, 'Huế', 'hue', ['046'], [
    'Phường Thuận Hóa', 'Phường Phú Xuân', 'Phường Kim Long', 'Phường Vỹ Dạ', 'Phường An Cựu', 'Phường Thủy Xuân',
    'Phường Hương Thủy', 'Phường Hương Trà', 'Xã Phú Vang', 'Xã Phú Lộc',
  ]),
  p('48', CITY, 'Đà Nẵng', 'da-nang', ['048', '049'], [
    'Phường Hải Châu', 'Phường Hòa Cường', 'Phường Thanh Khê', 'Phường Sơn Trà', 'Phường An Hải',
    'Phường Ngũ Hành Sơn', 'Phường Liên Chiểu', 'Phường Cẩm Lệ', 'Phường Hội An', 'Phường Tam Kỳ', 'Xã Bà Nà',
    'Đặc khu Hoàng Sa',
  ]),
  p('51', PROVINCE, 'Quảng Ngãi', 'quang-ngai', ['051', '062'], [
    'Phường Cẩm Thành', 'Phường Nghĩa Lộ', 'Phường Trương Quang Trọng', 'Phường Đức Phổ', 'Phường Sa Huỳnh',
    'Phường Kon Tum', 'Phường Đăk Cấm', 'Phường Đăk Bla', 'Xã Bình Sơn', 'Xã Mộ Đức', 'Đặc khu Lý Sơn',
  ]),
  p('52', PROVINCE, 'Gia Lai', 'gia-lai', ['052', '064'], [
    'Phường Quy Nhơn', 'Phường Quy Nhơn Nam', 'Phường Quy Nhơn Bắc', 'Phường Pleiku', 'Phường Hội Phú',
    'Phường Thống Nhất', 'Phường Diên Hồng', 'Phường An Khê', 'Phường Ayun Pa', 'Phường Bồng Sơn',
    'Phường Hoài Nhơn', 'Xã Tuy Phước',
  ]),
  p('56', PROVINCE, 'Khánh Hòa', 'khanh-hoa', ['056', '058'], [
    'Phường Nha Trang', 'Phường Bắc Nha Trang', 'Phường Tây Nha Trang', 'Phường Nam Nha Trang', 'Phường Cam Ranh',
    'Phường Ninh Hòa', 'Phường Phan Rang', 'Phường Đô Vinh', 'Xã Diên Khánh', 'Xã Cam Lâm', 'Xã Vạn Ninh',
    'Đặc khu Trường Sa',
  ]),
  p('66', PROVINCE, 'Đắk Lắk', 'dak-lak', ['054', '066'], [
    'Phường Buôn Ma Thuột', 'Phường Tân An', 'Phường Tân Lập', 'Phường Thành Nhất', 'Phường Ea Kao',
    'Phường Buôn Hồ', 'Phường Tuy Hòa', 'Phường Phú Yên', 'Phường Bình Kiến', 'Phường Sông Cầu', 'Xã Ea Kar',
  ]),
  p('68', PROVINCE, 'Lâm Đồng', 'lam-dong', ['060', '067', '068'], [
    'Phường Xuân Hương - Đà Lạt', 'Phường Cam Ly - Đà Lạt', 'Phường Lâm Viên - Đà Lạt', 'Phường Lang Biang - Đà Lạt',
    'Phường Phan Thiết', 'Phường Mũi Né', 'Phường Bắc Gia Nghĩa', 'Phường Nam Gia Nghĩa', 'Xã Đức Trọng',
    'Xã Di Linh', 'Đặc khu Phú Quý',
  ]),
  p('75', PROVINCE, 'Đồng Nai', 'dong-nai', ['070', '075'], [
    'Phường Biên Hòa', 'Phường Trấn Biên', 'Phường Tam Hiệp', 'Phường Long Bình', 'Phường Trảng Dài',
    'Phường Hố Nai', 'Phường Đồng Xoài', 'Phường Bình Phước', 'Phường Long Khánh', 'Phường Phước Long',
    'Xã Long Thành', 'Xã Trảng Bom',
  ]),
  p('79', CITY, 'Hồ Chí Minh', 'ho-chi-minh', ['074', '077', '079'], [
    'Phường Sài Gòn', 'Phường Bến Thành', 'Phường Tân Định', 'Phường Chợ Lớn', 'Phường Bình Thạnh',
    'Phường Gia Định', 'Phường Tân Sơn Nhất', 'Phường Thủ Đức', 'Phường Thủ Dầu Một', 'Phường Vũng Tàu',
    'Xã Củ Chi', 'Đặc khu Côn Đảo',
  ]),
  p('80', PROVINCE, 'Tây Ninh', 'tay-ninh', ['072', '080'], [
    'Phường Tân Ninh', 'Phường Bình Minh', 'Phường Ninh Thạnh', 'Phường Long Hoa', 'Phường Hòa Thành',
    'Phường Trảng Bàng', 'Phường Gò Dầu', 'Phường Long An', 'Phường Tân An', 'Phường Kiến Tường', 'Xã Đức Hòa',
    'Xã Bến Lức',
  ]),
  p('82', PROVINCE, 'Đồng Tháp', 'dong-thap', ['082', '087'], [
    'Phường Mỹ Tho', 'Phường Đạo Thạnh', 'Phường Mỹ Phong', 'Phường Trung An', 'Phường Cao Lãnh', 'Phường Mỹ Trà',
    'Phường Sa Đéc', 'Phường Hồng Ngự', 'Phường Gò Công', 'Phường Cai Lậy', 'Xã Tháp Mười', 'Xã Cái Bè',
  ]),
  p('86', PROVINCE, 'Vĩnh Long', 'vinh-long', ['083', '084', '086'], [
    'Phường Thanh Đức', 'Phường Long Châu', 'Phường Phước Hậu', 'Phường Tân Hạnh', 'Phường Bình Minh',
    'Phường Bến Tre', 'Phường An Hội', 'Phường Phú Khương', 'Phường Trà Vinh', 'Phường Nguyệt Hóa', 'Xã Ba Tri',
    'Xã Cầu Kè',
  ]),
  p('91', PROVINCE, 'An Giang', 'an-giang', ['089', '091'], [
    'Phường Long Xuyên', 'Phường Bình Đức', 'Phường Mỹ Thới', 'Phường Châu Đốc', 'Phường Vĩnh Tế',
    'Phường Tân Châu', 'Phường Rạch Giá', 'Phường Vĩnh Thông', 'Phường Hà Tiên', 'Phường Tịnh Biên', 'Xã Chợ Mới',
    'Đặc khu Phú Quốc',
  ]),
  p('92', CITY, 'Cần Thơ', 'can-tho', ['092', '093', '094'], [
    'Phường Ninh Kiều', 'Phường Cái Khế', 'Phường Tân An', 'Phường Bình Thủy', 'Phường Cái Răng', 'Phường Ô Môn',
    'Phường Thốt Nốt', 'Phường Sóc Trăng', 'Phường Vị Thanh', 'Phường Ngã Bảy', 'Xã Phong Điền',
  ]),
  p('96', PROVINCE, 'Cà Mau', 'ca-mau', ['095', '096'], [
    'Phường An Xuyên', 'Phường Lý Văn Lâm', 'Phường Tân Thành', 'Phường Hòa Thành', 'Phường Bạc Liêu',
    'Phường Vĩnh Trạch', 'Phường Hiệp Thành', 'Phường Giá Rai', 'Xã Năm Căn', 'Xã Cái Nước', 'Xã Đầm Dơi',
    'Xã U Minh',
  ]),
];

const BY_CODE: ReadonlyMap<string, Province> = new Map(PROVINCES.map((prov) => [prov.code, prov]));

const BY_OLD_CODE: ReadonlyMap<string, Province> = new Map(
  PROVINCES.flatMap((prov) => prov.mergedFrom.map((old) => [old, prov] as const)),
);

/** The province with this 2-digit code, or undefined. */
export function findProvince(code: string): Province | undefined {
  return BY_CODE.get(code);
}

/** The post-2025 province that an old (CCCD-coded) province was merged into, or undefined for an unknown code. */
export function provinceForOldCode(oldCode: string): Province | undefined {
  return findOldProvince(oldCode) ? BY_OLD_CODE.get(oldCode) : undefined;
}
