// One working credential per principal kind for the demo and the README: an API key per partner type (created once
// and shown only here and in .data/demo.json) and dev identity tokens for each staff role and a citizen, chosen so
// that the officer, the head and the citizen all see the sample case.
import { MikroORM } from '@mikro-orm/postgresql';
import { issueDevToken } from '../shared/auth/identity-tokens';
import { defaultScopes } from '../shared/auth/scopes';
import { verifyKey, createKey } from '../subgraphs/access/api-keys';
import { accessSubgraph } from '../subgraphs/access/subgraph';
import { openOrm } from '../shared/db/orm';
import type { PartnerType } from '../shared/auth/principal';

export interface DemoCredentials {
  apiKeys: Record<'court' | 'police' | 'bank' | 'landRegistry' | 'post', string>;
  tokens: Record<'officer' | 'head' | 'auditor' | 'admin' | 'citizen', string>;
}

export interface DemoFacts {
  sampleCaseNumber: string;
  credentials: DemoCredentials;
  who: Record<string, string>;
}

const PARTNER_KINDS: [keyof DemoCredentials['apiKeys'], PartnerType][] = [
  ['court', 'COURT'],
  ['police', 'POLICE'],
  ['bank', 'BANK'],
  ['landRegistry', 'LAND_REGISTRY'],
  ['post', 'POST'],
];

interface SampleCase {
  number: string;
  agency_id: string;
  officer_id: string;
  officer_name: string;
  court_code: string;
  debtor_national_id: string;
  debtor_name: string;
  bank_code: string | null;
  province_code: string | null;
}

/** A case with a person debtor who holds an account and, if possible, land: the richest one to show. */
async function sampleCase(orm: MikroORM): Promise<SampleCase> {
  const rows = (await orm.em.fork().execute(`
    select c.number, c.agency_id, c.officer_id, o.full_name as officer_name, c.court_code,
           p.national_id as debtor_national_id, p.full_name as debtor_name,
           (select a.bank_code from assets.bank_account a where a.holder_id = p.id order by a.bank_code limit 1) as bank_code,
           (select l.province_code from assets.parcel_owner po join assets.land_parcel l on l.id = po.parcel_id where po.owner_id = p.id limit 1) as province_code
      from cases.enforcement_case c
      join cases.officer o on o.id = c.officer_id
      join cases.case_party cp on cp.case_id = c.id and cp.role = 'DEBTOR' and cp.party_type = 'PERSON'
      join persons.person p on p.id = cp.party_id
     where c.agency_id = 'THADS-01'
       and exists (select 1 from assets.freeze_order f where f.case_id = c.id)
     order by (exists (select 1 from assets.parcel_owner po where po.owner_id = p.id)) desc, c.number
     limit 1`)) as SampleCase[];
  if (!rows[0]) throw new Error('the database has no case to show: seed it first (npm run seed)');
  return rows[0];
}

async function headOf(orm: MikroORM, agencyId: string): Promise<{ id: string; full_name: string }> {
  const rows = (await orm.em.fork().execute(`select id, full_name from cases.officer where agency_id = ? and role = 'HEAD' order by full_name limit 1`, [agencyId])) as { id: string; full_name: string }[];
  return rows[0];
}

async function partnerFor(orm: MikroORM, type: PartnerType, sample: SampleCase): Promise<string> {
  const match: Record<PartnerType, [string, unknown[]]> = {
    COURT: ['court_code = ?', [sample.court_code]],
    POLICE: ['true', []],
    BANK: ['bank_code = ?', [sample.bank_code ?? 'VCB']],
    LAND_REGISTRY: ['province_code = ?', [sample.province_code ?? '01']],
    POST: ['true', []],
  };
  const [condition, bindings] = match[type];
  const rows = (await orm.em.fork().execute(`select id from access.partner where type = ? and ${condition} order by id limit 1`, [type, ...bindings])) as { id: string }[];
  if (!rows[0]) throw new Error(`no ${type} partner in the database`);
  return rows[0].id;
}

export async function ensureDemoCredentials(url: string, previous: DemoFacts | null): Promise<DemoFacts> {
  const orm = await openOrm({ schema: 'access', url, entities: accessSubgraph.entities, migrations: accessSubgraph.migrations, poolMax: 2 });
  try {
    const sample = await sampleCase(orm);
    const head = await headOf(orm, sample.agency_id);
    const apiKeys = {} as DemoCredentials['apiKeys'];
    for (const [kind, type] of PARTNER_KINDS) {
      const known = previous?.credentials.apiKeys[kind];
      if (known && (await verifyKey(orm.em.fork(), known))) {
        apiKeys[kind] = known; // still valid: keep it, so a restart does not invalidate what the user copied
        continue;
      }
      const partnerId = await partnerFor(orm, type, sample);
      const created = await createKey(orm.em.fork(), {
        partnerId,
        name: `demo key (${kind})`,
        scopes: defaultScopes(type),
        expiresAt: new Date(Date.now() + 365 * 24 * 3600 * 1000),
      });
      apiKeys[kind] = created.secret;
    }
    const staff = (sub: string, name: string, role: 'OFFICER' | 'HEAD' | 'AUDITOR' | 'ADMIN', agencyId: string | null, officerId: string | null) =>
      issueDevToken({ typ: 'staff', sub, name, role, agency_id: agencyId, officer_id: officerId }, { expiresIn: '30d' });
    const tokens: DemoCredentials['tokens'] = {
      officer: await staff(`officer-${sample.officer_id.slice(0, 8)}`, sample.officer_name, 'OFFICER', sample.agency_id, sample.officer_id),
      head: await staff(`head-${head.id.slice(0, 8)}`, head.full_name, 'HEAD', sample.agency_id, head.id),
      auditor: await staff('auditor-1', 'Thanh tra viên Lê Thu Hà', 'AUDITOR', null, null),
      admin: await staff('admin-1', 'Quản trị hệ thống', 'ADMIN', null, null),
      citizen: await issueDevToken({ typ: 'citizen', sub: `vneid-${sample.debtor_national_id}`, name: sample.debtor_name, national_id: sample.debtor_national_id }, { expiresIn: '30d' }),
    };
    return {
      sampleCaseNumber: sample.number,
      credentials: { apiKeys, tokens },
      who: {
        officer: `${sample.officer_name}, officer at ${sample.agency_id}, assigned to case ${sample.number}`,
        head: `${head.full_name}, head of ${sample.agency_id}`,
        citizen: `${sample.debtor_name}, debtor in case ${sample.number}`,
        bank: `the bank ${sample.bank_code ?? 'VCB'} (sees its own accounts and orders)`,
        court: `the court ${sample.court_code} that issued the judgment of case ${sample.number}`,
      },
    };
  } finally {
    await orm.close(true);
  }
}
