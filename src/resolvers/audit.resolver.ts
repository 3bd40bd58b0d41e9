import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../schema/context.type';
import { ChainVerificationResult, ExportedChainHeadInput } from './audit.type';

@Resolver()
export class AuditResolver {
  @Authorized()
  @Query(() => ChainVerificationResult, {
    description:
      'Recompute the audit hash chain and compare it with its anchors and, if given, a head exported earlier (oversight)',
  })
  verifyAuditChain(
    @Arg('fromSeq', () => Int, { nullable: true }) fromSeq: number | undefined,
    @Arg('toSeq', () => Int, { nullable: true }) toSeq: number | undefined,
    @Arg('exportedHead', () => ExportedChainHeadInput, {
      nullable: true,
      description: 'A head from exportAuditChainHead, kept outside the database',
    })
    exportedHead: ExportedChainHeadInput | undefined,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<ChainVerificationResult> {
    return services.audit.verifyChain(request, { fromSeq, toSeq }, exportedHead);
  }
}
