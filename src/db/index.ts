export { Database } from './database';
export type { CommittedEvents, DatabaseOptions, DatabaseTarget, Tx } from './database';
export { isDatabaseUnavailable } from './availability';
export { PreparedEntityQuery } from './prepared-entity-query';
