export { EventQueue, InProcessPubSub, RECENT_EVENT_IDS, RecentIds, SubscriberOverflowError } from './pubsub';
export type { PubSub, RelayTarget } from './pubsub';
export { OutboxRelay, outboxEvent, writeOutbox } from './outbox';
export type { OutboxEvent, OutboxRelayOptions } from './outbox';
export { PgNotifyPubSub } from './pg-notify.pubsub';
export type { PgNotifyOptions } from './pg-notify.pubsub';
export {
  checkPayload,
  decodeMessage,
  encodeMessage,
  EventPayloadError,
  MAX_MESSAGE_BYTES,
  REVIEW_TASK_CHANGES,
  Topic,
  TOPIC_SCHEMAS,
} from './topics';
export type {
  EventMessage,
  OfficerChanged,
  ReviewTaskChange,
  ReviewTaskChanged,
  SearchRequestChanged,
  TopicPayloads,
} from './topics';
