/**
 * `node dist/explore/main.js`: serves the explore routes (tour, style, saved queries) on
 * http://localhost:$PORT/explore/ (PORT, default 4000) until Ctrl-C — for when the
 * GraphQL API, which is meant to mount createExploreHandler, is not running.
 */
import { startExploreServer } from './explore-server';

async function main(): Promise<void> {
  const raw = process.env.PORT ?? '4000';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`PORT must be a whole number from 0 to 65535; found "${raw}".\n`);
    process.exit(2);
  }
  const server = await startExploreServer({ port });
  process.stdout.write(
    `Neo4j Browser tour: :play ${server.url}/tour.html\nstyle: :style ${server.url}/diplograph.grass\n`,
  );
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`explore: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
