// Credentials of the fixture world's principals: dev identity tokens (signed with the dev key, as `npm run token`
// issues them) and API keys created in the test database through the access subgraph's own key service.
import 'reflect-metadata';
import { issueDevToken } from '../../shared/auth/identity-tokens';
import { defaultScopes } from '../../shared/auth/scopes';
import type { PartnerType } from '../../shared/auth/principal';
import { openOrm } from '../../shared/db/orm';
import { createKey } from '../../subgraphs/access/api-keys';
import { accessSubgraph } from '../../subgraphs/access/subgraph';
import { W } from '../fixtures/world';
import type { Credential } from './stack';

export const tokens = {
  officerTuan: () => staff('officer-tuan', W.officers.tuan.name, 'OFFICER', W.officers.tuan.agencyId, W.officers.tuan.id),
  officerHong: () => staff('officer-hong', W.officers.hong.name, 'OFFICER', W.officers.hong.agencyId, W.officers.hong.id),
  headBao: () => staff('head-bao', W.officers.bao.name, 'HEAD', W.officers.bao.agencyId, W.officers.bao.id),
  auditor: () => staff('auditor-ha', 'Lê Thu Hà', 'AUDITOR', null, null),
  admin: () => staff('admin-1', 'Quản trị hệ thống', 'ADMIN', null, null),
  citizenAn: () => citizen(W.persons.an),
  citizenBinh: () => citizen(W.persons.binh),
  citizenCuong: () => citizen(W.persons.cuong),
};

async function staff(sub: string, name: string, role: 'OFFICER' | 'HEAD' | 'AUDITOR' | 'ADMIN', agencyId: string | null, officerId: string | null): Promise<Credential> {
  return { token: await issueDevToken({ typ: 'staff', sub, name, role, agency_id: agencyId, officer_id: officerId }) };
}

async function citizen(p: { id: string; name: string; nationalId: string }): Promise<Credential> {
  return { token: await issueDevToken({ typ: 'citizen', sub: `vneid-${p.nationalId}`, name: p.name, national_id: p.nationalId }) };
}

/** A new API key for a fixture partner, with the scopes given (default: all its partner type may hold). */
export async function partnerKey(databaseUrl: string, partnerId: string, type: PartnerType, scopes = defaultScopes(type), expiresAt = new Date(Date.now() + 86400_000)): Promise<{ apiKey: string; keyId: string }> {
  const orm = await openOrm({ schema: 'access', url: databaseUrl, entities: accessSubgraph.entities, migrations: accessSubgraph.migrations, poolMax: 1 });
  try {
    const created = await createKey(orm.em.fork(), { partnerId, name: `test key ${partnerId}`, scopes, expiresAt });
    return { apiKey: created.secret, keyId: created.apiKey.keyId };
  } finally {
    await orm.close(true);
  }
}
