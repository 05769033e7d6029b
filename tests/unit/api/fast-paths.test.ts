import { apiCypher, type ApiCypherName } from '../../../src/api/cypher-files';
import { withProperties } from '../../../src/api/fast-paths';

const NAMES: ApiCypherName[] = [
  'statement-by-id',
  'statements-by-ids',
  'person-timeline',
  'search-statements',
  'statements-by-topic',
  'statements-by-topic-dates',
];

test.each(NAMES)('%s: the statement projection reads only the properties asked for', (name) => {
  const cypher = apiCypher(name);
  const projected = withProperties(cypher, ['date', 'id', 'text']);
  expect(projected).not.toBe(cypher);
  expect(projected).toMatch(/\bs \{\n\s*\.date, \.id, \.text, /);
  // Only the statement's `.*` changes; the speaker's `p {.*}` stays.
  expect(projected.replace(/\.date, \.id, \.text, /, '.*,')).toBe(cypher);
  expect(withProperties(cypher, [])).toMatch(/\bs \{\n\s*speaker: /);
});

test.each([[['id', 'caption']], [['id} RETURN 1 //']]])(
  'refuses a name that is not a fast-path statement property: %j',
  (properties) => {
    expect(() => withProperties(apiCypher('statement-by-id'), properties)).toThrow(
      /not a statement property/,
    );
  },
);

test('refuses a statement without the projection it replaces', () => {
  expect(() => withProperties('MATCH (s:Statement) RETURN s.id', ['id'])).toThrow(/must project/);
});
