/**
 * Post-search compliance review (the ICO's 2025 audit of South Wales and Gwent: review every
 * retrospective search afterwards and report the results to oversight meetings).
 */

/** Where one completed search stands in its force's compliance queue. */
export enum ComplianceReviewStatus {
  /** The force reviews a sample and this search was not drawn: recorded, never queued. */
  NOT_SAMPLED = 'NOT_SAMPLED',
  /** In the queue: any supervisor of the force who took no part in the search may claim it. */
  OPEN = 'OPEN',
  CLAIMED = 'CLAIMED',
  COMPLETED = 'COMPLETED',
}

/** What a compliance reviewer judges, each once per review. */
export enum ComplianceCriterion {
  /** The search was necessary for a law enforcement purpose (no less intrusive way would do). */
  NECESSITY = 'NECESSITY',
  /** The intrusion (gallery, threshold, candidate list, under-18 or not-convicted records) fitted the aim. */
  PROPORTIONALITY = 'PROPORTIONALITY',
  /** The written justification stands on its own and matches purpose, offence and legal basis. */
  JUSTIFICATION = 'JUSTIFICATION',
  /** The probe image was obtained lawfully and its source recorded. */
  LAWFUL_PROBE_SOURCE = 'LAWFUL_PROBE_SOURCE',
  /** The outcome was handled as a lead only, disclosed and recorded (negatives included). */
  OUTCOME_HANDLED = 'OUTCOME_HANDLED',
}

export enum ComplianceFindingResult {
  MET = 'MET',
  NOT_MET = 'NOT_MET',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}

/** Why a completed search was or was not queued (recorded with the draw and the rate). */
export enum ComplianceSampleRule {
  /** The force reviews every completed search (sample rate 1). */
  EVERY_SEARCH = 'EVERY_SEARCH',
  /** The search's draw fell below the force's sample rate. */
  DRAWN = 'DRAWN',
  /** The search's draw was at or above the force's sample rate. */
  NOT_DRAWN = 'NOT_DRAWN',
}
