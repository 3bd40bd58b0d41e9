import {
  ASTNode,
  DocumentNode,
  getNamedType,
  GraphQLError,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  isInputType,
  Kind,
  typeFromAST,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';

/** Every twokey id is a UUID (what PostgreSQL's `uuid` type reads back). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const malformed = (message: string, nodes: ASTNode[]) =>
  new GraphQLError(message, { nodes, extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });

/**
 * The first `ID` in an operation, written in the document or passed in a variable (at any depth
 * of lists and input objects), that is not a UUID, as a BAD_USER_INPUT error; or null. Checked
 * once per operation before anything runs, so a malformed id never reaches a resolver or the
 * database, and never comes back in the error (only the argument's or variable's name does).
 */
export function findMalformedId(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables?: Record<string, unknown> | null,
): GraphQLError | null {
  let found: GraphQLError | null = null;
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      enter(node) {
        if (found) return false;
        if (
          (node.kind === Kind.STRING || node.kind === Kind.INT) &&
          getNamedType(typeInfo.getInputType())?.name === 'ID' &&
          !UUID.test(node.value)
        ) {
          const argument = typeInfo.getArgument()?.name;
          found = malformed(
            argument
              ? `Argument "${argument}" holds a malformed id (ids are UUIDs)`
              : 'Malformed id (ids are UUIDs)',
            [node],
          );
        }
        return undefined;
      },
    }),
  );
  if (found || !variables) return found;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      const type = typeFromAST(schema, variable.type);
      if (!type || !isInputType(type)) continue;
      const name = variable.variable.name.value;
      if (holdsMalformedId(type, variables[name]))
        return malformed(`Variable "$${name}" holds a malformed id (ids are UUIDs)`, [variable]);
    }
  }
  return null;
}

function holdsMalformedId(type: GraphQLInputType, value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (isNonNullType(type)) return holdsMalformedId(type.ofType, value);
  if (isListType(type))
    return Array.isArray(value)
      ? value.some((item) => holdsMalformedId(type.ofType, item))
      : holdsMalformedId(type.ofType, value);
  if (isInputObjectType(type)) {
    if (typeof value !== 'object' || Array.isArray(value)) return false; // graphql-js refuses it when coercing
    const fields = type.getFields();
    return Object.keys(fields).some((key) =>
      holdsMalformedId(fields[key].type, (value as Record<string, unknown>)[key]),
    );
  }
  if (type.name !== 'ID') return false;
  return (typeof value === 'string' || typeof value === 'number') && !UUID.test(String(value));
}
