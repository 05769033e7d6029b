/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are read as untyped JSON */
/**
 * The hand-written Cypher of src/api/fast-paths.ts answers exactly as @neo4j/graphql's
 * generated resolvers do: each query is asked of an API with the fast paths and of one
 * without (createSchema({ fastPaths: false })), on the sample documents, and the answers
 * must be equal — data and errors alike. A spy on the real driver's sessions checks that the
 * fast paths run their own statements (cypher/api/) and that the shapes they must refuse
 * run none of them; those still answer the same.
 */
import { apiCypher } from '../../src/api/cypher-files';
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

/**
 * A cypher/api statement without its statement projection's properties, which the fast paths
 * fill in with the fields asked for (src/api/fast-paths.ts, withProperties).
 */
const shapeOf = (cypher: string) => cypher.replace(/\bs \{\n[^\n]*/, 's {');

async function same(query: string, variables?: Record<string, unknown>): Promise<any> {
  const [a, b] = await Promise.all([fast.gql(query, variables), generated.gql(query, variables)]);
  expect({ status: a.status, body: a.body }).toEqual({ status: b.status, body: b.body });
  return a.body;
}

/** Every session of the real driver, with the statements its `run` is given recorded. */
function recordRuns(): { ran: string[]; spy: jest.SpyInstance } {
  const ran: string[] = [];
  const open = db.driver.session.bind(db.driver);
  const spy = jest.spyOn(db.driver, 'session').mockImplementation((config) => {
    const session = open(config);
    const run = session.run.bind(session);
    session.run = ((query: string, ...rest: []) => {
      ran.push(query);
      return run(query, ...rest);
    }) as typeof session.run;
    return session;
  });
  return { ran, spy };
}

/** Requests sent in-process (yoga.fetch), so they reach the resolvers in the same event-loop turn. */
function fetchTogether(
  asks: readonly { query: string; variables: Record<string, unknown> }[],
): Promise<{ status: number; body: unknown }[]> {
  return Promise.all(
    asks.map(async ({ query, variables }) => {
      const response = await fast.api.yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as unknown };
    }),
  );
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

test('lookups by id sent together answer as each alone (one batched statement)', async () => {
  const selections = [STATEMENT, 'id text', 'id speaker { name }', 'provenance { excerpt } id'];
  const asks = [...ids, 'stmt:none', ids[0]!].map((id, n) => ({
    query: `query($id: ID!) { statements(where: { id: { eq: $id } }) { ${selections[n % selections.length]!} } }`,
    variables: { id },
  }));
  const { ran, spy } = recordRuns();
  let answers: any[];
  try {
    answers = await fetchTogether(asks);
  } finally {
    spy.mockRestore();
  }
  expect(ran.map(shapeOf)).toContain(shapeOf(apiCypher('statements-by-ids')));
  for (const [n, { query, variables }] of asks.entries()) {
    const alone = await generated.gql(query, variables);
    expect({ status: answers[n].status, body: answers[n].body }).toEqual({
      status: alone.status,
      body: alone.body,
    });
  }
  expect(answers[asks.length - 2].body.data.statements).toEqual([]);
});

test('a lookup that fails inside a batch fails alone: the others of the batch still answer', async () => {
  // A statement whose span runs backwards: reading its excerpt is an error in Neo4j.
  await cypherRows(
    db,
    `MATCH (s:Statement {id: $id})
     CREATE (:Statement {id: 'stmt:broken-span', text: s.text, documentId: s.documentId,
                         speakerId: s.speakerId, start: 10, end: 2})`,
    { id: ids[0] },
  );
  try {
    const query = `query($id: ID!) { statements(where: { id: { eq: $id } }) { id provenance { excerpt } } }`;
    const answers = (
      await fetchTogether(
        [ids[0]!, 'stmt:broken-span', ids[1]!].map((id) => ({ query, variables: { id } })),
      )
    ).map((answer) => answer.body as any);
    expect(answers[1].errors).toHaveLength(1);
    for (const n of [0, 2]) {
      expect(answers[n].errors).toBeUndefined();
      expect(answers[n]).toEqual(
        (await generated.gql(query, { id: [ids[0], '', ids[1]][n] })).body,
      );
    }
  } finally {
    await cypherRows(db, "MATCH (s:Statement {id: 'stmt:broken-span'}) DELETE s");
  }
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

test.each([
  ['by id, dates', 'topic: "topic:strategic-stability", from: "2021-01-01", to: "2021-12-31"'],
  ['dates over a year apart', 'topic: "strategic stability", from: "2019-01-01", to: "2022-12-31"'],
  [
    'a month, a page',
    'topic: "strategic stability", from: "2021-06-01", to: "2021-06-30", limit: 2, offset: 1',
  ],
  ['to before from', 'topic: "strategic stability", from: "2021-06-30", to: "2021-06-01"'],
  ['by name, no dates', 'topic: "strategic stability"'],
  ['from only, a page', 'topic: "strategic stability", from: "2021-05-17", limit: 2, offset: 1'],
  ['limit above the cap', 'topic: "strategic stability", limit: 900'],
  ['limit 0', 'topic: "strategic stability", limit: 0'],
  ['an unknown topic', 'topic: "no such topic at all"'],
  ['asOf', 'topic: "strategic stability", asOf: "2021-06-01"'],
  ['speaker null', 'topic: "strategic stability", speaker: null'],
  ['with a speaker (generated)', 'topic: "strategic stability", speaker: "Sergei Lavrov"'],
])('statementsBy a topic: %s', async (_, args) => {
  const body = await same(`{ statementsBy(${args}) { ${STATEMENT} } }`);
  expect(body.errors).toBeUndefined();
});

test('statementsBy a topic with a negative offset is left to @neo4j/graphql (same answer)', async () => {
  // Its generated Cypher refuses SKIP -1 (an internal error, masked as such): as before.
  await same('{ statementsBy(topic: "strategic stability", offset: -1) { id } }');
});

test('statementsBy a topic, arguments from variables', async () => {
  const body = await same(
    `query($topic: String, $from: Date, $to: Date, $limit: Int) {
      statementsBy(topic: $topic, from: $from, to: $to, limit: $limit) { id date text verb speaker { name } }
    }`,
    { topic: 'strategic stability', from: '2021-01-01', to: '2021-12-31', limit: 3 },
  );
  expect(body.data.statementsBy.length).toBeGreaterThan(0);
});

test('the fast paths run their own Cypher (an auto-commit read); other shapes do not', async () => {
  const { ran, spy } = recordRuns();
  const fastCypher = (
    [
      'statement-by-id',
      'person-timeline',
      'search-statements',
      'statements-by-topic',
      'statements-by-topic-dates',
    ] as const
  ).map((name) => shapeOf(apiCypher(name)));
  try {
    await fast.gql(`{ statements(where: { id: { eq: "${ids[0]!}" } }) { id speaker { name } } }`);
    await fast.gql('{ people(where: { id: { eq: "person:sergei-lavrov" } }) { timeline { id } } }');
    await fast.gql('{ searchStatements(query: "sanctions") { score } }');
    await fast.gql('{ statementsBy(topic: "strategic stability") { id } }');
    await fast.gql(
      '{ statementsBy(topic: "strategic stability", from: "2021-01-01", to: "2021-03-31") { id } }',
    );
    expect(ran.map(shapeOf)).toEqual(fastCypher);
    ran.length = 0;
    await fast.gql(`{ statements(where: { id: { eq: "${ids[0]!}" } }) { id topics { name } } }`);
    await fast.gql('{ statementsBy(topic: "strategic stability", speaker: "Lavrov") { id } }');
    expect(ran.filter((cypher) => fastCypher.includes(shapeOf(cypher)))).toEqual([]);
  } finally {
    spy.mockRestore();
  }
});
