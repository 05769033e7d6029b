/**
 * What follows `neo4j-admin database import` of the files of import-files.ts, over Bolt,
 * so that the graph ends as `diplograph load` leaves it:
 *   1. the schema (cypher/schema.cypher), then waiting until its indexes are online;
 *   2. the empty lists CSV cannot carry (import-empty-lists.cypher);
 *   3. NEXT_BY_SPEAKER, whole timelines at once, a few speakers per transaction;
 *   4. ECHOES with the loader's own code (src/link/echoes.ts), statements in the loader's
 *      order (the link-order file) so that a pair scored from both sides keeps the score
 *      the loader's last write gives it, and each document marked linked in the same
 *      transaction as its echoes;
 *   5. the graph version bumped once.
 * Every step is idempotent (MERGE), so a stopped run can be finished by running it again.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import type { Driver } from 'neo4j-driver';
import { linkEchoes } from '../../link/echoes';
import { cypher } from '../cypher-files';
import { bumpGraphVersion } from '../graph-version';
import { applySchema } from '../schema';
import type { TouchedStatement } from '../write-documents';

/** Statements per transaction when echoing; speakers' statements per transaction when chaining. */
const ECHO_BATCH = 2000;
const CHAIN_BATCH = 20_000;

export interface LinkProgress {
  (step: string, done: number, total: number | null): void;
}

export async function linkImported(
  driver: Driver,
  database: string | undefined,
  linkOrderFile: string,
  progress: LinkProgress = () => undefined,
): Promise<{ speakers: number; statements: number; documents: number }> {
  const opts = database === undefined ? {} : { database };
  await applySchema(driver, database);
  progress('schema', 0, null);
  await driver.executeQuery('CALL db.awaitIndexes(3600)', {}, opts);
  await driver.executeQuery(cypher('import-empty-lists'), {}, opts);

  const { records } = await driver.executeQuery(cypher('import-speakers'), {}, opts);
  const speakers = records.map((r) => ({
    id: r.get('speaker') as string,
    statements: Number(r.get('statements')),
  }));
  const session = driver.session(opts);
  try {
    let batch: string[] = [];
    let size = 0;
    let chained = 0;
    const chain = async () => {
      if (batch.length === 0) return;
      const speakersOfBatch = batch;
      await session.executeWrite((tx) =>
        tx.run(cypher('import-link-timelines'), { speakers: speakersOfBatch }),
      );
      chained += batch.length;
      progress('timelines', chained, speakers.length);
      batch = [];
      size = 0;
    };
    for (const speaker of speakers) {
      batch.push(speaker.id);
      size += speaker.statements;
      if (size >= CHAIN_BATCH) await chain();
    }
    await chain();

    let statements = 0;
    let documents = 0;
    let ids: string[] = [];
    let docs: string[] = [];
    const echo = async () => {
      if (docs.length === 0) return;
      const [statementIds, documentIds] = [ids, docs];
      await session.executeWrite(async (tx) => {
        const result = await tx.run(cypher('import-statements-to-link'), { ids: statementIds });
        const touched: TouchedStatement[] = result.records.map((r) => ({
          id: r.get('id') as string,
          speaker: r.get('speaker') as string,
          topics: r.get('topics') as string[],
          text: r.get('text') as string,
          sortKey: r.get('sortKey') as string,
        }));
        await linkEchoes(tx, touched);
        await tx.run(cypher('mark-linked'), { ids: documentIds });
      });
      statements += ids.length;
      documents += docs.length;
      progress('echoes', statements, null);
      ids = [];
      docs = [];
    };
    const lines = readline.createInterface({ input: fs.createReadStream(linkOrderFile) });
    for await (const line of lines) {
      if (line === '') continue;
      const entry = JSON.parse(line) as { doc: string; statements: string[] };
      docs.push(entry.doc);
      ids.push(...entry.statements);
      if (ids.length >= ECHO_BATCH) await echo();
    }
    await echo();
    await session.executeWrite((tx) => bumpGraphVersion(tx));
    return { speakers: speakers.length, statements, documents };
  } finally {
    await session.close();
  }
}
