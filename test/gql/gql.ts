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
    "\n  query CovAuditEvents($filter: AuditEventFilter, $first: Int!) {\n    auditEvents(filter: $filter, first: $first, order: OLDEST_FIRST) {\n      edges {\n        node {\n          seq\n          action\n          subjectType\n          subjectId\n          forceId\n          actor {\n            officerId\n          }\n          details\n        }\n      }\n    }\n  }\n": typeof types.CovAuditEventsDocument,
    "\n  query CovVerify {\n    verifyAuditChain {\n      ok\n      checked\n      lastSeq\n    }\n  }\n": typeof types.CovVerifyDocument,
    "\n  mutation CovExportHead {\n    exportAuditChainHead {\n      seq\n    }\n  }\n": typeof types.CovExportHeadDocument,
    "\n  query CovRequestContent($id: ID!) {\n    searchRequest(id: $id) {\n      id\n      justification\n      candidates {\n        id\n        rank\n      }\n    }\n    again: searchRequest(id: $id) {\n      justification\n    }\n  }\n": typeof types.CovRequestContentDocument,
    "\n  query CovRequestStatus($id: ID!) {\n    searchRequest(id: $id) {\n      id\n      status\n      candidateCount\n    }\n  }\n": typeof types.CovRequestStatusDocument,
    "\n  query CovRequestList {\n    searchRequests {\n      edges {\n        node {\n          id\n          justification\n        }\n      }\n    }\n  }\n": typeof types.CovRequestListDocument,
    "\n  query CovMe {\n    me {\n      id\n    }\n  }\n": typeof types.CovMeDocument,
    "\n  query VerifyAgainstAnchors($exportedHead: ExportedChainHeadInput) {\n    verifyAuditChain(exportedHead: $exportedHead) {\n      ok\n      checked\n      lastSeq\n      headHash\n      firstBroken {\n        seq\n        reason\n      }\n      anchorsChecked\n      latestAnchor {\n        seq\n        hash\n        anchoredAt\n      }\n      missingTail {\n        source\n        seq\n        expectedHash\n        foundHash\n        reason\n        anchoredAt\n      }\n    }\n  }\n": typeof types.VerifyAgainstAnchorsDocument,
    "\n  mutation ExportHeadForAnchors {\n    exportAuditChainHead {\n      seq\n      hash\n    }\n  }\n": typeof types.ExportHeadForAnchorsDocument,
    "\n  mutation CreateCaseForAnchors($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateCaseForAnchorsDocument,
    "\n  query AuditVocabulary {\n    actions: __type(name: \"AuditAction\") {\n      kind\n      enumValues(includeDeprecated: true) {\n        name\n        description\n        isDeprecated\n      }\n    }\n    kinds: __type(name: \"AuditEventKind\") {\n      enumValues {\n        name\n        description\n      }\n    }\n    event: __type(name: \"AuditEvent\") {\n      fields {\n        name\n        type {\n          kind\n          name\n          ofType {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditVocabularyDocument,
    "\n  query AuditEventKinds($filter: AuditEventFilter) {\n    auditEvents(filter: $filter, first: 50) {\n      edges {\n        node {\n          seq\n          action\n          kind\n        }\n      }\n    }\n  }\n": typeof types.AuditEventKindsDocument,
    "\n  mutation VocabularyCreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n    }\n  }\n": typeof types.VocabularyCreateCaseDocument,
    "\n  query Me {\n    me {\n      displayName\n      roles\n    }\n  }\n": typeof types.MeDocument,
    "\n  subscription BlindAvailableTasks {\n    availableReviewTasks {\n      taskId\n      requestId\n      stage\n      change\n    }\n  }\n": typeof types.BlindAvailableTasksDocument,
    "\n  query CrReviews(\n    $status: ComplianceReviewStatus\n    $overdue: Boolean\n    $searchRequestId: ID\n    $forceId: ID\n    $first: Int\n  ) {\n    complianceReviews(\n      status: $status\n      overdue: $overdue\n      searchRequestId: $searchRequestId\n      forceId: $forceId\n      first: $first\n    ) {\n      edges {\n        node {\n          id\n          searchRequestId\n          forceId\n          status\n          searchStatus\n          outcomeRecordedById\n          sampled\n          sampleRate\n          sampleDraw\n          sampleRule\n          queuedAt\n          dueAt\n          overdue\n          overdueFlaggedAt\n          claimedById\n          completedById\n          version\n        }\n      }\n      totalCount\n    }\n  }\n": typeof types.CrReviewsDocument,
    "\n  query CrReview($id: ID!) {\n    complianceReview(id: $id) {\n      id\n      status\n      completedById\n      completedLate\n      findings {\n        criterion\n        result\n        note\n      }\n    }\n  }\n": typeof types.CrReviewDocument,
    "\n  mutation CrClaim($id: ID!) {\n    claimComplianceReview(id: $id) {\n      id\n      status\n      claimedById\n      version\n    }\n  }\n": typeof types.CrClaimDocument,
    "\n  mutation CrComplete($input: CompleteComplianceReviewInput!) {\n    completeComplianceReview(input: $input) {\n      id\n      status\n      completedById\n      findings {\n        criterion\n        result\n        note\n      }\n    }\n  }\n": typeof types.CrCompleteDocument,
    "\n  mutation CrSettings($input: SetComplianceReviewSettingsInput!) {\n    setComplianceReviewSettings(input: $input) {\n      code\n      complianceSampleRate\n      complianceReviewDueDays\n    }\n  }\n": typeof types.CrSettingsDocument,
    "\n  query CrStatistics($from: DateTimeISO!, $to: DateTimeISO!, $forceId: ID) {\n    oversightStatistics(from: $from, to: $to, forceId: $forceId) {\n      totals {\n        forceCode\n        requests\n        thresholdOverrides\n        compliance {\n          completedSearches\n          sampled\n          notSampled\n          awaitingReview\n          reviewed\n          overdue\n          completedLate\n          reviewsWithNotMet\n          findings {\n            criterion\n            result\n            count\n          }\n        }\n      }\n    }\n  }\n": typeof types.CrStatisticsDocument,
    "\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n      crimeReference\n      offenceCategory\n      status\n      forceId\n    }\n  }\n": typeof types.CreateCaseDocument,
    "\n  query CaseById($id: ID!) {\n    case(id: $id) {\n      id\n      crimeReference\n    }\n  }\n": typeof types.CaseByIdDocument,
    "\n  query Cases {\n    cases {\n      edges {\n        node {\n          id\n          crimeReference\n          forceId\n        }\n      }\n    }\n  }\n": typeof types.CasesDocument,
    "\n  query VerifyChain {\n    verifyAuditChain {\n      ok\n      checked\n      headHash\n      firstBroken {\n        seq\n      }\n    }\n  }\n": typeof types.VerifyChainDocument,
    "\n  mutation Enrol($input: EnrolCustodyImageInput!) {\n    enrolCustodyImage(input: $input) {\n      duplicate\n      faceIndex\n      image {\n        id\n        subjectId\n        status\n        retentionClass\n        reviewDueAt\n      }\n      quality {\n        faceSizePx\n        acceptable\n      }\n    }\n  }\n": typeof types.EnrolDocument,
    "\n  query CustodyImagePerson($id: ID!) {\n    custodyImage(id: $id) {\n      id\n      personReference\n    }\n  }\n": typeof types.CustodyImagePersonDocument,
    "\n  mutation RequestDeletion($input: RequestDeletionInput!) {\n    requestCustodyImageDeletion(input: $input) {\n      id\n      status\n      strongerPresumption\n      imageIds\n    }\n  }\n": typeof types.RequestDeletionDocument,
    "\n  mutation DecideDeletion($id: ID!, $grant: Boolean!, $rationale: String!) {\n    decideDeletionRequest(id: $id, grant: $grant, rationale: $rationale) {\n      id\n      status\n    }\n  }\n": typeof types.DecideDeletionDocument,
    "\n  query DueForReview($before: DateTimeISO!) {\n    custodyImagesDueForReview(before: $before) {\n      edges {\n        node {\n          id\n          retentionClass\n        }\n      }\n    }\n  }\n": typeof types.DueForReviewDocument,
    "\n  mutation GovRegister($input: RegisterGovernanceDocumentVersionInput!) {\n    registerGovernanceDocumentVersion(input: $input) {\n      id\n      documentId\n      version\n      status\n      sha256\n      byteSize\n      referenceUri\n      registeredById\n      approvedById\n      effectiveFrom\n      effectiveTo\n      inForce\n    }\n  }\n": typeof types.GovRegisterDocument,
    "\n  mutation GovApprove($versionId: ID!, $note: String) {\n    approveGovernanceDocumentVersion(versionId: $versionId, note: $note) {\n      id\n      status\n      approvedById\n      supersedesVersionId\n      inForce\n    }\n  }\n": typeof types.GovApproveDocument,
    "\n  mutation GovAcknowledge($versionId: ID!) {\n    acknowledgeGovernanceDocument(versionId: $versionId) {\n      versionId\n      officerId\n      acknowledgedAt\n    }\n  }\n": typeof types.GovAcknowledgeDocument,
    "\n  query GovDocuments($forceId: ID) {\n    governanceDocuments(forceId: $forceId) {\n      id\n      kind\n      title\n      currentVersion {\n        id\n        version\n      }\n      versions {\n        id\n        version\n        status\n        effectiveFrom\n        effectiveTo\n        supersedesVersionId\n        inForce\n        acknowledgedByMe\n      }\n    }\n  }\n": typeof types.GovDocumentsDocument,
    "\n  query GovFile($versionId: ID!) {\n    governanceDocumentFile(versionId: $versionId) {\n      versionId\n      sha256\n      mimeType\n      byteSize\n      referenceUri\n      contentBase64\n    }\n  }\n": typeof types.GovFileDocument,
    "\n  query GovPending {\n    pendingGovernanceAcknowledgements {\n      id\n      version\n      documentId\n    }\n  }\n": typeof types.GovPendingDocument,
    "\n  mutation GovSetRequired($input: SetRequiredGovernanceDocumentsInput!) {\n    setRequiredGovernanceDocuments(input: $input) {\n      id\n      requiredGovernanceDocuments\n    }\n  }\n": typeof types.GovSetRequiredDocument,
    "\n  query GovSnapshot($id: ID!) {\n    searchRequest(id: $id) {\n      id\n      status\n      policySnapshot {\n        validationRecordId\n        governanceDocuments {\n          documentId\n          versionId\n          kind\n          title\n          version\n          sha256\n          effectiveFrom\n        }\n      }\n    }\n  }\n": typeof types.GovSnapshotDocument,
    "\n  mutation GovWithdraw($id: ID!) {\n    withdrawSearchRequest(id: $id, reason: \"No longer needed: suspect identified by other means.\") {\n      id\n      status\n    }\n  }\n": typeof types.GovWithdrawDocument,
    "\n          mutation GovSubmit($id: ID!) {\n            submitSearchRequest(id: $id) {\n              id\n              status\n            }\n          }\n        ": typeof types.GovSubmitDocument,
    "\n            mutation GovDecide($id: ID!) {\n              decideSearchAuthorisation(\n                id: $id\n                authorise: true\n                rationale: \"Serious offence, no other line of enquiry; proportionate.\"\n              ) {\n                id\n                status\n              }\n            }\n          ": typeof types.GovDecideDocument,
    "\n  mutation LaRecordCorroboration($input: RecordLeadCorroborationInput!) {\n    recordLeadCorroboration(input: $input) {\n      id\n      requestId\n      type\n      reference\n      description\n      recordedById\n      recordedAt\n    }\n  }\n": typeof types.LaRecordCorroborationDocument,
    "\n  mutation LaProposeAction($input: ProposeLeadActionInput!) {\n    proposeLeadAction(input: $input) {\n      id\n      requestId\n      type\n      reason\n      status\n      corroborationIds\n      proposedById\n      decidedById\n    }\n  }\n": typeof types.LaProposeActionDocument,
    "\n  mutation LaApproveAction($input: DecideLeadActionInput!) {\n    approveLeadAction(input: $input) {\n      id\n      status\n      decidedById\n      decidedAt\n      decisionReason\n      corroborationIds\n    }\n  }\n": typeof types.LaApproveActionDocument,
    "\n  mutation LaRejectAction($input: DecideLeadActionInput!) {\n    rejectLeadAction(input: $input) {\n      id\n      status\n      decidedById\n    }\n  }\n": typeof types.LaRejectActionDocument,
    "\n  mutation LaRecordOutcome($requestId: ID!, $result: LeadOutcomeResult!) {\n    recordLeadOutcome(\n      requestId: $requestId\n      result: $result\n      note: \"Alibi confirmed: in custody elsewhere.\"\n    ) {\n      id\n      result\n    }\n  }\n": typeof types.LaRecordOutcomeDocument,
    "\n  query LaLead($requestId: ID!) {\n    lead(requestId: $requestId) {\n      requestId\n      outcome {\n        result\n        corroborationId\n        candidateId\n        note\n      }\n      corroborations {\n        id\n        type\n        reference\n      }\n      actions {\n        id\n        type\n        status\n        corroborationIds\n        decidedById\n      }\n    }\n  }\n": typeof types.LaLeadDocument,
    "\n  query LaLeadActions($status: LeadActionStatus, $searchRequestId: ID, $first: Int, $after: String) {\n    leadActions(status: $status, searchRequestId: $searchRequestId, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          requestId\n          status\n          type\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.LaLeadActionsDocument,
    "\n  query LaStatistics($from: DateTimeISO!, $to: DateTimeISO!, $forceId: ID) {\n    oversightStatistics(from: $from, to: $to, forceId: $forceId) {\n      months {\n        month\n        leadActions {\n          leadsActedOn\n          taken\n        }\n      }\n      totals {\n        leadsCorroborated\n        leadsExcluded\n        leadActions {\n          leadsActedOn\n          leadsActedOnWithCorroboration\n          leadsActedOnWithoutCorroboration\n          proposed\n          taken\n          rejected\n          awaitingDecision\n          refusedWithoutCorroboration\n          takenByType {\n            category\n            count\n          }\n          timeFromOutcomeToAction {\n            count\n            medianSeconds\n            p90Seconds\n            suppressed\n          }\n        }\n      }\n    }\n  }\n": typeof types.LaStatisticsDocument,
    "\n  query LaDisclosurePack($id: ID!) {\n    disclosurePack(id: $id) {\n      lead {\n        outcome {\n          result\n          corroborationId\n        }\n        corroborations {\n          id\n          type\n          reference\n        }\n        actions {\n          type\n          status\n          corroborationIds\n          decidedById\n        }\n      }\n      html\n    }\n  }\n": typeof types.LaDisclosurePackDocument,
    "\n  mutation RecordLeadOutcome($requestId: ID!, $result: LeadOutcomeResult!, $note: String!) {\n    recordLeadOutcome(requestId: $requestId, result: $result, note: $note) {\n      id\n      requestId\n      candidateId\n      result\n      note\n      recordedById\n      recordedAt\n    }\n  }\n": typeof types.RecordLeadOutcomeDocument,
    "\n  mutation LoRecordCorroboration($input: RecordLeadCorroborationInput!) {\n    recordLeadCorroboration(input: $input) {\n      id\n    }\n  }\n": typeof types.LoRecordCorroborationDocument,
    "\n  query LeadStatistics($from: DateTimeISO!, $to: DateTimeISO!, $forceId: ID) {\n    oversightStatistics(from: $from, to: $to, forceId: $forceId) {\n      totals {\n        requests\n        searchesRun\n        outcomes {\n          confirmed\n        }\n        reviewerAgreement {\n          reviewedByBoth\n          agreed\n          candidateDecisionsCompared\n          candidateDecisionsAgreed\n        }\n        timeToOutcome {\n          count\n        }\n        leadsCorroborated\n        leadsExcluded\n      }\n      outcomeMonitoring {\n        dimension\n        group\n        suppressed\n        candidatesReturned\n        candidatesConfirmed\n        confirmedLaterExcluded\n      }\n    }\n  }\n": typeof types.LeadStatisticsDocument,
    "\n  query ListSearchRequests($first: Int, $after: String) {\n    searchRequests(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          forceId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.ListSearchRequestsDocument,
    "\n  query ListReviewTasks($first: Int, $after: String) {\n    reviewTasks(stage: FIRST, status: OPEN, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          requestId\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.ListReviewTasksDocument,
    "\n  query ListCases($first: Int, $after: String) {\n    cases(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          forceId\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.ListCasesDocument,
    "\n  query ListForces($first: Int, $after: String) {\n    forces(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.ListForcesDocument,
    "\n  query ListQueue($first: Int, $after: String) {\n    reviewQueue {\n      available(first: $first, after: $after) {\n        edges {\n          node {\n            id\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.ListQueueDocument,
    "\n  query RequestTrail($searchRequestId: ID!, $first: Int) {\n    auditEvents(filter: { searchRequestId: $searchRequestId }, first: $first, order: OLDEST_FIRST) {\n      edges {\n        node {\n          seq\n          action\n          subjectType\n          subjectId\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.RequestTrailDocument,
    "\n  mutation ListsClaim($taskId: ID!) {\n    claimReviewTask(taskId: $taskId) {\n      id\n    }\n  }\n": typeof types.ListsClaimDocument,
    "\n  query McCalibrations {\n    modelCalibrations {\n      id\n      modelVersion\n      faceModel\n      dataset\n      galleryCount\n      probeCount\n      genuinePairs\n      impostorPairs\n      thresholdAtFar1e3\n      thresholdAtFar1e4\n      thresholdAtFar1e5\n      tarAtFar1e5\n      measuredOn\n      recordedAt\n    }\n  }\n": typeof types.McCalibrationsDocument,
    "\n  query McForces {\n    forces(first: 10) {\n      edges {\n        node {\n          code\n          thresholdFloor\n          thresholdFloorFalseMatchRate\n        }\n      }\n    }\n  }\n": typeof types.McForcesDocument,
    "\n  mutation McSetFloor($input: SetThresholdFloorInput!) {\n    setThresholdFloor(input: $input) {\n      code\n      thresholdFloor\n      thresholdFloorFalseMatchRate\n    }\n  }\n": typeof types.McSetFloorDocument,
    "\n  query McRequest($id: ID!) {\n    searchRequest(id: $id) {\n      status\n      threshold\n      thresholdFalseMatchRate\n      authorisationReasons\n      policySnapshot {\n        threshold\n        thresholdFalseMatchRate\n        thresholdFloor\n        thresholdFloorFalseMatchRate\n        minimumThreshold\n        calibrationId\n        calibration {\n          id\n          modelVersion\n          thresholdAtFar1e3\n          thresholdAtFar1e4\n          thresholdAtFar1e5\n        }\n      }\n    }\n  }\n": typeof types.McRequestDocument,
    "\n  query MvVersions($forceId: ID) {\n    forceModelVersions(forceId: $forceId) {\n      modelVersion\n      faceModel\n      state\n      dimension\n      calibrationRecorded\n      thresholdFloor\n      thresholdFloorFalseMatchRate\n      minimumThreshold\n      coverage {\n        images\n        enrolled\n        failures\n        missing\n      }\n    }\n  }\n": typeof types.MvVersionsDocument,
    "\n  query MvActiveVersions {\n    forces(first: 10) {\n      edges {\n        node {\n          code\n          activeModelVersion\n          thresholdFloor\n          thresholdFloorFalseMatchRate\n        }\n      }\n    }\n  }\n": typeof types.MvActiveVersionsDocument,
    "\n  mutation MvPropose($input: ProposeModelSwitchInput!) {\n    proposeModelSwitch(input: $input) {\n      id\n      status\n      fromVersion\n      toVersion\n    }\n  }\n": typeof types.MvProposeDocument,
    "\n  mutation MvApprove($input: DecideModelSwitchInput!) {\n    approveModelSwitch(input: $input) {\n      id\n      status\n      fromVersion\n      toVersion\n      decidedById\n    }\n  }\n": typeof types.MvApproveDocument,
    "\n  mutation MvDeleteTemplates($input: DeleteModelTemplatesInput!) {\n    deleteModelTemplates(input: $input) {\n      modelVersion\n      state\n      coverage {\n        enrolled\n      }\n    }\n  }\n": typeof types.MvDeleteTemplatesDocument,
    "\n  query MvSearchSnapshot($id: ID!) {\n    searchRequest(id: $id) {\n      status\n      modelVersion\n      threshold\n      thresholdFalseMatchRate\n      policySnapshot {\n        modelVersion\n        threshold\n        thresholdFloor\n        thresholdFloorFalseMatchRate\n        thresholdFalseMatchRate\n        minimumThreshold\n        eligibleCount\n        calibration {\n          modelVersion\n          thresholdAtFar1e4\n        }\n      }\n    }\n  }\n": typeof types.MvSearchSnapshotDocument,
    "\n  mutation OaCreateOfficer($input: CreateOfficerInput!) {\n    createOfficer(input: $input) {\n      id\n      forceId\n      roles\n      overseesForceIds\n      reviewerCertifiedUntil\n    }\n  }\n": typeof types.OaCreateOfficerDocument,
    "\n  mutation OaSetRoles($officerId: ID!, $roles: [Role!]!, $overseesForceIds: [ID!]) {\n    setOfficerRoles(officerId: $officerId, roles: $roles, overseesForceIds: $overseesForceIds) {\n      id\n      roles\n      overseesForceIds\n    }\n  }\n": typeof types.OaSetRolesDocument,
    "\n  mutation OaChangeAccess($input: ChangeOfficerAccessInput!) {\n    changeOfficerAccess(input: $input) {\n      officer {\n        id\n        roles\n        overseesForceIds\n        reviewerCertifiedUntil\n      }\n      proposal {\n        id\n        officerId\n        addRoles\n        addOverseenForceIds\n        reviewerCertifiedUntil\n        status\n        proposedById\n      }\n    }\n  }\n": typeof types.OaChangeAccessDocument,
    "\n  mutation OaApprove($id: ID!) {\n    approveOfficerAccessProposal(id: $id) {\n      id\n      status\n      proposedById\n      decidedById\n      decidedAt\n    }\n  }\n": typeof types.OaApproveDocument,
    "\n  mutation OaReject($id: ID!, $reason: String!) {\n    rejectOfficerAccessProposal(id: $id, reason: $reason) {\n      id\n      status\n      decidedById\n      decisionReason\n    }\n  }\n": typeof types.OaRejectDocument,
    "\n  query OaProposals($status: OfficerAccessProposalStatus) {\n    officerAccessProposals(status: $status) {\n      edges {\n        node {\n          id\n          officerId\n          addRoles\n          addOverseenForceIds\n          status\n          proposedById\n        }\n      }\n    }\n  }\n": typeof types.OaProposalsDocument,
    "\n  query OaGrants($forceId: ID) {\n    oversightGrants(forceId: $forceId) {\n      edges {\n        node {\n          officerId\n          forceId\n          proposalId\n          proposedById\n          approvedById\n          grantedAt\n          revokedAt\n          revokedById\n        }\n      }\n    }\n  }\n": typeof types.OaGrantsDocument,
    "\n  query OaMe {\n    me {\n      id\n      roles\n      overseesForceIds\n    }\n  }\n": typeof types.OaMeDocument,
    "\n  query OaAuditEvents($filter: AuditEventFilter) {\n    auditEvents(filter: $filter, first: 100) {\n      edges {\n        node {\n          action\n          subjectId\n          forceId\n          reason\n          details\n          actor {\n            officerId\n          }\n        }\n      }\n    }\n  }\n": typeof types.OaAuditEventsDocument,
    "\n  query OaCases {\n    cases {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.OaCasesDocument,
    "\n  query OversightStatistics($from: DateTimeISO!, $to: DateTimeISO!, $forceId: ID) {\n    oversightStatistics(from: $from, to: $to, forceId: $forceId) {\n      from\n      to\n      minGroupSize\n      forces {\n        id\n        code\n      }\n      months {\n        ...ForcePeriodFigures\n      }\n      totals {\n        ...ForcePeriodFigures\n      }\n      outcomeMonitoring {\n        forceId\n        dimension\n        group\n        suppressed\n        suppressionReason\n        people\n        candidatesReturned\n        candidatesConfirmed\n        confirmedLaterExcluded\n        confirmedLaterCorroborated\n        confirmationRate\n        exclusionRate\n      }\n    }\n  }\n\n  fragment ForcePeriodFigures on ForcePeriodStatistics {\n    forceId\n    forceCode\n    month\n    requests\n    byPurpose {\n      category\n      count\n    }\n    byOffenceCategory {\n      category\n      count\n    }\n    bySourceType {\n      category\n      count\n    }\n    authorisationRequired\n    authorised\n    refused\n    searchesRun\n    outcomes {\n      confirmed\n      noViableCandidate\n      noCandidatesAboveThreshold\n      disputed\n      adjudicatedConfirmed\n      adjudicatedNoViableCandidate\n      awaitingAdjudication\n      withdrawn\n      expired\n      inProgress\n    }\n    reviewerAgreement {\n      reviewedByBoth\n      agreed\n      rate\n      candidateDecisionsCompared\n      candidateDecisionsAgreed\n      candidateDecisionRate\n    }\n    timeToOutcome {\n      count\n      medianSeconds\n      p90Seconds\n    }\n    searchesIncludingUnder18\n    searchesIncludingNotConvicted\n    thresholdOverrides\n    crossForceSearches\n    leadsCorroborated\n    leadsExcluded\n    leadActions {\n      leadsActedOn\n      leadsActedOnWithCorroboration\n      leadsActedOnWithoutCorroboration\n      proposed\n      taken\n      rejected\n      awaitingDecision\n      refusedWithoutCorroboration\n      takenByType {\n        category\n        count\n      }\n      timeFromOutcomeToAction {\n        count\n        medianSeconds\n        p90Seconds\n        suppressed\n      }\n    }\n    deletionRequests {\n      received\n      granted\n      refused\n      pending\n      timeToDecide {\n        count\n        medianSeconds\n        p90Seconds\n      }\n    }\n    retention {\n      requestsPurged\n      purgedAfterNoViableCandidate\n      purgedAfterCaseClosure\n      purgedAfterHold\n      holdsPlaced\n      holdsRenewed\n      holdsReleased\n      holdsLapsed\n    }\n    compliance {\n      completedSearches\n      sampled\n      notSampled\n      awaitingReview\n      reviewed\n      overdue\n      completedLate\n      reviewsWithNotMet\n      findings {\n        criterion\n        result\n        count\n      }\n    }\n  }\n": typeof types.OversightStatisticsDocument,
    "\n  query AuditEvents($filter: AuditEventFilter, $first: Int!, $after: String, $order: AuditEventOrder!) {\n    auditEvents(filter: $filter, first: $first, after: $after, order: $order) {\n      edges {\n        node {\n          seq\n          id\n          occurredAt\n          actor {\n            officerId\n            forceId\n          }\n          action\n          subjectType\n          subjectId\n          forceId\n          reason\n          details\n          prevHash\n          hash\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  mutation ExportAuditChainHead {\n    exportAuditChainHead {\n      seq\n      hash\n      occurredAt\n      exportedAt\n    }\n  }\n": typeof types.ExportAuditChainHeadDocument,
    "\n  query VerifyChainRange($fromSeq: Int) {\n    verifyAuditChain(fromSeq: $fromSeq) {\n      ok\n      checked\n      headHash\n      firstBroken {\n        seq\n        reason\n      }\n    }\n  }\n": typeof types.VerifyChainRangeDocument,
    "\n  mutation CreateCaseForOversight($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateCaseForOversightDocument,
    "\n  query CaseForOversight($id: ID!) {\n    case(id: $id) {\n      id\n    }\n  }\n": typeof types.CaseForOversightDocument,
    "\n  query PmReviewQueue {\n    reviewQueue {\n      available(first: 200) {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.PmReviewQueueDocument,
    "\n  query PmProbeProvenance($id: ID!) {\n    searchRequest(id: $id) {\n      id\n      probeProvenance {\n        sourceType\n      }\n    }\n  }\n": typeof types.PmProbeProvenanceDocument,
    "\n  query PmPacketProvenance($taskId: ID!) {\n    reviewPacket(taskId: $taskId) {\n      probeProvenance {\n        sourceType\n      }\n    }\n  }\n": typeof types.PmPacketProvenanceDocument,
    "\n  query PmPackProvenance($id: ID!) {\n    disclosurePack(id: $id) {\n      probe {\n        provenance {\n          sourceType\n        }\n      }\n    }\n  }\n": typeof types.PmPackProvenanceDocument,
    "\n  mutation PmRegisterDocument($input: RegisterGovernanceDocumentVersionInput!) {\n    registerGovernanceDocumentVersion(input: $input) {\n      id\n      documentId\n    }\n  }\n": typeof types.PmRegisterDocumentDocument,
    "\n  mutation PmApproveDocument($versionId: ID!) {\n    approveGovernanceDocumentVersion(versionId: $versionId) {\n      id\n    }\n  }\n": typeof types.PmApproveDocumentDocument,
    "\n  mutation PmAcknowledgeDocument($versionId: ID!) {\n    acknowledgeGovernanceDocument(versionId: $versionId) {\n      versionId\n    }\n  }\n": typeof types.PmAcknowledgeDocumentDocument,
    "\n  query PmGovernanceDocuments($forceId: ID) {\n    governanceDocuments(forceId: $forceId) {\n      id\n    }\n  }\n": typeof types.PmGovernanceDocumentsDocument,
    "\n  query PmGovernanceFile($versionId: ID!) {\n    governanceDocumentFile(versionId: $versionId) {\n      sha256\n    }\n  }\n": typeof types.PmGovernanceFileDocument,
    "\n  query PmPendingAcknowledgements {\n    pendingGovernanceAcknowledgements {\n      id\n    }\n  }\n": typeof types.PmPendingAcknowledgementsDocument,
    "\n  mutation PmSetRequiredDocuments($input: SetRequiredGovernanceDocumentsInput!) {\n    setRequiredGovernanceDocuments(input: $input) {\n      id\n    }\n  }\n": typeof types.PmSetRequiredDocumentsDocument,
    "\n  query PmMe {\n    me {\n      id\n    }\n  }\n": typeof types.PmMeDocument,
    "\n  query PmForces {\n    forces(first: 200) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PmForcesDocument,
    "\n  query PmOfficers {\n    officers(first: 200) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PmOfficersDocument,
    "\n  mutation PmCreateOfficer($input: CreateOfficerInput!) {\n    createOfficer(input: $input) {\n      id\n    }\n  }\n": typeof types.PmCreateOfficerDocument,
    "\n  mutation PmSetRoles($officerId: ID!, $roles: [Role!]!) {\n    setOfficerRoles(officerId: $officerId, roles: $roles) {\n      id\n    }\n  }\n": typeof types.PmSetRolesDocument,
    "\n  mutation PmChangeAccess($input: ChangeOfficerAccessInput!) {\n    changeOfficerAccess(input: $input) {\n      proposal {\n        id\n      }\n    }\n  }\n": typeof types.PmChangeAccessDocument,
    "\n  mutation PmApproveProposal($id: ID!) {\n    approveOfficerAccessProposal(id: $id) {\n      id\n    }\n  }\n": typeof types.PmApproveProposalDocument,
    "\n  mutation PmRejectProposal($id: ID!) {\n    rejectOfficerAccessProposal(id: $id, reason: \"Not trained for this role yet.\") {\n      id\n    }\n  }\n": typeof types.PmRejectProposalDocument,
    "\n  query PmProposals {\n    officerAccessProposals(first: 200) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PmProposalsDocument,
    "\n  query PmOversightGrants {\n    oversightGrants(first: 200) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PmOversightGrantsDocument,
    "\n  query PmSharingAgreements {\n    sharingAgreements(first: 200) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PmSharingAgreementsDocument,
    "\n  mutation PmCreateAgreement($input: CreateSharingAgreementInput!) {\n    createSharingAgreement(input: $input) {\n      id\n    }\n  }\n": typeof types.PmCreateAgreementDocument,
    "\n  query PmComplianceReviews {\n    complianceReviews(first: 200) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PmComplianceReviewsDocument,
    "\n  mutation PmClaimCompliance($id: ID!) {\n    claimComplianceReview(id: $id) {\n      id\n    }\n  }\n": typeof types.PmClaimComplianceDocument,
    "\n  mutation PmCompleteCompliance($input: CompleteComplianceReviewInput!) {\n    completeComplianceReview(input: $input) {\n      id\n    }\n  }\n": typeof types.PmCompleteComplianceDocument,
    "\n  mutation PmComplianceSettings($input: SetComplianceReviewSettingsInput!) {\n    setComplianceReviewSettings(input: $input) {\n      id\n    }\n  }\n": typeof types.PmComplianceSettingsDocument,
    "\n  mutation PmSetThresholdFloor($input: SetThresholdFloorInput!) {\n    setThresholdFloor(input: $input) {\n      id\n    }\n  }\n": typeof types.PmSetThresholdFloorDocument,
    "\n  query PmRetentionPolicy($forceId: ID) {\n    retentionPolicy(forceId: $forceId) {\n      forceId\n      afterNoViableCandidateDays\n    }\n  }\n": typeof types.PmRetentionPolicyDocument,
    "\n  mutation PmSetRetentionPolicy($input: SetRetentionPolicyInput!) {\n    setRetentionPolicy(input: $input) {\n      forceId\n    }\n  }\n": typeof types.PmSetRetentionPolicyDocument,
    "\n  mutation PmRecordCorroboration($input: RecordLeadCorroborationInput!) {\n    recordLeadCorroboration(input: $input) {\n      id\n    }\n  }\n": typeof types.PmRecordCorroborationDocument,
    "\n  mutation PmProposeLeadAction($input: ProposeLeadActionInput!) {\n    proposeLeadAction(input: $input) {\n      id\n    }\n  }\n": typeof types.PmProposeLeadActionDocument,
    "\n  mutation PmApproveLeadAction($input: DecideLeadActionInput!) {\n    approveLeadAction(input: $input) {\n      id\n    }\n  }\n": typeof types.PmApproveLeadActionDocument,
    "\n  mutation PmRejectLeadAction($input: DecideLeadActionInput!) {\n    rejectLeadAction(input: $input) {\n      id\n    }\n  }\n": typeof types.PmRejectLeadActionDocument,
    "\n  query PmLead($requestId: ID!) {\n    lead(requestId: $requestId) {\n      requestId\n    }\n  }\n": typeof types.PmLeadDocument,
    "\n  query PmLeadActions {\n    leadActions(first: 200) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PmLeadActionsDocument,
    "\n  mutation PmPlaceHold($requestId: ID!, $reason: String!, $reviewAt: DateTimeISO!) {\n    placeRetentionHold(requestId: $requestId, reason: $reason, reviewAt: $reviewAt) {\n      id\n      inForce\n    }\n  }\n": typeof types.PmPlaceHoldDocument,
    "\n  mutation PmReleaseHold($requestId: ID!, $reason: String!) {\n    releaseRetentionHold(requestId: $requestId, reason: $reason) {\n      id\n      inForce\n    }\n  }\n": typeof types.PmReleaseHoldDocument,
    "\n  mutation PmCloseCase($caseId: ID!, $reason: String!) {\n    closeCase(caseId: $caseId, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.PmCloseCaseDocument,
    "\n  query PmModelCalibrations {\n    modelCalibrations {\n      id\n    }\n  }\n": typeof types.PmModelCalibrationsDocument,
    "\n  query PmModelVersions($forceId: ID) {\n    forceModelVersions(forceId: $forceId) {\n      modelVersion\n    }\n  }\n": typeof types.PmModelVersionsDocument,
    "\n  query PmModelSwitches($forceId: ID) {\n    modelSwitches(forceId: $forceId) {\n      id\n    }\n  }\n": typeof types.PmModelSwitchesDocument,
    "\n  mutation PmProposeSwitch($input: ProposeModelSwitchInput!) {\n    proposeModelSwitch(input: $input) {\n      id\n    }\n  }\n": typeof types.PmProposeSwitchDocument,
    "\n  mutation PmApproveSwitch($input: DecideModelSwitchInput!) {\n    approveModelSwitch(input: $input) {\n      id\n    }\n  }\n": typeof types.PmApproveSwitchDocument,
    "\n  mutation PmWithdrawSwitch($input: DecideModelSwitchInput!) {\n    withdrawModelSwitch(input: $input) {\n      id\n    }\n  }\n": typeof types.PmWithdrawSwitchDocument,
    "\n  mutation PmDeleteModelTemplates($input: DeleteModelTemplatesInput!) {\n    deleteModelTemplates(input: $input) {\n      state\n    }\n  }\n": typeof types.PmDeleteModelTemplatesDocument,
    "\n  mutation PmSetProbeGate($input: SetProbeHitRateGateInput!) {\n    setProbeHitRateGate(input: $input) {\n      id\n    }\n  }\n": typeof types.PmSetProbeGateDocument,
    "\n  mutation PmRevokeAgreement($id: ID!) {\n    revokeSharingAgreement(id: $id) {\n      id\n    }\n  }\n": typeof types.PmRevokeAgreementDocument,
    "\n  query PmCase($id: ID!) {\n    case(id: $id) {\n      id\n    }\n  }\n": typeof types.PmCaseDocument,
    "\n  query PmCases {\n    cases(first: 200) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PmCasesDocument,
    "\n  mutation PmCreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n    }\n  }\n": typeof types.PmCreateCaseDocument,
    "\n  mutation PmAssign($caseId: ID!, $officerId: ID!) {\n    assignCaseOfficer(caseId: $caseId, officerId: $officerId) {\n      id\n    }\n  }\n": typeof types.PmAssignDocument,
    "\n  mutation PmEnrol($input: EnrolCustodyImageInput!) {\n    enrolCustodyImage(input: $input) {\n      duplicate\n    }\n  }\n": typeof types.PmEnrolDocument,
    "\n  query PmCustodyImage($id: ID!) {\n    custodyImage(id: $id) {\n      id\n    }\n  }\n": typeof types.PmCustodyImageDocument,
    "\n  query PmCustodyImagePerson($id: ID!) {\n    custodyImage(id: $id) {\n      id\n      personReference\n    }\n  }\n": typeof types.PmCustodyImagePersonDocument,
    "\n  query PmDue($before: DateTimeISO!) {\n    custodyImagesDueForReview(before: $before, first: 200) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PmDueDocument,
    "\n  query PmDeletionRequests {\n    deletionRequests(first: 200) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PmDeletionRequestsDocument,
    "\n  mutation PmRequestDeletion($input: RequestDeletionInput!) {\n    requestCustodyImageDeletion(input: $input) {\n      id\n    }\n  }\n": typeof types.PmRequestDeletionDocument,
    "\n  mutation PmDecideDeletion($id: ID!) {\n    decideDeletionRequest(id: $id, grant: false, rationale: \"Convicted; retention justified.\") {\n      id\n    }\n  }\n": typeof types.PmDecideDeletionDocument,
    "\n  query PmVerify {\n    verifyAuditChain {\n      ok\n    }\n  }\n": typeof types.PmVerifyDocument,
    "\n  query PmAuditEvents {\n    auditEvents(first: 1) {\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.PmAuditEventsDocument,
    "\n  mutation PmChainHead {\n    exportAuditChainHead {\n      seq\n    }\n  }\n": typeof types.PmChainHeadDocument,
    "\n  mutation PhrSetGate($input: SetProbeHitRateGateInput!) {\n    setProbeHitRateGate(input: $input) {\n      id\n      probeHitRateFloor\n      probeHitRateOverrideAllowed\n    }\n  }\n": typeof types.PhrSetGateDocument,
    "\n  mutation PhrCreateSearch($input: CreateSearchRequestInput!) {\n    createSearchRequest(input: $input) {\n      id\n      status\n      authorisationReasons\n      probeHitRateFloor\n      probeHitRateOverrideReason\n      probeExpectedHitRate {\n        rankOne\n        inCandidateList\n        basedOnProbes\n        modelVersion\n      }\n    }\n  }\n": typeof types.PhrCreateSearchDocument,
    "\n  query PhrReadSearch($id: ID!) {\n    searchRequest(id: $id) {\n      id\n      status\n      visibleFields\n      probeHitRateFloor\n      probeHitRateOverrideReason\n      probeExpectedHitRate {\n        rankOne\n        inCandidateList\n      }\n    }\n  }\n": typeof types.PhrReadSearchDocument,
    "\n  mutation PhrSubmit($id: ID!) {\n    submitSearchRequest(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.PhrSubmitDocument,
    "\n  mutation PhrAuthorise($id: ID!, $rationale: String!) {\n    decideSearchAuthorisation(id: $id, authorise: true, rationale: $rationale) {\n      id\n      status\n    }\n  }\n": typeof types.PhrAuthoriseDocument,
    "\n  mutation PvCreate($input: CreateSearchRequestInput!) {\n    createSearchRequest(input: $input) {\n      id\n      status\n      probeProvenance {\n        sourceType\n        otherSourceType\n        obtainedBy\n        obtainedAt\n        obtainedFrom\n        exhibitReference\n      }\n    }\n  }\n": typeof types.PvCreateDocument,
    "\n  query PvRead($id: ID!) {\n    searchRequest(id: $id) {\n      id\n      visibleFields\n      probeProvenance {\n        sourceType\n        otherSourceType\n        obtainedBy\n        obtainedAt\n        obtainedFrom\n        exhibitReference\n      }\n      purged {\n        rule\n      }\n    }\n  }\n": typeof types.PvReadDocument,
    "\n  query PvPacket($taskId: ID!) {\n    reviewPacket(taskId: $taskId) {\n      probeProvenance {\n        sourceType\n        otherSourceType\n        obtainedBy\n        obtainedAt\n        obtainedFrom\n        exhibitReference\n      }\n    }\n  }\n": typeof types.PvPacketDocument,
    "\n  query PvPack($id: ID!) {\n    disclosurePack(id: $id) {\n      request {\n        probeProvenance {\n          sourceType\n          exhibitReference\n        }\n      }\n      probe {\n        imageBase64\n        provenance {\n          sourceType\n          otherSourceType\n          obtainedBy\n          obtainedAt\n          obtainedFrom\n          exhibitReference\n        }\n      }\n      html\n    }\n  }\n": typeof types.PvPackDocument,
    "\n  query PvStatistics($from: DateTimeISO!, $to: DateTimeISO!) {\n    oversightStatistics(from: $from, to: $to) {\n      months {\n        forceCode\n        month\n        requests\n        bySourceType {\n          category\n          count\n        }\n      }\n      totals {\n        forceCode\n        requests\n        bySourceType {\n          category\n          count\n        }\n      }\n    }\n  }\n": typeof types.PvStatisticsDocument,
    "\n  query RetPurgedRequest($id: ID!) {\n    searchRequest(id: $id) {\n      id\n      status\n      outcome {\n        result\n        custodyRecord {\n          custodyImageId\n        }\n      }\n      probeImage {\n        kind\n      }\n      candidates {\n        id\n      }\n      reviews {\n        stage\n        decisions {\n          candidateId\n        }\n      }\n      purged {\n        purgedAt\n        rule\n        retentionDays\n        probeSha256\n        counts {\n          probeImages\n          probeTemplates\n          candidates\n          reviewDecisions\n        }\n      }\n      retentionHold {\n        inForce\n      }\n    }\n  }\n": typeof types.RetPurgedRequestDocument,
    "\n  query RetDisclosurePack($id: ID!) {\n    disclosurePack(id: $id) {\n      candidates {\n        rank\n      }\n      probe {\n        mimeType\n        sha256\n        imageBase64\n        purged {\n          rule\n        }\n      }\n      html\n    }\n  }\n": typeof types.RetDisclosurePackDocument,
    "\n  query RetStatistics($from: DateTimeISO!, $to: DateTimeISO!) {\n    oversightStatistics(from: $from, to: $to) {\n      totals {\n        forceCode\n        retention {\n          requestsPurged\n          purgedAfterNoViableCandidate\n          purgedAfterCaseClosure\n          holdsPlaced\n          holdsReleased\n        }\n      }\n    }\n  }\n": typeof types.RetStatisticsDocument,
    "\n  mutation RetSetPolicy($input: SetRetentionPolicyInput!) {\n    setRetentionPolicy(input: $input) {\n      forceId\n      afterNoViableCandidateDays\n      set\n    }\n  }\n": typeof types.RetSetPolicyDocument,
    "\n  mutation RetPlaceHold($requestId: ID!, $reason: String!, $reviewAt: DateTimeISO!) {\n    placeRetentionHold(requestId: $requestId, reason: $reason, reviewAt: $reviewAt) {\n      id\n      inForce\n      reviewAt\n    }\n  }\n": typeof types.RetPlaceHoldDocument,
    "\n  mutation RetRecordLead($requestId: ID!) {\n    recordLeadOutcome(requestId: $requestId, result: CORROBORATED, note: \"Found by other evidence later.\") {\n      id\n    }\n  }\n": typeof types.RetRecordLeadDocument,
    "\n  mutation WfCreateSearchRaw($input: CreateSearchRequestInput!) {\n    createSearchRequest(input: $input) {\n      id\n      status\n      threshold\n      k\n      authorisationRequired\n      authorisationReasons\n      probeQuality {\n        acceptable\n        faceSizePx\n      }\n    }\n  }\n": typeof types.WfCreateSearchRawDocument,
    "\n  query WfForceFloors {\n    forces {\n      edges {\n        node {\n          code\n          thresholdFloor\n          thresholdFloorFalseMatchRate\n        }\n      }\n    }\n  }\n": typeof types.WfForceFloorsDocument,
    "\n  mutation WfDecideAuthorisationRaw($id: ID!, $authorise: Boolean!, $rationale: String!) {\n    decideSearchAuthorisation(id: $id, authorise: $authorise, rationale: $rationale) {\n      id\n    }\n  }\n": typeof types.WfDecideAuthorisationRawDocument,
    "\n  subscription LiveAvailableTasks {\n    availableReviewTasks {\n      taskId\n      requestId\n      stage\n      change\n      status\n      version\n      occurredAt\n    }\n  }\n": typeof types.LiveAvailableTasksDocument,
    "\n  subscription LiveMyTasks {\n    myReviewTaskChanges {\n      taskId\n      requestId\n      stage\n      change\n      status\n      version\n    }\n  }\n": typeof types.LiveMyTasksDocument,
    "\n  subscription LiveMyRequests {\n    mySearchRequestChanges {\n      requestId\n      from\n      status\n      version\n    }\n  }\n": typeof types.LiveMyRequestsDocument,
    "\n  subscription LiveDisputes {\n    disputedSearchRequests {\n      requestId\n      from\n      status\n    }\n  }\n": typeof types.LiveDisputesDocument,
    "\n  query LiveReviewQueue {\n    reviewQueue {\n      available {\n        edges {\n          node {\n            id\n            requestId\n            stage\n            status\n          }\n        }\n      }\n      held {\n        edges {\n          node {\n            id\n            status\n          }\n        }\n      }\n      disputes {\n        edges {\n          node {\n            id\n            status\n          }\n        }\n      }\n      asOf\n    }\n  }\n": typeof types.LiveReviewQueueDocument,
    "\n  mutation LiveSetRoles($officerId: ID!, $roles: [Role!]!) {\n    setOfficerRoles(officerId: $officerId, roles: $roles) {\n      id\n      roles\n    }\n  }\n": typeof types.LiveSetRolesDocument,
    "\n            mutation LiveReassign($taskId: ID!, $reason: String!) {\n              reassignReviewTask(taskId: $taskId, reason: $reason) {\n                id\n                status\n              }\n            }\n          ": typeof types.LiveReassignDocument,
    "\n  query TrustedMe {\n    me {\n      id\n      displayName\n    }\n  }\n": typeof types.TrustedMeDocument,
    "\n  mutation UpCreateSearch($input: CreateSearchRequestInput!) {\n    createSearchRequest(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.UpCreateSearchDocument,
    "\n  mutation UpSubmit($id: ID!) {\n    submitSearchRequest(id: $id) {\n      id\n      status\n      candidateCount\n    }\n  }\n": typeof types.UpSubmitDocument,
    "\n  mutation SupportCreateOfficer($input: CreateOfficerInput!) {\n    createOfficer(input: $input) {\n      id\n    }\n  }\n": typeof types.SupportCreateOfficerDocument,
    "\n  query SupportPendingProposals {\n    officerAccessProposals {\n      edges {\n        node {\n          id\n          officerId\n        }\n      }\n    }\n  }\n": typeof types.SupportPendingProposalsDocument,
    "\n  mutation SupportApproveProposal($id: ID!) {\n    approveOfficerAccessProposal(id: $id) {\n      id\n    }\n  }\n": typeof types.SupportApproveProposalDocument,
    "\n  mutation WfCreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n    }\n  }\n": typeof types.WfCreateCaseDocument,
    "\n  mutation WfAssignOfficer($caseId: ID!, $officerId: ID!) {\n    assignCaseOfficer(caseId: $caseId, officerId: $officerId) {\n      id\n    }\n  }\n": typeof types.WfAssignOfficerDocument,
    "\n  mutation WfEnrol($input: EnrolCustodyImageInput!) {\n    enrolCustodyImage(input: $input) {\n      image {\n        id\n        subjectId\n      }\n    }\n  }\n": typeof types.WfEnrolDocument,
    "\n  mutation WfCreateSearch($input: CreateSearchRequestInput!) {\n    createSearchRequest(input: $input) {\n      id\n      status\n      version\n      authorisationRequired\n      authorisationReasons\n      threshold\n      k\n      probeQuality {\n        faceSizePx\n        acceptable\n      }\n    }\n  }\n": typeof types.WfCreateSearchDocument,
    "\n  mutation WfSubmitSearch($id: ID!, $expectedVersion: Int) {\n    submitSearchRequest(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n      candidateCount\n    }\n  }\n": typeof types.WfSubmitSearchDocument,
    "\n  mutation WfDecideAuthorisation($id: ID!, $authorise: Boolean!, $rationale: String!, $expectedVersion: Int) {\n    decideSearchAuthorisation(\n      id: $id\n      authorise: $authorise\n      rationale: $rationale\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      status\n      version\n      candidateCount\n    }\n  }\n": typeof types.WfDecideAuthorisationDocument,
    "\n  mutation WfRunSearch($id: ID!) {\n    runSearch(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.WfRunSearchDocument,
    "\n  query WfSearchRequest($id: ID!) {\n    searchRequest(id: $id) {\n      id\n      forceId\n      caseId\n      requesterId\n      status\n      version\n      createdAt\n      submittedAt\n      searchedAt\n      outcomeAt\n      endedAt\n      expiresAt\n      threshold\n      k\n      includeUnder18\n      includeNotConvicted\n      galleryForceIds\n      authorisationRequired\n      authorisationReasons\n      purpose\n      legalBasis\n      justification\n      offenceCategory\n      crimeReference\n      probeQuality {\n        faceSizePx\n        sharpness\n        detectorScore\n        acceptable\n      }\n      authorisation {\n        decision\n        decidedById\n        decidedAt\n        rationale\n      }\n      endReason\n      modelVersion\n      policySnapshot {\n        forceCodes\n        modelVersion\n        threshold\n        thresholdFloor\n        thresholdFloorFalseMatchRate\n        minimumThreshold\n        scoreCalibration\n        k\n        includeUnder18\n        excludedRetentionClasses\n        excludedStatuses\n        eligibleCount\n        takenAt\n        searchMethod {\n          kind\n          reason\n          shortlist\n        }\n      }\n      candidateCount\n      outcome {\n        result\n        caveat\n        basis\n        decidedAt\n        custodyRecord {\n          custodyImageId\n          custodyReference\n          personReference\n          status\n        }\n      }\n      candidates {\n        id\n        rank\n        score\n        custodyImageId\n        image {\n          kind\n          candidateId\n        }\n      }\n      reviews {\n        stage\n        status\n        reviewerId\n        claimedAt\n        submittedAt\n        decisions {\n          rank\n          decision\n          rationale\n        }\n      }\n      adjudication {\n        adjudicatedById\n        adjudicatedAt\n        result\n        candidateId\n        rationale\n      }\n      probeImage {\n        kind\n      }\n      visibleFields\n    }\n  }\n": typeof types.WfSearchRequestDocument,
    "\n  query WfSearchRequests($status: SearchRequestStatus, $caseId: ID) {\n    searchRequests(status: $status, caseId: $caseId) {\n      edges {\n        node {\n          id\n          status\n          forceId\n        }\n      }\n    }\n  }\n": typeof types.WfSearchRequestsDocument,
    "\n  query WfReviewTasks($requestId: ID, $status: ReviewTaskStatus, $stage: ReviewStage) {\n    reviewTasks(requestId: $requestId, status: $status, stage: $stage) {\n      edges {\n        node {\n          id\n          requestId\n          stage\n          status\n          version\n          claimedById\n          claimedAt\n          claimExpiresAt\n          submittedAt\n          decisions {\n            rank\n            decision\n            rationale\n          }\n        }\n      }\n    }\n  }\n": typeof types.WfReviewTasksDocument,
    "\n  mutation WfClaimTask($taskId: ID!) {\n    claimReviewTask(taskId: $taskId) {\n      id\n      status\n      claimedById\n      claimExpiresAt\n    }\n  }\n": typeof types.WfClaimTaskDocument,
    "\n  mutation WfReleaseTask($taskId: ID!) {\n    releaseReviewTask(taskId: $taskId) {\n      id\n      status\n    }\n  }\n": typeof types.WfReleaseTaskDocument,
    "\n  mutation WfReassignTask($taskId: ID!, $reviewerId: ID, $reason: String!) {\n    reassignReviewTask(taskId: $taskId, reviewerId: $reviewerId, reason: $reason) {\n      id\n      status\n      claimedById\n    }\n  }\n": typeof types.WfReassignTaskDocument,
    "\n  query WfReviewPacket($taskId: ID!) {\n    reviewPacket(taskId: $taskId) {\n      task {\n        id\n        stage\n        status\n        version\n        claimExpiresAt\n      }\n      scoresHidden\n      probe {\n        kind\n      }\n      candidates {\n        id\n        rank\n        score\n        image {\n          kind\n          candidateId\n        }\n      }\n    }\n  }\n": typeof types.WfReviewPacketDocument,
    "\n  query WfReviewPacketImages($taskId: ID!) {\n    reviewPacket(taskId: $taskId) {\n      probe {\n        content {\n          mimeType\n          dataBase64\n          viewId\n        }\n      }\n      candidates {\n        id\n        rank\n        image {\n          content {\n            mimeType\n            dataBase64\n            viewId\n          }\n        }\n      }\n    }\n  }\n": typeof types.WfReviewPacketImagesDocument,
    "\n  mutation WfSubmitReview($input: SubmitReviewInput!) {\n    submitReview(input: $input) {\n      id\n      stage\n      status\n      submittedAt\n      decisions {\n        rank\n        decision\n      }\n    }\n  }\n": typeof types.WfSubmitReviewDocument,
    "\n  query WfRequestImages($id: ID!) {\n    searchRequest(id: $id) {\n      probeImage {\n        content {\n          dataBase64\n        }\n      }\n      candidates {\n        id\n        rank\n        image {\n          content {\n            dataBase64\n          }\n        }\n      }\n    }\n  }\n": typeof types.WfRequestImagesDocument,
    "\n  mutation WfAdjudicate(\n    $id: ID!\n    $result: SearchOutcome!\n    $candidateId: ID\n    $rationale: String!\n    $expectedVersion: Int\n  ) {\n    adjudicateSearchRequest(\n      id: $id\n      result: $result\n      candidateId: $candidateId\n      rationale: $rationale\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.WfAdjudicateDocument,
    "\n  mutation WfClose($id: ID!, $expectedVersion: Int) {\n    closeSearchRequest(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n    }\n  }\n": typeof types.WfCloseDocument,
    "\n  mutation WfWithdraw($id: ID!, $reason: String!, $expectedVersion: Int) {\n    withdrawSearchRequest(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      id\n      status\n    }\n  }\n": typeof types.WfWithdrawDocument,
    "\n  query WfDisclosurePack($id: ID!) {\n    disclosurePack(id: $id) {\n      reference\n      generatedAt\n      forceCode\n      outcomeCandidateRank\n      request {\n        id\n        status\n        justification\n        threshold\n        k\n        modelVersion\n        policySnapshot {\n          eligibleCount\n          forceCodes\n        }\n        authorisation {\n          decision\n          rationale\n        }\n        outcome {\n          result\n          caveat\n        }\n        reviews {\n          stage\n          reviewerId\n          decisions {\n            rank\n            decision\n            rationale\n          }\n        }\n        adjudication {\n          result\n          rationale\n        }\n      }\n      candidates {\n        rank\n        score\n        custodyImageId\n        custodyReference\n      }\n      probe {\n        mimeType\n        sha256\n        imageBase64\n        quality {\n          faceSizePx\n        }\n        expectedHitRate {\n          rankOne\n          inCandidateList\n        }\n        hitRateFloor\n        hitRateOverrideReason\n      }\n      officers {\n        id\n        displayName\n      }\n      auditTrail {\n        seq\n        action\n        actorOfficerId\n      }\n      html\n    }\n  }\n": typeof types.WfDisclosurePackDocument,
    "\n  query WfVerifyChain {\n    verifyAuditChain {\n      ok\n      checked\n    }\n  }\n": typeof types.WfVerifyChainDocument,
};
const documents: Documents = {
    "\n  query CovAuditEvents($filter: AuditEventFilter, $first: Int!) {\n    auditEvents(filter: $filter, first: $first, order: OLDEST_FIRST) {\n      edges {\n        node {\n          seq\n          action\n          subjectType\n          subjectId\n          forceId\n          actor {\n            officerId\n          }\n          details\n        }\n      }\n    }\n  }\n": types.CovAuditEventsDocument,
    "\n  query CovVerify {\n    verifyAuditChain {\n      ok\n      checked\n      lastSeq\n    }\n  }\n": types.CovVerifyDocument,
    "\n  mutation CovExportHead {\n    exportAuditChainHead {\n      seq\n    }\n  }\n": types.CovExportHeadDocument,
    "\n  query CovRequestContent($id: ID!) {\n    searchRequest(id: $id) {\n      id\n      justification\n      candidates {\n        id\n        rank\n      }\n    }\n    again: searchRequest(id: $id) {\n      justification\n    }\n  }\n": types.CovRequestContentDocument,
    "\n  query CovRequestStatus($id: ID!) {\n    searchRequest(id: $id) {\n      id\n      status\n      candidateCount\n    }\n  }\n": types.CovRequestStatusDocument,
    "\n  query CovRequestList {\n    searchRequests {\n      edges {\n        node {\n          id\n          justification\n        }\n      }\n    }\n  }\n": types.CovRequestListDocument,
    "\n  query CovMe {\n    me {\n      id\n    }\n  }\n": types.CovMeDocument,
    "\n  query VerifyAgainstAnchors($exportedHead: ExportedChainHeadInput) {\n    verifyAuditChain(exportedHead: $exportedHead) {\n      ok\n      checked\n      lastSeq\n      headHash\n      firstBroken {\n        seq\n        reason\n      }\n      anchorsChecked\n      latestAnchor {\n        seq\n        hash\n        anchoredAt\n      }\n      missingTail {\n        source\n        seq\n        expectedHash\n        foundHash\n        reason\n        anchoredAt\n      }\n    }\n  }\n": types.VerifyAgainstAnchorsDocument,
    "\n  mutation ExportHeadForAnchors {\n    exportAuditChainHead {\n      seq\n      hash\n    }\n  }\n": types.ExportHeadForAnchorsDocument,
    "\n  mutation CreateCaseForAnchors($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n    }\n  }\n": types.CreateCaseForAnchorsDocument,
    "\n  query AuditVocabulary {\n    actions: __type(name: \"AuditAction\") {\n      kind\n      enumValues(includeDeprecated: true) {\n        name\n        description\n        isDeprecated\n      }\n    }\n    kinds: __type(name: \"AuditEventKind\") {\n      enumValues {\n        name\n        description\n      }\n    }\n    event: __type(name: \"AuditEvent\") {\n      fields {\n        name\n        type {\n          kind\n          name\n          ofType {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AuditVocabularyDocument,
    "\n  query AuditEventKinds($filter: AuditEventFilter) {\n    auditEvents(filter: $filter, first: 50) {\n      edges {\n        node {\n          seq\n          action\n          kind\n        }\n      }\n    }\n  }\n": types.AuditEventKindsDocument,
    "\n  mutation VocabularyCreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n    }\n  }\n": types.VocabularyCreateCaseDocument,
    "\n  query Me {\n    me {\n      displayName\n      roles\n    }\n  }\n": types.MeDocument,
    "\n  subscription BlindAvailableTasks {\n    availableReviewTasks {\n      taskId\n      requestId\n      stage\n      change\n    }\n  }\n": types.BlindAvailableTasksDocument,
    "\n  query CrReviews(\n    $status: ComplianceReviewStatus\n    $overdue: Boolean\n    $searchRequestId: ID\n    $forceId: ID\n    $first: Int\n  ) {\n    complianceReviews(\n      status: $status\n      overdue: $overdue\n      searchRequestId: $searchRequestId\n      forceId: $forceId\n      first: $first\n    ) {\n      edges {\n        node {\n          id\n          searchRequestId\n          forceId\n          status\n          searchStatus\n          outcomeRecordedById\n          sampled\n          sampleRate\n          sampleDraw\n          sampleRule\n          queuedAt\n          dueAt\n          overdue\n          overdueFlaggedAt\n          claimedById\n          completedById\n          version\n        }\n      }\n      totalCount\n    }\n  }\n": types.CrReviewsDocument,
    "\n  query CrReview($id: ID!) {\n    complianceReview(id: $id) {\n      id\n      status\n      completedById\n      completedLate\n      findings {\n        criterion\n        result\n        note\n      }\n    }\n  }\n": types.CrReviewDocument,
    "\n  mutation CrClaim($id: ID!) {\n    claimComplianceReview(id: $id) {\n      id\n      status\n      claimedById\n      version\n    }\n  }\n": types.CrClaimDocument,
    "\n  mutation CrComplete($input: CompleteComplianceReviewInput!) {\n    completeComplianceReview(input: $input) {\n      id\n      status\n      completedById\n      findings {\n        criterion\n        result\n        note\n      }\n    }\n  }\n": types.CrCompleteDocument,
    "\n  mutation CrSettings($input: SetComplianceReviewSettingsInput!) {\n    setComplianceReviewSettings(input: $input) {\n      code\n      complianceSampleRate\n      complianceReviewDueDays\n    }\n  }\n": types.CrSettingsDocument,
    "\n  query CrStatistics($from: DateTimeISO!, $to: DateTimeISO!, $forceId: ID) {\n    oversightStatistics(from: $from, to: $to, forceId: $forceId) {\n      totals {\n        forceCode\n        requests\n        thresholdOverrides\n        compliance {\n          completedSearches\n          sampled\n          notSampled\n          awaitingReview\n          reviewed\n          overdue\n          completedLate\n          reviewsWithNotMet\n          findings {\n            criterion\n            result\n            count\n          }\n        }\n      }\n    }\n  }\n": types.CrStatisticsDocument,
    "\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n      crimeReference\n      offenceCategory\n      status\n      forceId\n    }\n  }\n": types.CreateCaseDocument,
    "\n  query CaseById($id: ID!) {\n    case(id: $id) {\n      id\n      crimeReference\n    }\n  }\n": types.CaseByIdDocument,
    "\n  query Cases {\n    cases {\n      edges {\n        node {\n          id\n          crimeReference\n          forceId\n        }\n      }\n    }\n  }\n": types.CasesDocument,
    "\n  query VerifyChain {\n    verifyAuditChain {\n      ok\n      checked\n      headHash\n      firstBroken {\n        seq\n      }\n    }\n  }\n": types.VerifyChainDocument,
    "\n  mutation Enrol($input: EnrolCustodyImageInput!) {\n    enrolCustodyImage(input: $input) {\n      duplicate\n      faceIndex\n      image {\n        id\n        subjectId\n        status\n        retentionClass\n        reviewDueAt\n      }\n      quality {\n        faceSizePx\n        acceptable\n      }\n    }\n  }\n": types.EnrolDocument,
    "\n  query CustodyImagePerson($id: ID!) {\n    custodyImage(id: $id) {\n      id\n      personReference\n    }\n  }\n": types.CustodyImagePersonDocument,
    "\n  mutation RequestDeletion($input: RequestDeletionInput!) {\n    requestCustodyImageDeletion(input: $input) {\n      id\n      status\n      strongerPresumption\n      imageIds\n    }\n  }\n": types.RequestDeletionDocument,
    "\n  mutation DecideDeletion($id: ID!, $grant: Boolean!, $rationale: String!) {\n    decideDeletionRequest(id: $id, grant: $grant, rationale: $rationale) {\n      id\n      status\n    }\n  }\n": types.DecideDeletionDocument,
    "\n  query DueForReview($before: DateTimeISO!) {\n    custodyImagesDueForReview(before: $before) {\n      edges {\n        node {\n          id\n          retentionClass\n        }\n      }\n    }\n  }\n": types.DueForReviewDocument,
    "\n  mutation GovRegister($input: RegisterGovernanceDocumentVersionInput!) {\n    registerGovernanceDocumentVersion(input: $input) {\n      id\n      documentId\n      version\n      status\n      sha256\n      byteSize\n      referenceUri\n      registeredById\n      approvedById\n      effectiveFrom\n      effectiveTo\n      inForce\n    }\n  }\n": types.GovRegisterDocument,
    "\n  mutation GovApprove($versionId: ID!, $note: String) {\n    approveGovernanceDocumentVersion(versionId: $versionId, note: $note) {\n      id\n      status\n      approvedById\n      supersedesVersionId\n      inForce\n    }\n  }\n": types.GovApproveDocument,
    "\n  mutation GovAcknowledge($versionId: ID!) {\n    acknowledgeGovernanceDocument(versionId: $versionId) {\n      versionId\n      officerId\n      acknowledgedAt\n    }\n  }\n": types.GovAcknowledgeDocument,
    "\n  query GovDocuments($forceId: ID) {\n    governanceDocuments(forceId: $forceId) {\n      id\n      kind\n      title\n      currentVersion {\n        id\n        version\n      }\n      versions {\n        id\n        version\n        status\n        effectiveFrom\n        effectiveTo\n        supersedesVersionId\n        inForce\n        acknowledgedByMe\n      }\n    }\n  }\n": types.GovDocumentsDocument,
    "\n  query GovFile($versionId: ID!) {\n    governanceDocumentFile(versionId: $versionId) {\n      versionId\n      sha256\n      mimeType\n      byteSize\n      referenceUri\n      contentBase64\n    }\n  }\n": types.GovFileDocument,
    "\n  query GovPending {\n    pendingGovernanceAcknowledgements {\n      id\n      version\n      documentId\n    }\n  }\n": types.GovPendingDocument,
    "\n  mutation GovSetRequired($input: SetRequiredGovernanceDocumentsInput!) {\n    setRequiredGovernanceDocuments(input: $input) {\n      id\n      requiredGovernanceDocuments\n    }\n  }\n": types.GovSetRequiredDocument,
    "\n  query GovSnapshot($id: ID!) {\n    searchRequest(id: $id) {\n      id\n      status\n      policySnapshot {\n        validationRecordId\n        governanceDocuments {\n          documentId\n          versionId\n          kind\n          title\n          version\n          sha256\n          effectiveFrom\n        }\n      }\n    }\n  }\n": types.GovSnapshotDocument,
    "\n  mutation GovWithdraw($id: ID!) {\n    withdrawSearchRequest(id: $id, reason: \"No longer needed: suspect identified by other means.\") {\n      id\n      status\n    }\n  }\n": types.GovWithdrawDocument,
    "\n          mutation GovSubmit($id: ID!) {\n            submitSearchRequest(id: $id) {\n              id\n              status\n            }\n          }\n        ": types.GovSubmitDocument,
    "\n            mutation GovDecide($id: ID!) {\n              decideSearchAuthorisation(\n                id: $id\n                authorise: true\n                rationale: \"Serious offence, no other line of enquiry; proportionate.\"\n              ) {\n                id\n                status\n              }\n            }\n          ": types.GovDecideDocument,
    "\n  mutation LaRecordCorroboration($input: RecordLeadCorroborationInput!) {\n    recordLeadCorroboration(input: $input) {\n      id\n      requestId\n      type\n      reference\n      description\n      recordedById\n      recordedAt\n    }\n  }\n": types.LaRecordCorroborationDocument,
    "\n  mutation LaProposeAction($input: ProposeLeadActionInput!) {\n    proposeLeadAction(input: $input) {\n      id\n      requestId\n      type\n      reason\n      status\n      corroborationIds\n      proposedById\n      decidedById\n    }\n  }\n": types.LaProposeActionDocument,
    "\n  mutation LaApproveAction($input: DecideLeadActionInput!) {\n    approveLeadAction(input: $input) {\n      id\n      status\n      decidedById\n      decidedAt\n      decisionReason\n      corroborationIds\n    }\n  }\n": types.LaApproveActionDocument,
    "\n  mutation LaRejectAction($input: DecideLeadActionInput!) {\n    rejectLeadAction(input: $input) {\n      id\n      status\n      decidedById\n    }\n  }\n": types.LaRejectActionDocument,
    "\n  mutation LaRecordOutcome($requestId: ID!, $result: LeadOutcomeResult!) {\n    recordLeadOutcome(\n      requestId: $requestId\n      result: $result\n      note: \"Alibi confirmed: in custody elsewhere.\"\n    ) {\n      id\n      result\n    }\n  }\n": types.LaRecordOutcomeDocument,
    "\n  query LaLead($requestId: ID!) {\n    lead(requestId: $requestId) {\n      requestId\n      outcome {\n        result\n        corroborationId\n        candidateId\n        note\n      }\n      corroborations {\n        id\n        type\n        reference\n      }\n      actions {\n        id\n        type\n        status\n        corroborationIds\n        decidedById\n      }\n    }\n  }\n": types.LaLeadDocument,
    "\n  query LaLeadActions($status: LeadActionStatus, $searchRequestId: ID, $first: Int, $after: String) {\n    leadActions(status: $status, searchRequestId: $searchRequestId, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          requestId\n          status\n          type\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.LaLeadActionsDocument,
    "\n  query LaStatistics($from: DateTimeISO!, $to: DateTimeISO!, $forceId: ID) {\n    oversightStatistics(from: $from, to: $to, forceId: $forceId) {\n      months {\n        month\n        leadActions {\n          leadsActedOn\n          taken\n        }\n      }\n      totals {\n        leadsCorroborated\n        leadsExcluded\n        leadActions {\n          leadsActedOn\n          leadsActedOnWithCorroboration\n          leadsActedOnWithoutCorroboration\n          proposed\n          taken\n          rejected\n          awaitingDecision\n          refusedWithoutCorroboration\n          takenByType {\n            category\n            count\n          }\n          timeFromOutcomeToAction {\n            count\n            medianSeconds\n            p90Seconds\n            suppressed\n          }\n        }\n      }\n    }\n  }\n": types.LaStatisticsDocument,
    "\n  query LaDisclosurePack($id: ID!) {\n    disclosurePack(id: $id) {\n      lead {\n        outcome {\n          result\n          corroborationId\n        }\n        corroborations {\n          id\n          type\n          reference\n        }\n        actions {\n          type\n          status\n          corroborationIds\n          decidedById\n        }\n      }\n      html\n    }\n  }\n": types.LaDisclosurePackDocument,
    "\n  mutation RecordLeadOutcome($requestId: ID!, $result: LeadOutcomeResult!, $note: String!) {\n    recordLeadOutcome(requestId: $requestId, result: $result, note: $note) {\n      id\n      requestId\n      candidateId\n      result\n      note\n      recordedById\n      recordedAt\n    }\n  }\n": types.RecordLeadOutcomeDocument,
    "\n  mutation LoRecordCorroboration($input: RecordLeadCorroborationInput!) {\n    recordLeadCorroboration(input: $input) {\n      id\n    }\n  }\n": types.LoRecordCorroborationDocument,
    "\n  query LeadStatistics($from: DateTimeISO!, $to: DateTimeISO!, $forceId: ID) {\n    oversightStatistics(from: $from, to: $to, forceId: $forceId) {\n      totals {\n        requests\n        searchesRun\n        outcomes {\n          confirmed\n        }\n        reviewerAgreement {\n          reviewedByBoth\n          agreed\n          candidateDecisionsCompared\n          candidateDecisionsAgreed\n        }\n        timeToOutcome {\n          count\n        }\n        leadsCorroborated\n        leadsExcluded\n      }\n      outcomeMonitoring {\n        dimension\n        group\n        suppressed\n        candidatesReturned\n        candidatesConfirmed\n        confirmedLaterExcluded\n      }\n    }\n  }\n": types.LeadStatisticsDocument,
    "\n  query ListSearchRequests($first: Int, $after: String) {\n    searchRequests(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          forceId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.ListSearchRequestsDocument,
    "\n  query ListReviewTasks($first: Int, $after: String) {\n    reviewTasks(stage: FIRST, status: OPEN, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          requestId\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.ListReviewTasksDocument,
    "\n  query ListCases($first: Int, $after: String) {\n    cases(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          forceId\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.ListCasesDocument,
    "\n  query ListForces($first: Int, $after: String) {\n    forces(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.ListForcesDocument,
    "\n  query ListQueue($first: Int, $after: String) {\n    reviewQueue {\n      available(first: $first, after: $after) {\n        edges {\n          node {\n            id\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.ListQueueDocument,
    "\n  query RequestTrail($searchRequestId: ID!, $first: Int) {\n    auditEvents(filter: { searchRequestId: $searchRequestId }, first: $first, order: OLDEST_FIRST) {\n      edges {\n        node {\n          seq\n          action\n          subjectType\n          subjectId\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.RequestTrailDocument,
    "\n  mutation ListsClaim($taskId: ID!) {\n    claimReviewTask(taskId: $taskId) {\n      id\n    }\n  }\n": types.ListsClaimDocument,
    "\n  query McCalibrations {\n    modelCalibrations {\n      id\n      modelVersion\n      faceModel\n      dataset\n      galleryCount\n      probeCount\n      genuinePairs\n      impostorPairs\n      thresholdAtFar1e3\n      thresholdAtFar1e4\n      thresholdAtFar1e5\n      tarAtFar1e5\n      measuredOn\n      recordedAt\n    }\n  }\n": types.McCalibrationsDocument,
    "\n  query McForces {\n    forces(first: 10) {\n      edges {\n        node {\n          code\n          thresholdFloor\n          thresholdFloorFalseMatchRate\n        }\n      }\n    }\n  }\n": types.McForcesDocument,
    "\n  mutation McSetFloor($input: SetThresholdFloorInput!) {\n    setThresholdFloor(input: $input) {\n      code\n      thresholdFloor\n      thresholdFloorFalseMatchRate\n    }\n  }\n": types.McSetFloorDocument,
    "\n  query McRequest($id: ID!) {\n    searchRequest(id: $id) {\n      status\n      threshold\n      thresholdFalseMatchRate\n      authorisationReasons\n      policySnapshot {\n        threshold\n        thresholdFalseMatchRate\n        thresholdFloor\n        thresholdFloorFalseMatchRate\n        minimumThreshold\n        calibrationId\n        calibration {\n          id\n          modelVersion\n          thresholdAtFar1e3\n          thresholdAtFar1e4\n          thresholdAtFar1e5\n        }\n      }\n    }\n  }\n": types.McRequestDocument,
    "\n  query MvVersions($forceId: ID) {\n    forceModelVersions(forceId: $forceId) {\n      modelVersion\n      faceModel\n      state\n      dimension\n      calibrationRecorded\n      thresholdFloor\n      thresholdFloorFalseMatchRate\n      minimumThreshold\n      coverage {\n        images\n        enrolled\n        failures\n        missing\n      }\n    }\n  }\n": types.MvVersionsDocument,
    "\n  query MvActiveVersions {\n    forces(first: 10) {\n      edges {\n        node {\n          code\n          activeModelVersion\n          thresholdFloor\n          thresholdFloorFalseMatchRate\n        }\n      }\n    }\n  }\n": types.MvActiveVersionsDocument,
    "\n  mutation MvPropose($input: ProposeModelSwitchInput!) {\n    proposeModelSwitch(input: $input) {\n      id\n      status\n      fromVersion\n      toVersion\n    }\n  }\n": types.MvProposeDocument,
    "\n  mutation MvApprove($input: DecideModelSwitchInput!) {\n    approveModelSwitch(input: $input) {\n      id\n      status\n      fromVersion\n      toVersion\n      decidedById\n    }\n  }\n": types.MvApproveDocument,
    "\n  mutation MvDeleteTemplates($input: DeleteModelTemplatesInput!) {\n    deleteModelTemplates(input: $input) {\n      modelVersion\n      state\n      coverage {\n        enrolled\n      }\n    }\n  }\n": types.MvDeleteTemplatesDocument,
    "\n  query MvSearchSnapshot($id: ID!) {\n    searchRequest(id: $id) {\n      status\n      modelVersion\n      threshold\n      thresholdFalseMatchRate\n      policySnapshot {\n        modelVersion\n        threshold\n        thresholdFloor\n        thresholdFloorFalseMatchRate\n        thresholdFalseMatchRate\n        minimumThreshold\n        eligibleCount\n        calibration {\n          modelVersion\n          thresholdAtFar1e4\n        }\n      }\n    }\n  }\n": types.MvSearchSnapshotDocument,
    "\n  mutation OaCreateOfficer($input: CreateOfficerInput!) {\n    createOfficer(input: $input) {\n      id\n      forceId\n      roles\n      overseesForceIds\n      reviewerCertifiedUntil\n    }\n  }\n": types.OaCreateOfficerDocument,
    "\n  mutation OaSetRoles($officerId: ID!, $roles: [Role!]!, $overseesForceIds: [ID!]) {\n    setOfficerRoles(officerId: $officerId, roles: $roles, overseesForceIds: $overseesForceIds) {\n      id\n      roles\n      overseesForceIds\n    }\n  }\n": types.OaSetRolesDocument,
    "\n  mutation OaChangeAccess($input: ChangeOfficerAccessInput!) {\n    changeOfficerAccess(input: $input) {\n      officer {\n        id\n        roles\n        overseesForceIds\n        reviewerCertifiedUntil\n      }\n      proposal {\n        id\n        officerId\n        addRoles\n        addOverseenForceIds\n        reviewerCertifiedUntil\n        status\n        proposedById\n      }\n    }\n  }\n": types.OaChangeAccessDocument,
    "\n  mutation OaApprove($id: ID!) {\n    approveOfficerAccessProposal(id: $id) {\n      id\n      status\n      proposedById\n      decidedById\n      decidedAt\n    }\n  }\n": types.OaApproveDocument,
    "\n  mutation OaReject($id: ID!, $reason: String!) {\n    rejectOfficerAccessProposal(id: $id, reason: $reason) {\n      id\n      status\n      decidedById\n      decisionReason\n    }\n  }\n": types.OaRejectDocument,
    "\n  query OaProposals($status: OfficerAccessProposalStatus) {\n    officerAccessProposals(status: $status) {\n      edges {\n        node {\n          id\n          officerId\n          addRoles\n          addOverseenForceIds\n          status\n          proposedById\n        }\n      }\n    }\n  }\n": types.OaProposalsDocument,
    "\n  query OaGrants($forceId: ID) {\n    oversightGrants(forceId: $forceId) {\n      edges {\n        node {\n          officerId\n          forceId\n          proposalId\n          proposedById\n          approvedById\n          grantedAt\n          revokedAt\n          revokedById\n        }\n      }\n    }\n  }\n": types.OaGrantsDocument,
    "\n  query OaMe {\n    me {\n      id\n      roles\n      overseesForceIds\n    }\n  }\n": types.OaMeDocument,
    "\n  query OaAuditEvents($filter: AuditEventFilter) {\n    auditEvents(filter: $filter, first: 100) {\n      edges {\n        node {\n          action\n          subjectId\n          forceId\n          reason\n          details\n          actor {\n            officerId\n          }\n        }\n      }\n    }\n  }\n": types.OaAuditEventsDocument,
    "\n  query OaCases {\n    cases {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.OaCasesDocument,
    "\n  query OversightStatistics($from: DateTimeISO!, $to: DateTimeISO!, $forceId: ID) {\n    oversightStatistics(from: $from, to: $to, forceId: $forceId) {\n      from\n      to\n      minGroupSize\n      forces {\n        id\n        code\n      }\n      months {\n        ...ForcePeriodFigures\n      }\n      totals {\n        ...ForcePeriodFigures\n      }\n      outcomeMonitoring {\n        forceId\n        dimension\n        group\n        suppressed\n        suppressionReason\n        people\n        candidatesReturned\n        candidatesConfirmed\n        confirmedLaterExcluded\n        confirmedLaterCorroborated\n        confirmationRate\n        exclusionRate\n      }\n    }\n  }\n\n  fragment ForcePeriodFigures on ForcePeriodStatistics {\n    forceId\n    forceCode\n    month\n    requests\n    byPurpose {\n      category\n      count\n    }\n    byOffenceCategory {\n      category\n      count\n    }\n    bySourceType {\n      category\n      count\n    }\n    authorisationRequired\n    authorised\n    refused\n    searchesRun\n    outcomes {\n      confirmed\n      noViableCandidate\n      noCandidatesAboveThreshold\n      disputed\n      adjudicatedConfirmed\n      adjudicatedNoViableCandidate\n      awaitingAdjudication\n      withdrawn\n      expired\n      inProgress\n    }\n    reviewerAgreement {\n      reviewedByBoth\n      agreed\n      rate\n      candidateDecisionsCompared\n      candidateDecisionsAgreed\n      candidateDecisionRate\n    }\n    timeToOutcome {\n      count\n      medianSeconds\n      p90Seconds\n    }\n    searchesIncludingUnder18\n    searchesIncludingNotConvicted\n    thresholdOverrides\n    crossForceSearches\n    leadsCorroborated\n    leadsExcluded\n    leadActions {\n      leadsActedOn\n      leadsActedOnWithCorroboration\n      leadsActedOnWithoutCorroboration\n      proposed\n      taken\n      rejected\n      awaitingDecision\n      refusedWithoutCorroboration\n      takenByType {\n        category\n        count\n      }\n      timeFromOutcomeToAction {\n        count\n        medianSeconds\n        p90Seconds\n        suppressed\n      }\n    }\n    deletionRequests {\n      received\n      granted\n      refused\n      pending\n      timeToDecide {\n        count\n        medianSeconds\n        p90Seconds\n      }\n    }\n    retention {\n      requestsPurged\n      purgedAfterNoViableCandidate\n      purgedAfterCaseClosure\n      purgedAfterHold\n      holdsPlaced\n      holdsRenewed\n      holdsReleased\n      holdsLapsed\n    }\n    compliance {\n      completedSearches\n      sampled\n      notSampled\n      awaitingReview\n      reviewed\n      overdue\n      completedLate\n      reviewsWithNotMet\n      findings {\n        criterion\n        result\n        count\n      }\n    }\n  }\n": types.OversightStatisticsDocument,
    "\n  query AuditEvents($filter: AuditEventFilter, $first: Int!, $after: String, $order: AuditEventOrder!) {\n    auditEvents(filter: $filter, first: $first, after: $after, order: $order) {\n      edges {\n        node {\n          seq\n          id\n          occurredAt\n          actor {\n            officerId\n            forceId\n          }\n          action\n          subjectType\n          subjectId\n          forceId\n          reason\n          details\n          prevHash\n          hash\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  mutation ExportAuditChainHead {\n    exportAuditChainHead {\n      seq\n      hash\n      occurredAt\n      exportedAt\n    }\n  }\n": types.ExportAuditChainHeadDocument,
    "\n  query VerifyChainRange($fromSeq: Int) {\n    verifyAuditChain(fromSeq: $fromSeq) {\n      ok\n      checked\n      headHash\n      firstBroken {\n        seq\n        reason\n      }\n    }\n  }\n": types.VerifyChainRangeDocument,
    "\n  mutation CreateCaseForOversight($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n    }\n  }\n": types.CreateCaseForOversightDocument,
    "\n  query CaseForOversight($id: ID!) {\n    case(id: $id) {\n      id\n    }\n  }\n": types.CaseForOversightDocument,
    "\n  query PmReviewQueue {\n    reviewQueue {\n      available(first: 200) {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.PmReviewQueueDocument,
    "\n  query PmProbeProvenance($id: ID!) {\n    searchRequest(id: $id) {\n      id\n      probeProvenance {\n        sourceType\n      }\n    }\n  }\n": types.PmProbeProvenanceDocument,
    "\n  query PmPacketProvenance($taskId: ID!) {\n    reviewPacket(taskId: $taskId) {\n      probeProvenance {\n        sourceType\n      }\n    }\n  }\n": types.PmPacketProvenanceDocument,
    "\n  query PmPackProvenance($id: ID!) {\n    disclosurePack(id: $id) {\n      probe {\n        provenance {\n          sourceType\n        }\n      }\n    }\n  }\n": types.PmPackProvenanceDocument,
    "\n  mutation PmRegisterDocument($input: RegisterGovernanceDocumentVersionInput!) {\n    registerGovernanceDocumentVersion(input: $input) {\n      id\n      documentId\n    }\n  }\n": types.PmRegisterDocumentDocument,
    "\n  mutation PmApproveDocument($versionId: ID!) {\n    approveGovernanceDocumentVersion(versionId: $versionId) {\n      id\n    }\n  }\n": types.PmApproveDocumentDocument,
    "\n  mutation PmAcknowledgeDocument($versionId: ID!) {\n    acknowledgeGovernanceDocument(versionId: $versionId) {\n      versionId\n    }\n  }\n": types.PmAcknowledgeDocumentDocument,
    "\n  query PmGovernanceDocuments($forceId: ID) {\n    governanceDocuments(forceId: $forceId) {\n      id\n    }\n  }\n": types.PmGovernanceDocumentsDocument,
    "\n  query PmGovernanceFile($versionId: ID!) {\n    governanceDocumentFile(versionId: $versionId) {\n      sha256\n    }\n  }\n": types.PmGovernanceFileDocument,
    "\n  query PmPendingAcknowledgements {\n    pendingGovernanceAcknowledgements {\n      id\n    }\n  }\n": types.PmPendingAcknowledgementsDocument,
    "\n  mutation PmSetRequiredDocuments($input: SetRequiredGovernanceDocumentsInput!) {\n    setRequiredGovernanceDocuments(input: $input) {\n      id\n    }\n  }\n": types.PmSetRequiredDocumentsDocument,
    "\n  query PmMe {\n    me {\n      id\n    }\n  }\n": types.PmMeDocument,
    "\n  query PmForces {\n    forces(first: 200) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.PmForcesDocument,
    "\n  query PmOfficers {\n    officers(first: 200) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.PmOfficersDocument,
    "\n  mutation PmCreateOfficer($input: CreateOfficerInput!) {\n    createOfficer(input: $input) {\n      id\n    }\n  }\n": types.PmCreateOfficerDocument,
    "\n  mutation PmSetRoles($officerId: ID!, $roles: [Role!]!) {\n    setOfficerRoles(officerId: $officerId, roles: $roles) {\n      id\n    }\n  }\n": types.PmSetRolesDocument,
    "\n  mutation PmChangeAccess($input: ChangeOfficerAccessInput!) {\n    changeOfficerAccess(input: $input) {\n      proposal {\n        id\n      }\n    }\n  }\n": types.PmChangeAccessDocument,
    "\n  mutation PmApproveProposal($id: ID!) {\n    approveOfficerAccessProposal(id: $id) {\n      id\n    }\n  }\n": types.PmApproveProposalDocument,
    "\n  mutation PmRejectProposal($id: ID!) {\n    rejectOfficerAccessProposal(id: $id, reason: \"Not trained for this role yet.\") {\n      id\n    }\n  }\n": types.PmRejectProposalDocument,
    "\n  query PmProposals {\n    officerAccessProposals(first: 200) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.PmProposalsDocument,
    "\n  query PmOversightGrants {\n    oversightGrants(first: 200) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.PmOversightGrantsDocument,
    "\n  query PmSharingAgreements {\n    sharingAgreements(first: 200) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.PmSharingAgreementsDocument,
    "\n  mutation PmCreateAgreement($input: CreateSharingAgreementInput!) {\n    createSharingAgreement(input: $input) {\n      id\n    }\n  }\n": types.PmCreateAgreementDocument,
    "\n  query PmComplianceReviews {\n    complianceReviews(first: 200) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.PmComplianceReviewsDocument,
    "\n  mutation PmClaimCompliance($id: ID!) {\n    claimComplianceReview(id: $id) {\n      id\n    }\n  }\n": types.PmClaimComplianceDocument,
    "\n  mutation PmCompleteCompliance($input: CompleteComplianceReviewInput!) {\n    completeComplianceReview(input: $input) {\n      id\n    }\n  }\n": types.PmCompleteComplianceDocument,
    "\n  mutation PmComplianceSettings($input: SetComplianceReviewSettingsInput!) {\n    setComplianceReviewSettings(input: $input) {\n      id\n    }\n  }\n": types.PmComplianceSettingsDocument,
    "\n  mutation PmSetThresholdFloor($input: SetThresholdFloorInput!) {\n    setThresholdFloor(input: $input) {\n      id\n    }\n  }\n": types.PmSetThresholdFloorDocument,
    "\n  query PmRetentionPolicy($forceId: ID) {\n    retentionPolicy(forceId: $forceId) {\n      forceId\n      afterNoViableCandidateDays\n    }\n  }\n": types.PmRetentionPolicyDocument,
    "\n  mutation PmSetRetentionPolicy($input: SetRetentionPolicyInput!) {\n    setRetentionPolicy(input: $input) {\n      forceId\n    }\n  }\n": types.PmSetRetentionPolicyDocument,
    "\n  mutation PmRecordCorroboration($input: RecordLeadCorroborationInput!) {\n    recordLeadCorroboration(input: $input) {\n      id\n    }\n  }\n": types.PmRecordCorroborationDocument,
    "\n  mutation PmProposeLeadAction($input: ProposeLeadActionInput!) {\n    proposeLeadAction(input: $input) {\n      id\n    }\n  }\n": types.PmProposeLeadActionDocument,
    "\n  mutation PmApproveLeadAction($input: DecideLeadActionInput!) {\n    approveLeadAction(input: $input) {\n      id\n    }\n  }\n": types.PmApproveLeadActionDocument,
    "\n  mutation PmRejectLeadAction($input: DecideLeadActionInput!) {\n    rejectLeadAction(input: $input) {\n      id\n    }\n  }\n": types.PmRejectLeadActionDocument,
    "\n  query PmLead($requestId: ID!) {\n    lead(requestId: $requestId) {\n      requestId\n    }\n  }\n": types.PmLeadDocument,
    "\n  query PmLeadActions {\n    leadActions(first: 200) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.PmLeadActionsDocument,
    "\n  mutation PmPlaceHold($requestId: ID!, $reason: String!, $reviewAt: DateTimeISO!) {\n    placeRetentionHold(requestId: $requestId, reason: $reason, reviewAt: $reviewAt) {\n      id\n      inForce\n    }\n  }\n": types.PmPlaceHoldDocument,
    "\n  mutation PmReleaseHold($requestId: ID!, $reason: String!) {\n    releaseRetentionHold(requestId: $requestId, reason: $reason) {\n      id\n      inForce\n    }\n  }\n": types.PmReleaseHoldDocument,
    "\n  mutation PmCloseCase($caseId: ID!, $reason: String!) {\n    closeCase(caseId: $caseId, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.PmCloseCaseDocument,
    "\n  query PmModelCalibrations {\n    modelCalibrations {\n      id\n    }\n  }\n": types.PmModelCalibrationsDocument,
    "\n  query PmModelVersions($forceId: ID) {\n    forceModelVersions(forceId: $forceId) {\n      modelVersion\n    }\n  }\n": types.PmModelVersionsDocument,
    "\n  query PmModelSwitches($forceId: ID) {\n    modelSwitches(forceId: $forceId) {\n      id\n    }\n  }\n": types.PmModelSwitchesDocument,
    "\n  mutation PmProposeSwitch($input: ProposeModelSwitchInput!) {\n    proposeModelSwitch(input: $input) {\n      id\n    }\n  }\n": types.PmProposeSwitchDocument,
    "\n  mutation PmApproveSwitch($input: DecideModelSwitchInput!) {\n    approveModelSwitch(input: $input) {\n      id\n    }\n  }\n": types.PmApproveSwitchDocument,
    "\n  mutation PmWithdrawSwitch($input: DecideModelSwitchInput!) {\n    withdrawModelSwitch(input: $input) {\n      id\n    }\n  }\n": types.PmWithdrawSwitchDocument,
    "\n  mutation PmDeleteModelTemplates($input: DeleteModelTemplatesInput!) {\n    deleteModelTemplates(input: $input) {\n      state\n    }\n  }\n": types.PmDeleteModelTemplatesDocument,
    "\n  mutation PmSetProbeGate($input: SetProbeHitRateGateInput!) {\n    setProbeHitRateGate(input: $input) {\n      id\n    }\n  }\n": types.PmSetProbeGateDocument,
    "\n  mutation PmRevokeAgreement($id: ID!) {\n    revokeSharingAgreement(id: $id) {\n      id\n    }\n  }\n": types.PmRevokeAgreementDocument,
    "\n  query PmCase($id: ID!) {\n    case(id: $id) {\n      id\n    }\n  }\n": types.PmCaseDocument,
    "\n  query PmCases {\n    cases(first: 200) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.PmCasesDocument,
    "\n  mutation PmCreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n    }\n  }\n": types.PmCreateCaseDocument,
    "\n  mutation PmAssign($caseId: ID!, $officerId: ID!) {\n    assignCaseOfficer(caseId: $caseId, officerId: $officerId) {\n      id\n    }\n  }\n": types.PmAssignDocument,
    "\n  mutation PmEnrol($input: EnrolCustodyImageInput!) {\n    enrolCustodyImage(input: $input) {\n      duplicate\n    }\n  }\n": types.PmEnrolDocument,
    "\n  query PmCustodyImage($id: ID!) {\n    custodyImage(id: $id) {\n      id\n    }\n  }\n": types.PmCustodyImageDocument,
    "\n  query PmCustodyImagePerson($id: ID!) {\n    custodyImage(id: $id) {\n      id\n      personReference\n    }\n  }\n": types.PmCustodyImagePersonDocument,
    "\n  query PmDue($before: DateTimeISO!) {\n    custodyImagesDueForReview(before: $before, first: 200) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.PmDueDocument,
    "\n  query PmDeletionRequests {\n    deletionRequests(first: 200) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.PmDeletionRequestsDocument,
    "\n  mutation PmRequestDeletion($input: RequestDeletionInput!) {\n    requestCustodyImageDeletion(input: $input) {\n      id\n    }\n  }\n": types.PmRequestDeletionDocument,
    "\n  mutation PmDecideDeletion($id: ID!) {\n    decideDeletionRequest(id: $id, grant: false, rationale: \"Convicted; retention justified.\") {\n      id\n    }\n  }\n": types.PmDecideDeletionDocument,
    "\n  query PmVerify {\n    verifyAuditChain {\n      ok\n    }\n  }\n": types.PmVerifyDocument,
    "\n  query PmAuditEvents {\n    auditEvents(first: 1) {\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.PmAuditEventsDocument,
    "\n  mutation PmChainHead {\n    exportAuditChainHead {\n      seq\n    }\n  }\n": types.PmChainHeadDocument,
    "\n  mutation PhrSetGate($input: SetProbeHitRateGateInput!) {\n    setProbeHitRateGate(input: $input) {\n      id\n      probeHitRateFloor\n      probeHitRateOverrideAllowed\n    }\n  }\n": types.PhrSetGateDocument,
    "\n  mutation PhrCreateSearch($input: CreateSearchRequestInput!) {\n    createSearchRequest(input: $input) {\n      id\n      status\n      authorisationReasons\n      probeHitRateFloor\n      probeHitRateOverrideReason\n      probeExpectedHitRate {\n        rankOne\n        inCandidateList\n        basedOnProbes\n        modelVersion\n      }\n    }\n  }\n": types.PhrCreateSearchDocument,
    "\n  query PhrReadSearch($id: ID!) {\n    searchRequest(id: $id) {\n      id\n      status\n      visibleFields\n      probeHitRateFloor\n      probeHitRateOverrideReason\n      probeExpectedHitRate {\n        rankOne\n        inCandidateList\n      }\n    }\n  }\n": types.PhrReadSearchDocument,
    "\n  mutation PhrSubmit($id: ID!) {\n    submitSearchRequest(id: $id) {\n      id\n      status\n    }\n  }\n": types.PhrSubmitDocument,
    "\n  mutation PhrAuthorise($id: ID!, $rationale: String!) {\n    decideSearchAuthorisation(id: $id, authorise: true, rationale: $rationale) {\n      id\n      status\n    }\n  }\n": types.PhrAuthoriseDocument,
    "\n  mutation PvCreate($input: CreateSearchRequestInput!) {\n    createSearchRequest(input: $input) {\n      id\n      status\n      probeProvenance {\n        sourceType\n        otherSourceType\n        obtainedBy\n        obtainedAt\n        obtainedFrom\n        exhibitReference\n      }\n    }\n  }\n": types.PvCreateDocument,
    "\n  query PvRead($id: ID!) {\n    searchRequest(id: $id) {\n      id\n      visibleFields\n      probeProvenance {\n        sourceType\n        otherSourceType\n        obtainedBy\n        obtainedAt\n        obtainedFrom\n        exhibitReference\n      }\n      purged {\n        rule\n      }\n    }\n  }\n": types.PvReadDocument,
    "\n  query PvPacket($taskId: ID!) {\n    reviewPacket(taskId: $taskId) {\n      probeProvenance {\n        sourceType\n        otherSourceType\n        obtainedBy\n        obtainedAt\n        obtainedFrom\n        exhibitReference\n      }\n    }\n  }\n": types.PvPacketDocument,
    "\n  query PvPack($id: ID!) {\n    disclosurePack(id: $id) {\n      request {\n        probeProvenance {\n          sourceType\n          exhibitReference\n        }\n      }\n      probe {\n        imageBase64\n        provenance {\n          sourceType\n          otherSourceType\n          obtainedBy\n          obtainedAt\n          obtainedFrom\n          exhibitReference\n        }\n      }\n      html\n    }\n  }\n": types.PvPackDocument,
    "\n  query PvStatistics($from: DateTimeISO!, $to: DateTimeISO!) {\n    oversightStatistics(from: $from, to: $to) {\n      months {\n        forceCode\n        month\n        requests\n        bySourceType {\n          category\n          count\n        }\n      }\n      totals {\n        forceCode\n        requests\n        bySourceType {\n          category\n          count\n        }\n      }\n    }\n  }\n": types.PvStatisticsDocument,
    "\n  query RetPurgedRequest($id: ID!) {\n    searchRequest(id: $id) {\n      id\n      status\n      outcome {\n        result\n        custodyRecord {\n          custodyImageId\n        }\n      }\n      probeImage {\n        kind\n      }\n      candidates {\n        id\n      }\n      reviews {\n        stage\n        decisions {\n          candidateId\n        }\n      }\n      purged {\n        purgedAt\n        rule\n        retentionDays\n        probeSha256\n        counts {\n          probeImages\n          probeTemplates\n          candidates\n          reviewDecisions\n        }\n      }\n      retentionHold {\n        inForce\n      }\n    }\n  }\n": types.RetPurgedRequestDocument,
    "\n  query RetDisclosurePack($id: ID!) {\n    disclosurePack(id: $id) {\n      candidates {\n        rank\n      }\n      probe {\n        mimeType\n        sha256\n        imageBase64\n        purged {\n          rule\n        }\n      }\n      html\n    }\n  }\n": types.RetDisclosurePackDocument,
    "\n  query RetStatistics($from: DateTimeISO!, $to: DateTimeISO!) {\n    oversightStatistics(from: $from, to: $to) {\n      totals {\n        forceCode\n        retention {\n          requestsPurged\n          purgedAfterNoViableCandidate\n          purgedAfterCaseClosure\n          holdsPlaced\n          holdsReleased\n        }\n      }\n    }\n  }\n": types.RetStatisticsDocument,
    "\n  mutation RetSetPolicy($input: SetRetentionPolicyInput!) {\n    setRetentionPolicy(input: $input) {\n      forceId\n      afterNoViableCandidateDays\n      set\n    }\n  }\n": types.RetSetPolicyDocument,
    "\n  mutation RetPlaceHold($requestId: ID!, $reason: String!, $reviewAt: DateTimeISO!) {\n    placeRetentionHold(requestId: $requestId, reason: $reason, reviewAt: $reviewAt) {\n      id\n      inForce\n      reviewAt\n    }\n  }\n": types.RetPlaceHoldDocument,
    "\n  mutation RetRecordLead($requestId: ID!) {\n    recordLeadOutcome(requestId: $requestId, result: CORROBORATED, note: \"Found by other evidence later.\") {\n      id\n    }\n  }\n": types.RetRecordLeadDocument,
    "\n  mutation WfCreateSearchRaw($input: CreateSearchRequestInput!) {\n    createSearchRequest(input: $input) {\n      id\n      status\n      threshold\n      k\n      authorisationRequired\n      authorisationReasons\n      probeQuality {\n        acceptable\n        faceSizePx\n      }\n    }\n  }\n": types.WfCreateSearchRawDocument,
    "\n  query WfForceFloors {\n    forces {\n      edges {\n        node {\n          code\n          thresholdFloor\n          thresholdFloorFalseMatchRate\n        }\n      }\n    }\n  }\n": types.WfForceFloorsDocument,
    "\n  mutation WfDecideAuthorisationRaw($id: ID!, $authorise: Boolean!, $rationale: String!) {\n    decideSearchAuthorisation(id: $id, authorise: $authorise, rationale: $rationale) {\n      id\n    }\n  }\n": types.WfDecideAuthorisationRawDocument,
    "\n  subscription LiveAvailableTasks {\n    availableReviewTasks {\n      taskId\n      requestId\n      stage\n      change\n      status\n      version\n      occurredAt\n    }\n  }\n": types.LiveAvailableTasksDocument,
    "\n  subscription LiveMyTasks {\n    myReviewTaskChanges {\n      taskId\n      requestId\n      stage\n      change\n      status\n      version\n    }\n  }\n": types.LiveMyTasksDocument,
    "\n  subscription LiveMyRequests {\n    mySearchRequestChanges {\n      requestId\n      from\n      status\n      version\n    }\n  }\n": types.LiveMyRequestsDocument,
    "\n  subscription LiveDisputes {\n    disputedSearchRequests {\n      requestId\n      from\n      status\n    }\n  }\n": types.LiveDisputesDocument,
    "\n  query LiveReviewQueue {\n    reviewQueue {\n      available {\n        edges {\n          node {\n            id\n            requestId\n            stage\n            status\n          }\n        }\n      }\n      held {\n        edges {\n          node {\n            id\n            status\n          }\n        }\n      }\n      disputes {\n        edges {\n          node {\n            id\n            status\n          }\n        }\n      }\n      asOf\n    }\n  }\n": types.LiveReviewQueueDocument,
    "\n  mutation LiveSetRoles($officerId: ID!, $roles: [Role!]!) {\n    setOfficerRoles(officerId: $officerId, roles: $roles) {\n      id\n      roles\n    }\n  }\n": types.LiveSetRolesDocument,
    "\n            mutation LiveReassign($taskId: ID!, $reason: String!) {\n              reassignReviewTask(taskId: $taskId, reason: $reason) {\n                id\n                status\n              }\n            }\n          ": types.LiveReassignDocument,
    "\n  query TrustedMe {\n    me {\n      id\n      displayName\n    }\n  }\n": types.TrustedMeDocument,
    "\n  mutation UpCreateSearch($input: CreateSearchRequestInput!) {\n    createSearchRequest(input: $input) {\n      id\n      status\n    }\n  }\n": types.UpCreateSearchDocument,
    "\n  mutation UpSubmit($id: ID!) {\n    submitSearchRequest(id: $id) {\n      id\n      status\n      candidateCount\n    }\n  }\n": types.UpSubmitDocument,
    "\n  mutation SupportCreateOfficer($input: CreateOfficerInput!) {\n    createOfficer(input: $input) {\n      id\n    }\n  }\n": types.SupportCreateOfficerDocument,
    "\n  query SupportPendingProposals {\n    officerAccessProposals {\n      edges {\n        node {\n          id\n          officerId\n        }\n      }\n    }\n  }\n": types.SupportPendingProposalsDocument,
    "\n  mutation SupportApproveProposal($id: ID!) {\n    approveOfficerAccessProposal(id: $id) {\n      id\n    }\n  }\n": types.SupportApproveProposalDocument,
    "\n  mutation WfCreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n    }\n  }\n": types.WfCreateCaseDocument,
    "\n  mutation WfAssignOfficer($caseId: ID!, $officerId: ID!) {\n    assignCaseOfficer(caseId: $caseId, officerId: $officerId) {\n      id\n    }\n  }\n": types.WfAssignOfficerDocument,
    "\n  mutation WfEnrol($input: EnrolCustodyImageInput!) {\n    enrolCustodyImage(input: $input) {\n      image {\n        id\n        subjectId\n      }\n    }\n  }\n": types.WfEnrolDocument,
    "\n  mutation WfCreateSearch($input: CreateSearchRequestInput!) {\n    createSearchRequest(input: $input) {\n      id\n      status\n      version\n      authorisationRequired\n      authorisationReasons\n      threshold\n      k\n      probeQuality {\n        faceSizePx\n        acceptable\n      }\n    }\n  }\n": types.WfCreateSearchDocument,
    "\n  mutation WfSubmitSearch($id: ID!, $expectedVersion: Int) {\n    submitSearchRequest(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n      candidateCount\n    }\n  }\n": types.WfSubmitSearchDocument,
    "\n  mutation WfDecideAuthorisation($id: ID!, $authorise: Boolean!, $rationale: String!, $expectedVersion: Int) {\n    decideSearchAuthorisation(\n      id: $id\n      authorise: $authorise\n      rationale: $rationale\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      status\n      version\n      candidateCount\n    }\n  }\n": types.WfDecideAuthorisationDocument,
    "\n  mutation WfRunSearch($id: ID!) {\n    runSearch(id: $id) {\n      id\n      status\n    }\n  }\n": types.WfRunSearchDocument,
    "\n  query WfSearchRequest($id: ID!) {\n    searchRequest(id: $id) {\n      id\n      forceId\n      caseId\n      requesterId\n      status\n      version\n      createdAt\n      submittedAt\n      searchedAt\n      outcomeAt\n      endedAt\n      expiresAt\n      threshold\n      k\n      includeUnder18\n      includeNotConvicted\n      galleryForceIds\n      authorisationRequired\n      authorisationReasons\n      purpose\n      legalBasis\n      justification\n      offenceCategory\n      crimeReference\n      probeQuality {\n        faceSizePx\n        sharpness\n        detectorScore\n        acceptable\n      }\n      authorisation {\n        decision\n        decidedById\n        decidedAt\n        rationale\n      }\n      endReason\n      modelVersion\n      policySnapshot {\n        forceCodes\n        modelVersion\n        threshold\n        thresholdFloor\n        thresholdFloorFalseMatchRate\n        minimumThreshold\n        scoreCalibration\n        k\n        includeUnder18\n        excludedRetentionClasses\n        excludedStatuses\n        eligibleCount\n        takenAt\n        searchMethod {\n          kind\n          reason\n          shortlist\n        }\n      }\n      candidateCount\n      outcome {\n        result\n        caveat\n        basis\n        decidedAt\n        custodyRecord {\n          custodyImageId\n          custodyReference\n          personReference\n          status\n        }\n      }\n      candidates {\n        id\n        rank\n        score\n        custodyImageId\n        image {\n          kind\n          candidateId\n        }\n      }\n      reviews {\n        stage\n        status\n        reviewerId\n        claimedAt\n        submittedAt\n        decisions {\n          rank\n          decision\n          rationale\n        }\n      }\n      adjudication {\n        adjudicatedById\n        adjudicatedAt\n        result\n        candidateId\n        rationale\n      }\n      probeImage {\n        kind\n      }\n      visibleFields\n    }\n  }\n": types.WfSearchRequestDocument,
    "\n  query WfSearchRequests($status: SearchRequestStatus, $caseId: ID) {\n    searchRequests(status: $status, caseId: $caseId) {\n      edges {\n        node {\n          id\n          status\n          forceId\n        }\n      }\n    }\n  }\n": types.WfSearchRequestsDocument,
    "\n  query WfReviewTasks($requestId: ID, $status: ReviewTaskStatus, $stage: ReviewStage) {\n    reviewTasks(requestId: $requestId, status: $status, stage: $stage) {\n      edges {\n        node {\n          id\n          requestId\n          stage\n          status\n          version\n          claimedById\n          claimedAt\n          claimExpiresAt\n          submittedAt\n          decisions {\n            rank\n            decision\n            rationale\n          }\n        }\n      }\n    }\n  }\n": types.WfReviewTasksDocument,
    "\n  mutation WfClaimTask($taskId: ID!) {\n    claimReviewTask(taskId: $taskId) {\n      id\n      status\n      claimedById\n      claimExpiresAt\n    }\n  }\n": types.WfClaimTaskDocument,
    "\n  mutation WfReleaseTask($taskId: ID!) {\n    releaseReviewTask(taskId: $taskId) {\n      id\n      status\n    }\n  }\n": types.WfReleaseTaskDocument,
    "\n  mutation WfReassignTask($taskId: ID!, $reviewerId: ID, $reason: String!) {\n    reassignReviewTask(taskId: $taskId, reviewerId: $reviewerId, reason: $reason) {\n      id\n      status\n      claimedById\n    }\n  }\n": types.WfReassignTaskDocument,
    "\n  query WfReviewPacket($taskId: ID!) {\n    reviewPacket(taskId: $taskId) {\n      task {\n        id\n        stage\n        status\n        version\n        claimExpiresAt\n      }\n      scoresHidden\n      probe {\n        kind\n      }\n      candidates {\n        id\n        rank\n        score\n        image {\n          kind\n          candidateId\n        }\n      }\n    }\n  }\n": types.WfReviewPacketDocument,
    "\n  query WfReviewPacketImages($taskId: ID!) {\n    reviewPacket(taskId: $taskId) {\n      probe {\n        content {\n          mimeType\n          dataBase64\n          viewId\n        }\n      }\n      candidates {\n        id\n        rank\n        image {\n          content {\n            mimeType\n            dataBase64\n            viewId\n          }\n        }\n      }\n    }\n  }\n": types.WfReviewPacketImagesDocument,
    "\n  mutation WfSubmitReview($input: SubmitReviewInput!) {\n    submitReview(input: $input) {\n      id\n      stage\n      status\n      submittedAt\n      decisions {\n        rank\n        decision\n      }\n    }\n  }\n": types.WfSubmitReviewDocument,
    "\n  query WfRequestImages($id: ID!) {\n    searchRequest(id: $id) {\n      probeImage {\n        content {\n          dataBase64\n        }\n      }\n      candidates {\n        id\n        rank\n        image {\n          content {\n            dataBase64\n          }\n        }\n      }\n    }\n  }\n": types.WfRequestImagesDocument,
    "\n  mutation WfAdjudicate(\n    $id: ID!\n    $result: SearchOutcome!\n    $candidateId: ID\n    $rationale: String!\n    $expectedVersion: Int\n  ) {\n    adjudicateSearchRequest(\n      id: $id\n      result: $result\n      candidateId: $candidateId\n      rationale: $rationale\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      status\n      version\n    }\n  }\n": types.WfAdjudicateDocument,
    "\n  mutation WfClose($id: ID!, $expectedVersion: Int) {\n    closeSearchRequest(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n    }\n  }\n": types.WfCloseDocument,
    "\n  mutation WfWithdraw($id: ID!, $reason: String!, $expectedVersion: Int) {\n    withdrawSearchRequest(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      id\n      status\n    }\n  }\n": types.WfWithdrawDocument,
    "\n  query WfDisclosurePack($id: ID!) {\n    disclosurePack(id: $id) {\n      reference\n      generatedAt\n      forceCode\n      outcomeCandidateRank\n      request {\n        id\n        status\n        justification\n        threshold\n        k\n        modelVersion\n        policySnapshot {\n          eligibleCount\n          forceCodes\n        }\n        authorisation {\n          decision\n          rationale\n        }\n        outcome {\n          result\n          caveat\n        }\n        reviews {\n          stage\n          reviewerId\n          decisions {\n            rank\n            decision\n            rationale\n          }\n        }\n        adjudication {\n          result\n          rationale\n        }\n      }\n      candidates {\n        rank\n        score\n        custodyImageId\n        custodyReference\n      }\n      probe {\n        mimeType\n        sha256\n        imageBase64\n        quality {\n          faceSizePx\n        }\n        expectedHitRate {\n          rankOne\n          inCandidateList\n        }\n        hitRateFloor\n        hitRateOverrideReason\n      }\n      officers {\n        id\n        displayName\n      }\n      auditTrail {\n        seq\n        action\n        actorOfficerId\n      }\n      html\n    }\n  }\n": types.WfDisclosurePackDocument,
    "\n  query WfVerifyChain {\n    verifyAuditChain {\n      ok\n      checked\n    }\n  }\n": types.WfVerifyChainDocument,
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
export function graphql(source: "\n  query CovAuditEvents($filter: AuditEventFilter, $first: Int!) {\n    auditEvents(filter: $filter, first: $first, order: OLDEST_FIRST) {\n      edges {\n        node {\n          seq\n          action\n          subjectType\n          subjectId\n          forceId\n          actor {\n            officerId\n          }\n          details\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CovAuditEvents($filter: AuditEventFilter, $first: Int!) {\n    auditEvents(filter: $filter, first: $first, order: OLDEST_FIRST) {\n      edges {\n        node {\n          seq\n          action\n          subjectType\n          subjectId\n          forceId\n          actor {\n            officerId\n          }\n          details\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CovVerify {\n    verifyAuditChain {\n      ok\n      checked\n      lastSeq\n    }\n  }\n"): (typeof documents)["\n  query CovVerify {\n    verifyAuditChain {\n      ok\n      checked\n      lastSeq\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CovExportHead {\n    exportAuditChainHead {\n      seq\n    }\n  }\n"): (typeof documents)["\n  mutation CovExportHead {\n    exportAuditChainHead {\n      seq\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CovRequestContent($id: ID!) {\n    searchRequest(id: $id) {\n      id\n      justification\n      candidates {\n        id\n        rank\n      }\n    }\n    again: searchRequest(id: $id) {\n      justification\n    }\n  }\n"): (typeof documents)["\n  query CovRequestContent($id: ID!) {\n    searchRequest(id: $id) {\n      id\n      justification\n      candidates {\n        id\n        rank\n      }\n    }\n    again: searchRequest(id: $id) {\n      justification\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CovRequestStatus($id: ID!) {\n    searchRequest(id: $id) {\n      id\n      status\n      candidateCount\n    }\n  }\n"): (typeof documents)["\n  query CovRequestStatus($id: ID!) {\n    searchRequest(id: $id) {\n      id\n      status\n      candidateCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CovRequestList {\n    searchRequests {\n      edges {\n        node {\n          id\n          justification\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CovRequestList {\n    searchRequests {\n      edges {\n        node {\n          id\n          justification\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CovMe {\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query CovMe {\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyAgainstAnchors($exportedHead: ExportedChainHeadInput) {\n    verifyAuditChain(exportedHead: $exportedHead) {\n      ok\n      checked\n      lastSeq\n      headHash\n      firstBroken {\n        seq\n        reason\n      }\n      anchorsChecked\n      latestAnchor {\n        seq\n        hash\n        anchoredAt\n      }\n      missingTail {\n        source\n        seq\n        expectedHash\n        foundHash\n        reason\n        anchoredAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query VerifyAgainstAnchors($exportedHead: ExportedChainHeadInput) {\n    verifyAuditChain(exportedHead: $exportedHead) {\n      ok\n      checked\n      lastSeq\n      headHash\n      firstBroken {\n        seq\n        reason\n      }\n      anchorsChecked\n      latestAnchor {\n        seq\n        hash\n        anchoredAt\n      }\n      missingTail {\n        source\n        seq\n        expectedHash\n        foundHash\n        reason\n        anchoredAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportHeadForAnchors {\n    exportAuditChainHead {\n      seq\n      hash\n    }\n  }\n"): (typeof documents)["\n  mutation ExportHeadForAnchors {\n    exportAuditChainHead {\n      seq\n      hash\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCaseForAnchors($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCaseForAnchors($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditVocabulary {\n    actions: __type(name: \"AuditAction\") {\n      kind\n      enumValues(includeDeprecated: true) {\n        name\n        description\n        isDeprecated\n      }\n    }\n    kinds: __type(name: \"AuditEventKind\") {\n      enumValues {\n        name\n        description\n      }\n    }\n    event: __type(name: \"AuditEvent\") {\n      fields {\n        name\n        type {\n          kind\n          name\n          ofType {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditVocabulary {\n    actions: __type(name: \"AuditAction\") {\n      kind\n      enumValues(includeDeprecated: true) {\n        name\n        description\n        isDeprecated\n      }\n    }\n    kinds: __type(name: \"AuditEventKind\") {\n      enumValues {\n        name\n        description\n      }\n    }\n    event: __type(name: \"AuditEvent\") {\n      fields {\n        name\n        type {\n          kind\n          name\n          ofType {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEventKinds($filter: AuditEventFilter) {\n    auditEvents(filter: $filter, first: 50) {\n      edges {\n        node {\n          seq\n          action\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEventKinds($filter: AuditEventFilter) {\n    auditEvents(filter: $filter, first: 50) {\n      edges {\n        node {\n          seq\n          action\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VocabularyCreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation VocabularyCreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      displayName\n      roles\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      displayName\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BlindAvailableTasks {\n    availableReviewTasks {\n      taskId\n      requestId\n      stage\n      change\n    }\n  }\n"): (typeof documents)["\n  subscription BlindAvailableTasks {\n    availableReviewTasks {\n      taskId\n      requestId\n      stage\n      change\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrReviews(\n    $status: ComplianceReviewStatus\n    $overdue: Boolean\n    $searchRequestId: ID\n    $forceId: ID\n    $first: Int\n  ) {\n    complianceReviews(\n      status: $status\n      overdue: $overdue\n      searchRequestId: $searchRequestId\n      forceId: $forceId\n      first: $first\n    ) {\n      edges {\n        node {\n          id\n          searchRequestId\n          forceId\n          status\n          searchStatus\n          outcomeRecordedById\n          sampled\n          sampleRate\n          sampleDraw\n          sampleRule\n          queuedAt\n          dueAt\n          overdue\n          overdueFlaggedAt\n          claimedById\n          completedById\n          version\n        }\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CrReviews(\n    $status: ComplianceReviewStatus\n    $overdue: Boolean\n    $searchRequestId: ID\n    $forceId: ID\n    $first: Int\n  ) {\n    complianceReviews(\n      status: $status\n      overdue: $overdue\n      searchRequestId: $searchRequestId\n      forceId: $forceId\n      first: $first\n    ) {\n      edges {\n        node {\n          id\n          searchRequestId\n          forceId\n          status\n          searchStatus\n          outcomeRecordedById\n          sampled\n          sampleRate\n          sampleDraw\n          sampleRule\n          queuedAt\n          dueAt\n          overdue\n          overdueFlaggedAt\n          claimedById\n          completedById\n          version\n        }\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrReview($id: ID!) {\n    complianceReview(id: $id) {\n      id\n      status\n      completedById\n      completedLate\n      findings {\n        criterion\n        result\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrReview($id: ID!) {\n    complianceReview(id: $id) {\n      id\n      status\n      completedById\n      completedLate\n      findings {\n        criterion\n        result\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrClaim($id: ID!) {\n    claimComplianceReview(id: $id) {\n      id\n      status\n      claimedById\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CrClaim($id: ID!) {\n    claimComplianceReview(id: $id) {\n      id\n      status\n      claimedById\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrComplete($input: CompleteComplianceReviewInput!) {\n    completeComplianceReview(input: $input) {\n      id\n      status\n      completedById\n      findings {\n        criterion\n        result\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CrComplete($input: CompleteComplianceReviewInput!) {\n    completeComplianceReview(input: $input) {\n      id\n      status\n      completedById\n      findings {\n        criterion\n        result\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrSettings($input: SetComplianceReviewSettingsInput!) {\n    setComplianceReviewSettings(input: $input) {\n      code\n      complianceSampleRate\n      complianceReviewDueDays\n    }\n  }\n"): (typeof documents)["\n  mutation CrSettings($input: SetComplianceReviewSettingsInput!) {\n    setComplianceReviewSettings(input: $input) {\n      code\n      complianceSampleRate\n      complianceReviewDueDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrStatistics($from: DateTimeISO!, $to: DateTimeISO!, $forceId: ID) {\n    oversightStatistics(from: $from, to: $to, forceId: $forceId) {\n      totals {\n        forceCode\n        requests\n        thresholdOverrides\n        compliance {\n          completedSearches\n          sampled\n          notSampled\n          awaitingReview\n          reviewed\n          overdue\n          completedLate\n          reviewsWithNotMet\n          findings {\n            criterion\n            result\n            count\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrStatistics($from: DateTimeISO!, $to: DateTimeISO!, $forceId: ID) {\n    oversightStatistics(from: $from, to: $to, forceId: $forceId) {\n      totals {\n        forceCode\n        requests\n        thresholdOverrides\n        compliance {\n          completedSearches\n          sampled\n          notSampled\n          awaitingReview\n          reviewed\n          overdue\n          completedLate\n          reviewsWithNotMet\n          findings {\n            criterion\n            result\n            count\n          }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query Cases {\n    cases {\n      edges {\n        node {\n          id\n          crimeReference\n          forceId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Cases {\n    cases {\n      edges {\n        node {\n          id\n          crimeReference\n          forceId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyChain {\n    verifyAuditChain {\n      ok\n      checked\n      headHash\n      firstBroken {\n        seq\n      }\n    }\n  }\n"): (typeof documents)["\n  query VerifyChain {\n    verifyAuditChain {\n      ok\n      checked\n      headHash\n      firstBroken {\n        seq\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Enrol($input: EnrolCustodyImageInput!) {\n    enrolCustodyImage(input: $input) {\n      duplicate\n      faceIndex\n      image {\n        id\n        subjectId\n        status\n        retentionClass\n        reviewDueAt\n      }\n      quality {\n        faceSizePx\n        acceptable\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Enrol($input: EnrolCustodyImageInput!) {\n    enrolCustodyImage(input: $input) {\n      duplicate\n      faceIndex\n      image {\n        id\n        subjectId\n        status\n        retentionClass\n        reviewDueAt\n      }\n      quality {\n        faceSizePx\n        acceptable\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustodyImagePerson($id: ID!) {\n    custodyImage(id: $id) {\n      id\n      personReference\n    }\n  }\n"): (typeof documents)["\n  query CustodyImagePerson($id: ID!) {\n    custodyImage(id: $id) {\n      id\n      personReference\n    }\n  }\n"];
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
export function graphql(source: "\n  query DueForReview($before: DateTimeISO!) {\n    custodyImagesDueForReview(before: $before) {\n      edges {\n        node {\n          id\n          retentionClass\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DueForReview($before: DateTimeISO!) {\n    custodyImagesDueForReview(before: $before) {\n      edges {\n        node {\n          id\n          retentionClass\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GovRegister($input: RegisterGovernanceDocumentVersionInput!) {\n    registerGovernanceDocumentVersion(input: $input) {\n      id\n      documentId\n      version\n      status\n      sha256\n      byteSize\n      referenceUri\n      registeredById\n      approvedById\n      effectiveFrom\n      effectiveTo\n      inForce\n    }\n  }\n"): (typeof documents)["\n  mutation GovRegister($input: RegisterGovernanceDocumentVersionInput!) {\n    registerGovernanceDocumentVersion(input: $input) {\n      id\n      documentId\n      version\n      status\n      sha256\n      byteSize\n      referenceUri\n      registeredById\n      approvedById\n      effectiveFrom\n      effectiveTo\n      inForce\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GovApprove($versionId: ID!, $note: String) {\n    approveGovernanceDocumentVersion(versionId: $versionId, note: $note) {\n      id\n      status\n      approvedById\n      supersedesVersionId\n      inForce\n    }\n  }\n"): (typeof documents)["\n  mutation GovApprove($versionId: ID!, $note: String) {\n    approveGovernanceDocumentVersion(versionId: $versionId, note: $note) {\n      id\n      status\n      approvedById\n      supersedesVersionId\n      inForce\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GovAcknowledge($versionId: ID!) {\n    acknowledgeGovernanceDocument(versionId: $versionId) {\n      versionId\n      officerId\n      acknowledgedAt\n    }\n  }\n"): (typeof documents)["\n  mutation GovAcknowledge($versionId: ID!) {\n    acknowledgeGovernanceDocument(versionId: $versionId) {\n      versionId\n      officerId\n      acknowledgedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GovDocuments($forceId: ID) {\n    governanceDocuments(forceId: $forceId) {\n      id\n      kind\n      title\n      currentVersion {\n        id\n        version\n      }\n      versions {\n        id\n        version\n        status\n        effectiveFrom\n        effectiveTo\n        supersedesVersionId\n        inForce\n        acknowledgedByMe\n      }\n    }\n  }\n"): (typeof documents)["\n  query GovDocuments($forceId: ID) {\n    governanceDocuments(forceId: $forceId) {\n      id\n      kind\n      title\n      currentVersion {\n        id\n        version\n      }\n      versions {\n        id\n        version\n        status\n        effectiveFrom\n        effectiveTo\n        supersedesVersionId\n        inForce\n        acknowledgedByMe\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GovFile($versionId: ID!) {\n    governanceDocumentFile(versionId: $versionId) {\n      versionId\n      sha256\n      mimeType\n      byteSize\n      referenceUri\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query GovFile($versionId: ID!) {\n    governanceDocumentFile(versionId: $versionId) {\n      versionId\n      sha256\n      mimeType\n      byteSize\n      referenceUri\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GovPending {\n    pendingGovernanceAcknowledgements {\n      id\n      version\n      documentId\n    }\n  }\n"): (typeof documents)["\n  query GovPending {\n    pendingGovernanceAcknowledgements {\n      id\n      version\n      documentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GovSetRequired($input: SetRequiredGovernanceDocumentsInput!) {\n    setRequiredGovernanceDocuments(input: $input) {\n      id\n      requiredGovernanceDocuments\n    }\n  }\n"): (typeof documents)["\n  mutation GovSetRequired($input: SetRequiredGovernanceDocumentsInput!) {\n    setRequiredGovernanceDocuments(input: $input) {\n      id\n      requiredGovernanceDocuments\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GovSnapshot($id: ID!) {\n    searchRequest(id: $id) {\n      id\n      status\n      policySnapshot {\n        validationRecordId\n        governanceDocuments {\n          documentId\n          versionId\n          kind\n          title\n          version\n          sha256\n          effectiveFrom\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GovSnapshot($id: ID!) {\n    searchRequest(id: $id) {\n      id\n      status\n      policySnapshot {\n        validationRecordId\n        governanceDocuments {\n          documentId\n          versionId\n          kind\n          title\n          version\n          sha256\n          effectiveFrom\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GovWithdraw($id: ID!) {\n    withdrawSearchRequest(id: $id, reason: \"No longer needed: suspect identified by other means.\") {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation GovWithdraw($id: ID!) {\n    withdrawSearchRequest(id: $id, reason: \"No longer needed: suspect identified by other means.\") {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation GovSubmit($id: ID!) {\n            submitSearchRequest(id: $id) {\n              id\n              status\n            }\n          }\n        "): (typeof documents)["\n          mutation GovSubmit($id: ID!) {\n            submitSearchRequest(id: $id) {\n              id\n              status\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation GovDecide($id: ID!) {\n              decideSearchAuthorisation(\n                id: $id\n                authorise: true\n                rationale: \"Serious offence, no other line of enquiry; proportionate.\"\n              ) {\n                id\n                status\n              }\n            }\n          "): (typeof documents)["\n            mutation GovDecide($id: ID!) {\n              decideSearchAuthorisation(\n                id: $id\n                authorise: true\n                rationale: \"Serious offence, no other line of enquiry; proportionate.\"\n              ) {\n                id\n                status\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LaRecordCorroboration($input: RecordLeadCorroborationInput!) {\n    recordLeadCorroboration(input: $input) {\n      id\n      requestId\n      type\n      reference\n      description\n      recordedById\n      recordedAt\n    }\n  }\n"): (typeof documents)["\n  mutation LaRecordCorroboration($input: RecordLeadCorroborationInput!) {\n    recordLeadCorroboration(input: $input) {\n      id\n      requestId\n      type\n      reference\n      description\n      recordedById\n      recordedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LaProposeAction($input: ProposeLeadActionInput!) {\n    proposeLeadAction(input: $input) {\n      id\n      requestId\n      type\n      reason\n      status\n      corroborationIds\n      proposedById\n      decidedById\n    }\n  }\n"): (typeof documents)["\n  mutation LaProposeAction($input: ProposeLeadActionInput!) {\n    proposeLeadAction(input: $input) {\n      id\n      requestId\n      type\n      reason\n      status\n      corroborationIds\n      proposedById\n      decidedById\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LaApproveAction($input: DecideLeadActionInput!) {\n    approveLeadAction(input: $input) {\n      id\n      status\n      decidedById\n      decidedAt\n      decisionReason\n      corroborationIds\n    }\n  }\n"): (typeof documents)["\n  mutation LaApproveAction($input: DecideLeadActionInput!) {\n    approveLeadAction(input: $input) {\n      id\n      status\n      decidedById\n      decidedAt\n      decisionReason\n      corroborationIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LaRejectAction($input: DecideLeadActionInput!) {\n    rejectLeadAction(input: $input) {\n      id\n      status\n      decidedById\n    }\n  }\n"): (typeof documents)["\n  mutation LaRejectAction($input: DecideLeadActionInput!) {\n    rejectLeadAction(input: $input) {\n      id\n      status\n      decidedById\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LaRecordOutcome($requestId: ID!, $result: LeadOutcomeResult!) {\n    recordLeadOutcome(\n      requestId: $requestId\n      result: $result\n      note: \"Alibi confirmed: in custody elsewhere.\"\n    ) {\n      id\n      result\n    }\n  }\n"): (typeof documents)["\n  mutation LaRecordOutcome($requestId: ID!, $result: LeadOutcomeResult!) {\n    recordLeadOutcome(\n      requestId: $requestId\n      result: $result\n      note: \"Alibi confirmed: in custody elsewhere.\"\n    ) {\n      id\n      result\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LaLead($requestId: ID!) {\n    lead(requestId: $requestId) {\n      requestId\n      outcome {\n        result\n        corroborationId\n        candidateId\n        note\n      }\n      corroborations {\n        id\n        type\n        reference\n      }\n      actions {\n        id\n        type\n        status\n        corroborationIds\n        decidedById\n      }\n    }\n  }\n"): (typeof documents)["\n  query LaLead($requestId: ID!) {\n    lead(requestId: $requestId) {\n      requestId\n      outcome {\n        result\n        corroborationId\n        candidateId\n        note\n      }\n      corroborations {\n        id\n        type\n        reference\n      }\n      actions {\n        id\n        type\n        status\n        corroborationIds\n        decidedById\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LaLeadActions($status: LeadActionStatus, $searchRequestId: ID, $first: Int, $after: String) {\n    leadActions(status: $status, searchRequestId: $searchRequestId, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          requestId\n          status\n          type\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query LaLeadActions($status: LeadActionStatus, $searchRequestId: ID, $first: Int, $after: String) {\n    leadActions(status: $status, searchRequestId: $searchRequestId, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          requestId\n          status\n          type\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LaStatistics($from: DateTimeISO!, $to: DateTimeISO!, $forceId: ID) {\n    oversightStatistics(from: $from, to: $to, forceId: $forceId) {\n      months {\n        month\n        leadActions {\n          leadsActedOn\n          taken\n        }\n      }\n      totals {\n        leadsCorroborated\n        leadsExcluded\n        leadActions {\n          leadsActedOn\n          leadsActedOnWithCorroboration\n          leadsActedOnWithoutCorroboration\n          proposed\n          taken\n          rejected\n          awaitingDecision\n          refusedWithoutCorroboration\n          takenByType {\n            category\n            count\n          }\n          timeFromOutcomeToAction {\n            count\n            medianSeconds\n            p90Seconds\n            suppressed\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LaStatistics($from: DateTimeISO!, $to: DateTimeISO!, $forceId: ID) {\n    oversightStatistics(from: $from, to: $to, forceId: $forceId) {\n      months {\n        month\n        leadActions {\n          leadsActedOn\n          taken\n        }\n      }\n      totals {\n        leadsCorroborated\n        leadsExcluded\n        leadActions {\n          leadsActedOn\n          leadsActedOnWithCorroboration\n          leadsActedOnWithoutCorroboration\n          proposed\n          taken\n          rejected\n          awaitingDecision\n          refusedWithoutCorroboration\n          takenByType {\n            category\n            count\n          }\n          timeFromOutcomeToAction {\n            count\n            medianSeconds\n            p90Seconds\n            suppressed\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LaDisclosurePack($id: ID!) {\n    disclosurePack(id: $id) {\n      lead {\n        outcome {\n          result\n          corroborationId\n        }\n        corroborations {\n          id\n          type\n          reference\n        }\n        actions {\n          type\n          status\n          corroborationIds\n          decidedById\n        }\n      }\n      html\n    }\n  }\n"): (typeof documents)["\n  query LaDisclosurePack($id: ID!) {\n    disclosurePack(id: $id) {\n      lead {\n        outcome {\n          result\n          corroborationId\n        }\n        corroborations {\n          id\n          type\n          reference\n        }\n        actions {\n          type\n          status\n          corroborationIds\n          decidedById\n        }\n      }\n      html\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordLeadOutcome($requestId: ID!, $result: LeadOutcomeResult!, $note: String!) {\n    recordLeadOutcome(requestId: $requestId, result: $result, note: $note) {\n      id\n      requestId\n      candidateId\n      result\n      note\n      recordedById\n      recordedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RecordLeadOutcome($requestId: ID!, $result: LeadOutcomeResult!, $note: String!) {\n    recordLeadOutcome(requestId: $requestId, result: $result, note: $note) {\n      id\n      requestId\n      candidateId\n      result\n      note\n      recordedById\n      recordedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoRecordCorroboration($input: RecordLeadCorroborationInput!) {\n    recordLeadCorroboration(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LoRecordCorroboration($input: RecordLeadCorroborationInput!) {\n    recordLeadCorroboration(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadStatistics($from: DateTimeISO!, $to: DateTimeISO!, $forceId: ID) {\n    oversightStatistics(from: $from, to: $to, forceId: $forceId) {\n      totals {\n        requests\n        searchesRun\n        outcomes {\n          confirmed\n        }\n        reviewerAgreement {\n          reviewedByBoth\n          agreed\n          candidateDecisionsCompared\n          candidateDecisionsAgreed\n        }\n        timeToOutcome {\n          count\n        }\n        leadsCorroborated\n        leadsExcluded\n      }\n      outcomeMonitoring {\n        dimension\n        group\n        suppressed\n        candidatesReturned\n        candidatesConfirmed\n        confirmedLaterExcluded\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadStatistics($from: DateTimeISO!, $to: DateTimeISO!, $forceId: ID) {\n    oversightStatistics(from: $from, to: $to, forceId: $forceId) {\n      totals {\n        requests\n        searchesRun\n        outcomes {\n          confirmed\n        }\n        reviewerAgreement {\n          reviewedByBoth\n          agreed\n          candidateDecisionsCompared\n          candidateDecisionsAgreed\n        }\n        timeToOutcome {\n          count\n        }\n        leadsCorroborated\n        leadsExcluded\n      }\n      outcomeMonitoring {\n        dimension\n        group\n        suppressed\n        candidatesReturned\n        candidatesConfirmed\n        confirmedLaterExcluded\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListSearchRequests($first: Int, $after: String) {\n    searchRequests(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          forceId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ListSearchRequests($first: Int, $after: String) {\n    searchRequests(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          forceId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListReviewTasks($first: Int, $after: String) {\n    reviewTasks(stage: FIRST, status: OPEN, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          requestId\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ListReviewTasks($first: Int, $after: String) {\n    reviewTasks(stage: FIRST, status: OPEN, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          requestId\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListCases($first: Int, $after: String) {\n    cases(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          forceId\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ListCases($first: Int, $after: String) {\n    cases(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          forceId\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListForces($first: Int, $after: String) {\n    forces(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ListForces($first: Int, $after: String) {\n    forces(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListQueue($first: Int, $after: String) {\n    reviewQueue {\n      available(first: $first, after: $after) {\n        edges {\n          node {\n            id\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ListQueue($first: Int, $after: String) {\n    reviewQueue {\n      available(first: $first, after: $after) {\n        edges {\n          node {\n            id\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestTrail($searchRequestId: ID!, $first: Int) {\n    auditEvents(filter: { searchRequestId: $searchRequestId }, first: $first, order: OLDEST_FIRST) {\n      edges {\n        node {\n          seq\n          action\n          subjectType\n          subjectId\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequestTrail($searchRequestId: ID!, $first: Int) {\n    auditEvents(filter: { searchRequestId: $searchRequestId }, first: $first, order: OLDEST_FIRST) {\n      edges {\n        node {\n          seq\n          action\n          subjectType\n          subjectId\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ListsClaim($taskId: ID!) {\n    claimReviewTask(taskId: $taskId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ListsClaim($taskId: ID!) {\n    claimReviewTask(taskId: $taskId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query McCalibrations {\n    modelCalibrations {\n      id\n      modelVersion\n      faceModel\n      dataset\n      galleryCount\n      probeCount\n      genuinePairs\n      impostorPairs\n      thresholdAtFar1e3\n      thresholdAtFar1e4\n      thresholdAtFar1e5\n      tarAtFar1e5\n      measuredOn\n      recordedAt\n    }\n  }\n"): (typeof documents)["\n  query McCalibrations {\n    modelCalibrations {\n      id\n      modelVersion\n      faceModel\n      dataset\n      galleryCount\n      probeCount\n      genuinePairs\n      impostorPairs\n      thresholdAtFar1e3\n      thresholdAtFar1e4\n      thresholdAtFar1e5\n      tarAtFar1e5\n      measuredOn\n      recordedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query McForces {\n    forces(first: 10) {\n      edges {\n        node {\n          code\n          thresholdFloor\n          thresholdFloorFalseMatchRate\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query McForces {\n    forces(first: 10) {\n      edges {\n        node {\n          code\n          thresholdFloor\n          thresholdFloorFalseMatchRate\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation McSetFloor($input: SetThresholdFloorInput!) {\n    setThresholdFloor(input: $input) {\n      code\n      thresholdFloor\n      thresholdFloorFalseMatchRate\n    }\n  }\n"): (typeof documents)["\n  mutation McSetFloor($input: SetThresholdFloorInput!) {\n    setThresholdFloor(input: $input) {\n      code\n      thresholdFloor\n      thresholdFloorFalseMatchRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query McRequest($id: ID!) {\n    searchRequest(id: $id) {\n      status\n      threshold\n      thresholdFalseMatchRate\n      authorisationReasons\n      policySnapshot {\n        threshold\n        thresholdFalseMatchRate\n        thresholdFloor\n        thresholdFloorFalseMatchRate\n        minimumThreshold\n        calibrationId\n        calibration {\n          id\n          modelVersion\n          thresholdAtFar1e3\n          thresholdAtFar1e4\n          thresholdAtFar1e5\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query McRequest($id: ID!) {\n    searchRequest(id: $id) {\n      status\n      threshold\n      thresholdFalseMatchRate\n      authorisationReasons\n      policySnapshot {\n        threshold\n        thresholdFalseMatchRate\n        thresholdFloor\n        thresholdFloorFalseMatchRate\n        minimumThreshold\n        calibrationId\n        calibration {\n          id\n          modelVersion\n          thresholdAtFar1e3\n          thresholdAtFar1e4\n          thresholdAtFar1e5\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MvVersions($forceId: ID) {\n    forceModelVersions(forceId: $forceId) {\n      modelVersion\n      faceModel\n      state\n      dimension\n      calibrationRecorded\n      thresholdFloor\n      thresholdFloorFalseMatchRate\n      minimumThreshold\n      coverage {\n        images\n        enrolled\n        failures\n        missing\n      }\n    }\n  }\n"): (typeof documents)["\n  query MvVersions($forceId: ID) {\n    forceModelVersions(forceId: $forceId) {\n      modelVersion\n      faceModel\n      state\n      dimension\n      calibrationRecorded\n      thresholdFloor\n      thresholdFloorFalseMatchRate\n      minimumThreshold\n      coverage {\n        images\n        enrolled\n        failures\n        missing\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MvActiveVersions {\n    forces(first: 10) {\n      edges {\n        node {\n          code\n          activeModelVersion\n          thresholdFloor\n          thresholdFloorFalseMatchRate\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MvActiveVersions {\n    forces(first: 10) {\n      edges {\n        node {\n          code\n          activeModelVersion\n          thresholdFloor\n          thresholdFloorFalseMatchRate\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MvPropose($input: ProposeModelSwitchInput!) {\n    proposeModelSwitch(input: $input) {\n      id\n      status\n      fromVersion\n      toVersion\n    }\n  }\n"): (typeof documents)["\n  mutation MvPropose($input: ProposeModelSwitchInput!) {\n    proposeModelSwitch(input: $input) {\n      id\n      status\n      fromVersion\n      toVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MvApprove($input: DecideModelSwitchInput!) {\n    approveModelSwitch(input: $input) {\n      id\n      status\n      fromVersion\n      toVersion\n      decidedById\n    }\n  }\n"): (typeof documents)["\n  mutation MvApprove($input: DecideModelSwitchInput!) {\n    approveModelSwitch(input: $input) {\n      id\n      status\n      fromVersion\n      toVersion\n      decidedById\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MvDeleteTemplates($input: DeleteModelTemplatesInput!) {\n    deleteModelTemplates(input: $input) {\n      modelVersion\n      state\n      coverage {\n        enrolled\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MvDeleteTemplates($input: DeleteModelTemplatesInput!) {\n    deleteModelTemplates(input: $input) {\n      modelVersion\n      state\n      coverage {\n        enrolled\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MvSearchSnapshot($id: ID!) {\n    searchRequest(id: $id) {\n      status\n      modelVersion\n      threshold\n      thresholdFalseMatchRate\n      policySnapshot {\n        modelVersion\n        threshold\n        thresholdFloor\n        thresholdFloorFalseMatchRate\n        thresholdFalseMatchRate\n        minimumThreshold\n        eligibleCount\n        calibration {\n          modelVersion\n          thresholdAtFar1e4\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MvSearchSnapshot($id: ID!) {\n    searchRequest(id: $id) {\n      status\n      modelVersion\n      threshold\n      thresholdFalseMatchRate\n      policySnapshot {\n        modelVersion\n        threshold\n        thresholdFloor\n        thresholdFloorFalseMatchRate\n        thresholdFalseMatchRate\n        minimumThreshold\n        eligibleCount\n        calibration {\n          modelVersion\n          thresholdAtFar1e4\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OaCreateOfficer($input: CreateOfficerInput!) {\n    createOfficer(input: $input) {\n      id\n      forceId\n      roles\n      overseesForceIds\n      reviewerCertifiedUntil\n    }\n  }\n"): (typeof documents)["\n  mutation OaCreateOfficer($input: CreateOfficerInput!) {\n    createOfficer(input: $input) {\n      id\n      forceId\n      roles\n      overseesForceIds\n      reviewerCertifiedUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OaSetRoles($officerId: ID!, $roles: [Role!]!, $overseesForceIds: [ID!]) {\n    setOfficerRoles(officerId: $officerId, roles: $roles, overseesForceIds: $overseesForceIds) {\n      id\n      roles\n      overseesForceIds\n    }\n  }\n"): (typeof documents)["\n  mutation OaSetRoles($officerId: ID!, $roles: [Role!]!, $overseesForceIds: [ID!]) {\n    setOfficerRoles(officerId: $officerId, roles: $roles, overseesForceIds: $overseesForceIds) {\n      id\n      roles\n      overseesForceIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OaChangeAccess($input: ChangeOfficerAccessInput!) {\n    changeOfficerAccess(input: $input) {\n      officer {\n        id\n        roles\n        overseesForceIds\n        reviewerCertifiedUntil\n      }\n      proposal {\n        id\n        officerId\n        addRoles\n        addOverseenForceIds\n        reviewerCertifiedUntil\n        status\n        proposedById\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OaChangeAccess($input: ChangeOfficerAccessInput!) {\n    changeOfficerAccess(input: $input) {\n      officer {\n        id\n        roles\n        overseesForceIds\n        reviewerCertifiedUntil\n      }\n      proposal {\n        id\n        officerId\n        addRoles\n        addOverseenForceIds\n        reviewerCertifiedUntil\n        status\n        proposedById\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OaApprove($id: ID!) {\n    approveOfficerAccessProposal(id: $id) {\n      id\n      status\n      proposedById\n      decidedById\n      decidedAt\n    }\n  }\n"): (typeof documents)["\n  mutation OaApprove($id: ID!) {\n    approveOfficerAccessProposal(id: $id) {\n      id\n      status\n      proposedById\n      decidedById\n      decidedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OaReject($id: ID!, $reason: String!) {\n    rejectOfficerAccessProposal(id: $id, reason: $reason) {\n      id\n      status\n      decidedById\n      decisionReason\n    }\n  }\n"): (typeof documents)["\n  mutation OaReject($id: ID!, $reason: String!) {\n    rejectOfficerAccessProposal(id: $id, reason: $reason) {\n      id\n      status\n      decidedById\n      decisionReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OaProposals($status: OfficerAccessProposalStatus) {\n    officerAccessProposals(status: $status) {\n      edges {\n        node {\n          id\n          officerId\n          addRoles\n          addOverseenForceIds\n          status\n          proposedById\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OaProposals($status: OfficerAccessProposalStatus) {\n    officerAccessProposals(status: $status) {\n      edges {\n        node {\n          id\n          officerId\n          addRoles\n          addOverseenForceIds\n          status\n          proposedById\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OaGrants($forceId: ID) {\n    oversightGrants(forceId: $forceId) {\n      edges {\n        node {\n          officerId\n          forceId\n          proposalId\n          proposedById\n          approvedById\n          grantedAt\n          revokedAt\n          revokedById\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OaGrants($forceId: ID) {\n    oversightGrants(forceId: $forceId) {\n      edges {\n        node {\n          officerId\n          forceId\n          proposalId\n          proposedById\n          approvedById\n          grantedAt\n          revokedAt\n          revokedById\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OaMe {\n    me {\n      id\n      roles\n      overseesForceIds\n    }\n  }\n"): (typeof documents)["\n  query OaMe {\n    me {\n      id\n      roles\n      overseesForceIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OaAuditEvents($filter: AuditEventFilter) {\n    auditEvents(filter: $filter, first: 100) {\n      edges {\n        node {\n          action\n          subjectId\n          forceId\n          reason\n          details\n          actor {\n            officerId\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OaAuditEvents($filter: AuditEventFilter) {\n    auditEvents(filter: $filter, first: 100) {\n      edges {\n        node {\n          action\n          subjectId\n          forceId\n          reason\n          details\n          actor {\n            officerId\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OaCases {\n    cases {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OaCases {\n    cases {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OversightStatistics($from: DateTimeISO!, $to: DateTimeISO!, $forceId: ID) {\n    oversightStatistics(from: $from, to: $to, forceId: $forceId) {\n      from\n      to\n      minGroupSize\n      forces {\n        id\n        code\n      }\n      months {\n        ...ForcePeriodFigures\n      }\n      totals {\n        ...ForcePeriodFigures\n      }\n      outcomeMonitoring {\n        forceId\n        dimension\n        group\n        suppressed\n        suppressionReason\n        people\n        candidatesReturned\n        candidatesConfirmed\n        confirmedLaterExcluded\n        confirmedLaterCorroborated\n        confirmationRate\n        exclusionRate\n      }\n    }\n  }\n\n  fragment ForcePeriodFigures on ForcePeriodStatistics {\n    forceId\n    forceCode\n    month\n    requests\n    byPurpose {\n      category\n      count\n    }\n    byOffenceCategory {\n      category\n      count\n    }\n    bySourceType {\n      category\n      count\n    }\n    authorisationRequired\n    authorised\n    refused\n    searchesRun\n    outcomes {\n      confirmed\n      noViableCandidate\n      noCandidatesAboveThreshold\n      disputed\n      adjudicatedConfirmed\n      adjudicatedNoViableCandidate\n      awaitingAdjudication\n      withdrawn\n      expired\n      inProgress\n    }\n    reviewerAgreement {\n      reviewedByBoth\n      agreed\n      rate\n      candidateDecisionsCompared\n      candidateDecisionsAgreed\n      candidateDecisionRate\n    }\n    timeToOutcome {\n      count\n      medianSeconds\n      p90Seconds\n    }\n    searchesIncludingUnder18\n    searchesIncludingNotConvicted\n    thresholdOverrides\n    crossForceSearches\n    leadsCorroborated\n    leadsExcluded\n    leadActions {\n      leadsActedOn\n      leadsActedOnWithCorroboration\n      leadsActedOnWithoutCorroboration\n      proposed\n      taken\n      rejected\n      awaitingDecision\n      refusedWithoutCorroboration\n      takenByType {\n        category\n        count\n      }\n      timeFromOutcomeToAction {\n        count\n        medianSeconds\n        p90Seconds\n        suppressed\n      }\n    }\n    deletionRequests {\n      received\n      granted\n      refused\n      pending\n      timeToDecide {\n        count\n        medianSeconds\n        p90Seconds\n      }\n    }\n    retention {\n      requestsPurged\n      purgedAfterNoViableCandidate\n      purgedAfterCaseClosure\n      purgedAfterHold\n      holdsPlaced\n      holdsRenewed\n      holdsReleased\n      holdsLapsed\n    }\n    compliance {\n      completedSearches\n      sampled\n      notSampled\n      awaitingReview\n      reviewed\n      overdue\n      completedLate\n      reviewsWithNotMet\n      findings {\n        criterion\n        result\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query OversightStatistics($from: DateTimeISO!, $to: DateTimeISO!, $forceId: ID) {\n    oversightStatistics(from: $from, to: $to, forceId: $forceId) {\n      from\n      to\n      minGroupSize\n      forces {\n        id\n        code\n      }\n      months {\n        ...ForcePeriodFigures\n      }\n      totals {\n        ...ForcePeriodFigures\n      }\n      outcomeMonitoring {\n        forceId\n        dimension\n        group\n        suppressed\n        suppressionReason\n        people\n        candidatesReturned\n        candidatesConfirmed\n        confirmedLaterExcluded\n        confirmedLaterCorroborated\n        confirmationRate\n        exclusionRate\n      }\n    }\n  }\n\n  fragment ForcePeriodFigures on ForcePeriodStatistics {\n    forceId\n    forceCode\n    month\n    requests\n    byPurpose {\n      category\n      count\n    }\n    byOffenceCategory {\n      category\n      count\n    }\n    bySourceType {\n      category\n      count\n    }\n    authorisationRequired\n    authorised\n    refused\n    searchesRun\n    outcomes {\n      confirmed\n      noViableCandidate\n      noCandidatesAboveThreshold\n      disputed\n      adjudicatedConfirmed\n      adjudicatedNoViableCandidate\n      awaitingAdjudication\n      withdrawn\n      expired\n      inProgress\n    }\n    reviewerAgreement {\n      reviewedByBoth\n      agreed\n      rate\n      candidateDecisionsCompared\n      candidateDecisionsAgreed\n      candidateDecisionRate\n    }\n    timeToOutcome {\n      count\n      medianSeconds\n      p90Seconds\n    }\n    searchesIncludingUnder18\n    searchesIncludingNotConvicted\n    thresholdOverrides\n    crossForceSearches\n    leadsCorroborated\n    leadsExcluded\n    leadActions {\n      leadsActedOn\n      leadsActedOnWithCorroboration\n      leadsActedOnWithoutCorroboration\n      proposed\n      taken\n      rejected\n      awaitingDecision\n      refusedWithoutCorroboration\n      takenByType {\n        category\n        count\n      }\n      timeFromOutcomeToAction {\n        count\n        medianSeconds\n        p90Seconds\n        suppressed\n      }\n    }\n    deletionRequests {\n      received\n      granted\n      refused\n      pending\n      timeToDecide {\n        count\n        medianSeconds\n        p90Seconds\n      }\n    }\n    retention {\n      requestsPurged\n      purgedAfterNoViableCandidate\n      purgedAfterCaseClosure\n      purgedAfterHold\n      holdsPlaced\n      holdsRenewed\n      holdsReleased\n      holdsLapsed\n    }\n    compliance {\n      completedSearches\n      sampled\n      notSampled\n      awaitingReview\n      reviewed\n      overdue\n      completedLate\n      reviewsWithNotMet\n      findings {\n        criterion\n        result\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditEventFilter, $first: Int!, $after: String, $order: AuditEventOrder!) {\n    auditEvents(filter: $filter, first: $first, after: $after, order: $order) {\n      edges {\n        node {\n          seq\n          id\n          occurredAt\n          actor {\n            officerId\n            forceId\n          }\n          action\n          subjectType\n          subjectId\n          forceId\n          reason\n          details\n          prevHash\n          hash\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($filter: AuditEventFilter, $first: Int!, $after: String, $order: AuditEventOrder!) {\n    auditEvents(filter: $filter, first: $first, after: $after, order: $order) {\n      edges {\n        node {\n          seq\n          id\n          occurredAt\n          actor {\n            officerId\n            forceId\n          }\n          action\n          subjectType\n          subjectId\n          forceId\n          reason\n          details\n          prevHash\n          hash\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PmReviewQueue {\n    reviewQueue {\n      available(first: 200) {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PmReviewQueue {\n    reviewQueue {\n      available(first: 200) {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PmProbeProvenance($id: ID!) {\n    searchRequest(id: $id) {\n      id\n      probeProvenance {\n        sourceType\n      }\n    }\n  }\n"): (typeof documents)["\n  query PmProbeProvenance($id: ID!) {\n    searchRequest(id: $id) {\n      id\n      probeProvenance {\n        sourceType\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PmPacketProvenance($taskId: ID!) {\n    reviewPacket(taskId: $taskId) {\n      probeProvenance {\n        sourceType\n      }\n    }\n  }\n"): (typeof documents)["\n  query PmPacketProvenance($taskId: ID!) {\n    reviewPacket(taskId: $taskId) {\n      probeProvenance {\n        sourceType\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PmPackProvenance($id: ID!) {\n    disclosurePack(id: $id) {\n      probe {\n        provenance {\n          sourceType\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PmPackProvenance($id: ID!) {\n    disclosurePack(id: $id) {\n      probe {\n        provenance {\n          sourceType\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PmRegisterDocument($input: RegisterGovernanceDocumentVersionInput!) {\n    registerGovernanceDocumentVersion(input: $input) {\n      id\n      documentId\n    }\n  }\n"): (typeof documents)["\n  mutation PmRegisterDocument($input: RegisterGovernanceDocumentVersionInput!) {\n    registerGovernanceDocumentVersion(input: $input) {\n      id\n      documentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PmApproveDocument($versionId: ID!) {\n    approveGovernanceDocumentVersion(versionId: $versionId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PmApproveDocument($versionId: ID!) {\n    approveGovernanceDocumentVersion(versionId: $versionId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PmAcknowledgeDocument($versionId: ID!) {\n    acknowledgeGovernanceDocument(versionId: $versionId) {\n      versionId\n    }\n  }\n"): (typeof documents)["\n  mutation PmAcknowledgeDocument($versionId: ID!) {\n    acknowledgeGovernanceDocument(versionId: $versionId) {\n      versionId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PmGovernanceDocuments($forceId: ID) {\n    governanceDocuments(forceId: $forceId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query PmGovernanceDocuments($forceId: ID) {\n    governanceDocuments(forceId: $forceId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PmGovernanceFile($versionId: ID!) {\n    governanceDocumentFile(versionId: $versionId) {\n      sha256\n    }\n  }\n"): (typeof documents)["\n  query PmGovernanceFile($versionId: ID!) {\n    governanceDocumentFile(versionId: $versionId) {\n      sha256\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PmPendingAcknowledgements {\n    pendingGovernanceAcknowledgements {\n      id\n    }\n  }\n"): (typeof documents)["\n  query PmPendingAcknowledgements {\n    pendingGovernanceAcknowledgements {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PmSetRequiredDocuments($input: SetRequiredGovernanceDocumentsInput!) {\n    setRequiredGovernanceDocuments(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PmSetRequiredDocuments($input: SetRequiredGovernanceDocumentsInput!) {\n    setRequiredGovernanceDocuments(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PmMe {\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query PmMe {\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PmForces {\n    forces(first: 200) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PmForces {\n    forces(first: 200) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PmOfficers {\n    officers(first: 200) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PmOfficers {\n    officers(first: 200) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PmCreateOfficer($input: CreateOfficerInput!) {\n    createOfficer(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PmCreateOfficer($input: CreateOfficerInput!) {\n    createOfficer(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PmSetRoles($officerId: ID!, $roles: [Role!]!) {\n    setOfficerRoles(officerId: $officerId, roles: $roles) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PmSetRoles($officerId: ID!, $roles: [Role!]!) {\n    setOfficerRoles(officerId: $officerId, roles: $roles) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PmChangeAccess($input: ChangeOfficerAccessInput!) {\n    changeOfficerAccess(input: $input) {\n      proposal {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PmChangeAccess($input: ChangeOfficerAccessInput!) {\n    changeOfficerAccess(input: $input) {\n      proposal {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PmApproveProposal($id: ID!) {\n    approveOfficerAccessProposal(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PmApproveProposal($id: ID!) {\n    approveOfficerAccessProposal(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PmRejectProposal($id: ID!) {\n    rejectOfficerAccessProposal(id: $id, reason: \"Not trained for this role yet.\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PmRejectProposal($id: ID!) {\n    rejectOfficerAccessProposal(id: $id, reason: \"Not trained for this role yet.\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PmProposals {\n    officerAccessProposals(first: 200) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PmProposals {\n    officerAccessProposals(first: 200) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PmOversightGrants {\n    oversightGrants(first: 200) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PmOversightGrants {\n    oversightGrants(first: 200) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PmSharingAgreements {\n    sharingAgreements(first: 200) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PmSharingAgreements {\n    sharingAgreements(first: 200) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PmCreateAgreement($input: CreateSharingAgreementInput!) {\n    createSharingAgreement(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PmCreateAgreement($input: CreateSharingAgreementInput!) {\n    createSharingAgreement(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PmComplianceReviews {\n    complianceReviews(first: 200) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PmComplianceReviews {\n    complianceReviews(first: 200) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PmClaimCompliance($id: ID!) {\n    claimComplianceReview(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PmClaimCompliance($id: ID!) {\n    claimComplianceReview(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PmCompleteCompliance($input: CompleteComplianceReviewInput!) {\n    completeComplianceReview(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PmCompleteCompliance($input: CompleteComplianceReviewInput!) {\n    completeComplianceReview(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PmComplianceSettings($input: SetComplianceReviewSettingsInput!) {\n    setComplianceReviewSettings(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PmComplianceSettings($input: SetComplianceReviewSettingsInput!) {\n    setComplianceReviewSettings(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PmSetThresholdFloor($input: SetThresholdFloorInput!) {\n    setThresholdFloor(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PmSetThresholdFloor($input: SetThresholdFloorInput!) {\n    setThresholdFloor(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PmRetentionPolicy($forceId: ID) {\n    retentionPolicy(forceId: $forceId) {\n      forceId\n      afterNoViableCandidateDays\n    }\n  }\n"): (typeof documents)["\n  query PmRetentionPolicy($forceId: ID) {\n    retentionPolicy(forceId: $forceId) {\n      forceId\n      afterNoViableCandidateDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PmSetRetentionPolicy($input: SetRetentionPolicyInput!) {\n    setRetentionPolicy(input: $input) {\n      forceId\n    }\n  }\n"): (typeof documents)["\n  mutation PmSetRetentionPolicy($input: SetRetentionPolicyInput!) {\n    setRetentionPolicy(input: $input) {\n      forceId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PmRecordCorroboration($input: RecordLeadCorroborationInput!) {\n    recordLeadCorroboration(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PmRecordCorroboration($input: RecordLeadCorroborationInput!) {\n    recordLeadCorroboration(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PmProposeLeadAction($input: ProposeLeadActionInput!) {\n    proposeLeadAction(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PmProposeLeadAction($input: ProposeLeadActionInput!) {\n    proposeLeadAction(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PmApproveLeadAction($input: DecideLeadActionInput!) {\n    approveLeadAction(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PmApproveLeadAction($input: DecideLeadActionInput!) {\n    approveLeadAction(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PmRejectLeadAction($input: DecideLeadActionInput!) {\n    rejectLeadAction(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PmRejectLeadAction($input: DecideLeadActionInput!) {\n    rejectLeadAction(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PmLead($requestId: ID!) {\n    lead(requestId: $requestId) {\n      requestId\n    }\n  }\n"): (typeof documents)["\n  query PmLead($requestId: ID!) {\n    lead(requestId: $requestId) {\n      requestId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PmLeadActions {\n    leadActions(first: 200) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PmLeadActions {\n    leadActions(first: 200) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PmPlaceHold($requestId: ID!, $reason: String!, $reviewAt: DateTimeISO!) {\n    placeRetentionHold(requestId: $requestId, reason: $reason, reviewAt: $reviewAt) {\n      id\n      inForce\n    }\n  }\n"): (typeof documents)["\n  mutation PmPlaceHold($requestId: ID!, $reason: String!, $reviewAt: DateTimeISO!) {\n    placeRetentionHold(requestId: $requestId, reason: $reason, reviewAt: $reviewAt) {\n      id\n      inForce\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PmReleaseHold($requestId: ID!, $reason: String!) {\n    releaseRetentionHold(requestId: $requestId, reason: $reason) {\n      id\n      inForce\n    }\n  }\n"): (typeof documents)["\n  mutation PmReleaseHold($requestId: ID!, $reason: String!) {\n    releaseRetentionHold(requestId: $requestId, reason: $reason) {\n      id\n      inForce\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PmCloseCase($caseId: ID!, $reason: String!) {\n    closeCase(caseId: $caseId, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PmCloseCase($caseId: ID!, $reason: String!) {\n    closeCase(caseId: $caseId, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PmModelCalibrations {\n    modelCalibrations {\n      id\n    }\n  }\n"): (typeof documents)["\n  query PmModelCalibrations {\n    modelCalibrations {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PmModelVersions($forceId: ID) {\n    forceModelVersions(forceId: $forceId) {\n      modelVersion\n    }\n  }\n"): (typeof documents)["\n  query PmModelVersions($forceId: ID) {\n    forceModelVersions(forceId: $forceId) {\n      modelVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PmModelSwitches($forceId: ID) {\n    modelSwitches(forceId: $forceId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query PmModelSwitches($forceId: ID) {\n    modelSwitches(forceId: $forceId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PmProposeSwitch($input: ProposeModelSwitchInput!) {\n    proposeModelSwitch(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PmProposeSwitch($input: ProposeModelSwitchInput!) {\n    proposeModelSwitch(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PmApproveSwitch($input: DecideModelSwitchInput!) {\n    approveModelSwitch(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PmApproveSwitch($input: DecideModelSwitchInput!) {\n    approveModelSwitch(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PmWithdrawSwitch($input: DecideModelSwitchInput!) {\n    withdrawModelSwitch(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PmWithdrawSwitch($input: DecideModelSwitchInput!) {\n    withdrawModelSwitch(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PmDeleteModelTemplates($input: DeleteModelTemplatesInput!) {\n    deleteModelTemplates(input: $input) {\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation PmDeleteModelTemplates($input: DeleteModelTemplatesInput!) {\n    deleteModelTemplates(input: $input) {\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PmSetProbeGate($input: SetProbeHitRateGateInput!) {\n    setProbeHitRateGate(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PmSetProbeGate($input: SetProbeHitRateGateInput!) {\n    setProbeHitRateGate(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PmRevokeAgreement($id: ID!) {\n    revokeSharingAgreement(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PmRevokeAgreement($id: ID!) {\n    revokeSharingAgreement(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PmCase($id: ID!) {\n    case(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query PmCase($id: ID!) {\n    case(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PmCases {\n    cases(first: 200) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PmCases {\n    cases(first: 200) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PmCreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PmCreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PmAssign($caseId: ID!, $officerId: ID!) {\n    assignCaseOfficer(caseId: $caseId, officerId: $officerId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PmAssign($caseId: ID!, $officerId: ID!) {\n    assignCaseOfficer(caseId: $caseId, officerId: $officerId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PmEnrol($input: EnrolCustodyImageInput!) {\n    enrolCustodyImage(input: $input) {\n      duplicate\n    }\n  }\n"): (typeof documents)["\n  mutation PmEnrol($input: EnrolCustodyImageInput!) {\n    enrolCustodyImage(input: $input) {\n      duplicate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PmCustodyImage($id: ID!) {\n    custodyImage(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query PmCustodyImage($id: ID!) {\n    custodyImage(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PmCustodyImagePerson($id: ID!) {\n    custodyImage(id: $id) {\n      id\n      personReference\n    }\n  }\n"): (typeof documents)["\n  query PmCustodyImagePerson($id: ID!) {\n    custodyImage(id: $id) {\n      id\n      personReference\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PmDue($before: DateTimeISO!) {\n    custodyImagesDueForReview(before: $before, first: 200) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PmDue($before: DateTimeISO!) {\n    custodyImagesDueForReview(before: $before, first: 200) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PmDeletionRequests {\n    deletionRequests(first: 200) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PmDeletionRequests {\n    deletionRequests(first: 200) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PmRequestDeletion($input: RequestDeletionInput!) {\n    requestCustodyImageDeletion(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PmRequestDeletion($input: RequestDeletionInput!) {\n    requestCustodyImageDeletion(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PmDecideDeletion($id: ID!) {\n    decideDeletionRequest(id: $id, grant: false, rationale: \"Convicted; retention justified.\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PmDecideDeletion($id: ID!) {\n    decideDeletionRequest(id: $id, grant: false, rationale: \"Convicted; retention justified.\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PmVerify {\n    verifyAuditChain {\n      ok\n    }\n  }\n"): (typeof documents)["\n  query PmVerify {\n    verifyAuditChain {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PmAuditEvents {\n    auditEvents(first: 1) {\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query PmAuditEvents {\n    auditEvents(first: 1) {\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PmChainHead {\n    exportAuditChainHead {\n      seq\n    }\n  }\n"): (typeof documents)["\n  mutation PmChainHead {\n    exportAuditChainHead {\n      seq\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PhrSetGate($input: SetProbeHitRateGateInput!) {\n    setProbeHitRateGate(input: $input) {\n      id\n      probeHitRateFloor\n      probeHitRateOverrideAllowed\n    }\n  }\n"): (typeof documents)["\n  mutation PhrSetGate($input: SetProbeHitRateGateInput!) {\n    setProbeHitRateGate(input: $input) {\n      id\n      probeHitRateFloor\n      probeHitRateOverrideAllowed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PhrCreateSearch($input: CreateSearchRequestInput!) {\n    createSearchRequest(input: $input) {\n      id\n      status\n      authorisationReasons\n      probeHitRateFloor\n      probeHitRateOverrideReason\n      probeExpectedHitRate {\n        rankOne\n        inCandidateList\n        basedOnProbes\n        modelVersion\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PhrCreateSearch($input: CreateSearchRequestInput!) {\n    createSearchRequest(input: $input) {\n      id\n      status\n      authorisationReasons\n      probeHitRateFloor\n      probeHitRateOverrideReason\n      probeExpectedHitRate {\n        rankOne\n        inCandidateList\n        basedOnProbes\n        modelVersion\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PhrReadSearch($id: ID!) {\n    searchRequest(id: $id) {\n      id\n      status\n      visibleFields\n      probeHitRateFloor\n      probeHitRateOverrideReason\n      probeExpectedHitRate {\n        rankOne\n        inCandidateList\n      }\n    }\n  }\n"): (typeof documents)["\n  query PhrReadSearch($id: ID!) {\n    searchRequest(id: $id) {\n      id\n      status\n      visibleFields\n      probeHitRateFloor\n      probeHitRateOverrideReason\n      probeExpectedHitRate {\n        rankOne\n        inCandidateList\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PhrSubmit($id: ID!) {\n    submitSearchRequest(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PhrSubmit($id: ID!) {\n    submitSearchRequest(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PhrAuthorise($id: ID!, $rationale: String!) {\n    decideSearchAuthorisation(id: $id, authorise: true, rationale: $rationale) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PhrAuthorise($id: ID!, $rationale: String!) {\n    decideSearchAuthorisation(id: $id, authorise: true, rationale: $rationale) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PvCreate($input: CreateSearchRequestInput!) {\n    createSearchRequest(input: $input) {\n      id\n      status\n      probeProvenance {\n        sourceType\n        otherSourceType\n        obtainedBy\n        obtainedAt\n        obtainedFrom\n        exhibitReference\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PvCreate($input: CreateSearchRequestInput!) {\n    createSearchRequest(input: $input) {\n      id\n      status\n      probeProvenance {\n        sourceType\n        otherSourceType\n        obtainedBy\n        obtainedAt\n        obtainedFrom\n        exhibitReference\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PvRead($id: ID!) {\n    searchRequest(id: $id) {\n      id\n      visibleFields\n      probeProvenance {\n        sourceType\n        otherSourceType\n        obtainedBy\n        obtainedAt\n        obtainedFrom\n        exhibitReference\n      }\n      purged {\n        rule\n      }\n    }\n  }\n"): (typeof documents)["\n  query PvRead($id: ID!) {\n    searchRequest(id: $id) {\n      id\n      visibleFields\n      probeProvenance {\n        sourceType\n        otherSourceType\n        obtainedBy\n        obtainedAt\n        obtainedFrom\n        exhibitReference\n      }\n      purged {\n        rule\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PvPacket($taskId: ID!) {\n    reviewPacket(taskId: $taskId) {\n      probeProvenance {\n        sourceType\n        otherSourceType\n        obtainedBy\n        obtainedAt\n        obtainedFrom\n        exhibitReference\n      }\n    }\n  }\n"): (typeof documents)["\n  query PvPacket($taskId: ID!) {\n    reviewPacket(taskId: $taskId) {\n      probeProvenance {\n        sourceType\n        otherSourceType\n        obtainedBy\n        obtainedAt\n        obtainedFrom\n        exhibitReference\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PvPack($id: ID!) {\n    disclosurePack(id: $id) {\n      request {\n        probeProvenance {\n          sourceType\n          exhibitReference\n        }\n      }\n      probe {\n        imageBase64\n        provenance {\n          sourceType\n          otherSourceType\n          obtainedBy\n          obtainedAt\n          obtainedFrom\n          exhibitReference\n        }\n      }\n      html\n    }\n  }\n"): (typeof documents)["\n  query PvPack($id: ID!) {\n    disclosurePack(id: $id) {\n      request {\n        probeProvenance {\n          sourceType\n          exhibitReference\n        }\n      }\n      probe {\n        imageBase64\n        provenance {\n          sourceType\n          otherSourceType\n          obtainedBy\n          obtainedAt\n          obtainedFrom\n          exhibitReference\n        }\n      }\n      html\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PvStatistics($from: DateTimeISO!, $to: DateTimeISO!) {\n    oversightStatistics(from: $from, to: $to) {\n      months {\n        forceCode\n        month\n        requests\n        bySourceType {\n          category\n          count\n        }\n      }\n      totals {\n        forceCode\n        requests\n        bySourceType {\n          category\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PvStatistics($from: DateTimeISO!, $to: DateTimeISO!) {\n    oversightStatistics(from: $from, to: $to) {\n      months {\n        forceCode\n        month\n        requests\n        bySourceType {\n          category\n          count\n        }\n      }\n      totals {\n        forceCode\n        requests\n        bySourceType {\n          category\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetPurgedRequest($id: ID!) {\n    searchRequest(id: $id) {\n      id\n      status\n      outcome {\n        result\n        custodyRecord {\n          custodyImageId\n        }\n      }\n      probeImage {\n        kind\n      }\n      candidates {\n        id\n      }\n      reviews {\n        stage\n        decisions {\n          candidateId\n        }\n      }\n      purged {\n        purgedAt\n        rule\n        retentionDays\n        probeSha256\n        counts {\n          probeImages\n          probeTemplates\n          candidates\n          reviewDecisions\n        }\n      }\n      retentionHold {\n        inForce\n      }\n    }\n  }\n"): (typeof documents)["\n  query RetPurgedRequest($id: ID!) {\n    searchRequest(id: $id) {\n      id\n      status\n      outcome {\n        result\n        custodyRecord {\n          custodyImageId\n        }\n      }\n      probeImage {\n        kind\n      }\n      candidates {\n        id\n      }\n      reviews {\n        stage\n        decisions {\n          candidateId\n        }\n      }\n      purged {\n        purgedAt\n        rule\n        retentionDays\n        probeSha256\n        counts {\n          probeImages\n          probeTemplates\n          candidates\n          reviewDecisions\n        }\n      }\n      retentionHold {\n        inForce\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetDisclosurePack($id: ID!) {\n    disclosurePack(id: $id) {\n      candidates {\n        rank\n      }\n      probe {\n        mimeType\n        sha256\n        imageBase64\n        purged {\n          rule\n        }\n      }\n      html\n    }\n  }\n"): (typeof documents)["\n  query RetDisclosurePack($id: ID!) {\n    disclosurePack(id: $id) {\n      candidates {\n        rank\n      }\n      probe {\n        mimeType\n        sha256\n        imageBase64\n        purged {\n          rule\n        }\n      }\n      html\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetStatistics($from: DateTimeISO!, $to: DateTimeISO!) {\n    oversightStatistics(from: $from, to: $to) {\n      totals {\n        forceCode\n        retention {\n          requestsPurged\n          purgedAfterNoViableCandidate\n          purgedAfterCaseClosure\n          holdsPlaced\n          holdsReleased\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RetStatistics($from: DateTimeISO!, $to: DateTimeISO!) {\n    oversightStatistics(from: $from, to: $to) {\n      totals {\n        forceCode\n        retention {\n          requestsPurged\n          purgedAfterNoViableCandidate\n          purgedAfterCaseClosure\n          holdsPlaced\n          holdsReleased\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetSetPolicy($input: SetRetentionPolicyInput!) {\n    setRetentionPolicy(input: $input) {\n      forceId\n      afterNoViableCandidateDays\n      set\n    }\n  }\n"): (typeof documents)["\n  mutation RetSetPolicy($input: SetRetentionPolicyInput!) {\n    setRetentionPolicy(input: $input) {\n      forceId\n      afterNoViableCandidateDays\n      set\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetPlaceHold($requestId: ID!, $reason: String!, $reviewAt: DateTimeISO!) {\n    placeRetentionHold(requestId: $requestId, reason: $reason, reviewAt: $reviewAt) {\n      id\n      inForce\n      reviewAt\n    }\n  }\n"): (typeof documents)["\n  mutation RetPlaceHold($requestId: ID!, $reason: String!, $reviewAt: DateTimeISO!) {\n    placeRetentionHold(requestId: $requestId, reason: $reason, reviewAt: $reviewAt) {\n      id\n      inForce\n      reviewAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetRecordLead($requestId: ID!) {\n    recordLeadOutcome(requestId: $requestId, result: CORROBORATED, note: \"Found by other evidence later.\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RetRecordLead($requestId: ID!) {\n    recordLeadOutcome(requestId: $requestId, result: CORROBORATED, note: \"Found by other evidence later.\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WfCreateSearchRaw($input: CreateSearchRequestInput!) {\n    createSearchRequest(input: $input) {\n      id\n      status\n      threshold\n      k\n      authorisationRequired\n      authorisationReasons\n      probeQuality {\n        acceptable\n        faceSizePx\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WfCreateSearchRaw($input: CreateSearchRequestInput!) {\n    createSearchRequest(input: $input) {\n      id\n      status\n      threshold\n      k\n      authorisationRequired\n      authorisationReasons\n      probeQuality {\n        acceptable\n        faceSizePx\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WfForceFloors {\n    forces {\n      edges {\n        node {\n          code\n          thresholdFloor\n          thresholdFloorFalseMatchRate\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WfForceFloors {\n    forces {\n      edges {\n        node {\n          code\n          thresholdFloor\n          thresholdFloorFalseMatchRate\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WfDecideAuthorisationRaw($id: ID!, $authorise: Boolean!, $rationale: String!) {\n    decideSearchAuthorisation(id: $id, authorise: $authorise, rationale: $rationale) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation WfDecideAuthorisationRaw($id: ID!, $authorise: Boolean!, $rationale: String!) {\n    decideSearchAuthorisation(id: $id, authorise: $authorise, rationale: $rationale) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveAvailableTasks {\n    availableReviewTasks {\n      taskId\n      requestId\n      stage\n      change\n      status\n      version\n      occurredAt\n    }\n  }\n"): (typeof documents)["\n  subscription LiveAvailableTasks {\n    availableReviewTasks {\n      taskId\n      requestId\n      stage\n      change\n      status\n      version\n      occurredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveMyTasks {\n    myReviewTaskChanges {\n      taskId\n      requestId\n      stage\n      change\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  subscription LiveMyTasks {\n    myReviewTaskChanges {\n      taskId\n      requestId\n      stage\n      change\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveMyRequests {\n    mySearchRequestChanges {\n      requestId\n      from\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  subscription LiveMyRequests {\n    mySearchRequestChanges {\n      requestId\n      from\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveDisputes {\n    disputedSearchRequests {\n      requestId\n      from\n      status\n    }\n  }\n"): (typeof documents)["\n  subscription LiveDisputes {\n    disputedSearchRequests {\n      requestId\n      from\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveReviewQueue {\n    reviewQueue {\n      available {\n        edges {\n          node {\n            id\n            requestId\n            stage\n            status\n          }\n        }\n      }\n      held {\n        edges {\n          node {\n            id\n            status\n          }\n        }\n      }\n      disputes {\n        edges {\n          node {\n            id\n            status\n          }\n        }\n      }\n      asOf\n    }\n  }\n"): (typeof documents)["\n  query LiveReviewQueue {\n    reviewQueue {\n      available {\n        edges {\n          node {\n            id\n            requestId\n            stage\n            status\n          }\n        }\n      }\n      held {\n        edges {\n          node {\n            id\n            status\n          }\n        }\n      }\n      disputes {\n        edges {\n          node {\n            id\n            status\n          }\n        }\n      }\n      asOf\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveSetRoles($officerId: ID!, $roles: [Role!]!) {\n    setOfficerRoles(officerId: $officerId, roles: $roles) {\n      id\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation LiveSetRoles($officerId: ID!, $roles: [Role!]!) {\n    setOfficerRoles(officerId: $officerId, roles: $roles) {\n      id\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation LiveReassign($taskId: ID!, $reason: String!) {\n              reassignReviewTask(taskId: $taskId, reason: $reason) {\n                id\n                status\n              }\n            }\n          "): (typeof documents)["\n            mutation LiveReassign($taskId: ID!, $reason: String!) {\n              reassignReviewTask(taskId: $taskId, reason: $reason) {\n                id\n                status\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustedMe {\n    me {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query TrustedMe {\n    me {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpCreateSearch($input: CreateSearchRequestInput!) {\n    createSearchRequest(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation UpCreateSearch($input: CreateSearchRequestInput!) {\n    createSearchRequest(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpSubmit($id: ID!) {\n    submitSearchRequest(id: $id) {\n      id\n      status\n      candidateCount\n    }\n  }\n"): (typeof documents)["\n  mutation UpSubmit($id: ID!) {\n    submitSearchRequest(id: $id) {\n      id\n      status\n      candidateCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupportCreateOfficer($input: CreateOfficerInput!) {\n    createOfficer(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SupportCreateOfficer($input: CreateOfficerInput!) {\n    createOfficer(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportPendingProposals {\n    officerAccessProposals {\n      edges {\n        node {\n          id\n          officerId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupportPendingProposals {\n    officerAccessProposals {\n      edges {\n        node {\n          id\n          officerId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupportApproveProposal($id: ID!) {\n    approveOfficerAccessProposal(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SupportApproveProposal($id: ID!) {\n    approveOfficerAccessProposal(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WfCreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation WfCreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WfAssignOfficer($caseId: ID!, $officerId: ID!) {\n    assignCaseOfficer(caseId: $caseId, officerId: $officerId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation WfAssignOfficer($caseId: ID!, $officerId: ID!) {\n    assignCaseOfficer(caseId: $caseId, officerId: $officerId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WfEnrol($input: EnrolCustodyImageInput!) {\n    enrolCustodyImage(input: $input) {\n      image {\n        id\n        subjectId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WfEnrol($input: EnrolCustodyImageInput!) {\n    enrolCustodyImage(input: $input) {\n      image {\n        id\n        subjectId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WfCreateSearch($input: CreateSearchRequestInput!) {\n    createSearchRequest(input: $input) {\n      id\n      status\n      version\n      authorisationRequired\n      authorisationReasons\n      threshold\n      k\n      probeQuality {\n        faceSizePx\n        acceptable\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WfCreateSearch($input: CreateSearchRequestInput!) {\n    createSearchRequest(input: $input) {\n      id\n      status\n      version\n      authorisationRequired\n      authorisationReasons\n      threshold\n      k\n      probeQuality {\n        faceSizePx\n        acceptable\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WfSubmitSearch($id: ID!, $expectedVersion: Int) {\n    submitSearchRequest(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n      candidateCount\n    }\n  }\n"): (typeof documents)["\n  mutation WfSubmitSearch($id: ID!, $expectedVersion: Int) {\n    submitSearchRequest(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n      candidateCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WfDecideAuthorisation($id: ID!, $authorise: Boolean!, $rationale: String!, $expectedVersion: Int) {\n    decideSearchAuthorisation(\n      id: $id\n      authorise: $authorise\n      rationale: $rationale\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      status\n      version\n      candidateCount\n    }\n  }\n"): (typeof documents)["\n  mutation WfDecideAuthorisation($id: ID!, $authorise: Boolean!, $rationale: String!, $expectedVersion: Int) {\n    decideSearchAuthorisation(\n      id: $id\n      authorise: $authorise\n      rationale: $rationale\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      status\n      version\n      candidateCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WfRunSearch($id: ID!) {\n    runSearch(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WfRunSearch($id: ID!) {\n    runSearch(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WfSearchRequest($id: ID!) {\n    searchRequest(id: $id) {\n      id\n      forceId\n      caseId\n      requesterId\n      status\n      version\n      createdAt\n      submittedAt\n      searchedAt\n      outcomeAt\n      endedAt\n      expiresAt\n      threshold\n      k\n      includeUnder18\n      includeNotConvicted\n      galleryForceIds\n      authorisationRequired\n      authorisationReasons\n      purpose\n      legalBasis\n      justification\n      offenceCategory\n      crimeReference\n      probeQuality {\n        faceSizePx\n        sharpness\n        detectorScore\n        acceptable\n      }\n      authorisation {\n        decision\n        decidedById\n        decidedAt\n        rationale\n      }\n      endReason\n      modelVersion\n      policySnapshot {\n        forceCodes\n        modelVersion\n        threshold\n        thresholdFloor\n        thresholdFloorFalseMatchRate\n        minimumThreshold\n        scoreCalibration\n        k\n        includeUnder18\n        excludedRetentionClasses\n        excludedStatuses\n        eligibleCount\n        takenAt\n        searchMethod {\n          kind\n          reason\n          shortlist\n        }\n      }\n      candidateCount\n      outcome {\n        result\n        caveat\n        basis\n        decidedAt\n        custodyRecord {\n          custodyImageId\n          custodyReference\n          personReference\n          status\n        }\n      }\n      candidates {\n        id\n        rank\n        score\n        custodyImageId\n        image {\n          kind\n          candidateId\n        }\n      }\n      reviews {\n        stage\n        status\n        reviewerId\n        claimedAt\n        submittedAt\n        decisions {\n          rank\n          decision\n          rationale\n        }\n      }\n      adjudication {\n        adjudicatedById\n        adjudicatedAt\n        result\n        candidateId\n        rationale\n      }\n      probeImage {\n        kind\n      }\n      visibleFields\n    }\n  }\n"): (typeof documents)["\n  query WfSearchRequest($id: ID!) {\n    searchRequest(id: $id) {\n      id\n      forceId\n      caseId\n      requesterId\n      status\n      version\n      createdAt\n      submittedAt\n      searchedAt\n      outcomeAt\n      endedAt\n      expiresAt\n      threshold\n      k\n      includeUnder18\n      includeNotConvicted\n      galleryForceIds\n      authorisationRequired\n      authorisationReasons\n      purpose\n      legalBasis\n      justification\n      offenceCategory\n      crimeReference\n      probeQuality {\n        faceSizePx\n        sharpness\n        detectorScore\n        acceptable\n      }\n      authorisation {\n        decision\n        decidedById\n        decidedAt\n        rationale\n      }\n      endReason\n      modelVersion\n      policySnapshot {\n        forceCodes\n        modelVersion\n        threshold\n        thresholdFloor\n        thresholdFloorFalseMatchRate\n        minimumThreshold\n        scoreCalibration\n        k\n        includeUnder18\n        excludedRetentionClasses\n        excludedStatuses\n        eligibleCount\n        takenAt\n        searchMethod {\n          kind\n          reason\n          shortlist\n        }\n      }\n      candidateCount\n      outcome {\n        result\n        caveat\n        basis\n        decidedAt\n        custodyRecord {\n          custodyImageId\n          custodyReference\n          personReference\n          status\n        }\n      }\n      candidates {\n        id\n        rank\n        score\n        custodyImageId\n        image {\n          kind\n          candidateId\n        }\n      }\n      reviews {\n        stage\n        status\n        reviewerId\n        claimedAt\n        submittedAt\n        decisions {\n          rank\n          decision\n          rationale\n        }\n      }\n      adjudication {\n        adjudicatedById\n        adjudicatedAt\n        result\n        candidateId\n        rationale\n      }\n      probeImage {\n        kind\n      }\n      visibleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WfSearchRequests($status: SearchRequestStatus, $caseId: ID) {\n    searchRequests(status: $status, caseId: $caseId) {\n      edges {\n        node {\n          id\n          status\n          forceId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WfSearchRequests($status: SearchRequestStatus, $caseId: ID) {\n    searchRequests(status: $status, caseId: $caseId) {\n      edges {\n        node {\n          id\n          status\n          forceId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WfReviewTasks($requestId: ID, $status: ReviewTaskStatus, $stage: ReviewStage) {\n    reviewTasks(requestId: $requestId, status: $status, stage: $stage) {\n      edges {\n        node {\n          id\n          requestId\n          stage\n          status\n          version\n          claimedById\n          claimedAt\n          claimExpiresAt\n          submittedAt\n          decisions {\n            rank\n            decision\n            rationale\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WfReviewTasks($requestId: ID, $status: ReviewTaskStatus, $stage: ReviewStage) {\n    reviewTasks(requestId: $requestId, status: $status, stage: $stage) {\n      edges {\n        node {\n          id\n          requestId\n          stage\n          status\n          version\n          claimedById\n          claimedAt\n          claimExpiresAt\n          submittedAt\n          decisions {\n            rank\n            decision\n            rationale\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WfClaimTask($taskId: ID!) {\n    claimReviewTask(taskId: $taskId) {\n      id\n      status\n      claimedById\n      claimExpiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation WfClaimTask($taskId: ID!) {\n    claimReviewTask(taskId: $taskId) {\n      id\n      status\n      claimedById\n      claimExpiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WfReleaseTask($taskId: ID!) {\n    releaseReviewTask(taskId: $taskId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WfReleaseTask($taskId: ID!) {\n    releaseReviewTask(taskId: $taskId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WfReassignTask($taskId: ID!, $reviewerId: ID, $reason: String!) {\n    reassignReviewTask(taskId: $taskId, reviewerId: $reviewerId, reason: $reason) {\n      id\n      status\n      claimedById\n    }\n  }\n"): (typeof documents)["\n  mutation WfReassignTask($taskId: ID!, $reviewerId: ID, $reason: String!) {\n    reassignReviewTask(taskId: $taskId, reviewerId: $reviewerId, reason: $reason) {\n      id\n      status\n      claimedById\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WfReviewPacket($taskId: ID!) {\n    reviewPacket(taskId: $taskId) {\n      task {\n        id\n        stage\n        status\n        version\n        claimExpiresAt\n      }\n      scoresHidden\n      probe {\n        kind\n      }\n      candidates {\n        id\n        rank\n        score\n        image {\n          kind\n          candidateId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WfReviewPacket($taskId: ID!) {\n    reviewPacket(taskId: $taskId) {\n      task {\n        id\n        stage\n        status\n        version\n        claimExpiresAt\n      }\n      scoresHidden\n      probe {\n        kind\n      }\n      candidates {\n        id\n        rank\n        score\n        image {\n          kind\n          candidateId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WfReviewPacketImages($taskId: ID!) {\n    reviewPacket(taskId: $taskId) {\n      probe {\n        content {\n          mimeType\n          dataBase64\n          viewId\n        }\n      }\n      candidates {\n        id\n        rank\n        image {\n          content {\n            mimeType\n            dataBase64\n            viewId\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WfReviewPacketImages($taskId: ID!) {\n    reviewPacket(taskId: $taskId) {\n      probe {\n        content {\n          mimeType\n          dataBase64\n          viewId\n        }\n      }\n      candidates {\n        id\n        rank\n        image {\n          content {\n            mimeType\n            dataBase64\n            viewId\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WfSubmitReview($input: SubmitReviewInput!) {\n    submitReview(input: $input) {\n      id\n      stage\n      status\n      submittedAt\n      decisions {\n        rank\n        decision\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WfSubmitReview($input: SubmitReviewInput!) {\n    submitReview(input: $input) {\n      id\n      stage\n      status\n      submittedAt\n      decisions {\n        rank\n        decision\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WfRequestImages($id: ID!) {\n    searchRequest(id: $id) {\n      probeImage {\n        content {\n          dataBase64\n        }\n      }\n      candidates {\n        id\n        rank\n        image {\n          content {\n            dataBase64\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WfRequestImages($id: ID!) {\n    searchRequest(id: $id) {\n      probeImage {\n        content {\n          dataBase64\n        }\n      }\n      candidates {\n        id\n        rank\n        image {\n          content {\n            dataBase64\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WfAdjudicate(\n    $id: ID!\n    $result: SearchOutcome!\n    $candidateId: ID\n    $rationale: String!\n    $expectedVersion: Int\n  ) {\n    adjudicateSearchRequest(\n      id: $id\n      result: $result\n      candidateId: $candidateId\n      rationale: $rationale\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation WfAdjudicate(\n    $id: ID!\n    $result: SearchOutcome!\n    $candidateId: ID\n    $rationale: String!\n    $expectedVersion: Int\n  ) {\n    adjudicateSearchRequest(\n      id: $id\n      result: $result\n      candidateId: $candidateId\n      rationale: $rationale\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WfClose($id: ID!, $expectedVersion: Int) {\n    closeSearchRequest(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WfClose($id: ID!, $expectedVersion: Int) {\n    closeSearchRequest(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WfWithdraw($id: ID!, $reason: String!, $expectedVersion: Int) {\n    withdrawSearchRequest(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WfWithdraw($id: ID!, $reason: String!, $expectedVersion: Int) {\n    withdrawSearchRequest(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WfDisclosurePack($id: ID!) {\n    disclosurePack(id: $id) {\n      reference\n      generatedAt\n      forceCode\n      outcomeCandidateRank\n      request {\n        id\n        status\n        justification\n        threshold\n        k\n        modelVersion\n        policySnapshot {\n          eligibleCount\n          forceCodes\n        }\n        authorisation {\n          decision\n          rationale\n        }\n        outcome {\n          result\n          caveat\n        }\n        reviews {\n          stage\n          reviewerId\n          decisions {\n            rank\n            decision\n            rationale\n          }\n        }\n        adjudication {\n          result\n          rationale\n        }\n      }\n      candidates {\n        rank\n        score\n        custodyImageId\n        custodyReference\n      }\n      probe {\n        mimeType\n        sha256\n        imageBase64\n        quality {\n          faceSizePx\n        }\n        expectedHitRate {\n          rankOne\n          inCandidateList\n        }\n        hitRateFloor\n        hitRateOverrideReason\n      }\n      officers {\n        id\n        displayName\n      }\n      auditTrail {\n        seq\n        action\n        actorOfficerId\n      }\n      html\n    }\n  }\n"): (typeof documents)["\n  query WfDisclosurePack($id: ID!) {\n    disclosurePack(id: $id) {\n      reference\n      generatedAt\n      forceCode\n      outcomeCandidateRank\n      request {\n        id\n        status\n        justification\n        threshold\n        k\n        modelVersion\n        policySnapshot {\n          eligibleCount\n          forceCodes\n        }\n        authorisation {\n          decision\n          rationale\n        }\n        outcome {\n          result\n          caveat\n        }\n        reviews {\n          stage\n          reviewerId\n          decisions {\n            rank\n            decision\n            rationale\n          }\n        }\n        adjudication {\n          result\n          rationale\n        }\n      }\n      candidates {\n        rank\n        score\n        custodyImageId\n        custodyReference\n      }\n      probe {\n        mimeType\n        sha256\n        imageBase64\n        quality {\n          faceSizePx\n        }\n        expectedHitRate {\n          rankOne\n          inCandidateList\n        }\n        hitRateFloor\n        hitRateOverrideReason\n      }\n      officers {\n        id\n        displayName\n      }\n      auditTrail {\n        seq\n        action\n        actorOfficerId\n      }\n      html\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WfVerifyChain {\n    verifyAuditChain {\n      ok\n      checked\n    }\n  }\n"): (typeof documents)["\n  query WfVerifyChain {\n    verifyAuditChain {\n      ok\n      checked\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;