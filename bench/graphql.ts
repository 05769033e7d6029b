/**
 * GraphQL API throughput and latency (autocannon) for four analyst queries — a lookup by
 * id, a person's timeline on a topic (up to 20 statements with provenance), a full-text
 * search, statements on a topic between two dates (`statementsBy`, 20) — at 1, 10 and 100
 * concurrent clients, against `diplograph serve` running in its
 * own process on the benches' own Neo4j (bench/bench-server.ts: .neo4j/bench, ports from
 * DIPLOGRAPH_BENCH_NEO4J_BOLT_PORT/_HTTP_PORT). When that graph has fewer than
 * --min-documents documents it is emptied and loaded with that many synthetic documents
 * (bench/synthetic-corpus.ts, `diplograph load`) first, which takes minutes once.
 *
 *   npm run build && node bench/run.js bench/graphql.ts [--seconds 10] [--min-documents 10000]
 *     [--cache both|on|off] [--no-cache] [--clients 1,10,100]
 *     [--only lookup,timeline,search,topic]
 *     [--cpu-prof DIR] [--serve-bin PATH]
 *
 * Runs twice by default:
 * - cache on (DIPLOGRAPH_CACHE_TTL_MS default, 30 s): requests rotate over 200 ids, 5
 *   timelines, 5 phrases and 5 topic ranges, so most are hits — what a team asking the same things sees;
 * - cache off (DIPLOGRAPH_CACHE_TTL_MS=0; `--no-cache` runs only this, the reference run):
 *   distinct variables per request, drawn from the graph — thousands of statement ids,
 *   speaker–topic pairs with date ranges taken from their statements, phrases taken from
 *   statement texts, and topics with date ranges taken from their statements — so every request is translated and runs in Neo4j.
 * Prints the machine's load average, then per query and client count req/s, p50 and p99
 * latency, transport errors, non-2xx responses and responses carrying GraphQL errors
 * (counted from the server's request log), CPU ms per request of the server process and of
 * the bench Neo4j (Linux /proc; on a shared machine it moves far less with the load than
 * req/s, so old and new compare by it), then the issue's targets. `--cpu-prof DIR` runs
 * the server under `node --cpu-prof` (one .cpuprofile per mode in DIR, for DevTools).
 * `--serve-bin PATH` measures another build's `diplograph serve` (e.g. an older commit's
 * bin/diplograph.js, over a graph its own loader built: DIPLOGRAPH_BENCH_NEO4J_HOME and the
 * ports), so old and new compare by the same bench and the same CPU figures.
 * Benchmarks print figures; they assert nothing.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import type { Driver } from 'neo4j-driver';
import { emptyDatabase, startBenchServer } from './bench-server';
import { writeSyntheticCorpus } from './synthetic-corpus';

const BIN = path.join(__dirname, '..', 'bin', 'diplograph.js');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

interface Scenario {
  name: string;
  query: string;
  /** Variables for the n-th request. */
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
  /** CPU ms per request of the server process and of Neo4j (Linux /proc), null elsewhere. */
  serverCpu: number | null;
  neo4jCpu: number | null;
}

/**
 * A process's CPU time so far in ms (user + system, /proc/<pid>/stat at 100 ticks a second),
 * or null off Linux. On a shared machine this moves far less with the load than req/s.
 */
function cpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** The bench Neo4j's pid (bench/bench-server.ts's home), if it has a pid file. */
function neo4jPid(): number | undefined {
  const home =
    process.env.DIPLOGRAPH_BENCH_NEO4J_HOME ?? path.join(__dirname, '..', '.neo4j', 'bench');
  try {
    return Number(fs.readFileSync(path.join(home, 'run', 'neo4j.pid'), 'utf8').trim());
  } catch {
    return undefined;
  }
}

interface Pair {
  person: string;
  name: string;
  topic: string;
  n: unknown;
}

interface TimelineInput {
  person: string;
  topic: string;
  from?: string;
  to?: string;
}

interface TopicRange {
  topic: string;
  from: string;
  to: string;
}

interface Values {
  ids: string[];
  timelines: TimelineInput[];
  phrases: string[];
  topicRanges: TopicRange[];
}

interface Inputs {
  documents: number;
  /** A few hot values (cache on) … */
  hot: Values;
  /** … and thousands of distinct ones (cache off). */
  distinct: Values;
  pairs: Pair[];
}

const HOT_PHRASES = ['strategic stability', 'sanctions', 'nuclear weapons', 'climate', 'red lines'];
const WORD = /\p{L}{4,}/gu;

/** A deterministic shuffle (mulberry32), so runs see the same order. */
function shuffled<T>(items: T[], seed = 7): T[] {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Picks real inputs from the graph: statement ids, speaker–topic pairs and their dates, phrases. */
async function pickInputs(driver: Driver): Promise<Inputs> {
  const run = async (cypher: string) =>
    (await driver.executeQuery(cypher, {}, { routing: 'READ' })).records.map((r) => r.toObject());
  const [{ documents }] = (await run('MATCH (d:Document) RETURN count(d) AS documents')) as [
    { documents: unknown },
  ];
  const hotIds = (await run(
    'MATCH (s:Statement) WITH s ORDER BY s.id SKIP 100 LIMIT 200 RETURN s.id AS id',
  )) as { id: string }[];
  const ids = (await run(
    'MATCH (s:Statement) WITH s ORDER BY s.id SKIP 300 LIMIT 5000 RETURN s.id AS id',
  )) as { id: string }[];
  const pairs = (await run(
    `MATCH (p:Person)-[:SAID]->(s:Statement)-[:ABOUT]->(t:Topic)
     WITH p, t, count(s) AS n, collect(toString(s.date)) AS dates WHERE n >= 20
     RETURN p.id AS person, p.name AS name, t.id AS topic, n, dates ORDER BY n DESC, p.id, t.id`,
  )) as (Pair & { dates: (string | null)[] })[];
  // Each pair: the whole timeline, and ranges that start at one of its statements' dates.
  const timelines: TimelineInput[] = [];
  for (const pair of pairs) {
    timelines.push({ person: pair.person, topic: pair.topic });
    const dates = [...new Set(pair.dates.filter((d): d is string => d !== null))].sort();
    for (const [i, from] of dates.entries()) {
      const to = dates[Math.min(dates.length - 1, i + 40)]!;
      timelines.push({ person: pair.person, topic: pair.topic, from, to });
      timelines.push({ person: pair.person, topic: pair.topic, from });
    }
  }
  // Topics and ranges of about 30 days starting at one of their statements' dates.
  const topicDates = (await run(
    `MATCH (s:Statement)-[:ABOUT]->(t:Topic) WHERE s.date IS NOT NULL
     WITH t, collect(DISTINCT toString(s.date)) AS dates WHERE size(dates) >= 2
     RETURN t.id AS topic, dates ORDER BY size(dates) DESC, t.id`,
  )) as { topic: string; dates: string[] }[];
  const topicRanges: TopicRange[] = [];
  for (const { topic, dates } of topicDates) {
    for (const from of [...dates].sort()) {
      const to = new Date(Date.parse(`${from}T00:00:00Z`) + 30 * 86_400_000)
        .toISOString()
        .slice(0, 10);
      topicRanges.push({ topic, from, to });
    }
  }
  const texts = (await run(
    'MATCH (s:Statement) WITH s ORDER BY s.id LIMIT 20000 RETURN s.text AS text',
  )) as { text: string }[];
  const phrases = new Set<string>();
  for (const { text } of texts) {
    const words = text.match(WORD) ?? [];
    for (let i = 0; i + 1 < words.length; i += 1)
      phrases.add(`${words[i]!.toLowerCase()} ${words[i + 1]!.toLowerCase()}`);
  }
  return {
    documents: Number(documents),
    hot: {
      ids: hotIds.map((r) => r.id),
      timelines: pairs.slice(0, 5).map((p) => ({ person: p.person, topic: p.topic })),
      phrases: HOT_PHRASES,
      topicRanges: topicDates.slice(0, 5).map(({ topic, dates }) => {
        const sorted = [...dates].sort();
        return { topic, from: sorted[0]!, to: sorted[sorted.length - 1]! };
      }),
    },
    distinct: {
      ids: shuffled(ids.map((r) => r.id)),
      timelines: shuffled(timelines),
      phrases: shuffled([...phrases]).slice(0, 5000),
      topicRanges: shuffled(topicRanges),
    },
    pairs,
  };
}

function scenarios(values: Values): Scenario[] {
  return [
    {
      name: 'lookup by id',
      query: `query Lookup($id: ID!) {
        statements(where: { id: { eq: $id } }) { id text date verb speaker { id name } }
      }`,
      variables: (n) => ({ id: values.ids[n % values.ids.length] }),
    },
    {
      name: 'timeline (20 + provenance)',
      query: `query Timeline($person: ID!, $topic: String!, $from: Date, $to: Date) {
        people(where: { id: { eq: $person } }) {
          name
          timeline(topic: $topic, from: $from, to: $to, limit: 20) {
            id date text verb
            provenance { documentId title publisher publishedAt start end excerpt }
          }
        }
      }`,
      variables: (n) => ({ ...values.timelines[n % values.timelines.length] }),
    },
    {
      name: 'full-text search',
      query: `query Search($query: String!) {
        searchStatements(query: $query, limit: 10) {
          score statement { id text date speaker { name } }
        }
      }`,
      variables: (n) => ({ query: values.phrases[n % values.phrases.length] }),
    },
    {
      name: 'topic between two dates',
      query: `query ByTopic($topic: String!, $from: Date!, $to: Date!) {
        statementsBy(topic: $topic, from: $from, to: $to, limit: 20) {
          id date text verb speaker { name }
        }
      }`,
      variables: (n) => ({ ...values.topicRanges[n % values.topicRanges.length] }),
    },
  ];
}

/** Loads `documents` synthetic documents into the (emptied) bench graph. */
async function buildGraph(driver: Driver, env: NodeJS.ProcessEnv, documents: number) {
  const file = path.join(os.tmpdir(), `diplograph-bench-graphql-${documents}.jsonl`);
  if (!fs.existsSync(file)) writeSyntheticCorpus(documents, file, 42);
  process.stdout.write(`building the bench graph: ${documents} synthetic documents (${file})…\n`);
  await emptyDatabase(driver);
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'load', file, '--batch-size', '500'], {
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`load exited ${String(code)}`)),
    );
  });
}

/** `diplograph serve` on a free port, its request log counted as it streams. */
async function startServer(
  cache: boolean,
  env: NodeJS.ProcessEnv,
  cpuProf: string | null,
  bin: string,
) {
  const child = spawn(
    process.execPath,
    [...(cpuProf === null ? [] : ['--cpu-prof', '--cpu-prof-dir', cpuProf]), bin, 'serve'],
    {
      env: {
        ...env,
        PORT: '0',
        DIPLOGRAPH_ENV: 'production',
        ...(cache ? {} : { DIPLOGRAPH_CACHE_TTL_MS: '0' }),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
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
    pid: child.pid,
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
      statementsBy?: unknown[];
    };
    errors?: unknown[];
  };
  if (body.errors !== undefined)
    throw new Error(`${scenario.name}: ${JSON.stringify(body.errors)}`);
  if (scenario.name.startsWith('timeline')) {
    const statements = body.data?.people?.[0]?.timeline.length ?? 0;
    if (statements === 0) throw new Error('timeline returned no statement');
    return `${statements} statements`;
  }
  if (scenario.name.startsWith('full-text'))
    return `${body.data?.searchStatements?.length ?? 0} hits`;
  if (scenario.name.startsWith('topic'))
    return `${body.data?.statementsBy?.length ?? 0} statements`;
  return `${body.data?.statements?.length ?? 0} statement`;
}

async function measure(
  origin: string,
  scenario: Scenario,
  clients: number,
  seconds: number,
  counts: { requests: number; withErrors: number },
  pids: { server: number | undefined; neo4j: number | undefined },
): Promise<Row> {
  let n = 0;
  const before = { ...counts };
  const cpuBefore = { server: cpuMs(pids.server), neo4j: cpuMs(pids.neo4j) };
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
  const perRequest = (pid: number | undefined, from: number | null) => {
    const to = cpuMs(pid);
    return from === null || to === null || result.requests.total === 0
      ? null
      : (to - from) / result.requests.total;
  };
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
    serverCpu: perRequest(pids.server, cpuBefore.server),
    neo4jCpu: perRequest(pids.neo4j, cpuBefore.neo4j),
  };
}

interface RunOptions {
  seconds: number;
  clients: number[];
  only: string[];
  env: NodeJS.ProcessEnv;
  cpuProf: string | null;
  /** The `diplograph` whose `serve` is measured. */
  serveBin: string;
}

async function runMode(cache: boolean, inputs: Inputs, options: RunOptions): Promise<void> {
  const [one, five, fifteen] = os.loadavg().map((l) => l.toFixed(2));
  process.stdout.write(
    `\n— result cache ${cache ? 'on (DIPLOGRAPH_CACHE_TTL_MS default, 30 s; 200 ids, 5 timelines, 5 phrases, 5 topic ranges)' : `off (DIPLOGRAPH_CACHE_TTL_MS=0; ${inputs.distinct.ids.length} ids, ${inputs.distinct.timelines.length} timelines, ${inputs.distinct.phrases.length} phrases, ${inputs.distinct.topicRanges.length} topic ranges)`} —\n` +
      `machine: ${os.availableParallelism()} cores, load average ${one} ${five} ${fifteen}\n`,
  );
  const server = await startServer(cache, options.env, options.cpuProf, options.serveBin);
  const rows: Row[] = [];
  const pids = { server: server.pid, neo4j: neo4jPid() };
  const cpu = (ms: number | null) => (ms === null ? '—' : ms.toFixed(2));
  try {
    const all = scenarios(cache ? inputs.hot : inputs.distinct).filter((s) =>
      options.only.some((name) => s.name.startsWith(name)),
    );
    for (const scenario of all) {
      process.stdout.write(`check ${scenario.name}: ${await check(server.origin, scenario)}\n`);
      // Warm-up: plans cached, JIT warm, pools filled.
      await measure(server.origin, scenario, 10, 3, server.counts, pids);
    }
    for (const scenario of all) {
      for (const clients of options.clients) {
        const row = await measure(
          server.origin,
          scenario,
          clients,
          options.seconds,
          server.counts,
          pids,
        );
        rows.push(row);
        process.stdout.write(
          `${row.scenario.padEnd(28)} ${String(clients).padStart(3)} clients  ` +
            `${row.rps.toFixed(0).padStart(6)} req/s  p50 ${String(row.p50).padStart(4)} ms  ` +
            `p99 ${String(row.p99).padStart(4)} ms  (${row.requests} requests, ` +
            `${row.transportErrors} transport errors, ${row.non2xx} non-2xx, ${row.graphqlErrors} with GraphQL errors; ` +
            `CPU ms per request: server ${cpu(row.serverCpu)}, Neo4j ${cpu(row.neo4jCpu)})\n`,
        );
      }
    }
  } finally {
    await server.stop();
  }
  const find = (name: string, clients: number) =>
    rows.find((r) => r.scenario.startsWith(name) && r.clients === clients);
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const errors = (r: Row) => r.transportErrors + r.non2xx + r.graphqlErrors;
  const lines = [`targets (cache ${cache ? 'on' : 'off'}):`];
  const lookup10 = find('lookup', 10);
  if (lookup10 !== undefined)
    lines.push(
      `  lookup ≥ 1,500 req/s and p99 ≤ 15 ms at 10 clients: ${lookup10.rps.toFixed(0)} req/s, p99 ${lookup10.p99} ms — ${verdict(lookup10.rps >= 1500 && lookup10.p99 <= 15)}`,
    );
  for (const name of ['timeline', 'full-text']) {
    const row = find(name, 10);
    if (row !== undefined)
      lines.push(
        `  ${row.scenario} p99 ≤ 60 ms at 10 clients: ${row.p99} ms — ${verdict(row.p99 <= 60)}`,
      );
  }
  for (const r of rows.filter((row) => row.clients === 100))
    lines.push(
      `  ${r.scenario} at 100 clients, p99 ≤ 250 ms and zero errors: p99 ${r.p99} ms, ` +
        `${errors(r)} errors — ${verdict(r.p99 <= 250 && errors(r) === 0)}`,
    );
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function main(): Promise<void> {
  const seconds = Number(arg('seconds', '10'));
  const minDocuments = Number(arg('min-documents', '10000'));
  const mode = process.argv.includes('--no-cache') ? 'off' : arg('cache', 'both');
  const modes = { both: [true, false], on: [true], off: [false] }[mode];
  if (modes === undefined) throw new Error('--cache must be both, on or off');
  const clients = arg('clients', '1,10,100').split(',').map(Number);
  const only = arg('only', 'lookup,timeline,full-text,topic').split(',');
  const cpuProf = arg('cpu-prof', '');
  const serveBin = path.resolve(arg('serve-bin', BIN));
  const server = await startBenchServer();
  try {
    let inputs = await pickInputs(server.driver);
    if (inputs.documents < minDocuments) {
      await buildGraph(server.driver, server.env, minDocuments);
      inputs = await pickInputs(server.driver);
    }
    process.stdout.write(`graph: ${inputs.documents} documents; serving with ${serveBin}\n`);
    if (inputs.pairs.length === 0) throw new Error('no speaker has 20 statements on one topic');
    process.stdout.write(
      `hot timelines: ${inputs.pairs
        .slice(0, 5)
        .map((p) => `${p.name} / ${p.topic} (${String(p.n)})`)
        .join(', ')}\n`,
    );
    for (const cache of modes)
      await runMode(cache, inputs, {
        seconds,
        clients,
        only: only.map((o) => (o === 'search' ? 'full-text' : o)),
        env: server.env,
        cpuProf: cpuProf === '' ? null : path.resolve(cpuProf),
        serveBin,
      });
  } finally {
    // The graph stays for the next run; the server stops unless it was running already.
    await server.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench/graphql: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});
