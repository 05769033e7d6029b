/**
 * `diplograph import` against a local Neo4j of its own (a new home, ports from the OS): the
 * import stops and starts that server, which the shared harness server must not undergo.
 * The same sample files are loaded with `diplograph load` into the harness's database, and
 * the two graphs compared whole: every node with its labels, properties and their types,
 * every relationship with its ends and properties. Then import refuses the now non-empty
 * database with IMPORT_DATABASE_NOT_EMPTY and leaves it unchanged. Needs Java 17 and Maven.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { toPlain } from '../../src/cli/to-plain';
import { openTestDatabase, resetDatabase, type TestDatabase } from '../harness/database';
import { writeSyntheticCorpus } from '../../bench/synthetic-corpus';
import { graphCounts } from '../harness/graph-counts';
import { ownServerEnv } from '../harness/local-server';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'diplograph.js');
const SAMPLES = path.join(ROOT, 'data', 'samples');
/** 60 synthetic documents beside the samples: speakers restating themselves, so REITERATES exist. */
const SYNTHETIC_COUNT = 60;
let synthetic = '';
const TIMEOUT_MS = 600_000;

function cli(args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const c = spawn(process.execPath, [BIN, ...args], { env });
    let out = '';
    let err = '';
    c.stdout.on('data', (d: Buffer) => (out += d.toString()));
    c.stderr.on('data', (d: Buffer) => (err += d.toString()));
    c.on('close', (code) => resolve({ code, stdout: out, stderr: err }));
  });
}

/** The whole graph as sorted JSON lines; the graph version's counter apart (see below). */
async function snapshot(driver: Driver, database: string | undefined): Promise<string[]> {
  const opts = database === undefined ? {} : { database };
  const nodes = await driver.executeQuery(
    `MATCH (n) WHERE NOT n:GraphVersion
     RETURN labels(n) AS labels, properties(n) AS props,
            [k IN keys(n) | k + ':' + valueType(n[k])] AS types`,
    {},
    opts,
  );
  const rels = await driver.executeQuery(
    `MATCH (a)-[r]->(b)
     RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props,
            [k IN keys(r) | k + ':' + valueType(r[k])] AS types`,
    {},
    opts,
  );
  const line = (o: Record<string, unknown>) => {
    const plain = toPlain(o) as Record<string, unknown>;
    for (const key of ['labels', 'types']) (plain[key] as string[] | undefined)?.sort();
    const props = plain.props as Record<string, unknown>;
    plain.props = Object.fromEntries(
      Object.keys(props)
        .sort()
        .map((k) => [k, props[k]]),
    );
    return JSON.stringify(plain);
  };
  return [
    ...nodes.records.map((r) => line(r.toObject())),
    ...rels.records.map((r) => line(r.toObject())),
  ].sort();
}

async function schemaNames(driver: Driver, database: string | undefined): Promise<string[]> {
  const opts = database === undefined ? {} : { database };
  const c = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name', {}, opts);
  const i = await driver.executeQuery(
    "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name",
    {},
    opts,
  );
  return [...c.records, ...i.records].map((r) => r.get('name') as string).sort();
}

let home: string;
let env: NodeJS.ProcessEnv;
let own: Driver | undefined;
let db: TestDatabase;

beforeAll(async () => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-import-'));
  synthetic = path.join(home, 'synthetic.jsonl');
  writeSyntheticCorpus(SYNTHETIC_COUNT, synthetic);
  env = await ownServerEnv(home);
  db = openTestDatabase();
});

afterAll(async () => {
  await own?.close();
  await db.close();
  const stop = await cli(['neo4j', 'stop'], env);
  if (stop.code !== 0) process.stderr.write(`neo4j stop: ${stop.stdout}${stop.stderr}\n`);
  fs.rmSync(home, { recursive: true, force: true });
}, 180_000);

let imported: string[] = [];

test(
  'import of the samples into an empty database gives the graph `load` gives',
  async () => {
    const result = await cli(['import', SAMPLES, synthetic], env);
    expect(result.stderr).not.toMatch(/failed:/);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      new RegExp(`imported ${15 + SYNTHETIC_COUNT}, duplicates 0, failed 0 — \\d+ statements`),
    );
    const password = fs.readFileSync(path.join(home, 'password'), 'utf8').trim();
    own = neo4j.driver(
      `bolt://127.0.0.1:${env.DIPLOGRAPH_NEO4J_BOLT_PORT}`,
      neo4j.auth.basic('neo4j', password),
    );
    imported = await snapshot(own, undefined);

    // The same files with `load`, in input order (one extraction thread), into the harness's database.
    await resetDatabase(db, { dropSchema: true });
    const harnessEnv = { ...process.env };
    const loaded = await cli(['load', SAMPLES, synthetic, '--concurrency', '0'], harnessEnv);
    if (loaded.code !== 0)
      throw new Error(`load exited ${loaded.code}: ${loaded.stderr.slice(-2000)}`);
    const reference = await snapshot(db.driver, db.database);

    expect(await graphCounts(own, undefined)).toEqual(await graphCounts(db.driver, db.database));
    expect(await schemaNames(own, undefined)).toEqual(await schemaNames(db.driver, db.database));
    expect(imported.length).toBe(reference.length);
    expect(imported).toEqual(reference);
    // Spot checks, readable when the whole comparison above fails.
    const counts = await graphCounts(own, undefined);
    for (const key of ['label:Statement', 'type:NEXT_BY_SPEAKER', 'type:REITERATES', 'label:Event'])
      if (!((counts[key] ?? 0) > 0)) throw new Error(`no ${key} in the imported graph`);
    // The statement links are compared whole above; their counts, for the report.
    process.stdout.write(
      `links: ${['REITERATES', 'RESPONDS_TO', 'CONTRADICTS'].map((t) => `${t} ${counts[`type:${t}`] ?? 0}`).join(', ')}\n`,
    );
    const unlinked = await own.executeQuery(
      'MATCH (d:Document) WHERE d.linked <> true RETURN count(d) AS n',
    );
    expect(Number(unlinked.records[0]!.get('n'))).toBe(0);
    const version = await own.executeQuery('MATCH (v:GraphVersion) RETURN v.version AS v');
    expect(Number(version.records[0]!.get('v'))).toBeGreaterThan(0);
  },
  TIMEOUT_MS,
);

test(
  'import refuses a database that holds nodes, with IMPORT_DATABASE_NOT_EMPTY, and changes nothing',
  async () => {
    expect(own).toBeDefined();
    const result = await cli(['import', SAMPLES], env);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/\[IMPORT_DATABASE_NOT_EMPTY\]/);
    expect(await snapshot(own!, undefined)).toEqual(imported);
  },
  TIMEOUT_MS,
);
