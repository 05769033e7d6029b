/**
 * The loader and linker on hand-written DocumentGraphs: whole-or-nothing batches,
 * idempotence, replacement of a new version, event merging across documents,
 * timelines that stay correct when older documents arrive later, and REITERATES.
 */
import { createGraphWriter, type GraphWriter } from '../../src/load/graph-writer';
import { writeDocuments } from '../../src/load/write-documents';
import type { DocumentGraph } from '../../src/model';
import { graphCounts } from '../harness/graph-counts';
import { fixtureGraph } from '../harness/graph-fixtures';
import { openTestDatabase, queryRows, resetDatabase, type TestDatabase } from '../harness/database';

let db: TestDatabase;
let writer: GraphWriter;
const LAVROV = 'person:sergei-lavrov';
const BLINKEN = 'person:antony-blinken';

beforeEach(async () => {
  db = openTestDatabase();
  await resetDatabase(db);
  writer = createGraphWriter(db.driver, db.database);
});
afterEach(async () => {
  await writer.close();
  await db.close();
});

const query = <T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}) =>
  queryRows<T>(db, cypher, params);

async function timeline(speaker: string): Promise<string[]> {
  const rows = await query<{ texts: string[] }>(
    `MATCH (p:Person {id: $speaker})-[:SAID]->(first:Statement)
     WHERE NOT EXISTS { (:Statement)-[:NEXT_BY_SPEAKER]->(first) }
     MATCH path = (first)-[:NEXT_BY_SPEAKER*0..]->(last) WHERE NOT EXISTS { (last)-[:NEXT_BY_SPEAKER]->() }
     RETURN [n IN nodes(path) | n.text] AS texts`,
    { speaker },
  );
  expect(rows).toHaveLength(1);
  return rows[0]!.texts;
}

test('loads a batch, and loading it again changes nothing and reports unchanged', async () => {
  const graphs = [
    fixtureGraph({
      publishedAt: '2021-05-17',
      statements: [
        { speaker: LAVROV, text: 'Russia will judge by deeds', topics: ['topic:sanctions'] },
      ],
    }),
    fixtureGraph({
      publishedAt: '2021-05-19',
      statements: [{ speaker: BLINKEN, text: 'We seek predictable relations' }],
    }),
  ];
  const first = await writer.write(graphs);
  expect(first.map((r) => r.outcome)).toEqual(['loaded', 'loaded']);
  const before = await graphCounts(db.driver, db.database);
  expect(before['label:Statement']).toBe(2);
  expect(before['type:SAID']).toBe(2);
  expect(before['type:ABOUT']).toBe(1);
  const second = await writer.write(graphs);
  expect(second.map((r) => r.outcome)).toEqual(['unchanged', 'unchanged']);
  expect(await graphCounts(db.driver, db.database)).toEqual(before);
});

test('a new version of a document (same url) replaces its statements and events; shared entities stay', async () => {
  const url = 'https://example.org/readout';
  const v1 = fixtureGraph({
    publishedAt: '2021-05-17',
    url,
    statements: [
      { speaker: LAVROV, text: 'First wording', event: 'm' },
      { speaker: LAVROV, text: 'Dropped later' },
    ],
    events: [
      {
        key: 'm',
        kind: 'Meeting',
        place: 'place:reykjavik',
        date: '2021-05-20',
        status: 'planned',
        participants: [LAVROV, BLINKEN],
      },
    ],
  });
  const v2 = fixtureGraph({
    publishedAt: '2021-05-17',
    url,
    salt: 'Corrected. ',
    statements: [{ speaker: LAVROV, text: 'Second wording' }],
  });
  await writer.write([v1]);
  const [result] = await writer.write([v2]);
  expect(result!.outcome).toBe('replaced');
  const texts = await query<{ text: string }>(
    'MATCH (s:Statement) RETURN s.text AS text ORDER BY text',
  );
  expect(texts.map((t) => t.text)).toEqual(['Second wording']);
  expect(await query('MATCH (e:Event) RETURN e')).toHaveLength(0);
  expect(await query('MATCH (d:Document) RETURN d')).toHaveLength(1);
  expect(await query('MATCH (p:Person) RETURN p')).toHaveLength(2);
  expect(await timeline(LAVROV)).toEqual(['Second wording']);
});

test('two documents about one meeting yield one Event reported in both; planned becomes held', async () => {
  const announced = fixtureGraph({
    publishedAt: '2021-05-17',
    statements: [{ speaker: LAVROV, text: 'I look forward to Reykjavik', event: 'r' }],
    events: [
      {
        key: 'r',
        kind: 'Meeting',
        place: 'place:reykjavik',
        date: '2021-05-20',
        status: 'planned',
        participants: [LAVROV, BLINKEN],
      },
    ],
  });
  const reported = fixtureGraph({
    publishedAt: '2021-05-21',
    statements: [{ speaker: BLINKEN, text: 'We had a productive meeting', event: 'r' }],
    events: [
      {
        key: 'r',
        kind: 'Meeting',
        place: null,
        date: '2021-05-19',
        status: 'held',
        participants: [BLINKEN],
      },
    ],
  });
  const unrelated = fixtureGraph({
    publishedAt: '2021-06-30',
    statements: [{ speaker: BLINKEN, text: 'Another meeting entirely', event: 'g' }],
    events: [
      {
        key: 'g',
        kind: 'Meeting',
        place: 'place:geneva',
        date: '2021-06-30',
        status: 'held',
        participants: [BLINKEN],
      },
    ],
  });
  await writer.write([announced]);
  await writer.write([reported, unrelated]);
  const events = await query<{ status: string; docs: number; said: number; date: string }>(
    `MATCH (e:Event) OPTIONAL MATCH (e)-[:HELD_IN]->(p:Place)
     RETURN e.status AS status, toString(e.date) AS date, p.id AS place,
            COUNT { (e)-[:REPORTED_IN]->() } AS docs, COUNT { (e)<-[:MADE_AT]-() } AS said ORDER BY date`,
  );
  expect(events).toEqual([
    { status: 'held', date: '2021-05-20', place: 'place:reykjavik', docs: 2, said: 2 },
    { status: 'held', date: '2021-06-30', place: 'place:geneva', docs: 1, said: 1 },
  ]);
});

type EventChange = { date: string | null; status: 'planned' | 'held' };
const meetingWith = (publishedAt: string, text: string, change: EventChange) =>
  fixtureGraph({
    publishedAt,
    statements: [{ speaker: LAVROV, text, event: 'm' }],
    events: [{ key: 'm', kind: 'Meeting', place: null, participants: [LAVROV], ...change }],
  });

// The same-event rule against the graph (match-events.cypher: seeks on INVOLVES keys).
test.each<[string, EventChange, EventChange, number]>([
  [
    'undated planned, then dated held',
    { date: null, status: 'planned' },
    { date: '2021-05-20', status: 'held' },
    1,
  ],
  [
    'dated held, then undated planned',
    { date: '2021-05-20', status: 'held' },
    { date: null, status: 'planned' },
    1,
  ],
  [
    'dated planned, then undated held',
    { date: '2021-05-20', status: 'planned' },
    { date: null, status: 'held' },
    1,
  ],
  [
    'dated held, then undated held',
    { date: '2021-05-20', status: 'held' },
    { date: null, status: 'held' },
    2,
  ],
  [
    'two days apart',
    { date: '2021-05-20', status: 'held' },
    { date: '2021-05-22', status: 'held' },
    1,
  ],
  [
    'three days apart',
    { date: '2021-05-20', status: 'held' },
    { date: '2021-05-23', status: 'held' },
    2,
  ],
])('an event already in the graph, %s: %#', async (_, first, second, events) => {
  await writer.write([meetingWith('2021-05-17', 'First', first)]);
  await writer.write([meetingWith('2021-05-24', 'Second', second)]);
  expect(await query('MATCH (e:Event) RETURN e.id')).toHaveLength(events);
});

test('events written before the match keys existed are keyed by the next load and matched', async () => {
  await writer.write([
    meetingWith('2021-05-17', 'First', { date: '2021-05-20', status: 'planned' }),
  ]);
  await writer.close();
  await query(
    'MATCH ()-[r:INVOLVES]->() REMOVE r.matchKey, r.date, r.plannedKey, r.undatedPlannedKey',
  );
  writer = createGraphWriter(db.driver, db.database);
  await writer.write([meetingWith('2021-05-24', 'Second', { date: null, status: 'held' })]);
  expect(await query('MATCH (e:Event) RETURN e.status AS status')).toEqual([{ status: 'held' }]);
  expect(
    await query(
      'MATCH ()-[r:INVOLVES]->(:Person) RETURN r.matchKey AS key, toString(r.date) AS date',
    ),
  ).toEqual([{ key: `Meeting|${LAVROV}`, date: '2021-05-20' }]);
});

test('documents loaded out of date order give a correct NEXT_BY_SPEAKER chain', async () => {
  const docs: DocumentGraph[] = [
    fixtureGraph({
      publishedAt: '2021-05-20',
      statements: [{ speaker: LAVROV, text: 'C on the 20th' }],
    }),
    fixtureGraph({
      publishedAt: '2021-05-17',
      statements: [
        { speaker: LAVROV, text: 'A on the 17th' },
        { speaker: LAVROV, text: 'B later on the 17th' },
      ],
    }),
    fixtureGraph({
      publishedAt: '2021-06-01',
      statements: [{ speaker: LAVROV, text: 'E in June' }],
    }),
    fixtureGraph({
      publishedAt: '2021-05-25',
      statements: [{ speaker: LAVROV, text: 'D on the 25th' }],
    }),
    fixtureGraph({
      publishedAt: '2021-05-01',
      statements: [{ speaker: LAVROV, text: 'Z said on the 18th', date: '2021-05-18' }],
    }),
  ];
  for (const doc of docs) await writer.write([doc]);
  expect(await timeline(LAVROV)).toEqual([
    'A on the 17th',
    'B later on the 17th',
    'Z said on the 18th',
    'C on the 20th',
    'D on the 25th',
    'E in June',
  ]);
  expect((await query('MATCH ()-[r:NEXT_BY_SPEAKER]->() RETURN r')).length).toBe(5);
});

test('a load stopped between its two transactions is finished by the next load, before it writes', async () => {
  const restated = 'Russia will respond to any sanctions in a measured and proportionate way';
  const first = fixtureGraph({
    publishedAt: '2021-05-17',
    statements: [{ speaker: LAVROV, text: restated, topics: ['topic:sanctions'] }],
  });
  const last = fixtureGraph({
    publishedAt: '2021-06-01',
    statements: [{ speaker: LAVROV, text: `As before, ${restated}`, topics: ['topic:sanctions'] }],
  });
  const stopped = fixtureGraph({
    publishedAt: '2021-05-20',
    statements: [{ speaker: LAVROV, text: 'Said on the 20th' }],
  });
  const next = fixtureGraph({
    publishedAt: '2021-05-25',
    statements: [{ speaker: LAVROV, text: 'Said on the 25th' }],
  });
  await writer.write([first, last]);
  // Only the first transaction of a load (documents written), as if the loader died before
  // the second one (timelines, statement links, `linked`).
  const session = db.driver.session(db.database === undefined ? {} : { database: db.database });
  try {
    await session.executeWrite((tx) => writeDocuments(tx, [stopped]));
  } finally {
    await session.close();
  }
  expect(await query('MATCH (d:Document) WHERE NOT d.linked RETURN d.id')).toHaveLength(1);
  // The next load brings a statement sorted between the unchained one and the last: the
  // stopped document is finished first, so the new statement joins a whole chain.
  expect((await writer.write([next])).map((r) => r.outcome)).toEqual(['loaded']);
  expect(await timeline(LAVROV)).toEqual([
    restated,
    'Said on the 20th',
    'Said on the 25th',
    `As before, ${restated}`,
  ]);
  expect((await query('MATCH ()-[r:REITERATES]->() RETURN r')).length).toBe(1);
  expect(await query('MATCH (d:Document) WHERE NOT d.linked RETURN d')).toEqual([]);
  // Finishing it again changes nothing.
  const counts = await graphCounts(db.driver, db.database);
  expect((await writer.write([first, stopped, next, last])).map((r) => r.outcome)).toEqual([
    'unchanged',
    'unchanged',
    'unchanged',
    'unchanged',
  ]);
  expect(await graphCounts(db.driver, db.database)).toEqual(counts);
});

test('a chain stays whole when batches interleave dates and a document in the middle is replaced', async () => {
  const url = 'https://example.org/c';
  const c = (text: string, salt?: string) =>
    fixtureGraph({ publishedAt: '2021-05-20', url, salt, statements: [{ speaker: LAVROV, text }] });
  await writer.write([
    c('C on the 20th'),
    fixtureGraph({
      publishedAt: '2021-06-01',
      statements: [{ speaker: LAVROV, text: 'E in June' }],
    }),
    fixtureGraph({
      publishedAt: '2021-05-17',
      statements: [{ speaker: LAVROV, text: 'A on the 17th' }],
    }),
  ]);
  await writer.write([
    fixtureGraph({
      publishedAt: '2021-05-25',
      statements: [
        { speaker: LAVROV, text: 'D on the 25th' },
        { speaker: BLINKEN, text: 'Blinken on the 25th' },
      ],
    }),
    fixtureGraph({
      publishedAt: '2021-05-18',
      statements: [{ speaker: LAVROV, text: 'B on the 18th' }],
    }),
    fixtureGraph({
      publishedAt: '2021-07-01',
      statements: [{ speaker: LAVROV, text: 'F in July' }],
    }),
  ]);
  expect(await timeline(LAVROV)).toEqual([
    'A on the 17th',
    'B on the 18th',
    'C on the 20th',
    'D on the 25th',
    'E in June',
    'F in July',
  ]);
  const [replaced] = await writer.write([c('C corrected', 'v2 ')]);
  expect(replaced!.outcome).toBe('replaced');
  expect(await timeline(LAVROV)).toEqual([
    'A on the 17th',
    'B on the 18th',
    'C corrected',
    'D on the 25th',
    'E in June',
    'F in July',
  ]);
  expect(await timeline(BLINKEN)).toEqual(['Blinken on the 25th']);
  const degrees = await query<{ out: number; in: number }>(
    'MATCH (s:Statement) RETURN COUNT { (s)-[:NEXT_BY_SPEAKER]->() } AS out, COUNT { (s)<-[:NEXT_BY_SPEAKER]-() } AS in',
  );
  for (const d of degrees) expect(Math.max(d.out, d.in)).toBeLessThanOrEqual(1);
  expect((await query('MATCH ()-[r:NEXT_BY_SPEAKER]->() RETURN r')).length).toBe(5);
});

test('a speaker restating a position on a shared topic gets REITERATES to the earlier statement', async () => {
  const topics = ['topic:strategic-stability'];
  await writer.write([
    fixtureGraph({
      publishedAt: '2021-04-01',
      statements: [
        {
          speaker: LAVROV,
          text: 'Everything that affects strategic stability should be on the negotiating table',
          topics,
        },
        {
          speaker: LAVROV,
          text: 'Sanctions and tourism are unrelated matters of strategic stability today',
          topics,
        },
      ],
    }),
  ]);
  await writer.write([
    fixtureGraph({
      publishedAt: '2021-05-17',
      statements: [
        {
          speaker: LAVROV,
          text: 'everything that affects strategic stability must be on the negotiating table',
          topics,
        },
      ],
    }),
  ]);
  const links = await query<{ from: string; to: string; score: number; reason: string }>(
    'MATCH (a:Statement)-[e:REITERATES]->(b:Statement) RETURN a.text AS from, b.text AS to, e.score AS score, e.reason AS reason',
  );
  expect(links).toHaveLength(1);
  expect(links[0]!.from).toMatch(/^everything/);
  expect(links[0]!.to).toMatch(/^Everything/);
  expect(links[0]!.score).toBeGreaterThan(0.4);
  expect(links[0]!.reason).toMatch(/^topic:topic:strategic-stability; similarity:[\d.]+$/);
});

test('an inconsistent document fails alone with a reason; the rest of the batch loads', async () => {
  const good = fixtureGraph({
    publishedAt: '2021-05-17',
    statements: [{ speaker: LAVROV, text: 'Good document' }],
  });
  const bad = fixtureGraph({
    publishedAt: '2021-05-18',
    statements: [{ speaker: LAVROV, text: 'Bad document' }],
  });
  bad.statements[0]!.end = bad.document.text.length + 10;
  const results = await writer.write([good, bad]);
  expect(results.map((r) => r.outcome)).toEqual(['loaded', 'failed']);
  expect(results[1]!.error).toMatchObject({ code: 'GRAPH_INVALID' });
  expect(results[1]!.error!.message).toContain(bad.document.source!);
  const texts = await query<{ text: string }>('MATCH (s:Statement) RETURN s.text AS text');
  expect(texts).toEqual([{ text: 'Good document' }]);
  expect(await query('MATCH (d:Document) RETURN d')).toHaveLength(1);
});
