import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBase64,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import {
  CandidateDecision,
  LegalBasis,
  OffenceCategory,
  ProbeSourceType,
  SearchOutcome,
  SearchPurpose,
} from '../entities';
import { PROBE_OBTAINED_EARLIEST, TEXT_LIMITS } from '../services';
import { MAX_PROBE_IMAGES } from '../policy';
import { HasText } from './reason.validator';

@InputType('ProbeProvenanceInput', {
  description:
    'Where the probe image came from: its chain of custody, shown to authorisers, reviewers, supervisors and oversight and in the disclosure pack',
})
export class ProbeProvenanceInput {
  @Field(() => ProbeSourceType)
  sourceType: ProbeSourceType;

  @Field(() => String, {
    nullable: true,
    description: `The kind of source in words (${TEXT_LIMITS.probeOtherSourceType.min} to ${TEXT_LIMITS.probeOtherSourceType.max} characters): required when sourceType is OTHER, refused otherwise`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.probeOtherSourceType.max)
  otherSourceType?: string | null;

  @Field({
    description: `Who obtained the image: officer or staff member (name, collar number) or organisation (${TEXT_LIMITS.probeObtainedBy.min} to ${TEXT_LIMITS.probeObtainedBy.max} characters)`,
  })
  @HasText(TEXT_LIMITS.probeObtainedBy)
  obtainedBy: string;

  @Field({
    description: `When the police obtained (seized, received or downloaded) the image: not in the future, not before ${PROBE_OBTAINED_EARLIEST.toISOString().slice(0, 10)}`,
  })
  obtainedAt: Date;

  @Field({
    description: `Where it came from: premises and camera, device, account or the role of the person who gave it (${TEXT_LIMITS.probeObtainedFrom.min} to ${TEXT_LIMITS.probeObtainedFrom.max} characters)`,
  })
  @HasText(TEXT_LIMITS.probeObtainedFrom)
  obtainedFrom: string;

  @Field({
    description: `The evidence or exhibit reference it is held under (${TEXT_LIMITS.probeExhibitReference.min} to ${TEXT_LIMITS.probeExhibitReference.max} characters)`,
  })
  @HasText(TEXT_LIMITS.probeExhibitReference)
  exhibitReference: string;
}

@InputType({ description: 'A new search on one of your cases; it starts as a DRAFT' })
export class CreateSearchRequestInput {
  @Field(() => ID)
  @IsUUID()
  caseId: string;

  @Field(() => SearchPurpose)
  purpose: SearchPurpose;

  @Field(() => LegalBasis)
  legalBasis: LegalBasis;

  @Field({
    description: `Why this search is necessary and proportionate (at least ${TEXT_LIMITS.justification.min} characters)`,
  })
  @HasText(TEXT_LIMITS.justification)
  justification: string;

  @Field(() => ProbeProvenanceInput, {
    description: 'Where the probe image came from (required: a request without it is BAD_USER_INPUT)',
  })
  @ValidateNested()
  probeProvenance: ProbeProvenanceInput;

  @Field(() => OffenceCategory, { nullable: true, description: "Defaults to the case's" })
  @IsOptional()
  offenceCategory?: OffenceCategory;

  @Field(() => ID, {
    nullable: true,
    description:
      'The probe photo (JPEG, PNG or WebP), sent first to POST /uploads (multipart/form-data, at most MAX_IMAGE_BYTES): the id it answered. Yours only; deleted once the request is created. Give this or probeImageBase64',
  })
  @IsOptional()
  @IsUUID()
  probeUploadId?: string;

  @Field(() => [ID], {
    nullable: true,
    description: `More photos of the same unknown person (e.g. other CCTV frames), each sent to POST /uploads like probeUploadId: every image is analysed once (a refusal names it in extensions.probeImageIndex: 0 is the probe, i the i-th of these) and the search compares the mean of their templates. At most ${MAX_PROBE_IMAGES} images in all (more: TOO_MANY_PROBE_IMAGES); an upload given twice is BAD_USER_INPUT`,
  })
  @IsOptional()
  // a hard bound on what is parsed at all; the domain's limit (TOO_MANY_PROBE_IMAGES) is far below it
  @ArrayMaxSize(64)
  @IsUUID('all', { each: true })
  additionalProbeUploadIds?: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'The probe photo base64-encoded, where the service takes base64 images (IMAGES_AS_BASE64), under the same MAX_IMAGE_BYTES (decoded); prefer probeUploadId',
  })
  @IsOptional()
  @IsBase64()
  probeImageBase64?: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'Which face to search with when the photo shows several usable ones: an index from the MULTIPLE_FACES error (every detected face counts, left to right). A single usable face is used without it; an index the photo does not have is BAD_USER_INPUT',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  probeFaceIndex?: number;

  @Field(() => Float, {
    nullable: true,
    description:
      "Cosine similarity threshold of the face model in use; defaults to the force's floor (Force.thresholdFloor), below which an authoriser must approve; never below the model's cosine at 1 false match in 1,000",
  })
  @IsOptional()
  @Max(0.99)
  threshold?: number;

  @Field(() => Int, { nullable: true, description: 'Candidate list length (default 20, at most 200)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(200)
  k?: number;

  @Field({
    nullable: true,
    description: 'Also search records of people under 18 at capture (needs authorisation)',
  })
  @IsOptional()
  @IsBoolean()
  includeUnder18?: boolean;

  @Field({
    nullable: true,
    description:
      'Also search records of people not charged or released without further action (needs authorisation)',
  })
  @IsOptional()
  @IsBoolean()
  includeNotConvicted?: boolean;

  @Field(() => [ID], {
    nullable: true,
    description:
      "Other forces' galleries to search, each under an active sharing agreement (needs authorisation)",
  })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(50)
  otherGalleryForceIds?: string[];

  @Field(() => String, {
    nullable: true,
    description: `Why a probe below your force's expected-hit-rate floor should be searched all the same (at least ${TEXT_LIMITS.probeHitRateOverrideReason.min} characters): where the force allows it, an authoriser then decides; ignored for a probe above the floor`,
  })
  @IsOptional()
  @HasText(TEXT_LIMITS.probeHitRateOverrideReason)
  probeHitRateOverrideReason?: string;
}

@InputType()
export class CandidateDecisionInput {
  @Field(() => ID)
  @IsUUID()
  candidateId: string;

  @Field(() => CandidateDecision)
  decision: CandidateDecision;

  @Field({ description: 'What in the two faces led to the decision' })
  @HasText(TEXT_LIMITS.decisionRationale)
  rationale: string;
}

@InputType({ description: 'A decision and rationale for every candidate of the task' })
export class SubmitReviewInput {
  @Field(() => ID)
  @IsUUID()
  taskId: string;

  @Field(() => [CandidateDecisionInput])
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  decisions: CandidateDecisionInput[];

  @Field(() => Int, { nullable: true, description: 'The task version you worked from' })
  @IsOptional()
  @IsInt()
  expectedVersion?: number;
}

/** A step on one search request: its id and, for optimistic concurrency, the version the caller saw. */
@ArgsType()
class SearchRequestStepArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  expectedVersion?: number;
}

/**
 * The arguments of the decisions that affect a person. Each carries its reason, which must say
 * something: an empty or all-whitespace reason is BAD_USER_INPUT naming the field, before any
 * service is called (the services check it again).
 */
@ArgsType()
export class DecideAuthorisationArgs extends SearchRequestStepArgs {
  @Field()
  @IsBoolean()
  authorise: boolean;

  @Field({
    description: `Why the search is authorised or refused (at least ${TEXT_LIMITS.authorisationRationale.min} characters)`,
  })
  @HasText(TEXT_LIMITS.authorisationRationale)
  rationale: string;
}

@ArgsType()
export class AdjudicateArgs extends SearchRequestStepArgs {
  @Field(() => SearchOutcome)
  result: SearchOutcome;

  @Field(() => ID, { nullable: true, description: 'The candidate a possible match names' })
  @IsOptional()
  candidateId?: string;

  @Field({
    description: `Why the supervisor settled the dispute this way (at least ${TEXT_LIMITS.adjudicationRationale.min} characters)`,
  })
  @HasText(TEXT_LIMITS.adjudicationRationale)
  rationale: string;
}

@ArgsType()
export class WithdrawArgs extends SearchRequestStepArgs {
  @Field({
    description: `Why the request is withdrawn (at least ${TEXT_LIMITS.withdrawalReason.min} characters)`,
  })
  @HasText(TEXT_LIMITS.withdrawalReason)
  reason: string;
}

@ArgsType()
export class ReassignReviewTaskArgs {
  @Field(() => ID)
  taskId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  reviewerId?: string;

  @Field({ description: `Why the task is moved (at least ${TEXT_LIMITS.reassignmentReason.min} characters)` })
  @HasText(TEXT_LIMITS.reassignmentReason)
  reason: string;
}
