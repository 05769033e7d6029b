/**
 * `installAsOf(schema)`: every list (and connection) field of statements, events or offices
 * that @neo4j/graphql generated gets an `asOf: Date` argument (./as-of-rules.ts), and the
 * resolvers are wrapped so it takes effect:
 * - each Query field's resolver hands @neo4j/graphql a copy of `info` (and `args`) whose
 *   selection has the asOf arguments rewritten into filters (./rewrite.ts); a request without
 *   any asOf goes through untouched (one look at the operation, remembered per document);
 * - the lists read through their connection (Person.offices, Office.holders) return the
 *   connection's nodes when asked with asOf.
 * Runs before src/api/fast-paths.ts wraps the same resolvers, so a fast path sees the
 * request as sent (it answers asOf itself or steps aside).
 */
import {
  getArgumentValues,
  isScalarType,
  type GraphQLArgument,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { AS_OF, findAsOfRules } from './as-of-rules';
import { hiddenKey, mentionsAsOf, rewriteAsOf } from './rewrite';

type Resolver = GraphQLFieldResolver<unknown, unknown, Record<string, unknown>>;

export function installAsOf(schema: GraphQLSchema): void {
  const date = schema.getType('Date');
  if (!isScalarType(date)) throw new Error('asOf: the schema has no Date scalar');
  const rules = findAsOfRules(schema);
  const queryType = schema.getQueryType();
  if (queryType === null || queryType === undefined)
    throw new Error('the schema has no Query type');

  for (const [key, rule] of rules) {
    const [typeName = '', fieldName = ''] = key.split('.');
    const type = schema.getType(typeName) as {
      getFields(): Record<string, { args: readonly GraphQLArgument[]; resolve?: Resolver }>;
    };
    const field = type.getFields()[fieldName];
    if (field === undefined || field.args.some((a) => a.name === AS_OF)) continue;
    const asOf: GraphQLArgument = {
      name: AS_OF,
      description: rule.description,
      type: date,
      defaultValue: undefined,
      deprecationReason: undefined,
      extensions: {},
      astNode: undefined,
    };
    field.args = [...field.args, asOf];
    if (rule.kind === 'edge') field.resolve = readThroughConnection(field.resolve);
  }

  const withAsOf = new WeakMap<OperationDefinitionNode, boolean>();
  for (const field of Object.values(queryType.getFields())) {
    const generated = field.resolve as Resolver | undefined;
    if (generated === undefined) continue;
    const resolve: Resolver = (root, args, context, info) => {
      let mentioned = withAsOf.get(info.operation);
      if (mentioned === undefined) {
        mentioned = mentionsAsOf(info.operation.selectionSet, info.fragments);
        withAsOf.set(info.operation, mentioned);
      }
      if (!mentioned) return generated(root, args, context, info);
      const selection = rewriteAsOf(schema, rules, queryType, info, info.variableValues);
      const rewritten: GraphQLResolveInfo = { ...info, ...selection };
      const node = selection.fieldNodes[0];
      const rewrittenArgs =
        node === undefined
          ? args
          : (getArgumentValues(field, node, info.variableValues) as Record<string, unknown>);
      return generated(root, rewrittenArgs, context, rewritten);
    };
    field.resolve = resolve;
  }
}

/** Person.offices and the like: with asOf, the nodes of the connection read under the hidden alias. */
function readThroughConnection(original: Resolver | undefined): Resolver {
  return (source, args, context, info) => {
    if (args[AS_OF] === null || args[AS_OF] === undefined)
      return original === undefined
        ? (source as Record<string, unknown>)[info.fieldName]
        : original(source, args, context, info);
    const key = hiddenKey(info.fieldNodes[0]?.alias?.value ?? info.fieldName);
    const connection = (source as Record<string, unknown>)[key] as
      { edges?: { node: unknown }[] } | undefined;
    // Never a silent answer without the filter: the rewrite must have put the connection there.
    if (connection?.edges === undefined)
      throw new Error(
        `asOf: ${info.parentType.name}.${info.fieldName} was not read through its connection`,
      );
    return connection.edges.map((edge) => edge.node);
  };
}
