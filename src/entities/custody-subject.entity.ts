import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * A person in a force's custody records. Self-defined ethnicity, sex and age band are kept only
 * for outcome monitoring (are false matches spread evenly across groups?).
 */
@ObjectType()
@Entity('custody_subject')
@Unique(['forceId', 'personReference'])
export class CustodySubject {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'force_id', type: 'uuid' })
  forceId: string;

  @Field({ description: "The force's own person reference (e.g. a PNC id)" })
  @Column({ name: 'person_reference', type: 'text' })
  personReference: string;

  @Field(() => String, { nullable: true, description: '16+1 self-defined ethnicity code' })
  @Column({ name: 'self_defined_ethnicity', type: 'text', nullable: true })
  selfDefinedEthnicity: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  sex: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
