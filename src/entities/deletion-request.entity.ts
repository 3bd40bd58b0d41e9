import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DeletionRequestStatus } from './gallery.enums';

/** A request to delete a person's custody images (RMC 2012; Custody Images Review 2017). */
@ObjectType()
@Entity('deletion_request')
export class DeletionRequest {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ name: 'force_id', type: 'uuid' })
  forceId: string;

  @Field(() => ID)
  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Field(() => [ID], { description: 'The images the request covers' })
  @Column({ name: 'image_ids', type: 'uuid', array: true })
  imageIds: string[];

  @Field({ description: 'Who asked (the person or their representative), as recorded' })
  @Column({ name: 'requested_by', type: 'text' })
  requestedBy: string;

  @Field()
  @Column({ type: 'text' })
  grounds: string;

  @Field({ description: 'Under-18 at capture or never convicted: the presumption to delete is stronger' })
  @Column({ name: 'stronger_presumption', type: 'boolean' })
  strongerPresumption: boolean;

  @Field(() => DeletionRequestStatus)
  @Column({ type: 'text', default: DeletionRequestStatus.PENDING })
  status: DeletionRequestStatus;

  @Field(() => ID)
  @Column({ name: 'recorded_by_id', type: 'uuid' })
  recordedById: string;

  @Field()
  @CreateDateColumn({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true })
  decidedById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'decision_rationale', type: 'text', nullable: true })
  decisionRationale: string | null;
}
