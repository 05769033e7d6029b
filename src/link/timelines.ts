import type { ManagedTransaction } from 'neo4j-driver';
import { cypher } from '../load/cypher-files';

/**
 * Rebuilds NEXT_BY_SPEAKER around what a batch changed, per speaker (see
 * cypher/link-next-by-speaker.cypher): the cost follows the touched stretch of
 * each timeline, not the size of the graph.
 */
export async function relinkTimelines(
  tx: ManagedTransaction,
  speakers: ReadonlyMap<string, { minKey: string; maxKey: string }>,
): Promise<void> {
  if (speakers.size === 0) return;
  const rows = [...speakers].map(([id, r]) => ({ id, minKey: r.minKey, maxKey: r.maxKey }));
  await tx.run(cypher('link-next-by-speaker'), { speakers: rows });
}
