import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { CaseFile, CaseStatus } from '../entities';
import type { GraphQLContext } from '../schema/context.type';
import { CreateCaseInput } from './case.input';

@Resolver(() => CaseFile)
export class CaseResolver {
  @Authorized()
  @Query(() => CaseFile)
  case(@Arg('id', () => ID) id: string, @Ctx() { request, services }: GraphQLContext): Promise<CaseFile> {
    return services.cases.get(request, id);
  }

  @Authorized()
  @Query(() => [CaseFile], { description: 'Cases you may see, newest first' })
  cases(@Arg('status', () => CaseStatus, { nullable: true }) status: CaseStatus | undefined, @Ctx() { request, services }: GraphQLContext): Promise<CaseFile[]> {
    return services.cases.list(request, { status });
  }

  @Authorized()
  @Mutation(() => CaseFile)
  createCase(@Arg('input') input: CreateCaseInput, @Ctx() { request, services }: GraphQLContext): Promise<CaseFile> {
    return services.cases.create(request, input);
  }

  @Authorized()
  @Mutation(() => CaseFile)
  assignCaseOfficer(@Arg('caseId', () => ID) caseId: string, @Arg('officerId', () => ID) officerId: string, @Ctx() { request, services }: GraphQLContext): Promise<CaseFile> {
    return services.cases.assignOfficer(request, caseId, officerId);
  }
}
