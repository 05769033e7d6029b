/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are read as untyped JSON */
/**
 * The analyst's questions of issue 5, asked over real HTTP of the API on the real Neo4j
 * loaded with the seed and the corpus (data/samples). Answers are checked against the
 * text (the seed's known facts) and against the graph itself (Cypher).
 */
import neo4j from 'neo4j-driver';
import { EXAMPLE_QUERIES } from '../../src/api/examples';
import { createGraphWriter } from '../../src/load/graph-writer';
import { openTestDatabase, type TestDatabase } from '../harness/database';
import { fixtureGraph } from '../harness/graph-fixtures';
import { cypherRows, loadSamples, startTestApi, type TestApi } from './api-harness';

let db: TestDatabase;
let api: TestApi;

const LAVROV = 'person:sergei-lavrov';
const SEED_DOCUMENT_TITLE_PUBLISHER = 'Interfax';

beforeAll(async () => {
  db = openTestDatabase();
  await loadSamples(db);
  api = await startTestApi(db);
}, 300_000);

afterAll(async () => {
  await api?.close();
  await db?.close();
});

/** Runs a query and fails the test on any GraphQL error. */
async function data(query: string, variables?: Record<string, unknown>): Promise<any> {
  const { status, body } = await api.gql(query, variables);
  expect(body.errors).toBeUndefined();
  expect(status).toBe(200);
  return body.data;
}

const STATEMENT_FIELDS = `
  id text date
  provenance { documentId title url publisher publishedAt start end excerpt }
`;

describe('what Lavrov said about strategic stability', () => {
  let timeline: any[];

  beforeAll(async () => {
    const result = await data(
      `query($id: ID!) { people(where: { id: { eq: $id } }) {
         name timeline(topic: "topic:strategic-stability") { ${STATEMENT_FIELDS} } } }`,
      { id: LAVROV },
    );
    expect(result.people).toHaveLength(1);
    expect(result.people[0].name).toBe('Sergei Lavrov');
    timeline = result.people[0].timeline;
  });

  test('his statements on the topic, all of them, in date order', async () => {
    const truth = await cypherRows<{ id: string }>(
      db,
      `MATCH (:Person {id: $id})-[:SAID]->(s:Statement)-[:ABOUT]->(:Topic {id: 'topic:strategic-stability'})
       RETURN s.id AS id ORDER BY s.sortKey`,
      { id: LAVROV },
    );
    expect(truth.length).toBeGreaterThanOrEqual(3);
    expect(timeline.map((s) => s.id)).toEqual(truth.map((t) => t.id));
    const dates = timeline.map((s) => s.date as string);
    expect([...dates].sort()).toEqual(dates);
    expect(timeline.map((s) => s.text).join('\n')).toMatch(/should be on the negotiating table/);
  });

  test('each with its document, publisher, date, span, and an excerpt equal to the text', async () => {
    const [seed] = await cypherRows<{ id: string; text: string }>(
      db,
      `MATCH (d:Document) WHERE d.text CONTAINS 'strategic stability' AND d.publisher = $publisher
       RETURN d.id AS id, d.text AS text`,
      { publisher: SEED_DOCUMENT_TITLE_PUBLISHER },
    );
    for (const s of timeline) {
      const p = s.provenance;
      expect(p).toMatchObject({
        documentId: seed!.id,
        publisher: 'Interfax',
        publishedAt: '2021-05-17',
      });
      expect(p.end).toBeGreaterThan(p.start);
      expect(p.excerpt).toBe(s.text);
      expect(seed!.text.slice(p.start, p.end)).toBe(s.text);
    }
  });

  test('the topic by name and a date range give the same; a range before 2021 gives none', async () => {
    const byName = await data(
      `{ people(where: { id: { eq: "${LAVROV}" } }) {
          timeline(topic: "Strategic Stability", from: "2021-05-01", to: "2021-05-31") { id } } }`,
    );
    expect(byName.people[0].timeline.map((s: any) => s.id)).toEqual(timeline.map((s) => s.id));
    const before = await data(
      `{ people(where: { id: { eq: "${LAVROV}" } }) { timeline(topic: "strategic stability", to: "2020-12-31") { id } } }`,
    );
    expect(before.people[0].timeline).toEqual([]);
  });

  test('statementsBy speaker and topic agrees, by id or by name', async () => {
    for (const speaker of [LAVROV, 'Sergei Lavrov']) {
      const result = await data(
        `query($speaker: String) { statementsBy(speaker: $speaker, topic: "topic:strategic-stability") { id } }`,
        { speaker },
      );
      expect(result.statementsBy.map((s: any) => s.id)).toEqual(timeline.map((s) => s.id));
    }
  });
});

test('statementsBy: speaker, topic and date range each filter; limit and offset page', async () => {
  const all = await cypherRows<{ id: string; date: string | null; speaker: string }>(
    db,
    `MATCH (p:Person)-[:SAID]->(s:Statement) RETURN s.id AS id, toString(s.date) AS date, p.id AS speaker
     ORDER BY s.sortKey, s.id`,
  );
  const everything = await data('{ statementsBy(limit: 500) { id } }');
  expect(everything.statementsBy.map((s: any) => s.id)).toEqual(all.map((s) => s.id));

  const in2018 = await data(
    '{ statementsBy(from: "2018-01-01", to: "2018-12-31", limit: 500) { id date } }',
  );
  const expected2018 = all.filter(
    (s) => s.date !== null && s.date >= '2018-01-01' && s.date <= '2018-12-31',
  );
  expect(expected2018.length).toBeGreaterThan(0);
  expect(in2018.statementsBy.map((s: any) => s.id)).toEqual(expected2018.map((s) => s.id));

  const sanctions = await data('{ statementsBy(topic: "sanctions") { id topics { id } } }');
  expect(sanctions.statementsBy.length).toBeGreaterThan(0);
  for (const s of sanctions.statementsBy)
    expect(s.topics.map((t: any) => t.id)).toContain('topic:sanctions');

  const page = await data('{ statementsBy(limit: 3, offset: 2) { id } }');
  expect(page.statementsBy.map((s: any) => s.id)).toEqual(all.slice(2, 5).map((s) => s.id));

  const unknown = await data('{ statementsBy(speaker: "nobody at all") { id } }');
  expect(unknown.statementsBy).toEqual([]);
});

test('who met Blinken in May 2021: Lavrov, via the Reykjavik meeting', async () => {
  const result = await data(
    `{ whoMet(person: "person:antony-blinken", from: "2021-05-01", to: "2021-05-31") {
        personId name events { id kind name date status place } } }`,
  );
  expect(result.whoMet).toEqual([
    {
      personId: LAVROV,
      name: 'Sergei Lavrov',
      events: [
        expect.objectContaining({ kind: 'Meeting', date: '2021-05-20', place: 'Reykjavik' }),
      ],
    },
  ]);
  const meeting = result.whoMet[0].events[0];
  const event = await data(
    `{ events(where: { id: { eq: "${meeting.id}" } }) { participants { id name } heldIn { name } place { name } } }`,
  );
  expect(event.events[0].participants.map((p: any) => p.id).sort()).toEqual([
    'person:antony-blinken',
    LAVROV,
  ]);
  expect(event.events[0].place).toEqual({ name: 'Reykjavik' });

  const byAlias = await data(
    '{ whoMet(person: "tony blinken", from: "2021-05-01", to: "2021-05-31") { personId } }',
  );
  expect(byAlias.whoMet).toEqual([{ personId: LAVROV }]);
  const byName = await data('{ whoMet(person: "Antony Blinken") { personId } }');
  const truth = await cypherRows<{ id: string }>(
    db,
    `MATCH (:Person {id: 'person:antony-blinken'})<-[:INVOLVES]-(:Event)-[:INVOLVES]->(o:Person)
     WHERE o.id <> 'person:antony-blinken' RETURN DISTINCT o.id AS id`,
  );
  expect(byName.whoMet.map((w: any) => w.personId).sort()).toEqual(truth.map((t) => t.id).sort());
});

test('the statements made at the Moscow press conference', async () => {
  const result = await data(
    `{ events(where: { kind: { eq: PressConference }, heldIn: { some: { name: { eq: "Moscow" } } } }) {
        id name date status participants { id }
        statements(sort: [{ start: ASC }]) { id text speaker { id } madeAt { id } }
        statementsConnection { totalCount } } }`,
  );
  expect(result.events).toHaveLength(1);
  const [event] = result.events;
  expect(event).toMatchObject({
    date: '2021-05-17',
    status: 'held',
    participants: [{ id: LAVROV }],
  });
  const truth = await cypherRows<{ id: string }>(
    db,
    'MATCH (s:Statement)-[:MADE_AT]->(:Event {id: $id}) RETURN s.id AS id ORDER BY s.start',
    { id: event.id },
  );
  expect(truth.length).toBeGreaterThan(3);
  expect(event.statements.map((s: any) => s.id)).toEqual(truth.map((t) => t.id));
  expect(event.statementsConnection.totalCount).toBe(truth.length);
  for (const s of event.statements) {
    expect(s.speaker.id).toBe(LAVROV);
    expect(s.madeAt).toEqual([{ id: event.id }]);
  }
  expect(event.statements.map((s: any) => s.text).join('\n')).toMatch(/red lines/);
});

describe('full-text search', () => {
  test('"red lines": Lavrov\'s statement first, scores descending, with provenance', async () => {
    const result = await data(
      `{ searchStatements(query: "red lines") {
          score statement { id text speaker { name } provenance { publisher excerpt } } } }`,
    );
    const hits = result.searchStatements;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0].statement.text).toMatch(/red lines/);
    expect(hits[0].statement.speaker.name).toBe('Sergei Lavrov');
    expect(hits[0].statement.provenance).toEqual({
      publisher: 'Interfax',
      excerpt: hits[0].statement.text,
    });
    const scores = hits.map((h: any) => h.score);
    expect(scores.every((s: unknown) => typeof s === 'number' && s > 0)).toBe(true);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  test('the hits and scores are those of the statement_text index, best first', async () => {
    const result = await data(
      'query($query: String!) { searchStatements(query: $query, limit: 500) { score statement { id } } }',
      { query: 'sanctions' },
    );
    const truth = await cypherRows<{ id: string; score: number }>(
      db,
      `CALL db.index.fulltext.queryNodes('statement_text', 'sanctions') YIELD node, score
       RETURN node.id AS id, score ORDER BY score DESC, id ASC`,
    );
    expect(truth.length).toBeGreaterThan(1);
    expect(result.searchStatements.map((h: any) => [h.statement.id, h.score])).toEqual(
      truth.map((t) => [t.id, t.score]),
    );
  });

  test('limit and offset page through the same order', async () => {
    const query =
      'query($limit: Int, $offset: Int) { searchStatements(query: "strategic stability", limit: $limit, offset: $offset) { statement { id } } }';
    const ids = async (limit: number, offset: number): Promise<string[]> =>
      (await data(query, { limit, offset })).searchStatements.map((h: any) => h.statement.id);
    const all = await ids(500, 0);
    expect(all.length).toBeGreaterThan(4);
    expect(await ids(20, 0)).toEqual(all.slice(0, 20));
    expect([...(await ids(2, 0)), ...(await ids(2, 2))]).toEqual(all.slice(0, 4));
    expect(await ids(0, 0)).toEqual([]);
  });

  test.each([
    ['"red lines'],
    ['red AND (lines OR'],
    ['red *:*'],
    ['text:red~'],
    ['"}) MATCH (n) DETACH DELETE n //'],
  ])('Lucene syntax in %j is searched as words, never parsed', async (query) => {
    const { body } = await api.gql(
      'query($query: String!) { searchStatements(query: $query, limit: 500) { score } }',
      { query },
    );
    expect(body.errors).toBeUndefined();
    const [row] = await cypherRows<{ total: number }>(
      db,
      'MATCH (s:Statement) RETURN count(s) AS total',
    );
    expect(body.data.searchStatements.length).toBeLessThan(Number(row!.total));
  });

  test.each([[' ?! '], ['*:*'], ['']])(
    'a query with nothing to search for (%j) is a clear error',
    async (query) => {
      const { body } = await api.gql(
        'query($query: String!) { searchStatements(query: $query) { score } }',
        { query },
      );
      expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toMatch(/at least one letter or digit/);
    },
  );

  test.each([
    ['limit', -1],
    ['offset', -5],
  ])('a negative %s is a clear error', async (name, value) => {
    const { body } = await api.gql(
      `query($value: Int) { searchStatements(query: "sanctions", ${name}: $value) { score } }`,
      { value },
    );
    expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(new RegExp(`${name} must be 0 or more`));
  });

  test.each([
    [
      'searchStatements',
      'searchStatements(query: "sanctions", limit: null, offset: null) { score }',
    ],
    ['statementsBy', 'statementsBy(limit: null, offset: null) { id }'],
  ])('an explicit null limit and offset on %s take the defaults', async (name, field) => {
    const { body } = await api.gql(`{ ${field} }`);
    expect(body.errors).toBeUndefined();
    expect(body.data[name].length).toBeGreaterThan(0);
  });
});

test('cursor pagination is stable: pages join into the whole list, and a cursor always gives the same page', async () => {
  const sort = '[{ date: ASC }, { id: ASC }]';
  const whole = await data(`{ statements(sort: ${sort}, limit: 500) { id } }`);
  const ids: string[] = [];
  const cursors: (string | null)[] = [null];
  let after: string | null = null;
  for (let page = 0; page < 100; page += 1) {
    const result: any = await data(
      `query($after: String) { statementsConnection(first: 7, after: $after, sort: ${sort}) {
          totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    const connection = result.statementsConnection;
    expect(connection.totalCount).toBe(whole.statements.length);
    ids.push(...connection.edges.map((e: any) => e.node.id));
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
    cursors.push(after);
  }
  expect(ids).toEqual(whole.statements.map((s: any) => s.id));
  expect(new Set(ids).size).toBe(ids.length);
  const middle = cursors[Math.floor(cursors.length / 2)]!;
  const query = `query($after: String) { statementsConnection(first: 7, after: $after, sort: ${sort}) { edges { node { id } } } }`;
  const again = await Promise.all([data(query, { after: middle }), data(query, { after: middle })]);
  expect(again[0]).toEqual(again[1]);
  const start = ids.indexOf(again[0].statementsConnection.edges[0].node.id);
  expect(again[0].statementsConnection.edges.map((e: any) => e.node.id)).toEqual(
    ids.slice(start, start + 7),
  );
});

test('aggregation: statements per topic, and per speaker', async () => {
  const result = await data(
    '{ topics(limit: 500) { id statementsConnection { aggregate { count { nodes } node { confidence { min max } } } } } }',
  );
  const truth = await cypherRows<{ id: string; n: unknown }>(
    db,
    'MATCH (t:Topic) RETURN t.id AS id, COUNT { (t)<-[:ABOUT]-(:Statement) } AS n',
  );
  const counts = Object.fromEntries(
    result.topics.map((t: any) => [t.id, t.statementsConnection.aggregate.count.nodes]),
  );
  expect(counts).toEqual(Object.fromEntries(truth.map((t) => [t.id, Number(t.n)])));
  expect(counts['topic:strategic-stability']).toBeGreaterThanOrEqual(3);

  const people = await data(
    `{ people(where: { id: { eq: "${LAVROV}" } }) { saidConnection { aggregate { count { nodes } } } }
       statementsConnection { aggregate { count { nodes } } } }`,
  );
  const [graph] = await cypherRows<{ said: unknown; all: unknown }>(
    db,
    'MATCH (p:Person {id: $id}) RETURN COUNT { (p)-[:SAID]->() } AS said, COUNT { (:Statement) } AS all',
    { id: LAVROV },
  );
  expect(people.people[0].saidConnection.aggregate.count.nodes).toBe(Number(graph!.said));
  expect(people.statementsConnection.aggregate.count.nodes).toBe(Number(graph!.all));
});

test('Topic.speakers: who, how often, first and last date', async () => {
  const result = await data(
    '{ topics(where: { id: { eq: "topic:sanctions" } }) { speakers { personId name statements firstDate lastDate } } }',
  );
  const truth = await cypherRows<any>(
    db,
    `MATCH (:Topic {id: 'topic:sanctions'})<-[:ABOUT]-(s:Statement)<-[:SAID]-(p:Person)
     WITH p, count(s) AS n, toString(min(s.date)) AS first, toString(max(s.date)) AS last
     RETURN p.id AS personId, p.name AS name, n, first, last ORDER BY n DESC, p.name`,
  );
  expect(result.topics[0].speakers).toEqual(
    truth.map((t) => ({
      personId: t.personId,
      name: t.name,
      statements: Number(t.n),
      firstDate: t.first,
      lastDate: t.last,
    })),
  );
  expect(result.topics[0].speakers.map((s: any) => s.personId)).toContain(LAVROV);
});

test("Statement.previous and next follow the speaker's timeline", async () => {
  const result = await data(
    `{ people(where: { id: { eq: "${LAVROV}" } }) { timeline(limit: 500) { id previous { id } next { id } } } }`,
  );
  const timeline = result.people[0].timeline;
  expect(timeline.length).toBeGreaterThan(3);
  timeline.forEach((s: any, i: number) => {
    expect(s.previous?.id ?? null).toBe(i === 0 ? null : timeline[i - 1].id);
    expect(s.next?.id ?? null).toBe(i === timeline.length - 1 ? null : timeline[i + 1].id);
  });
});

test('every statement has provenance whose excerpt is its text', async () => {
  const result = await data(
    '{ statements(limit: 500) { text provenance { excerpt documentId } reportedInConnection { edges { properties { start end } node { id } } } } }',
  );
  expect(result.statements.length).toBeGreaterThan(40);
  for (const s of result.statements) {
    expect(s.provenance.excerpt).toBe(s.text);
    const [edge] = s.reportedInConnection.edges;
    expect(edge.node.id).toBe(s.provenance.documentId);
    expect(edge.properties.end - edge.properties.start).toBe(s.text.length);
  }
});

test('the README examples return what the README says', async () => {
  const results = Object.fromEntries(
    await Promise.all(EXAMPLE_QUERIES.map(async (e) => [e.title, await data(e.query)] as const)),
  );
  const at = (prefix: string) => results[Object.keys(results).find((t) => t.startsWith(prefix))!];
  const lavrov = at('What Lavrov said').people[0];
  expect(lavrov.timeline).toHaveLength(3);
  expect(lavrov.timeline[0].text).toMatch(/^And the red lines/);
  expect(at('Who met Blinken').whoMet).toEqual([
    {
      name: 'Sergei Lavrov',
      events: [
        {
          kind: 'Meeting',
          name: 'Meeting in Reykjavik on 2021-05-20',
          date: '2021-05-20',
          status: 'planned',
          place: 'Reykjavik',
        },
      ],
    },
  ]);
  const moscow = at('Statements made at the Moscow').events;
  expect(moscow).toHaveLength(1);
  expect(moscow[0].statements[0].text).toMatch(/^Russia will judge US calls for normalisation/);
  expect(at('Full-text search').searchStatements[0].statement.speaker.name).toBe('Sergei Lavrov');
  expect(at('Who spoke about a topic').topics[0].speakers.map((s: any) => s.name)).toContain(
    'Sergei Lavrov',
  );
  const perTopic = at('How many statements').topics;
  expect(
    perTopic.find((t: any) => t.name === 'strategic stability').statementsConnection.aggregate.count
      .nodes,
  ).toBe(3);
});

test('the transaction timeout and request id reach Neo4j with every transaction', async () => {
  const seen: { database?: string; timeout?: unknown; metadata?: any }[] = [];
  const driver = new Proxy(db.driver, {
    get(target, property, receiver) {
      if (property !== 'session') return Reflect.get(target, property, receiver) as unknown;
      return (config: { database?: string }) => {
        const session = target.session(config);
        return new Proxy(session, {
          get(s, p) {
            const value = Reflect.get(s, p) as unknown;
            if (p !== 'executeRead' || typeof value !== 'function') {
              return typeof value === 'function' ? value.bind(s) : value;
            }
            return (work: unknown, txConfig: { timeout?: unknown; metadata?: unknown }) => {
              seen.push({ ...config, ...txConfig });
              return (value as (...a: unknown[]) => unknown).call(s, work, txConfig);
            };
          },
        });
      };
    },
  });
  const timed = await startTestApi({ ...db, driver }, { transactionTimeoutMs: 4321 });
  try {
    const { body } = await timed.gql('{ people(limit: 1) { id } }', undefined, {
      'x-request-id': 'trace-1',
    });
    expect(body.errors).toBeUndefined();
  } finally {
    await timed.close();
  }
  expect(seen).toHaveLength(1);
  expect(neo4j.isInt(seen[0]!.timeout) ? Number(seen[0]!.timeout) : seen[0]!.timeout).toBe(4321);
  expect(seen[0]!.metadata).toMatchObject({ app: 'diplograph-api', requestId: 'trace-1' });
});

test('a transaction Neo4j ends for its timeout reaches the client as QUERY_TIMEOUT', async () => {
  // Neo4j checks timeouts every few seconds, too coarse to provoke one here: the driver
  // raises the error Neo4j sends, and it must come out of @neo4j/graphql and yoga as such.
  const timedOut = new neo4j.Neo4jError(
    'The transaction has been terminated. Retry your operation in a new transaction.',
    'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
    '25N05',
    'error: invalid transaction state - transaction timed out',
  );
  const driver = new Proxy(db.driver, {
    get(target, property, receiver) {
      if (property !== 'session') return Reflect.get(target, property, receiver) as unknown;
      return (config: object) => {
        const session = target.session(config);
        return new Proxy(session, {
          get(s, p) {
            if (p === 'executeRead') return () => Promise.reject(timedOut);
            const value = Reflect.get(s, p) as unknown;
            return typeof value === 'function' ? value.bind(s) : value;
          },
        });
      };
    },
  });
  const timed = await startTestApi(
    { ...db, driver },
    { transactionTimeoutMs: 1500, production: true },
  );
  try {
    const { body } = await timed.gql('{ statements(limit: 500) { id } }');
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/longer than the 1500 ms allowed/),
        extensions: { code: 'QUERY_TIMEOUT' },
      }),
    ]);
  } finally {
    await timed.close();
  }
});

// Last: adds documents (so the sample-based answers above are not affected).
test('reiterates (and the deprecated echoes): a later restatement points to the earlier one, with score and reason', async () => {
  const writer = createGraphWriter(db.driver, db.database);
  const putin = 'person:vladimir-putin';
  const topics = ['topic:strategic-stability'];
  try {
    await writer.write([
      fixtureGraph({
        publishedAt: '2024-02-01',
        statements: [
          {
            speaker: putin,
            text: 'Everything that affects strategic stability should be on the negotiating table',
            topics,
          },
        ],
      }),
    ]);
    await writer.write([
      fixtureGraph({
        publishedAt: '2024-03-01',
        statements: [
          {
            speaker: putin,
            text: 'everything that affects strategic stability must be on the negotiating table',
            topics,
          },
        ],
      }),
    ]);
  } finally {
    await writer.close();
  }
  const result = await data(
    `{ statements(where: { text: { startsWith: "everything that affects" } }) {
        text echoes { text } echoesConnection { edges { properties { score } node { id } } }
        reiteratesConnection { edges { properties { score reason } node { id } } }
        previous { text echoedBy { text } reiteratedBy { text } } } }`,
  );
  const [later] = result.statements;
  expect(later.echoes).toEqual([{ text: expect.stringMatching(/^Everything that affects/) }]);
  expect(later.echoesConnection.edges[0].properties.score).toBeGreaterThan(0.3);
  expect(later.previous.text).toMatch(/^Everything that affects/);
  expect(later.previous.echoedBy).toEqual([{ text: later.text }]);
  // The same REITERATES edge under its new name, with the reason.
  expect(later.reiteratesConnection.edges).toEqual([
    {
      properties: {
        score: later.echoesConnection.edges[0].properties.score,
        reason: expect.stringMatching(/topic:topic:strategic-stability; similarity:/),
      },
      node: later.echoesConnection.edges[0].node,
    },
  ]);
  expect(later.previous.reiteratedBy).toEqual([{ text: later.text }]);
});
