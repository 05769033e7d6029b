/**
 * Loads DocumentGraphs and links them. Per batch of whole documents:
 *   1. one managed write transaction writes the documents (src/load) and closes the
 *      timeline gaps of statements removed with replaced documents — a crash leaves
 *      each document whole or absent;
 *   2. a second one splices the new statements into their speakers' NEXT_BY_SPEAKER
 *      chains, links them to earlier statements (REITERATES, RESPONDS_TO, CONTRADICTS:
 *      src/link/statement-links.ts) and marks the documents `linked`. Seeking and walking the
 *      timelines through a large uncommitted transaction is several times slower than
 *      through committed data, hence the split. Documents left unlinked by a crash
 *      (written, not yet chained) are chained and linked before the next batch is
 *      written (cypher/unlinked-documents.cypher; both steps are idempotent), so no new
 *      statement is spliced next to an unchained one and a re-run ends with the same graph.
 * A batch that fails is retried one document at a time, so one bad document never
 * takes its neighbours down with it.
 */
import neo4j, {
  Neo4jError,
  type Driver,
  type ManagedTransaction,
  type Session,
} from 'neo4j-driver';
import type { DocumentGraph } from '../model';
import { cypher } from './cypher-files';
import { bumpGraphVersion, wroteDocuments } from './graph-version';
import { applySchema } from './schema';
import { validateGraph } from './validate-graph';
import { isRetriable, LoadError, writeFailed } from './load-error';
import { writeDocuments, type DocumentOutcome, type TouchedStatement } from './write-documents';
import type { OrphanedCorrection } from './review/carry-over';
import { linkStatements } from '../link/statement-links';
import { relinkTimelines } from '../link/timelines';

export interface DocumentResult {
  id: string;
  source: string | null;
  outcome: DocumentOutcome | 'failed';
  statements: number;
  error?: LoadError;
  /** Analyst corrections of the replaced version that could not be carried over. */
  orphanedCorrections?: OrphanedCorrection[];
}

export interface GraphWriter {
  /**
   * Applies cypher/schema.cypher, cypher/backfill-event-match-keys.cypher and
   * cypher/migrate-echoes.cypher once per writer (idempotent).
   */
  ensureSchema(): Promise<void>;
  write(graphs: readonly DocumentGraph[]): Promise<DocumentResult[]>;
  close(): Promise<void>;
}

/** The driver gave up reaching the database (after its own retries). */
export function isConnectionLost(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    (error.code === neo4j.error.SERVICE_UNAVAILABLE || error.code === neo4j.error.SESSION_EXPIRED)
  );
}

export function connectionLost(cause: unknown): LoadError {
  return new LoadError(
    'NEO4J_CONNECTION_LOST',
    'Lost the connection to Neo4j during the load. Every document written so far is whole ' +
      '(each batch is one transaction); start the database again and run the same command to ' +
      `load the rest — documents already loaded are skipped. Cause: ${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}`,
    { cause, retriable: isRetriable(cause) },
  );
}

/**
 * The second transaction of a batch: splices the statements into their speakers'
 * timelines, links them to earlier statements and marks the documents linked. Idempotent, so it also
 * finishes documents a stopped load left unlinked.
 *
 * `writtenAt`: the graph version the batch's first transaction committed. It bumps the version
 * first, which locks the version node until the commit: link transactions (of this load or of
 * another one on the same database) run one at a time. When the bump gives `writtenAt + 1`,
 * nothing changed the graph since the statements were written, so no link can touch them yet
 * and the links are CREATEd; otherwise (another load's transaction in between, or a driver
 * retry after a commit of this transaction whose answer was lost) they are MERGEd.
 */
async function linkDocuments(
  tx: ManagedTransaction,
  statements: readonly TouchedStatement[],
  documentIds: readonly string[],
  writtenAt: number | null,
): Promise<void> {
  const version = await bumpGraphVersion(tx);
  const fresh = writtenAt !== null && version === writtenAt + 1;
  await relinkTimelines(
    tx,
    statements.map(({ speaker, sortKey, id }) => ({ speaker, sortKey, id })),
  );
  await linkStatements(
    tx,
    statements.map((s) => s.id),
    { fresh },
  );
  await tx.run(cypher('mark-linked'), { ids: documentIds });
}

/** Statements of documents a stopped load wrote but did not link. */
async function unlinkedStatements(
  tx: ManagedTransaction,
  ids: string[],
): Promise<TouchedStatement[]> {
  const result = await tx.run(cypher('unlinked-statements'), { ids });
  return result.records.map((r) => ({
    id: r.get('id') as string,
    speaker: r.get('speaker') as string,
    topics: r.get('topics') as string[],
    text: r.get('text') as string,
    sortKey: r.get('sortKey') as string,
  }));
}

export function createGraphWriter(driver: Driver, database: string | undefined): GraphWriter {
  let session: Session | null = null;
  let schema: Promise<unknown> | null = null;
  const open = () => (session ??= driver.session(database === undefined ? {} : { database }));

  /** Chains and links what a stopped load left unlinked, before anything new is spliced in. */
  async function finishUnlinked(): Promise<void> {
    await open().executeWrite(async (tx) => {
      const ids = (await tx.run(cypher('unlinked-documents'))).records.map(
        (r) => r.get('id') as string,
      );
      if (ids.length > 0) await linkDocuments(tx, await unlinkedStatements(tx, ids), ids, null);
    });
  }

  async function writeBatch(graphs: readonly DocumentGraph[]): Promise<DocumentResult[]> {
    await finishUnlinked();
    const session = open();
    const outcome = await session.executeWrite(async (tx) => {
      const written = await writeDocuments(tx, graphs);
      await relinkTimelines(tx, written.removed);
      const version = wroteDocuments(written) ? await bumpGraphVersion(tx) : null;
      return { ...written, version };
    });
    if (outcome.toLink.length > 0)
      await session.executeWrite((tx) =>
        linkDocuments(tx, outcome.statements, outcome.toLink, outcome.version),
      );
    return graphs.map((g) => {
      const result = outcome.outcomes.get(g.document.id) ?? 'unchanged';
      const orphaned = outcome.orphanedCorrections.filter((o) => o.newDocumentId === g.document.id);
      return {
        id: g.document.id,
        source: g.document.source,
        outcome: result,
        statements: result === 'unchanged' ? 0 : g.statements.length,
        ...(orphaned.length === 0 ? {} : { orphanedCorrections: orphaned }),
      };
    });
  }

  return {
    async ensureSchema() {
      // Then the same-event keys of edges an older version wrote (none in a graph this one loaded).
      // Then ECHOES of an older version replaced: their documents are linked again.
      const opts = database === undefined ? {} : { database };
      schema ??= applySchema(driver, database)
        .then(() => driver.executeQuery(cypher('backfill-event-match-keys'), {}, opts))
        .then(() => driver.executeQuery(cypher('migrate-echoes'), {}, opts));
      await schema;
    },
    async write(graphs) {
      await this.ensureSchema();
      const results = new Map<string, DocumentResult>();
      const fail = (graph: DocumentGraph, error: unknown) =>
        results.set(graph.document.id, {
          id: graph.document.id,
          source: graph.document.source,
          outcome: 'failed',
          statements: 0,
          error: error instanceof LoadError ? error : writeFailed(error),
        });
      const valid: DocumentGraph[] = [];
      for (const graph of graphs) {
        try {
          validateGraph(graph);
          valid.push(graph);
        } catch (error) {
          fail(graph, error);
        }
      }
      try {
        if (valid.length > 0) for (const r of await writeBatch(valid)) results.set(r.id, r);
      } catch (batchError) {
        // A lost database is nobody's fault in the batch: stop, do not blame each document.
        if (isConnectionLost(batchError)) throw connectionLost(batchError);
        // Find the culprit: write the documents one by one; only the bad ones fail.
        if (valid.length === 1) fail(valid[0]!, batchError);
        else {
          for (const graph of valid) {
            try {
              for (const r of await writeBatch([graph])) results.set(r.id, r);
            } catch (error) {
              fail(graph, error);
            }
          }
        }
      }
      return graphs.map((g) => results.get(g.document.id)!);
    },
    async close() {
      if (session !== null) await session.close();
      session = null;
    },
  };
}
