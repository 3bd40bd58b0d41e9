import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AuditAction } from '../entities';
import { AuditEventOrder } from '../services';

registerEnumType(AuditEventOrder, {
  name: 'AuditEventOrder',
  description: 'Order of an audit history, by position in the chain',
});

@ObjectType({ description: 'Who caused an audit event' })
export class AuditActorRef {
  @Field(() => ID)
  officerId: string;

  @Field(() => ID, { description: "The actor's own force (for oversight, where they are registered)" })
  forceId: string;
}

@ObjectType('AuditEvent', {
  description: 'One event of the hash-chained audit log; never holds images or templates',
})
export class AuditEventRecord {
  @Field(() => Int, { description: 'Position in the chain, gapless from 1' })
  seq: number;

  @Field(() => ID)
  id: string;

  @Field()
  occurredAt: Date;

  // `actor` is a field resolver on AuditHistoryResolver: null for the system itself.
  actorOfficerId: string | null;
  actorForceId: string | null;

  @Field(() => AuditAction, {
    description: 'What happened (AuditAction describes each; `kind` says what kind of event it is)',
  })
  action: AuditAction;

  @Field({ description: 'The kind of thing the event is about, e.g. Case, SearchRequest, Officer' })
  subjectType: string;

  @Field(() => String, { nullable: true })
  subjectId: string | null;

  @Field(() => ID, { nullable: true, description: 'The force whose data the event concerns' })
  forceId: string | null;

  @Field(() => String, { nullable: true, description: 'Reason or justification given, where there is one' })
  reason: string | null;

  @Field(() => GraphQLJSONObject, { description: 'Ids, states and measured values recorded with the event' })
  details: Record<string, unknown>;

  @Field({ description: 'Hash of the previous event (64 zeros for the first)' })
  prevHash: string;

  @Field({ description: 'sha256 over prevHash and this event' })
  hash: string;
}

@ObjectType({ description: 'The newest event of the audit chain, to anchor outside the database' })
export class AuditChainHead {
  @Field(() => Int)
  seq: number;

  @Field()
  hash: string;

  @Field()
  occurredAt: Date;

  @Field()
  exportedAt: Date;
}
