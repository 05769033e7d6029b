/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are read as untyped JSON */
/**
 * As-of queries (issue #12, part 4) over real HTTP on the real Neo4j: the samples (the seed
 * for the Lavrov example) plus two fixture documents about one speaker, published on
 * different days, and an office held for a term. What a list answers as of a date is what
 * the graph knew from documents published up to it, and the offices held on it; the fast
 * paths give the same answers as the generated Cypher.
 */
import { EXAMPLE_QUERIES } from '../../src/api/examples';
import { createSchema } from '../../src/api/schema';
import { createGraphWriter } from '../../src/load/graph-writer';
import type { DocumentGraph } from '../../src/model';
import { openTestDatabase, type TestDatabase } from '../harness/database';
import { fixtureGraph } from '../harness/graph-fixtures';
import { loadSamples, startTestApi, type TestApi } from './api-harness';

let db: TestDatabase;
let api: TestApi;
let generated: TestApi;

const SPEAKER = 'person:asof-speaker';
const TOPIC = 'topic:asof-probe';
const OFFICE = 'office:asof-envoy';
const FIRST = 'First word on the probe of the day before';
const SECOND = 'Second word on the probe published later';
const UNDATED = 'Third word on the probe from a document without a date';
const BEFORE = '2021-06-05'; // after the first document, before the second
const AFTER = '2021-06-15'; // after both

function graphs(): DocumentGraph[] {
  const first = fixtureGraph({
    publishedAt: '2021-06-01',
    statements: [{ speaker: SPEAKER, text: FIRST, topics: [TOPIC], event: 'talks' }],
    events: [
      {
        key: 'talks',
        kind: 'Talks',
        place: null,
        date: '2021-06-01',
        status: 'held',
        participants: [SPEAKER, 'person:asof-other'],
      },
    ],
  });
  const office = {
    office: OFFICE,
    title: 'Special Envoy for As-Of Tests',
    of: null,
    from: '2020-01-01',
    to: '2021-06-10',
  };
  for (const entity of first.entities) if (entity.id === SPEAKER) entity.offices.push(office);
  const second = fixtureGraph({
    publishedAt: '2021-06-10',
    statements: [{ speaker: SPEAKER, text: SECOND, topics: [TOPIC], event: 'call' }],
    events: [
      {
        key: 'call',
        kind: 'PhoneCall',
        place: null,
        date: '2021-06-10',
        status: 'held',
        participants: [SPEAKER, 'person:asof-other'],
      },
    ],
  });
  const undated = fixtureGraph({
    publishedAt: '2021-06-02',
    statements: [
      { speaker: SPEAKER, text: UNDATED, topics: [TOPIC], date: '2021-06-02', event: 'briefing' },
    ],
    events: [
      {
        key: 'briefing',
        kind: 'PressConference',
        place: null,
        date: '2021-06-02',
        status: 'held',
        participants: [SPEAKER],
      },
    ],
  });
  undated.document.publishedAt = null;
  return [first, second, undated];
}

beforeAll(async () => {
  db = openTestDatabase();
  await loadSamples(db);
  const writer = createGraphWriter(db.driver, db.database);
  try {
    const results = await writer.write(graphs());
    expect(results.map((r) => r.outcome)).toEqual(['loaded', 'loaded', 'loaded']);
  } finally {
    await writer.close();
  }
  api = await startTestApi(db, { cacheTtlMs: 30_000 });
  generated = await startTestApi(
    db,
    { cacheTtlMs: 0 },
    { schema: await createSchema({ driver: db.driver, fastPaths: false }) },
  );
}, 300_000);

afterAll(async () => {
  await api?.close();
  await generated?.close();
  await db?.close();
});

async function data(query: string, variables?: Record<string, unknown>, on = api): Promise<any> {
  const { status, body } = await on.gql(query, variables);
  expect(body.errors).toBeUndefined();
  expect(status).toBe(200);
  return body.data;
}

const texts = (statements: { text: string }[]) => statements.map((s) => s.text).sort();

describe('statements: as of a date before the second document, only the first is known', () => {
  test.each([
    [
      'Query.statements',
      `query($d: Date) { statements(asOf: $d, where: { saidBy: { some: { id: { eq: "${SPEAKER}" } } } }) { text } }`,
      (r: any) => r.statements,
    ],
    [
      'Person.said',
      `query($d: Date) { people(where: { id: { eq: "${SPEAKER}" } }) { said(asOf: $d) { text } } }`,
      (r: any) => r.people[0].said,
    ],
    [
      'Person.timeline',
      `query($d: Date) { people(where: { id: { eq: "${SPEAKER}" } }) { timeline(asOf: $d) { text } } }`,
      (r: any) => r.people[0].timeline,
    ],
    [
      'Person.timeline with a topic and another field',
      `query($d: Date) { people(where: { id: { eq: "${SPEAKER}" } }) { name timeline(topic: "${TOPIC}", asOf: $d) { text topics { id } } } }`,
      (r: any) => r.people[0].timeline,
    ],
    [
      'Topic.statements',
      `query($d: Date) { topics(where: { id: { eq: "${TOPIC}" } }) { statements(asOf: $d) { text } } }`,
      (r: any) => r.topics[0].statements,
    ],
    [
      'Query.statementsBy',
      `query($d: Date) { statementsBy(speaker: "${SPEAKER}", asOf: $d) { text } }`,
      (r: any) => r.statementsBy,
    ],
    [
      'Query.searchStatements',
      `query($d: Date) { searchStatements(query: "word probe", asOf: $d) { statement { text } } }`,
      (r: any) => r.searchStatements.map((h: any) => h.statement),
    ],
    [
      'Query.statementsConnection',
      `query($d: Date) { statementsConnection(asOf: $d, where: { saidBy: { some: { id: { eq: "${SPEAKER}" } } } }) { edges { node { text } } } }`,
      (r: any) => r.statementsConnection.edges.map((e: any) => e.node),
    ],
    [
      'Person.saidConnection',
      `query($d: Date) { people(where: { id: { eq: "${SPEAKER}" } }) { saidConnection(asOf: $d) { edges { node { text } } } } }`,
      (r: any) => r.people[0].saidConnection.edges.map((e: any) => e.node),
    ],
    [
      'Event.statements, nested in a fragment',
      `query($d: Date) { people(where: { id: { eq: "${SPEAKER}" } }) { events { ...E } } }
       fragment E on Event { statements(asOf: $d) { text } }`,
      (r: any) => r.people[0].events.flatMap((e: any) => e.statements),
    ],
  ])('%s', async (_name, query, pick) => {
    for (const on of [api, generated]) {
      expect(texts(pick(await data(query, { d: BEFORE }, on)))).toEqual([FIRST]);
      expect(texts(pick(await data(query, { d: AFTER }, on)))).toEqual([FIRST, SECOND]);
      // Without asOf (null or absent): everything, also the document without a date.
      expect(texts(pick(await data(query, { d: null }, on)))).toEqual([FIRST, SECOND, UNDATED]);
    }
  });

  test('a statement by id (a fast path without asOf) is not known before its document', async () => {
    const { statementsBy } = await data(`{ statementsBy(speaker: "${SPEAKER}") { id text } }`);
    const second = statementsBy.find((s: any) => s.text === SECOND).id as string;
    const query = `query($id: ID!, $d: Date) { statements(where: { id: { eq: $id } }, asOf: $d) { id text } }`;
    for (const on of [api, generated]) {
      expect((await data(query, { id: second, d: BEFORE }, on)).statements).toEqual([]);
      expect((await data(query, { id: second, d: AFTER }, on)).statements).toEqual([
        { id: second, text: SECOND },
      ]);
    }
  });

  test('a document without publishedAt is never known under asOf, however late', async () => {
    const result = await data(
      `{ statementsBy(speaker: "${SPEAKER}", asOf: "2999-12-31") { text } }`,
    );
    expect(texts(result.statementsBy)).toEqual([FIRST, SECOND]);
  });

  test('counts follow: aggregate and Topic.speakers', async () => {
    const query = `query($d: Date) {
      statementsConnection(asOf: $d, where: { topics: { some: { id: { eq: "${TOPIC}" } } } }) {
        aggregate { count { nodes } } }
      topics(where: { id: { eq: "${TOPIC}" } }) { speakers(asOf: $d) { personId statements lastDate } } }`;
    const before = await data(query, { d: BEFORE });
    expect(before.statementsConnection.aggregate.count.nodes).toBe(1);
    expect(before.topics[0].speakers).toEqual([
      { personId: SPEAKER, statements: 1, lastDate: '2021-06-01' },
    ]);
    const after = await data(query, { d: AFTER });
    expect(after.statementsConnection.aggregate.count.nodes).toBe(2);
    expect(after.topics[0].speakers[0].statements).toBe(2);
  });
});

describe('events: known from the documents that report them', () => {
  test.each([
    [
      'Query.events',
      `query($d: Date) { events(asOf: $d, where: { participants: { some: { id: { eq: "${SPEAKER}" } } } }) { kind } }`,
      (r: any) => r.events,
    ],
    [
      'Person.events',
      `query($d: Date) { people(where: { id: { eq: "${SPEAKER}" } }) { events(asOf: $d) { kind } } }`,
      (r: any) => r.people[0].events,
    ],
    [
      'Statement.madeAt',
      `query($d: Date) { statementsBy(speaker: "${SPEAKER}") { madeAt(asOf: $d) { kind } } }`,
      (r: any) => r.statementsBy.flatMap((s: any) => s.madeAt),
    ],
    [
      'Query.whoMet',
      `query($d: Date) { whoMet(person: "${SPEAKER}", asOf: $d) { events { kind } } }`,
      (r: any) => r.whoMet.flatMap((m: any) => m.events),
    ],
  ])('%s', async (_name, query, pick) => {
    const kinds = (r: any) =>
      pick(r)
        .map((e: any) => e.kind as string)
        .sort();
    expect(kinds(await data(query, { d: BEFORE }))).toEqual(['Talks']);
    expect(kinds(await data(query, { d: AFTER }))).toEqual(['PhoneCall', 'Talks']);
  });
});

describe('offices: held on the date (HOLDS from ≤ D, to unset or ≥ D)', () => {
  const query = `query($d: Date) {
    people(where: { id: { eq: "${SPEAKER}" } }) {
      offices(asOf: $d) { id title holders(asOf: $d) { id } }
      mine: officesConnection(asOf: $d) { edges { properties { from to } node { id } } }
    }
    offices(asOf: $d, where: { id: { eq: "${OFFICE}" } }) { id }
  }`;

  test('within the term: the office, its holder and the term', async () => {
    const result = await data(query, { d: BEFORE });
    const [person] = result.people;
    expect(person.offices).toEqual([
      { id: OFFICE, title: 'Special Envoy for As-Of Tests', holders: [{ id: SPEAKER }] },
    ]);
    expect(person.mine.edges).toEqual([
      { properties: { from: '2020-01-01', to: '2021-06-10' }, node: { id: OFFICE } },
    ]);
    expect(result.offices).toEqual([{ id: OFFICE }]);
  });

  test('on the last day of the term still, the day after and before it no more', async () => {
    expect((await data(query, { d: '2021-06-10' })).people[0].offices).toHaveLength(1);
    for (const d of [AFTER, '2019-12-31']) {
      const result = await data(query, { d });
      expect(result.people[0].offices).toEqual([]);
      expect(result.people[0].mine.edges).toEqual([]);
      expect(result.offices).toEqual([]);
    }
  });

  test('without asOf: every office, whatever the date', async () => {
    const result = await data(query, { d: null });
    expect(result.people[0].offices.map((o: any) => o.id)).toEqual([OFFICE]);
  });

  test('an alias, where, sort, limit and offset carry over to the connection it is read through', async () => {
    const result = await data(`{
      offices(where: { id: { eq: "office:russia-foreign-minister" } }) {
        now: holders(asOf: "2021-05-19", where: { name: { startsWith: "Sergei" } }, sort: [{ name: ASC }], limit: 5) { name }
        skipped: holders(asOf: "2021-05-19", offset: 1) { name }
        before: holders(asOf: "2000-01-01") { name }
      } }`);
    expect(result.offices).toEqual([{ now: [{ name: 'Sergei Lavrov' }], skipped: [], before: [] }]);
  });
});

describe('the Lavrov example of the issue (the seed, published 2021-05-17)', () => {
  const query = `query($d: Date) {
    people(where: { id: { eq: "person:sergei-lavrov" } }) {
      timeline(topic: "strategic stability", asOf: $d) { text provenance { publishedAt } }
      offices(asOf: $d) { title of { name } }
    }
  }`;

  test('as of 19 May 2021: what he had said about strategic stability, and his office', async () => {
    for (const on of [api, generated]) {
      const [lavrov] = (await data(query, { d: '2021-05-19' }, on)).people;
      expect(lavrov.timeline.length).toBeGreaterThanOrEqual(3);
      expect(lavrov.timeline.map((s: any) => s.text).join('\n')).toMatch(
        /should be on the negotiating table/,
      );
      for (const s of lavrov.timeline) expect(s.provenance.publishedAt <= '2021-05-19').toBe(true);
      expect(lavrov.offices).toEqual([
        { title: 'Minister of Foreign Affairs', of: [{ name: 'Russia' }] },
      ]);
    }
  });

  test('as of 16 May 2021, before the seed was published: nothing yet; in 2003: no office', async () => {
    const [before] = (await data(query, { d: '2021-05-16' })).people;
    expect(before.timeline).toEqual([]);
    const [early] = (await data(query, { d: '2003-01-01' })).people;
    expect(early.offices).toEqual([]);
  });

  test('offices as of a date under a @cypher field (Statement.speaker)', async () => {
    const result =
      await data(`{ searchStatements(query: "red lines", limit: 1, asOf: "2021-05-19") {
      statement { speaker { name offices(asOf: "2021-05-19") { title } } } } }`);
    expect(result.searchStatements[0].statement.speaker).toEqual({
      name: 'Sergei Lavrov',
      offices: [{ title: 'Minister of Foreign Affairs' }],
    });
  });

  test('who held which office then: Blinken was Secretary of State in May 2021, not in 2019', async () => {
    const who = `query($d: Date) { people(where: { id: { eq: "person:antony-blinken" } }) { offices(asOf: $d) { title } } }`;
    expect((await data(who, { d: '2021-05-19' })).people[0].offices.length).toBeGreaterThan(0);
    expect((await data(who, { d: '2019-05-19' })).people[0].offices).toEqual([]);
  });
});

describe('bad asOf values are refused with a clear error, before any Cypher', () => {
  test.each([
    ['2021-02-30', /not a day of the calendar/],
    ['May 19, 2021', /expected a date "YYYY-MM-DD"/],
    ['2021', /expected a date "YYYY-MM-DD"/],
  ])('%s (as a variable and as a literal)', async (value, message) => {
    for (const [query, variables] of [
      [`query($d: Date) { statementsBy(asOf: $d) { id } }`, { d: value }],
      [`{ people { said(asOf: ${JSON.stringify(value)}) { id } } }`, undefined],
    ] as const) {
      const { body } = await api.gql(query, variables);
      expect(body.data ?? null).toBeNull();
      expect(body.errors?.map((e) => [e.extensions?.['code'], e.message])).toEqual([
        ['BAD_USER_INPUT', expect.stringMatching(message)],
      ]);
    }
  });

  test('a value the Date scalar cannot read at all fails validation', async () => {
    const { body } = await api.gql(`{ statements(asOf: "yesterday") { id } }`);
    expect(body.errors?.[0]?.message).toMatch(/Date/);
  });

  test('the hidden aliases are reserved', async () => {
    const { body } = await api.gql(
      `{ people(limit: 1) { _asOf_offices: name offices(asOf: "2021-05-19") { id } } }`,
    );
    expect(body.errors?.map((e) => e.extensions?.['code'])).toEqual(['BAD_USER_INPUT']);
  });
});

test('the result cache keys on asOf: the same query as of two dates gives two answers', async () => {
  const query = `query($d: Date) { statementsBy(speaker: "${SPEAKER}", asOf: $d) { text } }`;
  for (let i = 0; i < 2; i++) {
    expect(texts((await data(query, { d: BEFORE })).statementsBy)).toEqual([FIRST]);
    expect(texts((await data(query, { d: AFTER })).statementsBy)).toEqual([FIRST, SECOND]);
  }
  const literal = (d: string) => `{ statementsBy(speaker: "${SPEAKER}", asOf: "${d}") { text } }`;
  expect(texts((await data(literal(BEFORE))).statementsBy)).toEqual([FIRST]);
  expect(texts((await data(literal(AFTER))).statementsBy)).toEqual([FIRST, SECOND]);
});

test('the README example as of 19 May 2021 returns what the README says', async () => {
  const example = EXAMPLE_QUERIES.find((e) => e.title.startsWith('As of 19 May 2021'))!;
  const result = await data(example.query);
  const [lavrov] = result.people;
  expect(lavrov.timeline).toHaveLength(3);
  expect(lavrov.timeline.map((s: any) => s.provenance.publishedAt)).toEqual([
    '2021-05-17',
    '2021-05-17',
    '2021-05-17',
  ]);
  expect(lavrov.offices).toEqual([{ title: 'Minister of Foreign Affairs' }]);
  const held = result.offices
    .filter((o: any) => o.title !== 'Special Envoy for As-Of Tests') // this file's fixture
    .map(
      (o: any) =>
        `${o.title} (${o.of.map((e: any) => e.name).join()}): ${o.holders.map((h: any) => h.name).join()}`,
    );
  expect(held).toEqual(
    expect.arrayContaining([
      'Minister of Foreign Affairs (Russia): Sergei Lavrov',
      'President of the Russian Federation (Russia): Vladimir Putin',
      'President of the United States (United States): Joe Biden',
      'Secretary of State (United States): Antony Blinken',
    ]),
  );
  expect(held).toHaveLength(13);
  // Each office has exactly the one holder of that day (Trump and Obama held the presidency too).
  for (const office of result.offices) expect(office.holders).toHaveLength(1);
});
