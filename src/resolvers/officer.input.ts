import { ArrayMaxSize, ArrayUnique, IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Role } from '../entities';

@InputType()
export class CreateOfficerInput {
  @Field({ description: "The identity provider's subject for this officer" })
  @Length(3, 200)
  @Matches(/^[\w.@:-]+$/, { message: 'subject may contain letters, digits and . _ @ : - only' })
  subject: string;

  @Field()
  @Length(2, 200)
  displayName: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 20)
  collarNumber?: string;

  @Field(() => [Role])
  @ArrayUnique()
  @ArrayMaxSize(7)
  roles: Role[];

  @Field(() => Date, { nullable: true })
  @IsOptional()
  reviewerCertifiedUntil?: Date;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true })
  overseesForceIds?: string[];
}
