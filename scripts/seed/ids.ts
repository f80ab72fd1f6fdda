// Deterministic UUIDs for seed rows: the id of (seed, kind, index) is the same on every run and machine, so a generator
// can name another table's row (a case's parties, an account in a freeze order) from its index alone, without keeping
// rows in memory or reading them back from the database.
import crypto from 'node:crypto';

const VARIANT = ['8', '9', 'a', 'b', '8', '9', 'a', 'b', '8', '9', 'a', 'b', '8', '9', 'a', 'b'];

/**
 * A version-4-shaped UUID from the SHA-1 of `${seed}|${kind}|${index}` (version and variant bits set as RFC 9562
 * requires, so every UUID parser accepts it; the rest is hash, not randomness).
 */
export function seedUuid(seed: string, kind: string, index: number | string): string {
  // crypto.hash (one-shot, Node ≥ 20.12) is about twice as fast as createHash for short inputs; ids are hot.
  const h = crypto.hash('sha1', `${seed}|${kind}|${index}`, 'hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${VARIANT[parseInt(h[16]!, 16)]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The id of every kind of seeded row, bound to one seed. Sub-rows use "parent.n" indexes, e.g. a case's 2nd party. */
export class SeedIds {
  constructor(readonly seed: string) {}

  person(index: number): string {
    return seedUuid(this.seed, 'person', index);
  }
  organization(index: number): string {
    return seedUuid(this.seed, 'organization', index);
  }
  officer(index: number): string {
    return seedUuid(this.seed, 'officer', index);
  }
  enforcementCase(index: number): string {
    return seedUuid(this.seed, 'case', index);
  }
  caseParty(caseIndex: number, position: number): string {
    return seedUuid(this.seed, 'case_party', `${caseIndex}.${position}`);
  }
  obligation(caseIndex: number, position: number): string {
    return seedUuid(this.seed, 'obligation', `${caseIndex}.${position}`);
  }
  payment(caseIndex: number, n: number): string {
    return seedUuid(this.seed, 'payment', `${caseIndex}.${n}`);
  }
  assignment(caseIndex: number): string {
    return seedUuid(this.seed, 'assignment', caseIndex);
  }
  statusChange(caseIndex: number, sequence: number): string {
    return seedUuid(this.seed, 'status_change', `${caseIndex}.${sequence}`);
  }
  /** `key` names the document within its case, e.g. "JUDGMENT.1", "VERIFICATION_REPORT.2". */
  document(caseIndex: number, key: string): string {
    return seedUuid(this.seed, 'document', `${caseIndex}.${key}`);
  }
  /** `holder` is "P<index>" or "O<index>"; `n` counts the holder's accounts from 0. */
  bankAccount(holder: string, n: number): string {
    return seedUuid(this.seed, 'bank_account', `${holder}.${n}`);
  }
  landParcel(ownerIndex: number, n: number): string {
    return seedUuid(this.seed, 'land_parcel', `${ownerIndex}.${n}`);
  }
  freezeOrder(caseIndex: number, n: number): string {
    return seedUuid(this.seed, 'freeze_order', `${caseIndex}.${n}`);
  }
  seizure(caseIndex: number, n: number): string {
    return seedUuid(this.seed, 'seizure', `${caseIndex}.${n}`);
  }
  /** `key` is "<order n>.<event n>" or "<seizure n>.<event n>". */
  freezeOrderEvent(caseIndex: number, key: string): string {
    return seedUuid(this.seed, 'freeze_order_event', `${caseIndex}.${key}`);
  }
  seizureEvent(caseIndex: number, key: string): string {
    return seedUuid(this.seed, 'seizure_event', `${caseIndex}.${key}`);
  }
  postalDelivery(caseIndex: number, key: string): string {
    return seedUuid(this.seed, 'postal_delivery', `${caseIndex}.${key}`);
  }
  postalDeliveryEvent(caseIndex: number, key: string): string {
    return seedUuid(this.seed, 'postal_delivery_event', `${caseIndex}.${key}`);
  }
}
