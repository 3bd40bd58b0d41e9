import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from './roles';

export enum OfficerAccessProposalStatus {
  /** Waiting for a second authorised person. */
  PENDING = 'PENDING',
  /** A second authorised person approved it; the access was granted then. */
  APPROVED = 'APPROVED',
  /** Turned down (or withdrawn by its proposer), with a reason; nothing was granted. */
  REJECTED = 'REJECTED',
}

/**
 * A grant that opens case content, proposed by one authorised officer and applied only when a
 * second, different authorised officer approves it (the two-person rule). It only ever adds:
 * roles, overseen forces, a later certification date. Removing access needs no proposal.
 * The database refuses an approval by the proposer or by the officer it is for.
 */
@ObjectType({
  description:
    'A proposed grant of roles, oversight or certification, waiting for (or decided by) a second person',
})
@Entity('officer_access_proposal')
@Index(['status', 'officerForceId'])
export class OfficerAccessProposal {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'The officer who would receive the access' })
  @Index()
  @Column({ name: 'officer_id', type: 'uuid' })
  officerId: string;

  @Field(() => ID, { description: "That officer's force" })
  @Column({ name: 'officer_force_id', type: 'uuid' })
  officerForceId: string;

  @Field(() => [Role])
  @Column({ name: 'add_roles', type: 'text', array: true, default: () => "'{}'" })
  addRoles: Role[];

  @Field(() => [ID], { description: 'Forces the officer would oversee in addition' })
  @Column({ name: 'add_overseen_force_ids', type: 'uuid', array: true, default: () => "'{}'" })
  addOverseenForceIds: string[];

  @Field(() => Date, {
    nullable: true,
    description: 'A later reviewer certification date, if one is proposed',
  })
  @Column({ name: 'reviewer_certified_until', type: 'timestamptz', nullable: true })
  reviewerCertifiedUntil: Date | null;

  @Field(() => OfficerAccessProposalStatus)
  @Column({ type: 'text' })
  status: OfficerAccessProposalStatus;

  @Field(() => ID)
  @Column({ name: 'proposed_by_id', type: 'uuid' })
  proposedById: string;

  @Field()
  @Column({ name: 'proposed_at', type: 'timestamptz' })
  proposedAt: Date;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true })
  decidedById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was rejected' })
  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason: string | null;
}

/**
 * Oversight of one force held by one officer: who proposed it, who approved it, when, and when
 * and by whom it was revoked. `officer.overseesForceIds` (what the policy reads) is always the set
 * of the officer's unrevoked grants; the officer service changes both in one transaction.
 */
@ObjectType({ description: 'Oversight of a force granted to an officer, and its revocation' })
@Entity('oversight_grant')
export class OversightGrant {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ name: 'officer_id', type: 'uuid' })
  officerId: string;

  @Field(() => ID, { description: 'The overseen force' })
  @Column({ name: 'force_id', type: 'uuid' })
  forceId: string;

  /** Null only for grants that existed before grants were recorded (and the demo data). */
  @Field(() => ID, { nullable: true })
  @Column({ name: 'proposal_id', type: 'uuid', nullable: true })
  proposalId: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'proposed_by_id', type: 'uuid', nullable: true })
  proposedById: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'approved_by_id', type: 'uuid', nullable: true })
  approvedById: string | null;

  @Field()
  @Column({ name: 'granted_at', type: 'timestamptz' })
  grantedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'revoked_by_id', type: 'uuid', nullable: true })
  revokedById: string | null;
}
