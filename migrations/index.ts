import { Foundation1764230000000 } from './1764230000000-Foundation';
import { Gallery1764240000000 } from './1764240000000-Gallery';

/** Every migration, oldest first. New ones are appended here. */
export const MIGRATIONS = [Foundation1764230000000, Gallery1764240000000];
