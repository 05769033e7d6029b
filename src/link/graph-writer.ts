/**
 * Loads DocumentGraphs and links them, one managed write transaction per batch of
 * whole documents: write (src/load), then re-chain timelines and add echoes, all
 * in the same transaction — so a crash leaves every document whole or absent, with
 * its links. A batch that fails is retried one document at a time, so one bad
 * document never takes its neighbours down with it.
 */
import type { Driver, Session } from 'neo4j-driver';
import type { DocumentGraph } from '../model';
import { applySchema } from '../load/schema';
import { validateGraph } from '../load/validate-graph';
import { writeDocuments, type DocumentOutcome } from '../load/write-documents';
import { linkEchoes } from './echoes';
import { relinkTimelines } from './timelines';

export interface DocumentResult {
  id: string;
  source: string | null;
  outcome: DocumentOutcome | 'failed';
  statements: number;
  error?: Error;
}

export interface GraphWriter {
  /** Applies cypher/schema.cypher once per writer (idempotent). */
  ensureSchema(): Promise<void>;
  write(graphs: readonly DocumentGraph[]): Promise<DocumentResult[]>;
  close(): Promise<void>;
}

export function createGraphWriter(driver: Driver, database: string | undefined): GraphWriter {
  let session: Session | null = null;
  let schema: Promise<number> | null = null;
  const open = () => (session ??= driver.session(database === undefined ? {} : { database }));

  async function writeBatch(graphs: readonly DocumentGraph[]): Promise<DocumentResult[]> {
    const outcome = await open().executeWrite(async (tx) => {
      const written = await writeDocuments(tx, graphs);
      await relinkTimelines(tx, written.speakers);
      await linkEchoes(tx, written.statements);
      return written;
    });
    return graphs.map((g) => {
      const result = outcome.outcomes.get(g.document.id) ?? 'unchanged';
      return {
        id: g.document.id,
        source: g.document.source,
        outcome: result,
        statements: result === 'unchanged' ? 0 : g.statements.length,
      };
    });
  }

  return {
    async ensureSchema() {
      schema ??= applySchema(driver, database);
      await schema;
    },
    async write(graphs) {
      await this.ensureSchema();
      const results = new Map<string, DocumentResult>();
      const valid: DocumentGraph[] = [];
      for (const graph of graphs) {
        try {
          validateGraph(graph);
          valid.push(graph);
        } catch (error) {
          results.set(graph.document.id, {
            id: graph.document.id,
            source: graph.document.source,
            outcome: 'failed',
            statements: 0,
            error: error as Error,
          });
        }
      }
      if (valid.length > 0) {
        try {
          for (const r of await writeBatch(valid)) results.set(r.id, r);
        } catch (batchError) {
          if (valid.length === 1) {
            const g = valid[0]!;
            results.set(g.document.id, {
              id: g.document.id,
              source: g.document.source,
              outcome: 'failed',
              statements: 0,
              error: batchError as Error,
            });
          } else {
            for (const graph of valid) {
              try {
                for (const r of await writeBatch([graph])) results.set(r.id, r);
              } catch (error) {
                results.set(graph.document.id, {
                  id: graph.document.id,
                  source: graph.document.source,
                  outcome: 'failed',
                  statements: 0,
                  error: error as Error,
                });
              }
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
