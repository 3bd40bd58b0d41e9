import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Lets `searchingForceId` search `galleryForceId`'s custody images while active. */
@ObjectType()
@Entity('sharing_agreement')
@Index(['galleryForceId', 'searchingForceId'])
export class SharingAgreement {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'gallery_force_id', type: 'uuid' })
  galleryForceId: string;

  @Field(() => ID)
  @Column({ name: 'searching_force_id', type: 'uuid' })
  searchingForceId: string;

  @Field()
  @Column({ type: 'text' })
  reference: string;

  @Field()
  @Column({ name: 'valid_from', type: 'timestamptz' })
  validFrom: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'valid_until', type: 'timestamptz', nullable: true })
  validUntil: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  isActiveAt(when: Date): boolean {
    return (
      this.revokedAt === null &&
      this.validFrom <= when &&
      (this.validUntil === null || when < this.validUntil)
    );
  }
}
