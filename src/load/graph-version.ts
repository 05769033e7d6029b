/**
 * The graph's version: one `(:GraphVersion {id: 'graph'})` node whose `version` the loader
 * bumps when it changes the graph, so readers that keep answers (the API's result cache)
 * can tell, with one cheap read, that theirs may be out of date.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { cypher } from './cypher-files';
import type { WriteOutcome } from './write-documents';

/**
 * Bumps the version inside a transaction that changed the graph, so it commits (or rolls
 * back) with the change: the loader's first transaction when it wrote or replaced a
 * document, and its second (timelines, statement links). The version node stays locked until
 * the commit, so transactions that bump it run one after the other. Returns the new version.
 */
export async function bumpGraphVersion(tx: ManagedTransaction): Promise<number> {
  const { records } = await tx.run(cypher('bump-graph-version'));
  return Number(records[0]?.get('version'));
}

/** Whether a batch wrote or replaced a document (one where every document was unchanged did not). */
export function wroteDocuments(written: Pick<WriteOutcome, 'outcomes'>): boolean {
  return [...written.outcomes.values()].some((outcome) => outcome !== 'unchanged');
}

/** The current version, or null before the first load that wrote anything. */
export async function readGraphVersion(
  driver: Driver,
  database: string | undefined,
): Promise<number | null> {
  const { records } = await driver.executeQuery(
    cypher('read-graph-version'),
    {},
    {
      routing: neo4j.routing.READ,
      ...(database === undefined ? {} : { database }),
    },
  );
  const version: unknown = records[0]?.get('version');
  return version === undefined || version === null ? null : Number(version);
}
