/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Every filter given applies (AND); times are [occurredFrom, occurredTo) */
export type AuditEventFilter = {
  /** Any of these actions */
  actions?: Array<string> | null | undefined;
  /** Only events caused by this officer */
  actorOfficerId?: string | number | null | undefined;
  /** Only events concerning this force (one you oversee) */
  forceId?: string | number | null | undefined;
  /** Inclusive */
  occurredFrom?: string | null | undefined;
  /** Exclusive */
  occurredTo?: string | null | undefined;
  /** With subjectType: the history of one case or request */
  subjectId?: string | null | undefined;
  /** e.g. Case or SearchRequest */
  subjectType?: string | null | undefined;
};

/** Order of an audit history, by position in the chain */
export type AuditEventOrder =
  | 'NEWEST_FIRST'
  | 'OLDEST_FIRST';

export type CaseStatus =
  | 'CLOSED'
  | 'OPEN';

export type CreateCaseInput = {
  /** The force's crime reference, e.g. 62/12345/26 */
  crimeReference: string;
  offenceCategory: OffenceCategory;
};

export type CustodyImageStatus =
  | 'ACTIVE'
  | 'DELETED'
  | 'PENDING_DELETION';

export type DeletionRequestStatus =
  | 'GRANTED'
  | 'PENDING'
  | 'REFUSED';

/** One custody photograph and the record it belongs to */
export type EnrolCustodyImageInput = {
  /** e.g. 18-24 */
  ageBand?: string | null | undefined;
  capturedAt: string;
  custodyReference: string;
  /** Which face to enrol when the photo shows several (index from the MULTIPLE_FACES error) */
  faceIndex?: number | null | undefined;
  /** The JPEG, PNG or WebP bytes, base64-encoded */
  imageBase64: string;
  /** The force's person reference (e.g. a PNC id) */
  personReference: string;
  retentionClass: RetentionClass;
  /** 16+1 self-defined ethnicity code, for outcome monitoring only */
  selfDefinedEthnicity?: string | null | undefined;
  sex?: string | null | undefined;
  under18AtCapture: boolean;
};

export type OffenceCategory =
  | 'BURGLARY'
  | 'CRIMINAL_DAMAGE'
  | 'DRUG_OFFENCES'
  | 'FRAUD'
  | 'MISSING_PERSON'
  | 'OTHER'
  | 'POSSESSION_OF_WEAPONS'
  | 'PUBLIC_ORDER'
  | 'ROBBERY'
  | 'SEXUAL_OFFENCES'
  | 'THEFT'
  | 'VEHICLE_OFFENCES'
  | 'VIOLENCE_AGAINST_THE_PERSON';

export type RequestDeletionInput = {
  grounds: string;
  /** Defaults to every active image of the subject's record */
  imageIds?: Array<string | number> | null | undefined;
  /** Who asked: the person, or their representative */
  requestedBy: string;
  subjectId: string | number;
};

export type RetentionClass =
  | 'CHARGED_PENDING'
  | 'CONVICTED'
  | 'NOT_CHARGED'
  | 'NO_FURTHER_ACTION';

/** What an officer may do in twokey */
export type Role =
  | 'ADMIN'
  | 'AUTHORISER'
  | 'GALLERY_MANAGER'
  | 'OVERSIGHT'
  | 'REQUESTER'
  | 'REVIEWER'
  | 'SUPERVISOR';

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { displayName: string, roles: Array<Role> } };

export type CreateCaseMutationVariables = Exact<{
  input: CreateCaseInput;
}>;


export type CreateCaseMutation = { createCase: { id: string, crimeReference: string, offenceCategory: OffenceCategory, status: CaseStatus, forceId: string } };

export type CaseByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseByIdQuery = { case: { id: string, crimeReference: string } };

export type CasesQueryVariables = Exact<{ [key: string]: never; }>;


export type CasesQuery = { cases: Array<{ id: string, crimeReference: string, forceId: string }> };

export type VerifyChainQueryVariables = Exact<{ [key: string]: never; }>;


export type VerifyChainQuery = { verifyAuditChain: { ok: boolean, checked: number, headHash: string | null, firstBroken: { seq: number } | null } };

export type EnrolMutationVariables = Exact<{
  input: EnrolCustodyImageInput;
}>;


export type EnrolMutation = { enrolCustodyImage: { duplicate: boolean, image: { id: string, subjectId: string, status: CustodyImageStatus, retentionClass: RetentionClass, reviewDueAt: string }, quality: { faceSizePx: number, acceptable: boolean } | null } };

export type RequestDeletionMutationVariables = Exact<{
  input: RequestDeletionInput;
}>;


export type RequestDeletionMutation = { requestCustodyImageDeletion: { id: string, status: DeletionRequestStatus, strongerPresumption: boolean, imageIds: Array<string> } };

export type DecideDeletionMutationVariables = Exact<{
  id: string | number;
  grant: boolean;
  rationale: string;
}>;


export type DecideDeletionMutation = { decideDeletionRequest: { id: string, status: DeletionRequestStatus } };

export type DueForReviewQueryVariables = Exact<{
  before: string;
}>;


export type DueForReviewQuery = { custodyImagesDueForReview: Array<{ id: string, retentionClass: RetentionClass }> };

export type AuditEventsQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
  order: AuditEventOrder;
}>;


export type AuditEventsQuery = { auditEvents: { endCursor: string | null, hasNextPage: boolean, events: Array<{ seq: number, id: string, occurredAt: string, action: string, subjectType: string, subjectId: string | null, forceId: string | null, reason: string | null, details: unknown, prevHash: string, hash: string, actor: { officerId: string, forceId: string } | null }> } };

export type ExportAuditChainHeadMutationVariables = Exact<{ [key: string]: never; }>;


export type ExportAuditChainHeadMutation = { exportAuditChainHead: { seq: number, hash: string, occurredAt: string, exportedAt: string } };

export type VerifyChainRangeQueryVariables = Exact<{
  fromSeq?: number | null | undefined;
}>;


export type VerifyChainRangeQuery = { verifyAuditChain: { ok: boolean, checked: number, headHash: string | null, firstBroken: { seq: number, reason: string } | null } };

export type CreateCaseForOversightMutationVariables = Exact<{
  input: CreateCaseInput;
}>;


export type CreateCaseForOversightMutation = { createCase: { id: string } };

export type CaseForOversightQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseForOversightQuery = { case: { id: string } };


export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const CreateCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"crimeReference"}},{"kind":"Field","name":{"kind":"Name","value":"offenceCategory"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forceId"}}]}}]}}]} as unknown as DocumentNode<CreateCaseMutation, CreateCaseMutationVariables>;
export const CaseByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"crimeReference"}}]}}]}}]} as unknown as DocumentNode<CaseByIdQuery, CaseByIdQueryVariables>;
export const CasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"crimeReference"}},{"kind":"Field","name":{"kind":"Name","value":"forceId"}}]}}]}}]} as unknown as DocumentNode<CasesQuery, CasesQueryVariables>;
export const VerifyChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAuditChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"headHash"}},{"kind":"Field","name":{"kind":"Name","value":"firstBroken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyChainQuery, VerifyChainQueryVariables>;
export const EnrolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Enrol"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrolCustodyImageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolCustodyImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"retentionClass"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faceSizePx"}},{"kind":"Field","name":{"kind":"Name","value":"acceptable"}}]}}]}}]}}]} as unknown as DocumentNode<EnrolMutation, EnrolMutationVariables>;
export const RequestDeletionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestDeletion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestDeletionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestCustodyImageDeletion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"strongerPresumption"}},{"kind":"Field","name":{"kind":"Name","value":"imageIds"}}]}}]}}]} as unknown as DocumentNode<RequestDeletionMutation, RequestDeletionMutationVariables>;
export const DecideDeletionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideDeletion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grant"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rationale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideDeletionRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"grant"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grant"}}},{"kind":"Argument","name":{"kind":"Name","value":"rationale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rationale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DecideDeletionMutation, DecideDeletionMutationVariables>;
export const DueForReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DueForReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"custodyImagesDueForReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retentionClass"}}]}}]}}]} as unknown as DocumentNode<DueForReviewQuery, DueForReviewQueryVariables>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventOrder"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officerId"}},{"kind":"Field","name":{"kind":"Name","value":"forceId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"forceId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"prevHash"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const ExportAuditChainHeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportAuditChainHead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportAuditChainHead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"exportedAt"}}]}}]}}]} as unknown as DocumentNode<ExportAuditChainHeadMutation, ExportAuditChainHeadMutationVariables>;
export const VerifyChainRangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyChainRange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAuditChain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"headHash"}},{"kind":"Field","name":{"kind":"Name","value":"firstBroken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyChainRangeQuery, VerifyChainRangeQueryVariables>;
export const CreateCaseForOversightDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCaseForOversight"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateCaseForOversightMutation, CreateCaseForOversightMutationVariables>;
export const CaseForOversightDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseForOversight"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CaseForOversightQuery, CaseForOversightQueryVariables>;