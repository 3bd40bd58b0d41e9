/** The roles of DESIGN.md's "Who uses it" table. An officer may hold several. */
export enum Role {
  REQUESTER = 'REQUESTER',
  AUTHORISER = 'AUTHORISER',
  REVIEWER = 'REVIEWER',
  SUPERVISOR = 'SUPERVISOR',
  GALLERY_MANAGER = 'GALLERY_MANAGER',
  OVERSIGHT = 'OVERSIGHT',
  ADMIN = 'ADMIN',
  /**
   * National oversight administrator: registers the officers of oversight bodies and grants them
   * oversight of forces. Holds no force role and sees no case content.
   */
  OVERSIGHT_ADMIN = 'OVERSIGHT_ADMIN',
}

/** Roles held inside a force. */
export const FORCE_ROLES: readonly Role[] = [
  Role.REQUESTER,
  Role.AUTHORISER,
  Role.REVIEWER,
  Role.SUPERVISOR,
  Role.GALLERY_MANAGER,
  Role.ADMIN,
];
/** Roles of oversight bodies; each stands alone (no other role beside it). */
export const OVERSIGHT_BODY_ROLES: readonly Role[] = [Role.OVERSIGHT, Role.OVERSIGHT_ADMIN];

/** Home Office style offence groups; a force lists which ones may be searched without authorisation. */
export enum OffenceCategory {
  VIOLENCE_AGAINST_THE_PERSON = 'VIOLENCE_AGAINST_THE_PERSON',
  SEXUAL_OFFENCES = 'SEXUAL_OFFENCES',
  ROBBERY = 'ROBBERY',
  BURGLARY = 'BURGLARY',
  VEHICLE_OFFENCES = 'VEHICLE_OFFENCES',
  THEFT = 'THEFT',
  CRIMINAL_DAMAGE = 'CRIMINAL_DAMAGE',
  DRUG_OFFENCES = 'DRUG_OFFENCES',
  POSSESSION_OF_WEAPONS = 'POSSESSION_OF_WEAPONS',
  PUBLIC_ORDER = 'PUBLIC_ORDER',
  FRAUD = 'FRAUD',
  MISSING_PERSON = 'MISSING_PERSON',
  OTHER = 'OTHER',
}

export enum CaseStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

/**
 * An officer's police rank (England and Wales), lowest first: seriousness tiers route a search's
 * authorisation to at least an inspector or a superintendent. Police staff hold none (null).
 */
export enum OfficerRank {
  CONSTABLE = 'CONSTABLE',
  SERGEANT = 'SERGEANT',
  INSPECTOR = 'INSPECTOR',
  CHIEF_INSPECTOR = 'CHIEF_INSPECTOR',
  SUPERINTENDENT = 'SUPERINTENDENT',
  CHIEF_SUPERINTENDENT = 'CHIEF_SUPERINTENDENT',
  ASSISTANT_CHIEF_CONSTABLE = 'ASSISTANT_CHIEF_CONSTABLE',
  DEPUTY_CHIEF_CONSTABLE = 'DEPUTY_CHIEF_CONSTABLE',
  CHIEF_CONSTABLE = 'CHIEF_CONSTABLE',
}

/** Who must authorise a search of a seriousness tier (before anything else about it needs one). */
export enum TierAuthorisation {
  /** No authorisation for the offence itself (other reasons, e.g. a threshold below the floor, still need any authoriser). */
  NONE = 'NONE',
  /** Any authoriser, whatever their rank: the default configuration's tier for offences off the force's list. */
  ANY_AUTHORISER = 'ANY_AUTHORISER',
  /** An authoriser of at least inspector rank, for every search of the tier. */
  INSPECTOR = 'INSPECTOR',
  /** An authoriser of at least superintendent rank, for every search of the tier. */
  SUPERINTENDENT = 'SUPERINTENDENT',
}

/**
 * One seriousness tier of a force, as stored (force.seriousness_tiers, a JSON array; null: the
 * default configuration, derived from the force's allowed offence categories and floor).
 */
export interface SeriousnessTier {
  name: string;
  /** The offence categories in this tier; every category is in exactly one of a force's tiers. */
  offenceCategories: OffenceCategory[];
  authorisation: TierAuthorisation;
  /** The longest candidate list a search of this tier may ask for (1..200). */
  maxCandidates: number;
  /** The tier's threshold floor as a false-match rate (1e-3, 1e-4, 1e-5); null: the force's floor. */
  thresholdFloorFalseMatchRate: number | null;
  /** Whether records of people under 18 at capture may be searched (with authorisation, as always). */
  under18Searchable: boolean;
  /** Whether not-convicted records (NOT_CHARGED, NO_FURTHER_ACTION) may be searched (with authorisation). */
  notConvictedSearchable: boolean;
}

/** The tier a search ran under, as its policy snapshot records it. */
export interface AppliedSeriousnessTier extends SeriousnessTier {
  /** false: the default configuration (the force had configured no tiers) */
  configured: boolean;
}
