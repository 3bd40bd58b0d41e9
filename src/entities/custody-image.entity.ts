import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CustodyImageStatus, RetentionClass } from './gallery.enums';

/**
 * One custody photograph's record. The bytes live in `custody_image_blob` and the face template in
 * `face_template`, so that lists never load either; a granted deletion removes both and keeps
 * this row as a tombstone with no biometric data.
 */
@ObjectType()
@Entity('custody_image')
@Index(['forceId', 'imageSha256'], { unique: true })
export class CustodyImage {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ name: 'force_id', type: 'uuid' })
  forceId: string;

  @Field(() => ID)
  @Index()
  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Field({ description: 'Custody or arrest reference the photo was taken under' })
  @Column({ name: 'custody_reference', type: 'text' })
  custodyReference: string;

  @Field()
  @Column({ name: 'captured_at', type: 'timestamptz' })
  capturedAt: Date;

  @Field(() => RetentionClass)
  @Column({ name: 'retention_class', type: 'text' })
  retentionClass: RetentionClass;

  @Field()
  @Column({ name: 'under18_at_capture', type: 'boolean' })
  under18AtCapture: boolean;

  @Field(() => String, { nullable: true, description: 'Age band at capture, e.g. 18-24' })
  @Column({ name: 'age_band', type: 'text', nullable: true })
  ageBand: string | null;

  @Field({ description: 'When retention must next be reviewed' })
  @Index()
  @Column({ name: 'review_due_at', type: 'timestamptz' })
  reviewDueAt: Date;

  @Field(() => CustodyImageStatus)
  @Column({ type: 'text', default: CustodyImageStatus.ACTIVE })
  status: CustodyImageStatus;

  /** sha256 of the original bytes: enrolment is idempotent per force. Cleared on deletion. */
  @Column({ name: 'image_sha256', type: 'char', length: 64, nullable: true })
  imageSha256: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'enrolled_by_id', type: 'uuid', nullable: true })
  enrolledById: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
