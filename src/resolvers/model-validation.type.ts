import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A proportion with its 95% Wilson score interval' })
export class ValidationRateType {
  @Field(() => Int) count: number;
  @Field(() => Int) total: number;
  @Field(() => Float, { nullable: true, description: 'count / total (null: no trials)' }) rate: number | null;
  @Field(() => Float, { nullable: true, description: 'Lower bound of the 95% interval' }) low: number | null;
  @Field(() => Float, { nullable: true, description: 'Upper bound of the 95% interval' }) high: number | null;
}

@ObjectType({ description: "A group's rates at one threshold of the ladder" })
export class ValidationPointType {
  @Field(() => Float, { description: 'Cosine of the model version' }) threshold: number;
  @Field(() => ValidationRateType, {
    description: 'Impostor pairs (probe and a gallery entry of another person) at or above the threshold',
  })
  falseMatch: ValidationRateType;
  @Field(() => ValidationRateType, { description: 'Mated searches whose mate scored below the threshold' })
  falseNonMatch: ValidationRateType;
  @Field(() => ValidationRateType, {
    description: 'Non-mated searches that returned anyone at or above the threshold',
  })
  falsePositiveIdentification: ValidationRateType;
  @Field(() => ValidationRateType, {
    description: 'Mated searches whose mate ranked first, at or above the threshold',
  })
  rankOne: ValidationRateType;
  @Field(() => ValidationRateType, {
    description: 'Mated searches whose mate ranked within the top K, at or above the threshold',
  })
  topK: ValidationRateType;
}

@ObjectType({
  description: 'One demographic group of a validation (self-defined labels of the probe images)',
})
export class ValidationGroupType {
  @Field({ description: "'all', or the attribute: ethnicity, sex, ageBand" }) attribute: string;
  @Field({ description: "The attribute's value ('all' for the whole set)" }) value: string;
  @Field(() => Int, { description: "Distinct people among the group's probes" }) people: number;
  @Field(() => Int) matedSearches: number;
  @Field(() => Int) nonMatedSearches: number;
  @Field(() => Int) impostorPairs: number;
  @Field({
    description: 'Fewer people than the minimum group size: shown, left out of the equitable threshold',
  })
  belowMinimumSize: boolean;
  @Field(() => [ValidationPointType], { description: 'One per threshold of the ladder, ascending' })
  points: ValidationPointType[];
}

@ObjectType({
  description:
    "A force's validation of a face model version on its own labelled images (npm run validate-model): rates per demographic group at a ladder of thresholds, and the equitable threshold. Aggregate figures only",
})
export class ModelValidationType {
  @Field(() => ID) id: string;
  @Field(() => ID) forceId: string;
  @Field() modelVersion: string;
  @Field() faceModel: string;
  @Field({
    description: 'What the force says the set is: where the images come from, how labels were obtained',
  })
  datasetDescription: string;
  @Field({ description: 'sha256 of the manifest and of every image it names, in manifest order' })
  datasetSha256: string;
  @Field(() => Int) imageCount: number;
  @Field(() => Int, { description: 'Images without a usable face under the model: left out' })
  unusableImages: number;
  @Field(() => Int) gallerySize: number;
  @Field(() => Int) matedSearches: number;
  @Field(() => Int) nonMatedSearches: number;
  @Field(() => Int) topK: number;
  @Field(() => Int) minGroupSize: number;
  @Field(() => Float, { description: "The force's target: every group's false match rate at most this" })
  falseMatchRateTarget: number;
  @Field(() => Float, {
    description: "Within an attribute, the worst group's false match rate at most this times the best's",
  })
  maxGroupRatio: number;
  @Field(() => [Float], { description: 'The thresholds tested (cosines), ascending' }) ladder: number[];
  @Field(() => [ValidationGroupType]) groups: ValidationGroupType[];
  @Field(() => Float, {
    nullable: true,
    description:
      'The lowest threshold of the ladder meeting the target in every group and the ratio within each attribute: a search below it needs an authoriser (null: none does)',
  })
  equitableThreshold: number | null;
  @Field({ description: 'Who ran it' }) runBy: string;
  @Field() runAt: Date;
  @Field() recordedAt: Date;
}
