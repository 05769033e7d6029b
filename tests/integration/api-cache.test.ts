/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are read as untyped JSON */
/**
 * The result cache and the graph version: a load that writes bumps the version in its
 * transaction, and a server whose answers are cached for far longer than the test runs
 * answers with the new documents within its version poll interval. A load that changes
 * nothing leaves the version (and so the cache) alone.
 */
import { createGraphWriter, type GraphWriter } from '../../src/load/graph-writer';
import { readGraphVersion } from '../../src/load/graph-version';
import { graphCounts } from '../harness/graph-counts';
import { openTestDatabase, resetDatabase, type TestDatabase } from '../harness/database';
import { fixtureGraph } from '../harness/graph-fixtures';
import { cypherRows, startTestApi, type TestApi } from './api-harness';

const PUTIN = 'person:vladimir-putin';
const POLL_MS = 250;
/** Far beyond the poll interval, on a busy machine; far below the TTL. */
const MARGIN_MS = 5000;

let db: TestDatabase;
let writer: GraphWriter;
let api: TestApi;

const first = fixtureGraph({
  publishedAt: '2024-02-01',
  url: 'https://example.org/cache-first',
  statements: [{ speaker: PUTIN, text: 'Sovereignty is not negotiable for the cache test' }],
});
const second = fixtureGraph({
  publishedAt: '2024-03-01',
  url: 'https://example.org/cache-second',
  statements: [{ speaker: PUTIN, text: 'Sovereignty was discussed again for the cache test' }],
});

beforeAll(async () => {
  db = openTestDatabase();
  await resetDatabase(db);
  writer = createGraphWriter(db.driver, db.database);
  await writer.write([first]);
  api = await startTestApi(db, { cacheTtlMs: 600_000, cacheVersionPollMs: POLL_MS });
});

afterAll(async () => {
  await api?.close();
  await writer?.close();
  await db?.close();
});

const QUERY = `{ searchStatements(query: "sovereignty") { statement { text } }
  statementsConnection { totalCount } }`;

async function ask(): Promise<{ texts: string[]; total: number }> {
  const { body } = await api.gql(QUERY);
  expect(body.errors).toBeUndefined();
  return {
    texts: body.data.searchStatements.map((h: any) => h.statement.text).sort(),
    total: body.data.statementsConnection.totalCount,
  };
}

test('a load shows in cached answers within the poll interval, long before the TTL', async () => {
  const before = await ask();
  expect(before).toEqual({ texts: [first.statements[0]!.text], total: 1 });

  // The cache is in use: a change that bypasses the loader (no new version) is not seen.
  await cypherRows(db, "CREATE (:Statement {id: 'stmt:cache-bypass', text: 'sovereignty'})");
  try {
    await new Promise((resolve) => setTimeout(resolve, 2 * POLL_MS));
    expect(await ask()).toEqual(before);
  } finally {
    await cypherRows(db, "MATCH (s:Statement {id: 'stmt:cache-bypass'}) DETACH DELETE s");
  }

  const version = await readGraphVersion(db.driver, db.database);
  expect((await writer.write([second])).map((r) => r.outcome)).toEqual(['loaded']);
  // Bumped by both of the load's transactions (documents; timelines and echoes).
  expect(await readGraphVersion(db.driver, db.database)).toBe(version! + 2);
  const loadedAt = Date.now();
  const expected = {
    texts: [first.statements[0]!.text, second.statements[0]!.text].sort(),
    total: 2,
  };
  let now = await ask();
  while (
    JSON.stringify(now) !== JSON.stringify(expected) &&
    Date.now() - loadedAt < POLL_MS + MARGIN_MS
  ) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    now = await ask();
  }
  expect(now).toEqual(expected);
  expect(Date.now() - loadedAt).toBeLessThan(POLL_MS + MARGIN_MS);
});

test('only a load that writes or replaces a document bumps the version; there is one version node', async () => {
  const version = await readGraphVersion(db.driver, db.database);
  expect(version).toBeGreaterThanOrEqual(4);
  const counts = await graphCounts(db.driver, db.database);

  expect((await writer.write([first, second])).map((r) => r.outcome)).toEqual([
    'unchanged',
    'unchanged',
  ]);
  expect(await readGraphVersion(db.driver, db.database)).toBe(version);
  expect(await graphCounts(db.driver, db.database)).toEqual(counts);

  const newVersion = fixtureGraph({
    publishedAt: '2024-02-01',
    url: 'https://example.org/cache-first',
    salt: 'Updated. ',
    statements: [{ speaker: PUTIN, text: 'Sovereignty is not negotiable for the cache test' }],
  });
  expect((await writer.write([newVersion])).map((r) => r.outcome)).toEqual(['replaced']);
  // Bumped by both of the load's transactions (documents; timelines and echoes).
  expect(await readGraphVersion(db.driver, db.database)).toBe(version! + 2);
  expect((await graphCounts(db.driver, db.database))['label:GraphVersion']).toBe(1);
});

test('the version node is not part of the GraphQL schema', async () => {
  const { body } = await api.gql('{ __type(name: "GraphVersion") { name } }');
  expect(body.data.__type).toBeNull();
});
