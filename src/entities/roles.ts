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
