import { CustodyImageStatus, NOT_CONVICTED_CLASSES, RetentionClass } from '../entities/gallery.enums';
import {
  TierAuthorisation,
  type AppliedSeriousnessTier,
  type OfficerRank,
  type OffenceCategory,
  type SeriousnessTier,
} from '../entities/roles';
import type { AuthorisationReason } from '../entities/search.enums';
import {
  cosineAtFalseMatchRate,
  describeFalseMatchRate,
  falseMatchRateUpperBound,
  minimumThreshold,
  type ModelScoreScale,
} from './score-scale';
import { authorisationReasons, DEFAULT_K } from './search-policy';
import { authorisationRankOf, TIER_MAX_CANDIDATES, tierFor } from './seriousness-tiers';

/**
 * The eligible gallery of one search and the policy it runs under, planned in one place. Pure:
 * the search workflow reads the forces and sharing agreements once per step and hands them in;
 * src/db/face-search.repository.ts turns `search` into SQL without deciding anything itself. The
 * same plan answers creation (which settings are valid, why authorisation is needed), submission
 * and the search itself (what the policy snapshot records).
 */

/** Candidate list length: at most this many (a seriousness tier may allow fewer). */
export const MAX_K = TIER_MAX_CANDIDATES;

/** Who may be found: what a search's SQL filters on, as the policy snapshot records it. */
export interface EligibleGallery {
  /** Templates of another model version are never compared. */
  modelVersion: string;
  /** Galleries searched: the requesting force's own, then any shared with it under an active agreement. */
  forceIds: string[];
  /** Under-18-at-capture records are searched only when authorised. */
  includeUnder18: boolean;
  /** The not-convicted classes, unless authorised. */
  excludedRetentionClasses: RetentionClass[];
}

/** What the repository runs: the eligible gallery, the threshold and the list length (the probe comes with it). */
export interface PlannedSearch extends EligibleGallery {
  /** Cosine similarity floor; candidates below it are not returned. */
  threshold: number;
  /** Candidate list length, 1..MAX_K. */
  k: number;
}

export interface PlanRequest {
  /** The requesting force. */
  forceId: string;
  /** Galleries asked for (the requesting force's own is always searched; repeats are dropped). */
  galleryForceIds: readonly string[];
  offenceCategory: OffenceCategory;
  /** Cosine of the active model; absent on creation: the requesting force's floor. */
  threshold?: number | null;
  /** Absent on creation: DEFAULT_K (or the tier's maximum, when lower). */
  k?: number | null;
  includeUnder18: boolean;
  includeNotConvicted: boolean;
  /** the probe is below its force's expected-hit-rate floor and an authorised override was sought */
  probeOverrideSought?: boolean;
}

export interface PlanForce {
  id: string;
  code: string;
  /** the force's floor: a false-match rate the model's calibration measured, 1e-3, 1e-4 or 1e-5 (score-scale.ts) */
  thresholdFloorFalseMatchRate: number;
  /** the default configuration of seriousness tiers is derived from it (and the floor) */
  allowedOffenceCategories: readonly OffenceCategory[];
  /** the force's seriousness tiers; null or absent: the default configuration (seriousness-tiers.ts) */
  seriousnessTiers?: readonly SeriousnessTier[] | null;
}

export interface PlanAgreement {
  id: string;
  galleryForceId: string;
  searchingForceId: string;
  validFrom: Date;
  validUntil: Date | null;
  revokedAt: Date | null;
}

export interface PlanModel {
  modelVersion: string;
  /** what its cosines mean: where the floor and the minimum threshold lie */
  scoreScale: ModelScoreScale;
  /** the requesting force's latest validation of the model (none: null or absent) and its equitable threshold */
  validation?: { id: string; equitableThreshold: number | null } | null;
}

/** One gallery of the plan: whose, and under which agreement (none for the requesting force's own). */
export interface PlannedGallery {
  forceId: string;
  /** null when no such force exists. */
  forceCode: string | null;
  /** Forces this gallery is shared with now (the CASL `Gallery` subject's `sharedWithForceIds`). */
  sharedWithForceIds: string[];
  /** The active agreement the search relies on; null for the own gallery or when none is active. */
  agreementId: string | null;
}

export type PlanProblem =
  | { kind: 'UNKNOWN_FORCE'; forceId: string }
  | { kind: 'NOT_SHARED'; forceId: string }
  | { kind: 'BAD_SETTING'; field: 'threshold' | 'k'; message: string }
  /**
   * A setting the offence's seriousness tier does not allow (a longer list, under-18 or
   * not-convicted records): refused when the request is made or submitted; when the search runs
   * under a tier changed since, the search keeps within the tier instead (the plan's `search`).
   */
  | { kind: 'TIER_LIMIT'; field: 'k' | 'includeUnder18' | 'includeNotConvicted'; message: string };

export interface GallerySearchPlan {
  requestingForceId: string;
  galleries: PlannedGallery[];
  /** Empty when the search may run as planned; the workflow decides what each problem means at its step. */
  problems: PlanProblem[];
  search: PlannedSearch;
  /** The offence category's seriousness tier in the requesting force: what it decided. */
  tier: AppliedSeriousnessTier;
  /** The lowest rank that may authorise the search (the tier's); null: any authoriser. */
  authorisationRank: OfficerRank | null;
  /** The tier's floor (or the force's) as a cosine of the model, and the false-match rate it stands for. */
  thresholdFloor: number;
  thresholdFloorFalseMatchRate: number;
  /**
   * The threshold's false-match rate as an upper bound from the calibration's measured points (the
   * smallest calibrated rate whose cosine is at or below it); null below the model's minimum.
   */
  thresholdFalseMatchRate: number | null;
  /** The lowest threshold the model allows any search (its cosine at 1 false match in 1,000). */
  minimumThreshold: number;
  /** The requesting force's validation of the model the plan follows (null: none recorded). */
  validationId: string | null;
  /** Its equitable threshold: below it a search needs an authoriser (null: none). */
  equitableThreshold: number | null;
  /** Why the search needs an authoriser (empty: it may run at once). */
  authorisationReasons: AuthorisationReason[];
  sharingAgreementIds: string[];
  forceCodes: string[];
  /** Images in these states are never searched (their templates are unsearchable). */
  excludedStatuses: CustodyImageStatus[];
}

export function isAgreementActiveAt(a: PlanAgreement, at: Date): boolean {
  return (
    a.revokedAt === null &&
    a.validFrom.getTime() <= at.getTime() &&
    (a.validUntil === null || at.getTime() < a.validUntil.getTime())
  );
}

/**
 * Plans the search of `request` at `at`: its galleries (own first, then each other force once,
 * with the agreement active now), the filters, threshold and list length, and what stands in the
 * way. `forces` must hold the requesting force and should hold every gallery force (a missing one is
 * UNKNOWN_FORCE); `agreements` the agreements between the requesting force and the others.
 */
export function planGallerySearch(
  request: PlanRequest,
  forces: readonly PlanForce[],
  agreements: readonly PlanAgreement[],
  model: PlanModel,
  at: Date,
): GallerySearchPlan {
  const own = forces.find((f) => f.id === request.forceId);
  if (!own) throw new Error('planGallerySearch needs the requesting force');
  const forceIds = [
    request.forceId,
    ...new Set(request.galleryForceIds.filter((id) => id !== request.forceId)),
  ];
  const problems: PlanProblem[] = [];

  const galleries = forceIds.map((forceId): PlannedGallery => {
    const force = forces.find((f) => f.id === forceId);
    if (forceId === request.forceId)
      return { forceId, forceCode: own.code, sharedWithForceIds: [], agreementId: null };
    const active = agreements.filter((a) => a.galleryForceId === forceId && isAgreementActiveAt(a, at));
    if (!force) problems.push({ kind: 'UNKNOWN_FORCE', forceId });
    else if (!active.some((a) => a.searchingForceId === request.forceId))
      problems.push({ kind: 'NOT_SHARED', forceId });
    const mine = active
      .filter((a) => a.searchingForceId === request.forceId)
      .sort((a, b) => a.validFrom.getTime() - b.validFrom.getTime() || a.id.localeCompare(b.id));
    return {
      forceId,
      forceCode: force?.code ?? null,
      sharedWithForceIds: [...new Set(active.map((a) => a.searchingForceId))],
      agreementId: mine[0]?.id ?? null,
    };
  });

  const tier = tierFor(own, request.offenceCategory);
  const floorRate = tier.thresholdFloorFalseMatchRate ?? own.thresholdFloorFalseMatchRate;
  const thresholdFloor = cosineAtFalseMatchRate(model.scoreScale, floorRate);
  const lowest = minimumThreshold(model.scoreScale);
  const threshold = request.threshold ?? thresholdFloor;
  if (!(threshold >= lowest && threshold < 1))
    problems.push({
      kind: 'BAD_SETTING',
      field: 'threshold',
      message: `threshold must be at least ${lowest} (the face model's cosine at ${describeFalseMatchRate(1e-3)} false matches) and below 1`,
    });
  const asked = request.k ?? Math.min(DEFAULT_K, tier.maxCandidates);
  if (!Number.isInteger(asked) || asked < 1 || asked > MAX_K)
    problems.push({
      kind: 'BAD_SETTING',
      field: 'k',
      message: `k must be a whole number from 1 to ${MAX_K}`,
    });
  else if (asked > tier.maxCandidates)
    problems.push({
      kind: 'TIER_LIMIT',
      field: 'k',
      message: `The seriousness tier "${tier.name}" allows candidate lists of at most ${tier.maxCandidates}`,
    });
  const k = Math.min(asked, tier.maxCandidates);
  const tierForbids = (field: 'includeUnder18' | 'includeNotConvicted', what: string) =>
    problems.push({
      kind: 'TIER_LIMIT',
      field,
      message: `The seriousness tier "${tier.name}" does not allow searching ${what} records`,
    });
  if (request.includeUnder18 && !tier.under18Searchable) tierForbids('includeUnder18', 'under-18');
  if (request.includeNotConvicted && !tier.notConvictedSearchable)
    tierForbids('includeNotConvicted', 'not-convicted');
  const includeUnder18 = request.includeUnder18 && tier.under18Searchable;
  const includeNotConvicted = request.includeNotConvicted && tier.notConvictedSearchable;
  const reasons = authorisationReasons(
    {
      id: own.id,
      // the offence needs an authoriser when its tier says so
      allowedOffenceCategories:
        tier.authorisation === TierAuthorisation.NONE ? [request.offenceCategory] : [],
      thresholdFloor,
      // no validation recorded: no equitable threshold to hold to; one without an equitable
      // threshold (no threshold met the targets) holds every search to an authoriser
      equitableThreshold: model.validation ? (model.validation.equitableThreshold ?? Infinity) : null,
    },
    {
      offenceCategory: request.offenceCategory,
      threshold,
      includeUnder18,
      includeNotConvicted,
      galleryForceIds: forceIds,
      probeOverrideSought: request.probeOverrideSought,
    },
  );

  return {
    requestingForceId: request.forceId,
    galleries,
    problems,
    search: {
      modelVersion: model.modelVersion,
      forceIds,
      includeUnder18,
      excludedRetentionClasses: includeNotConvicted ? [] : [...NOT_CONVICTED_CLASSES],
      threshold,
      k,
    },
    tier,
    authorisationRank: authorisationRankOf(tier),
    thresholdFloor,
    thresholdFloorFalseMatchRate: floorRate,
    thresholdFalseMatchRate: falseMatchRateUpperBound(model.scoreScale, threshold),
    minimumThreshold: lowest,
    validationId: model.validation?.id ?? null,
    equitableThreshold: model.validation?.equitableThreshold ?? null,
    authorisationReasons: reasons,
    sharingAgreementIds: galleries.map((g) => g.agreementId).filter((id): id is string => id !== null),
    forceCodes: galleries.map((g) => g.forceCode ?? g.forceId),
    excludedStatuses: [CustodyImageStatus.PENDING_DELETION, CustodyImageStatus.DELETED],
  };
}
