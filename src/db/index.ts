export { Database, txOf } from './database';
export type { DatabaseOptions, DatabaseTarget, Tx } from './database';
export { isDatabaseUnavailable } from './availability';
