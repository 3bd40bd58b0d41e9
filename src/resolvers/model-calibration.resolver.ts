import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ModelCalibration } from '../entities';
import type { GraphQLContext } from '../schema/context.type';
import { PolicySnapshotType } from './search-request.type';

@Resolver(() => ModelCalibration)
export class ModelCalibrationResolver {
  @Authorized()
  @Query(() => [ModelCalibration], {
    description:
      "Every face model calibration the service has recorded, newest first: what each model version's cosines mean as false-match rates (oversight and force admins). One per model version and measurement, a handful: a plain list",
  })
  modelCalibrations(@Ctx() { request, services }: GraphQLContext): Promise<ModelCalibration[]> {
    return services.calibrations.list(request);
  }
}

@Resolver(() => PolicySnapshotType)
export class PolicySnapshotResolver {
  @FieldResolver(() => ModelCalibration, {
    nullable: true,
    description:
      'The recorded calibration the threshold and floor were read against (aggregate figures; null: recorded before)',
  })
  calibration(
    @Root() snapshot: PolicySnapshotType,
    @Ctx() { services }: GraphQLContext,
  ): Promise<ModelCalibration | null> | null {
    return snapshot.calibrationId ? services.calibrations.byId(snapshot.calibrationId) : null;
  }
}
