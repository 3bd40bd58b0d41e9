import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { OffenceCategory, TierAuthorisation } from '../entities';
import { HasText } from './reason.validator';
import { TEXT_LIMITS } from '../services';

@InputType()
export class CreateSharingAgreementInput {
  @Field(() => ID, { description: 'The force that may search your gallery' })
  @IsUUID()
  searchingForceId: string;

  @Field({ description: 'Reference of the signed agreement' })
  @Length(3, 200)
  reference: string;

  @Field()
  validFrom: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  validUntil?: Date;
}

@InputType()
export class SetProbeHitRateGateInput {
  @Field(() => Float, {
    description:
      'Probes whose expected rank-1 rate is below this are refused (0 to 1; 0 turns the floor off)',
  })
  @Min(0)
  @Max(1)
  floor: number;

  @Field({ description: 'Whether an authoriser may let a probe below the floor be searched' })
  @IsBoolean()
  overrideAllowed: boolean;

  @Field({
    description: `Why the setting changes, recorded in the audit log (at least ${TEXT_LIMITS.probeGateChangeReason.min} characters)`,
  })
  @HasText(TEXT_LIMITS.probeGateChangeReason)
  reason: string;
}

@InputType({ description: "Your force's threshold floor, as a false-match rate of the calibration" })
export class SetThresholdFloorInput {
  @Field(() => Float, {
    description:
      "Searches below the face model's cosine at this false-match rate need an authoriser: 0.001, 0.0001 or 0.00001 (the rates every model's calibration measures)",
  })
  // which rates: ForceService.setThresholdFloor, with the list in its message
  @IsNumber()
  falseMatchRate: number;

  @Field({
    description: `Why the floor changes, recorded in the audit log (at least ${TEXT_LIMITS.thresholdFloorChangeReason.min} characters)`,
  })
  @HasText(TEXT_LIMITS.thresholdFloorChangeReason)
  reason: string;
}

@InputType({
  description: 'One seriousness tier: its offence categories and what their searches need and may do',
})
export class SeriousnessTierInput {
  @Field({ description: 'Distinct within the force (2 to 60 characters)' })
  @Length(2, 60)
  name: string;

  @Field(() => [OffenceCategory], { description: 'Every offence category is in exactly one tier' })
  @ArrayUnique()
  offenceCategories: OffenceCategory[];

  @Field(() => TierAuthorisation)
  authorisation: TierAuthorisation;

  @Field(() => Int, { description: 'The longest candidate list a search of the tier may ask for (1 to 200)' })
  @IsInt()
  @Min(1)
  @Max(200)
  maxCandidates: number;

  @Field(() => Float, {
    nullable: true,
    description:
      "The tier's threshold floor as a false-match rate: 0.001, 0.0001 or 0.00001 (null: the force's floor)",
  })
  // which rates: ForceService.setSeriousnessTiers, with the list in its message
  @IsOptional()
  @IsNumber()
  thresholdFloorFalseMatchRate?: number | null;

  @Field({
    description: 'Whether records of people under 18 at capture may be searched (with authorisation)',
  })
  @IsBoolean()
  under18Searchable: boolean;

  @Field({ description: 'Whether not-convicted records may be searched (with authorisation)' })
  @IsBoolean()
  notConvictedSearchable: boolean;
}

@InputType({ description: "Your force's seriousness tiers, the whole configuration at once" })
export class SetSeriousnessTiersInput {
  @Field(() => [SeriousnessTierInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  tiers: SeriousnessTierInput[];

  @Field({
    description: `Why the tiers change, recorded in the audit log (at least ${TEXT_LIMITS.seriousnessTiersChangeReason.min} characters)`,
  })
  @HasText(TEXT_LIMITS.seriousnessTiersChangeReason)
  reason: string;
}
