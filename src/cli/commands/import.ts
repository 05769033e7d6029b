/**
 * `diplograph import`: the first load of a large corpus into an empty database. Documents
 * are extracted in worker threads and written, in input order, as the CSV files of
 * `neo4j-admin database import full` (src/load/bulk-import); the local server is stopped,
 * the files imported into its database and the server started again; then the schema is
 * applied and the statements linked over Bolt (finish-import.ts); timelines are in the
 * files. The graph is the one `diplograph load` builds from the same files. With NEO4J_URI set, the files are
 * written and the commands to finish on that server are printed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadDictionaries } from '../../ingest/dictionaries';
import { cypher } from '../../load/cypher-files';
import { ImportError } from '../../load/bulk-import/import-error';
import { extractToCsv } from '../../load/bulk-import/extract-to-csv';
import type { ImportFiles } from '../../load/bulk-import/import-files';
import { finishImport } from '../../load/bulk-import/finish-import';
import { createPhaseClock } from '../../load/bulk-import/phases';
import {
  adminImportArgs,
  runLocalAdminImport,
  shellCommand,
  type AdminImportInput,
} from '../../neo4j/admin-import';
import { readNeo4jConfig, type Neo4jConfig } from '../../neo4j/config';
import { connect, type Connection } from '../../neo4j/connect';
import { startLocalServer, stopLocalServer } from '../../neo4j/local-server';
import { EXIT, UsageError, writeLine, type Command } from '../context';
import { createProgress } from '../progress';

const USAGE = `diplograph import PATH... [--recursive] [--concurrency N] [--dir DIR]
       diplograph import --finish

  PATH            files (.txt .md .html .jsonl), directories, globs, or - for stdin
  --recursive     descend into subdirectories
  --concurrency   extraction worker threads (default: cores, at least 1; 0 = in the main thread)
  --dir DIR       write the CSV files there and keep them (default: a temporary folder, removed at the end)
  --finish        only the last step (schema, statement links), for a database imported by hand (see below)

The first load of a large corpus into an EMPTY database, several times faster than \`load\`:
documents are extracted to CSV files (timelines included; statement links are made after), which
\`neo4j-admin database import full\` writes into the database directly; then the schema is
applied and the statements are linked (REITERATES, RESPONDS_TO, CONTRADICTS). The graph is the one \`diplograph load\` builds from the same files. Use \`load\`
to add documents to a database that has some (import refuses it: IMPORT_DATABASE_NOT_EMPTY,
exit 3, nothing changed).

With the local server (NEO4J_URI unset) import stops it for the import and starts it again:
nothing else may use it meanwhile. With NEO4J_URI set, the files are written to DIR and the
commands to run on that server are printed: stop its database, run neo4j-admin there with the
files, start it, then \`diplograph import --finish\` from here.
Bad documents are listed with their file and reason and skipped; the exit code is then 1.`;

function parseWorkers(raw: string | undefined): number {
  if (raw === undefined) return Math.max(1, os.availableParallelism());
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0)
    throw new UsageError(`--concurrency must be a whole number ≥ 0; found "${raw}"`);
  return n;
}

async function hasNodes(connection: Connection): Promise<boolean> {
  const { records } = await connection.driver.executeQuery(
    cypher('import-has-nodes'),
    {},
    connection.database === undefined ? {} : { database: connection.database },
  );
  return records[0]?.get('hasNodes') === true;
}

async function refuseNonEmpty(connection: Connection): Promise<void> {
  if (await hasNodes(connection))
    throw new ImportError(
      'IMPORT_DATABASE_NOT_EMPTY',
      `The database ${connection.database ?? '(default)'} at ${connection.uri} already holds nodes; ` +
        '`import` writes only into an empty database and changed nothing. ' +
        'Use `diplograph load` to add documents to it, or empty it first (`diplograph db reset` if available, ' +
        'or delete the local server folder DIPLOGRAPH_NEO4J_HOME).',
    );
}

function adminInput(files: ImportFiles, config: Neo4jConfig | null): AdminImportInput {
  return {
    nodes: files.nodes,
    relationships: files.relationships,
    reportFile: path.join(files.dir, 'import.report'),
    ...(config === null ? {} : { maxOffHeapMemory: config.local.pageCache }),
  };
}

export const importCommand: Command = {
  name: 'import',
  summary: 'First load of a large corpus into an empty database (neo4j-admin bulk import)',
  usage: USAGE,
  async run({ args, env, stdout, stderr, stdin, interactive }) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        recursive: { type: 'boolean', short: 'r' },
        concurrency: { type: 'string' },
        dir: { type: 'string' },
        finish: { type: 'boolean' },
      },
    });
    const config = readNeo4jConfig(env);
    const log = (line: string) => writeLine(stderr, line);
    const began = Date.now();
    const seconds = (from: number) => (Date.now() - from) / 1000;

    if (values.finish === true) {
      if (positionals.length > 0) throw new UsageError('--finish takes no PATH');
      const connection = await connect(config, { log });
      try {
        await finishImport(connection.driver, connection.database, log);
        writeLine(stdout, `finished the import in ${seconds(began).toFixed(1)} s`);
        return EXIT.ok;
      } finally {
        await connection.close();
      }
    }

    if (positionals.length === 0)
      throw new UsageError('expected at least one PATH (or - for stdin)');
    const workers = parseWorkers(values.concurrency);
    const local = config.uri === null;
    if (!local && values.dir === undefined)
      throw new UsageError('with NEO4J_URI set, give --dir DIR: the files to copy to that server');
    let connection: Connection | null = await connect(config, { log });
    let dir: string | null = values.dir ?? null;
    // A temporary folder goes at the end, unless the import tool failed on its files.
    let keep = values.dir !== undefined;
    try {
      await refuseNonEmpty(connection);
      const csvDir = (dir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-import-')));
      const database = connection.database ?? 'neo4j';
      const clock = createPhaseClock(log);
      // The local server is stopped now, while the documents are extracted (it has to be
      // stopped for neo4j-admin anyway): its shutdown is off the critical path, and nothing
      // can write to the database between the check above and the import.
      let stopping: Promise<unknown> | null = null;
      if (local) {
        await connection.close();
        connection = null;
        stopping = clock.time('server stop (during extraction)', () =>
          stopLocalServer(config.local, log),
        );
        // Its failure is reported where it is awaited, below.
        stopping.catch(() => undefined);
      }
      let started = false;
      const start = async () => {
        if (stopping === null || started) return;
        started = true;
        await stopping.catch(() => undefined);
        await clock.time('server start', () => startLocalServer(config.local, log));
      };
      try {
        const progress = createProgress(stderr, interactive);
        const { files, summary } = await clock
          .time('extraction and CSV', () =>
            extractToCsv(positionals, csvDir, {
              workers,
              recursive: values.recursive === true,
              dictionaries: loadDictionaries(),
              stdin,
              onProgress: (p) => progress.update({ ...p, total: null }),
            }),
          )
          .finally(() => progress.done());
        log(
          `extracted ${summary.imported} documents, ${summary.statements} statements to ${files.counts.nodes} nodes and ` +
            `${files.counts.relationships} relationships of CSV`,
        );
        for (const f of summary.failed)
          writeLine(stderr, `failed: ${f.source}: [${f.code}] ${f.reason}`);

        if (stopping === null) {
          const command = shellCommand([
            'neo4j-admin',
            ...adminImportArgs(adminInput(files, null), database),
          ]);
          writeLine(
            stdout,
            [
              `Wrote the import files of ${summary.imported} documents (${summary.statements} statements) to ${dir}.`,
              `NEO4J_URI is set, so the import runs on that server. There, with the files at the same path:`,
              `  1. stop the database:  STOP DATABASE ${database}  (Community: stop the server)`,
              `  2. ${command}`,
              `  3. start it again (START DATABASE ${database}, or start the server)`,
              'then from here:  diplograph import --finish',
            ].join('\n'),
          );
          return summary.failed.length > 0 ? EXIT.failed : EXIT.ok;
        }

        await stopping;
        log(`neo4j-admin database import full ${database} (${dir})…`);
        keep = true;
        await clock.time('neo4j-admin import', () =>
          runLocalAdminImport(config.local, adminInput(files, config), database, (chunk) =>
            stderr.write(chunk),
          ),
        );
        keep = values.dir !== undefined;
        await start();
        connection = await connect(config, { log, startLocal: false });
        await finishImport(connection.driver, connection.database, log, clock);
        const total = seconds(began);
        writeLine(
          stdout,
          `imported ${summary.imported}, duplicates ${summary.duplicates}, failed ${summary.failed.length}` +
            ` — ${summary.statements} statements in ${total.toFixed(1)} s (${(summary.statements / Math.max(total, 0.001)).toFixed(0)} statements/s;` +
            ` ${clock.summary()})`,
        );
        return summary.failed.length > 0 ? EXIT.failed : EXIT.ok;
      } finally {
        // Started again whatever happened: a failed extraction or import leaves the (empty)
        // database as it was.
        await start();
      }
    } finally {
      await connection?.close();
      if (!keep && dir !== null) fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
