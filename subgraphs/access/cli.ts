// `npm run keys -- <command>`: manage partner API keys from a terminal (operators), on the project database.
//   create --partner <id> --name <label> [--scopes a,b] [--expires YYYY-MM-DD]   prints the key once
//   list [--partner <id>]
//   revoke <keyId>
//   rotate <keyId> [--grace-hours 24]                                           prints the new key once
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { openOrm } from '../../shared/db/orm';
import { defaultScopes } from '../../shared/auth/scopes';
import type { PartnerType } from '../../shared/auth/principal';
import { openDatabase } from '../../scripts/database';
import { accessSubgraph } from './subgraph';
import { createKey, revokeKey, rotateKey } from './api-keys';
import { ApiKey } from './entities/api-key';
import { Partner } from './entities/partner';

const USAGE = `usage: npm run keys -- create --partner <id> --name <label> [--scopes a,b] [--expires YYYY-MM-DD]
       npm run keys -- list [--partner <id>]
       npm run keys -- revoke <keyId>
       npm run keys -- rotate <keyId> [--grace-hours 24]`;

/** The last instant of a calendar day in Vietnam; impossible dates (2027-02-30) are refused, not rolled over. */
function endOfDayInVietnam(day: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== day) throw new Error(`--expires must be a real date, YYYY-MM-DD (got "${day}")`);
  return new Date(`${day}T23:59:59.999+07:00`);
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      partner: { type: 'string' },
      name: { type: 'string' },
      scopes: { type: 'string' },
      expires: { type: 'string' },
      'grace-hours': { type: 'string' },
    },
  });
  const [command, arg] = positionals;
  if (!command) throw new Error(USAGE);
  const db = await openDatabase();
  const orm = await openOrm({ schema: 'access', url: db.url, entities: accessSubgraph.entities, migrations: accessSubgraph.migrations, poolMax: 2 });
  const em = orm.em.fork();
  try {
    switch (command) {
      case 'create': {
        if (!values.partner || !values.name) throw new Error(USAGE);
        const partner = await em.findOne(Partner, { id: values.partner });
        if (!partner) throw new Error(`no partner "${values.partner}" (npm run keys -- list shows the partners)`);
        const expiresAt = values.expires ? endOfDayInVietnam(values.expires) : new Date(Date.now() + 365 * 86400_000);
        const scopes = values.scopes ? values.scopes.split(',').map((s) => s.trim()).filter(Boolean) : defaultScopes(partner.type as PartnerType);
        const { apiKey, secret } = await createKey(em, { partnerId: partner.id, name: values.name, scopes, expiresAt });
        console.log(`Created key ${apiKey.keyId} for ${partner.name}, scopes ${apiKey.scopes.join(', ')}, expires ${apiKey.expiresAt.toISOString()}.`);
        console.log(`Send it as the x-api-key header. It is shown only now:\n\n  ${secret}\n`);
        break;
      }
      case 'list': {
        const partners = await em.find(Partner, values.partner ? { id: values.partner } : {}, { orderBy: { id: 'asc' } });
        if (values.partner && partners.length === 0) throw new Error(`no partner "${values.partner}" (npm run keys -- list shows the partners)`);
        for (const p of partners) {
          const keys = await em.find(ApiKey, { partnerId: p.id }, { orderBy: { createdAt: 'desc' } });
          console.log(`${p.id}  ${p.type}  ${p.name}`);
          for (const k of keys) {
            const state = k.revokedAt ? 'revoked' : k.expiresAt.getTime() <= Date.now() ? 'expired' : 'active';
            console.log(`  ${k.keyId}  ${state.padEnd(7)}  ${k.scopes.join(',')}  expires ${k.expiresAt.toISOString()}  last used ${k.lastUsedAt?.toISOString() ?? 'never'}  ${k.name}`);
          }
        }
        break;
      }
      case 'revoke': {
        if (!arg) throw new Error(USAGE);
        const key = await revokeKey(em, arg);
        console.log(`Revoked ${key.keyId} at ${key.revokedAt!.toISOString()} (the gateway honours it within KEY_CACHE_SECONDS).`);
        break;
      }
      case 'rotate': {
        if (!arg) throw new Error(USAGE);
        const graceHours = Number(values['grace-hours'] ?? 24);
        if (!Number.isFinite(graceHours) || graceHours < 0 || graceHours > 720) throw new Error('--grace-hours must be a number of hours from 0 to 720 (30 days)');
        const { apiKey, secret } = await rotateKey(em, arg, Math.round(graceHours * 3600));
        console.log(`Rotated ${arg} → ${apiKey.keyId}; the old key works for ${graceHours} more hour(s).`);
        console.log(`New key, shown only now:\n\n  ${secret}\n`);
        break;
      }
      default:
        throw new Error(USAGE);
    }
  } finally {
    await orm.close(true);
    if (db.embedded && !db.embedded.reused) await db.embedded.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
