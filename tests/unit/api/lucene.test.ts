import { toLuceneQuery } from '../../../src/api/lucene';

test.each([
  ['red lines', 'red lines'],
  ['  red\n\tlines  ', 'red lines'],
  ['"red lines"', '\\"red lines\\"'],
  ['red* OR lines~2', 'red\\* or lines\\~2'],
  ['a AND b NOT c TO d', 'a and b not c to d'],
  ['ANDROID ORBIT', 'ANDROID ORBIT'],
  ['text:red', 'text\\:red'],
  ['(a) [b] {c}', '\\(a\\) \\[b\\] \\{c\\}'],
  ['+a -b !c ^d', '\\+a \\-b \\!c \\^d'],
  ['a && b || c', 'a \\&\\& b \\|\\| c'],
  ['path/to\\x?', 'path\\/to\\\\x\\?'],
  ['"}) MATCH (n) DETACH DELETE n //', '\\"\\}\\) MATCH \\(n\\) DETACH DELETE n \\/\\/'],
  ['Лавров', 'Лавров'],
  ['2021', '2021'],
])('%j → %j', (input, expected) => {
  expect(toLuceneQuery(input)).toBe(expected);
});

test.each([[''], ['   '], ['*'], ['"()"'], ['&& ||']])('%j has nothing to search for', (input) => {
  expect(toLuceneQuery(input)).toBeNull();
});
