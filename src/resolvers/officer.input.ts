import { ArrayMaxSize, ArrayUnique, IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { OfficerRank, Role } from '../entities';
import { TEXT_LIMITS } from '../services';
import { HasText } from './reason.validator';

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
  @ArrayMaxSize(8)
  roles: Role[];

  @Field(() => Date, { nullable: true })
  @IsOptional()
  reviewerCertifiedUntil?: Date;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  overseesForceIds?: string[];
}

@InputType({
  description:
    'What an officer should have. Removals take effect at once; additions other than REQUESTER become a proposal for a second person to approve.',
})
export class ChangeOfficerAccessInput {
  @Field(() => ID)
  @IsUUID('all')
  officerId: string;

  @Field(() => [Role], { description: 'The roles the officer should hold' })
  @ArrayUnique()
  @ArrayMaxSize(8)
  roles: Role[];

  @Field(() => [ID], {
    nullable: true,
    description: 'The forces the officer should oversee; omitted: unchanged while they keep OVERSIGHT',
  })
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  overseesForceIds?: string[];

  @Field(() => Date, {
    nullable: true,
    description:
      'Facial examiner certification end; omitted: unchanged, null: withdrawn. A later date is a proposal.',
  })
  @IsOptional()
  reviewerCertifiedUntil?: Date | null;
}

@InputType({ description: "An officer's police rank, recorded by a force admin (never one's own)" })
export class SetOfficerRankInput {
  @Field(() => ID)
  @IsUUID()
  officerId: string;

  @Field(() => OfficerRank, { nullable: true, description: 'null: no rank (e.g. police staff)' })
  @IsOptional()
  rank: OfficerRank | null;

  @Field({
    description: `Why the rank is recorded or changed, kept in the audit log (at least ${TEXT_LIMITS.officerRankChangeReason.min} characters)`,
  })
  @HasText(TEXT_LIMITS.officerRankChangeReason)
  reason: string;
}
