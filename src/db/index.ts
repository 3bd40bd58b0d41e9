export { Database, txOf } from './database';
export type { DatabaseTarget, Tx } from './database';
export { isDatabaseUnavailable } from './availability';
