import { Field, ID, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { CaseStatus, OffenceCategory } from './roles';

/** An investigation. Every search request hangs off one, and only its officers may open searches on it. */
@ObjectType('Case')
@Entity('case_file')
@Unique(['forceId', 'crimeReference'])
export class CaseFile {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ name: 'force_id', type: 'uuid' })
  forceId: string;

  @Field()
  @Column({ name: 'crime_reference', type: 'text' })
  crimeReference: string;

  @Field(() => OffenceCategory)
  @Column({ name: 'offence_category', type: 'text' })
  offenceCategory: OffenceCategory;

  @Field(() => CaseStatus)
  @Column({ type: 'text', default: CaseStatus.OPEN })
  status: CaseStatus;

  @Field(() => ID)
  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @Field(() => [ID])
  @Column({ name: 'assigned_officer_ids', type: 'uuid', array: true, default: () => "'{}'" })
  assignedOfficerIds: string[];

  @Field(() => Date, {
    nullable: true,
    description: 'When the case was closed (retention periods count from it)',
  })
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'closed_by_id', type: 'uuid', nullable: true })
  closedById: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'close_reason', type: 'text', nullable: true })
  closeReason: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
