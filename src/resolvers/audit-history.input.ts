import { ArrayMaxSize, IsOptional, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { AuditAction } from '../entities';

@InputType('AuditEventFilter', {
  description: 'Every filter given applies (AND); times are [occurredFrom, occurredTo)',
})
export class AuditEventFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only events concerning this force (one you oversee)' })
  @IsOptional()
  @IsUUID()
  forceId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only events caused by this officer' })
  @IsOptional()
  @IsUUID()
  actorOfficerId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The whole trail of one search request in one list: its own events and those about its parts (review tasks, image views, content reads, authorisation, failures, denials, disclosure)',
  })
  @IsOptional()
  @IsUUID()
  searchRequestId?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. Case or SearchRequest' })
  @IsOptional()
  @Length(1, 200)
  subjectType?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'With subjectType: the history of one case or request',
  })
  @IsOptional()
  @Length(1, 200)
  subjectId?: string | null;

  @Field(() => [AuditAction], { nullable: true, description: 'Any of these actions' })
  @IsOptional()
  @ArrayMaxSize(50)
  actions?: AuditAction[] | null;

  @Field(() => Date, { nullable: true, description: 'Inclusive' })
  @IsOptional()
  occurredFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Exclusive' })
  @IsOptional()
  occurredTo?: Date | null;
}
