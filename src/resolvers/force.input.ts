import { IsOptional, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class CreateSharingAgreementInput {
  @Field(() => ID, { description: 'The force that may search your gallery' })
  @IsUUID()
  searchingForceId: string;

  @Field({ description: 'Reference of the signed agreement' })
  @Length(3, 200)
  reference: string;

  @Field()
  validFrom: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  validUntil?: Date;
}
