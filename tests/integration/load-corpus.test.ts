/**
 * Loading real documents end to end (ingest → extraction → load → link) into
 * the real Neo4j: the seed's graph against its hand-written golden file, the
 * whole corpus twice, a batch with broken files, and a loader killed mid-run.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MAX_LOAD_DOCUMENT_CHARS, type LoadSummary } from '../../src/load/load-pipeline';
import { extractDocument } from '../../src/extract';
import { loadDictionaries } from '../../src/ingest/dictionaries';
import { readDocuments } from '../../src/ingest/read-documents';
import { writeSyntheticCorpus } from '../../bench/synthetic-corpus';
import { graphCounts } from '../harness/graph-counts';
import { loadForTest } from '../harness/load';
import { openTestDatabase, queryRows, resetDatabase, type TestDatabase } from '../harness/database';

const ROOT = path.join(__dirname, '..', '..');
const SAMPLES = path.join(ROOT, 'data', 'samples');
const SEED = path.join(SAMPLES, 'interfax-2021-05-17-lavrov.txt');
const BIN = path.join(ROOT, 'bin', 'diplograph.js');

let db: TestDatabase;
beforeAll(() => {
  db = openTestDatabase();
});
afterAll(() => db.close());

const query = <T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}) =>
  queryRows<T>(db, cypher, params);

const load = (paths: string[], batchSize = 50): Promise<LoadSummary> =>
  loadForTest(db, paths, batchSize);

describe('the seed document', () => {
  beforeAll(async () => {
    await resetDatabase(db);
    const summary = await load([SEED]);
    expect(summary).toMatchObject({ loaded: 1, failed: [] });
  });

  test('holds exactly the statements of its golden file, each by its speaker', async () => {
    const golden = JSON.parse(
      fs.readFileSync(
        path.join(ROOT, 'tests', 'golden', 'interfax-2021-05-17-lavrov.golden.json'),
        'utf8',
      ),
    ) as {
      statements: { speaker: string; text: string; kind: string; date: string }[];
    };
    const rows = await query<{ speaker: string; text: string; kind: string; date: string }>(
      'MATCH (p:Person)-[:SAID]->(s:Statement) RETURN p.id AS speaker, s.text AS text, s.kind AS kind, toString(s.date) AS date',
    );
    const key = (s: { speaker: string; text: string; kind: string; date: string }) =>
      `${s.speaker} ${s.kind} ${s.date} ${s.text}`;
    expect(rows.map(key).sort()).toEqual(golden.statements.map(key).sort());
  });

  test('Lavrov SAID a statement ABOUT strategic stability', async () => {
    const rows = await query<{ n: number }>(
      "MATCH (:Person {name: 'Sergei Lavrov'})-[:SAID]->(s:Statement)-[:ABOUT]->(:Topic {name: 'strategic stability'}) RETURN count(s) AS n",
    );
    expect(rows[0]!.n).toBeGreaterThanOrEqual(2);
  });

  test('the Reykjavik meeting INVOLVES Blinken and Lavrov and is HELD_IN Reykjavik', async () => {
    const rows = await query<{ people: string[]; status: string; date: string }>(
      `MATCH (e:Event {kind: 'Meeting'})-[:HELD_IN]->(:Place {name: 'Reykjavik'})
       MATCH (e)-[:INVOLVES]->(p:Person)
       RETURN e.status AS status, toString(e.date) AS date, collect(p.name) AS people`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.people.sort()).toEqual(['Antony Blinken', 'Sergei Lavrov']);
    expect(rows[0]).toMatchObject({ status: 'planned', date: '2021-05-20' });
  });

  test('every statement is REPORTED_IN the document with a span whose text is the statement', async () => {
    const rows = await query<{ text: string; excerpt: string }>(
      `MATCH (s:Statement)-[r:REPORTED_IN]->(d:Document)
       RETURN s.text AS text, substring(d.text, r.start, r.end - r.start) AS excerpt`,
    );
    expect(rows).toHaveLength(11);
    for (const row of rows) expect(row.excerpt).toBe(row.text);
  });

  test('offices are held with dates: Lavrov is Russia’s foreign minister', async () => {
    const rows = await query<{ country: string; from: string }>(
      `MATCH (:Person {id: 'person:sergei-lavrov'})-[h:HOLDS]->(:Office {id: 'office:russia-foreign-minister'})-[:OF]->(c:Country)
       RETURN c.id AS country, toString(h.from) AS from`,
    );
    expect(rows).toEqual([
      { country: 'country:ru', from: expect.stringMatching(/^2004-03-/) as string },
    ]);
  });
});

test('loading the seed and the corpus twice gives identical counts; the second pass is all unchanged', async () => {
  await resetDatabase(db);
  const first = await load([SAMPLES], 4);
  expect(first.failed).toEqual([]);
  expect(first.loaded).toBe(15);
  const counts = await graphCounts(db.driver, db.database);
  const second = await load([SAMPLES], 4);
  expect(second).toMatchObject({
    loaded: 0,
    unchanged: 15,
    replaced: 0,
    failed: [],
    statements: 0,
  });
  expect(await graphCounts(db.driver, db.database)).toEqual(counts);
  expect(counts['label:Document']).toBe(15);
});

test('a batch with broken files loads every good document and reports each broken one with its file', async () => {
  await resetDatabase(db);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-broken-'));
  try {
    for (const name of [
      '01-us-state-readout-blinken-wangyi-beijing-2023.txt',
      '02-us-state-readout-blinken-gantz-2024.txt',
      'interfax-2021-05-17-lavrov.txt',
    ]) {
      fs.copyFileSync(path.join(SAMPLES, name), path.join(dir, name));
    }
    fs.writeFileSync(
      path.join(dir, 'binary.txt'),
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0xff, 0x00, 0x13]),
    );
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    // Over MAX_LOAD_DOCUMENT_CHARS (8 Mi): refused before extraction.
    fs.writeFileSync(
      path.join(dir, 'huge.txt'),
      'Lavrov said the talks were useful.\n'.repeat(Math.ceil(MAX_LOAD_DOCUMENT_CHARS / 35) + 1),
    );
    fs.writeFileSync(
      path.join(dir, 'lines.jsonl'),
      '{"text": "Lavrov said the talks were useful."}\n{not json}\n',
    );
    const summary = await load([dir], 2);
    expect(summary.loaded).toBe(4);
    expect(
      summary.failed
        .map((f) => [path.basename(f.source), f.code])
        .sort(([a], [b]) => a!.localeCompare(b!)),
    ).toEqual([
      ['binary.txt', 'BINARY_INPUT'],
      ['empty.txt', 'EMPTY_DOCUMENT'],
      ['huge.txt', 'DOCUMENT_TOO_LARGE_TO_LOAD'],
      ['lines.jsonl:2', 'JSONL_LINE_INVALID'],
    ]);
    expect(summary.failed.find((f) => f.source.endsWith('huge.txt'))?.reason).toMatch(
      /^8,388,6\d\d characters; .* at most 8,388,608/,
    );
    expect(await query('MATCH (d:Document) RETURN d.id')).toHaveLength(4);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

// Three loads of 300 documents (batch 10) by the CLI: ~22 s each with the machine at load
// average 17 (2 cores shared), measured before and after the loader changes of 2026-12-03 alike.
const CRASH_TEST_TIMEOUT_MS = 300_000;

describe('crash safety', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-crash-'));
  const corpus = path.join(dir, 'synthetic.jsonl');
  const args = [BIN, 'load', corpus, '--concurrency', '1', '--batch-size', '10'];
  const env = { ...process.env };
  beforeAll(() => writeSyntheticCorpus(300, corpus, 7));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = () =>
    new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, args, { env });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (code) => resolve({ code, stderr }));
    });

  test(
    'a loader killed with SIGKILL mid-load leaves documents whole, and re-running ends as an uninterrupted load',
    async () => {
      await resetDatabase(db);
      const full = await run();
      expect(full.code).toBe(0);
      const uninterrupted = await graphCounts(db.driver, db.database);

      await resetDatabase(db);
      const child = spawn(process.execPath, args, { env, stdio: 'ignore' });
      let loaded = 0;
      while (loaded < 40) {
        await new Promise((r) => setTimeout(r, 100));
        loaded = (await query<{ n: number }>('MATCH (d:Document) RETURN count(d) AS n'))[0]!.n;
      }
      child.kill('SIGKILL');
      await new Promise((r) => child.on('close', r));

      // Every document present is whole: all the statements its extraction has.
      const expected = new Map<string, number>();
      const dictionaries = loadDictionaries();
      for await (const r of readDocuments([corpus])) {
        if (r.ok)
          expected.set(r.document.id, extractDocument(r.document, dictionaries).statements.length);
      }
      const present = await query<{ id: string; n: number }>(
        'MATCH (d:Document) RETURN d.id AS id, COUNT { (s:Statement)-[:REPORTED_IN]->(d) } AS n',
      );
      expect(present.length).toBeGreaterThanOrEqual(40);
      expect(present.length).toBeLessThan(300);
      for (const doc of present) expect(doc.n).toBe(expected.get(doc.id));

      const rerun = await run();
      expect(rerun.code).toBe(0);
      expect(await graphCounts(db.driver, db.database)).toEqual(uninterrupted);
    },
    CRASH_TEST_TIMEOUT_MS,
  );
});
