export { defineAbilityFor, subject } from './ability';
export type { Action, AppAbility, SubjectName } from './ability';
export { abilityToWhere } from './ability-to-where';
export type { FieldMap, SqlFilter } from './ability-to-where';
export type { PolicyActor } from './actor';
export { hasStrongerDeletionPresumption, reviewDueAt } from './retention';
