export { Database } from './database';
export type { CommittedEvents, DatabaseOptions, DatabaseTarget, Tx } from './database';
export { isDatabaseUnavailable } from './availability';
export { EntityColumns, PreparedEntityQuery } from './prepared-entity-query';
