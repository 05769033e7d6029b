/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are read as untyped JSON */
/**
 * `diplograph start` (what `npm start` runs) on its local path, as on a fresh machine:
 * NEO4J_URI unset, a new Neo4j home and free ports of its own. It starts that Neo4j,
 * applies the schema, loads the samples and serves GraphQL; the README's first example
 * query answers. Then SIGTERM stops the API, and `diplograph neo4j stop` (same environment)
 * the server — also when the test fails. Needs Java 17 and Maven, like `npm start`.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXAMPLE_QUERIES } from '../../src/api/examples';
import { ownServerEnv } from '../harness/local-server';

const BIN = path.join(__dirname, '..', '..', 'bin', 'diplograph.js');
/** A first start of a new home (~20 s and more on a busy machine) plus the samples (~11 s). */
const START_TIMEOUT_MS = 360_000;

let home: string;
let env: NodeJS.ProcessEnv;
let child: ChildProcessWithoutNullStreams | undefined;
let exited: Promise<number | null> | undefined;
let stdout = '';
let stderr = '';

function cli(args: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const c = spawn(process.execPath, [BIN, ...args], { env });
    let out = '';
    let err = '';
    c.stdout.on('data', (d: Buffer) => (out += d.toString()));
    c.stderr.on('data', (d: Buffer) => (err += d.toString()));
    c.on('close', (code) => resolve({ code, stdout: out, stderr: err }));
  });
}

beforeAll(async () => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-start-'));
  // The harness's database must not leak in: this is the path without NEO4J_URI.
  env = await ownServerEnv(home, { PORT: '0' });
});

afterAll(async () => {
  if (child !== undefined && child.exitCode === null && child.signalCode === null) {
    child.kill('SIGTERM');
    const timer = setTimeout(() => child?.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }
  const stop = await cli(['neo4j', 'stop']);
  if (stop.code !== 0) process.stderr.write(`neo4j stop: ${stop.stdout}${stop.stderr}\n`);
  fs.rmSync(home, { recursive: true, force: true });
}, 180_000);

test(
  'start: a new local Neo4j, the samples loaded, the README example answered; SIGTERM exits 0',
  async () => {
    child = spawn(process.execPath, [BIN, 'start'], { env });
    const running = child;
    exited = new Promise((resolve) => running.on('close', (code) => resolve(code)));
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const origin = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(new Error(`no GraphQL URL within ${START_TIMEOUT_MS} ms\n${stdout}\n${stderr}`)),
        START_TIMEOUT_MS,
      );
      const look = () => {
        const url = /GraphQL:\s+http:\/\/localhost:(\d+)\/graphql/.exec(stdout);
        if (url === null) return;
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${url[1]}`);
      };
      running.stdout.on('data', look);
      void exited!.then((code) => {
        clearTimeout(timer);
        reject(new Error(`start exited with ${code} before serving\n${stdout}\n${stderr}`));
      });
    });

    // The local server it started, on the ports it was given, not the harness's database.
    expect(stdout).toContain(`bolt://127.0.0.1:${env.DIPLOGRAPH_NEO4J_BOLT_PORT}`);
    expect(stdout).toContain(`http://localhost:${env.DIPLOGRAPH_NEO4J_HTTP_PORT}/browser/`);
    expect(stdout).toContain(path.join(home, 'password'));
    expect(stderr).toMatch(
      /Sample documents \(data\/samples\): loaded 15, unchanged 0, replaced 0, failed 0/,
    );

    const example = EXAMPLE_QUERIES.find((e) => e.title.startsWith('What Lavrov said'))!;
    const response = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: example.query }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data?: any; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    const [lavrov] = body.data.people;
    expect(lavrov.name).toBe('Sergei Lavrov');
    expect(lavrov.timeline).toHaveLength(3);
    expect(lavrov.timeline[0].text).toMatch(/^And the red lines/);
    expect(lavrov.timeline[2].text).toMatch(/should be on the negotiating table/);
    for (const s of lavrov.timeline) {
      expect(s.date).toBe('2021-05-17');
      expect(s.provenance).toMatchObject({ publisher: 'Interfax', publishedAt: '2021-05-17' });
      expect(s.provenance.excerpt).toBe(s.text);
    }

    running.kill('SIGTERM');
    expect(await exited).toBe(0);

    // Neo4j keeps running after the API stops, until `neo4j stop`.
    const status = await cli(['neo4j', 'status']);
    expect(status.stdout).toMatch(/answers:\s+yes/);
    const stop = await cli(['neo4j', 'stop']);
    expect(stop.code).toBe(0);
    expect(stop.stdout).toMatch(/stopped/);
    const after = await cli(['neo4j', 'status']);
    expect(after.code).toBe(1);
    expect(after.stdout).toMatch(/answers:\s+no/);
  },
  START_TIMEOUT_MS + 120_000,
);
