/** The kinds and states of a force's governance register (governance-document.entity.ts). */

/** The documents the law and the regulator expect a force to hold for facial recognition. */
export enum GovernanceDocumentKind {
  /** Data protection impact assessment (DPA 2018 s64). */
  DPIA = 'DPIA',
  /** Equality impact assessment (the public sector equality duty, Equality Act 2010 s149). */
  EQUALITY_IMPACT_ASSESSMENT = 'EQUALITY_IMPACT_ASSESSMENT',
  /** Appropriate policy document (DPA 2018 s35 and s42). */
  APPROPRIATE_POLICY_DOCUMENT = 'APPROPRIATE_POLICY_DOCUMENT',
  /** The force's facial recognition policy or standard operating procedure: officers acknowledge each version. */
  FACIAL_RECOGNITION_POLICY = 'FACIAL_RECOGNITION_POLICY',
  SHARING_AGREEMENT = 'SHARING_AGREEMENT',
}

export enum GovernanceDocumentVersionStatus {
  /** Registered; not in force until a second person approves it. */
  PENDING_APPROVAL = 'PENDING_APPROVAL',
  APPROVED = 'APPROVED',
}
