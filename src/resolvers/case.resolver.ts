import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { CaseFile, CaseStatus } from '../entities';
import type { GraphQLContext } from '../schema/context.type';
import { CreateCaseInput } from './case.input';
import { CloseCaseArgs } from './retention.input';
import { PageArgs } from './connection.type';
import { CaseConnection } from './connections.type';
import type { Page } from '../services';

@Resolver(() => CaseFile)
export class CaseResolver {
  @Authorized()
  @Query(() => CaseFile)
  case(@Arg('id', () => ID) id: string, @Ctx() { request, services }: GraphQLContext): Promise<CaseFile> {
    return services.cases.get(request, id);
  }

  @Authorized()
  @Query(() => CaseConnection, { description: 'Cases you may see, newest first (by creation, then id)' })
  cases(
    @Arg('status', () => CaseStatus, { nullable: true }) status: CaseStatus | undefined,
    @Args() { first, after }: PageArgs,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<Page<CaseFile>> {
    return services.cases.list(request, { status }, { first, after });
  }

  @Authorized()
  @Mutation(() => CaseFile)
  createCase(
    @Arg('input') input: CreateCaseInput,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<CaseFile> {
    return services.cases.create(request, input);
  }

  @Authorized()
  @Mutation(() => CaseFile)
  assignCaseOfficer(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('officerId', () => ID) officerId: string,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<CaseFile> {
    return services.cases.assignOfficer(request, caseId, officerId);
  }

  @Authorized()
  @Mutation(() => CaseFile, {
    description:
      "Close a case none of whose searches is still being worked on, with a reason (its officers or a supervisor; audited). Its searches' retention after closure counts from then",
  })
  closeCase(
    @Args() { caseId, reason }: CloseCaseArgs,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<CaseFile> {
    return services.cases.close(request, caseId, reason);
  }
}
