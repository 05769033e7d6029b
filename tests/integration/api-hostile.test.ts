/**
 * Hostile requests against the API on the real Neo4j loaded with the samples: each gets a
 * clear GraphQL error (or a harmless answer), and the graph's node and relationship counts
 * are identical afterwards. The injection requests are generated from the schema by
 * introspection: a Cypher-injection string in every string argument of every query field —
 * top-level arguments and every String/ID leaf of their input objects up to three levels
 * (`where: { node: { text: { eq } } }`), and the same two levels deep for the arguments of
 * the fields one level down (`people { timeline(topic) }`, `topics { statements(where) }`).
 */
import {
  getIntrospectionQuery,
  type IntrospectionField,
  type IntrospectionInputValue,
  type IntrospectionQuery,
  type IntrospectionType,
  type IntrospectionTypeRef,
} from 'graphql';
import { graphCounts } from '../harness/graph-counts';
import { openTestDatabase, type TestDatabase } from '../harness/database';
import { loadSamples, signJwt, startTestApi, type TestApi } from './api-harness';

const INJECTION = '"}) MATCH (n) DETACH DELETE n //';
const SECRET = 'test-secret-that-is-long-enough-for-hs256';

let db: TestDatabase;
let api: TestApi;
let production: TestApi;
let before: Record<string, number>;

beforeAll(async () => {
  db = openTestDatabase();
  await loadSamples(db);
  api = await startTestApi(db);
  production = await startTestApi(db, { production: true, introspection: false });
  before = await graphCounts(db.driver, db.database);
  expect(before['label:Statement']).toBeGreaterThan(40);
}, 300_000);

afterAll(async () => {
  await api?.close();
  await production?.close();
  await db?.close();
});

afterEach(async () => {
  expect(await graphCounts(db.driver, db.database)).toEqual(before);
});

function expectRefused(body: { data?: unknown; errors?: { message: string }[] }, message: RegExp) {
  expect(body.data ?? null).toBeNull();
  expect(body.errors?.length).toBeGreaterThan(0);
  expect(body.errors!.map((e) => e.message).join('\n')).toMatch(message);
}

test('20 levels of nesting: refused for depth (and cost) before any Cypher runs', async () => {
  const query = `{ statements(limit: 1) { ${'next { '.repeat(19)}id${' }'.repeat(19)} } }`;
  const { status, body } = await api.gql(query);
  expect(status).toBeLessThan(500);
  expectRefused(body, /Query depth limit of 6 exceeded, found 21/);
  expect(body.errors!.every((e) => e.extensions?.['code'] === 'QUERY_LIMIT')).toBe(true);
});

test('500 aliases: refused (the token limit stops parsing first)', async () => {
  const query = `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: statements(limit: 1) { id }`).join(' ')} }`;
  const { status, body } = await api.gql(query);
  expect(status).toBeLessThan(500);
  expectRefused(body, /Token limit of 1000 exceeded/);
});

test('16 aliases (within the token limit): refused by the alias limit', async () => {
  const query = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: statements(limit: 1) { id }`).join(' ')} }`;
  const { body } = await api.gql(query);
  expectRefused(body, /Aliases limit of 15 exceeded, found 16/);
});

test('a 1 MB query: 413 with a GraphQL error, body never parsed', async () => {
  const query = `{ ${Array.from({ length: 60_000 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
  expect(query.length).toBeGreaterThan(1024 * 1024);
  const { status, body } = await api.gql(query);
  expect(status).toBe(413);
  expect(body.errors?.[0]?.extensions?.['code']).toBe('REQUEST_TOO_LARGE');
});

test('a 1 MB query under a raised body limit: refused by the token limit', async () => {
  const roomy = await startTestApi(db, { maxBodyBytes: 4 * 1024 * 1024 });
  try {
    const query = `{ ${'statements(limit: 1) { id } '.repeat(40_000)} }`;
    expect(query.length).toBeGreaterThan(1024 * 1024);
    const { status, body } = await roomy.gql(query);
    expect(status).toBeLessThan(500);
    expectRefused(body, /Token limit of 1000 exceeded/);
  } finally {
    await roomy.close();
  }
});

// The only mutations are the review layer's (src/api/review, tests/integration/api-review.test.ts).
const NO_GENERATED_MUTATION =
  /Cannot query field "(?:createStatements|deleteStatements|updatePeople)" on type "Mutation"/;

describe('generated mutations do not exist', () => {
  test.each([
    'mutation { createStatements(input: [{ id: "stmt:x", text: "x" }]) { statements { id } } }',
    'mutation { deleteStatements { nodesDeleted } }',
    'mutation { updatePeople(update: { name: { set: "x" } }) { people { id } } }',
  ])('%s', async (mutation) => {
    for (const server of [api, production]) {
      const { status, body } = await server.gql(mutation);
      expect(status).toBeLessThan(500);
      expectRefused(body, NO_GENERATED_MUTATION);
    }
  });

  test('…not even with a valid JWT when authentication is on', async () => {
    const secured = await startTestApi(db, { jwtSecret: SECRET });
    try {
      const token = signJwt({ sub: 'analyst', exp: Math.floor(Date.now() / 1000) + 600 }, SECRET);
      const { body } = await secured.gql(
        'mutation { deleteStatements { nodesDeleted } }',
        undefined,
        {
          authorization: `Bearer ${token}`,
        },
      );
      expectRefused(body, NO_GENERATED_MUTATION);
    } finally {
      await secured.close();
    }
  });
});

describe('with DIPLOGRAPH_JWT_SECRET, every query needs a valid token', () => {
  let secured: TestApi;
  beforeAll(async () => {
    secured = await startTestApi(db, { jwtSecret: SECRET });
  });
  afterAll(async () => {
    await secured?.close();
  });

  const queries = [
    '{ people(limit: 1) { id } }',
    '{ statementsConnection { totalCount } }',
    '{ searchStatements(query: "red lines") { score } }',
    '{ statementsBy(limit: 1) { id } }',
    '{ whoMet(person: "Antony Blinken") { name } }',
  ];
  const now = () => Math.floor(Date.now() / 1000);

  test.each([
    ['no token', undefined],
    [
      'a token signed with another secret',
      signJwt({ sub: 'x' }, 'another-secret-that-is-long-enough!!'),
    ],
    ['an expired token', signJwt({ sub: 'x', exp: now() - 60 }, SECRET)],
    ['not a JWT', 'not-a-jwt'],
  ])('%s: UNAUTHENTICATED', async (_case, token) => {
    for (const query of queries) {
      const { body } = await secured.gql(
        query,
        undefined,
        token === undefined ? {} : { authorization: `Bearer ${token}` },
      );
      expect([query, body.errors?.[0]?.extensions?.['code']]).toEqual([query, 'UNAUTHENTICATED']);
      expect(body.data ?? null).toBeNull();
    }
  });

  test('a valid token: answers', async () => {
    const token = signJwt({ sub: 'analyst', exp: now() + 600 }, SECRET);
    for (const query of queries) {
      const { body } = await secured.gql(query, undefined, { authorization: `Bearer ${token}` });
      expect([query, body.errors]).toEqual([query, undefined]);
    }
  });
});

describe('production mode', () => {
  test('introspection is off and field suggestions are gone', async () => {
    const introspection = await production.gql(getIntrospectionQuery());
    expectRefused(introspection.body, /introspection has been disabled/);
    const typo = await production.gql('{ statemnts { id } }');
    expectRefused(typo.body, /Cannot query field "statemnts"/);
    expect(JSON.stringify(typo.body)).not.toMatch(/Did you mean/);
  });

  test('a database error is masked: no message, no stack, no Cypher', async () => {
    const { body } = await production.gql('{ statements(offset: -1) { id } }');
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: 'Unexpected error.',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      }),
    ]);
    const development = await api.gql('{ statements(offset: -1) { id } }');
    expect(development.body.errors?.[0]?.extensions?.['originalError']).toBeDefined();
  });
});

// ---------------------------------------------------------------------------------------------
// Cypher injection in every string argument, generated from the schema.
// ---------------------------------------------------------------------------------------------

interface Probe {
  description: string;
  query: string;
}

type Types = Map<string, IntrospectionType>;

function named(ref: IntrospectionTypeRef): { name: string; list: boolean; nonNull: boolean } {
  let list = false;
  let nonNull = false;
  let current: IntrospectionTypeRef = ref;
  for (;;) {
    if (current.kind === 'NON_NULL') {
      if (!list) nonNull = true;
      current = current.ofType;
    } else if (current.kind === 'LIST') {
      list = true;
      current = current.ofType;
    } else {
      return { name: current.name, list, nonNull };
    }
  }
}

const isString = (name: string) => name === 'String' || name === 'ID';

/** A literal for a required argument or input field (never the injection). */
function filler(ref: IntrospectionTypeRef, types: Types, depth = 0): string {
  const { name, list } = named(ref);
  const type = types.get(name)!;
  let value: string;
  if (type.kind === 'ENUM') value = type.enumValues[0]!.name;
  else if (type.kind === 'INPUT_OBJECT') {
    const required = type.inputFields.filter(
      (f) => f.type.kind === 'NON_NULL' && f.defaultValue === null,
    );
    value = `{ ${depth > 3 ? '' : required.map((f) => `${f.name}: ${filler(f.type, types, depth + 1)}`).join(', ')} }`;
  } else if (name === 'Int' || name === 'Float') value = '1';
  else if (name === 'Boolean') value = 'true';
  else if (name === 'Date') value = '"2021-05-17"';
  else if (name === 'DateTime') value = '"2021-05-17T00:00:00Z"';
  else value = '"x"';
  return list ? `[${value}]` : value;
}

/** Paths to every String/ID leaf of an input type, a few levels deep (no AND/OR/NOT recursion). */
function stringLeaves(
  ref: IntrospectionTypeRef,
  types: Types,
  depth: number,
  seen: Set<string> = new Set(),
): { path: string[]; list: boolean }[] {
  const { name, list } = named(ref);
  if (isString(name)) return [{ path: [], list }];
  const type = types.get(name);
  if (type?.kind !== 'INPUT_OBJECT' || depth === 0 || seen.has(name)) return [];
  const inner = new Set(seen).add(name);
  return type.inputFields
    .filter((f) => !['AND', 'OR', 'NOT'].includes(f.name))
    .flatMap((f) =>
      stringLeaves(f.type, types, depth - 1, inner).map((leaf) => ({
        path: [f.name, ...leaf.path],
        list: leaf.list,
      })),
    );
}

/** `{ a: { b: $inj } }` for the path [a, b]; lists get `[$inj]`. */
function nest(path: string[], list: boolean, variable: string): string {
  const leaf = list ? `[${variable}]` : variable;
  return path.reduceRight((inner, key) => `{ ${key}: ${inner} }`, leaf);
}

/** The first scalar field of an object result, else nothing (a scalar result). */
function selection(ref: IntrospectionTypeRef, types: Types): string {
  const type = types.get(named(ref).name)!;
  if (type.kind === 'UNION') return '{ __typename }';
  if (type.kind !== 'OBJECT' && type.kind !== 'INTERFACE') return '';
  const scalar = type.fields.find(
    (f) => f.args.length === 0 && ['SCALAR', 'ENUM'].includes(types.get(named(f.type).name)!.kind),
  );
  return `{ ${scalar?.name ?? '__typename'} }`;
}

/** Every argument of `field` that can carry the injection, as argument strings. */
function injectedArguments(
  field: IntrospectionField,
  types: Types,
  depth: number,
): { description: string; args: string; variableType: string }[] {
  const result: { description: string; args: string; variableType: string }[] = [];
  const others = (except: IntrospectionInputValue) =>
    field.args
      .filter((a) => a !== except && a.type.kind === 'NON_NULL' && a.defaultValue === null)
      .map((a) => `${a.name}: ${filler(a.type, types)}`);
  for (const arg of field.args) {
    for (const leaf of stringLeaves(arg.type, types, depth)) {
      const variableType =
        named(arg.type).name === 'ID' || leafTypeName(arg, leaf.path, types) === 'ID'
          ? 'ID'
          : 'String';
      result.push({
        description: `${field.name}(${[arg.name, ...leaf.path].join('.')})`,
        args: [
          ...others(arg),
          `${arg.name}: ${leaf.path.length === 0 && !leaf.list ? '$inj' : nest(leaf.path, leaf.list, '$inj')}`,
        ].join(', '),
        variableType,
      });
    }
  }
  return result;
}

function leafTypeName(arg: IntrospectionInputValue, path: string[], types: Types): string {
  let ref: IntrospectionTypeRef = arg.type;
  for (const key of path) {
    const type = types.get(named(ref).name);
    if (type?.kind !== 'INPUT_OBJECT') break;
    ref = type.inputFields.find((f) => f.name === key)!.type;
  }
  return named(ref).name;
}

function requiredArguments(field: IntrospectionField, types: Types): string {
  const required = field.args
    .filter((a) => a.type.kind === 'NON_NULL' && a.defaultValue === null)
    .map((a) => `${a.name}: ${filler(a.type, types)}`);
  return required.length === 0 ? '' : `(${required.join(', ')})`;
}

function probes(schema: IntrospectionQuery): Probe[] {
  const types: Types = new Map(schema.__schema.types.map((t) => [t.name, t]));
  const queryType = types.get(schema.__schema.queryType.name);
  if (queryType?.kind !== 'OBJECT') throw new Error('no Query type');
  const result: Probe[] = [];
  for (const field of queryType.fields) {
    for (const injected of injectedArguments(field, types, 3)) {
      result.push({
        description: injected.description,
        query: `query($inj: ${injected.variableType}!) { ${field.name}(${injected.args}) ${selection(field.type, types)} }`,
      });
    }
    // One level down: the string arguments of the fields of what the query field returns.
    const target = types.get(named(field.type).name);
    if (target?.kind !== 'OBJECT') continue;
    for (const sub of target.fields) {
      for (const injected of injectedArguments(sub, types, 2)) {
        result.push({
          description: `${field.name}.${injected.description}`,
          query: `query($inj: ${injected.variableType}!) { ${field.name}${requiredArguments(field, types)} { ${sub.name}(${injected.args}) ${selection(sub.type, types)} } }`,
        });
      }
    }
  }
  return result;
}

test('a Cypher-injection string in every string argument of every query field: clear answers, graph unchanged', async () => {
  const { body } = await api.gql(getIntrospectionQuery());
  expect(body.errors).toBeUndefined();
  const all = probes(body.data as IntrospectionQuery);
  const fields = new Set(all.map((p) => p.description.split(/[.(]/)[0]));
  expect([...fields]).toEqual(
    expect.arrayContaining([
      ...[
        'statementsBy',
        'whoMet',
        'searchStatements',
        'people',
        'statements',
        'statementsConnection',
      ],
      ...[
        'documents',
        'events',
        'topics',
        'entities',
        'offices',
        'places',
        'organizations',
        'countries',
      ],
    ]),
  );
  expect(all.length).toBeGreaterThan(1000);
  const failures: string[] = [];
  const queue = [...all];
  const worker = async () => {
    for (let probe = queue.shift(); probe !== undefined; probe = queue.shift()) {
      const response = await api.gql(probe.query, { inj: INJECTION });
      const errors = response.body.errors ?? [];
      const unexpected = errors.filter(
        (e) =>
          e.extensions?.['code'] === 'INTERNAL_SERVER_ERROR' ||
          e.extensions?.['code'] === 'GRAPHQL_VALIDATION_FAILED',
      );
      if (response.status >= 500 || unexpected.length > 0)
        failures.push(
          `${probe.description}: ${response.status} ${JSON.stringify(errors).slice(0, 300)}\n  ${probe.query}`,
        );
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  expect(failures).toEqual([]);
}, 600_000);
