import { ValidateBy, type ValidationOptions } from 'class-validator';
import type { TextLimit } from '../services';

/**
 * Free text that must say something (a reason, rationale, justification or note): a string of
 * `limit.min` to `limit.max` characters once leading and trailing whitespace is trimmed, so an empty or
 * all-whitespace reason is refused at the API boundary as BAD_USER_INPUT naming the field. The
 * services apply the same limit again (`requireText`), for callers that do not come through GraphQL.
 */
export function HasText({ min, max }: TextLimit, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'hasText',
      constraints: [min, max],
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && value.trim().length >= min && value.trim().length <= max,
        defaultMessage: (args) =>
          `${args?.property ?? 'the text'} must be ${min} to ${max} characters, not counting leading and trailing spaces`,
      },
    },
    options,
  );
}
