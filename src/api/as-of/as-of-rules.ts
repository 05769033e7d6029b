/**
 * Which fields take `asOf: Date` and what it means for each, read from the executable schema
 * @neo4j/graphql generated (so every list of statements, events or offices is covered, also
 * the ones a later schema.graphql adds):
 *
 * - a statement or an event is known as of D when a Document that it is REPORTED_IN has
 *   `publishedAt <= D` (a document without publishedAt never counts: unknown is not "before");
 * - an office is held on D by a person when their HOLDS edge (OfficeTerm) has `from <= D` and
 *   `to` null or `>= D` (a term without `from` never counts).
 *
 * Generated fields cannot take arguments of their own, so each rule says how asOf becomes
 * the `where` filter @neo4j/graphql already understands (v7 syntax), or, for the lists along
 * an OfficeTerm relationship (Person.offices, Office.holders), whose `where` filters only the
 * node, that the list is read through its connection field with an `edge` filter. `@cypher`
 * fields of schema.graphql declare `asOf` themselves and use it in their statement; they need
 * no rule.
 */
import {
  getNamedType,
  isInputObjectType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

export const AS_OF = 'asOf';

/** A `where` value (coerced: dates as the Date scalar's values). */
export type Where = Record<string, unknown>;

export type AsOfRule = { description: string } &
  /** `where: { AND: [<the field's where>, filter(asOf)] }`. */
  (
    | { kind: 'where'; filter: (asOf: unknown) => Where }
    /** Read `<connection>(where: { node: <where>, edge: term(asOf) })` and return its nodes. */
    | { kind: 'edge'; connection: string }
  );

/** `${type}.${field}` → rule. */
export type AsOfRules = ReadonlyMap<string, AsOfRule>;

export const ruleKey = (type: string, field: string): string => `${type}.${field}`;

/** Known as of D: reported in a document published on or before D. */
export const reportedBy = (asOf: unknown): Where => ({
  reportedIn: { some: { publishedAt: { lte: asOf } } },
});

/** An OfficeTerm (HOLDS edge) that includes D. */
export const termIncludes = (asOf: unknown): Where => ({
  from: { lte: asOf },
  OR: [{ to: { eq: null } }, { to: { gte: asOf } }],
});

/** An office someone held on D. */
export const heldOn = (asOf: unknown): Where => ({
  holdersConnection: { some: { edge: termIncludes(asOf) } },
});

/** The node types whose lists take asOf, the filter, and the where field it needs. */
const KNOWN =
  'reported in a document published on or before this date (YYYY-MM-DD); documents without a publication date do not count.';
const NODE_FILTERS: Readonly<
  Record<string, { filter: (asOf: unknown) => Where; uses: string; description: string }>
> = {
  Statement: { filter: reportedBy, uses: 'reportedIn', description: `Only statements ${KNOWN}` },
  Event: { filter: reportedBy, uses: 'reportedIn', description: `Only events ${KNOWN}` },
  Office: {
    filter: heldOn,
    uses: 'holdersConnection',
    description:
      'Only offices someone held on this date (YYYY-MM-DD): a term (OfficeTerm) with `from` on or before it and `to` unset or on or after it.',
  },
};

const TERM =
  'Only the terms (OfficeTerm) that include this date (YYYY-MM-DD): `from` on or before it, `to` unset or on or after it; terms without `from` do not count.';

const TERM_WHERE = 'OfficeTermWhere';

function whereType(field: GraphQLField<unknown, unknown>): GraphQLInputObjectType | null {
  const where = field.args.find((a) => a.name === 'where');
  if (where === undefined) return null;
  const type = getNamedType(where.type);
  return isInputObjectType(type) ? type : null;
}

/** The node type of a connection type (`edges { node }`), or null when `type` is none. */
function connectionNode(type: GraphQLObjectType): string | null {
  const edges = type.getFields()['edges'];
  if (edges === undefined) return null;
  const edge = getNamedType(edges.type);
  if (!isObjectType(edge)) return null;
  const node = edge.getFields()['node'];
  return node === undefined ? null : getNamedType(node.type).name;
}

const edgeIsTerm = (where: GraphQLInputObjectType | null): boolean =>
  where !== null && getNamedType(where.getFields()['edge']?.type ?? where).name === TERM_WHERE;

function ruleFor(
  type: GraphQLObjectType,
  field: GraphQLField<unknown, unknown>,
): AsOfRule | undefined {
  // A @cypher field's own asOf (declared in schema.graphql, so it has a syntax node).
  if (field.args.some((a) => a.name === AS_OF && a.astNode !== undefined)) return undefined;
  const where = whereType(field);
  if (where === null) return undefined;
  const returned = getNamedType(field.type);
  if (!isObjectType(returned)) return undefined;
  const node = connectionNode(returned);
  if (node !== null) {
    // A connection: root (where is the node's), or nested (where has node and edge).
    if (edgeIsTerm(where))
      return { kind: 'where', filter: (d) => ({ edge: termIncludes(d) }), description: TERM };
    const known = NODE_FILTERS[node];
    if (known === undefined) return undefined;
    if (where.getFields()['node'] !== undefined)
      return {
        kind: 'where',
        filter: (d) => ({ node: known.filter(d) }),
        description: known.description,
      };
    return where.name === `${node}Where`
      ? { kind: 'where', filter: known.filter, description: known.description }
      : undefined;
  }
  const connection = type.getFields()[`${field.name}Connection`];
  if (connection !== undefined && edgeIsTerm(whereType(connection)))
    return { kind: 'edge', connection: connection.name, description: TERM };
  const known = NODE_FILTERS[returned.name];
  if (known === undefined || where.name !== `${returned.name}Where`) return undefined;
  return { kind: 'where', filter: known.filter, description: known.description };
}

/**
 * The rules of every object type's fields. Throws when a filter's where field is missing
 * (schema.graphql changed under the rules: better at start than a wrong answer later).
 */
export function findAsOfRules(schema: GraphQLSchema): AsOfRules {
  for (const [name, { uses }] of Object.entries(NODE_FILTERS)) {
    const where = schema.getType(`${name}Where`);
    if (!isInputObjectType(where) || where.getFields()[uses] === undefined)
      throw new Error(`asOf: ${name}Where must have "${uses}" (schema.graphql changed?)`);
  }
  const rules = new Map<string, AsOfRule>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const rule = ruleFor(type, field);
      if (rule !== undefined) rules.set(ruleKey(type.name, field.name), rule);
    }
  }
  return rules;
}
