import { rulesToAST } from '@casl/ability/extra';
import type { Action, AppAbility, SubjectName } from './ability';

/**
 * How a condition field maps to a column, or to a SQL expression over the row (`sql`, given the
 * alias; e.g. an `ARRAY(SELECT …)` of related rows); `array` values match when they contain the value.
 */
export type FieldMap = Record<
  string,
  { column: string; array?: boolean } | { sql: (alias: string) => string; array?: boolean }
>;

interface AstNode {
  operator: string;
  field?: string;
  value: unknown;
}

export interface SqlFilter {
  /** A boolean SQL expression with TypeORM `:name` parameters, for `qb.andWhere(sql, params)`. */
  sql: string;
  params: Record<string, unknown>;
}

/**
 * Translates the ability's rules for (action, subject) into a parameterised WHERE clause over an
 * allow-list of fields. A caller who may read nothing gets `FALSE`. Unknown fields or operators
 * throw: a rule that cannot be enforced in SQL must never silently widen a list.
 */
export function abilityToWhere(
  ability: AppAbility,
  action: Action,
  subjectName: SubjectName,
  alias: string,
  fields: FieldMap,
): SqlFilter {
  const ast = rulesToAST(ability, action, subjectName) as AstNode | null;
  const params: Record<string, unknown> = {};
  if (ast === null) return { sql: 'FALSE', params };
  return { sql: render(ast, alias, fields, params), params };
}

type Params = Record<string, unknown>;

function render(node: AstNode, alias: string, fields: FieldMap, params: Params): string {
  switch (node.operator) {
    case 'and':
    case 'or': {
      const children = node.value as AstNode[];
      if (children.length === 0) return node.operator === 'and' ? 'TRUE' : 'FALSE';
      return `(${children.map((c) => render(c, alias, fields, params)).join(node.operator === 'and' ? ' AND ' : ' OR ')})`;
    }
    case 'not':
      return `NOT (${render((node.value as AstNode[])[0], alias, fields, params)})`;
    default:
      return renderField(node, alias, fields, params);
  }
}

function renderField(node: AstNode, alias: string, fields: FieldMap, params: Params): string {
  const mapping = node.field ? fields[node.field] : undefined;
  if (!mapping) throw new Error(`policy field "${node.field}" has no column mapping`);
  const column = 'sql' in mapping ? `(${mapping.sql(alias)})` : `"${alias}"."${mapping.column}"`;
  const name = `casl_${alias}_${Object.keys(params).length}`;
  const setParam = (value: unknown) => {
    params[name] = value;
  };
  switch (node.operator) {
    case 'eq':
      if (node.value === null) return `${column} IS NULL`;
      setParam(node.value);
      return mapping.array ? `:${name} = ANY(${column})` : `${column} = :${name}`;
    case 'ne':
      if (node.value === null) return `${column} IS NOT NULL`;
      setParam(node.value);
      return mapping.array ? `NOT (:${name} = ANY(${column}))` : `${column} IS DISTINCT FROM :${name}`;
    case 'in':
    case 'nin': {
      const values = node.value as unknown[];
      if (values.length === 0) return node.operator === 'in' ? 'FALSE' : 'TRUE';
      setParam(values);
      const test = mapping.array ? `${column} && ARRAY[:...${name}]` : `${column} IN (:...${name})`;
      return node.operator === 'in' ? test : `NOT (${test})`;
    }
    default:
      throw new Error(`policy operator "${node.operator}" cannot be translated to SQL`);
  }
}
