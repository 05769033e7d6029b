/**
 * Rewrites the selection @neo4j/graphql translates so `asOf` arguments become the filters of
 * ./as-of-rules.ts. Pure: syntax tree in, syntax tree out.
 *
 * @neo4j/graphql builds its Cypher from the resolver's `info` (field nodes, fragments,
 * variables), so the root resolver is handed a rewritten copy (src/api/as-of/install.ts);
 * graphql-js still executes the request as sent, so the answer keeps the shape asked for:
 * - a `where` rule replaces the field's `where` by `{ AND: [where, filter] }` (values read
 *   with the variables, written back as literals), and drops `asOf`;
 * - an `edge` rule (Person.offices, Office.holders) selects, under a hidden alias
 *   (`_asOf_<response key>`), the field's connection with the edge filter, its `edges { node
 *   { … } }` holding the original selection; the list's resolver reads the nodes from there.
 *   `where` becomes `node`, each `sort` entry `{ node: … }`, `limit` `first` and `offset` the
 *   cursor before it (@neo4j/graphql's cursors are graphql-relay's `arrayconnection:<n>`).
 */
import {
  astFromValue,
  getArgumentValues,
  getNamedType,
  isCompositeType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type ArgumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type SelectionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { ApiError } from '../api-error';
import { AS_OF, ruleKey, type AsOfRules } from './as-of-rules';

export const HIDDEN_PREFIX = '_asOf_';

/** The alias under which an `edge` rule's connection is read for the field answered as `key`. */
export const hiddenKey = (responseKey: string): string => `${HIDDEN_PREFIX}${responseKey}`;

export interface Selection {
  fieldNodes: readonly FieldNode[];
  fragments: Readonly<Record<string, FragmentDefinitionNode>>;
}

interface Context {
  schema: GraphQLSchema;
  rules: AsOfRules;
  variables: Readonly<Record<string, unknown>>;
}

const name = (value: string) => ({ kind: Kind.NAME, value }) as const;

const argument = (key: string, value: ValueNode): ArgumentNode => ({
  kind: Kind.ARGUMENT,
  name: name(key),
  value,
});

/**
 * A coerced argument value written back as a literal. Like graphql-js's astFromValue, but it
 * walks only the keys the value has: astFromValue visits every field of every input type on
 * the way (StatementWhere, DocumentWhere…), about 0.3 ms per filter.
 */
function literal(value: unknown, type: GraphQLInputType, what: string): ValueNode {
  if (isNonNullType(type)) return literal(value, type.ofType, what);
  if (value === null || value === undefined) return { kind: Kind.NULL };
  if (isListType(type))
    return Array.isArray(value)
      ? { kind: Kind.LIST, values: value.map((v: unknown) => literal(v, type.ofType, what)) }
      : literal(value, type.ofType, what);
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    return {
      kind: Kind.OBJECT,
      fields: Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .map(([key, v]) => {
          const field = fields[key];
          if (field === undefined)
            throw new Error(`asOf: ${type.name} has no field ${key} (${what})`);
          return { kind: Kind.OBJECT_FIELD, name: name(key), value: literal(v, field.type, what) };
        }),
    };
  }
  const node = astFromValue(value, type);
  if (node === null || node === undefined) throw new Error(`asOf: cannot write ${what} back`);
  return node;
}

/** graphql-relay's cursor of offset `n`, as @neo4j/graphql reads `after`. */
const cursorOf = (n: number) => Buffer.from(`arrayconnection:${n}`).toString('base64');

/** Whether an operation (its selection and the document's fragments) has any asOf argument. */
export function mentionsAsOf(
  operation: SelectionSetNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
): boolean {
  const seen = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((s) =>
      s.kind === Kind.FIELD
        ? (s.arguments ?? []).some((a) => a.name.value === AS_OF) || seen(s.selectionSet)
        : s.kind === Kind.INLINE_FRAGMENT && seen(s.selectionSet),
    );
  return seen(operation) || Object.values(fragments).some((f) => seen(f.selectionSet));
}

function rewriteSet(
  set: SelectionSetNode,
  type: GraphQLCompositeType,
  ctx: Context,
): SelectionSetNode {
  for (const s of set.selections) {
    // Only the rewrite's own fields carry the prefix; a client's alias would collide.
    if (s.kind === Kind.FIELD && s.alias?.value.startsWith(HIDDEN_PREFIX) === true)
      throw new ApiError(
        'BAD_USER_INPUT',
        `Aliases starting with "${HIDDEN_PREFIX}" are reserved (asOf uses them); rename "${s.alias.value}".`,
      );
  }
  const selections = set.selections.map((selection): SelectionNode => {
    if (selection.kind === Kind.FIELD) return rewriteField(selection, type, ctx);
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition?.name.value;
      const inner = condition === undefined ? type : ctx.schema.getType(condition);
      if (!isCompositeType(inner)) return selection;
      return { ...selection, selectionSet: rewriteSet(selection.selectionSet, inner, ctx) };
    }
    return selection;
  });
  return { ...set, selections };
}

function fieldOf(type: GraphQLCompositeType, field: string): GraphQLField<unknown, unknown> | null {
  if (!isObjectType(type) && !isInterfaceType(type)) return null;
  return type.getFields()[field] ?? null;
}

function rewriteField(node: FieldNode, parent: GraphQLCompositeType, ctx: Context): FieldNode {
  const field = fieldOf(parent, node.name.value);
  if (field === null) return node; // __typename, or a field of a union member's fragment
  const child = getNamedType(field.type);
  const selectionSet =
    node.selectionSet !== undefined && isCompositeType(child)
      ? rewriteSet(node.selectionSet, child, ctx)
      : node.selectionSet;
  const asOfArgument = node.arguments?.find((a) => a.name.value === AS_OF);
  const rule = ctx.rules.get(ruleKey(parent.name, field.name));
  if (asOfArgument === undefined || rule === undefined)
    return selectionSet === node.selectionSet ? node : { ...node, selectionSet };

  const values = getArgumentValues(field, node, ctx.variables) as Record<string, unknown>;
  const asOf = values[AS_OF];
  const others = (node.arguments ?? []).filter((a) => a.name.value !== AS_OF);
  if (asOf === null || asOf === undefined) return { ...node, arguments: others, selectionSet };

  if (rule.kind === 'where') {
    const whereArg = field.args.find((a) => a.name === 'where');
    if (whereArg === undefined) throw new Error(`asOf: ${parent.name}.${field.name} has no where`);
    const filter = rule.filter(asOf);
    const where = values['where'] == null ? filter : { AND: [values['where'], filter] };
    return {
      ...node,
      arguments: [
        ...others.filter((a) => a.name.value !== 'where'),
        argument('where', literal(where, whereArg.type, `${field.name}(where)`)),
      ],
      selectionSet,
    };
  }

  const connection = fieldOf(parent, rule.connection);
  const edgeRule = ctx.rules.get(ruleKey(parent.name, rule.connection));
  if (connection === null || edgeRule?.kind !== 'where')
    throw new Error(`asOf: ${parent.name}.${rule.connection} is not a filtered connection`);
  const arg = (key: string) => {
    const definition = connection.args.find((a) => a.name === key);
    if (definition === undefined) throw new Error(`asOf: ${rule.connection} has no ${key}`);
    return definition.type;
  };
  const edge = edgeRule.filter(asOf);
  const where = values['where'] == null ? edge : { ...edge, node: values['where'] };
  const args = [argument('where', literal(where, arg('where'), `${rule.connection}(where)`))];
  const sort = values['sort'];
  if (Array.isArray(sort) && sort.length > 0)
    args.push(
      argument(
        'sort',
        literal(
          sort.map((s: unknown) => ({ node: s })),
          arg('sort'),
          'sort',
        ),
      ),
    );
  if (typeof values['limit'] === 'number')
    args.push(argument('first', { kind: Kind.INT, value: String(values['limit']) }));
  const offset = values['offset'];
  if (typeof offset === 'number' && offset > 0)
    args.push(argument('after', { kind: Kind.STRING, value: cursorOf(offset - 1) }));
  return {
    kind: Kind.FIELD,
    alias: name(hiddenKey(node.alias?.value ?? node.name.value)),
    name: name(rule.connection),
    arguments: args,
    directives: node.directives ?? [],
    selectionSet: {
      kind: Kind.SELECTION_SET,
      selections: [
        {
          kind: Kind.FIELD,
          name: name('edges'),
          selectionSet: {
            kind: Kind.SELECTION_SET,
            selections: [
              { kind: Kind.FIELD, name: name('node'), ...(selectionSet ? { selectionSet } : {}) },
            ],
          },
        },
      ],
    },
  };
}

/**
 * The selection of one root field (`parent` is the Query type) with every asOf rewritten, and
 * the fragments likewise (each under its type condition).
 */
export function rewriteAsOf(
  schema: GraphQLSchema,
  rules: AsOfRules,
  parent: GraphQLCompositeType,
  selection: Selection,
  variables: Readonly<Record<string, unknown>>,
): Selection {
  const ctx: Context = { schema, rules, variables };
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const [key, fragment] of Object.entries(selection.fragments)) {
    const type = schema.getType(fragment.typeCondition.name.value);
    fragments[key] = isCompositeType(type)
      ? { ...fragment, selectionSet: rewriteSet(fragment.selectionSet, type, ctx) }
      : fragment;
  }
  return { fieldNodes: selection.fieldNodes.map((f) => rewriteField(f, parent, ctx)), fragments };
}
