import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A proportion with its 95% Wilson score interval. */
export interface Rate {
  count: number;
  total: number;
  /** count / total; null when total is 0 */
  rate: number | null;
  low: number | null;
  high: number | null;
}

/** The rates of one group at one threshold (definitions in src/policy/model-validation.ts). */
export interface ValidationPoint {
  threshold: number;
  falseMatch: Rate;
  falseNonMatch: Rate;
  falsePositiveIdentification: Rate;
  rankOne: Rate;
  topK: Rate;
}

/** One demographic group of a validation: its size and its rates at each threshold of the ladder. */
export interface ValidationGroup {
  /** 'all', or the attribute: 'ethnicity', 'sex', 'ageBand' */
  attribute: string;
  /** the attribute's value ('all' for the whole set) */
  value: string;
  /** distinct people among the group's probes */
  people: number;
  matedSearches: number;
  nonMatedSearches: number;
  impostorPairs: number;
  /** fewer people than the minimum group size: reported, left out of the equitable threshold */
  belowMinimumSize: boolean;
  points: ValidationPoint[];
}

/**
 * A force's validation of one face model version on its own labelled images (`npm run
 * validate-model`): per demographic group, the false match and false non-match rates (and rank-1 /
 * top-K hit rates) at a ladder of thresholds with 95% intervals and group sizes, the data set's
 * description and hash, who ran it and when, and the equitable threshold derived from it. A force
 * activates a version only with one recorded; a search below the equitable threshold of the
 * latest one needs an authoriser. Rows are never changed: a new run is a new row.
 */
@Entity('model_validation')
export class ModelValidation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'force_id', type: 'uuid' })
  forceId: string;

  @Column({ name: 'model_version', type: 'text' })
  modelVersion: string;

  @Column({ name: 'face_model', type: 'text' })
  faceModel: string;

  /** what the force says the set is: where the images come from, how labels were obtained */
  @Column({ name: 'dataset_description', type: 'text' })
  datasetDescription: string;

  /** sha256 of the manifest and every image it names, in manifest order */
  @Column({ name: 'dataset_sha256', type: 'text' })
  datasetSha256: string;

  @Column({ name: 'image_count', type: 'int' })
  imageCount: number;

  /** images that gave no usable face (left out of every search; counted here) */
  @Column({ name: 'unusable_images', type: 'int' })
  unusableImages: number;

  @Column({ name: 'gallery_size', type: 'int' })
  gallerySize: number;

  @Column({ name: 'mated_searches', type: 'int' })
  matedSearches: number;

  @Column({ name: 'non_mated_searches', type: 'int' })
  nonMatedSearches: number;

  @Column({ name: 'top_k', type: 'int' })
  topK: number;

  @Column({ name: 'min_group_size', type: 'int' })
  minGroupSize: number;

  @Column({ name: 'false_match_rate_target', type: 'double precision' })
  falseMatchRateTarget: number;

  @Column({ name: 'max_group_ratio', type: 'double precision' })
  maxGroupRatio: number;

  /** the thresholds (cosines of the model version), ascending */
  @Column({ type: 'jsonb' })
  ladder: number[];

  @Column({ type: 'jsonb' })
  groups: ValidationGroup[];

  /** cosine of the model version; null: no threshold of the ladder was equitable */
  @Column({ name: 'equitable_threshold', type: 'double precision', nullable: true })
  equitableThreshold: number | null;

  /** who ran it (the operator named to the tool) */
  @Column({ name: 'run_by', type: 'text' })
  runBy: string;

  @Column({ name: 'run_at', type: 'timestamptz' })
  runAt: Date;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;
}
