import type { ManagedTransaction } from 'neo4j-driver';
import { cypher } from '../load/cypher-files';
import type { TouchedStatement } from '../load/write-documents';
import { ECHO_THRESHOLD, similarities } from './similarity';

/** At most this many ECHOES per new statement: the closest restatements. */
export const ECHOES_PER_STATEMENT = 3;

export interface EchoCandidate {
  id: string;
  text: string;
  sortKey: string;
}

export interface EchoEdge {
  from: string;
  to: string;
  score: number;
}

/**
 * The ECHOES of one statement among its candidates (the speaker's statements within 20
 * places of it on the timeline that share a topic with it): the closest restatements,
 * each edge from the later statement to the earlier one. Pure, so `diplograph import`
 * computes the same edges without the database.
 */
export function chooseEchoes(
  statement: { id: string; text: string; sortKey: string },
  candidates: readonly EchoCandidate[],
): EchoEdge[] {
  const scores = similarities(
    statement.text,
    candidates.map((c) => c.text),
  );
  return echoesFromScores(statement, candidates, scores);
}

/** The ECHOES `chooseEchoes` keeps, given each candidate's similarity score (same order). */
export function echoesFromScores(
  statement: { id: string; sortKey: string },
  candidates: readonly { id: string; sortKey: string }[],
  scores: readonly number[],
): EchoEdge[] {
  return candidates
    .map((candidate, i) => ({ candidate, score: scores[i]! }))
    .filter((c) => c.score >= ECHO_THRESHOLD)
    .sort((a, b) => b.score - a.score || a.candidate.id.localeCompare(b.candidate.id))
    .slice(0, ECHOES_PER_STATEMENT)
    .map(({ candidate, score }) => {
      const later = candidate.sortKey > statement.sortKey;
      return {
        from: later ? candidate.id : statement.id,
        to: later ? statement.id : candidate.id,
        score: Math.round(score * 1000) / 1000,
      };
    });
}

/**
 * Links each new statement to the speaker's other statements on a shared topic that
 * restate it (similarity.ts). The edge points from the later statement to the earlier
 * one, and carries the score.
 */
export async function linkEchoes(
  tx: ManagedTransaction,
  statements: readonly TouchedStatement[],
): Promise<number> {
  const withTopics = statements.filter((s) => s.topics.length > 0);
  if (withTopics.length === 0) return 0;
  const result = await tx.run(cypher('echo-candidates'), {
    statements: withTopics.map((s) => ({ id: s.id, topics: s.topics })),
  });
  const byStatement = new Map<string, { id: string; text: string; sortKey: string }[]>();
  for (const r of result.records) {
    const id = r.get('id') as string;
    const list = byStatement.get(id) ?? [];
    list.push({
      id: r.get('candidateId') as string,
      text: r.get('candidateText') as string,
      sortKey: r.get('candidateSortKey') as string,
    });
    byStatement.set(id, list);
  }
  const edges = withTopics.flatMap((statement) =>
    chooseEchoes(statement, byStatement.get(statement.id) ?? []),
  );
  if (edges.length > 0) await tx.run(cypher('upsert-echoes'), { rows: edges });
  return edges.length;
}
