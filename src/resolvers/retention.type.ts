import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PurgeRule } from '../entities';

@ObjectType('RetentionPolicy', {
  description:
    "How long a force keeps its searches' probe images and templates, derived copies, candidate lists and review decisions",
})
export class RetentionPolicyType {
  @Field(() => ID) forceId: string;
  @Field(() => Int, { description: 'Days kept after an outcome of NO_VIABLE_CANDIDATE' })
  afterNoViableCandidateDays: number;
  @Field(() => Int, { description: "Days kept after the request's case is closed" })
  afterCaseClosureDays: number;
  @Field(() => Int, {
    description: 'Days kept after a hold for proceedings ends (released or past its review date)',
  })
  afterHoldDays: number;
  @Field({ description: 'false: the force never set its own periods, these are the defaults' }) set: boolean;
  @Field(() => ID, { nullable: true }) updatedById: string | null;
  @Field(() => Date, { nullable: true }) updatedAt: Date | null;
}

@ObjectType('RetentionHold', { description: 'A search request retained for proceedings' })
export class RetentionHoldType {
  @Field(() => ID) id: string;
  @Field(() => ID) requestId: string;
  @Field() reason: string;
  @Field({ description: 'It lapses then unless renewed' }) reviewAt: Date;
  @Field(() => ID) placedById: string;
  @Field() placedAt: Date;
  @Field(() => Date, { nullable: true }) releasedAt: Date | null;
  @Field(() => ID, { nullable: true }) releasedById: string | null;
  @Field(() => String, { nullable: true, description: 'RENEWED when a later hold replaced it' })
  releaseReason: string | null;
  @Field({ description: 'Released neither nor past its review date: the request is not purged' })
  inForce: boolean;
}

@ObjectType('PurgeCounts', { description: 'What a purge deleted (counts only)' })
export class PurgeCountsType {
  @Field(() => Int) probeImages: number;
  @Field(() => Int) probeImageBytes: number;
  @Field(() => Int) probeTemplates: number;
  @Field(() => Int, { description: 'Copies derived from the probe (enhanced images)' })
  derivedProbeImages: number;
  @Field(() => Int) candidates: number;
  @Field(() => Int) reviewDecisions: number;
  @Field(() => Int, { description: 'Lead outcomes that no longer name their candidate (the outcome stays)' })
  leadOutcomesUnlinked: number;
}

@ObjectType('SearchRequestPurge', {
  description:
    'The tombstone of a purged request: its probe image and template, candidate list and review decisions are gone; the request, its outcome and its audit trail stay',
})
export class SearchRequestPurgeType {
  @Field() purgedAt: Date;
  @Field(() => PurgeRule) rule: PurgeRule;
  @Field(() => Int) retentionDays: number;
  @Field({ description: 'The outcome, case closure or end of hold the period ran from' }) countedFrom: Date;
  @Field() dueAt: Date;
  @Field(() => String, {
    nullable: true,
    description: "The probe's SHA-256 (names the image without holding it)",
  })
  probeSha256: string | null;
  @Field(() => PurgeCountsType) counts: PurgeCountsType;
}
