import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ReviewStage, ReviewTaskStatus, SearchRequestStatus } from '../entities';
import { REVIEW_TASK_CHANGES, type ReviewTaskChange } from '../events';

export const ReviewTaskChangeEnum = Object.fromEntries(REVIEW_TASK_CHANGES.map((c) => [c, c])) as {
  [K in ReviewTaskChange]: K;
};
registerEnumType(ReviewTaskChangeEnum, {
  name: 'ReviewTaskChange',
  description: 'What happened to a review task',
});

@ObjectType('ReviewTaskNotice', {
  description:
    'A review task changed. Ids and status only: read the task itself with reviewTasks or reviewPacket',
})
export class ReviewTaskNoticeType {
  @Field(() => ID) taskId: string;
  @Field(() => ID) requestId: string;
  @Field(() => ReviewStage) stage: ReviewStage;
  @Field(() => ReviewTaskChangeEnum) change: ReviewTaskChange;
  @Field(() => ReviewTaskStatus, {
    description: 'The status after the change: OPEN means you may claim it now',
  })
  status: ReviewTaskStatus;
  @Field(() => Int, {
    description: 'The task version after the change; ignore a notice older than what you hold',
  })
  version: number;
  @Field() occurredAt: Date;
}

@ObjectType('SearchRequestNotice', {
  description: 'A search request changed state. Ids and status only: read it with searchRequest',
})
export class SearchRequestNoticeType {
  @Field(() => ID) requestId: string;
  @Field(() => SearchRequestStatus) from: SearchRequestStatus;
  @Field(() => SearchRequestStatus) status: SearchRequestStatus;
  @Field(() => Int) version: number;
  @Field() occurredAt: Date;
}

@ObjectType('ReviewQueue', {
  description:
    'Your open review work as it stands: read it on every (re)connection (every page of each list), then apply live notices newer than asOf',
})
export class ReviewQueueType {
  // available, held and disputes: paged field resolvers on ReviewQueueResolver
  @Field() asOf: Date;
}
