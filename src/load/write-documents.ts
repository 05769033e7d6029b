/**
 * Writes a batch of whole documents inside one managed write transaction.
 * The function is safe to run twice (the driver retries transient failures):
 * every write is a MERGE on a constrained id, and what is already there is
 * detected first (same sha256 → unchanged; same url, other text → replaced).
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { DocumentGraph } from '../model';
import { cypher } from './cypher-files';
import { mergeWithinBatch } from './event-identity';
import { applyEventMerges, toRows } from './rows';
import { carryOverCorrections, type OrphanedCorrection } from './review/carry-over';

export type DocumentOutcome = 'loaded' | 'unchanged' | 'replaced';

export interface TouchedStatement {
  id: string;
  speaker: string;
  topics: string[];
  text: string;
  sortKey: string;
}

export interface TimelineChange {
  speaker: string;
  sortKey: string;
  id: string | null;
}

export interface WriteOutcome {
  /** Per incoming document id. */
  outcomes: Map<string, DocumentOutcome>;
  /** Statements removed with old versions of documents (id null): gaps in their timelines. */
  removed: TimelineChange[];
  /** Statements written by this batch, to chain and link (src/link). */
  statements: TouchedStatement[];
  /** Documents written by this batch, to mark linked once their statements are chained and linked. */
  toLink: string[];
  statementCount: number;
  /** Analyst corrections of replaced documents that no statement of the new version matched. */
  orphanedCorrections: OrphanedCorrection[];
}

export async function writeDocuments(
  tx: ManagedTransaction,
  graphs: readonly DocumentGraph[],
): Promise<WriteOutcome> {
  const outcome: WriteOutcome = {
    outcomes: new Map(),
    removed: [],
    statements: [],
    toLink: [],
    statementCount: 0,
    orphanedCorrections: [],
  };
  const existing = await tx.run(cypher('find-documents'), {
    docs: graphs.map((g) => ({ sha256: g.document.sha256, url: g.document.url })),
  });
  const unchanged = new Set<string>();
  const replacedBy = new Map<string, string[]>(); // incoming sha → old document ids
  for (const r of existing.records) {
    const sha = r.get('sha256') as string;
    if (r.get('sameContent') === true) {
      unchanged.add(sha);
    } else replacedBy.set(sha, [...(replacedBy.get(sha) ?? []), r.get('existingId') as string]);
  }
  const toWrite: DocumentGraph[] = [];
  const seen = new Set<string>();
  for (const graph of graphs) {
    const { sha256, id } = graph.document;
    if (unchanged.has(sha256) || seen.has(sha256)) {
      if (!outcome.outcomes.has(id)) outcome.outcomes.set(id, 'unchanged');
      continue;
    }
    seen.add(sha256);
    outcome.outcomes.set(id, replacedBy.has(sha256) ? 'replaced' : 'loaded');
    toWrite.push(graph);
  }
  if (toWrite.length === 0) return outcome;

  const oldIds = [...new Set(toWrite.flatMap((g) => replacedBy.get(g.document.sha256) ?? []))];
  if (oldIds.length > 0) {
    const removed = await tx.run(cypher('delete-documents'), { ids: oldIds });
    for (const r of removed.records) {
      outcome.removed.push({
        speaker: r.get('speakerId') as string,
        sortKey: r.get('sortKey') as string,
        id: null,
      });
    }
  }

  const rows = toRows(toWrite);
  const merges = mergeWithinBatch(rows.events);
  applyEventMerges(rows, merges);
  const seenEvents = new Set<string>();
  const firstOfEach = rows.events.filter((e) => !seenEvents.has(e.id) && seenEvents.add(e.id));
  const matched = await tx.run(cypher('match-events'), { events: firstOfEach });
  const fromGraph = new Map<string, string>();
  for (const r of matched.records) {
    const existingId = r.get('existingId') as string | null;
    if (existingId !== null) fromGraph.set(r.get('incomingId') as string, existingId);
  }
  applyEventMerges(rows, fromGraph);

  // Entities first: documents record where each is mentioned; statements link to
  // entities, topics and events.
  await tx.run(cypher('upsert-entities'), { rows: rows.entities });
  await tx.run(cypher('create-documents'), { rows: rows.documents });
  if (rows.offices.length > 0) await tx.run(cypher('upsert-offices'), { rows: rows.offices });
  if (rows.represents.length > 0)
    await tx.run(cypher('upsert-represents'), { rows: rows.represents });
  if (rows.topics.length > 0) await tx.run(cypher('upsert-topics'), { rows: rows.topics });
  if (rows.events.length > 0) await tx.run(cypher('upsert-events'), { rows: rows.events });
  if (rows.statements.length > 0)
    await tx.run(cypher('create-statements'), { rows: rows.statements });
  if (rows.references.length > 0)
    await tx.run(cypher('create-references'), { rows: rows.references });
  // Analyst corrections follow their statements into the new versions (src/load/review).
  const review = await carryOverCorrections(
    tx,
    toWrite.flatMap((g) =>
      (replacedBy.get(g.document.sha256) ?? []).map((from) => ({ from, to: g.document.id })),
    ),
    rows.statements,
  );
  outcome.orphanedCorrections = review.orphaned;
  for (const row of rows.statements) {
    if (review.rejected.has(row.id)) continue;
    outcome.statements.push({
      id: row.id,
      speaker: review.speakers.get(row.id) ?? row.speaker,
      topics: review.topics.get(row.id) ?? row.topics,
      text: row.text,
      sortKey: row.sortKey,
    });
  }
  outcome.statementCount = rows.statements.length;
  outcome.toLink = toWrite.map((g) => g.document.id);
  return outcome;
}
