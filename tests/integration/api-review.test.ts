/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are read as untyped JSON */
/**
 * The analyst review layer (issue #12, part 5) over real HTTP on the real Neo4j loaded with
 * data/samples: each mutation with an analyst's JWT changes the default view while the
 * extracted view keeps the original; without a token, with a bad one, with the wrong role, or
 * on a server without a secret, every mutation is refused and the graph is exactly as before;
 * a correction survives a re-load of its document, and one whose statement is gone is reported.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REVIEW_EXAMPLES } from '../../src/api/examples';
import { toPlain } from '../../src/cli/to-plain';
import { openTestDatabase, type TestDatabase } from '../harness/database';
import { graphCounts } from '../harness/graph-counts';
import { loadForTest } from '../harness/load';
import { cypherRows, loadSamples, signJwt, startTestApi, type TestApi } from './api-harness';

const SECRET = 'review-secret-that-is-long-enough-for-hs256';
const LAVROV = 'person:sergei-lavrov';
const BLINKEN = 'person:antony-blinken';
const inTenMinutes = () => Math.floor(Date.now() / 1000) + 600;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const ANALYST = () =>
  bearer(signJwt({ sub: 'ana', roles: ['analyst'], exp: inTenMinutes() }, SECRET));

let db: TestDatabase;
let secured: TestApi;
let readOnly: TestApi;
/** Lavrov's three statements of the seed about strategic stability, in order. */
let seed: { id: string; text: string }[];

beforeAll(async () => {
  db = openTestDatabase();
  await loadSamples(db);
  seed = await cypherRows<{ id: string; text: string }>(
    db,
    `MATCH (:Person {id: $speaker})-[:SAID]->(s:Statement)-[:ABOUT]->(:Topic {id: 'topic:strategic-stability'})
     RETURN s.id AS id, s.text AS text ORDER BY s.sortKey`,
    { speaker: LAVROV },
  );
  expect(seed).toHaveLength(3);
  secured = await startTestApi(db, { jwtSecret: SECRET });
  readOnly = await startTestApi(db);
}, 300_000);

afterAll(async () => {
  await secured?.close();
  await readOnly?.close();
  await db?.close();
});

/** Runs an operation on the secured API with an analyst's token; fails the test on any error. */
async function asAnalyst(query: string, variables?: Record<string, unknown>): Promise<any> {
  const { body } = await secured.gql(query, variables, ANALYST());
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** Everything a review mutation could change: counts, every statement with its edges, people, the version. */
async function fingerprint(): Promise<string> {
  const statements = await cypherRows(
    db,
    `MATCH (s) WHERE s:Statement OR s:RejectedStatement
     RETURN s.id AS id, labels(s) AS labels, properties(s) AS props,
       COLLECT { MATCH (p)-[:SAID]->(s) RETURN p.id ORDER BY p.id } AS said,
       COLLECT { MATCH (s)-[:ABOUT]->(t) RETURN t.id ORDER BY t.id } AS about,
       COLLECT { MATCH (s)-[:NEXT_BY_SPEAKER]->(n) RETURN n.id } AS next
     ORDER BY id`,
  );
  const people = await cypherRows(
    db,
    'MATCH (p:Person) RETURN p.id AS id, properties(p) AS props ORDER BY id',
  );
  const version = await cypherRows(db, 'MATCH (v:GraphVersion) RETURN v.version AS version');
  return JSON.stringify(
    toPlain({ counts: await graphCounts(db.driver, db.database), statements, people, version }),
  );
}

const RESULT =
  'corrections { id kind field value previous by why statementId orphaned at } statementIds graphVersion';

describe('refused, changing nothing', () => {
  let id: string;
  const mutations = (statement: string) => [
    `mutation { acceptStatement(id: "${statement}", why: "checked") { graphVersion } }`,
    `mutation { rejectStatement(id: "${statement}", why: "not a statement") { graphVersion } }`,
    `mutation { correctSpeaker(id: "${statement}", speaker: "${BLINKEN}", why: "x") { graphVersion } }`,
    `mutation { correctTopics(id: "${statement}", topics: ["topic:sanctions"], why: "x") { graphVersion } }`,
    `mutation { correctAct(id: "${statement}", act: THREAT, why: "x") { graphVersion } }`,
    `mutation { mergePeople(keep: "${LAVROV}", merge: "${BLINKEN}", why: "x") { graphVersion } }`,
    `mutation { splitPerson(person: "${LAVROV}", statements: ["${statement}"], name: "Someone Else", why: "x") { graphVersion } }`,
  ];
  beforeAll(() => {
    id = seed[0]!.id;
  });

  test.each([
    ['no token', {}, 'UNAUTHENTICATED'],
    [
      'a token signed with another secret',
      bearer(signJwt({ sub: 'ana', roles: ['analyst'] }, 'another-secret-that-is-long-enough!!')),
      'UNAUTHENTICATED',
    ],
    [
      'an expired token',
      bearer(signJwt({ sub: 'ana', roles: ['analyst'], exp: 1000 }, SECRET)),
      'UNAUTHENTICATED',
    ],
    [
      'a token without the role analyst',
      bearer(signJwt({ sub: 'rob', roles: ['reader'], exp: inTenMinutes() }, SECRET)),
      'FORBIDDEN',
    ],
    [
      'a token without roles',
      bearer(signJwt({ sub: 'rob', exp: inTenMinutes() }, SECRET)),
      'FORBIDDEN',
    ],
    ['not a JWT', { authorization: 'Bearer not-a-jwt' }, 'UNAUTHENTICATED'],
  ])('with %s', async (_name, headers, code) => {
    const before = await fingerprint();
    for (const mutation of mutations(id)) {
      const { body } = await secured.gql(mutation, undefined, headers);
      expect([mutation, body.errors?.map((e) => e.extensions?.['code'])]).toEqual([
        mutation,
        [code],
      ]);
      expect(body.data ?? null).toBeNull();
    }
    expect(await fingerprint()).toBe(before);
  });

  test('on a server without DIPLOGRAPH_JWT_SECRET (read-only), even with an analyst token', async () => {
    const before = await fingerprint();
    for (const mutation of mutations(id)) {
      const { body } = await readOnly.gql(mutation, undefined, ANALYST());
      expect(body.errors).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(/read-only.*DIPLOGRAPH_JWT_SECRET/),
          extensions: expect.objectContaining({ code: 'FORBIDDEN' }),
        }),
      ]);
    }
    expect(await fingerprint()).toBe(before);
  });

  test.each([
    [
      'an empty reason',
      `mutation { acceptStatement(id: "$ID", why: "  ") { graphVersion } }`,
      /why: say why/,
    ],
    [
      'an unknown statement',
      `mutation { rejectStatement(id: "stmt:nope", why: "x") { graphVersion } }`,
      /no statement stmt:nope/,
    ],
    [
      'a statement id that is not one',
      `mutation { rejectStatement(id: "person:x", why: "x") { graphVersion } }`,
      /id: expected an id such as "stmt:/,
    ],
    [
      'an unknown speaker',
      `mutation { correctSpeaker(id: "$ID", speaker: "person:nobody-at-all", why: "x") { graphVersion } }`,
      /no person person:nobody-at-all/,
    ],
    [
      'the same speaker',
      `mutation { correctSpeaker(id: "$ID", speaker: "${LAVROV}", why: "x") { graphVersion } }`,
      /already/,
    ],
    [
      'an unknown topic',
      `mutation { correctTopics(id: "$ID", topics: ["topic:sanctions", "topic:no-such"], why: "x") { graphVersion } }`,
      /no such topic: topic:no-such/,
    ],
    [
      'a merge with oneself',
      `mutation { mergePeople(keep: "${LAVROV}", merge: "${LAVROV}", why: "x") { graphVersion } }`,
      /name another/,
    ],
    [
      'a split of statements the person did not say',
      `mutation { splitPerson(person: "${BLINKEN}", statements: ["$ID"], name: "X Y", why: "x") { graphVersion } }`,
      /not \(or no longer\) said by/,
    ],
    [
      'a split with into and name',
      `mutation { splitPerson(person: "${LAVROV}", statements: ["$ID"], into: "${BLINKEN}", name: "X Y", why: "x") { graphVersion } }`,
      /either `into`/,
    ],
  ])('bad input (%s) is BAD_USER_INPUT, changing nothing', async (_name, mutation, message) => {
    const before = await fingerprint();
    const { body } = await secured.gql(mutation.replace('$ID', id), undefined, ANALYST());
    expect(body.errors?.map((e) => [e.extensions?.['code'], e.message])).toEqual([
      ['BAD_USER_INPUT', expect.stringMatching(message)],
    ]);
    expect(await fingerprint()).toBe(before);
  });
});

describe('with an analyst token', () => {
  const VIEW = `query($id: ID!) { statements(where: { id: { eq: $id } }) {
    id speaker { id } saidBy { id } topics { id } act reviewStatus
    extracted { speakerId speakerName topicIds act reviewStatus }
    corrections(sort: [{ at: ASC }]) { kind value previous by why } } }`;

  test('correctSpeaker: the default view (speaker, saidBy, timelines, filters) has the new one; extracted the old', async () => {
    const { id } = seed[1]!;
    // Asked first, so a cached answer exists: the cache must not serve it after the mutation.
    const before = await asAnalyst(VIEW, { id });
    expect(before.statements[0].speaker.id).toBe(LAVROV);
    const result = await asAnalyst(
      `mutation($id: ID!) { correctSpeaker(id: $id, speaker: "${BLINKEN}", why: "the quote is Blinken's (paragraph 4)") { ${RESULT} } }`,
      { id },
    );
    expect(result.correctSpeaker).toMatchObject({
      statementIds: [id],
      corrections: [
        {
          kind: 'SPEAKER',
          field: 'speaker',
          value: [BLINKEN],
          previous: [LAVROV],
          by: 'ana',
          why: "the quote is Blinken's (paragraph 4)",
          statementId: id,
          orphaned: false,
          at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        },
      ],
    });
    const after = (await asAnalyst(VIEW, { id })).statements[0];
    expect(after).toMatchObject({
      speaker: { id: BLINKEN },
      saidBy: [{ id: BLINKEN }],
      extracted: { speakerId: LAVROV, speakerName: 'Sergei Lavrov' },
      corrections: [{ kind: 'SPEAKER', value: [BLINKEN], previous: [LAVROV], by: 'ana' }],
    });
    const filtered = await asAnalyst(
      `query($id: ID!) { statements(where: { id: { eq: $id }, saidBy: { some: { id: { eq: "${BLINKEN}" } } } }) { id } }`,
      { id },
    );
    expect(filtered.statements).toEqual([{ id }]);
    const timelines = await asAnalyst(
      `{ lavrov: people(where: { id: { eq: "${LAVROV}" } }) { timeline(limit: 500) { id } }
         blinken: people(where: { id: { eq: "${BLINKEN}" } }) { timeline(limit: 500) { id } } }`,
    );
    expect(timelines.lavrov[0].timeline.map((s: any) => s.id)).not.toContain(id);
    expect(timelines.blinken[0].timeline.map((s: any) => s.id)).toContain(id);
    // Its NEXT_BY_SPEAKER edges now join it to Blinken's statements only.
    const chain = await cypherRows<{ speaker: string }>(
      db,
      'MATCH (s:Statement {id: $id})-[:NEXT_BY_SPEAKER]-(n) RETURN n.speakerId AS speaker',
      { id },
    );
    for (const c of chain) expect(c.speaker).toBe(BLINKEN);
  });

  test('correctTopics: topics and topic filters have the new ones; extracted the old', async () => {
    const { id } = seed[2]!;
    const result = await asAnalyst(
      `mutation($id: ID!) { correctTopics(id: $id, topics: ["topic:sanctions"], why: "about sanctions, not stability") { ${RESULT} } }`,
      { id },
    );
    expect(result.correctTopics.corrections[0]).toMatchObject({
      kind: 'TOPICS',
      value: ['topic:sanctions'],
      previous: expect.arrayContaining(['topic:strategic-stability']),
    });
    const after = (await asAnalyst(VIEW, { id })).statements[0];
    expect(after.topics).toEqual([{ id: 'topic:sanctions' }]);
    expect(after.extracted.topicIds).toContain('topic:strategic-stability');
    const bySanctions = await asAnalyst('{ statementsBy(topic: "sanctions", limit: 500) { id } }');
    expect(bySanctions.statementsBy.map((s: any) => s.id)).toContain(id);
    const filtered = await asAnalyst(
      `query($id: ID!) { statements(where: { id: { eq: $id }, topics: { some: { id: { eq: "topic:strategic-stability" } } } }) { id } }`,
      { id },
    );
    expect(filtered.statements).toEqual([]);
  });

  test('correctAct: act and act filters have the new one; extracted the old', async () => {
    const { id } = seed[1]!;
    const before = (await asAnalyst(VIEW, { id })).statements[0];
    const act = before.act === 'THREAT' ? 'WARNING' : 'THREAT';
    const result = await asAnalyst(
      `mutation($id: ID!, $act: SpeechAct!) { correctAct(id: $id, act: $act, why: "'or else' is a threat") { ${RESULT} } }`,
      { id, act },
    );
    expect(result.correctAct.corrections[0]).toMatchObject({
      kind: 'ACT',
      field: 'act',
      value: [act],
      previous: [before.act],
    });
    const after = (await asAnalyst(VIEW, { id })).statements[0];
    expect(after).toMatchObject({ act, extracted: { act: before.act } });
    const filtered = await asAnalyst(
      `query($act: SpeechAct!) { statements(where: { act: { eq: $act } }, limit: 500) { id } }`,
      { act },
    );
    expect(filtered.statements.map((s: any) => s.id)).toContain(id);
    const same = await secured.gql(
      `mutation($id: ID!, $act: SpeechAct!) { correctAct(id: $id, act: $act, why: "again") { graphVersion } }`,
      { id, act },
      ANALYST(),
    );
    expect(same.body.errors?.[0]?.message).toMatch(/already/);
  });

  test('rejectStatement hides it from every query; statementAsExtracted finds it; acceptStatement brings it back', async () => {
    const { id, text } = seed[0]!;
    const words = text.split(/\s+/).slice(0, 4).join(' ');
    const search = `query($q: String!) { searchStatements(query: $q, limit: 500) { statement { id } } }`;
    expect(
      (await asAnalyst(search, { q: words })).searchStatements.map((h: any) => h.statement.id),
    ).toContain(id);
    const count = async () =>
      (await asAnalyst('{ statementsConnection { totalCount } }')).statementsConnection
        .totalCount as number;
    const total = await count();

    const rejected = await asAnalyst(
      `mutation($id: ID!) { rejectStatement(id: $id, why: "a question, not a statement") { ${RESULT} } }`,
      { id },
    );
    expect(rejected.rejectStatement.corrections[0]).toMatchObject({
      kind: 'REJECT',
      value: ['REJECTED'],
      previous: [],
    });
    expect((await asAnalyst(VIEW, { id })).statements).toEqual([]);
    expect(await count()).toBe(total - 1);
    expect(
      (await asAnalyst(search, { q: words })).searchStatements.map((h: any) => h.statement.id),
    ).not.toContain(id);
    const lavrov = await asAnalyst(
      `{ people(where: { id: { eq: "${LAVROV}" } }) { timeline(limit: 500) { id } said(limit: 500) { id } } }`,
    );
    expect(lavrov.people[0].timeline.map((s: any) => s.id)).not.toContain(id);
    expect(lavrov.people[0].said.map((s: any) => s.id)).not.toContain(id);
    const extracted = await asAnalyst(
      'query($id: ID!) { statementAsExtracted(id: $id) { statementId text speakerId reviewStatus } }',
      { id },
    );
    expect(extracted.statementAsExtracted).toEqual({
      statementId: id,
      text,
      speakerId: LAVROV,
      reviewStatus: 'REJECTED',
    });
    // The timeline closed over the gap: no chain edge touches it.
    expect(
      await cypherRows(db, 'MATCH (s {id: $id})-[r:NEXT_BY_SPEAKER]-() RETURN r', { id }),
    ).toEqual([]);

    const accepted = await asAnalyst(
      `mutation($id: ID!) { acceptStatement(id: $id, why: "re-read: it is a statement") { ${RESULT} } }`,
      { id },
    );
    expect(accepted.acceptStatement.corrections[0]).toMatchObject({
      kind: 'ACCEPT',
      previous: ['REJECTED'],
    });
    const back = (await asAnalyst(VIEW, { id })).statements[0];
    expect(back.reviewStatus).toBe('ACCEPTED');
    expect(back.corrections.map((c: any) => c.kind)).toEqual(['REJECT', 'ACCEPT']);
    expect(await count()).toBe(total);
    const chain = await asAnalyst(
      `query($id: ID!) { statements(where: { id: { eq: $id } }) { previous { id } next { id } } }`,
      { id },
    );
    expect(chain.statements[0].previous ?? chain.statements[0].next).not.toBeNull();
  });

  test('mergePeople moves every statement of one person to the other; splitPerson into it restores them', async () => {
    const putin = 'person:vladimir-putin';
    const said = async (person: string) =>
      (
        await cypherRows<{ id: string }>(
          db,
          'MATCH (:Person {id: $person})-[:SAID]->(s:Statement) RETURN s.id AS id ORDER BY id',
          { person },
        )
      ).map((r) => r.id);
    const putins = await said(putin);
    expect(putins.length).toBeGreaterThan(0);
    const lavrovs = await said(LAVROV);

    const merged = await asAnalyst(
      `mutation { mergePeople(keep: "${LAVROV}", merge: "${putin}", why: "test merge") { ${RESULT} } }`,
    );
    expect([...merged.mergePeople.statementIds].sort()).toEqual(putins);
    expect(merged.mergePeople.corrections.map((c: any) => c.kind)).toEqual(
      putins.map(() => 'MERGE'),
    );
    expect(await said(putin)).toEqual([]);
    expect(await said(LAVROV)).toEqual([...lavrovs, ...putins].sort());
    const people = await asAnalyst(`{ people(where: { id: { eq: "${putin}" } }) { mergedInto } }`);
    expect(people.people).toEqual([{ mergedInto: LAVROV }]);
    const one = (await asAnalyst(VIEW, { id: putins[0] })).statements[0];
    expect(one).toMatchObject({ speaker: { id: LAVROV }, extracted: { speakerId: putin } });

    const split = await asAnalyst(
      `mutation($ids: [ID!]!) { splitPerson(person: "${LAVROV}", statements: $ids, into: "${putin}", why: "undo the test merge") { ${RESULT} } }`,
      { ids: putins },
    );
    expect(split.splitPerson.corrections.map((c: any) => c.kind)).toEqual(
      putins.map(() => 'SPLIT'),
    );
    expect(await said(putin)).toEqual(putins);
    expect(await said(LAVROV)).toEqual(lavrovs);
    expect(
      (await asAnalyst(`{ people(where: { id: { eq: "${putin}" } }) { mergedInto } }`)).people,
    ).toEqual([{ mergedInto: null }]);
  });

  test('splitPerson into a new person by name', async () => {
    const { id } = seed[2]!;
    const result = await asAnalyst(
      `mutation($id: ID!) { splitPerson(person: "${LAVROV}", statements: [$id], name: "Maria Zakharova Test", why: "the spokeswoman said it") { ${RESULT} } }`,
      { id },
    );
    expect(result.splitPerson.corrections[0]).toMatchObject({
      kind: 'SPLIT',
      value: ['person:maria-zakharova-test'],
      previous: [LAVROV],
    });
    const person = await asAnalyst(
      '{ people(where: { id: { eq: "person:maria-zakharova-test" } }) { name said { id } } }',
    );
    expect(person.people).toEqual([{ name: 'Maria Zakharova Test', said: [{ id }] }]);
    const again = await secured.gql(
      `mutation($id: ID!) { splitPerson(person: "person:maria-zakharova-test", statements: [$id], name: "Maria Zakharova Test", why: "x") { graphVersion } }`,
      { id },
      ANALYST(),
    );
    expect(again.body.errors?.[0]?.message).toMatch(/into/);
  });
});

test('the result cache does not answer from before a mutation, even before its version poll', async () => {
  // A poll far in the future: only the mutation's own version can drop the cached answer.
  const cached = await startTestApi(db, { jwtSecret: SECRET, cacheVersionPollMs: 600_000 });
  try {
    const token = ANALYST();
    const [statement] = await cypherRows<{ id: string }>(
      db,
      `MATCH (:Person {id: $speaker})-[:SAID]->(s:Statement)
       RETURN s.id AS id ORDER BY s.sortKey DESC LIMIT 1`,
      { speaker: LAVROV },
    );
    const query = `query($id: ID!) { statements(where: { id: { eq: $id } }) { reviewStatus } }`;
    const ask = async () => (await cached.gql(query, { id: statement!.id }, token)).body;
    expect((await ask()).data.statements).toEqual([{ reviewStatus: null }]);
    expect((await ask()).data.statements).toEqual([{ reviewStatus: null }]); // now cached
    const { body } = await cached.gql(
      `mutation($id: ID!) { acceptStatement(id: $id, why: "checked") { graphVersion } }`,
      { id: statement!.id },
      token,
    );
    expect(body.errors).toBeUndefined();
    expect((await ask()).data.statements).toEqual([{ reviewStatus: 'ACCEPTED' }]);
  } finally {
    await cached.close();
  }
});

test('the README and GraphiQL review examples do what the README says', async () => {
  const [correct, reviewed] = REVIEW_EXAMPLES;
  const [other] = await cypherRows<{ id: string }>(
    db,
    `MATCH (:Person {id: $speaker})-[:SAID]->(s:Statement)
     WHERE NOT EXISTS { (s)-[:ABOUT]->(:Topic {id: 'topic:strategic-stability'}) }
     RETURN s.id AS id ORDER BY s.sortKey LIMIT 1`,
    { speaker: LAVROV },
  );
  const changed = await asAnalyst(correct!.query, { id: other!.id });
  expect(changed.correctSpeaker).toMatchObject({
    statementIds: [other!.id],
    corrections: [{ kind: 'SPEAKER', value: [BLINKEN], previous: [LAVROV], by: 'ana' }],
  });
  const view = await asAnalyst(reviewed!.query, { id: other!.id });
  expect(view.statements[0]).toMatchObject({
    speaker: { name: 'Antony Blinken' },
    extracted: { speakerName: 'Sergei Lavrov' },
    corrections: [{ kind: 'SPEAKER', by: 'ana' }],
  });
});

describe('a re-load of the document keeps its corrections', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-review-'));
  const file = path.join(dir, 'review-fixture.md');
  const HEAD = `---
title: Review fixture
url: https://example.org/review-fixture
publisher: Interfax
publishedAt: 2021-06-01
---
MOSCOW, June 1 (Interfax) - Russian Foreign Minister Sergei Lavrov said on Tuesday that the sanctions imposed by Washington were unlawful and would not change Moscow's policy.

"We will respond to every unfriendly step in a measured way," Lavrov told reporters.

`;
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const statementsOf = (text: string) =>
    cypherRows<{ id: string; text: string; speaker: string; documentId: string; act: string }>(
      db,
      `MATCH (s) WHERE (s:Statement OR s:RejectedStatement) AND s.text = $text
       RETURN s.id AS id, s.text AS text, s.speakerId AS speaker, s.documentId AS documentId, s.act AS act`,
      { text },
    );

  test('carried over by span and text; the one whose statement changed is orphaned and reported', async () => {
    fs.writeFileSync(
      file,
      `${HEAD}"Strategic stability talks must resume without preconditions," he said.\n`,
    );
    const first = await loadForTest(db, [file]);
    expect(first).toMatchObject({ loaded: 1, failed: [] });
    const [sanctions] = await statementsOf(
      "the sanctions imposed by Washington were unlawful and would not change Moscow's policy",
    );
    const [respond] = await statementsOf(
      'We will respond to every unfriendly step in a measured way',
    );
    const [talks] = await statementsOf(
      'Strategic stability talks must resume without preconditions',
    );
    expect([sanctions?.speaker, respond?.speaker, talks?.speaker]).toEqual([
      LAVROV,
      LAVROV,
      LAVROV,
    ]);
    const sanctionsAct = sanctions!.act === 'QUESTION' ? 'CONDEMNATION' : 'QUESTION';

    await asAnalyst(
      `mutation { correctSpeaker(id: "${sanctions!.id}", speaker: "${BLINKEN}", why: "carry me") { graphVersion } }`,
    );
    await asAnalyst(
      `mutation { correctAct(id: "${sanctions!.id}", act: ${sanctionsAct}, why: "carry me too") { graphVersion } }`,
    );
    await asAnalyst(
      `mutation { rejectStatement(id: "${respond!.id}", why: "reject me") { graphVersion } }`,
    );
    await asAnalyst(
      `mutation { correctTopics(id: "${talks!.id}", topics: [], why: "lose me") { graphVersion } }`,
    );

    // The new version: same url, the first two statements unchanged, the third reworded.
    fs.writeFileSync(file, `${HEAD}"Strategic stability talks should resume soon," he said.\n`);
    const second = await loadForTest(db, [file]);
    expect(second).toMatchObject({ replaced: 1, failed: [] });
    expect(second.orphanedCorrections).toEqual([
      expect.objectContaining({
        kind: 'TOPICS',
        by: 'ana',
        why: 'lose me',
        documentId: talks!.documentId,
        source: file,
      }),
    ]);

    const [newSanctions] = await statementsOf(
      "the sanctions imposed by Washington were unlawful and would not change Moscow's policy",
    );
    expect(newSanctions!.documentId).not.toBe(sanctions!.documentId);
    const view = (await asAnalyst(VIEW_AFTER_RELOAD, { id: newSanctions!.id })).statements[0];
    expect(view).toMatchObject({
      speaker: { id: BLINKEN },
      act: sanctionsAct,
      extracted: { speakerId: LAVROV, act: sanctions!.act },
      corrections: [
        {
          kind: 'SPEAKER',
          why: 'carry me',
          statementId: newSanctions!.id,
          documentId: newSanctions!.documentId,
          orphaned: false,
        },
        { kind: 'ACT', why: 'carry me too', statementId: newSanctions!.id, orphaned: false },
      ],
    });
    const respondAgain = await statementsOf(
      'We will respond to every unfriendly step in a measured way',
    );
    expect(respondAgain).toHaveLength(1); // the old rejected one is gone with its document
    expect(respondAgain[0]!.documentId).toBe(newSanctions!.documentId);
    expect((await asAnalyst(VIEW_AFTER_RELOAD, { id: respondAgain[0]!.id })).statements).toEqual(
      [],
    );
    const extracted = await asAnalyst(
      `{ statementAsExtracted(id: "${respondAgain[0]!.id}") { reviewStatus } }`,
    );
    expect(extracted.statementAsExtracted.reviewStatus).toBe('REJECTED');
    const orphans = await asAnalyst(
      '{ corrections(where: { orphaned: { eq: true } }) { why statementId } }',
    );
    expect(orphans.corrections).toEqual([{ why: 'lose me', statementId: talks!.id }]);
    // The re-load's timelines were built with the corrected speaker: no chain edge crosses speakers.
    const crossing = await cypherRows(
      db,
      'MATCH (a:Statement)-[:NEXT_BY_SPEAKER]->(b:Statement) WHERE a.speakerId <> b.speakerId RETURN a.id',
    );
    expect(crossing).toEqual([]);
  }, 120_000);
});

const VIEW_AFTER_RELOAD = `query($id: ID!) { statements(where: { id: { eq: $id } }) {
  speaker { id } act extracted { speakerId act }
  corrections(sort: [{ at: ASC }]) { kind why statementId documentId orphaned } } }`;
