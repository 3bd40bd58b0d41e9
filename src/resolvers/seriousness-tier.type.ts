import { Field, Float, Int, ObjectType } from 'type-graphql';
import { OffenceCategory, TierAuthorisation, type AppliedSeriousnessTier } from '../entities';

@ObjectType('SeriousnessTier', {
  description:
    "A force's seriousness tier: the offence categories in it and what their searches need and may do",
})
export class SeriousnessTierType implements AppliedSeriousnessTier {
  @Field() name: string;
  @Field(() => [OffenceCategory]) offenceCategories: OffenceCategory[];
  @Field(() => TierAuthorisation, { description: 'Who must authorise a search of this tier' })
  authorisation: TierAuthorisation;
  @Field(() => Int, { description: 'The longest candidate list a search may ask for' })
  maxCandidates: number;
  @Field(() => Float, {
    nullable: true,
    description:
      "The tier's threshold floor as a false-match rate (0.001, 0.0001, 0.00001), read as a cosine through the face model version's calibration; null: the force's floor",
  })
  thresholdFloorFalseMatchRate: number | null;
  @Field({
    description:
      'Whether records of people under 18 at capture may be searched (asking for them still needs an authoriser)',
  })
  under18Searchable: boolean;
  @Field({
    description:
      'Whether not-convicted records (NOT_CHARGED, NO_FURTHER_ACTION) may be searched (asking for them still needs an authoriser)',
  })
  notConvictedSearchable: boolean;
  @Field({
    description:
      'false: the default configuration (the force has configured no tiers; derived from its allowedOffenceCategories and floor)',
  })
  configured: boolean;
}
