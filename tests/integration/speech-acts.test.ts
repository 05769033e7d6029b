/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are read as untyped JSON */
/**
 * Speech acts and addressees (issue #12) as `diplograph load` writes them and the API
 * serves them: the Interfax seed, loaded by the real loader into the harness's Neo4j.
 */
import path from 'node:path';
import { toPlain } from '../../src/cli/to-plain';
import { openTestDatabase, resetDatabase, type TestDatabase } from '../harness/database';
import { loadForTest } from '../harness/load';
import { SAMPLES, startTestApi, type TestApi } from './api-harness';

const SEED = path.join(SAMPLES, 'interfax-2021-05-17-lavrov.txt');

let db: TestDatabase;
let api: TestApi;

beforeAll(async () => {
  db = openTestDatabase();
  await resetDatabase(db);
  const summary = await loadForTest(db, [SEED]);
  expect(summary.failed).toEqual([]);
  expect(summary.loaded).toBe(1);
  api = await startTestApi(db);
}, 300_000);

afterAll(async () => {
  await api?.close();
  await db?.close();
});

async function cypher(query: string): Promise<Record<string, unknown>[]> {
  const { records } = await db.driver.executeQuery(
    query,
    {},
    {
      routing: 'READ',
      ...(db.database === undefined ? {} : { database: db.database }),
    },
  );
  return records.map((r) => toPlain(r.toObject()) as Record<string, unknown>);
}

test('the seed has a warning addressed to the United States (Cypher)', async () => {
  const rows = await cypher(
    `MATCH (s:Statement {act: 'WARNING'})-[:ADDRESSED_TO]->(c:Country {id: 'country:us'})
     MATCH (s)-[:REPORTED_IN]->(d:Document)
     RETURN s.polarity AS polarity, s.actConfidence AS confidence,
            substring(d.text, s.actCueStart, s.actCueEnd - s.actCueStart) AS cue,
            c:Entity AS entity`,
  );
  expect(rows).toEqual([
    {
      polarity: 'ADVERSARIAL',
      confidence: 0.7,
      cue: 'if these are consistently predictable sanctions',
      entity: true,
    },
  ]);
});

test('properties have the contract types; an assertion has no cue properties', async () => {
  const rows = await cypher(
    `MATCH (s:Statement)
     RETURN s.act AS act, count(*) AS n,
            all(x IN collect(s.actCueStart) WHERE valueType(x) = 'INTEGER NOT NULL') AS intCues,
            all(x IN collect(s.actConfidence) WHERE valueType(x) = 'FLOAT NOT NULL') AS floats,
            sum(CASE WHEN s.actCueStart IS NULL THEN 1 ELSE 0 END) AS uncued
     ORDER BY act`,
  );
  const byAct = Object.fromEntries(rows.map((r) => [r['act'], r]));
  expect(Object.keys(byAct).sort()).toEqual(
    ['ASSERTION', 'CONDITION', 'DEMAND', 'PROPOSAL', 'WARNING'].sort(),
  );
  for (const r of rows) expect(r).toMatchObject({ intCues: true, floats: true });
  expect(byAct['ASSERTION']).toMatchObject({ uncued: byAct['ASSERTION']!['n'] });
  expect(byAct['CONDITION']).toMatchObject({ n: 2, uncued: 0 });
});

test('GraphQL: statements(where: { act: { eq: WARNING } }) with addressedTo', async () => {
  const response = await api.gql(`{
    statements(where: { act: { eq: WARNING } }) {
      act polarity actConfidence actCue { start end } addressedTo { id name }
      speaker { id }
      provenance { excerpt }
    }
  }`);
  expect(response.body.errors).toBeUndefined();
  const statements = response.body.data.statements as any[];
  expect(statements).toHaveLength(1);
  const [warning] = statements;
  expect(warning).toMatchObject({
    act: 'WARNING',
    polarity: 'ADVERSARIAL',
    actConfidence: 0.7,
    addressedTo: [{ id: 'country:us', name: 'United States' }],
    speaker: { id: 'person:sergei-lavrov' },
  });
  expect(warning.actCue.end - warning.actCue.start).toBe(
    'if these are consistently predictable sanctions'.length,
  );
  expect(warning.provenance.excerpt).toContain('if these are consistently predictable sanctions');
});

test('GraphQL: statements addressed to the United States, by act', async () => {
  const response = await api.gql(`{
    statements(
      where: { addressedTo: { some: { id: { eq: "country:us" } } } }
      sort: [{ start: ASC }]
    ) { act actCue { start } }
  }`);
  expect(response.body.errors).toBeUndefined();
  const acts = (response.body.data.statements as any[]).map((s) => s.act);
  expect(acts).toEqual(['CONDITION', 'WARNING', 'PROPOSAL', 'CONDITION', 'DEMAND']);
});
