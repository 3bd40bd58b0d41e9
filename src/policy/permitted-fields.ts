import { permittedFieldsOf } from '@casl/ability/extra';
import { subject, type Action, type AppAbility, type SubjectName } from './ability';

/**
 * The fields of `object` that `action` may reach, from the field-level rules (a rule without a
 * field list grants all of `allFields`). Empty when the object may not be reached at all.
 */
export function permittedFields<F extends string>(
  ability: AppAbility,
  action: Action,
  subjectName: SubjectName,
  object: Record<string, unknown>,
  allFields: readonly F[],
): Set<F> {
  const tagged = subject(subjectName, { ...object });
  const permitted = permittedFieldsOf(ability, action, tagged, {
    fieldsFrom: (rule) => rule.fields ?? [...allFields],
  });
  return new Set(allFields.filter((f) => permitted.includes(f)));
}
