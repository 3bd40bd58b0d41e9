import { Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../schema/context.type';
import { requestProbeEnhancement, type ProbeEnhancementView, type SearchRequestView } from '../services';
import { EnhanceProbeArgs } from './probe-enhancement.input';
import { ProbeEnhancementType, SearchRequestType } from './search-request.type';

@Resolver(() => SearchRequestType)
export class ProbeEnhancementResolver {
  @Authorized()
  @Mutation(() => SearchRequestType, {
    description:
      "Enhance a draft's probe with allow-listed operations (crop, rotate, mirror undo, brightness, contrast, gamma, greyscale, sharpen, denoise, interpolation upscale): every step is recorded with who applied it, the original and the result are both kept with their hashes, and the search runs on the result. Nothing generative and no compositing: refused with ENHANCEMENT_NOT_ALLOWED",
  })
  enhanceProbe(
    @Args() { requestId, steps, probeFaceIndex, expectedVersion }: EnhanceProbeArgs,
    @Ctx() { request, services }: GraphQLContext,
  ) {
    return services.probeEnhancements.enhance(request, requestId, {
      steps,
      probeFaceIndex: probeFaceIndex ?? undefined,
      expectedVersion: expectedVersion ?? undefined,
    });
  }

  @FieldResolver(() => ProbeEnhancementType, {
    nullable: true,
    description:
      'What was done to the probe before the search: both hashes and every step (null when it was not enhanced, or hidden from you)',
  })
  probeEnhancement(@Root() view: SearchRequestView): Promise<ProbeEnhancementView | null> {
    return requestProbeEnhancement(view);
  }
}
