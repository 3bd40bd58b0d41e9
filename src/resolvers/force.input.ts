import { IsBoolean, IsNumber, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
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
