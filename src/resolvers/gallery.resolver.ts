import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CustodyImage, DeletionRequest, DeletionRequestStatus } from '../entities';
import type { GraphQLContext } from '../schema/context.type';
import type { Page } from '../services';
import { PageArgs } from './connection.type';
import { CustodyImageConnection, DeletionRequestConnection } from './connections.type';
import { DecideDeletionArgs, EnrolCustodyImageInput, RequestDeletionInput } from './gallery.input';
import { EnrolmentResult } from './gallery.type';
import { imageSource } from './image-source';

@Resolver(() => CustodyImage)
export class GalleryResolver {
  @Authorized()
  @Mutation(() => EnrolmentResult, {
    description: "Enrol one custody photograph into your force's gallery (gallery managers)",
  })
  async enrolCustodyImage(
    @Arg('input') input: EnrolCustodyImageInput,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<EnrolmentResult> {
    const { imageUploadId, imageBase64, faceIndex, ...record } = input;
    const outcome = await services.gallery.enrol(
      request,
      record,
      imageSource('image', imageUploadId, imageBase64),
      faceIndex,
    );
    return {
      image: outcome.image,
      duplicate: outcome.duplicate,
      faceIndex: outcome.face?.index,
      faceBox: outcome.face?.box,
      quality: outcome.face?.quality,
    };
  }

  @FieldResolver(() => String, {
    description:
      "The force's own person reference (e.g. a PNC id) of the person photographed: shown to whoever may read the image",
  })
  personReference(
    @Root() image: CustodyImage,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<string> {
    return services.gallery.personReference(request, image);
  }

  @Authorized()
  @Query(() => CustodyImage)
  custodyImage(
    @Arg('id', () => ID) id: string,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<CustodyImage> {
    return services.gallery.get(request, id);
  }

  @Authorized()
  @Query(() => CustodyImageConnection, {
    description: 'Records whose retention review is due before the given time, soonest due first',
  })
  custodyImagesDueForReview(
    @Arg('before', () => Date) before: Date,
    @Args() { first, after }: PageArgs,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<Page<CustodyImage>> {
    return services.gallery.dueForReview(request, before, { first, after });
  }

  @Authorized()
  @Query(() => DeletionRequestConnection, { description: 'Deletion requests you may see, newest first' })
  deletionRequests(
    @Arg('status', () => DeletionRequestStatus, { nullable: true }) status: DeletionRequestStatus | undefined,
    @Args() { first, after }: PageArgs,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<Page<DeletionRequest>> {
    return services.gallery.deletionRequests(request, status, { first, after });
  }

  @Authorized()
  @Mutation(() => DeletionRequest, {
    description: 'Record a request to delete custody images; they leave every search at once',
  })
  requestCustodyImageDeletion(
    @Arg('input') input: RequestDeletionInput,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<DeletionRequest> {
    return services.gallery.requestDeletion(request, input);
  }

  @Authorized()
  @Mutation(() => DeletionRequest, {
    description: 'Grant (delete bytes, template and every derived copy) or refuse a pending request',
  })
  decideDeletionRequest(
    @Args() { id, grant, rationale }: DecideDeletionArgs,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<DeletionRequest> {
    return services.gallery.decideDeletion(request, id, grant, rationale);
  }
}
