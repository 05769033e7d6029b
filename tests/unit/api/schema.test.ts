/**
 * The printed schema, snapshotted: any change to schema.graphql or to what @neo4j/graphql
 * generates from it shows up in review (update with `npx jest -u tests/unit/api/schema`).
 */
import { Kind, execute, parse, printSchema, validate } from 'graphql';
import { createSchema, readTypeDefs, requireAuthentication } from '../../../src/api/schema';
import { EXAMPLE_QUERIES, REVIEW_EXAMPLES } from '../../../src/api/examples';

let printed: string;
let schema: Awaited<ReturnType<typeof createSchema>>;

beforeAll(async () => {
  schema = await createSchema();
  printed = printSchema(schema);
}, 60_000);

test('printed schema', () => {
  expect(printed).toMatchSnapshot();
});

test("no generated mutation: only the review layer's (src/api/review), no Subscription type", () => {
  expect(Object.keys(schema.getMutationType()!.getFields()).sort()).toEqual([
    'acceptStatement',
    'correctAct',
    'correctSpeaker',
    'correctTopics',
    'mergePeople',
    'rejectStatement',
    'splitPerson',
  ]);
  expect(schema.getSubscriptionType()).toBeUndefined();
  expect(printed).not.toMatch(/\bcreate[A-Z]\w*\(|\bdelete[A-Z]\w*\(|\bupdate[A-Z]\w*\(/);
});

test('the analyst fields exist', () => {
  const query = schema.getQueryType()!.getFields();
  expect(Object.keys(query)).toEqual(
    expect.arrayContaining(['statementsBy', 'whoMet', 'searchStatements', 'statementsConnection']),
  );
  const type = (name: string) => schema.getType(name) as unknown as { getFields(): object };
  expect(Object.keys(type('Person').getFields())).toContain('timeline');
  expect(Object.keys(type('Topic').getFields())).toContain('speakers');
  expect(Object.keys(type('Statement').getFields())).toEqual(
    expect.arrayContaining([
      'previous',
      'next',
      'echoes',
      'reiterates',
      'respondsTo',
      'contradicts',
      'provenance',
      'speaker',
    ]),
  );
  expect(Object.keys(type('Event').getFields())).toEqual(
    expect.arrayContaining(['participants', 'statements']),
  );
});

test('every example query of the README is valid', () => {
  for (const example of [...EXAMPLE_QUERIES, ...REVIEW_EXAMPLES]) {
    expect([example.title, validate(schema, parse(example.query))]).toEqual([example.title, []]);
  }
});

describe('searchStatements refuses what it cannot search before any Cypher runs', () => {
  test.each([
    ['{ searchStatements(query: " ?! ") { score } }', /at least one letter or digit/],
    ['{ searchStatements(query: "*:*") { score } }', /at least one letter or digit/],
    ['{ searchStatements(query: "red", limit: -1) { score } }', /limit must be 0 or more/],
    ['{ searchStatements(query: "red", offset: -2) { score } }', /offset must be 0 or more/],
  ])('%s', async (query, message) => {
    // No driver: were the query let through, the error would be about the missing database.
    const result = await execute({ schema, document: parse(query), contextValue: {} });
    expect(result.errors?.map((e) => [e.extensions['code'], e.message])).toEqual([
      ['BAD_USER_INPUT', expect.stringMatching(message)],
    ]);
  });
});

test('JWT mode adds @authentication to the schema and to every custom query field', async () => {
  const document = requireAuthentication(readTypeDefs());
  const query = document.definitions.find(
    (d) => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === 'Query',
  );
  expect(query).toBeDefined();
  if (query?.kind !== Kind.OBJECT_TYPE_DEFINITION) return;
  for (const field of query.fields ?? [])
    expect(field.directives?.map((d) => d.name.value)).toContain('authentication');
  expect(
    document.definitions.some(
      (d) => d.kind === Kind.SCHEMA_EXTENSION && d.directives?.[0]?.name.value === 'authentication',
    ),
  ).toBe(true);
  const secured = await createSchema({ jwtSecret: 'x'.repeat(32) });
  expect(printSchema(secured)).toBe(printed);
}, 60_000);
