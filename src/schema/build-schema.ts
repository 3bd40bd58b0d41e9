import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { buildSchema, NonEmptyArray, type PubSub } from 'type-graphql';
import { AuditResolver } from '../resolvers/audit.resolver';
import { AuditHistoryResolver } from '../resolvers/audit-history.resolver';
import { CaseResolver } from '../resolvers/case.resolver';
import { ComplianceReviewResolver } from '../resolvers/compliance-review.resolver';
import { ForceResolver } from '../resolvers/force.resolver';
import { GalleryResolver } from '../resolvers/gallery.resolver';
import { GovernanceResolver } from '../resolvers/governance.resolver';
import { LeadActionResolver } from '../resolvers/lead-action.resolver';
import { ProbeEnhancementResolver } from '../resolvers/probe-enhancement.resolver';
import { LeadOutcomeResolver } from '../resolvers/lead-outcome.resolver';
import { ModelCalibrationResolver, PolicySnapshotResolver } from '../resolvers/model-calibration.resolver';
import { ModelValidationResolver } from '../resolvers/model-validation.resolver';
import { ModelVersionResolver } from '../resolvers/model-version.resolver';
import { OfficerResolver } from '../resolvers/officer.resolver';
import { OversightStatisticsResolver } from '../resolvers/oversight-statistics.resolver';
import { RetentionResolver, SearchRequestRetentionResolver } from '../resolvers/retention.resolver';
import { ReviewFeedResolver, ReviewQueueResolver } from '../resolvers/review-feed.resolver';
import { FaceImageResolver, ReviewRecordResolver, ReviewResolver } from '../resolvers/review.resolver';
import { CandidateResolver, SearchRequestResolver } from '../resolvers/search-request.resolver';
import { OutcomeResolver, SearchRequestContentResolver } from '../resolvers/search-request-content.resolver';
import { authChecker } from './auth-checker';
import './enums';

export const RESOLVERS: NonEmptyArray<new () => object> = [
  OfficerResolver,
  ForceResolver,
  CaseResolver,
  AuditResolver,
  AuditHistoryResolver,
  GalleryResolver,
  SearchRequestResolver,
  SearchRequestContentResolver,
  OutcomeResolver,
  CandidateResolver,
  ReviewResolver,
  ReviewRecordResolver,
  FaceImageResolver,
  ReviewFeedResolver,
  ReviewQueueResolver,
  OversightStatisticsResolver,
  LeadOutcomeResolver,
  LeadActionResolver,
  ProbeEnhancementResolver,
  ModelCalibrationResolver,
  ModelValidationResolver,
  PolicySnapshotResolver,
  ModelVersionResolver,
  RetentionResolver,
  SearchRequestRetentionResolver,
  ComplianceReviewResolver,
  GovernanceResolver,
];

/**
 * type-graphql demands a PubSub once a schema has subscriptions, but every twokey subscription
 * brings its own `subscribe` (the services' live feed, over the instance's events), so topics are
 * never used through this one.
 */
const NO_TOPICS: PubSub = {
  publish: () => {
    throw new Error('publish events through Tx.publish, not the schema');
  },
  subscribe: () => {
    throw new Error('every subscription declares its own subscribe function');
  },
};

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    pubSub: NO_TOPICS,
    // scalar arguments such as dates are not class instances: only input classes are validated
    validate: { forbidUnknownValues: false },
  });
}
