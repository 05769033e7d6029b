/**
 * Analyst corrections in the graph: reading what they are about, recording them, and setting
 * the corrected values (speaker, topics, review status) inside a caller's write transaction.
 * Shared by the API's review mutations (src/api/review) and the loader, which carries the
 * corrections of a document over to its new version (./carry-over.ts). Every write is one
 * `UNWIND $rows` statement of cypher/review/.
 */
import { createHash } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { SpeechAct } from '../../model';
import { relinkTimelines } from '../../link/timelines';
import { reviewCypher } from './review-cypher';

export type CorrectionKind = 'ACCEPT' | 'REJECT' | 'SPEAKER' | 'TOPICS' | 'ACT' | 'MERGE' | 'SPLIT';
export type CorrectionField = 'status' | 'speaker' | 'topics' | 'act';
export type ReviewStatus = 'ACCEPTED' | 'REJECTED';

/** The field each kind of correction changes. */
export const FIELD_OF: Readonly<Record<CorrectionKind, CorrectionField>> = {
  ACCEPT: 'status',
  REJECT: 'status',
  SPEAKER: 'speaker',
  TOPICS: 'topics',
  ACT: 'act',
  MERGE: 'speaker',
  SPLIT: 'speaker',
};

export interface ReviewedStatement {
  id: string;
  text: string;
  documentId: string;
  start: number;
  end: number;
  speakerId: string;
  topicIds: string[];
  act: SpeechAct;
  reviewStatus: ReviewStatus | null;
  rejected: boolean;
}

export interface ReviewedPerson {
  id: string;
  name: string;
  mergedInto: string | null;
  statementIds: string[];
}

/** One row of cypher/review/create-corrections.cypher. */
export interface CorrectionRow {
  id: string;
  kind: CorrectionKind;
  field: CorrectionField;
  value: string[];
  previous: string[];
  by: string;
  /** ISO date-time. */
  at: string;
  why: string;
  statementId: string;
  documentId: string;
  start: number;
  end: number;
  textSha: string;
}

/** SHA-256 (hex) of a statement's text: with its span, how a re-load finds it again. */
export function textSha(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

const num = (value: unknown): number => Number(value);

export async function readStatements(
  tx: ManagedTransaction,
  ids: readonly string[],
): Promise<Map<string, ReviewedStatement>> {
  const result = await tx.run(reviewCypher('read-statements'), { ids: [...new Set(ids)] });
  const found = new Map<string, ReviewedStatement>();
  for (const r of result.records) {
    const statement: ReviewedStatement = {
      id: r.get('id') as string,
      text: r.get('text') as string,
      documentId: r.get('documentId') as string,
      start: num(r.get('start')),
      end: num(r.get('end')),
      speakerId: r.get('speakerId') as string,
      topicIds: r.get('topicIds') as string[],
      act: r.get('act') as SpeechAct,
      reviewStatus: r.get('reviewStatus') as ReviewStatus | null,
      rejected: r.get('rejected') === true,
    };
    found.set(statement.id, statement);
  }
  return found;
}

export async function readPeople(
  tx: ManagedTransaction,
  ids: readonly string[],
): Promise<Map<string, ReviewedPerson>> {
  const result = await tx.run(reviewCypher('read-people'), { ids: [...new Set(ids)] });
  const found = new Map<string, ReviewedPerson>();
  for (const r of result.records) {
    found.set(r.get('id') as string, {
      id: r.get('id') as string,
      name: r.get('name') as string,
      mergedInto: r.get('mergedInto') as string | null,
      statementIds: r.get('statementIds') as string[],
    });
  }
  return found;
}

/** The ids, among `ids`, of topics that exist. */
export async function readTopics(
  tx: ManagedTransaction,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const result = await tx.run(reviewCypher('read-topics'), { ids: [...new Set(ids)] });
  return new Set(result.records.map((r) => r.get('id') as string));
}

export async function createCorrections(
  tx: ManagedTransaction,
  rows: readonly CorrectionRow[],
): Promise<Record<string, unknown>[]> {
  if (rows.length === 0) return [];
  const result = await tx.run(reviewCypher('create-corrections'), { rows });
  return result.records.map((r) => r.get('correction') as Record<string, unknown>);
}

export interface SpeakerChange {
  id: string;
  speaker: string;
}

/**
 * Sets the speakers of statements; with `relink`, also moves each changed statement from its
 * old speaker's NEXT_BY_SPEAKER chain into the new one's (off in the loader's first
 * transaction, where the new statements are chained afterwards). Returns the ids changed.
 */
export async function setSpeakers(
  tx: ManagedTransaction,
  rows: readonly SpeakerChange[],
  { relink }: { relink: boolean },
): Promise<string[]> {
  if (rows.length === 0) return [];
  const result = await tx.run(reviewCypher('set-speakers'), { rows });
  const changed = result.records.map((r) => ({
    id: r.get('id') as string,
    oldSpeaker: r.get('oldSpeaker') as string,
    speaker: r.get('speaker') as string,
    sortKey: r.get('sortKey') as string,
  }));
  if (relink) {
    await relinkTimelines(tx, [
      ...changed.map((c) => ({ speaker: c.oldSpeaker, sortKey: c.sortKey, id: null })),
      ...changed.map((c) => ({ speaker: c.speaker, sortKey: c.sortKey, id: c.id })),
    ]);
  }
  return changed.map((c) => c.id);
}

export interface TopicsChange {
  id: string;
  topics: string[];
}

export async function setTopics(
  tx: ManagedTransaction,
  rows: readonly TopicsChange[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.run(reviewCypher('set-topics'), { rows });
}

export interface ActChange {
  id: string;
  act: SpeechAct;
}

export async function setActs(tx: ManagedTransaction, rows: readonly ActChange[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.run(reviewCypher('set-acts'), { rows });
}

export interface StatusChange {
  id: string;
  status: ReviewStatus;
}

/**
 * Sets review statuses; with `relink`, a statement rejected now leaves a closed gap in its
 * speaker's chain and one accepted after a rejection is spliced in again. Returns the ids of
 * the statements rejected by this call (no longer :Statement).
 */
export async function setStatuses(
  tx: ManagedTransaction,
  rows: readonly StatusChange[],
  { relink }: { relink: boolean },
): Promise<string[]> {
  if (rows.length === 0) return [];
  const result = await tx.run(reviewCypher('set-status'), { rows });
  const changes = result.records.map((r) => ({
    id: r.get('id') as string,
    speaker: r.get('speaker') as string,
    sortKey: r.get('sortKey') as string,
    wasRejected: r.get('wasRejected') === true,
    rejected: r.get('rejected') === true,
  }));
  if (relink) {
    await relinkTimelines(
      tx,
      changes
        .filter((c) => c.wasRejected !== c.rejected)
        .map((c) => ({ speaker: c.speaker, sortKey: c.sortKey, id: c.rejected ? null : c.id })),
    );
  }
  return changes.filter((c) => c.rejected && !c.wasRejected).map((c) => c.id);
}
