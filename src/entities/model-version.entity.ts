import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** Where a model version stands in one force's gallery. */
export enum ForceModelVersionState {
  /** A re-enrolment is making its templates; new enrolments write them as well. */
  ENROLLING = 'ENROLLING',
  /** What the force's searches use: exactly one per force. */
  ACTIVE = 'ACTIVE',
  /** Was active; its templates are still kept (and written), so the force may switch back. */
  RETIRED = 'RETIRED',
  /** Its templates were deleted on request. */
  REMOVED = 'REMOVED',
}

/** States whose templates every new enrolment writes. */
export const MAINTAINED_STATES = [
  ForceModelVersionState.ACTIVE,
  ForceModelVersionState.ENROLLING,
  ForceModelVersionState.RETIRED,
] as const;

/** One force's use of one face model version. */
@Entity('force_model_version')
export class ForceModelVersion {
  @PrimaryColumn({ name: 'force_id', type: 'uuid' })
  forceId: string;

  @PrimaryColumn({ name: 'model_version', type: 'text' })
  modelVersion: string;

  @Column({ type: 'text' })
  state: ForceModelVersionState;

  @Column({ name: 'changed_at', type: 'timestamptz', default: () => 'now()' })
  changedAt: Date;
}

/**
 * A custody image of which a model version could make no template (no usable face under that
 * model): recorded by code only, so that the version's coverage of the gallery can be complete.
 */
@Entity('template_failure')
export class TemplateFailure {
  @PrimaryColumn({ name: 'image_id', type: 'uuid' })
  imageId: string;

  @PrimaryColumn({ name: 'model_version', type: 'text' })
  modelVersion: string;

  @Column({ name: 'force_id', type: 'uuid' })
  forceId: string;

  /** NO_FACE, MULTIPLE_FACES, FACE_TOO_SMALL, LOW_QUALITY, UNREADABLE_IMAGE, ... */
  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;
}

export enum ModelSwitchStatus {
  PROPOSED = 'PROPOSED',
  APPROVED = 'APPROVED',
  WITHDRAWN = 'WITHDRAWN',
}

/** A proposal to switch a force's searches to another face model version, and its approval by a second gallery manager. */
@ObjectType({
  description:
    "A gallery manager's proposal to switch their force's searches to another face model version; a second gallery manager of the force approves it",
})
@Entity('model_switch')
export class ModelSwitch {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'force_id', type: 'uuid' })
  forceId: string;

  @Field({ description: 'The version active when it was proposed' })
  @Column({ name: 'from_version', type: 'text' })
  fromVersion: string;

  @Field({ description: 'The version the force switches to' })
  @Column({ name: 'to_version', type: 'text' })
  toVersion: string;

  @Field(() => ModelSwitchStatus)
  @Column({ type: 'text' })
  status: ModelSwitchStatus;

  @Field(() => ID)
  @Column({ name: 'proposed_by_id', type: 'uuid' })
  proposedById: string;

  @Field()
  @Column({ name: 'proposal_reason', type: 'text' })
  proposalReason: string;

  @Field()
  @Column({ name: 'proposed_at', type: 'timestamptz', default: () => 'now()' })
  proposedAt: Date;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true })
  decidedById: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;
}
