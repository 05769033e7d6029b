/**
 * The behaviours of tests/unit/api/use-result-cache.test.ts, asked of the yoga-based
 * `useVersionedResponseCache` (issue #13). The yoga plugin takes no clock (its LRU reads
 * `performance.now()`), so time passes for real here, with TTLs far above a request.
 */
import { createSchema, createYoga } from 'graphql-yoga';
import { useVersionedResponseCache } from '../../../src/api/plugins/use-versioned-response-cache';

let calls = 0;
const schema = createSchema({
  typeDefs: 'type Query { count(key: String): Int! slow: Int! fail: Int }',
  resolvers: {
    Query: {
      count: () => (calls += 1),
      slow: async () => {
        await new Promise((resolve) => setTimeout(resolve, 50));
        return (calls += 1);
      },
      fail: () => {
        calls += 1;
        throw new Error('no');
      },
    },
  },
});

let graphVersion = 1;

function yoga(
  ttlMs: number,
  maxEntries?: number,
  version?: () => Promise<unknown>,
  random = () => 0,
) {
  return createYoga({
    schema,
    logging: false,
    maskedErrors: true,
    plugins: [
      useVersionedResponseCache({
        ttlMs,
        random,
        ...(maxEntries === undefined ? {} : { maxEntries }),
        ...(version === undefined ? {} : { version }),
      }),
    ],
  });
}

async function ask(
  server: ReturnType<typeof yoga>,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const response = await server.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data?: { count?: number; slow?: number };
    errors?: unknown[];
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const settle = () => sleep(20);
const Q = 'query($k: String) { count(key: $k) }';

beforeEach(() => {
  calls = 0;
  graphVersion = 1;
});

test('the same query, variables and Authorization within the TTL: answered from the cache', async () => {
  const server = yoga(10_000);
  expect((await ask(server, Q, { k: 'a' })).data).toEqual({ count: 1 });
  expect((await ask(server, Q, { k: 'a' })).data).toEqual({ count: 1 });
  expect((await ask(server, Q, { k: 'b' })).data).toEqual({ count: 2 });
  expect((await ask(server, Q, { k: 'a' }, { authorization: 'Bearer x' })).data).toEqual({
    count: 3,
  });
  expect(calls).toBe(3);
});

test('after the TTL the old answer is served once more while it is refreshed in the background', async () => {
  const server = yoga(300);
  await ask(server, Q, { k: 'a' });
  await sleep(400);
  expect((await ask(server, Q, { k: 'a' })).data).toEqual({ count: 1 });
  await settle();
  expect(calls).toBe(2);
  expect((await ask(server, Q, { k: 'a' })).data).toEqual({ count: 2 });
  expect(calls).toBe(2);
});

test('after twice the TTL an answer is no longer served', async () => {
  const server = yoga(300);
  await ask(server, Q, { k: 'a' });
  await sleep(650);
  expect((await ask(server, Q, { k: 'a' })).data).toEqual({ count: 2 });
});

test('identical queries arriving together run once', async () => {
  const server = yoga(10_000);
  const answers = await Promise.all([1, 2, 3, 4].map(() => ask(server, '{ slow }')));
  expect(answers.map((a) => a.data)).toEqual([{ slow: 1 }, { slow: 1 }, { slow: 1 }, { slow: 1 }]);
  expect(calls).toBe(1);
});

test('errors are never cached, and are masked like any other', async () => {
  const server = yoga(10_000);
  const first = await ask(server, '{ fail }');
  const together = await Promise.all([1, 2, 3].map(() => ask(server, '{ fail }')));
  for (const answer of [first, ...together])
    expect(answer.errors).toEqual([expect.objectContaining({ message: 'Unexpected error.' })]);
  expect(calls).toBe(4);
});

test('TTL 0: off', async () => {
  const server = yoga(0);
  await ask(server, '{ count }');
  await ask(server, '{ count }');
  expect(calls).toBe(2);
});

test('beyond the bound the least recently used entries go first (here: 8 entries, not bytes)', async () => {
  const server = yoga(10_000, 8);
  for (const k of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) await ask(server, Q, { k });
  expect(calls).toBe(8);
  await ask(server, Q, { k: 'a' }); // a hit: now the most recently used
  await ask(server, Q, { k: 'i' }); // the 9th answer evicts b, the least recently used
  expect(calls).toBe(9);
  expect((await ask(server, Q, { k: 'a' })).data).toEqual({ count: 1 });
  expect((await ask(server, Q, { k: 'b' })).data).toEqual({ count: 10 });
});

test('entries filled together expire up to a tenth of the TTL apart', async () => {
  const server = yoga(1000, undefined, undefined, () => 1);
  await ask(server, Q, { k: 'a' });
  await sleep(500);
  await ask(server, Q, { k: 'a' });
  expect(calls).toBe(1);
  await sleep(450); // 950 ms: past 900, the TTL less its tenth
  await ask(server, Q, { k: 'a' });
  expect(calls).toBe(2);
});

describe('with the graph version', () => {
  const version = () => Promise.resolve(graphVersion);

  test('a new version drops every answer at once, well within the TTL', async () => {
    const server = yoga(30_000, undefined, version);
    expect((await ask(server, Q, { k: 'a' })).data).toEqual({ count: 1 });
    expect((await ask(server, Q, { k: 'b' })).data).toEqual({ count: 2 });
    expect((await ask(server, Q, { k: 'a' })).data).toEqual({ count: 1 });
    graphVersion = 2;
    expect((await ask(server, Q, { k: 'a' })).data).toEqual({ count: 3 });
    expect((await ask(server, Q, { k: 'b' })).data).toEqual({ count: 4 });
    expect((await ask(server, Q, { k: 'a' })).data).toEqual({ count: 3 });
    expect(calls).toBe(4);
  });

  test('an answer computed under the old version is not served under the new one', async () => {
    const server = yoga(30_000, undefined, version);
    const started = ask(server, '{ slow }');
    await new Promise((resolve) => setTimeout(resolve, 10));
    graphVersion = 2;
    expect((await ask(server, '{ count }')).data).toEqual({ count: 1 });
    expect((await started).data).toEqual({ slow: 2 });
    expect((await ask(server, '{ slow }')).data).toEqual({ slow: 3 });
    expect((await ask(server, '{ slow }')).data).toEqual({ slow: 3 });
  });

  test('the same version: answers kept for the TTL as without one', async () => {
    const server = yoga(1000, undefined, version);
    await ask(server, Q, { k: 'a' });
    await sleep(500);
    expect((await ask(server, Q, { k: 'a' })).data).toEqual({ count: 1 });
    expect(calls).toBe(1);
  });
});

test('a cached answer keeps no ETag with the Authorization header in it', async () => {
  const server = yoga(10_000);
  const ask2 = () =>
    server.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer secret-token' },
      body: JSON.stringify({ query: '{ count }' }),
    });
  await ask2();
  const etag = (await ask2()).headers.get('etag');
  expect(etag ?? '').not.toContain('secret-token');
});
