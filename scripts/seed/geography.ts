// Where enforcement work happens: how caseload and staff spread over the 34 provinces, the agencies' phone area codes,
// and the courts whose judgments the agencies enforce.
import { PROVINCES, type Province } from '../../shared/vn/provinces';

/** Province index (position in PROVINCES) by 2-digit code. */
export const PROVINCE_INDEX: ReadonlyMap<string, number> = new Map(PROVINCES.map((p, i) => [p.code, i]));

// Population in millions (2024, summed over the provinces merged in 2025); caseload follows population, and more so
// in the big cities, where credit, trade and property disputes concentrate.
const POPULATION: Readonly<Record<string, number>> = {
  '01': 8.7, '04': 0.55, '08': 1.87, '11': 0.65, '12': 0.49, '14': 1.3, '15': 1.78, '19': 1.8, '20': 0.8,
  '22': 1.4, '24': 3.6, '25': 4.0, '31': 4.7, '33': 3.6, '37': 4.4, '38': 4.3, '40': 3.8, '42': 1.6, '44': 1.9,
  '46': 1.4, '48': 3.1, '51': 2.2, '52': 3.6, '56': 2.2, '66': 3.3, '68': 3.9, '75': 4.5, '79': 14.0, '80': 3.3,
  '82': 4.4, '86': 4.3, '91': 4.95, '92': 4.2, '96': 2.6,
};
const URBAN_FACTOR: Readonly<Record<string, number>> = {
  '79': 1.6, '01': 1.5, '31': 1.2, '48': 1.2, '75': 1.15, '92': 1.1, '24': 1.1, '22': 1.1, '56': 1.05,
};

/** Relative caseload (and staff) of each province, indexed like PROVINCES. */
export const CASELOAD_WEIGHT: readonly number[] = PROVINCES.map((p) => (POPULATION[p.code] ?? 1) * (URBAN_FACTOR[p.code] ?? 1));

// Landline area codes since the 2017 renumbering, of the province hosting each new province's seat.
const AREA_CODE: Readonly<Record<string, string>> = {
  '01': '024', '04': '0206', '08': '0207', '11': '0215', '12': '0213', '14': '0212', '15': '0216', '19': '0208',
  '20': '0205', '22': '0203', '24': '0204', '25': '0210', '31': '0225', '33': '0221', '37': '0229', '38': '0237',
  '40': '0238', '42': '0239', '44': '0232', '46': '0234', '48': '0236', '51': '0255', '52': '0256', '56': '0258',
  '66': '0262', '68': '0263', '75': '0251', '79': '028', '80': '0272', '82': '0273', '86': '0270', '91': '0297',
  '92': '0292', '96': '0290',
};

/** A landline number as printed on letterheads, e.g. "024 3825 6789", "0206 385 2345". */
export function landline(provinceCode: string, digits: number): string {
  const area = AREA_CODE[provinceCode] ?? '024';
  if (area.length === 3) {
    const s = String(30_000_000 + (digits % 10_000_000)); // 8-digit subscriber numbers start with 3 in the two cities
    return `${area} ${s.slice(0, 4)} ${s.slice(4)}`;
  }
  const s = String(3_000_000 + (digits % 1_000_000));
  return `${area} ${s.slice(0, 3)} ${s.slice(3)}`;
}

/** "thành phố Hà Nội", "tỉnh Lào Cai": the province as it follows a title in running text. */
export function provinceUnitName(province: Province): string {
  return province.officialName.startsWith('Thành phố ') ? `thành phố ${province.name}` : `tỉnh ${province.name}`;
}

export type CourtLevel = 'PROVINCIAL' | 'REGIONAL';

export interface Court {
  /** Index in COURTS. */
  readonly index: number;
  readonly code: string;
  readonly name: string;
  readonly provinceIndex: number;
  readonly level: CourtLevel;
}

// Since 1 July 2025 first instance sits with regional people's courts (tòa án nhân dân khu vực), about 355 of them,
// numbered within each province; appeals go to the provincial court. Counts here follow population.
function regionalCourtCount(provinceCode: string): number {
  return Math.max(3, Math.min(17, Math.round((POPULATION[provinceCode] ?? 1) * 1.4)));
}

export const COURTS: readonly Court[] = (() => {
  const courts: Court[] = [];
  PROVINCES.forEach((province, provinceIndex) => {
    courts.push({
      index: courts.length,
      code: `TAND-${province.code}`,
      name: `Tòa án nhân dân ${provinceUnitName(province)}`,
      provinceIndex,
      level: 'PROVINCIAL',
    });
    for (let n = 1; n <= regionalCourtCount(province.code); n++) {
      courts.push({
        index: courts.length,
        code: `TAND-${province.code}-KV${n}`,
        name: `Tòa án nhân dân khu vực ${n} - ${province.name}`,
        provinceIndex,
        level: 'REGIONAL',
      });
    }
  });
  return courts;
})();

/** Courts of each province: [provincial, regional 1, regional 2, …]. */
export const COURTS_BY_PROVINCE: readonly (readonly Court[])[] = PROVINCES.map((_, i) => COURTS.filter((c) => c.provinceIndex === i));
