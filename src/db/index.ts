export { Database } from './database';
export type { CommittedEvents, DatabaseOptions, DatabaseTarget, Tx } from './database';
export { isDatabaseUnavailable } from './availability';
export { EntityColumns, PreparedEntityQuery } from './prepared-entity-query';
export { ReplicaRouter, GALLERY_FENCE_ACTIONS, stampGalleryFence } from './replica-router';
export type { ReplicaLag, ReplicaRouterOptions } from './replica-router';
