// Lists are paginated with opaque cursors (MikroORM's keyset `findByCursor`, always ordered with the id last so
// cursors stay stable under ties) and a hard maximum page size.
import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DriverException, type EntityName, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import { badInput } from './errors';
import { UUID } from './ids';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `How many items to return, 1 to ${MAX_PAGE_SIZE}.` })
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor (a `pageInfo.endCursor`).' })
  after?: string | null;
}

export function checkPageSize(first: number, field = 'first'): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(field, 'range', `${field} must be between 1 and ${MAX_PAGE_SIZE} (got ${first})`);
  }
  return first;
}

@ObjectType({ description: 'Where a page sits in its list.' })
@Directive('@shareable')
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page; null on an empty page.' })
  endCursor!: string | null;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
  /** Counts the whole list on demand (the `totalCount` field), so pages that do not ask for it do not pay for it. */
  count: () => Promise<number>;
}

/** A connection type for one node type, e.g. `Connection(Person, 'Person')` makes `PersonConnection`. */
export function Connection<T extends object>(node: ClassType<T>) {
  // Not emitted itself (type-graphql 2 emits only reachable types): each subclass names its own type.
  @ObjectType()
  abstract class ConnectionType {
    @Field(() => [node], { description: 'The items of this page, in the order of the list.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Cursor and whether more items follow.' })
    pageInfo!: PageInfo;
  }
  return ConnectionType;
}

function notACursor(): never {
  throw badInput('after', 'cursor', 'after is not a cursor of this list');
}

/**
 * A cursor is what an earlier page of the same list returned: one value per sort key, ending with an id. Anything
 * else is refused here, before it can reach SQL.
 */
function checkCursor(after: string, keys: number): void {
  if (after.length > 1000 || !/^[A-Za-z0-9_-]+$/.test(after)) notACursor();
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    notACursor();
  }
  if (!Array.isArray(values) || values.length !== keys) notACursor();
  if (!values.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))) notACursor();
  if (typeof values[keys - 1] !== 'string' || !UUID.test(values[keys - 1] as string)) notACursor();
}

/** One page of a keyset-paginated query; `orderBy` must end with the primary key. */
export async function findPage<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  orderBy: QueryOrderMap<T>[],
  args: PageArgs,
): Promise<Page<T>> {
  const first = checkPageSize(args.first);
  if (args.after) checkCursor(args.after, orderBy.length);
  let cursor;
  try {
    cursor = await em.findByCursor(entity, where, {
      first,
      after: args.after ?? undefined,
      orderBy: orderBy as never,
      includeCount: false,
    });
  } catch (error) {
    // A well-formed cursor of another list (values of the wrong types for this one) fails in SQL or in the ORM.
    if (args.after && (error instanceof DriverException || (error instanceof Error && /cursor/i.test(error.message)))) notACursor();
    throw error;
  }
  return {
    nodes: cursor.items as T[],
    pageInfo: { hasNextPage: cursor.hasNextPage, endCursor: cursor.endCursor },
    count: () => em.count(entity, where),
  };
}
