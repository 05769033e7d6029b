/** Stops what global-setup.ts started (the container, or the local server it launched). */
import { readNeo4jConfig } from '../../src/neo4j/config';
import { stopLocalServer } from '../../src/neo4j/local-server';

export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__diplographHarness;
  if (state?.container !== undefined) await state.container.stop();
  if (state?.stopLocal === true) {
    const local = readNeo4jConfig({
      ...process.env,
      NEO4J_URI: undefined,
      DIPLOGRAPH_NEO4J_HOME: process.env.DIPLOGRAPH_TEST_NEO4J_HOME,
      DIPLOGRAPH_NEO4J_BOLT_PORT: process.env.NEO4J_URI?.split(':').pop(),
      DIPLOGRAPH_NEO4J_HTTP_PORT: process.env.DIPLOGRAPH_TEST_NEO4J_HTTP_PORT,
    }).local;
    await stopLocalServer(local, (line) => process.stderr.write(`[harness] ${line}\n`));
  }
}
