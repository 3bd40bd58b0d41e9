import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Where the hash chain first fails to fit' })
export class BrokenLink {
  @Field(() => Int)
  seq: number;

  @Field({ description: 'HASH_MISMATCH, LINK_MISMATCH or SEQUENCE_GAP' })
  reason: string;
}

@ObjectType({ description: 'Result of recomputing the audit hash chain' })
export class ChainVerificationResult {
  @Field()
  ok: boolean;

  @Field(() => Int)
  checked: number;

  @Field(() => Int, { nullable: true })
  firstSeq: number | null;

  @Field(() => Int, { nullable: true })
  lastSeq: number | null;

  @Field(() => String, { nullable: true, description: 'Hash of the last event checked, to anchor outside the database' })
  headHash: string | null;

  @Field(() => BrokenLink, { nullable: true })
  firstBroken: BrokenLink | null;
}
