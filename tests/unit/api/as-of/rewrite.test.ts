/**
 * The asOf rewrite (src/api/as-of): which fields take asOf, and the selection @neo4j/graphql
 * is handed instead, printed. No database: the integration test api-as-of runs the answers.
 */
import {
  Kind,
  parse,
  print,
  validate,
  type FragmentDefinitionNode,
  type GraphQLScalarType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { asOfDateProblem } from '../../../../src/api/as-of/as-of-date';
import { findAsOfRules, type AsOfRules } from '../../../../src/api/as-of/as-of-rules';
import { mentionsAsOf, rewriteAsOf } from '../../../../src/api/as-of/rewrite';
import { asOfErrors } from '../../../../src/api/as-of/use-as-of-dates';
import { createSchema } from '../../../../src/api/schema';

let schema: GraphQLSchema;
let rules: AsOfRules;

beforeAll(async () => {
  schema = await createSchema();
  rules = findAsOfRules(schema);
}, 60_000);

/** The rewritten root fields and fragments of `query`, printed. */
function rewrite(query: string, variables: Record<string, unknown> = {}): string {
  const document = parse(query);
  expect(validate(schema, document)).toEqual([]);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  // As graphql-js gives resolvers the variables: coerced by the Date scalar.
  const date = schema.getType('Date') as GraphQLScalarType;
  const coerced = Object.fromEntries(
    Object.entries(variables).map(([k, v]) => [k, typeof v === 'string' ? date.parseValue(v) : v]),
  );
  const result = rewriteAsOf(
    schema,
    rules,
    schema.getQueryType()!,
    {
      fieldNodes: operation.selectionSet.selections.filter((s) => s.kind === Kind.FIELD),
      fragments,
    },
    coerced,
  );
  return [
    ...result.fieldNodes.map((f) => print(f)),
    ...Object.values(result.fragments).map((f) => print(f)),
  ].join('\n');
}

/** Printed GraphQL without the layout: commas and line breaks are only whitespace. */
const flat = (text: string) =>
  text.replace(/,/g, ' ').replace(/\s+/g, ' ').replace(/\( /g, '(').replace(/ \)/g, ')');

test('every generated list and connection of statements, events and offices takes asOf', () => {
  const withAsOf = (type: string) =>
    Object.values((schema.getType(type) as unknown as { getFields(): object }).getFields())
      .filter((f: { args: { name: string }[] }) => f.args.some((a) => a.name === 'asOf'))
      .map((f: { name: string }) => f.name)
      .sort();
  expect(withAsOf('Query')).toEqual(
    [
      'events',
      'eventsConnection',
      'offices',
      'officesConnection',
      'searchStatements',
      'statements',
      'statementsBy',
      'statementsConnection',
      'whoMet',
    ].sort(),
  );
  expect(withAsOf('Person')).toEqual(
    [
      'events',
      'eventsConnection',
      'offices',
      'officesConnection',
      'said',
      'saidConnection',
      'timeline',
    ].sort(),
  );
  expect(withAsOf('Office')).toEqual(['holders', 'holdersConnection']);
  expect(withAsOf('Topic')).toEqual(['speakers', 'statements', 'statementsConnection']);
  // Statement's links (refersTo, echoes… and whatever relationships are added): every
  // relationship list of statements or events, and its connection.
  const statement = schema.getType('Statement') as unknown as {
    getFields(): Record<string, { type: unknown; args: { name: string }[] }>;
  };
  const linked = Object.entries(statement.getFields())
    .filter(([, f]) => /^\[(?:Statement|Event)!\]!$/.test(String(f.type)))
    .filter(([, f]) => f.args.some((a) => a.name === 'where'))
    .flatMap(([name]) => [name, `${name}Connection`]);
  expect(linked).toEqual(expect.arrayContaining(['refersTo', 'madeAt', 'mentionsEvents']));
  expect(withAsOf('Statement')).toEqual(linked.sort());
  for (const type of ['Event', 'Document', 'Country', 'Organization', 'Place'])
    expect(withAsOf(type).length).toBeGreaterThan(0);
  // Not lists of statements, events or offices: no asOf.
  expect(withAsOf('Entity')).toEqual([]);
  expect(Object.keys(Object.fromEntries(rules))).not.toContain('Query.people');
});

test('a list of statements: where becomes AND [where, reported by a document published ≤ asOf]', () => {
  expect(
    flat(
      rewrite(
        `query($d: Date, $w: StatementWhere) { people { said(asOf: $d, where: $w, limit: 3) { text } } }`,
        { d: '2021-05-19', w: { text: { contains: 'red' } } },
      ),
    ),
  ).toBe(
    flat(
      `people { said(limit: 3, where: {AND: [{text: {contains: "red"}}, {reportedIn: {some: {publishedAt: {lte: "2021-05-19"}}}}]}) { text } }`,
    ),
  );
});

test('no where, or a null where: the filter alone; a null asOf: asOf dropped, nothing filtered', () => {
  expect(flat(rewrite(`{ statements(asOf: "2021-05-19") { id } }`))).toBe(
    flat(`statements(where: {reportedIn: {some: {publishedAt: {lte: "2021-05-19"}}}}) { id }`),
  );
  expect(
    flat(
      rewrite(`query($w: StatementWhere) { statements(asOf: "2021-05-19", where: $w) { id } }`, {
        w: null,
      }),
    ),
  ).toBe(
    flat(`statements(where: {reportedIn: {some: {publishedAt: {lte: "2021-05-19"}}}}) { id }`),
  );
  expect(flat(rewrite(`query($d: Date) { events(asOf: $d) { id } }`, { d: null }))).toBe(
    'events { id }',
  );
});

test('events, nested connections, fragments and inline fragments', () => {
  expect(
    flat(
      rewrite(
        `query($d: Date) {
          topics { statementsConnection(asOf: $d, where: { node: { kind: { eq: direct } } }) { totalCount } }
          entities { ... on Person { events(asOf: $d) { id } } }
          people { ...P }
        }
        fragment P on Person { saidConnection(asOf: $d) { totalCount } }`,
        { d: '2021-05-19' },
      ),
    ),
  ).toBe(
    flat(`topics { statementsConnection(where: {AND: [{node: {kind: {eq: direct}}}, {node: {reportedIn: {some: {publishedAt: {lte: "2021-05-19"}}}}}]}) { totalCount } }
    entities { ... on Person { events(where: {reportedIn: {some: {publishedAt: {lte: "2021-05-19"}}}}) { id } } }
    people { ...P }
    fragment P on Person { saidConnection(where: {node: {reportedIn: {some: {publishedAt: {lte: "2021-05-19"}}}}}) { totalCount } }`),
  );
});

test('offices: a list of offices is the ones someone held; the edge of a connection is the term', () => {
  const term = `{from: {lte: "2021-05-19"}, OR: [{to: {eq: null}}, {to: {gte: "2021-05-19"}}]}`;
  expect(
    flat(
      rewrite(`{ offices(asOf: "2021-05-19") { id }
        people { officesConnection(asOf: "2021-05-19") { totalCount } } }`),
    ),
  ).toBe(
    flat(`offices(where: {holdersConnection: {some: {edge: ${term}}}}) { id }
    people { officesConnection(where: {edge: ${term}}) { totalCount } }`),
  );
});

test('Person.offices and Office.holders are read through their connection under a hidden alias', () => {
  const term = (d: string) => `{from: {lte: "${d}"}, OR: [{to: {eq: null}}, {to: {gte: "${d}"}}]}`;
  expect(
    flat(
      rewrite(
        `query($d: Date) { people { now: offices(asOf: $d, where: { title: { contains: "Minister" } },
            sort: [{ title: ASC }], limit: 5, offset: 2) { title holders(asOf: "2020-01-01") { name } } } }`,
        { d: '2021-05-19' },
      ),
    ),
  ).toBe(
    flat(`people { _asOf_now: officesConnection(
      where: {edge: ${term('2021-05-19')}, node: {title: {contains: "Minister"}}}
      sort: [{node: {title: ASC}}] first: 5 after: "${Buffer.from('arrayconnection:1').toString('base64')}"
    ) { edges { node { title _asOf_holders: holdersConnection(where: {edge: ${term('2020-01-01')}}) { edges { node { name } } } } } } }`),
  );
});

test('@cypher fields keep their own asOf (their statement reads it)', () => {
  const query = `{ people { timeline(asOf: "2021-05-19") { id } } whoMet(person: "x", asOf: "2021-05-19") { name } }`;
  expect(flat(rewrite(query))).toBe(
    flat(
      `people { timeline(asOf: "2021-05-19") { id } } whoMet(person: "x", asOf: "2021-05-19") { name }`,
    ),
  );
});

test('a client alias with the hidden prefix is refused', () => {
  expect(() => rewrite(`{ people { _asOf_x: name offices(asOf: "2021-05-19") { id } } }`)).toThrow(
    /reserved/,
  );
});

test('mentionsAsOf: only documents with an asOf argument somewhere are rewritten', () => {
  const of = (query: string) => {
    const document = parse(query);
    const operation = document.definitions[0] as OperationDefinitionNode;
    const fragments = Object.fromEntries(
      document.definitions
        .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((f) => [f.name.value, f]),
    );
    return mentionsAsOf(operation.selectionSet, fragments);
  };
  expect(of(`{ people { said { id } } }`)).toBe(false);
  expect(of(`{ people { said(asOf: "2021-05-19") { id } } }`)).toBe(true);
  expect(of(`{ people { ...F } } fragment F on Person { events(asOf: "2021-05-19") { id } }`)).toBe(
    true,
  );
  expect(of(`{ entities { ... on Person { said(asOf: "2021-05-19") { id } } } }`)).toBe(true);
});

describe('asOf dates: YYYY-MM-DD and a day of the calendar', () => {
  test.each([
    ['2021-05-19', null],
    ['2024-02-29', null],
    ['0099-01-01', null],
    [null, null],
    ['2021-02-30', /not a day of the calendar/],
    ['2023-02-29', /not a day of the calendar/],
    ['2021-13-01', /not a day of the calendar/],
    ['2021-5-19', /expected a date "YYYY-MM-DD"/],
    ['May 19, 2021', /expected a date "YYYY-MM-DD"/],
    ['2021-05-19T00:00:00Z', /expected a date "YYYY-MM-DD"/],
    ['', /expected a date "YYYY-MM-DD"/],
    [20210519, /expected a date string/],
  ])('%p', (value, problem) => {
    const found = asOfDateProblem(value);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });

  test('asOfErrors checks literals and variables as sent, naming the field', () => {
    const document = parse(`query($d: Date, $e: Date) {
      statementsBy(asOf: $d) { id } people { said(asOf: "2021-02-30") { id } timeline(asOf: $e) { id } } }`);
    const errors = asOfErrors(document, { d: '2021-05-19', e: 'soon' });
    expect(errors.map((e) => [e.extensions.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'said(asOf): "2021-02-30" is not a day of the calendar.'],
      [
        'BAD_USER_INPUT',
        'timeline(asOf): expected a date "YYYY-MM-DD" (e.g. "2021-05-19"), got "soon".',
      ],
    ]);
    expect(asOfErrors(document, { d: null })).toHaveLength(1);
  });
});
