import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuditEventKind, auditEventKind } from '../entities';
import type { GraphQLContext } from '../schema/context.type';
import { AUDIT_PAGE_MAX, AuditEventOrder, type AuditEventPage } from '../services';
import { AuditEventConnection } from './connections.type';
import { AuditEventFilterInput } from './audit-history.input';
import { AuditActorRef, AuditChainHead, AuditEventRecord } from './audit-history.type';

@Resolver(() => AuditEventRecord)
export class AuditHistoryResolver {
  @Authorized()
  @Query(() => AuditEventConnection, {
    description: 'Audit history of the forces you oversee (oversight), by position in the chain',
  })
  auditEvents(
    @Arg('filter', () => AuditEventFilterInput, { nullable: true }) filter: AuditEventFilterInput | undefined,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: 50,
      description: `Page size, 1 to ${AUDIT_PAGE_MAX}; more is refused (BAD_USER_INPUT)`,
    })
    first: number | undefined,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
    @Arg('order', () => AuditEventOrder, { defaultValue: AuditEventOrder.NEWEST_FIRST })
    order: AuditEventOrder,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<AuditEventPage> {
    return services.auditHistory.history(request, filter ?? {}, { first, after, order });
  }

  @Authorized()
  @Mutation(() => AuditChainHead, {
    description: 'Record and return the audit chain head, to anchor outside the database (oversight)',
  })
  exportAuditChainHead(@Ctx() { request, services }: GraphQLContext): Promise<AuditChainHead> {
    return services.auditHistory.exportHead(request);
  }

  @FieldResolver(() => GraphQLJSONObject, {
    description:
      "Ids, states and measured values recorded with the event (a first review's decision counts withheld from its second reviewer)",
  })
  details(
    @Root() event: AuditEventRecord,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<Record<string, unknown>> {
    return services.reviews.shownAuditDetails(request, event);
  }

  @FieldResolver(() => AuditEventKind, {
    description: 'What kind of event this is, as stated for its action',
  })
  kind(@Root() event: AuditEventRecord): AuditEventKind {
    return auditEventKind(event.action);
  }

  @FieldResolver(() => AuditActorRef, { nullable: true, description: 'Null for the system itself' })
  actor(@Root() event: AuditEventRecord): AuditActorRef | null {
    return event.actorOfficerId && event.actorForceId
      ? { officerId: event.actorOfficerId, forceId: event.actorForceId }
      : null;
  }
}
