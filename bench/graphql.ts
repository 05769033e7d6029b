/**
 * GraphQL API throughput and latency (autocannon) for three analyst queries — a lookup by
 * id, a person's timeline on a topic (20 statements with provenance), a full-text search —
 * at 1, 10 and 100 concurrent clients, against `diplograph serve` running in its own
 * process on the database the environment names (NEO4J_URI, or the local server of
 * DIPLOGRAPH_NEO4J_HOME, which must be running and hold ≥ 10,000 documents):
 *
 *   node bench/run.js bench/synthetic-corpus.ts 10000 /tmp/syn10k.jsonl
 *   node bin/diplograph.js load /tmp/syn10k.jsonl
 *   npm run build && node bench/run.js bench/graphql.ts [--seconds 10] [--min-documents 10000]
 *     [--cache both|on|off]
 *
 * Runs twice by default: with the result cache as configured by default (answers reused for
 * DIPLOGRAPH_CACHE_TTL_MS, 30 s; requests rotate over 200 ids, 5 timelines and 5 phrases, so
 * most are hits) and with it off (DIPLOGRAPH_CACHE_TTL_MS=0: every request is translated
 * and runs in Neo4j). Prints req/s, p50 and p99 latency, transport errors, non-2xx responses
 * and responses carrying GraphQL errors (counted from the server's request log), then the
 * issue's targets. Benchmarks print figures; they assert nothing.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import { readServeConfig } from '../src/api/config';
import { connect } from '../src/neo4j/connect';

const BIN = path.join(__dirname, '..', 'bin', 'diplograph.js');
const CLIENTS = [1, 10, 100] as const;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

interface Scenario {
  name: string;
  query: string;
  /** Variables for the n-th request (rotated so caches see several values). */
  variables: (n: number) => Record<string, unknown>;
}

interface Row {
  scenario: string;
  clients: number;
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  transportErrors: number;
  non2xx: number;
  graphqlErrors: number;
}

/** Picks real ids from the graph: statements to look up, the busiest speaker–topic pair. */
async function pickInputs() {
  const { neo4j } = readServeConfig(process.env);
  const connection = await connect(neo4j, { startLocal: false });
  try {
    const options = connection.database === undefined ? {} : { database: connection.database };
    const run = async (cypher: string) =>
      (await connection.driver.executeQuery(cypher, {}, options)).records.map((r) => r.toObject());
    const [{ documents }] = (await run('MATCH (d:Document) RETURN count(d) AS documents')) as [
      { documents: unknown },
    ];
    const ids = (await run(
      'MATCH (s:Statement) WITH s ORDER BY s.id SKIP 100 LIMIT 200 RETURN s.id AS id',
    )) as { id: string }[];
    const pairs = (await run(
      `MATCH (p:Person)-[:SAID]->(s:Statement)-[:ABOUT]->(t:Topic)
       WITH p, t, count(s) AS n WHERE n >= 20
       RETURN p.id AS person, p.name AS name, t.id AS topic, n ORDER BY n DESC LIMIT 5`,
    )) as { person: string; name: string; topic: string; n: unknown }[];
    return { documents: Number(documents), ids: ids.map((r) => r.id), pairs };
  } finally {
    await connection.close();
  }
}

function scenarios(ids: string[], pairs: { person: string; topic: string }[]): Scenario[] {
  const phrases = ['strategic stability', 'sanctions', 'nuclear weapons', 'climate', 'red lines'];
  return [
    {
      name: 'lookup by id',
      query: `query Lookup($id: ID!) {
        statements(where: { id: { eq: $id } }) { id text date verb speaker { id name } }
      }`,
      variables: (n) => ({ id: ids[n % ids.length] }),
    },
    {
      name: 'timeline (20 + provenance)',
      query: `query Timeline($person: ID!, $topic: String!) {
        people(where: { id: { eq: $person } }) {
          name
          timeline(topic: $topic, limit: 20) {
            id date text verb
            provenance { documentId title publisher publishedAt start end excerpt }
          }
        }
      }`,
      variables: (n) => ({
        person: pairs[n % pairs.length]!.person,
        topic: pairs[n % pairs.length]!.topic,
      }),
    },
    {
      name: 'full-text search',
      query: `query Search($query: String!) {
        searchStatements(query: $query, limit: 10) {
          score statement { id text date speaker { name } }
        }
      }`,
      variables: (n) => ({ query: phrases[n % phrases.length] }),
    },
  ];
}

/** `diplograph serve` on a free port, its request log counted as it streams. */
async function startServer(cache: boolean) {
  const child = spawn(process.execPath, [BIN, 'serve'], {
    env: {
      ...process.env,
      PORT: '0',
      DIPLOGRAPH_ENV: 'production',
      ...(cache ? {} : { DIPLOGRAPH_CACHE_TTL_MS: '0' }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const counts = { requests: 0, withErrors: 0 };
  let tail = '';
  let partial = '';
  child.stderr.on('data', (chunk: Buffer) => {
    const text = partial + chunk.toString();
    const lines = text.split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (line.includes('"msg":"request"')) {
        counts.requests += 1;
        if (!line.includes('"errors":0')) counts.withErrors += 1;
      } else tail = (tail + line + '\n').slice(-4000);
    }
  });
  const origin = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /GraphQL:\s+http:\/\/localhost:(\d+)\/graphql/.exec(out);
      if (m !== null) resolve(`http://127.0.0.1:${m[1]}`);
    });
    child.on('close', (code) => reject(new Error(`serve exited with ${code}:\n${tail}`)));
  });
  return {
    origin,
    counts,
    stop: () =>
      new Promise<void>((resolve) => {
        child.on('close', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

async function check(origin: string, scenario: Scenario): Promise<string> {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: scenario.query, variables: scenario.variables(0) }),
  });
  const body = (await response.json()) as {
    data?: {
      people?: { timeline: unknown[] }[];
      searchStatements?: unknown[];
      statements?: unknown[];
    };
    errors?: unknown[];
  };
  if (body.errors !== undefined)
    throw new Error(`${scenario.name}: ${JSON.stringify(body.errors)}`);
  if (scenario.name.startsWith('timeline')) {
    const statements = body.data?.people?.[0]?.timeline.length ?? 0;
    if (statements !== 20) throw new Error(`timeline returned ${statements} statements, not 20`);
    return `${statements} statements`;
  }
  if (scenario.name.startsWith('full-text'))
    return `${body.data?.searchStatements?.length ?? 0} hits`;
  return `${body.data?.statements?.length ?? 0} statement`;
}

async function measure(
  origin: string,
  scenario: Scenario,
  clients: number,
  seconds: number,
  counts: { requests: number; withErrors: number },
): Promise<Row> {
  let n = 0;
  const before = { ...counts };
  const result = await autocannon({
    url: `${origin}/graphql`,
    connections: clients,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({ query: scenario.query, variables: scenario.variables(n++) }),
        }),
      },
    ],
  });
  // Let the server's last log lines arrive.
  await new Promise((resolve) => setTimeout(resolve, 300));
  return {
    scenario: scenario.name,
    clients,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    transportErrors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors: counts.withErrors - before.withErrors,
  };
}

async function runMode(
  cache: boolean,
  seconds: number,
  ids: string[],
  pairs: { person: string; topic: string }[],
): Promise<void> {
  process.stdout.write(
    `\n— result cache ${cache ? 'on (DIPLOGRAPH_CACHE_TTL_MS default, 30 s)' : 'off (DIPLOGRAPH_CACHE_TTL_MS=0)'} —\n`,
  );
  const server = await startServer(cache);
  const rows: Row[] = [];
  try {
    const all = scenarios(ids, pairs);
    for (const scenario of all) {
      process.stdout.write(`check ${scenario.name}: ${await check(server.origin, scenario)}\n`);
      // Warm-up: plans cached, JIT warm, pools filled.
      await measure(server.origin, scenario, 10, 3, server.counts);
    }
    for (const scenario of all) {
      for (const clients of CLIENTS) {
        const row = await measure(server.origin, scenario, clients, seconds, server.counts);
        rows.push(row);
        process.stdout.write(
          `${row.scenario.padEnd(28)} ${String(clients).padStart(3)} clients  ` +
            `${row.rps.toFixed(0).padStart(6)} req/s  p50 ${String(row.p50).padStart(4)} ms  ` +
            `p99 ${String(row.p99).padStart(4)} ms  (${row.requests} requests, ` +
            `${row.transportErrors} transport errors, ${row.non2xx} non-2xx, ${row.graphqlErrors} with GraphQL errors)\n`,
        );
      }
    }
  } finally {
    await server.stop();
  }
  const find = (name: string, clients: number) =>
    rows.find((r) => r.scenario.startsWith(name) && r.clients === clients)!;
  const lookup10 = find('lookup', 10);
  const timeline10 = find('timeline', 10);
  const at100 = rows.filter((r) => r.clients === 100);
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const errors = (r: Row) => r.transportErrors + r.non2xx + r.graphqlErrors;
  process.stdout.write(
    [
      `targets (cache ${cache ? 'on' : 'off'}):`,
      `  lookup ≥ 1,500 req/s and p99 ≤ 15 ms at 10 clients: ${lookup10.rps.toFixed(0)} req/s, p99 ${lookup10.p99} ms — ${verdict(lookup10.rps >= 1500 && lookup10.p99 <= 15)}`,
      `  timeline p99 ≤ 60 ms at 10 clients: ${timeline10.p99} ms — ${verdict(timeline10.p99 <= 60)}`,
      ...at100.map(
        (r) =>
          `  ${r.scenario} at 100 clients, p99 ≤ 150 ms and zero errors: p99 ${r.p99} ms, ` +
          `${errors(r)} errors — ${verdict(r.p99 <= 150 && errors(r) === 0)}`,
      ),
      '',
    ].join('\n'),
  );
}

async function main(): Promise<void> {
  const seconds = Number(arg('seconds', '10'));
  const minDocuments = Number(arg('min-documents', '10000'));
  const modes = { both: [true, false], on: [true], off: [false] }[arg('cache', 'both')];
  if (modes === undefined) throw new Error('--cache must be both, on or off');
  const { documents, ids, pairs } = await pickInputs();
  process.stdout.write(`graph: ${documents} documents\n`);
  if (documents < minDocuments)
    throw new Error(
      `the benchmark needs ≥ ${minDocuments} documents (found ${documents}); load bench/synthetic-corpus.ts output first`,
    );
  if (pairs.length === 0) throw new Error('no speaker has 20 statements on one topic');
  process.stdout.write(
    `timeline on: ${pairs.map((p) => `${p.name} / ${p.topic} (${String(p.n)})`).join(', ')}\n`,
  );
  for (const cache of modes) await runMode(cache, seconds, ids, pairs);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench/graphql: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});
