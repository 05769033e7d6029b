import type { ManagedTransaction } from 'neo4j-driver';
import { cypher } from '../load/cypher-files';
import type { TimelineChange } from '../load/write-documents';

/**
 * Keeps NEXT_BY_SPEAKER right after a batch: new statements are spliced in between
 * their neighbours, gaps left by removed ones are closed (see
 * cypher/link-next-by-speaker.cypher). The work is per changed statement, not per
 * timeline, so documents arriving out of date order cost no more than in order.
 */
export async function relinkTimelines(
  tx: ManagedTransaction,
  changes: readonly TimelineChange[],
): Promise<void> {
  if (changes.length === 0) return;
  await tx.run(cypher('link-next-by-speaker'), { rows: changes });
}
