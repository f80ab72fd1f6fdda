import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { PartyRole, PartyType } from './enums';

/**
 * A party to a case: a reference to a Person or Organization in the persons subgraph, with its role. The party's
 * national ID or tax code is kept as the identifier it was named by, because row scope needs it here (a citizen
 * sees the cases that name their national ID) and no subgraph reads another's tables.
 */
@Entity({ tableName: 'case_party' })
export class CaseParty {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  caseId!: string;

  @Enum({ items: () => PartyRole, type: 'text' })
  role!: PartyRole;

  @Enum({ items: () => PartyType, type: 'text' })
  partyType!: PartyType;

  @Property({ type: 'uuid' })
  partyId!: string;

  /** National ID (persons) or tax code (organizations). */
  @Property({ type: 'text' })
  identifier!: string;

  @Property({ type: 'integer' })
  position!: number;
}
