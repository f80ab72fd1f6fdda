// Rows of the population register mirror (persons.person) and the business register mirror (persons.organization).
// The first organizations are the banks themselves (their head offices), so a bank can be the creditor of a credit
// dispute like any other organization.
import { BANKS, type Bank } from '../../shared/vn/banks';
import { normalizeForSearch } from '../../shared/vn/normalize-name';
import { findProvince } from '../../shared/vn/provinces';
import { headOfficeProvince } from './bank-market';
import type { Address, GeneratedOrganization } from './people';
import { MAX_PERSONS, makePerson } from './people';
import type { Rng } from './random';
import type { Row } from './copy-text';
import { BANK_ORGANIZATIONS, PERSON_REFERENCE_YEAR, generateOrganization, generatePerson, type BaseContext } from './context';
import { entityRng } from './seed-rng';

export const PERSON_COLUMNS = [
  'id', 'national_id', 'old_id_number', 'full_name', 'name_search', 'date_of_birth', 'gender', 'permanent_street',
  'permanent_ward', 'permanent_province_code', 'current_street', 'current_ward', 'current_province_code', 'phone',
] as const;

export const ORGANIZATION_COLUMNS = [
  'id', 'tax_code', 'name', 'name_search', 'address_street', 'address_ward', 'address_province_code', 'legal_representative',
] as const;

/** Share of register entries without a phone number on file. */
const NO_PHONE = 0.07;

export function* personRows(ctx: BaseContext): Generator<Row> {
  for (let i = 0; i < ctx.sizes.persons; i++) {
    const p = generatePerson(ctx.seed, i);
    const phone = entityRng(ctx.seed, 'person-phone', i).bool(NO_PHONE) ? null : p.phone;
    yield [
      ctx.ids.person(i), p.nationalId, p.oldIdNumber, p.fullName, normalizeForSearch(p.fullName), p.dateOfBirth, p.gender,
      p.permanentAddress.street, p.permanentAddress.ward, p.permanentAddress.provinceCode,
      p.currentAddress.street, p.currentAddress.ward, p.currentAddress.provinceCode, phone,
    ];
  }
}

/** A person-like adult name (a director, a chairman): drawn like a register entry, but not one. */
export function adultName(rng: Rng, index: number, minAge = 25): string {
  for (;;) {
    const p = makePerson(rng, index % MAX_PERSONS, { referenceYear: PERSON_REFERENCE_YEAR });
    if (PERSON_REFERENCE_YEAR - Number(p.dateOfBirth.slice(0, 4)) >= minAge) return p.fullName;
  }
}

export interface OrganizationRecord {
  readonly taxCode: string;
  readonly name: string;
  readonly address: Address;
  /** The bank, when this organization is one. */
  readonly bank: Bank | null;
}

function headOfficeAddress(rng: Rng, bank: Bank): Address {
  const province = findProvince(headOfficeProvince(bank))!;
  const wards = province.wards.filter((w) => w.startsWith('Phường '));
  const streets = ['Trần Quang Khải', 'Lý Thường Kiệt', 'Hàng Bài', 'Láng Hạ', 'Nguyễn Huệ', 'Lê Lợi', 'Hai Bà Trưng'];
  return {
    provinceCode: province.code,
    ward: rng.pick(wards.length ? wards : province.wards),
    street: `Số ${rng.int(1, 200)} đường ${rng.pick(streets)}`,
  };
}

export function organizationRecord(seed: string, index: number): OrganizationRecord {
  const generated: GeneratedOrganization = generateOrganization(seed, index);
  if (index >= BANK_ORGANIZATIONS) return { ...generated, bank: null };
  const bank = BANKS[index]!;
  // A head office registers a 10-digit code; branches carry the 3-digit suffix.
  return {
    taxCode: generated.taxCode.slice(0, 10),
    name: bank.name,
    address: headOfficeAddress(entityRng(seed, 'bank-office', index), bank),
    bank,
  };
}

export function* organizationRows(ctx: BaseContext): Generator<Row> {
  for (let i = 0; i < ctx.sizes.organizations; i++) {
    const o = organizationRecord(ctx.seed, i);
    const rng = entityRng(ctx.seed, 'representative', i);
    // Cooperatives and small firms sometimes have no representative on file in the mirror.
    const representative = o.bank || rng.bool(0.95) ? adultName(rng, i, 30) : null;
    yield [
      ctx.ids.organization(i), o.taxCode, o.name, normalizeForSearch(o.name), o.address.street, o.address.ward,
      o.address.provinceCode, representative,
    ];
  }
}
