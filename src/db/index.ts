export { Database } from './database';
export type { DatabaseTarget, Tx } from './database';
