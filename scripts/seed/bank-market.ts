// How accounts and loans spread over the banks: the four state-owned banks (Agribank, BIDV, VietinBank,
// Vietcombank) hold most deposits and customers, then the large joint-stock banks. Also where each bank is seated
// and how its account numbers look, so that generated accounts resemble what a bank would report.
import { BANKS, type Bank } from '../../shared/vn/banks';
import { Weighted } from './random';

/** Approximate share of retail customers (relative weights), by bank code. */
const CUSTOMER_SHARE: Readonly<Record<string, number>> = {
  VBA: 14, BIDV: 13, ICB: 12, VCB: 12, MB: 8, TCB: 7, ACB: 5, VPB: 5, STB: 4, TPB: 3, HDB: 3, VIB: 2, SHB: 2, LPB: 2,
  MSB: 1.5, SEAB: 1, OCB: 1, EIB: 1, VBSP: 1, NAB: 0.7, SCB: 0.5, PVCB: 0.4, ABB: 0.4, NCB: 0.3, BAB: 0.3, KLB: 0.3,
  VCCB: 0.3,
};
/** Lending to households and firms that ends up in court: the state banks and the social policy bank lead. */
const LENDING_SHARE: Readonly<Record<string, number>> = {
  VBA: 18, BIDV: 14, ICB: 11, VCB: 8, VBSP: 8, MB: 5, TCB: 4, VPB: 6, ACB: 3, STB: 4, SHB: 3, HDB: 3, LPB: 2, TPB: 2,
  SCB: 2, EIB: 1, OCB: 1, MSB: 1, SEAB: 1, VIB: 1, NAB: 0.5, NCB: 0.5, PVCB: 0.5, ABB: 0.5, BAB: 0.5, KLB: 0.5, VCCB: 0.5,
};
/** Province (2-digit code) of each bank's head office. */
const HEAD_OFFICE: Readonly<Record<string, string>> = {
  VCB: '01', BIDV: '01', ICB: '01', VBA: '01', TCB: '01', MB: '01', ACB: '79', VPB: '01', TPB: '01', STB: '79',
  HDB: '79', VIB: '79', SHB: '01', MSB: '01', OCB: '79', SCB: '79', EIB: '79', SEAB: '01', LPB: '01', NAB: '79',
  NCB: '01', PVCB: '01', ABB: '01', BAB: '01', KLB: '91', VCCB: '79', VBSP: '01',
};
/** Account number length and leading digit as each bank issues them (10–14 digits). */
const NUMBER_FORMAT: Readonly<Record<string, readonly [length: number, lead: string]>> = {
  VCB: [13, '0'], BIDV: [14, '1'], ICB: [12, '1'], VBA: [13, '1'], TCB: [14, '1'], MB: [13, '0'], ACB: [10, '2'],
  VPB: [10, '1'], TPB: [11, '0'], STB: [12, '0'], HDB: [14, '0'], VIB: [12, '6'], SHB: [10, '1'], MSB: [14, '0'],
  OCB: [13, '0'], SCB: [13, '1'], EIB: [12, '1'], SEAB: [12, '0'], LPB: [12, '0'], NAB: [12, '1'], NCB: [10, '1'],
  PVCB: [11, '1'], ABB: [13, '1'], BAB: [12, '1'], KLB: [12, '1'], VCCB: [10, '9'], VBSP: [13, '1'],
};

export const BANKS_BY_CUSTOMERS = new Weighted<number>(BANKS.map((b, i) => [i, CUSTOMER_SHARE[b.code] ?? 0.3] as const));
export const BANKS_BY_LENDING = new Weighted<number>(BANKS.map((b, i) => [i, LENDING_SHARE[b.code] ?? 0.5] as const));

export function headOfficeProvince(bank: Bank): string {
  return HEAD_OFFICE[bank.code] ?? '01';
}

export function accountNumberFormat(bank: Bank): readonly [number, string] {
  return NUMBER_FORMAT[bank.code] ?? [12, '1'];
}
