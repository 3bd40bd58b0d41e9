import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A face model version's score calibration as the service recorded it: where its cosines put the
 * false-match rates 1e-3, 1e-4 and 1e-5 on a labelled evaluation set (`npm run eval`). Never
 * changed: a re-measured calibration is a new row, and a search's policy snapshot names the row
 * its threshold was read against.
 */
@ObjectType({
  description:
    "A face model version's score calibration (measured by npm run eval on a labelled set): the cosine at each false-match rate a force's floor may be",
})
@Entity('model_calibration')
export class ModelCalibration {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'The model version whose cosines these are' })
  @Column({ name: 'model_version', type: 'text' })
  modelVersion: string;

  @Field({ description: 'The FACE_MODEL name' })
  @Column({ name: 'face_model', type: 'text' })
  faceModel: string;

  /** Hash of the figures: the same calibration is recorded once per model version. */
  @Column({ type: 'text' })
  fingerprint: string;

  @Field({ description: 'The evaluation set and how it was measured' })
  @Column({ type: 'text' })
  dataset: string;

  @Field(() => Int, { description: 'Enrolled images of the evaluation set' })
  @Column({ name: 'gallery_count', type: 'int' })
  galleryCount: number;

  @Field(() => Int, { description: 'Probe images of the evaluation set, each with one enrolled mate' })
  @Column({ name: 'probe_count', type: 'int' })
  probeCount: number;

  @Field(() => Int, { description: 'Probe and mate pairs scored (the true-accept rates rest on these)' })
  @Column({ name: 'genuine_pairs', type: 'int' })
  genuinePairs: number;

  @Field(() => Int, {
    description:
      'Probe and other-gallery-entry pairs scored: the false-match rates rest on these (a rate times this many is how many pairs may score above its cosine: 1e-5 of 612,616 is 6)',
  })
  @Column({ name: 'impostor_pairs', type: 'int' })
  impostorPairs: number;

  @Field(() => Float, {
    description: 'Cosine that at most 1 in 1,000 impostor pairs exceeded (the minimum any search may use)',
  })
  @Column({ name: 'threshold_at_far_1e3', type: 'double precision' })
  thresholdAtFar1e3: number;

  @Field(() => Float, { description: 'Cosine that at most 1 in 10,000 impostor pairs exceeded' })
  @Column({ name: 'threshold_at_far_1e4', type: 'double precision' })
  thresholdAtFar1e4: number;

  @Field(() => Float, {
    description: 'Cosine that at most 1 in 100,000 impostor pairs exceeded (few pairs: coarse)',
  })
  @Column({ name: 'threshold_at_far_1e5', type: 'double precision' })
  thresholdAtFar1e5: number;

  @Field(() => Float, { description: 'Share of genuine pairs above the cosine at 1e-3' })
  @Column({ name: 'tar_at_far_1e3', type: 'double precision' })
  tarAtFar1e3: number;

  @Field(() => Float, { description: 'Share of genuine pairs above the cosine at 1e-4' })
  @Column({ name: 'tar_at_far_1e4', type: 'double precision' })
  tarAtFar1e4: number;

  @Field(() => Float, { description: 'Share of genuine pairs above the cosine at 1e-5' })
  @Column({ name: 'tar_at_far_1e5', type: 'double precision' })
  tarAtFar1e5: number;

  @Field({ description: 'The day npm run eval measured it (YYYY-MM-DD)' })
  @Column({ name: 'measured_on', type: 'date' })
  measuredOn: string;

  @Field({ description: 'When the service first recorded it' })
  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;
}
