import { Force, type ModelValidation } from '../../src/entities';
import { computeValidation, cosineAtFalseMatchRate, type ValidationSearch } from '../../src/policy';
import type { TestServer } from './test-server';

/**
 * Records a force's validation of a model version whose equitable threshold is `equitable`
 * (default: the force's floor under that version, so its searches at the floor need nothing more), as
 * `npm run validate-model` would after a run, from a small set of scores built so that the rates
 * put it there: two groups, each with an impostor pair just under `equitable` (so the ladder's
 * lower step fails the target) and none at or above it. For tests that need a version validated
 * (a switch) or a known equitable threshold (searches below it); the tool's own run is tested in
 * test/api/model-validation.e2e.spec.ts.
 */
export async function recordValidation(
  server: TestServer,
  forceCode: string,
  modelVersion: string,
  threshold?: number,
): Promise<ModelValidation> {
  const { services } = server.twokey;
  const force = await server.db.manager.findOneOrFail(Force, { where: { code: forceCode } });
  const equitable =
    threshold ??
    cosineAtFalseMatchRate(services.models.calibration(modelVersion), force.thresholdFloorFalseMatchRate);
  const searches: ValidationSearch[] = ['A', 'B'].map((group) => ({
    identity: `person ${group}`,
    attributes: { ethnicity: `fixture group ${group}`, sex: 'not stated', ageBand: 'not stated' },
    mateScore: Math.min(0.9999, equitable + 0.1),
    impostorScores: [equitable - 0.02],
  }));
  const settings = {
    ladder: [equitable - 0.05, equitable],
    topK: 20,
    minGroupSize: 1,
    falseMatchRateTarget: force.thresholdFloorFalseMatchRate,
    maxGroupRatio: 2,
  };
  const result = computeValidation(searches, settings);
  if (result.equitableThreshold !== equitable)
    throw new Error('the fixture scores did not give the threshold');
  return services.validations.record({
    ...settings,
    ...result,
    forceId: force.id,
    modelVersion: services.models.resolve(modelVersion).modelVersion,
    faceModel: services.models.resolve(modelVersion).faceModel,
    datasetDescription: 'test fixture: synthetic scores of two labelled groups',
    datasetSha256: '0'.repeat(64),
    imageCount: 4,
    unusableImages: 0,
    gallerySize: 2,
    matedSearches: 2,
    nonMatedSearches: 0,
    runBy: 'test support',
    runAt: new Date(),
  });
}
