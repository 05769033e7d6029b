/**
 * Typed links between statements (src/link/statement-links.ts) against the real Neo4j, on
 * the hand-written documents of tests/fixtures/links/docs, each loaded by its own
 * `loadDocuments` run (read, extract, write, link), so every link is made across documents
 * loaded separately: a State Department answer "in response to" Lavrov three days later →
 * RESPONDS_TO and CONTRADICTS; Lavrov saying again what "Russia has repeatedly stated" →
 * REITERATES. Loading them again, in the other order, or by two writers at once gives the same
 * edges.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openTestDatabase, queryRows, resetDatabase, type TestDatabase } from '../harness/database';
import { loadForTest } from '../harness/load';
import { linkStatements } from '../../src/link/statement-links';
import { extractDocument } from '../../src/extract';
import { toSourceDocument } from '../../src/ingest';
import { loadDictionaries } from '../../src/ingest/dictionaries';
import { createGraphWriter } from '../../src/load/graph-writer';

const DOCS = path.join(__dirname, '..', 'fixtures', 'links', 'docs');
const LAVROV_MISSILES = path.join(DOCS, '01-interfax-lavrov-missiles-2024-03-04.txt');
const MILLER_RESPONSE = path.join(DOCS, '02-us-state-miller-response-2024-03-07.txt');
const LAVROV_AGAIN = path.join(DOCS, '03-interfax-lavrov-reiterates-2024-03-20.txt');

let db: TestDatabase;

beforeAll(() => {
  db = openTestDatabase();
});
beforeEach(async () => {
  await resetDatabase(db);
});
afterAll(async () => {
  await db.close();
});

interface Link {
  type: string;
  from: string;
  fromSpeaker: string;
  to: string;
  toSpeaker: string;
  score: number;
  reason: string;
}

async function links(): Promise<Link[]> {
  return queryRows<Link>(
    db,
    `MATCH (a:Statement)-[r:REITERATES|RESPONDS_TO|CONTRADICTS]->(b:Statement)
     RETURN type(r) AS type, a.text AS from, a.speakerId AS fromSpeaker, b.text AS to,
            b.speakerId AS toSpeaker, r.score AS score, r.reason AS reason
     ORDER BY type, from, to`,
  );
}

async function loadSeparately(files: string[]): Promise<void> {
  for (const file of files) {
    const summary = await loadForTest(db, [file]);
    expect([summary.loaded, summary.failed]).toEqual([1, []]);
  }
}

test('a State Department answer to Lavrov, loaded days later, RESPONDS_TO and CONTRADICTS his claim', async () => {
  await loadSeparately([LAVROV_MISSILES, MILLER_RESPONSE]);
  const found = await links();
  const responds = found.filter((l) => l.type === 'RESPONDS_TO');
  expect(responds).toEqual([
    {
      type: 'RESPONDS_TO',
      from: expect.stringMatching(/^Russia had not complied with the INF Treaty/),
      fromSpeaker: 'person:matthew-miller',
      to: 'Russia had complied with the INF Treaty until the very last day',
      toSpeaker: 'person:sergei-lavrov',
      score: expect.any(Number),
      reason: expect.stringMatching(
        /^names:country:ru; topic:topic:arms-control; similarity:0\.\d+$/,
      ),
    },
    {
      type: 'RESPONDS_TO',
      from: expect.stringMatching(/^Washington poses no threat to strategic stability/),
      fromSpeaker: 'person:matthew-miller',
      to: expect.stringMatching(
        /^The United States is preparing to deploy intermediate-range missiles/,
      ),
      toSpeaker: 'person:sergei-lavrov',
      score: expect.any(Number),
      reason: expect.stringMatching(
        /^cue:responding to; names:country:ru; topic:topic:strategic-stability; similarity:0\.\d+$/,
      ),
    },
  ]);
  for (const l of responds) expect(l.score).toBeGreaterThanOrEqual(0.5);
  const contradicts = found.filter((l) => l.type === 'CONTRADICTS');
  expect(
    contradicts.map((l) => [l.from.slice(0, 30), l.to.slice(0, 30), l.reason.split(';')[0]]),
  ).toEqual([
    ['Russia had not complied with t', 'Russia had complied with the I', 'negation'],
    ['Washington poses no threat to ', 'The United States is preparing', 'negation'],
  ]);
  for (const l of contradicts) expect(l.score).toBeGreaterThanOrEqual(0.75);
  // Lavrov's negotiating-table position is not what Miller answers, nor a restatement.
  expect(found.filter((l) => l.to.startsWith('Everything that affects'))).toEqual([]);
});

test('"Russia has repeatedly stated" what Lavrov said two weeks before → REITERATES, the cue in the reason', async () => {
  await loadSeparately([LAVROV_MISSILES, LAVROV_AGAIN]);
  const reiterates = (await links()).filter((l) => l.type === 'REITERATES');
  const negotiatingTable = reiterates.find((l) => l.to.startsWith('Everything that affects'));
  expect(negotiatingTable).toEqual({
    type: 'REITERATES',
    from: 'Russia has repeatedly stated that everything that affects strategic stability should be on the negotiating table',
    fromSpeaker: 'person:sergei-lavrov',
    to: expect.stringMatching(
      /^Everything that affects strategic stability should be on the negotiating table/,
    ),
    toSpeaker: 'person:sergei-lavrov',
    score: expect.any(Number),
    reason: expect.stringMatching(
      /^cue:repeatedly stated; topic:topic:diplomacy; topic:topic:strategic-stability; similarity:0\.\d+$/,
    ),
  });
  // The one false positive of the labelled pairs (src/link/README.md): the cue also lifts his
  // claim about US missiles on the same topic over the threshold, but well below the restatement.
  expect(reiterates.map((l) => l.to.slice(0, 30)).sort()).toEqual([
    'Everything that affects strate',
    'The United States is preparing',
  ]);
  for (const l of reiterates) expect(l.score).toBeLessThanOrEqual(negotiatingTable!.score);
  // The cue adds 0.25 to the similarity.
  const similarity = Number(/similarity:([\d.]+)/.exec(negotiatingTable!.reason)![1]);
  expect(negotiatingTable!.score).toBeCloseTo(Math.min(1, similarity + 0.25), 3);
});

test('loading again adds no edge; the other order gives the same edges', async () => {
  const all = [LAVROV_MISSILES, MILLER_RESPONSE, LAVROV_AGAIN];
  await loadSeparately(all);
  const first = await links();
  expect(first.length).toBeGreaterThanOrEqual(5);
  const again = await loadForTest(db, all);
  expect([again.loaded, again.unchanged]).toEqual([0, 3]);
  expect(await links()).toEqual(first);
  // Linking every statement again (what `diplograph import` does after the import) changes nothing.
  const ids = (await queryRows<{ id: string }>(db, 'MATCH (s:Statement) RETURN s.id AS id')).map(
    (r) => r.id,
  );
  const session = db.driver.session(db.database === undefined ? {} : { database: db.database });
  try {
    await session.executeWrite((tx) => linkStatements(tx, ids));
  } finally {
    await session.close();
  }
  expect(await links()).toEqual(first);

  await resetDatabase(db);
  await loadSeparately([...all].reverse());
  expect(await links()).toEqual(first);
});

test('two writers at once on one database write each link once, as one load after the other does', async () => {
  await loadSeparately([LAVROV_MISSILES, LAVROV_AGAIN]);
  const sequential = await links();
  expect(sequential.length).toBeGreaterThanOrEqual(2);
  await resetDatabase(db);
  // Two loads' writers, each with one document: both write (one after the other, on the graph
  // version's lock), then both link, each seeing the other's statements — a link the first
  // CREATEs must not be CREATEd again by the second.
  const dictionaries = loadDictionaries();
  const graphOf = (file: string) =>
    extractDocument(
      toSourceDocument(fs.readFileSync(file, 'utf8'), { source: file, format: 'text' }),
      dictionaries,
    );
  const writers = [
    createGraphWriter(db.driver, db.database),
    createGraphWriter(db.driver, db.database),
  ];
  try {
    await Promise.all(writers.map((w) => w.ensureSchema()));
    const results = await Promise.all([
      writers[0]!.write([graphOf(LAVROV_MISSILES)]),
      writers[1]!.write([graphOf(LAVROV_AGAIN)]),
    ]);
    expect(results.flat().map((r) => r.outcome)).toEqual(['loaded', 'loaded']);
  } finally {
    await Promise.all(writers.map((w) => w.close()));
  }
  expect(await links()).toEqual(sequential);
});
