/** The kinds and states of what is recorded on a confirmed lead (lead-action.entity.ts). */

/** What kind of independent evidence corroborates a lead. */
export enum CorroborationType {
  FINGERPRINT = 'FINGERPRINT',
  DNA = 'DNA',
  /** A witness or victim identified or recognised the person independently (e.g. a PACE Code D procedure). */
  WITNESS_IDENTIFICATION = 'WITNESS_IDENTIFICATION',
  /** The person's movements traced on other footage to or from the scene. */
  CCTV_TRACKING = 'CCTV_TRACKING',
  /** Records such as phone, bank, travel or custody records. */
  DOCUMENTARY = 'DOCUMENTARY',
  OTHER = 'OTHER',
}

/** What may be done on a lead, each needing recorded corroboration and a supervisor's approval. */
export enum LeadActionType {
  /** A PACE Code D identification procedure (video identification, parade, group identification). */
  IDENTIFICATION_PROCEDURE = 'IDENTIFICATION_PROCEDURE',
  ARREST = 'ARREST',
  CHARGE = 'CHARGE',
  /** Publishing the person's image or details to ask the public for information. */
  PUBLIC_APPEAL = 'PUBLIC_APPEAL',
}

export enum LeadActionStatus {
  /** Proposed, awaiting a supervisor's decision. */
  PROPOSED = 'PROPOSED',
  /** Approved by a supervisor who did not propose it: the action is recorded as taken. */
  APPROVED = 'APPROVED',
  /** Turned down by a supervisor, with a reason. */
  REJECTED = 'REJECTED',
}
