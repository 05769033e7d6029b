/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are read as untyped JSON */
/**
 * The hand-written Cypher of src/api/fast-paths.ts answers exactly as @neo4j/graphql's
 * generated resolvers do: each query is asked of an API with the fast paths and of one
 * without (createSchema({ fastPaths: false })), on the sample documents, and the answers
 * must be equal — data and errors alike. The API with the fast paths never logs a
 * generated query for them (the request log has no other trace), so a second check runs
 * shapes the fast paths must refuse, which must still answer the same.
 */
import { createSchema } from '../../src/api/schema';
import { openTestDatabase, type TestDatabase } from '../harness/database';
import { cypherRows, loadSamples, startTestApi, type TestApi } from './api-harness';

let db: TestDatabase;
let fast: TestApi;
let generated: TestApi;
let ids: string[];

beforeAll(async () => {
  db = openTestDatabase();
  await loadSamples(db);
  fast = await startTestApi(db, { cacheTtlMs: 0 });
  generated = await startTestApi(
    db,
    { cacheTtlMs: 0 },
    { schema: await createSchema({ driver: db.driver, fastPaths: false }) },
  );
  ids = (
    await cypherRows<{ id: string }>(
      db,
      'MATCH (s:Statement) RETURN s.id AS id ORDER BY s.id LIMIT 5',
    )
  ).map((r) => r.id);
}, 300_000);

afterAll(async () => {
  await fast?.close();
  await generated?.close();
  await db?.close();
});

async function same(query: string, variables?: Record<string, unknown>): Promise<any> {
  const [a, b] = await Promise.all([fast.gql(query, variables), generated.gql(query, variables)]);
  expect({ status: a.status, body: a.body }).toEqual({ status: b.status, body: b.body });
  return a.body;
}

const STATEMENT = `id text kind verb date start end confidence __typename
  speaker { id name aliases }
  provenance { documentId title url source publisher publishedAt start end excerpt }`;

test('a statement by id, every field the fast path knows', async () => {
  for (const id of [...ids, 'stmt:none']) {
    const body = await same(
      `query($id: ID!) { statements(where: { id: { eq: $id } }) { ${STATEMENT} } }`,
      {
        id,
      },
    );
    expect(body.errors).toBeUndefined();
  }
  const body = await same(`{ statements(where: { id: { eq: "${ids[0]!}" } }) { id text } }`);
  expect(body.data.statements).toHaveLength(1);
});

test.each([
  ['no arguments', 'timeline { id date text }'],
  ['topic by name', 'timeline(topic: "strategic stability") { id date }'],
  [
    'topic by id, dates, limit',
    'timeline(topic: "topic:strategic-stability", from: "2021-01-01", to: "2021-12-31", limit: 3) { id date }',
  ],
  ['from only', 'timeline(from: "2021-05-17") { id date verb }'],
  ['limit above the cap', 'timeline(limit: 900) { id }'],
  ['limit 0', 'timeline(limit: 0) { id }'],
  ['with provenance and speaker', `timeline(limit: 5) { ${STATEMENT} }`],
  ['aliased', 'name t: timeline(limit: 2) { id }'],
  ['no timeline', 'id name aliases'],
  ['two timelines (generated)', 'a: timeline(limit: 1) { id } b: timeline(limit: 2) { id }'],
  ['a field the fast path does not know (generated)', 'timeline(limit: 2) { id topics { name } }'],
])('a person by id: %s', async (_, selection) => {
  const body = await same(
    `query($id: ID!) { people(where: { id: { eq: $id } }) { ${selection} } }`,
    { id: 'person:sergei-lavrov' },
  );
  expect(body.data.people).toHaveLength(1);
});

test('timeline arguments from variables', async () => {
  await same(
    `query($id: ID!, $topic: String, $from: Date, $to: Date, $limit: Int) {
      people(where: { id: { eq: $id } }) { timeline(topic: $topic, from: $from, to: $to, limit: $limit) { id date } }
    }`,
    {
      id: 'person:sergei-lavrov',
      topic: 'strategic stability',
      from: '2021-01-01',
      to: null,
      limit: 4,
    },
  );
});

test.each([
  ['red lines', 10, 0],
  ['sanctions', 3, 2],
  ['strategic stability', 900, 0],
  ['"quoted" AND *wild*', 5, 0],
  ['nothingmatchesthiswordatall', 5, 0],
])('searchStatements(%j, limit %i, offset %i)', async (query, limit, offset) => {
  await same(
    `query($q: String!, $limit: Int, $offset: Int) {
      searchStatements(query: $q, limit: $limit, offset: $offset) { score statement { ${STATEMENT} } }
    }`,
    { q: query, limit, offset },
  );
});

test('refused input answers the same (BAD_USER_INPUT)', async () => {
  const body = await same('{ searchStatements(query: "!!!") { score } }');
  expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  await same('{ searchStatements(query: "peace", offset: -1) { score } }');
});

test('shapes the fast paths leave to @neo4j/graphql answer the same', async () => {
  await same(`{ statements(where: { id: { eq: "${ids[0]!}" } }, limit: 1) { id } }`);
  await same(`{ statements(where: { id: { in: ["${ids[0]!}", "${ids[1]!}"] } }) { id } }`);
  await same(
    `{ statements(where: { id: { eq: "${ids[0]!}" } }) { id ... on Statement { text } } }`,
  );
  await same(`{ statements(where: { id: { eq: "${ids[0]!}" } }) { id text @include(if: false) } }`);
  await same('{ people(where: { name: { eq: "Sergei Lavrov" } }) { id } }');
});

test('the fast paths run their own Cypher (executeQuery); other shapes do not', async () => {
  const spy = jest.spyOn(db.driver, 'executeQuery');
  try {
    await fast.gql(`{ statements(where: { id: { eq: "${ids[0]!}" } }) { id speaker { name } } }`);
    await fast.gql('{ people(where: { id: { eq: "person:sergei-lavrov" } }) { timeline { id } } }');
    await fast.gql('{ searchStatements(query: "sanctions") { score } }');
    expect(spy).toHaveBeenCalledTimes(3);
    spy.mockClear();
    await fast.gql(`{ statements(where: { id: { eq: "${ids[0]!}" } }) { id topics { name } } }`);
    expect(spy).not.toHaveBeenCalled();
  } finally {
    spy.mockRestore();
  }
});
