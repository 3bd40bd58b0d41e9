import { ArrayMaxSize, IsBase64, IsBoolean, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { RetentionClass } from '../entities';
import { TEXT_LIMITS } from '../services';
import { CustodyRecordRules } from '../services/custody-record.rules';
import { HasText } from './reason.validator';

@InputType({ description: 'One custody photograph and the record it belongs to' })
export class EnrolCustodyImageInput extends CustodyRecordRules {
  // the rules of each record field are CustodyRecordRules' (shared with bulk enrolment)
  @Field({ description: "The force's person reference (e.g. a PNC id)" })
  declare personReference: string;

  @Field(() => String, {
    nullable: true,
    description: '16+1 self-defined ethnicity code, for outcome monitoring only',
  })
  declare selfDefinedEthnicity?: string | null;

  @Field(() => String, { nullable: true })
  declare sex?: string | null;

  @Field()
  declare custodyReference: string;

  @Field()
  declare capturedAt: Date;

  @Field(() => RetentionClass)
  declare retentionClass: RetentionClass;

  @Field()
  declare under18AtCapture: boolean;

  @Field(() => String, { nullable: true, description: 'e.g. 18-24' })
  declare ageBand?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The photograph (JPEG, PNG or WebP), sent first to POST /uploads (multipart/form-data, at most MAX_IMAGE_BYTES): the id it answered. Yours only; deleted once enrolled. Give this or imageBase64',
  })
  @IsOptional()
  @IsUUID()
  imageUploadId?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The photograph base64-encoded, where the service takes base64 images (IMAGES_AS_BASE64), under the same MAX_IMAGE_BYTES (decoded); prefer imageUploadId',
  })
  @IsOptional()
  @IsBase64()
  imageBase64?: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'Which face to enrol when the photo shows several usable ones: an index from the MULTIPLE_FACES error (every detected face counts, left to right). A single usable face is used without it; an index the photo does not have is BAD_USER_INPUT',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  faceIndex?: number;
}

@InputType()
export class RequestDeletionInput {
  @Field(() => ID)
  @IsUUID()
  subjectId: string;

  @Field(() => [ID], {
    nullable: true,
    description: "Defaults to every active image of the subject's record",
  })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(500)
  imageIds?: string[];

  @Field({ description: 'Who asked: the person, or their representative' })
  @HasText(TEXT_LIMITS.deletionRequestedBy)
  requestedBy: string;

  @Field()
  @HasText(TEXT_LIMITS.deletionGrounds)
  grounds: string;
}

@ArgsType()
export class DecideDeletionArgs {
  @Field(() => ID)
  id: string;

  @Field()
  @IsBoolean()
  grant: boolean;

  @Field({
    description: `Why the images are deleted or kept (at least ${TEXT_LIMITS.deletionRationale.min} characters); recorded with the decision`,
  })
  @HasText(TEXT_LIMITS.deletionRationale)
  rationale: string;
}
