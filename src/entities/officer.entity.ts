import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { OfficerRank, Role } from './roles';

/** A person who signs in. Roles decide what they may do; `subject` ties them to their token's `sub`. */
@ObjectType()
@Entity('officer')
export class Officer {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ name: 'force_id', type: 'uuid' })
  forceId: string;

  /** The identity provider's subject (`sub` claim). */
  @Column({ type: 'text', unique: true })
  subject: string;

  @Field()
  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'collar_number', type: 'text', nullable: true })
  collarNumber: string | null;

  @Field(() => [Role])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  roles: Role[];

  @Field(() => Date, {
    nullable: true,
    description: 'Facial examiner certification; reviewers need a valid one',
  })
  @Column({ name: 'reviewer_certified_until', type: 'timestamptz', nullable: true })
  reviewerCertifiedUntil: Date | null;

  @Field(() => OfficerRank, {
    nullable: true,
    description:
      'Police rank (null: none recorded, e.g. police staff); a seriousness tier may need an authoriser of at least inspector or superintendent rank',
  })
  @Column({ type: 'text', nullable: true })
  rank: OfficerRank | null;

  @Field(() => [ID], { description: 'Forces an oversight officer oversees' })
  @Column({ name: 'oversees_force_ids', type: 'uuid', array: true, default: () => "'{}'" })
  overseesForceIds: string[];

  @Field()
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
