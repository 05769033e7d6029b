/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are read as untyped JSON */
/**
 * `diplograph start` (what `npm start` runs) and `diplograph serve`, run as a user runs
 * them (bin/diplograph.js, built by `npm test`'s build step) against the harness's
 * database: start loads the samples once, serves the README's example queries over HTTP,
 * answers /health and /ready, logs one JSON line per request, and stops cleanly on SIGTERM.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { EXAMPLE_QUERIES } from '../../src/api/examples';
import { openTestDatabase, resetDatabase, type TestDatabase } from '../harness/database';

const BIN = path.join(__dirname, '..', '..', 'bin', 'diplograph.js');

interface Running {
  child: ChildProcessWithoutNullStreams;
  stdout: () => string;
  stderr: () => string;
  /** http://127.0.0.1:PORT, from the GraphQL line the command prints. */
  origin: string;
  exit: Promise<number | null>;
}

function run(
  args: string[],
  env: Record<string, string> = {},
  timeoutMs = 240_000,
): Promise<Running> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, PORT: '0', ...env },
    });
    let stdout = '';
    let stderr = '';
    const exit = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(`no GraphQL URL within ${timeoutMs} ms\nstdout: ${stdout}\nstderr: ${stderr}`),
      );
    }, timeoutMs);
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      const url = /GraphQL:\s+http:\/\/localhost:(\d+)\/graphql/.exec(stdout);
      if (url !== null) {
        clearTimeout(timer);
        resolve({
          child,
          stdout: () => stdout,
          stderr: () => stderr,
          origin: `http://127.0.0.1:${url[1]}`,
          exit,
        });
      }
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    void exit.then((code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before serving\nstdout: ${stdout}\nstderr: ${stderr}`));
    });
  });
}

async function stop(running: Running): Promise<number | null> {
  running.child.kill('SIGTERM');
  return running.exit;
}

async function gql(origin: string, query: string) {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': 'cli-test' },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: any; errors?: unknown[] };
}

let db: TestDatabase;

beforeAll(async () => {
  db = openTestDatabase();
  await resetDatabase(db);
});

afterAll(async () => {
  await db?.close();
});

test('start: loads the samples, prints where everything is, serves the README examples, stops on SIGTERM', async () => {
  const started = await run(['start']);
  try {
    expect(started.stdout()).toMatch(/GraphiQL with example queries/);
    expect(started.stdout()).toContain(`Neo4j:          ${process.env.NEO4J_URI}`);
    expect(started.stdout()).toContain('password from NEO4J_PASSWORD');
    expect(started.stderr()).toMatch(/Sample documents \(data\/samples\): loaded 15, unchanged 0/);

    expect((await fetch(`${started.origin}/health`)).status).toBe(200);
    const ready = await fetch(`${started.origin}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', neo4j: true });

    for (const example of EXAMPLE_QUERIES) {
      const result = await gql(started.origin, example.query);
      expect([example.title, result.errors]).toEqual([example.title, undefined]);
    }
    const blinken = await gql(started.origin, EXAMPLE_QUERIES[1]!.query);
    expect(blinken.data.whoMet[0].name).toBe('Sergei Lavrov');

    const graphiql = await fetch(`${started.origin}/graphql`, { headers: { accept: 'text/html' } });
    const html = await graphiql.text();
    expect(html).toContain('Diplograph');
    expect(html).toContain('LavrovOnStrategicStability');
  } finally {
    expect(await stop(started)).toBe(0);
  }
  expect(started.stderr()).toMatch(/SIGTERM: finishing the requests in flight/);
  expect(started.stderr()).toMatch(/GraphQL server stopped\./);
  const requests = started
    .stderr()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((l) => l['msg'] === 'request');
  expect(requests.length).toBeGreaterThanOrEqual(EXAMPLE_QUERIES.length + 3);
  expect(requests).toContainEqual(
    expect.objectContaining({
      method: 'POST',
      path: '/graphql',
      status: 200,
      requestId: 'cli-test',
      operation: null,
      durationMs: expect.any(Number),
    }),
  );
}, 300_000);

test('start again: the samples are already loaded (unchanged), and it serves', async () => {
  const started = await run(['start']);
  try {
    expect(started.stderr()).toMatch(/loaded 0, unchanged 15, replaced 0, failed 0/);
    const result = await gql(started.origin, '{ documentsConnection { totalCount } }');
    expect(result.data.documentsConnection.totalCount).toBe(15);
  } finally {
    expect(await stop(started)).toBe(0);
  }
}, 300_000);

test('serve: serves only, in production mode with introspection off, until SIGINT', async () => {
  const served = await run(['serve'], { DIPLOGRAPH_ENV: 'production' });
  try {
    expect(served.stdout()).not.toMatch(/GraphiQL/);
    expect(served.stderr()).not.toMatch(/Sample documents/);
    const result = await gql(served.origin, '{ statementsConnection { totalCount } }');
    expect(result.data.statementsConnection.totalCount).toBeGreaterThan(40);
    const introspection = await gql(served.origin, '{ __schema { queryType { name } } }');
    expect(JSON.stringify(introspection.errors)).toMatch(/introspection has been disabled/);
  } finally {
    served.child.kill('SIGINT');
    expect(await served.exit).toBe(0);
  }
}, 120_000);

test('serve with invalid configuration: every problem, exit code 3', async () => {
  const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, 'serve'], {
      env: { ...process.env, PORT: 'http', DIPLOGRAPH_JWT_SECRET: 'short' },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });
  expect(result.code).toBe(3);
  expect(result.stderr).toContain('[CONFIG_INVALID]');
  expect(result.stderr).toContain('PORT must be a whole number');
  expect(result.stderr).toContain('DIPLOGRAPH_JWT_SECRET must be at least 32 characters');
});
