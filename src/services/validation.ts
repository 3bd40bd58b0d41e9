import { badInput } from '../errors';

export interface TextLimit {
  readonly min: number;
  readonly max: number;
}

/**
 * How many characters each piece of free text may have once trimmed: the one table both the API
 * boundary (`HasText` on the GraphQL inputs) and the services (`requireText`) check against.
 */
export const TEXT_LIMITS = {
  justification: { min: 40, max: 5000 },
  probeObtainedBy: { min: 2, max: 200 },
  probeObtainedFrom: { min: 10, max: 2000 },
  probeExhibitReference: { min: 2, max: 100 },
  probeOtherSourceType: { min: 3, max: 200 },
  authorisationRationale: { min: 20, max: 5000 },
  adjudicationRationale: { min: 20, max: 5000 },
  withdrawalReason: { min: 10, max: 5000 },
  reassignmentReason: { min: 10, max: 5000 },
  decisionRationale: { min: 5, max: 2000 },
  leadNote: { min: 10, max: 2000 },
  corroborationReference: { min: 2, max: 200 },
  corroborationDescription: { min: 10, max: 2000 },
  leadActionReason: { min: 10, max: 2000 },
  leadActionDecisionReason: { min: 10, max: 2000 },
  deletionRequestedBy: { min: 2, max: 200 },
  deletionGrounds: { min: 10, max: 5000 },
  deletionRationale: { min: 10, max: 5000 },
  proposalRejectionReason: { min: 1, max: 2000 },
  probeGateChangeReason: { min: 10, max: 2000 },
  thresholdFloorChangeReason: { min: 10, max: 2000 },
  probeHitRateOverrideReason: { min: 20, max: 2000 },
  modelSwitchReason: { min: 10, max: 2000 },
  modelTemplatesDeletionReason: { min: 10, max: 2000 },
  retentionPolicyChangeReason: { min: 10, max: 2000 },
  retentionHoldReason: { min: 10, max: 2000 },
  caseCloseReason: { min: 10, max: 2000 },
  complianceFindingNote: { min: 10, max: 2000 },
  complianceSettingsChangeReason: { min: 10, max: 2000 },
  governanceDocumentTitle: { min: 3, max: 300 },
  governanceDocumentVersion: { min: 1, max: 50 },
  governanceReferenceUri: { min: 5, max: 2000 },
  governanceFileName: { min: 1, max: 255 },
  governanceApprovalNote: { min: 10, max: 2000 },
  requiredDocumentsChangeReason: { min: 10, max: 2000 },
} as const satisfies Record<string, TextLimit>;

/** Free text that must say something: trimmed, with a minimum and a maximum length. */
export function requireText(value: string | null | undefined, field: string, limit: TextLimit): string {
  const text = (value ?? '').trim();
  if (text.length < limit.min)
    throw badInput(`${field} must be at least ${limit.min} characters`, { field, min: limit.min });
  if (text.length > limit.max)
    throw badInput(`${field} must be at most ${limit.max} characters`, { field, max: limit.max });
  return text;
}
