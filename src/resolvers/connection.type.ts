import { ArgsType, type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { PAGE_DEFAULT, PAGE_MAX } from '../services';

@ObjectType('PageInfo', {
  description:
    'Where a page stands in its list (forward paging: pass endCursor as `after` while hasNextPage)',
})
export class PageInfoType {
  @Field({ description: 'More rows follow this page' }) hasNextPage: boolean;
  @Field({ description: 'The page was asked for after a cursor' }) hasPreviousPage: boolean;
  @Field(() => String, { nullable: true, description: "The first edge's cursor" }) startCursor: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Pass as `after` for the next page (with no edges: the `after` given, to poll for newer rows)',
  })
  endCursor: string | null;
}

/** `first` and `after` of every list but the audit history. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: PAGE_DEFAULT,
    description: `Page size, 1 to ${PAGE_MAX}; more is refused (BAD_USER_INPUT)`,
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'An endCursor (or edge cursor) of an earlier page of this list',
  })
  after?: string | null;
}

/**
 * A Relay connection of `node`: `edges { cursor node }`, `pageInfo` and `totalCount` (counted only
 * when selected). One pair of GraphQL types per list item type, named after `name`.
 */
export function Connection<T extends object>(
  node: ClassType<T>,
  name: string,
  countNote = 'Rows in the whole list (a second query, run only when selected)',
) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field() cursor: string;
    @Field(() => node) node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items, in a stable order` })
  class ConnectionType {
    @Field(() => [EdgeType]) edges: EdgeType[];
    @Field(() => PageInfoType) pageInfo: PageInfoType;
    @Field(() => Int, { nullable: true, description: countNote }) totalCount: number | null;
  }
  return ConnectionType;
}
