/**
 * The CLI, run as a user runs it (bin/diplograph.js, built by `npm test`'s
 * build step), against the harness's database and a throw-away local home.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { LOCAL_SERVER_START_TIMEOUT_MS, localServerForTest } from '../harness/local-server';

const BIN = path.join(__dirname, '..', '..', 'bin', 'diplograph.js');

function cli(args: string[], env: Record<string, string | undefined> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

test('cypher prints rows as JSON Lines with --json', async () => {
  const r = await cli([
    'cypher',
    'UNWIND range(1, $n) AS x RETURN x, $name AS name',
    '--param',
    'n=2',
    '--param',
    'name=Lavrov',
    '--json',
  ]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout).toBe('{"x":1,"name":"Lavrov"}\n{"x":2,"name":"Lavrov"}\n');
});

test('cypher prints a table by default and reports the row count on stderr', async () => {
  const r = await cli(['cypher', "RETURN 'Reykjavik' AS place, 2021 AS year"]);
  expect(r.code).toBe(0);
  expect(r.stdout.split('\n')[0]).toMatch(/^place\s+\| year/);
  expect(r.stdout).toContain('Reykjavik');
  expect(r.stderr).toContain('1 row');
});

test('cypher reports a Cypher error with exit code 1 and the server message', async () => {
  const r = await cli(['cypher', 'RETURN nope(']);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/Invalid input|SyntaxError/);
});

test('a wrong password fails with what was tried', async () => {
  const r = await cli(['cypher', 'RETURN 1'], { NEO4J_PASSWORD: 'certainly-wrong' });
  expect(r.code).toBe(3);
  expect(r.stderr).toContain('[NEO4J_UNREACHABLE]');
  expect(r.stderr).toContain(process.env.NEO4J_URI!);
});

test('invalid configuration is reported all at once', async () => {
  const r = await cli(['cypher', 'RETURN 1'], {
    NEO4J_URI: 'http://x',
    DIPLOGRAPH_NEO4J_HEAP: 'lots',
  });
  expect(r.code).toBe(3);
  expect(r.stderr).toContain('[CONFIG_INVALID]');
  expect(r.stderr).toContain('NEO4J_URI');
  expect(r.stderr).toContain('DIPLOGRAPH_NEO4J_HEAP');
});

test('neo4j start names the port when it is taken', async () => {
  const blocker = net.createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const port = (blocker.address() as net.AddressInfo).port;
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-neo4j-'));
  try {
    const r = await cli(['neo4j', 'start'], {
      NEO4J_URI: undefined,
      DIPLOGRAPH_NEO4J_HOME: home,
      DIPLOGRAPH_NEO4J_BOLT_PORT: String(port),
      DIPLOGRAPH_NEO4J_HTTP_PORT: String(port + 1 === 65536 ? port - 1 : port + 1),
    });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('[NEO4J_PORT_IN_USE]');
    expect(r.stderr).toContain(`Port ${port}`);
  } finally {
    blocker.close();
    fs.rmSync(home, { recursive: true, force: true });
  }
});

test(
  'status and a second start report a running local server',
  async () => {
    // The harness's own local server when it runs one; with an external NEO4J_URI or
    // testcontainers, a throwaway local server of this test's own.
    const server = await localServerForTest();
    try {
      const local = { NEO4J_URI: undefined, ...server.env };
      const status = await cli(['neo4j', 'status'], local);
      expect(status.code).toBe(0);
      expect(status.stdout).toMatch(/answers:\s+yes/);
      expect(status.stdout).toContain(`http://localhost:${server.httpPort}/browser/`);
      const again = await cli(['neo4j', 'start'], local);
      expect(again.code).toBe(0);
      expect(again.stdout).toContain('already running');
    } finally {
      await server.stop();
    }
  },
  LOCAL_SERVER_START_TIMEOUT_MS,
);

test('--help works for every command and unknown commands exit 2', async () => {
  for (const command of ['neo4j', 'cypher']) {
    const r = await cli([command, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`diplograph ${command}`);
  }
  const r = await cli(['frobnicate']);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('unknown command');
});
