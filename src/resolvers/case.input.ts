import { Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { OffenceCategory } from '../entities';

@InputType()
export class CreateCaseInput {
  @Field({ description: "The force's crime reference, e.g. 62/12345/26" })
  @Length(3, 64)
  @Matches(/^[\w/.-]+$/, { message: 'crimeReference may contain letters, digits and / . _ - only' })
  crimeReference: string;

  @Field(() => OffenceCategory)
  offenceCategory: OffenceCategory;
}
