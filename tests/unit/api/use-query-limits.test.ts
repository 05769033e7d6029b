/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are read as untyped JSON */
import { DEFAULT_LIMITS } from '../../../src/api/config';
import { useQueryLimits } from '../../../src/api/plugins/use-query-limits';
import { post, tinyYoga } from './tiny-yoga';

const development = tinyYoga(
  useQueryLimits({ limits: DEFAULT_LIMITS, blockFieldSuggestions: false }),
);
const production = tinyYoga(
  useQueryLimits({ limits: DEFAULT_LIMITS, blockFieldSuggestions: true }),
);

const nested = (depth: number) =>
  `{ node { ${'child { '.repeat(depth - 2)}id${' }'.repeat(depth - 2)} } }`;

test('a query within every limit runs', async () => {
  const { json } = await post(development, { query: nested(6) });
  expect(json.errors).toBeUndefined();
});

test('too deep: the depth limit (and the cost it implies) are reported together', async () => {
  const { json } = await post(development, { query: nested(20) });
  expect(json.data).toBeUndefined();
  const messages = json.errors.map((e: { message: string }) => e.message);
  expect(messages).toContain('Query depth limit of 6 exceeded, found 20.');
  expect(json.errors.every((e: any) => e.extensions.code === 'QUERY_LIMIT')).toBe(true);
});

test('too many aliases', async () => {
  const query = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: hello`).join(' ')} }`;
  const { json } = await post(development, { query });
  expect(json.errors).toEqual([
    { message: 'Aliases limit of 15 exceeded, found 16.', extensions: { code: 'QUERY_LIMIT' } },
  ]);
});

test('too many tokens: refused while parsing', async () => {
  const query = `{ ${Array.from({ length: 1200 }, () => 'hello').join(' ')} }`;
  const { json } = await post(development, { query });
  expect(json.errors[0].message).toMatch(/Token limit of 1000 exceeded/);
});

test('too costly', async () => {
  const yoga = tinyYoga(
    useQueryLimits({ limits: { ...DEFAULT_LIMITS, cost: 10 }, blockFieldSuggestions: false }),
  );
  const { json } = await post(yoga, { query: nested(5) });
  expect(json.errors[0].message).toMatch(/Query Cost limit of 10 exceeded/);
});

test('field suggestions only outside production', async () => {
  const dev = await post(development, { query: '{ helo }' });
  expect(dev.json.errors[0].message).toMatch(/Did you mean "hello"\?/);
  const prod = await post(production, { query: '{ helo }' });
  expect(prod.json.errors[0].message).not.toMatch(/Did you mean/);
  expect(prod.json.errors[0].message).toMatch(/Cannot query field "helo"/);
});
