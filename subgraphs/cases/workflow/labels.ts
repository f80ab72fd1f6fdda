// How stages read in Vietnamese, for notifications and the public status page.
import { CaseStatus as S } from '../entities/enums';

export const STATUS_LABEL_VI: Record<S, string> = {
  [S.RECEIVED]: 'Đã nhận yêu cầu thi hành án',
  [S.DECISION_ISSUED]: 'Đã ra quyết định thi hành án',
  [S.PARTIES_NOTIFIED]: 'Đã thông báo cho đương sự',
  [S.VOLUNTARY_COMPLIANCE]: 'Đang trong thời hạn tự nguyện thi hành án',
  [S.VERIFICATION]: 'Đang xác minh điều kiện thi hành án',
  [S.COERCIVE_MEASURES]: 'Đang áp dụng biện pháp cưỡng chế',
  [S.NO_CONDITIONS]: 'Chưa có điều kiện thi hành án',
  [S.POSTPONED]: 'Hoãn thi hành án',
  [S.SUSPENDED]: 'Tạm đình chỉ thi hành án',
  [S.TERMINATED]: 'Đình chỉ thi hành án',
  [S.COMPLETED]: 'Đã thi hành xong',
};

export const STAGE_LABEL_VI: Record<string, string> = {
  ENFORCEMENT_DECISION: 'Ra quyết định thi hành án',
  NOTIFICATION: 'Thông báo thi hành án',
  VOLUNTARY_COMPLIANCE: 'Hết thời hạn tự nguyện thi hành án',
  VERIFICATION: 'Xác minh điều kiện thi hành án',
};

/** 2026-07-01 → 01/07/2026, as dates are written in Vietnamese documents. */
export function viDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
