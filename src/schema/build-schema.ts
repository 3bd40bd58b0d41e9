import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { buildSchema, NonEmptyArray } from 'type-graphql';
import { AuditResolver } from '../resolvers/audit.resolver';
import { AuditHistoryResolver } from '../resolvers/audit-history.resolver';
import { CaseResolver } from '../resolvers/case.resolver';
import { ForceResolver } from '../resolvers/force.resolver';
import { OfficerResolver } from '../resolvers/officer.resolver';
import { authChecker } from './auth-checker';

export const RESOLVERS: NonEmptyArray<new () => object> = [OfficerResolver, ForceResolver, CaseResolver, AuditResolver, AuditHistoryResolver];

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    validate: { forbidUnknownValues: true },
  });
}
