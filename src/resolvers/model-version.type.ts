import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsUUID, Length } from 'class-validator';
import { ForceModelVersionState } from '../entities';
import { TEXT_LIMITS } from '../services';
import { HasText } from './reason.validator';

@ObjectType({ description: "How far a face model version covers a force's gallery (images not deleted)" })
export class ModelVersionCoverageType {
  @Field(() => Int, { description: 'Custody images of the force that are not deleted' })
  images: number;

  // not `templates`: the field is a count, and names with "template" are read as embedding fields
  @Field(() => Int, { description: 'Of them, with a template of the version' })
  enrolled: number;

  @Field(() => Int, { description: 'Of them, recorded as without a usable face under the version' })
  failures: number;

  @Field(() => Int, { description: 'Neither: what a re-enrolment still has to do (0: complete)' })
  missing: number;
}

@ObjectType({
  description:
    "A face model version in a force's gallery: its state, coverage and what the force's threshold floor means under it",
})
export class ForceModelVersionType {
  @Field(() => ID)
  forceId: string;

  @Field()
  modelVersion: string;

  @Field(() => String, { nullable: true, description: 'The FACE_MODEL name (null: not offered here)' })
  faceModel: string | null;

  @Field(() => ForceModelVersionState)
  state: ForceModelVersionState;

  @Field(() => Int, { nullable: true, description: 'Template length' })
  dimension: number | null;

  @Field(() => ModelVersionCoverageType)
  coverage: ModelVersionCoverageType;

  @Field({ description: 'Whether its calibration was recorded (a switch to it needs one)' })
  calibrationRecorded: boolean;

  @Field(() => ID, {
    nullable: true,
    description:
      "The force's latest validation of this version on its own labelled images (a switch to it needs one; null: none)",
  })
  validationId: string | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "That validation's equitable threshold: searches below it need an authoriser (null: no validation, or none was equitable)",
  })
  equitableThreshold: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "The force's threshold floor as a cosine of this version (null: not calibrated here)",
  })
  thresholdFloor: number | null;

  @Field(() => Float, { description: 'The false-match rate the floor stands for, under every version' })
  thresholdFloorFalseMatchRate: number;

  @Field(() => Float, {
    nullable: true,
    description: 'The lowest threshold any search may use under this version (its cosine at 1 in 1,000)',
  })
  minimumThreshold: number | null;
}

@InputType()
export class ProposeModelSwitchInput {
  @Field({ description: 'The version (or FACE_MODEL name) to switch to' })
  @Length(1, 200)
  modelVersion: string;

  @Field({
    description: `Why, recorded in the audit log (at least ${TEXT_LIMITS.modelSwitchReason.min} characters), e.g. the validation on the force's own images`,
  })
  @HasText(TEXT_LIMITS.modelSwitchReason)
  reason: string;
}

@InputType()
export class DecideModelSwitchInput {
  @Field(() => ID)
  @IsUUID()
  switchId: string;

  @Field({
    description: `Why, recorded in the audit log (at least ${TEXT_LIMITS.modelSwitchReason.min} characters)`,
  })
  @HasText(TEXT_LIMITS.modelSwitchReason)
  reason: string;
}

@InputType()
export class DeleteModelTemplatesInput {
  @Field({ description: 'A version the force no longer searches with' })
  @Length(1, 200)
  modelVersion: string;

  @Field({
    description: `Why, recorded in the audit log (at least ${TEXT_LIMITS.modelTemplatesDeletionReason.min} characters)`,
  })
  @HasText(TEXT_LIMITS.modelTemplatesDeletionReason)
  reason: string;
}
