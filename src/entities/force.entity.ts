import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { GovernanceDocumentKind } from './governance.enums';
import { OffenceCategory } from './roles';

/** A police force: the tenant. Every gallery image, officer and case belongs to exactly one. */
@ObjectType()
@Entity('force')
export class Force {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Short code, e.g. SWP' })
  @Column({ type: 'text', unique: true })
  code: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => [OffenceCategory], { description: 'Offence categories searchable without authorisation' })
  @Column({ name: 'allowed_offence_categories', type: 'text', array: true, default: () => "'{}'" })
  allowedOffenceCategories: OffenceCategory[];

  @Field({
    description:
      'False-match rate of the lowest threshold a search may use without authorisation (0.001, 0.0001 or 0.00001, rates the calibration measured); thresholdFloor is its cosine for the face model in use',
  })
  @Column({ name: 'threshold_floor_false_match_rate', type: 'double precision', default: 0.0001 })
  thresholdFloorFalseMatchRate: number;

  @Field({ description: 'Whether second reviewers see similarity scores' })
  @Column({ name: 'scores_visible_to_second_reviewer', type: 'boolean', default: false })
  scoresVisibleToSecondReviewer: boolean;

  @Field({
    description:
      'Probes whose expected rank-1 rate (SearchRequest.probeExpectedHitRate) is below this are refused (0: no floor)',
  })
  @Column({ name: 'probe_hit_rate_floor', type: 'real', default: 0.2 })
  probeHitRateFloor: number;

  @Field({
    description: 'Whether a probe below the floor may be searched when an authoriser authorises it',
  })
  @Column({ name: 'probe_hit_rate_override_allowed', type: 'boolean', default: false })
  probeHitRateOverrideAllowed: boolean;

  @Field({
    description:
      'Share of completed searches drawn for post-search compliance review (never below the floor, 0.1; 1: every one)',
  })
  @Column({ name: 'compliance_sample_rate', type: 'double precision', default: 1 })
  complianceSampleRate: number;

  @Field(() => Int, { description: 'Days a queued compliance review has before it is overdue' })
  @Column({ name: 'compliance_review_due_days', type: 'int', default: 28 })
  complianceReviewDueDays: number;

  @Field(() => [GovernanceDocumentKind], {
    description:
      'Governance documents that must each have a version in force (approved, within its period) before any search of this force runs; empty: none required',
  })
  @Column({ name: 'required_governance_documents', type: 'text', array: true, default: () => "'{}'" })
  requiredGovernanceDocuments: GovernanceDocumentKind[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
