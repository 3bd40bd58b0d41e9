import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../schema/context.type';
import { ChainVerificationResult } from './audit.type';

@Resolver()
export class AuditResolver {
  @Authorized()
  @Query(() => ChainVerificationResult, { description: 'Recompute the audit hash chain (oversight)' })
  verifyAuditChain(
    @Arg('fromSeq', () => Int, { nullable: true }) fromSeq: number | undefined,
    @Arg('toSeq', () => Int, { nullable: true }) toSeq: number | undefined,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<ChainVerificationResult> {
    return services.audit.verifyChain(request, { fromSeq, toSeq });
  }
}
