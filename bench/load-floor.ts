/**
 * The floor under any loader on this machine: the statements of the synthetic corpus
 * written with the least Cypher a Statement needs — CREATE the node with its properties,
 * SAID from its speaker and REPORTED_IN to its document (documents and speakers written
 * first) — in UNWIND batches of whole documents, one transaction per batch, with the
 * project's schema (constraints, range and full-text indexes). No event matching,
 * mentions, topics, timelines or echoes. What it prints is an upper bound on the
 * statements/s `diplograph load` can reach here, extraction aside.
 *
 *   node bench/run.js bench/load-floor.ts [--docs 10000] [--batch-size 500] [--drop-index NAME]
 *
 * Needs the DocumentGraphs cached by bench/profile-load.ts (run it once first); uses the
 * bench server (.neo4j/bench, ports 7694/7480) and empties it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { applySchema } from '../src/load/schema';
import { toRows } from '../src/load/rows';
import type { DocumentGraph } from '../src/model';
import { emptyDatabase, startBenchServer } from './bench-server';
import { runBench } from './run-bench';

const WRITE_DOCUMENTS = `
UNWIND $rows AS row
CREATE (:Document {id: row.id, sha256: row.sha256, text: row.text})`;
const WRITE_SPEAKERS = `
UNWIND $ids AS id
MERGE (:Entity:Person {id: id})`;
const WRITE_STATEMENTS = `
UNWIND $rows AS row
MATCH (doc:Document {id: row.documentId})
MATCH (speaker:Person {id: row.speaker})
CREATE (s:Statement {id: row.id, text: row.text, kind: row.kind, verb: row.verb,
  date: CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
  start: toInteger(row.start), end: toInteger(row.end), confidence: row.confidence,
  documentId: row.documentId, speakerId: row.speaker, sortKey: row.sortKey})
CREATE (speaker)-[:SAID]->(s)
CREATE (s)-[:REPORTED_IN {start: toInteger(row.start), end: toInteger(row.end)}]->(doc)`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      docs: { type: 'string', default: '10000' },
      'batch-size': { type: 'string', default: '500' },
      // Diagnostic: drop one index of the schema (e.g. statement_text) to see what it costs.
      'drop-index': { type: 'string' },
    },
  });
  const file = path.join(os.tmpdir(), `diplograph-bench-${values.docs}.graphs.jsonl`);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run bench/profile-load.ts first`);
  const graphs = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as DocumentGraph);
  const server = await startBenchServer();
  const driver = server.driver;
  try {
    await emptyDatabase(driver);
    await applySchema(driver, undefined);
    if (values['drop-index'] !== undefined) {
      await driver.executeQuery(`DROP INDEX \`${values['drop-index']}\``);
      process.stdout.write(`(without index ${values['drop-index']})\n`);
    }
    const batchSize = Number(values['batch-size']);
    const session = driver.session();
    let statements = 0;
    const began = process.hrtime.bigint();
    for (let i = 0; i < graphs.length; i += batchSize) {
      const rows = toRows(graphs.slice(i, i + batchSize));
      const speakers = [...new Set(rows.statements.map((s) => s.speaker))];
      await session.executeWrite(async (tx) => {
        await tx.run(WRITE_DOCUMENTS, { rows: rows.documents });
        await tx.run(WRITE_SPEAKERS, { ids: speakers });
        await tx.run(WRITE_STATEMENTS, { rows: rows.statements });
      });
      statements += rows.statements.length;
    }
    const seconds = Number(process.hrtime.bigint() - began) / 1e9;
    await session.close();
    process.stdout.write(
      `floor: ${graphs.length} documents, ${statements} statements (node + SAID + REPORTED_IN only) in ` +
        `${seconds.toFixed(1)} s — ${(statements / seconds).toFixed(0)} statements/s (batch ${batchSize})\n`,
    );
  } finally {
    await server.stop();
  }
}

runBench(main);
