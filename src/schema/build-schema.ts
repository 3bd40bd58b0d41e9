import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { buildSchema, NonEmptyArray } from 'type-graphql';
import { AuditResolver } from '../resolvers/audit.resolver';
import { AuditHistoryResolver } from '../resolvers/audit-history.resolver';
import { CaseResolver } from '../resolvers/case.resolver';
import { ForceResolver } from '../resolvers/force.resolver';
import { GalleryResolver } from '../resolvers/gallery.resolver';
import { OfficerResolver } from '../resolvers/officer.resolver';
import { FaceImageResolver, ReviewResolver } from '../resolvers/review.resolver';
import { SearchRequestResolver } from '../resolvers/search-request.resolver';
import { authChecker } from './auth-checker';

export const RESOLVERS: NonEmptyArray<new () => object> = [OfficerResolver, ForceResolver, CaseResolver, AuditResolver, AuditHistoryResolver, GalleryResolver, SearchRequestResolver, ReviewResolver, FaceImageResolver];

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    // scalar arguments such as dates are not class instances: only input classes are validated
    validate: { forbidUnknownValues: false },
  });
}
