/**
 * What follows `neo4j-admin database import` of the files of import-files.ts (which hold
 * every node and relationship but the statement links, timelines included), over Bolt, so
 * that the database ends as `diplograph load` leaves it:
 *   1. the schema (cypher/schema.cypher), then waiting until its indexes are online;
 *   2. the empty lists CSV cannot carry (import-empty-lists.cypher);
 *   3. the statement links (REITERATES, RESPONDS_TO, CONTRADICTS) by the loader's own link
 *      step (src/link/statement-links.ts) over every statement, LINK_PAGE statements per
 *      transaction in sortKey order: a pair's links depend on the pair alone, so this gives
 *      the edges a load gives, in whatever order the pages come;
 *   4. the graph version bumped once, so a running API drops what it cached.
 * Each step is idempotent but the last, which only counts: a stopped run can be run again.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { cypher, type CypherName } from '../cypher-files';
import { bumpGraphVersion } from '../graph-version';
import { applySchema } from '../schema';
import { linkStatements } from '../../link/statement-links';
import { createPhaseClock, type PhaseClock } from './phases';

/**
 * Statements linked per transaction after an import, in sortKey order: a page's windows hold
 * its own statements and a year of its speakers' before and after, read once per page, so
 * larger pages read less in all; the write transaction holds the page's links (≈ 10–20 a
 * statement on the synthetic corpus).
 */
export const LINK_PAGE = 10_000;

const LINK_LOG_EVERY_MS = 10_000;

/** The queries of the link step, timed one by one (src/link/statement-links.ts runs them). */
const LINK_QUERIES: readonly CypherName[] = [
  'link-keys',
  'link-window-by-speaker',
  'link-window-by-date',
  'link-statements',
  'upsert-reiterates',
  'upsert-responds-to',
  'upsert-contradicts',
];

interface QueryTime {
  calls: number;
  seconds: number;
}

/**
 * `tx` with every run() timed by query (from the call until its records are in): what the
 * link step spends waiting for each of its queries; the rest of a page is its own scoring.
 */
function timedTransaction(
  tx: ManagedTransaction,
  times: Map<string, QueryTime>,
): ManagedTransaction {
  const names = new Map(LINK_QUERIES.map((n) => [cypher(n), n as string]));
  const run = ((query: string, parameters?: Record<string, unknown>) => {
    const began = process.hrtime.bigint();
    const result = tx.run(query, parameters);
    const name = names.get(query) ?? 'other';
    const note = () => {
      const t = times.get(name) ?? { calls: 0, seconds: 0 };
      t.calls += 1;
      t.seconds += Number(process.hrtime.bigint() - began) / 1e9;
      times.set(name, t);
    };
    result.then(note, note);
    return result;
  }) as ManagedTransaction['run'];
  return new Proxy(tx, {
    get: (target, key, receiver): unknown =>
      key === 'run' ? run : (Reflect.get(target, key, receiver) as unknown),
  });
}

export async function finishImport(
  driver: Driver,
  database: string | undefined,
  log: (line: string) => void = () => undefined,
  clock: PhaseClock = createPhaseClock(log),
): Promise<void> {
  const opts = database === undefined ? {} : { database };
  const statements = await clock.time('schema', () => applySchema(driver, database));
  log(`schema: ${statements} constraints and indexes; waiting until they are online…`);
  await clock.time('index population', () =>
    driver.executeQuery('CALL db.awaitIndexes(3600)', {}, opts),
  );
  await clock.time('empty lists', () =>
    driver.executeQuery(cypher('import-empty-lists'), {}, opts),
  );
  const session = driver.session(opts);
  try {
    const times = new Map<string, QueryTime>();
    let linked = 0;
    let edges = 0;
    const order = await clock.time('statement order', async () => {
      const { records } = await driver.executeQuery(cypher('import-statement-order'), {}, opts);
      const rows = records.map((r) => ({
        id: r.get('id') as string,
        sortKey: r.get('sortKey') as string,
      }));
      rows.sort((a, b) =>
        a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.id < b.id ? -1 : 1,
      );
      return rows.map((r) => r.id);
    });
    const began = Date.now();
    let logged = began;
    await clock.time('statement links', async () => {
      for (let i = 0; i < order.length; i += LINK_PAGE) {
        const page = order.slice(i, i + LINK_PAGE);
        edges += (
          await session.executeWrite((tx) => linkStatements(timedTransaction(tx, times), page))
        ).length;
        linked += page.length;
        if (Date.now() - logged >= LINK_LOG_EVERY_MS || linked === order.length) {
          logged = Date.now();
          const rate = linked / Math.max((logged - began) / 1000, 0.001);
          log(
            `statement links: ${linked} of ${order.length} statements, ${edges} links written, ` +
              `${rate.toFixed(0)} statements/s`,
          );
        }
      }
    });
    const total = clock.phases[clock.phases.length - 1]!.seconds;
    let waited = 0;
    for (const [name, t] of times) {
      waited += t.seconds;
      log(`  link query ${name}: ${t.calls} calls, ${t.seconds.toFixed(1)} s`);
    }
    log(
      `  link step outside its queries (scoring in the importer, commits): ${(total - waited).toFixed(1)} s`,
    );
    // A link found from both its ends in two pages is written (MERGEd) twice and counted twice.
    log(`statement links: ${edges} written among ${linked} statements`);
    await session.executeWrite((tx) => bumpGraphVersion(tx));
  } finally {
    await session.close();
  }
}
