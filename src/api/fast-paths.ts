/**
 * Hand-written Cypher for the analysts' hottest queries, in front of @neo4j/graphql's
 * generated resolvers: a statement by id (`statements(where: { id: { eq: … } })`), a person
 * by id with their `timeline(…)` (`people(where: { id: { eq: … } })`), `searchStatements`
 * and `statementsBy` with a topic and no speaker.
 *
 * Why: @neo4j/graphql translates every request's GraphQL into Cypher anew (about 3 ms of
 * Node CPU each, and a new Cypher text, so a new Neo4j plan, for every shape of selection);
 * these run a statement of cypher/api/ as an auto-commit read (the API's transaction
 * timeout and metadata), its text fixed for each set of selected statement properties (made
 * once, `withProperties`), so Neo4j reuses its plan. Up to 256 sets per file are possible;
 * the bench's queries and typical clients use a handful, well inside Neo4j's plan cache
 * (`db.query_cache_size`, default 1,000).
 *
 * A request takes the fast path only when it asks for nothing else: the root field's
 * arguments are exactly the ones above, and every selected field is in the shapes below (no
 * fragments, no @include/@skip; aliases only where the answer does not depend on them).
 * Anything else goes to the generated resolver unchanged, so the GraphQL answers are the
 * same either way (tests/integration/api-fast-paths.test.ts compares them). `asOf`: the
 * timeline, the search and statementsBy pass it to their Cypher; a statement by id with asOf (an argument
 * besides `where`) and any nested asOf step aside (src/api/as-of rewrites those). Not installed
 * with a JWT secret: @neo4j/graphql's @authentication must see every request.
 *
 * The objects returned carry the properties of the nodes under their field names, which is
 * where @neo4j/graphql's field resolvers (and its Int, Date and ID scalars) read them.
 */
import {
  getArgumentValues,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import neo4j, {
  isDate,
  isRetryableError,
  type Driver,
  type Integer,
  type Record as Neo4jRecord,
} from 'neo4j-driver';
import type { Neo4jGraphQLContext } from '@neo4j/graphql';
import { apiCypher } from './cypher-files';

/** Which fields of a type a fast path can answer: scalars, and nested types. */
interface Shape {
  scalars: ReadonlySet<string>;
  nested: Readonly<Record<string, Shape>>;
}

const PERSON: Shape = { scalars: new Set(['id', 'name', 'aliases']), nested: {} };
const PROVENANCE: Shape = {
  scalars: new Set([
    'documentId',
    'title',
    'url',
    'source',
    'publisher',
    'publishedAt',
    'start',
    'end',
    'excerpt',
  ]),
  nested: {},
};
const STATEMENT: Shape = {
  scalars: new Set(['id', 'text', 'kind', 'verb', 'date', 'start', 'end', 'confidence']),
  nested: { speaker: PERSON, provenance: PROVENANCE },
};
const HIT: Shape = { scalars: new Set(['score']), nested: { statement: STATEMENT } };
const TIMELINE_ARGUMENTS = new Set(['topic', 'from', 'to', 'limit', 'asOf']);
const BY_TOPIC_ARGUMENTS = new Set(['topic', 'from', 'to', 'limit', 'offset', 'asOf']);

/** The selected fields of one level, or null when it has fragments or directives. */
function fieldsOf(selectionSets: readonly (SelectionSetNode | undefined)[]): FieldNode[] | null {
  const fields: FieldNode[] = [];
  for (const set of selectionSets) {
    for (const selection of set?.selections ?? []) {
      if (selection.kind !== Kind.FIELD) return null;
      if ((selection.directives?.length ?? 0) > 0) return null;
      fields.push(selection);
    }
  }
  return fields;
}

/**
 * Whether the selection fits `shape`, noting which nested fields are asked for (by name) and
 * which of a statement's own properties (as `.name`).
 */
function fits(
  selectionSets: readonly (SelectionSetNode | undefined)[],
  shape: Shape,
  asked: Set<string>,
): boolean {
  const fields = fieldsOf(selectionSets);
  if (fields === null) return false;
  for (const field of fields) {
    const name = field.name.value;
    if (name === '__typename') continue;
    if ((field.arguments?.length ?? 0) > 0) return false;
    if (shape.scalars.has(name)) {
      if (shape === STATEMENT) asked.add(`.${name}`);
      continue;
    }
    const nested = shape.nested[name];
    if (nested === undefined || !fits([field.selectionSet], nested, asked)) return false;
    asked.add(name);
  }
  return true;
}

/** What a fast path reads for a selection: the speaker, the provenance, which properties. */
interface Asked {
  withSpeaker: boolean;
  withProvenance: boolean;
  /** The statement's properties asked for (names from STATEMENT.scalars), sorted. */
  properties: readonly string[];
}

function toAsked(asked: ReadonlySet<string>): Asked {
  return {
    withSpeaker: asked.has('speaker'),
    withProvenance: asked.has('provenance'),
    properties: [...asked]
      .filter((name) => name.startsWith('.'))
      .map((name) => name.slice(1))
      .sort(),
  };
}

/** What a field whose selection fits `shape` reads, else null. */
function askedOf(info: GraphQLResolveInfo, shape: Shape): Asked | null {
  const asked = new Set<string>();
  if (
    !fits(
      info.fieldNodes.map((n) => n.selectionSet),
      shape,
      asked,
    )
  )
    return null;
  return toAsked(asked);
}

/** `where: { id: { eq: "…" } }` and no other argument: the id, else null. */
function idEquals(args: Record<string, unknown>): string | null {
  if (Object.keys(args).some((key) => key !== 'where')) return null;
  const where = args['where'];
  if (where === null || typeof where !== 'object') return null;
  const keys = Object.keys(where);
  if (keys.length !== 1 || keys[0] !== 'id') return null;
  const id = (where as Record<string, unknown>)['id'];
  if (id === null || typeof id !== 'object') return null;
  const ops = Object.keys(id);
  const eq = (id as Record<string, unknown>)['eq'];
  return ops.length === 1 && ops[0] === 'eq' && typeof eq === 'string' ? eq : null;
}

const cap = (value: unknown, fallback: number): number =>
  typeof value === 'number' ? Math.min(500, Math.max(0, Math.trunc(value))) : fallback;

type Resolver = GraphQLFieldResolver<unknown, Neo4jGraphQLContext, Record<string, unknown>>;

/** Where and how a fast path's statement runs: the request's database, timeout and metadata. */
interface Settings {
  database: string | undefined;
  config: { timeout?: number; metadata?: Record<string, unknown> };
}

function settingsOf(context: Neo4jGraphQLContext): Settings {
  const transaction = context.transaction as
    { timeout?: number; metadata?: Record<string, unknown> } | undefined;
  return {
    database: context.sessionConfig?.database,
    config: {
      ...(transaction?.timeout === undefined ? {} : { timeout: transaction.timeout }),
      ...(transaction?.metadata === undefined ? {} : { metadata: transaction.metadata }),
    },
  };
}

type LookupParams = {
  id: string;
  withSpeaker: boolean;
  withProvenance: boolean;
};

interface Batch {
  settings: Settings;
  properties: readonly string[];
  waiting: {
    params: LookupParams;
    config: Settings['config'];
    resolve: (statements: unknown[]) => void;
    reject: (error: unknown) => void;
  }[];
}

/** At most this many lookups in one statement. */
const MAX_BATCH = 100;

/**
 * The transaction metadata of a batch: a key with one value in every request keeps it
 * (`app`), one that differs lists them (`requestId`: every request's id, in batch order).
 */
function mergedMetadata(all: readonly (Record<string, unknown> | undefined)[]): {
  metadata?: Record<string, unknown>;
} {
  const keys = new Set(all.flatMap((metadata) => Object.keys(metadata ?? {})));
  if (keys.size === 0) return {};
  const metadata: Record<string, unknown> = {};
  for (const key of keys) {
    const values = all.map((m) => m?.[key] ?? null);
    metadata[key] = values.every((value) => value === values[0]) ? values[0] : values;
  }
  return { metadata };
}

/** `s {\n    .*,` in each cypher/api statement: the statement's map projection. */
const ALL_PROPERTIES = /\bs \{\n(\s*)\.\*,/;

/**
 * `cypher` with its statement projection reading only `properties` (names from
 * STATEMENT.scalars, never from a request) instead of all (`.*`): fewer values for Neo4j to
 * send and the driver to decode. Each selection has its own fixed text, so its own cached plan.
 */
export function withProperties(cypher: string, properties: readonly string[]): string {
  if (properties.some((name) => !STATEMENT.scalars.has(name)))
    throw new Error(`not a statement property of the fast paths: ${properties.join(', ')}`);
  if (!ALL_PROPERTIES.test(cypher))
    throw new Error('a fast path statement must project the statement as `s {\n  .*,`');
  return cypher.replace(
    ALL_PROPERTIES,
    (_, indent: string) => `s {\n${indent}${properties.map((name) => `.${name}, `).join('')}`,
  );
}

export interface FastPathOptions {
  driver: Driver;
}

export function installFastPaths(schema: GraphQLSchema, { driver }: FastPathOptions): void {
  const query = schema.getQueryType()?.getFields();
  if (query === undefined) throw new Error('the schema has no Query type');

  // Read once here, not per request.
  const statements = {
    'statement-by-id': apiCypher('statement-by-id'),
    'statements-by-ids': apiCypher('statements-by-ids'),
    'person-timeline': apiCypher('person-timeline'),
    'search-statements': apiCypher('search-statements'),
    'statements-by-topic': apiCypher('statements-by-topic'),
    'statements-by-topic-dates': apiCypher('statements-by-topic-dates'),
  };
  // Each statement's text with the projection of the properties a request selects, made once.
  const projected = new Map<string, string>();
  const cypherOf = (name: keyof typeof statements, properties: readonly string[]): string => {
    const key = `${name} ${properties.join(' ')}`;
    let cypher = projected.get(key);
    if (cypher === undefined) {
      cypher = withProperties(statements[name], properties);
      projected.set(key, cypher);
    }
    return cypher;
  };
  // An auto-commit query (one RUN+PULL, no BEGIN/COMMIT and no bookmark manager), not
  // `executeQuery`: a managed transaction costs two more Bolt messages, each its own socket
  // write, and about twice the CPU in Node and in Neo4j for these one-statement reads.
  const runRecords = async (
    name: keyof typeof statements,
    properties: readonly string[],
    params: Record<string, unknown>,
    { database, config }: Settings,
  ): Promise<Neo4jRecord[]> => {
    const session = driver.session({
      defaultAccessMode: neo4j.session.READ,
      ...(database === undefined ? {} : { database }),
    });
    const cypher = cypherOf(name, properties);
    try {
      // A read is safe to repeat: once more after a transient error, as executeQuery would.
      const { records } = await session.run(cypher, params, config).catch((error: unknown) => {
        if (isRetryableError(error)) return session.run(cypher, params, config);
        throw error;
      });
      return records;
    } finally {
      await session.close();
    }
  };
  const run = async (
    name: keyof typeof statements,
    { properties, ...flags }: Asked,
    params: Record<string, unknown>,
    context: Neo4jGraphQLContext,
  ): Promise<unknown[]> =>
    (await runRecords(name, properties, { ...params, ...flags }, settingsOf(context))).map(
      (record) => record.get(0) as unknown,
    );

  // Lookups by id that arrive in the same turn of the event loop (concurrent requests) go to
  // Neo4j together, as one statements-by-ids.cypher: one round trip, one query for Neo4j to
  // start, one result for the driver to set up, instead of one each. A lookup that arrives
  // alone runs statement-by-id.cypher as before; the answers are the same either way. When a
  // batch fails (its timeout, an error in one row), each of its lookups runs again alone, with
  // its own timeout and metadata, so one request's failure is not the others'.
  const lookups = new Map<string, Batch>();
  const flush = (key: string) => {
    const batch = lookups.get(key);
    if (batch === undefined) return;
    lookups.delete(key);
    const alone = (waiting: Batch['waiting'][number]) =>
      runRecords('statement-by-id', batch.properties, waiting.params, {
        ...batch.settings,
        config: waiting.config,
      })
        .then((records) => waiting.resolve(records.map((record) => record.get(0) as unknown)))
        .catch(waiting.reject);
    for (let from = 0; from < batch.waiting.length; from += MAX_BATCH) {
      const part = batch.waiting.slice(from, from + MAX_BATCH);
      const [only] = part;
      if (part.length === 1 && only !== undefined) {
        void alone(only);
        continue;
      }
      const rows = part.map((waiting, i) => ({ i: neo4j.int(i), ...waiting.params }));
      const config = {
        ...batch.settings.config,
        ...mergedMetadata(part.map((waiting) => waiting.config.metadata)),
      };
      runRecords('statements-by-ids', batch.properties, { rows }, { ...batch.settings, config })
        .then((records) => {
          const answers = part.map((): unknown[] => []);
          for (const record of records)
            answers[(record.get('i') as Integer).toNumber()]?.push(record.get('statement'));
          part.forEach((waiting, i) => waiting.resolve(answers[i]!));
        })
        .catch(() => {
          for (const waiting of part) void alone(waiting);
        });
    }
  };
  const lookup = (
    id: string,
    { properties, ...flags }: Asked,
    context: Neo4jGraphQLContext,
  ): Promise<unknown[]> =>
    new Promise((resolve, reject) => {
      const settings = settingsOf(context);
      const params = { id, ...flags };
      // One batch is one statement in one transaction: the same properties, database and timeout.
      const key = [
        properties.join(' '),
        settings.database ?? '',
        settings.config.timeout ?? '',
      ].join('\u0000');
      let batch = lookups.get(key);
      if (batch === undefined) {
        batch = { settings, properties, waiting: [] };
        lookups.set(key, batch);
        setImmediate(flush, key);
      }
      batch.waiting.push({ params, config: settings.config, resolve, reject });
    });

  const wrap = (
    field: string,
    fast: (
      args: Record<string, unknown>,
      context: Neo4jGraphQLContext,
      info: GraphQLResolveInfo,
    ) => Promise<unknown> | null,
  ) => {
    const definition = query[field];
    const generated = definition?.resolve as Resolver | undefined;
    if (definition === undefined || generated === undefined)
      throw new Error(`schema.graphql must define Query.${field}`);
    const resolve: Resolver = (root, args, context, info) =>
      fast(args, context, info) ?? generated(root, args, context, info);
    definition.resolve = resolve;
  };

  wrap('statements', (args, context, info) => {
    const id = idEquals(args);
    if (id === null) return null;
    const asked = askedOf(info, STATEMENT);
    if (asked === null) return null;
    return lookup(id, asked, context);
  });

  wrap('people', (args, context, info) => {
    const id = idEquals(args);
    if (id === null) return null;
    const fields = fieldsOf(info.fieldNodes.map((n) => n.selectionSet));
    if (fields === null) return null;
    const timelines = fields.filter((f) => f.name.value === 'timeline');
    // One timeline (its arguments decide the answer), asked under its own name or one alias.
    if (timelines.length > 1) return null;
    const timeline = timelines[0];
    const rest = fields.filter((f) => f !== timeline);
    if (!fits([{ kind: Kind.SELECTION_SET, selections: rest }], PERSON, new Set())) return null;
    const asked = new Set<string>();
    if (timeline !== undefined && !fits([timeline.selectionSet], STATEMENT, asked)) return null;
    const timelineArgs: Record<string, unknown> = {};
    if (timeline !== undefined) {
      for (const argument of timeline.arguments ?? []) {
        if (!TIMELINE_ARGUMENTS.has(argument.name.value)) return null;
      }
      Object.assign(timelineArgs, argumentValues(timeline, info));
    }
    const key = timeline?.alias?.value ?? 'timeline';
    return run(
      'person-timeline',
      toAsked(asked),
      {
        id,
        withTimeline: timeline !== undefined,
        topic: timelineArgs['topic'] ?? null,
        from: timelineArgs['from'] ?? null,
        to: timelineArgs['to'] ?? null,
        limit: neo4j.int(cap(timelineArgs['limit'] ?? 50, 50)),
        asOf: timelineArgs['asOf'] ?? null,
      },
      context,
    ).then((people) =>
      key === 'timeline'
        ? people
        : people.map((person) => ({
            ...(person as Record<string, unknown>),
            [key]: (person as Record<string, unknown>)['timeline'],
          })),
    );
  });

  wrap('searchStatements', (args, context, info) => {
    const asked = askedOf(info, HIT);
    if (asked === null) return null;
    // src/api/schema.ts has escaped the query and refused negative pages before this runs.
    return run(
      'search-statements',
      asked,
      {
        query: args['query'],
        offset: neo4j.int(Math.max(0, Math.trunc(Number(args['offset'] ?? 0)))),
        limit: neo4j.int(cap(args['limit'] ?? 20, 20)),
        asOf: args['asOf'] ?? null,
      },
      context,
    );
  });

  wrap('statementsBy', (args, context, info) => {
    const params = byTopic(args);
    if (params === null) return null;
    const asked = askedOf(info, STATEMENT);
    if (asked === null) return null;
    return run(
      withinAYear(params['from'], params['to'])
        ? 'statements-by-topic-dates'
        : 'statements-by-topic',
      asked,
      params,
      context,
    );
  });
}

/**
 * `statementsBy` with a topic and no speaker: its arguments for statements-by-topic.cypher,
 * or null (a speaker, no topic, a negative page: @neo4j/graphql's resolver answers those).
 */
function byTopic(args: Record<string, unknown>): Record<string, unknown> | null {
  for (const [key, value] of Object.entries(args))
    if (!BY_TOPIC_ARGUMENTS.has(key) && !(key === 'speaker' && value === null)) return null;
  const { topic, limit = 50, offset = 0 } = args;
  if (typeof topic !== 'string' || typeof limit !== 'number' || typeof offset !== 'number')
    return null;
  if (limit < 0 || offset < 0) return null;
  return {
    topic,
    from: args['from'] ?? null,
    to: args['to'] ?? null,
    offset: neo4j.int(Math.trunc(offset)),
    limit: neo4j.int(cap(limit, 50)),
    asOf: args['asOf'] ?? null,
  };
}

/**
 * Whether `from` and `to` (Date values, or null) are both set and at most 366 days apart: then
 * the statements of those dates are fewer to read than a large topic's.
 */
function withinAYear(from: unknown, to: unknown): boolean {
  const day = (value: unknown): number =>
    typeof value === 'string' || isDate(value) ? Date.parse(value.toString()) : Number.NaN;
  const days = (day(to) - day(from)) / 86_400_000;
  return Number.isFinite(days) && days <= 366;
}

/**
 * A nested field's argument values (literals or variables, with the schema's defaults) as
 * graphql-js would give its resolver: read through the schema so Date arguments are parsed
 * by the Date scalar.
 */
function argumentValues(field: FieldNode, info: GraphQLResolveInfo): Record<string, unknown> {
  const person = info.schema.getType('Person');
  const timeline = isObjectType(person) ? person.getFields()['timeline'] : undefined;
  if (timeline === undefined) throw new Error('schema.graphql must define Person.timeline');
  return getArgumentValues(timeline, field, info.variableValues);
}
