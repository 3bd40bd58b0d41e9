import { Foundation1764230000000 } from './1764230000000-Foundation';

/** Every migration, oldest first. New ones are appended here. */
export const MIGRATIONS = [Foundation1764230000000];
