import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  AuthorisationDecision,
  AuthorisationReason,
  CandidateDecision,
  CustodyImageStatus,
  LegalBasis,
  OffenceCategory,
  OfficerRank,
  OutcomeBasis,
  ProbeSourceType,
  ReviewStage,
  ReviewTaskStatus,
  SearchOutcome,
  SearchPurpose,
  SearchRequestStatus,
} from '../entities';
import type {
  AdjudicationView,
  AuthorisationView,
  CandidateView,
  CustodyRecordView,
  DecisionView,
  EnhancementStepView,
  FaceImageRef,
  OutcomeView,
  ProbeEnhancementView,
  ReviewTaskView,
  ReviewView,
  SearchRequestFields,
} from '../services';
import type {
  GovernanceDocumentInForce,
  PolicySnapshot,
  ProbeFusion,
  ProbeProvenance,
  SearchMethod,
} from '../entities';
import { GovernanceDocumentInForceType } from './governance.type';
import type { SearchRequestField } from '../policy';
import { FaceBoxType, FaceQualityType } from './gallery.type';
import { LeadRecord } from './lead-action.type';
import { SeriousnessTierType } from './seriousness-tier.type';

export const FaceImageKind = {
  PROBE: 'PROBE',
  ENHANCED_PROBE: 'ENHANCED_PROBE',
  PROBE_FRAME: 'PROBE_FRAME',
  CANDIDATE: 'CANDIDATE',
} as const;
registerEnumType(FaceImageKind, {
  name: 'FaceImageKind',
  valuesConfig: {
    PROBE: { description: 'The probe as received' },
    ENHANCED_PROBE: {
      description: 'The probe after its recorded enhancement steps: the image the search ran on',
    },
    PROBE_FRAME: {
      description: 'An additional probe image of the same unknown person (its index in `frame`), as received',
    },
    CANDIDATE: { description: "A candidate's custody photo" },
  },
});

@ObjectType({
  description: 'The pixels of one face image; every read is checked and written to the audit log',
})
export class FaceImageContentType {
  @Field() mimeType: string;
  @Field({ description: 'The image bytes, base64-encoded. Do not cache: ask again for each viewing' })
  dataBase64: string;
  @Field(() => ID, { description: 'The audit event that records this view' }) viewId: string;
}

@ObjectType('FaceImage', {
  description:
    'A face image you may open: selecting `content` is one audited view, allowed only while you hold the task (or adjudicate)',
})
export class FaceImageType implements FaceImageRef {
  @Field(() => FaceImageKind) kind: keyof typeof FaceImageKind;
  @Field(() => ID, { nullable: true }) candidateId: string | null;
  @Field(() => Int, {
    nullable: true,
    description: "PROBE_FRAME: the image's index among the request's probe images (0 is the probe)",
  })
  frame?: number | null;
  requestId: string;
  taskId: string | null;
}

@ObjectType('SearchMethod', {
  description: 'How a candidate list was computed, so it can be described and reproduced',
})
export class SearchMethodType {
  @Field({
    description:
      'HNSW (index shortlist, exact re-score), EXACT_SCAN, or NO_GALLERY; searches recorded before plain HNSW replaced the centred key show CENTRED_SHORTLIST',
  })
  kind: string;
  @Field(() => String, {
    nullable: true,
    description: 'Why the exact scan ran: REQUESTED, NO_TEMPLATE_SPACE or SHORTLIST_INCOMPLETE',
  })
  reason?: string;
  @Field(() => String, {
    nullable: true,
    description: "CENTRED_SHORTLIST only: the model version's centre function that keyed the indexes",
    deprecationReason: 'Only searches recorded before plain HNSW replaced the centred key have one',
  })
  centreFunction?: string;
  @Field(() => Int, {
    nullable: true,
    description: 'Templates shortlisted by the index before the exact re-score',
  })
  shortlist?: number;
  @Field(() => Int, { nullable: true, description: "The index scan's hnsw.ef_search" }) efSearch?: number;
}

@ObjectType('PolicySnapshot', {
  description: 'The gallery policy a search ran under, as recorded when it ran',
})
export class PolicySnapshotType implements PolicySnapshot {
  @Field(() => [ID]) forceIds: string[];
  @Field(() => [String]) forceCodes: string[];
  @Field(() => [ID]) sharingAgreementIds: string[];
  @Field() modelVersion: string;
  @Field(() => Float) threshold: number;
  @Field(() => Float, { description: "The force's floor as a cosine of the model" }) thresholdFloor: number;
  @Field(() => Float, {
    nullable: true,
    description: 'The false-match rate the floor stood for (null: recorded before floors were rates)',
  })
  thresholdFloorFalseMatchRate?: number;
  @Field(() => Float, {
    nullable: true,
    description:
      'The lowest threshold the model allowed: its cosine at 1 false match in 1,000 (null: recorded before)',
  })
  minimumThreshold?: number;
  @Field({
    nullable: true,
    description: "The calibration set the model's cosines were read against (null: recorded before)",
  })
  scoreCalibration?: string;
  @Field(() => Float, {
    nullable: true,
    description:
      "The threshold's false-match rate, an upper bound read off the calibration's measured points: the smallest calibrated rate (0.001, 0.0001, 0.00001) whose cosine is at or below the threshold, never interpolated (null: recorded before)",
  })
  thresholdFalseMatchRate?: number | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The recorded model calibration the threshold was read against (null: recorded before)',
  })
  calibrationId?: string;
  @Field(() => ID, {
    nullable: true,
    description:
      "The force's validation of the model version on its own labelled images that the search was held to (null: none recorded, or taken before validations)",
  })
  validationRecordId?: string | null;
  @Field(() => Float, {
    nullable: true,
    description:
      "That validation's equitable threshold (cosine): a search below it needs an authoriser (null: none)",
  })
  equitableThreshold?: number | null;
  @Field(() => Int) k: number;
  @Field() includeUnder18: boolean;
  @Field(() => [String]) excludedRetentionClasses: string[];
  @Field(() => [String]) excludedStatuses: string[];
  @Field(() => Int, { description: 'Templates the search could have found' }) eligibleCount: number;
  @Field() takenAt: string;
  @Field(() => SeriousnessTierType, {
    nullable: true,
    description: "The offence's seriousness tier the search ran under (null: recorded before tiers)",
  })
  seriousnessTier?: SeriousnessTierType;
  @Field(() => SearchMethodType, { nullable: true, description: 'Recorded once the search has run' })
  searchMethod?: SearchMethod;
  @Field(() => ProbeFusionType, {
    nullable: true,
    description: 'How several probe images were fused into the template searched (null: one probe image)',
  })
  probeFusion?: ProbeFusion;
  @Field(() => [GovernanceDocumentInForceType], {
    nullable: true,
    description:
      "The force's governance document versions in force when the search ran (null: recorded before the register)",
  })
  governanceDocuments?: GovernanceDocumentInForce[];
}

@ObjectType('SearchFailure', {
  description: 'Why the search of a request could not run after it was submitted or authorised',
})
export class SearchFailureType {
  @Field({
    description:
      'The error code: an inference code (NO_FACE, LOW_QUALITY, …), INVALID_STATE (a sharing agreement lapsed), or INTERNAL',
  })
  code: string;
  @Field({ description: 'What went wrong, in words' }) reason: string;
  @Field() at: string;
  @Field(() => SearchRequestStatus, {
    description: 'The state the search started from (SUBMITTED or AUTHORISED)',
  })
  from: SearchRequestStatus;
}

@ObjectType('SearchAuthorisation')
export class AuthorisationType implements AuthorisationView {
  @Field(() => AuthorisationDecision) decision: AuthorisationDecision;
  @Field(() => ID) decidedById: string;
  @Field() decidedAt: Date;
  @Field() rationale: string;
}

@ObjectType('CustodyRecordRef', { description: 'The custody record a possible match points to' })
export class CustodyRecordType implements CustodyRecordView {
  @Field(() => ID) custodyImageId: string;
  @Field(() => ID) galleryForceId: string;
  @Field() custodyReference: string;
  @Field() personReference: string;
  @Field() capturedAt: Date;
  @Field(() => CustodyImageStatus, { description: 'DELETED if the record was deleted since' })
  status: CustodyImageStatus;
}

@ObjectType('SearchRequestOutcome')
export class OutcomeType implements OutcomeView {
  @Field(() => SearchOutcome) result: SearchOutcome;
  @Field({ description: 'Always shown with the result' }) caveat: string;
  @Field(() => OutcomeBasis) basis: OutcomeBasis;
  @Field() decidedAt: Date;
  @Field(() => CustodyRecordType, { nullable: true }) custodyRecord: CustodyRecordType | null;
}

@ObjectType('SearchCandidate', { description: 'One row of a candidate list' })
export class CandidateType implements Omit<CandidateView, 'requestId' | 'requestStatus'> {
  @Field(() => ID) id: string;
  @Field(() => Int) rank: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Cosine similarity; null where policy hides it from you',
  })
  score: number | null;
  @Field(() => ID, { nullable: true }) custodyImageId: string | null;
  @Field(() => ID, { nullable: true }) galleryForceId: string | null;
  @Field(() => FaceImageType, {
    nullable: true,
    description: 'Only while you may open face images of this request',
  })
  image: FaceImageType | null;
}

@ObjectType('CandidateDecisionRecord')
export class DecisionType implements Omit<DecisionView, 'candidateId'> {
  @Field(() => ID) candidateId: string;
  @Field(() => Int) rank: number;
  @Field(() => CandidateDecision) decision: CandidateDecision;
  @Field() rationale: string;
}

@ObjectType('Review', { description: 'One review stage of a request' })
export class ReviewType implements Omit<ReviewView, 'requestId' | 'requestStatus' | 'decisions'> {
  @Field(() => ID) taskId: string;
  @Field(() => ReviewStage) stage: ReviewStage;
  @Field(() => ReviewTaskStatus) status: ReviewTaskStatus;
  @Field(() => ID, { nullable: true }) reviewerId: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) claimedAt: Date | null;
  @Field(() => Date, { nullable: true }) submittedAt: Date | null;
  @Field(() => [DecisionType], { nullable: true }) decisions: DecisionType[] | null;
}

@ObjectType('Adjudication')
export class AdjudicationType implements AdjudicationView {
  @Field(() => ID) adjudicatedById: string;
  @Field() adjudicatedAt: Date;
  @Field(() => SearchOutcome) result: SearchOutcome;
  @Field(() => ID, { nullable: true }) candidateId: string | null;
  @Field() rationale: string;
}

@ObjectType('ExpectedHitRate', {
  description:
    "How often a probe of this quality found its true mate on the model's degradation ladder of the development set (a gallery of about a thousand: against a large gallery both figures are lower). A guide to how far a search can be trusted, never a probability that a candidate is the person",
})
export class ExpectedHitRateType {
  @Field(() => Float, { description: 'Share of such probes whose true mate was ranked first' })
  rankOne: number;
  @Field(() => Float, { description: 'Share whose true mate was in the candidate list (top 20)' })
  inCandidateList: number;
  @Field(() => Float, { description: 'The probe on the quality index the figures are binned by (0..1)' })
  qualityIndex: number;
  @Field(() => Int, { description: 'Ladder probes in its bin' }) basedOnProbes: number;
  @Field({ description: 'The model version the calibration was measured with' }) modelVersion: string;
}

export const ProbeFusionMethod = { MEAN_TEMPLATE: 'MEAN_TEMPLATE' } as const;
registerEnumType(ProbeFusionMethod, {
  name: 'ProbeFusionMethod',
  valuesConfig: {
    MEAN_TEMPLATE: {
      description:
        "The probe images' L2-normalised templates averaged and normalised again, searched as one template",
    },
  },
});

@ObjectType('ProbeFusion', {
  description:
    'How several probe images of one unknown person (e.g. CCTV frames) were fused into the one template the search compares',
})
export class ProbeFusionType implements ProbeFusion {
  @Field(() => ProbeFusionMethod) method: 'MEAN_TEMPLATE';
  @Field(() => Int, { description: 'How many probe images were fused' }) frames: number;
  @Field(() => ExpectedHitRateType, {
    nullable: true,
    description:
      "The expected hit rate of the fused search, stated as its best frame's: a LOWER BOUND (on every condition measured the fused search found the mate at least as often as its best frame). Null when the model has no quality calibration",
  })
  expectedHitRate: ExpectedHitRateType | null;
  @Field(() => Int, { description: 'Which probe image gave that figure (0 is the probe)' }) bestFrame: number;
}

@ObjectType('ProbeProvenance', {
  description:
    'Where the probe image came from, as the requester recorded it when making the request (text only, never image data)',
})
export class ProbeProvenanceType implements ProbeProvenance {
  @Field(() => ProbeSourceType) sourceType: ProbeSourceType;
  @Field(() => String, { nullable: true, description: 'The kind of source in words (OTHER only)' })
  otherSourceType: string | null;
  @Field({ description: 'Who obtained the image' }) obtainedBy: string;
  @Field({ description: 'When the police obtained it' }) obtainedAt: Date;
  @Field({ description: 'Where it came from' }) obtainedFrom: string;
  @Field({ description: 'The evidence or exhibit reference it is held under' }) exhibitReference: string;
}

@ObjectType('ProbeEnhancementStep', {
  description: 'One step of a probe enhancement, in the order applied (an operation of the allow-list)',
})
export class ProbeEnhancementStepType implements EnhancementStepView {
  @Field(() => Int, { description: '1, 2, …: the order applied, over every enhancement of the request' })
  position: number;
  @Field({
    description:
      'CROP, ROTATE, MIRROR_UNDO, BRIGHTNESS, CONTRAST, GAMMA, GREYSCALE, SHARPEN, DENOISE or UPSCALE',
  })
  operation: string;
  @Field(() => GraphQLJSONObject, { description: 'Its parameters as applied (defaults filled in)' })
  parameters: Record<string, number | string>;
  @Field(() => ID) appliedById: string;
  @Field() appliedAt: Date;
  @Field({ description: 'SHA-256 of the image the step was applied to' }) inputSha256: string;
  @Field({ description: 'SHA-256 of the image it made' }) outputSha256: string;
}

@ObjectType('ProbeEnhancement', {
  description:
    'What was done to the probe before the search: the original and the result with their hashes, and every step with who applied it. The search runs on the result',
})
export class ProbeEnhancementType implements ProbeEnhancementView {
  @Field({ description: 'SHA-256 of the probe as received (kept by a purge)' }) originalSha256: string;
  @Field(() => String, {
    nullable: true,
    description: 'SHA-256 of the enhanced image the search runs on (null once purged)',
  })
  resultSha256: string | null;
  @Field(() => Int, { nullable: true }) width: number | null;
  @Field(() => Int, { nullable: true }) height: number | null;
  @Field(() => Int, { nullable: true, description: 'The face used, when the result shows several' })
  faceIndex: number | null;
  @Field(() => Date, { nullable: true }) enhancedAt: Date | null;
  @Field(() => [ProbeEnhancementStepType]) steps: ProbeEnhancementStepType[];
  @Field(() => FaceImageType, {
    nullable: true,
    description: 'The enhanced image, while you may open face images of this request (each view audited)',
  })
  enhancedImage: FaceImageType | null;
}

@ObjectType('SearchRequest', {
  description: 'A search on a case. Fields you may not see are null and missing from visibleFields',
})
export class SearchRequestType implements SearchRequestFields {
  @Field(() => ID) id: string;
  @Field(() => ID) forceId: string;
  @Field(() => ID) caseId: string;
  @Field(() => ID) requesterId: string;
  @Field(() => SearchRequestStatus) status: SearchRequestStatus;
  @Field(() => Int, { description: 'Send it back as expectedVersion to refuse a stale change' })
  version: number;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) submittedAt: Date | null;
  @Field(() => Date, { nullable: true }) searchedAt: Date | null;
  @Field(() => Date, { nullable: true }) outcomeAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'Closed, withdrawn, refused or expired' })
  endedAt: Date | null;
  @Field({ description: 'An open request not moved on by then expires' }) expiresAt: Date;

  @Field(() => Float, { nullable: true }) threshold: number | null;
  @Field(() => Int, { nullable: true }) k: number | null;
  @Field(() => Boolean, { nullable: true }) includeUnder18: boolean | null;
  @Field(() => Boolean, { nullable: true }) includeNotConvicted: boolean | null;
  @Field(() => [ID], { nullable: true }) galleryForceIds: string[] | null;
  @Field(() => Boolean, { nullable: true }) authorisationRequired: boolean | null;
  @Field(() => [AuthorisationReason], { nullable: true }) authorisationReasons: AuthorisationReason[] | null;
  @Field(() => OfficerRank, {
    nullable: true,
    description:
      "The lowest rank that may authorise it, from its offence's seriousness tier (null: any authoriser, or none needed)",
  })
  authorisationRank: OfficerRank | null;

  @Field(() => SearchPurpose, { nullable: true }) purpose: SearchPurpose | null;
  @Field(() => LegalBasis, { nullable: true }) legalBasis: LegalBasis | null;
  @Field(() => String, { nullable: true }) justification: string | null;
  @Field(() => OffenceCategory, { nullable: true }) offenceCategory: OffenceCategory | null;
  @Field(() => String, { nullable: true }) crimeReference: string | null;
  @Field(() => ProbeProvenanceType, {
    nullable: true,
    description:
      'Where the probe image came from. Null also for a request made before provenance was required (statistics: NOT_RECORDED)',
  })
  probeProvenance: ProbeProvenanceType | null;
  @Field(() => FaceQualityType, { nullable: true }) probeQuality: FaceQualityType | null;
  @Field(() => ExpectedHitRateType, {
    nullable: true,
    description: 'Null also when the model that analysed the probe has no quality calibration',
  })
  probeExpectedHitRate: ExpectedHitRateType | null;
  @Field(() => ProbeFusionType, {
    nullable: true,
    description:
      "How the several probe images were fused for the search (null: the request has one probe image, and the figures above are the search's own)",
  })
  probeFusion: ProbeFusionType | null;
  @Field(() => Float, {
    nullable: true,
    description: "The force's floor on the expected rank-1 rate when the request was made",
  })
  probeHitRateFloor: number | null;
  @Field(() => String, {
    nullable: true,
    description: "The requester's reason for searching a probe below the floor (an authoriser decided)",
  })
  probeHitRateOverrideReason: string | null;
  @Field(() => AuthorisationType, { nullable: true }) authorisation: AuthorisationType | null;
  @Field(() => String, { nullable: true, description: 'Why it was withdrawn, refused or expired' })
  endReason: string | null;
  @Field(() => SearchFailureType, {
    nullable: true,
    description:
      'While SEARCH_FAILED (and after, if then withdrawn or expired): why the search could not run',
  })
  searchFailure: SearchFailureType | null;

  @Field(() => String, { nullable: true }) modelVersion: string | null;
  @Field(() => PolicySnapshotType, { nullable: true }) policySnapshot: PolicySnapshotType | null;
  @Field(() => Int, { nullable: true }) candidateCount: number | null;

  @Field(() => OutcomeType, {
    nullable: true,
    description: 'Once two reviewers agree or a supervisor adjudicates',
  })
  outcome: OutcomeType | null;
  @Field(() => [CandidateType], { nullable: true }) candidates: CandidateType[] | null;
  @Field(() => [ReviewType], {
    nullable: true,
    description: 'The first and second review (at most two): a plain list',
  })
  reviews: ReviewType[] | null;
  @Field(() => AdjudicationType, { nullable: true }) adjudication: AdjudicationType | null;
  @Field(() => FaceImageType, { nullable: true }) probeImage: FaceImageType | null;

  @Field(() => [String], { description: 'The fields you may read' }) visibleFields: SearchRequestField[];
}

@ObjectType('ReviewTask')
export class ReviewTaskType implements ReviewTaskView {
  @Field(() => ID) id: string;
  @Field(() => ID) requestId: string;
  @Field(() => ID) forceId: string;
  @Field(() => ReviewStage) stage: ReviewStage;
  @Field(() => ReviewTaskStatus) status: ReviewTaskStatus;
  @Field(() => Int) version: number;
  @Field(() => ID, { nullable: true }) claimedById: string | null;
  @Field(() => Date, { nullable: true }) claimedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'The task goes back to the pool then' })
  claimExpiresAt: Date | null;
  @Field(() => Date, { nullable: true }) submittedAt: Date | null;
  @Field() createdAt: Date;
  @Field(() => [DecisionType], {
    nullable: true,
    description: 'Your own decisions (reviewers); supervisors and oversight see all',
  })
  decisions: DecisionType[] | null;
}

@ObjectType('ReviewPacketCandidate')
export class ReviewPacketCandidateType {
  @Field(() => ID) id: string;
  @Field(() => Int) rank: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Null when the force keeps scores from the second review',
  })
  score: number | null;
  @Field(() => FaceImageType) image: FaceImageType;
}

@ObjectType('ProbeFrame', {
  description: 'One probe image of a request with its measured values (never a template)',
})
export class ProbeFrameType {
  @Field(() => Int, { description: "Its index among the request's probe images (0 is the probe)" })
  frame: number;
  @Field({ description: 'SHA-256 of the image as received' }) sha256: string;
  @Field(() => FaceQualityType) quality: FaceQualityType;
  @Field(() => ExpectedHitRateType, {
    nullable: true,
    description: "This image's own expected hit rate (null: the model has no quality calibration)",
  })
  expectedHitRate: ExpectedHitRateType | null;
  @Field(() => FaceImageType, { description: 'The image (PROBE for the first, PROBE_FRAME for the others)' })
  image: FaceImageType;
}

@ObjectType('ReviewPacket', {
  description:
    'What a reviewer holding a task compares: the probe and each candidate. Never the other review',
})
export class ReviewPacketType {
  @Field(() => ReviewTaskType) task: ReviewTaskType;
  @Field(() => FaceImageType, { description: 'The probe as received' }) probe: FaceImageType;
  @Field(() => ProbeEnhancementType, {
    nullable: true,
    description:
      'What was done to the probe before the search (steps and both hashes) and the enhanced image it ran on; null when it was not enhanced',
  })
  probeEnhancement: ProbeEnhancementType | null;
  @Field(() => ProbeProvenanceType, {
    nullable: true,
    description:
      'Where the probe image came from (null for a request made before provenance was required): weigh the probe with it',
  })
  probeProvenance: ProbeProvenanceType | null;
  @Field(() => ExpectedHitRateType, {
    nullable: true,
    description: 'How often a probe of this quality found its true mate: weigh the candidates with it',
  })
  probeExpectedHitRate: ExpectedHitRateType | null;
  @Field(() => ProbeFusionType, {
    nullable: true,
    description:
      'How the several probe images were fused for the search (null: one probe image); its expected hit rate is a lower bound',
  })
  probeFusion: ProbeFusionType | null;
  @Field(() => [ProbeFrameType], {
    description:
      'Every probe image of the request in order (the probe first, then each additional image): compare the candidates with all of them',
  })
  probeFrames: ProbeFrameType[];
  @Field(() => [ReviewPacketCandidateType], {
    description: 'Every candidate of the request (at most 200): a plain list',
  })
  candidates: ReviewPacketCandidateType[];
  @Field() scoresHidden: boolean;
}

@ObjectType('DisclosureCandidate')
export class DisclosureCandidateType {
  @Field(() => Int) rank: number;
  @Field(() => Float) score: number;
  @Field(() => ID) custodyImageId: string;
  @Field() galleryForceCode: string;
  @Field(() => String, { nullable: true }) custodyReference: string | null;
  @Field(() => String, { nullable: true }) imageStatus: string | null;
}

@ObjectType('DisclosureProbe')
export class DisclosureProbeType {
  @Field(() => String, { nullable: true, description: 'Null once the request was purged' }) mimeType:
    string | null;
  @Field(() => String, { nullable: true, description: "The probe's hash (kept by a purge)" }) sha256:
    string | null;
  @Field(() => Int, { nullable: true }) faceIndex: number | null;
  @Field(() => FaceBoxType, { nullable: true, description: 'Null once the request was purged' })
  faceBox: FaceBoxType | null;
  @Field(() => DisclosurePurgeType, {
    nullable: true,
    description: 'When and under which retention rule the probe, candidates and decisions were purged',
  })
  purged: DisclosurePurgeType | null;
  @Field(() => ProbeProvenanceType, {
    nullable: true,
    description:
      'Where the probe image came from (kept by a purge; null for a request made before provenance was required)',
  })
  provenance: ProbeProvenanceType | null;
  @Field(() => FaceQualityType) quality: FaceQualityType;
  @Field(() => ExpectedHitRateType, { nullable: true }) expectedHitRate: ExpectedHitRateType | null;
  @Field(() => Float, { nullable: true, description: "The force's floor when the request was made" })
  hitRateFloor: number | null;
  @Field(() => String, { nullable: true, description: 'Why a probe below the floor was searched' })
  hitRateOverrideReason: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Withheld (null) from roles that may not see face images',
  })
  imageBase64: string | null;
  @Field(() => ProbeEnhancementType, {
    nullable: true,
    description:
      "What was done to the probe before the search (steps, both hashes); null when it was not enhanced. The quality above is the result's",
  })
  enhancement: ProbeEnhancementType | null;
  @Field(() => String, {
    nullable: true,
    description:
      'The enhanced image the search ran on (PNG); withheld (null) from roles that may not see face images',
  })
  enhancedImageBase64: string | null;
  @Field(() => ProbeFusionType, {
    nullable: true,
    description: 'How several probe images were fused for the search (null: one probe image)',
  })
  fusion: ProbeFusionType | null;
  @Field(() => [DisclosureProbeFrameType], {
    description: 'The additional probe images (the probe above is image 0); empty once purged',
  })
  frames: DisclosureProbeFrameType[];
}

@ObjectType('DisclosureProbeFrame', {
  description: 'An additional probe image of the request (another image of the same unknown person)',
})
export class DisclosureProbeFrameType {
  @Field(() => Int, { description: "Its index among the request's probe images (0 is the probe)" })
  frame: number;
  @Field() mimeType: string;
  @Field() sha256: string;
  @Field(() => FaceQualityType) quality: FaceQualityType;
  @Field(() => ExpectedHitRateType, { nullable: true }) expectedHitRate: ExpectedHitRateType | null;
  @Field(() => String, {
    nullable: true,
    description: 'Withheld (null) from roles that may not see face images',
  })
  imageBase64: string | null;
}

@ObjectType('DisclosurePurge')
export class DisclosurePurgeType {
  @Field() purgedAt: Date;
  @Field() rule: string;
}

@ObjectType('DisclosureOfficer')
export class DisclosureOfficerType {
  @Field(() => ID) id: string;
  @Field() displayName: string;
  @Field(() => String, { nullable: true }) collarNumber: string | null;
  @Field() forceCode: string;
}

@ObjectType('DisclosureAuditEntry')
export class DisclosureAuditEntryType {
  @Field(() => Int) seq: number;
  @Field() occurredAt: Date;
  @Field() action: string;
  @Field(() => ID, { nullable: true }) actorOfficerId: string | null;
  @Field() subjectType: string;
  @Field(() => String, { nullable: true }) subjectId: string | null;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field() hash: string;
}

@ObjectType('DisclosurePack', {
  description: 'Everything about a closed search that disclosure may call for',
})
export class DisclosurePackType {
  @Field(() => ID, { description: 'The audit event recording this export' }) reference: string;
  @Field() generatedAt: Date;
  @Field(() => ID) generatedById: string;
  @Field() forceCode: string;
  @Field(() => SearchRequestType) request: SearchRequestType;
  @Field(() => [DisclosureCandidateType]) candidates: DisclosureCandidateType[];
  @Field(() => Int, { nullable: true }) outcomeCandidateRank: number | null;
  @Field(() => DisclosureProbeType) probe: DisclosureProbeType;
  @Field(() => LeadRecord, {
    description: 'The lead after the match: its outcome, the corroborating evidence and the actions on it',
  })
  lead: LeadRecord;
  @Field(() => [DisclosureOfficerType]) officers: DisclosureOfficerType[];
  @Field(() => [DisclosureAuditEntryType], {
    description:
      'The whole trail, as a document holds it (page through it with auditEvents(filter: { searchRequestId }))',
  })
  auditTrail: DisclosureAuditEntryType[];
  @Field({ description: 'A self-contained printable HTML rendering of the pack' }) html: string;
}
