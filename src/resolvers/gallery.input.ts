import { ArrayMaxSize, IsBase64, IsBoolean, IsInt, IsOptional, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { RetentionClass } from '../entities';
import { HasText } from './reason.validator';

@InputType({ description: 'One custody photograph and the record it belongs to' })
export class EnrolCustodyImageInput {
  @Field({ description: "The force's person reference (e.g. a PNC id)" })
  @Length(1, 64)
  @Matches(/^[\w/.-]+$/, { message: 'personReference may contain letters, digits and / . _ - only' })
  personReference: string;

  @Field({ nullable: true, description: '16+1 self-defined ethnicity code, for outcome monitoring only' })
  @IsOptional()
  @Length(1, 8)
  selfDefinedEthnicity?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 16)
  sex?: string;

  @Field()
  @Length(1, 64)
  custodyReference: string;

  @Field()
  capturedAt: Date;

  @Field(() => RetentionClass)
  retentionClass: RetentionClass;

  @Field()
  @IsBoolean()
  under18AtCapture: boolean;

  @Field({ nullable: true, description: 'e.g. 18-24' })
  @IsOptional()
  @Matches(/^\d{1,3}(-\d{1,3}|\+)$/, { message: 'ageBand looks like 18-24 or 65+' })
  ageBand?: string;

  @Field({ description: 'The JPEG, PNG or WebP bytes, base64-encoded' })
  @IsBase64()
  @MaxLength(28_000_000, { message: 'the image is too large' })
  imageBase64: string;

  @Field(() => Int, { nullable: true, description: 'Which face to enrol when the photo shows several (index from the MULTIPLE_FACES error)' })
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

  @Field(() => [ID], { nullable: true, description: "Defaults to every active image of the subject's record" })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(500)
  imageIds?: string[];

  @Field({ description: 'Who asked: the person, or their representative' })
  @HasText(2, 200)
  requestedBy: string;

  @Field()
  @HasText(10, 5000)
  grounds: string;
}

@ArgsType()
export class DecideDeletionArgs {
  @Field(() => ID)
  id: string;

  @Field()
  @IsBoolean()
  grant: boolean;

  @Field({ description: 'Why the images are deleted or kept (at least 10 characters); recorded with the decision' })
  @HasText(10, 5000)
  rationale: string;
}
