/**
 * Field extension of a subscription whose result is decided by the event alone: its resolvers read
 * the event (the root value) and nothing of the subscriber, whatever is selected. Who may hear an
 * event is decided before it is handed to a subscriber (the live feed checks each one's ability),
 * so graphql-ws executes such a subscription once per event and document and sends that result to
 * every socket that subscribed with the same document and variables (src/server/shared-subscribe.ts).
 */
export const SAME_FOR_EVERY_SUBSCRIBER = 'sameForEverySubscriber';
