// Partner agencies that call the graph (access.partner): the courts whose judgments the seeded cases enforce, the
// police, every bank, each province's land registry and the postal service. Keys are not seeded: the start script
// creates them and shows them once.
import { BANKS } from '../../shared/vn/banks';
import { PROVINCES } from '../../shared/vn/provinces';
import type { SeedContext } from './case-index';
import type { Row } from './copy-text';
import { COURTS, provinceUnitName } from './geography';

export const PARTNER_COLUMNS = ['id', 'name', 'type', 'bank_code', 'court_code', 'province_code'] as const;

export function* partnerRows(ctx: SeedContext): Generator<Row> {
  for (const court of COURTS) {
    if (ctx.courtUsed[court.index]) yield [`court-${court.code.toLowerCase()}`, court.name, 'COURT', null, court.code, null];
  }
  yield ['police-c06', 'Cục Cảnh sát quản lý hành chính về trật tự xã hội (C06)', 'POLICE', null, null, null];
  for (const bank of BANKS) yield [`bank-${bank.code.toLowerCase()}`, bank.name, 'BANK', bank.code, null, null];
  for (const province of PROVINCES) {
    yield [`land-${province.code}`, `Văn phòng Đăng ký đất đai ${provinceUnitName(province)}`, 'LAND_REGISTRY', null, null, province.code];
  }
  yield ['post-vnpost', 'Tổng công ty Bưu điện Việt Nam', 'POST', null, null, null];
}
