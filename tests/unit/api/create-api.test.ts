/**
 * createApi's wiring, without a database: a small schema and a stand-in driver show that
 * the configuration reaches yoga (CORS, GraphiQL with the examples, introspection, body
 * limit, query limits, health) and what the context gives @neo4j/graphql.
 */
import type { Driver } from 'neo4j-driver';
import { DEFAULT_API_CONFIG, type ApiConfig } from '../../../src/api/config';
import { createApi } from '../../../src/api/create-api';
import { tinySchema } from './tiny-yoga';

const driver = { executeQuery: () => Promise.resolve({ records: [] }) } as unknown as Driver;

async function api(overrides: Partial<ApiConfig> = {}) {
  const logs: string[] = [];
  const created = await createApi(
    { ...DEFAULT_API_CONFIG, ...overrides },
    { driver, database: 'analysts' },
    { schema: tinySchema, log: (l) => logs.push(l) },
  );
  return { yoga: created.yoga, logs };
}

interface Errors {
  errors: { message: string; extensions: { code: string } }[];
}

const post = (yoga: Awaited<ReturnType<typeof api>>['yoga'], query: string, headers = {}) =>
  yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });

test('GraphiQL on GET /graphql in a browser, with the README examples as tabs', async () => {
  const { yoga } = await api();
  const response = await yoga.fetch('http://localhost/graphql', {
    headers: { accept: 'text/html' },
  });
  const html = await response.text();
  expect(response.status).toBe(200);
  expect(html).toContain('Diplograph');
  expect(html).toContain('LavrovOnStrategicStability');
  expect(html).toContain('WhoMetBlinken');
});

test('no GraphiQL when introspection is off', async () => {
  const { yoga } = await api({ introspection: false, production: true });
  const response = await yoga.fetch('http://localhost/graphql', {
    headers: { accept: 'text/html' },
  });
  expect(await response.text()).not.toContain('LavrovOnStrategicStability');
});

test('CORS: none by default; the configured origins only', async () => {
  const preflight = (origin: string) => ({
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST' },
  });
  const closed = await api();
  const none = await closed.yoga.fetch('http://localhost/graphql', preflight('https://a.org'));
  expect(none.headers.get('access-control-allow-origin')).toBeNull();
  const open = await api({ corsOrigins: ['https://a.org'] });
  const allowed = await open.yoga.fetch('http://localhost/graphql', preflight('https://a.org'));
  expect(allowed.headers.get('access-control-allow-origin')).toBe('https://a.org');
  const other = await open.yoga.fetch('http://localhost/graphql', preflight('https://b.org'));
  expect(other.headers.get('access-control-allow-origin')).not.toBe('https://b.org');
});

test('limits, body size and request log are wired; /health and /ready answer', async () => {
  const { yoga, logs } = await api({ maxBodyBytes: 2048 });
  const large = await post(yoga, `{ hello }${' '.repeat(4096)}`);
  expect(large.status).toBe(413);
  expect(((await large.json()) as Errors).errors.map((e) => e.extensions.code)).toEqual([
    'REQUEST_TOO_LARGE',
  ]);
  const deep = `{ node { ${'child { '.repeat(8)}id${' }'.repeat(8)} } }`;
  const limited = (await (await post(yoga, deep)).json()) as Errors;
  expect(limited.errors[0]!.message).toMatch(/depth limit of 6/);
  expect(new Set(limited.errors.map((e) => e.extensions.code))).toEqual(new Set(['QUERY_LIMIT']));
  expect((await yoga.fetch('http://localhost/health')).status).toBe(200);
  expect((await yoga.fetch('http://localhost/ready')).status).toBe(200);
  expect(logs.filter((l) => l.includes('"msg":"request"'))).toHaveLength(4);
});

test('production: introspection refused, unexpected errors masked and logged for operators', async () => {
  const { yoga, logs } = await api({ production: true, introspection: false });
  const introspection = await (await post(yoga, '{ __schema { types { name } } }')).json();
  expect(JSON.stringify(introspection)).toMatch(/introspection has been disabled/);
  const boom = (await (await post(yoga, '{ boom }')).json()) as { errors: unknown[] };
  expect(boom.errors).toEqual([
    expect.objectContaining({
      message: 'Unexpected error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    }),
  ]);
  expect(logs.some((l) => l.includes('"level":"error"') && l.includes('internal details'))).toBe(
    true,
  );
});
