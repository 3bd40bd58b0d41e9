export { Database } from './database';
export type { DatabaseOptions, DatabaseTarget, Tx } from './database';
export { isDatabaseUnavailable } from './availability';
