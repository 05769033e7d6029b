import type { Driver } from 'neo4j-driver';
import { cypher } from '../../src/load/cypher-files';

/** Node counts by label and relationship counts by type, as `{ 'label:Person': 3, 'type:SAID': 10 }`. */
export async function graphCounts(
  driver: Driver,
  database: string | undefined,
): Promise<Record<string, number>> {
  const { records } = await driver.executeQuery(
    cypher('count-graph'),
    {},
    database === undefined ? {} : { database },
  );
  const counts: Record<string, number> = {};
  for (const r of records) {
    const n = Number(r.get('count'));
    if (n > 0) counts[`${String(r.get('kind'))}:${String(r.get('name'))}`] = n;
  }
  return counts;
}
