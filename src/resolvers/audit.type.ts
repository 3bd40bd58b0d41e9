import { Field, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Where the hash chain first fails to fit' })
export class BrokenLink {
  @Field(() => Int)
  seq: number;

  @Field({ description: 'HASH_MISMATCH, LINK_MISMATCH or SEQUENCE_GAP' })
  reason: string;
}

@ObjectType({ description: 'The chain head as recorded in the database at some time (audit_anchor)' })
export class AuditAnchorRecord {
  @Field(() => Int)
  seq: number;

  @Field()
  hash: string;

  @Field()
  anchoredAt: Date;
}

@ObjectType({
  description:
    'An anchored or exported position that the log no longer holds as it was: its tail was deleted or it was truncated',
})
export class MissingTail {
  @Field({ description: 'ANCHOR (audit_anchor) or EXPORTED_HEAD (the head given to verifyAuditChain)' })
  source: string;

  @Field(() => Int, { description: 'The lowest such position' })
  seq: number;

  @Field({ description: 'The hash anchored or exported for seq' })
  expectedHash: string;

  @Field(() => String, {
    nullable: true,
    description: 'The hash the log holds at seq now; null when the event is gone',
  })
  foundHash: string | null;

  @Field({ description: 'MISSING or HASH_DIFFERS' })
  reason: string;

  @Field(() => Date, { nullable: true, description: 'When it was anchored (null for an exported head)' })
  anchoredAt: Date | null;
}

@InputType({ description: 'A chain head kept outside the database, as exportAuditChainHead returned it' })
export class ExportedChainHeadInput {
  @Field(() => Int)
  seq: number;

  @Field({ description: 'sha256, 64 lowercase hex characters' })
  hash: string;
}

@ObjectType({ description: 'Result of recomputing the audit hash chain and comparing it with its anchors' })
export class ChainVerificationResult {
  @Field({ description: 'The chain fits together and still holds every anchored (and the exported) head' })
  ok: boolean;

  @Field(() => Int, {
    description: 'Events verified that concern the forces you oversee (the whole chain is verified)',
  })
  checked: number;

  @Field(() => Int, { nullable: true, description: 'Positions are in the one chain of all forces' })
  firstSeq: number | null;

  @Field(() => Int, { nullable: true })
  lastSeq: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Hash of the last event checked, to anchor outside the database',
  })
  headHash: string | null;

  @Field(() => BrokenLink, { nullable: true })
  firstBroken: BrokenLink | null;

  @Field(() => Int, { description: 'Anchors compared with the log' })
  anchorsChecked: number;

  @Field(() => AuditAnchorRecord, { nullable: true })
  latestAnchor: AuditAnchorRecord | null;

  @Field(() => MissingTail, {
    nullable: true,
    description: 'Set when events that were anchored or exported are gone or changed',
  })
  missingTail: MissingTail | null;
}
