/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      displayName\n      roles\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n      crimeReference\n      offenceCategory\n      status\n      forceId\n    }\n  }\n": typeof types.CreateCaseDocument,
    "\n  query CaseById($id: ID!) {\n    case(id: $id) {\n      id\n      crimeReference\n    }\n  }\n": typeof types.CaseByIdDocument,
    "\n  query Cases {\n    cases {\n      id\n      crimeReference\n      forceId\n    }\n  }\n": typeof types.CasesDocument,
    "\n  query VerifyChain {\n    verifyAuditChain {\n      ok\n      checked\n      headHash\n      firstBroken {\n        seq\n      }\n    }\n  }\n": typeof types.VerifyChainDocument,
    "\n  mutation Enrol($input: EnrolCustodyImageInput!) {\n    enrolCustodyImage(input: $input) {\n      duplicate\n      image {\n        id\n        subjectId\n        status\n        retentionClass\n        reviewDueAt\n      }\n      quality {\n        faceSizePx\n        acceptable\n      }\n    }\n  }\n": typeof types.EnrolDocument,
    "\n  mutation RequestDeletion($input: RequestDeletionInput!) {\n    requestCustodyImageDeletion(input: $input) {\n      id\n      status\n      strongerPresumption\n      imageIds\n    }\n  }\n": typeof types.RequestDeletionDocument,
    "\n  mutation DecideDeletion($id: ID!, $grant: Boolean!, $rationale: String!) {\n    decideDeletionRequest(id: $id, grant: $grant, rationale: $rationale) {\n      id\n      status\n    }\n  }\n": typeof types.DecideDeletionDocument,
    "\n  query DueForReview($before: DateTimeISO!) {\n    custodyImagesDueForReview(before: $before) {\n      id\n      retentionClass\n    }\n  }\n": typeof types.DueForReviewDocument,
    "\n  query AuditEvents($filter: AuditEventFilter, $first: Int!, $after: String, $order: AuditEventOrder!) {\n    auditEvents(filter: $filter, first: $first, after: $after, order: $order) {\n      events {\n        seq\n        id\n        occurredAt\n        actor {\n          officerId\n          forceId\n        }\n        action\n        subjectType\n        subjectId\n        forceId\n        reason\n        details\n        prevHash\n        hash\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  mutation ExportAuditChainHead {\n    exportAuditChainHead {\n      seq\n      hash\n      occurredAt\n      exportedAt\n    }\n  }\n": typeof types.ExportAuditChainHeadDocument,
    "\n  query VerifyChainRange($fromSeq: Int) {\n    verifyAuditChain(fromSeq: $fromSeq) {\n      ok\n      checked\n      headHash\n      firstBroken {\n        seq\n        reason\n      }\n    }\n  }\n": typeof types.VerifyChainRangeDocument,
    "\n  mutation CreateCaseForOversight($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateCaseForOversightDocument,
    "\n  query CaseForOversight($id: ID!) {\n    case(id: $id) {\n      id\n    }\n  }\n": typeof types.CaseForOversightDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      displayName\n      roles\n    }\n  }\n": types.MeDocument,
    "\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n      crimeReference\n      offenceCategory\n      status\n      forceId\n    }\n  }\n": types.CreateCaseDocument,
    "\n  query CaseById($id: ID!) {\n    case(id: $id) {\n      id\n      crimeReference\n    }\n  }\n": types.CaseByIdDocument,
    "\n  query Cases {\n    cases {\n      id\n      crimeReference\n      forceId\n    }\n  }\n": types.CasesDocument,
    "\n  query VerifyChain {\n    verifyAuditChain {\n      ok\n      checked\n      headHash\n      firstBroken {\n        seq\n      }\n    }\n  }\n": types.VerifyChainDocument,
    "\n  mutation Enrol($input: EnrolCustodyImageInput!) {\n    enrolCustodyImage(input: $input) {\n      duplicate\n      image {\n        id\n        subjectId\n        status\n        retentionClass\n        reviewDueAt\n      }\n      quality {\n        faceSizePx\n        acceptable\n      }\n    }\n  }\n": types.EnrolDocument,
    "\n  mutation RequestDeletion($input: RequestDeletionInput!) {\n    requestCustodyImageDeletion(input: $input) {\n      id\n      status\n      strongerPresumption\n      imageIds\n    }\n  }\n": types.RequestDeletionDocument,
    "\n  mutation DecideDeletion($id: ID!, $grant: Boolean!, $rationale: String!) {\n    decideDeletionRequest(id: $id, grant: $grant, rationale: $rationale) {\n      id\n      status\n    }\n  }\n": types.DecideDeletionDocument,
    "\n  query DueForReview($before: DateTimeISO!) {\n    custodyImagesDueForReview(before: $before) {\n      id\n      retentionClass\n    }\n  }\n": types.DueForReviewDocument,
    "\n  query AuditEvents($filter: AuditEventFilter, $first: Int!, $after: String, $order: AuditEventOrder!) {\n    auditEvents(filter: $filter, first: $first, after: $after, order: $order) {\n      events {\n        seq\n        id\n        occurredAt\n        actor {\n          officerId\n          forceId\n        }\n        action\n        subjectType\n        subjectId\n        forceId\n        reason\n        details\n        prevHash\n        hash\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": types.AuditEventsDocument,
    "\n  mutation ExportAuditChainHead {\n    exportAuditChainHead {\n      seq\n      hash\n      occurredAt\n      exportedAt\n    }\n  }\n": types.ExportAuditChainHeadDocument,
    "\n  query VerifyChainRange($fromSeq: Int) {\n    verifyAuditChain(fromSeq: $fromSeq) {\n      ok\n      checked\n      headHash\n      firstBroken {\n        seq\n        reason\n      }\n    }\n  }\n": types.VerifyChainRangeDocument,
    "\n  mutation CreateCaseForOversight($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n    }\n  }\n": types.CreateCaseForOversightDocument,
    "\n  query CaseForOversight($id: ID!) {\n    case(id: $id) {\n      id\n    }\n  }\n": types.CaseForOversightDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      displayName\n      roles\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      displayName\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n      crimeReference\n      offenceCategory\n      status\n      forceId\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n      crimeReference\n      offenceCategory\n      status\n      forceId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseById($id: ID!) {\n    case(id: $id) {\n      id\n      crimeReference\n    }\n  }\n"): (typeof documents)["\n  query CaseById($id: ID!) {\n    case(id: $id) {\n      id\n      crimeReference\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cases {\n    cases {\n      id\n      crimeReference\n      forceId\n    }\n  }\n"): (typeof documents)["\n  query Cases {\n    cases {\n      id\n      crimeReference\n      forceId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyChain {\n    verifyAuditChain {\n      ok\n      checked\n      headHash\n      firstBroken {\n        seq\n      }\n    }\n  }\n"): (typeof documents)["\n  query VerifyChain {\n    verifyAuditChain {\n      ok\n      checked\n      headHash\n      firstBroken {\n        seq\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Enrol($input: EnrolCustodyImageInput!) {\n    enrolCustodyImage(input: $input) {\n      duplicate\n      image {\n        id\n        subjectId\n        status\n        retentionClass\n        reviewDueAt\n      }\n      quality {\n        faceSizePx\n        acceptable\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Enrol($input: EnrolCustodyImageInput!) {\n    enrolCustodyImage(input: $input) {\n      duplicate\n      image {\n        id\n        subjectId\n        status\n        retentionClass\n        reviewDueAt\n      }\n      quality {\n        faceSizePx\n        acceptable\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestDeletion($input: RequestDeletionInput!) {\n    requestCustodyImageDeletion(input: $input) {\n      id\n      status\n      strongerPresumption\n      imageIds\n    }\n  }\n"): (typeof documents)["\n  mutation RequestDeletion($input: RequestDeletionInput!) {\n    requestCustodyImageDeletion(input: $input) {\n      id\n      status\n      strongerPresumption\n      imageIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideDeletion($id: ID!, $grant: Boolean!, $rationale: String!) {\n    decideDeletionRequest(id: $id, grant: $grant, rationale: $rationale) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DecideDeletion($id: ID!, $grant: Boolean!, $rationale: String!) {\n    decideDeletionRequest(id: $id, grant: $grant, rationale: $rationale) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DueForReview($before: DateTimeISO!) {\n    custodyImagesDueForReview(before: $before) {\n      id\n      retentionClass\n    }\n  }\n"): (typeof documents)["\n  query DueForReview($before: DateTimeISO!) {\n    custodyImagesDueForReview(before: $before) {\n      id\n      retentionClass\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditEventFilter, $first: Int!, $after: String, $order: AuditEventOrder!) {\n    auditEvents(filter: $filter, first: $first, after: $after, order: $order) {\n      events {\n        seq\n        id\n        occurredAt\n        actor {\n          officerId\n          forceId\n        }\n        action\n        subjectType\n        subjectId\n        forceId\n        reason\n        details\n        prevHash\n        hash\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($filter: AuditEventFilter, $first: Int!, $after: String, $order: AuditEventOrder!) {\n    auditEvents(filter: $filter, first: $first, after: $after, order: $order) {\n      events {\n        seq\n        id\n        occurredAt\n        actor {\n          officerId\n          forceId\n        }\n        action\n        subjectType\n        subjectId\n        forceId\n        reason\n        details\n        prevHash\n        hash\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportAuditChainHead {\n    exportAuditChainHead {\n      seq\n      hash\n      occurredAt\n      exportedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ExportAuditChainHead {\n    exportAuditChainHead {\n      seq\n      hash\n      occurredAt\n      exportedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyChainRange($fromSeq: Int) {\n    verifyAuditChain(fromSeq: $fromSeq) {\n      ok\n      checked\n      headHash\n      firstBroken {\n        seq\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query VerifyChainRange($fromSeq: Int) {\n    verifyAuditChain(fromSeq: $fromSeq) {\n      ok\n      checked\n      headHash\n      firstBroken {\n        seq\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCaseForOversight($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCaseForOversight($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseForOversight($id: ID!) {\n    case(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query CaseForOversight($id: ID!) {\n    case(id: $id) {\n      id\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;