import { readServeConfig, type ServeConfig } from '../../api/config';
import { createApi, GRAPHQL_PATH } from '../../api/create-api';
import { createLineWriter } from '../../api/line-writer';
import { startServer, waitForSignal } from '../../api/server';
import { createExploreHandler } from '../../explore/explore-server';
import { DiplographError } from '../../model/errors';
import { connect, type Connection } from '../../neo4j/connect';
import { EXIT, UsageError, writeLine, type Command } from '../context';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve the GraphQL API over the database (no loading; `start` does everything)',
  usage: `diplograph serve

Serves GraphQL on http://localhost:$PORT/graphql (PORT, default 4000; GraphiQL with example
queries when opened in a browser), /health (the process) and /ready (Neo4j answers).
Read-only: the API has no mutations. Uses NEO4J_URI, or the local server, which must be
running (\`diplograph neo4j start\`). Configuration: environment variables only (.env.example).
One JSON log line per request goes to stderr. SIGTERM or SIGINT: stop accepting
connections, finish the requests in flight, close the Neo4j driver, exit 0.`,
  async run({ args, env, stdout, stderr }) {
    if (args.length > 0)
      throw new UsageError('serve takes no arguments; configure it with environment variables');
    const config = readServeConfig(env);
    const connection = await connect(config.neo4j, {
      startLocal: false,
      log: (line) => writeLine(stderr, line),
    });
    return serveUntilSignal({ config, connection, stdout, stderr });
  },
};

export interface ServeUntilSignalOptions {
  config: ServeConfig;
  connection: Connection;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Lines printed after the GraphQL URL (e.g. where Neo4j Browser is). */
  banner?: string[];
}

/** Serves until SIGTERM/SIGINT, then shuts down gracefully; closes the connection in every case. */
export async function serveUntilSignal(options: ServeUntilSignalOptions): Promise<number> {
  const { config, connection, stdout, stderr } = options;
  // Request log lines are written once per event-loop turn (src/api/line-writer.ts).
  const lines = createLineWriter(stderr);
  const log = lines.log;
  let server;
  try {
    const api = await createApi(config.api, connection, { log });
    // /explore/ serves Neo4j Browser's guided tour and style (src/explore); the rest is GraphQL.
    const explore = createExploreHandler();
    server = await startServer({
      handler: (request, response) =>
        explore(request, response) ? undefined : api.yoga(request, response),
      port: config.api.port,
      host: config.api.host,
      shutdownTimeoutMs: config.api.shutdownTimeoutMs,
      onClose: () => connection.close(),
    });
  } catch (error) {
    lines.flush();
    await connection.close();
    if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
      throw new DiplographError(
        'PORT_IN_USE',
        `Port ${config.api.port} on ${config.api.host} is taken by another program: stop it, or set PORT to a free port.`,
        { cause: error },
      );
    }
    throw error;
  }
  const stopping = waitForSignal();
  writeLine(
    stdout,
    [
      `GraphQL:        ${server.origin}${GRAPHQL_PATH}${config.api.introspection ? '   (GraphiQL with example queries in a browser)' : ''}`,
      ...(options.banner ?? []),
      `Health:         ${server.origin}/health, ${server.origin}/ready`,
      config.api.jwtSecret === null
        ? 'Read-only; no authentication (set DIPLOGRAPH_JWT_SECRET to require a JWT).'
        : 'Read-only; every query needs "Authorization: Bearer <JWT>" signed with DIPLOGRAPH_JWT_SECRET (HS256).',
      'Press Ctrl-C to stop.',
    ].join('\n'),
  );
  const signal = await stopping;
  lines.flush();
  writeLine(stderr, `${signal}: finishing the requests in flight, then closing the Neo4j driver…`);
  await server.close();
  lines.flush();
  writeLine(stderr, 'GraphQL server stopped.');
  return EXIT.ok;
}
