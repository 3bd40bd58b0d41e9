import type { OfficerRank, Role } from '../entities/roles';

/** What the policy needs to know about the caller; built from the officer row, not from token claims. */
export interface PolicyActor {
  officerId: string;
  forceId: string;
  roles: readonly Role[];
  reviewerCertifiedUntil: Date | null;
  overseesForceIds: readonly string[];
  /** The officer's police rank (null or absent: none recorded); seriousness tiers route authorisation by it. */
  rank?: OfficerRank | null;
}
