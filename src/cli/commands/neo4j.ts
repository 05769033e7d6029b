import { readNeo4jConfig } from '../../neo4j/config';
import {
  localStatus,
  startLocalServer,
  stopLocalServer,
  type LocalServerStatus,
} from '../../neo4j/local-server';
import { EXIT, UsageError, writeLine, type Command } from '../context';

export const neo4jCommand: Command = {
  name: 'neo4j',
  summary: 'Start, stop or inspect the local Neo4j server (no Docker needed)',
  usage: `diplograph neo4j start|stop|status

  start   Resolve Neo4j 5.26 + APOC + Browser with Maven (first time only), start it
          on 127.0.0.1 (Bolt 7687, HTTP 7474) and wait until Bolt answers.
          A second start reports the running server.
  stop    Stop the server that start launched: SIGTERM, then SIGKILL after 60 s.
  status  Print the Bolt URI, the Browser URL, the password file and whether it answers.

Data, logs and the generated password live in .neo4j/ (DIPLOGRAPH_NEO4J_HOME).`,
  async run({ args, env, stdout, stderr }) {
    const [action, ...rest] = args;
    if (rest.length > 0 || action === undefined || !['start', 'stop', 'status'].includes(action)) {
      throw new UsageError('expected one of: start, stop, status');
    }
    const config = readNeo4jConfig(env).local;
    const log = (line: string) => writeLine(stderr, line);
    if (action === 'start') {
      const result = await startLocalServer(config, log);
      writeLine(
        stdout,
        result.alreadyRunning
          ? `Neo4j is already running (pid ${result.pid ?? '?'}).`
          : `Neo4j started in ${(result.startedInMs / 1000).toFixed(1)} s (pid ${result.pid ?? '?'}).`,
      );
      printStatus(stdout, result);
      return EXIT.ok;
    }
    if (action === 'stop') {
      const result = await stopLocalServer(config, log);
      writeLine(
        stdout,
        result.stopped
          ? `Neo4j (pid ${result.pid ?? '?'}) stopped${result.forced ? ' forcibly' : ''}.`
          : 'Neo4j was not running (nothing started by `diplograph neo4j start`).',
      );
      return EXIT.ok;
    }
    const status = await localStatus(config);
    printStatus(stdout, status);
    return status.answers ? EXIT.ok : EXIT.failed;
  },
};

function printStatus(out: NodeJS.WritableStream, s: LocalServerStatus): void {
  writeLine(out, `  state:     ${s.running ? `running (pid ${s.pid ?? '?'})` : 'not running'}`);
  writeLine(out, `  answers:   ${s.answers ? 'yes' : 'no'}`);
  writeLine(out, `  bolt:      ${s.boltUri}`);
  writeLine(out, `  browser:   ${s.browserUrl}`);
  writeLine(out, `  user:      neo4j`);
  writeLine(out, `  password:  in ${s.passwordFile}`);
}
