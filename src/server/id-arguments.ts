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
  type VariableDefinitionNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';

/** Every twokey id is a UUID (what PostgreSQL's `uuid` type reads back). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const malformed = (message: string, nodes: ASTNode[]) =>
  new GraphQLError(message, { nodes, extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });

/** What one document needs checked: a literal id already found malformed, and its ID-bearing variables. */
interface DocumentIds {
  literal: { message: string; node: ASTNode } | null;
  variables: Array<{ name: string; type: GraphQLInputType; node: VariableDefinitionNode }>;
}

/** Per schema, per parsed document (Apollo and graphql-ws reuse the parsed document of a repeated query). */
const examined = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, DocumentIds>>();

/**
 * The first `ID` in an operation, written in the document or passed in a variable (at any depth
 * of lists and input objects), that is not a UUID, as a BAD_USER_INPUT error; or null. Checked
 * once per operation before anything runs, so a malformed id never reaches a resolver or the
 * database, and never comes back in the error (only the argument's or variable's name does).
 * The document is walked once; each later operation with it checks only its variables.
 */
export function findMalformedId(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables?: Record<string, unknown> | null,
): GraphQLError | null {
  let bySchema = examined.get(schema);
  if (!bySchema) examined.set(schema, (bySchema = new WeakMap()));
  let ids = bySchema.get(document);
  if (!ids) bySchema.set(document, (ids = examine(schema, document)));
  if (ids.literal) return malformed(ids.literal.message, [ids.literal.node]);
  if (!variables) return null;
  for (const { name, type, node } of ids.variables) {
    if (holdsMalformedId(type, variables[name]))
      return malformed(`Variable "$${name}" holds a malformed id (ids are UUIDs)`, [node]);
  }
  return null;
}

function examine(schema: GraphQLSchema, document: DocumentNode): DocumentIds {
  let literal: DocumentIds['literal'] = null;
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      enter(node) {
        if (literal) return false;
        if (
          (node.kind === Kind.STRING || node.kind === Kind.INT) &&
          getNamedType(typeInfo.getInputType())?.name === 'ID' &&
          !UUID.test(node.value)
        ) {
          const argument = typeInfo.getArgument()?.name;
          literal = {
            message: argument
              ? `Argument "${argument}" holds a malformed id (ids are UUIDs)`
              : 'Malformed id (ids are UUIDs)',
            node,
          };
        }
        return undefined;
      },
    }),
  );
  const variables: DocumentIds['variables'] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      const type = typeFromAST(schema, variable.type);
      if (type && isInputType(type) && mayHoldId(type))
        variables.push({ name: variable.variable.name.value, type, node: variable });
    }
  }
  return { literal, variables };
}

/** Whether a value of this input type can contain an ID anywhere (input objects may nest, even recursively). */
function mayHoldId(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (named.name === 'ID') return true;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((field) => mayHoldId(field.type, seen));
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
