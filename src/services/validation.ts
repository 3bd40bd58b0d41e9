import { badInput } from '../errors';

/** Free text that must say something: trimmed, with a minimum length. */
export function requireText(
  value: string | null | undefined,
  field: string,
  min: number,
  max = 5000,
): string {
  const text = (value ?? '').trim();
  if (text.length < min) throw badInput(`${field} must be at least ${min} characters`, { field, min });
  if (text.length > max) throw badInput(`${field} must be at most ${max} characters`, { field, max });
  return text;
}
