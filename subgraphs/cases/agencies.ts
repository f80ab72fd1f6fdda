// The 34 provincial enforcement agencies, one per province since the 2025 reorganization of local government.
import { PROVINCES, type Province } from '../../shared/vn/provinces';

export function agencyIdForProvince(provinceCode: string): string {
  return `THADS-${provinceCode}`;
}

export function agencyName(province: Province): string {
  // "Thi hành án dân sự thành phố Hà Nội", "Thi hành án dân sự tỉnh Lào Cai"
  const [kind, ...rest] = province.officialName.split(' ');
  const unit = kind === 'Thành' ? `thành phố ${province.name}` : `${kind.toLowerCase()} ${rest.join(' ')}`;
  return `Thi hành án dân sự ${unit}`;
}

export const AGENCY_IDS = PROVINCES.map((p) => agencyIdForProvince(p.code));
