import path from 'node:path';
import { readServeConfig } from '../../api/config';
import { loadDictionaries } from '../../ingest/dictionaries';
import { DEFAULT_BATCH_SIZE, loadDocuments } from '../../load/load-pipeline';
import { applySchema } from '../../load/schema';
import { projectRoot } from '../../neo4j/config';
import { connect } from '../../neo4j/connect';
import { localBoltUri, localBrowserUrl, passwordFile } from '../../neo4j/local-server';
import { UsageError, writeLine, type Command } from '../context';
import { defaultWorkers, printFailures } from './load';
import { createProgress } from '../progress';
import { serveUntilSignal } from './serve';

export const SAMPLES_DIR = path.join(projectRoot(), 'data', 'samples');

export const startCommand: Command = {
  name: 'start',
  summary: 'The main command (`npm start`): Neo4j, schema, sample documents, then GraphQL',
  usage: `diplograph start

  1. starts the local Neo4j when NEO4J_URI is unset (first time: fetched with Maven);
  2. applies the schema (constraints, indexes, full-text indexes);
  3. loads the sample documents of data/samples/ (documents already loaded are reported
     unchanged and not rewritten, so later starts take seconds);
  4. serves GraphQL like \`diplograph serve\` and prints its URL, the Neo4j Browser URL and
     where the password is.
Ctrl-C stops the API; the local Neo4j keeps running (\`diplograph neo4j stop\`).`,
  async run({ args, env, stdout, stderr, stdin, interactive }) {
    if (args.length > 0)
      throw new UsageError('start takes no arguments; configure it with environment variables');
    const config = readServeConfig(env);
    const log = (line: string) => writeLine(stderr, line);
    const connection = await connect(config.neo4j, { startLocal: true, log });
    try {
      await applySchema(connection.driver, connection.database);
      const progress = createProgress(stderr, interactive);
      const summary = await loadDocuments(
        {
          paths: [SAMPLES_DIR],
          recursive: false,
          workers: defaultWorkers(),
          batchSize: DEFAULT_BATCH_SIZE,
          dictionaries: loadDictionaries(),
        },
        connection,
        { stdin, onProgress: (p) => progress.update({ ...p, total: null }) },
      );
      progress.done();
      log(
        `Sample documents (data/samples): loaded ${summary.loaded}, unchanged ${summary.unchanged}, ` +
          `replaced ${summary.replaced}, failed ${summary.failed.length} (${summary.seconds.toFixed(1)} s).`,
      );
      printFailures(stderr, summary);
    } catch (error) {
      await connection.close();
      throw error;
    }
    const local = config.neo4j.local;
    const banner =
      config.neo4j.uri === null
        ? [
            `Neo4j Browser:  ${localBrowserUrl(local)}   (user ${config.neo4j.user}, password in ${passwordFile(local)})`,
            `Bolt:           ${localBoltUri(local)}   (keeps running after Ctrl-C; \`npx diplograph neo4j stop\`)`,
          ]
        : [
            `Neo4j:          ${config.neo4j.uri}   (user ${config.neo4j.user}, password from NEO4J_PASSWORD)`,
          ];
    return serveUntilSignal({ config, connection, stdout, stderr, banner });
  },
};
