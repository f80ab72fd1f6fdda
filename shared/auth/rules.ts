// Building blocks for each subgraph's field rules. A rule is a plain check with a plain-language description (which
// `npm run permissions` publishes); rules compose here, in our code, and each field's rule becomes one graphql-shield
// rule (see toShieldRules). Two deliberate choices:
// - a fault inside a check becomes an internal error, never a refusal: graphql-shield would turn a thrown error into
//   `false`, i.e. a misleading FORBIDDEN;
// - no answer is ever cached across fields, parents or arguments (shield's `no_cache`): checks are cheap and local.
// (graphql-shield's own `chain`/`race` call util.isUndefined, which Node 24 removed, so they are not used.)
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { rule } from 'graphql-shield';
import type { IRule, IRules } from 'graphql-shield';
import type { RequestContext } from '../server/context';
import type { StaffRole, PartnerType } from './principal';
import { logger } from '../logger';

export type Check = (parent: any, args: any, ctx: RequestContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export interface Access {
  describe: string;
  check: Check;
}

/** Field rules of one subgraph: type name → field name → rule. */
export type Permissions = Record<string, Record<string, Access>>;

export function access(describe: string, check: Check): Access {
  return { describe, check };
}

export const everyone = access('everyone, signed in or not', () => true);

export const signedIn = access('any signed-in caller', (_p, _a, ctx) => ctx.principal.kind !== 'ANONYMOUS');

export function staff(...roles: StaffRole[]): Access {
  return access(`staff: ${roles.join(', ')}`, (_p, _a, ctx) => ctx.principal.kind === 'STAFF' && roles.includes(ctx.principal.role));
}

export const citizen = access('citizens (national e-ID)', (_p, _a, ctx) => ctx.principal.kind === 'CITIZEN');

export function partnerScope(scope: string, ...types: PartnerType[]): Access {
  const who = types.length ? `partners (${types.join(', ')})` : 'partners';
  return access(
    `${who} with scope \`${scope}\``,
    (_p, _a, ctx) =>
      ctx.principal.kind === 'PARTNER' && ctx.principal.scopes.includes(scope) && (types.length === 0 || types.includes(ctx.principal.partnerType)),
  );
}

/** A citizen reading a row about themself: `nationalIdOf` reads the row's national ID. */
export function citizenSelf(nationalIdOf: (parent: any) => string | null | undefined): Access {
  return access('the citizen the row is about', (parent, _a, ctx) => ctx.principal.kind === 'CITIZEN' && nationalIdOf(parent) === ctx.principal.nationalId);
}

export function anyOf(...rules: Access[]): Access {
  if (rules.length === 1) return rules[0];
  return access(rules.map((r) => r.describe).join('; or '), async (p, a, ctx, info) => {
    for (const r of rules) if (await r.check(p, a, ctx, info)) return true;
    return false;
  });
}

export function allOf(...rules: Access[]): Access {
  return access(rules.map((r) => r.describe).join(', and '), async (p, a, ctx, info) => {
    for (const r of rules) if (!(await r.check(p, a, ctx, info))) return false;
    return true;
  });
}

/** Lets the field through when `inner` does, and then records the read in the request's audit trail. */
export function audited(entityType: string, inner: Access, idOf: (parent: any) => string = (p) => p.id): Access {
  return access(`${inner.describe} — every read is audited`, async (parent, args, ctx, info) => {
    if (!(await inner.check(parent, args, ctx, info))) return false;
    ctx.audit.read(entityType, String(idOf(parent)), info.fieldName);
    return true;
  });
}

function toShieldRule(typeName: string, fieldName: string, a: Access): IRule {
  return rule(`${typeName}.${fieldName}`, { cache: 'no_cache' })(
    async (parent: unknown, args: unknown, ctx: RequestContext, info: GraphQLResolveInfo) => {
      try {
        return (await a.check(parent, args, ctx, info)) === true;
      } catch (error) {
        logger.error({ err: error, field: `${typeName}.${fieldName}`, requestId: ctx.requestId }, 'authorization rule failed');
        return new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      }
    },
  );
}

export function toShieldRules(permissions: Permissions): IRules {
  const tree: Record<string, Record<string, IRule>> = {};
  for (const [typeName, fields] of Object.entries(permissions)) {
    tree[typeName] = {};
    for (const [fieldName, a] of Object.entries(fields)) tree[typeName][fieldName] = toShieldRule(typeName, fieldName, a);
  }
  return tree as IRules;
}

export const anyStaffRule = staff('OFFICER', 'HEAD', 'AUDITOR', 'ADMIN');
